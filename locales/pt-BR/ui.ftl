skip-to-content = Pular para o conteúdo
tabs-label =
    .aria-label = Seções
tab-upload = Enviar
tab-history = Fila e histórico
tab-watch = Pastas monitoradas
tab-settings = Configurações
fatal-start = O PhotoDrop não pôde iniciar: { $error }
something-wrong = Algo deu errado. Tente de novo e, se continuar acontecendo, consulte o log.

destination = Destino
add-profile = Adicionar perfil…
recent-targets =
    .aria-label = Destinos recentes
recent = Recentes:
demo-profile = Sandbox (demonstração)
profile-option = { $profile } — { $service }
no-profile-option = Nenhum perfil ainda — adicione um
credentials-missing = Faltam credenciais — adicione-as em Configurações.
target = Destino
target-input =
    .aria-label = Destino
target-placeholder-links = ou cole o endereço de um registro, ou digite o destino
target-placeholder = Digite o destino
use-target = Usar
loading = Carregando…
photo-field =
    .aria-label = Campo de foto
find-record =
    .aria-label = Buscar um registro
matching-records =
    .aria-label = Registros encontrados
searching = Buscando…
no-match = Nada em { $what } corresponde a “{ $text }”.
no-records = Nada em { $what } ainda.
record-fallback = registros
no-target = Nenhum destino escolhido ainda.
photos-go-to = As fotos vão para
add-profile-first = Adicione um perfil primeiro.
choose-target-first = Escolha primeiro um registro de destino; as fotos adicionadas aguardam até lá.
destination-line = Destino: { $profile } → { $target }
choose-target-overlay = (escolha um destino primeiro)

drop-help = Solte fotos ou pastas em qualquer lugar desta janela, cole uma imagem ou fotos copiadas (Ctrl+V), ou
add-photos = Adicionar fotos…
add-folder = Adicionar uma pasta…
drop-overlay = Solte para enviar para
skipped-files = { $count ->
    [one] Um arquivo da pasta não é foto e foi ignorado.
   *[other] { $count } arquivos da pasta não são fotos e foram ignorados.
}
held-until-target = Escolha um registro de destino; as fotos seguem assim que você escolher.
clear-finished = Limpar concluídas
tiles-label =
    .aria-label = Fotos desta sessão
photos-count = { $count ->
    [one] Uma foto
   *[other] { $count } fotos
}

one-slot-title = Várias fotos, um espaço de foto
one-slot-warning = Um registro do { $service } guarda uma única foto. Cada uma destas { $count } fotos substituiria a anterior, e só a última ficaria no registro.
one-slot-attach-hint = Elas podem ir como anexos do registro: um registro guarda quantos forem necessários, em tamanho original.
one-slot-attach = Anexar as { $count } como anexos
one-slot-first = Usar só a primeira como foto
one-slot-each = Definir cada uma como foto (a última fica)
cancel = Cancelar
not-sent = Não enviada.
not-sent-one-photo = Não enviada: o registro guarda uma foto.

tile-label = { $name }: { $state }
tile-cannot = não pode ser enviada
tile-waiting = aguardando
progress-of = Progresso do envio de { $name }
attached-to = ✓ Anexada a { $record }
attached-to-record = ✓ Anexada ao registro
uploaded-to = ✓ Enviada para { $record }
uploaded = ✓ Enviada
already-on-record = ✓ Já está neste registro
open = Abrir
copy-link = Copiar link
copy-id = Copiar ID
copy = Copiar
remote-id = ID { $id }
upload-again = Enviar de novo mesmo assim
retry = Tentar de novo
adding = Adicionando…
waiting-for-target = Aguardando um destino
nothing-to-retry = Nada para tentar de novo.
copied-link = Link copiado.
copied-id = ID copiado.
copied-code = Código copiado.

plan-converted = Convertida de { $format } para JPEG
plan-resized-to = Redimensionada para { $width }×{ $height }
plan-resized = Redimensionada
plan-reencoded = Recodificada para caber no limite de tamanho
plan-gps = GPS removido
plan-serial = Números de série removidos

state-queued = Na fila
state-preparing = Preparando
state-uploading = Enviando
state-waiting-retry = Aguardando nova tentativa
state-done = Enviada
state-duplicate = Já existe
state-failed = Falhou
state-needs-attention = Requer atenção
retry-in = { $why }Nova tentativa em { $seconds } s (tentativa { $attempt }).
retry-shortly = { $why }Nova tentativa em instantes (tentativa { $attempt }).
upload-failed = O envio não foi concluído.
already-attached = Esta foto já está anexada a este registro.
summary-active = { $count } em andamento
summary-done = { $count } enviadas
summary-duplicate = { $count } já existiam
summary-attention = { $count } requerem atenção

action-enter = Informar { $fields }
action-sign-in = Entrar de novo em { $profile }
action-add-profile = Criar o perfil { $profile }
action-retry-target = Tentar de novo com o destino escolhido
action-retry = Tentar de novo
action-choose = Enviar para este registro
record-to-send =
    .aria-label = Registro para onde enviar
no-name = (sem nome)
choose-target-for = Escolha primeiro um destino para { $profile } na aba Enviar e depois pressione de novo.
its-profile = o perfil dela

match-open = Associar cada foto a um registro…
match-title = Associar cada foto a um registro
match-kind = Registros
match-field = cujo campo
match-field-input =
    .placeholder = nome da API, ex.: Product_Code
match-from = é igual a
match-from-stem = o nome do arquivo sem extensão
match-from-pattern = uma parte do nome do arquivo (padrão)
match-from-folder = o nome da pasta
match-pattern =
    .placeholder = regex, ex.: ^(SKU-\d+)_
    .aria-label = Padrão aplicado ao nome do arquivo; o primeiro grupo é o valor
match-rest = colocar em
match-go = Buscar
match-import = Importar um manifesto CSV…
match-send = Enviar { $count } associadas
match-close = Fechar
match-table =
    .aria-label = Fotos e os registros correspondentes
match-record-photo = a foto do registro
match-attachment = um anexo
match-looking = Buscando…
match-none = Nenhum registro encontrado
match-no-value = Sem valor: { $problem }
match-no-value-plain = sem valor
match-many = { $more ->
    [yes] Mais de { $count } resultados — escolher…
   *[no] { $count } resultados — escolher…
}
match-record-for =
    .aria-label = Registro para { $name }
match-summary-photos = { $count } fotos
match-summary-found = { $count } encontradas
match-summary-many = { $count } com vários registros
match-summary-none = { $count } não encontradas
match-summary-problem = { $count } com problema
match-summary-looking = buscando { $count }…
match-sent = { $count ->
    [one] Uma foto a caminho
   *[other] { $count } fotos a caminho
}{ $left ->
    [0] .
   *[other] ; { $left } ficam aqui para corrigir ou pular.
}
manifest-bad-rows = { $count ->
    [one] Uma linha do manifesto não pode ser usada: { $error }
   *[other] { $count } linhas do manifesto não podem ser usadas: { $error }
}

attention-title = Requer atenção ou ainda na fila
retry-all = Tentar de novo tudo o que der
hist-search-label = Buscar no histórico
hist-search =
    .placeholder = Buscar arquivo, destino, registro, erro…
hist-state-label = Estado
hist-all-states = Todos os estados
export-csv = Exportar CSV…
hist-list =
    .aria-label = Histórico de envios
hist-count = { $count ->
    [one] Um envio
   *[other] { $count } envios
}
hist-count-more = Mais de { $count } envios
exported-rows = { $count } linhas exportadas para { $file }.
copy-link-of =
    .aria-label = Copiar o link de { $name }
copy-id-of =
    .aria-label = Copiar o ID de { $name }
and-more = …e mais { $count }
need-attention-badge =
    .aria-label = { $count } requerem atenção

watch-intro = Fotos que chegam a uma pasta monitorada (a saída de um scanner, uma pasta sincronizada do celular) são enviadas sem ninguém ao teclado. Com pastas monitoradas, fechar a janela mantém o PhotoDrop rodando na bandeja.
watch-rules =
    .aria-label = Regras de monitoramento
rule-add-title = Adicionar uma pasta monitorada
rule-edit-title = Editar { $name }
rule-name = Nome
rule-dir = Pasta
rule-dir-input =
    .placeholder = Escolha uma pasta
rule-pick = Escolher…
rule-profile = Perfil
rule-target = Destino
rule-target-input =
    .placeholder = Leads/3000000038009, ou um modelo como Leads/{"{"}stem{"}"}
rule-pattern = Padrão do nome do arquivo
rule-pattern-input =
    .placeholder = regex opcional, ex.: ^(\d+)_ para {"{"}1{"}"}
rule-sample = Testar um nome de arquivo
rule-after = Depois do envio
rule-after-move = Mover para Uploaded/
rule-after-leave = Deixar o arquivo
rule-after-delete = Excluir o arquivo
rule-recursive = Incluir subpastas
rule-placeholders = Marcadores do modelo: {"{"}stem{"}"} nome sem extensão, {"{"}name{"}"}, {"{"}dir{"}"} subpasta, {"{"}parent{"}"}, {"{"}1{"}"} captura do padrão, {"{"}re:REGEX{"}"}.
rule-save = Salvar regra
rule-clear = Limpar
watching-dir = Monitorando { $dir }.
rule-state-watching = monitorando
rule-state-problem = problema
rule-state-starting = iniciando
rule-state-stopped = parada
rule-pattern-note = (padrão { $pattern })
rule-status = { $queued } na fila, último { $file } às { $when }
rule-nothing-yet = Nada ainda
rule-managed = Definida pelo seu administrador
edit = Editar
remove = Remover
no-rules = Nenhuma pasta monitorada ainda.

settings-profile = Perfil
share-title = Compartilhar perfis com colegas
share-help = Um arquivo com as configurações de cada perfil — nunca um segredo. Os colegas importam e depois informam os próprios segredos.
profiles-export = Exportar perfis…
profiles-import = Importar perfis…
profiles-exported = { $count ->
    [one] Um perfil salvo em { $file } (sem segredos).
   *[other] { $count } perfis salvos em { $file } (sem segredos).
}
profiles-imported = Importados: { $names }.
profile-needs = { $name } precisa de { $fields }
profiles-still-need = { $needs } (Configurações → Perfil).
profiles-exist-title = Perfis já existentes
profiles-replace = Substituir as configurações deles
app-title = Aplicativo
language = Idioma
language-system = Igual ao sistema
theme = Tema
theme-system = Igual ao sistema
theme-light = Claro
theme-dark = Escuro
notify = Avisar quando um lote terminar ou precisar de atenção
start-at-login = Iniciar com o sistema (na bandeja) para as pastas monitoradas continuarem funcionando
update-check = Procurar atualizações
update-install = Instalar e reiniciar
update-checking = Verificando…
update-downloading = Baixando a atualização…
about = PhotoDrop { $version }. Local dos segredos: { $keyring }. Fila, histórico e miniaturas: { $dir }.
no-profile = Nenhum perfil ainda.
saved = Salvo.
save-settings = Salvar configurações
credentials = Credenciais
secret-set = definido — digite para substituir
secret-other-host = informado para outro servidor — digite de novo
secret-not-set = não definido
secret-state-set = definido
secret-state-missing = faltando
secret-state-other_host = para outro servidor
store = Guardar
secret-stored = { $field } guardado em: { $keyring }.
service-at = { $service } em { $url }.
test-connection = Testar conexão
testing = Testando…
remove-profile = Remover perfil
remove-title = Remover { $name }?
remove-body = O perfil e os segredos dele no chaveiro são excluídos. O histórico fica.

pd-title = Adicionar um perfil de destino
pd-service = Serviço
pd-name = Nome do perfil
pd-name-input =
    .placeholder = ex.: crm-vendas
pd-base = Endereço do servidor
pd-base-input =
    .placeholder = deixe vazio para o serviço real
pd-secrets = Segredos (guardados em: { $keyring }; nunca mostrados de novo)
pd-grant = Código de concessão
pd-grant-hint = o código de concessão gerado no console do serviço
pd-exchange = Trocar por um token de atualização
pd-or = ou
pd-device = Entrar com um código
pd-device-hint = aprove no navegador
pd-device-open = Abra o endereço abaixo e digite este código:
pd-copy-code = Copiar código
pd-test = Salvar e testar conexão
pd-close = Fechar
pd-save = Salvar
pd-paste-grant = Cole o código de concessão primeiro.
pd-exchanging = Trocando o código de concessão…
pd-token-stored = Token de atualização guardado. Testando a conexão…
pd-no-profile = O perfil { $name } não existe mais.
pd-secret-set =
    .placeholder = definido (digite para substituir)
pd-asking = Pedindo um código de login a { $service }…
pd-waiting = Aguardando aprovação (o código vale { $minutes } min)…
pd-connected = Conectado. Testando a conexão…
pd-connected-moved = Conectado ({ $moved }). Testando a conexão…
pd-way-grant = Gere um código de concessão com esses escopos, cole abaixo e pressione Trocar.
pd-way-device = Ou pressione “Entrar com um código” e aprove no navegador; o PhotoDrop segue sua conta onde ela estiver.
pd-connecting = Conectando { $service }: { $instructions }
pd-either-way = { $ways } De qualquer forma, o resultado vai para o chaveiro.
pd-have-already = (Já tem um { $fields }? Cole abaixo.)
pd-target-help = Destino: { $help }
pd-give-name = Dê um nome ao perfil.
pd-testing = Testando a conexão…
pd-saved = Perfil { $name } salvo.
the-service = o serviço
