number-decimal-separator = ,
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
datetime = { $day }/{ $month }/{ $year } { $hour }:{ $minute }

error-file-not-found = { $path }: arquivo não encontrado. Verifique o caminho (ele pode ter sido movido ou renomeado).
error-file-permission = { $path }: permissão negada. Dê ao seu usuário permissão de leitura no arquivo.
error-file-unreadable = { $path }: não foi possível ler ({ $reason }). Verifique as permissões do arquivo.
error-is-a-directory = { $path } é uma pasta, não uma foto. Passe os arquivos de imagem que estão nela.
error-not-a-file = { $path } não é um arquivo comum.
error-not-an-image = { $path } é { $what }, não uma foto (JPEG, PNG, GIF, BMP, WebP, TIFF ou HEIC). Nada foi enviado.
error-damaged-image = Não foi possível decodificar { $path } ({ $reason }). O arquivo pode estar danificado ou incompleto; abra-o em um visualizador de imagens ou exporte-o de novo.

error-unknown-profile = Não há perfil chamado “{ $name }”.
error-unknown-profile-known = Não há perfil chamado “{ $name }”. Perfis existentes: { $known }.
error-profile-managed = O perfil “{ $name }” é gerenciado pelo seu administrador ({ $file }); você pode guardar os segredos dele, mas não alterá-lo nem removê-lo.
error-credential-missing = O perfil “{ $profile }” não tem { $fields } guardado. (Uma máquina sem chaveiro pode definir { $envs } no lugar.)

error-timeout = A solicitação para { $provider } expirou ({ $detail }). Verifique a rede; o PhotoDrop tenta de novo automaticamente.
error-connect-failed = Não foi possível conectar a { $provider } ({ $detail }). Verifique a rede; o PhotoDrop tenta de novo automaticamente.
error-network = A conexão com { $provider } caiu ({ $detail }). Verifique a rede; o PhotoDrop tenta de novo automaticamente.

error-record-not-found = { $file }: { $service } não tem nenhum { $record }. Nada foi enviado; verifique o valor, ou crie o registro e tente de novo.
error-record-ambiguous = { $more ->
    [yes] { $file }: mais de { $count } resultados para { $record } ({ $list }). Nada foi enviado; escolha um.
   *[no] { $file }: { $count } resultados para { $record } ({ $list }). Nada foi enviado; escolha um.
}
record-where = { $kind } cujo { $field } é '{ $value }'
record-no-name = sem nome

option-fit = Ajustar as fotos ao destino
option-fit-help = auto: converter fotos que o destino recusaria (grandes demais, pixels demais, formato errado); refuse: falhar com uma mensagem
option-fit-auto = Converter fotos que o serviço recusaria (tamanho, pixels, formato)
option-fit-refuse = Recusá-las com uma mensagem
option-privacy = Privacidade
option-privacy-help = strip: remover a localização GPS e os números de série da câmera antes do envio; keep: enviar os metadados como estão
option-privacy-strip = Remover a localização GPS e os números de série da câmera
option-privacy-keep = Enviar os metadados como estão
option-duplicates = Duplicadas
option-duplicates-help = skip: uma foto já anexada ao mesmo destino é informada, não enviada de novo; allow: enviar mesmo assim
option-duplicates-skip = Pular fotos já anexadas ao mesmo registro
option-duplicates-allow = Enviá-las de novo
option-concurrency = Envios simultâneos
option-concurrency-help = envios em andamento ao mesmo tempo para este perfil (pelo menos 1; limitado pelo próprio serviço)
option-dc = Data center
option-version = Versão da API
option-cluster = Cluster
option-namespace = Namespace
option-auth = Método de login
option-oauth_host = Host OAuth
option-oauth_header = Cabeçalho OAuth
option-file_field = Nome do campo do arquivo
option-restrict_triggers = Ignorar regras de fluxo de trabalho
option-dc-help-zoho = Data center da conta Zoho
option-dc-help-questionpro = Data center da conta
option-concurrency-help-zoho = Envios em paralelo para esta organização: o Zoho permite 5 (Free), 10 (Standard), 15 (Professional), 20 (Enterprise), 25 (Ultimate)
option-version-help-zoho-crm = Versão da API: v2 como no documento original do Zoho, v8 é a atual (adiciona Deals e RECORD_LOCKED)
option-version-help-zoho-bigin = Versão da API: v1 como no documento original do Bigin, v2 é a atual
option-restrict_triggers-help = Defina como 'workflow' para que enviar uma foto não dispare regras de fluxo de trabalho
option-cluster-help = Cluster: eu, in, sg, us, ou o nome de host do serviço de arquivos (ex.: eucrm.cc.capillarytech.com)
option-namespace-help = Namespace padrão quando nenhum destino é informado
option-auth-help = basic ou oauth (padrão: conforme as credenciais salvas, basic primeiro)
option-oauth_host-help = Host das chamadas de token OAuth (padrão: o host de API do cluster)
option-oauth_header-help = Cabeçalho que leva o token OAuth
option-file_field-help = Campo multipart que leva a foto (o documento do Capillary não o nomeia)

provider-zoho-crm-target-help = Leads/3000000038009 (módulos: Leads, Contacts, Accounts, Products, Vendors, Deals a partir da v5, módulos personalizados)
provider-zoho-bigin-target-help = Contacts/3000000038009 (módulos: Contacts, Companies = Accounts, Products)
provider-chakrahq-target-help = nada para uma foto avulsa, ou PROCEDURE/PROCESS_ID/ATTRIBUTE para definir o atributo de foto de um processo
provider-capillary-target-help = um namespace do serviço de arquivos, ex.: rewards (o padrão)
provider-questionpro-target-help = um ID de usuário do QuestionPro, ex.: 1234567
provider-zoho-crm-kind-label = Módulo
provider-zoho-crm-item-label = Registro
provider-zoho-crm-search-placeholder = Buscar um registro por nome, e-mail ou telefone
provider-zoho-bigin-kind-label = Módulo
provider-zoho-bigin-item-label = Registro
provider-zoho-bigin-search-placeholder = Buscar um registro por nome, e-mail ou telefone
provider-chakrahq-kind-label = Procedimento
provider-chakrahq-item-label = Processo
provider-chakrahq-search-placeholder = Buscar um processo pelo nome
provider-zoho-crm-sign-in = No console de API da Zoho (api-console.zoho.com), crie um Self Client (ou um cliente “Non-browser Applications”) e copie abaixo o ID e o segredo do cliente. Dê a ele estes escopos (fotos, anexos, busca de registros):
provider-zoho-bigin-sign-in = No console de API da Zoho (api-console.zoho.com), crie um Self Client (ou um cliente “Non-browser Applications”) e copie abaixo o ID e o segredo do cliente. Dê a ele estes escopos (fotos, anexos, busca de registros):

field-client_id = ID do cliente do console de API da Zoho (Self Client)
field-client_secret = Segredo do cliente do console de API da Zoho
field-refresh_token = Token de atualização (ou entre: um código de concessão ou o login com código o preenche)
field-access_token = Um token de acesso bruto no lugar dos três acima (expira em até uma hora)
field-token = Token de acesso de uma chave de API do ChakraHQ (admin → API Keys)
field-api_key = Chave de API (Integration → Developer API → Get API Key)
field-username = Nome de usuário do Till (autenticação Basic)
field-password = Senha do Till (enviada só como MD5, como o Capillary exige)
field-oauth_key = Chave do cliente OAuth (InTouch → Org Settings → API client)
field-oauth_secret = Segredo do cliente OAuth

error-http-401 = { $service } recusou as credenciais (HTTP 401). Verifique a credencial guardada.
error-http-403 = { $service } negou o acesso (HTTP 403). Peça permissão ao seu administrador.
error-http-404 = { $service } não encontrou o destino (HTTP 404). Verifique o destino.
error-http-408 = { $service } expirou (HTTP 408); tentando de novo.
error-http-409 = { $service } informou um conflito (HTTP 409).
error-http-413 = { $service } diz que o arquivo é grande demais (HTTP 413). Use uma foto menor.
error-http-415 = { $service } não aceita este tipo de arquivo (HTTP 415). Converta-o para JPEG ou PNG.
error-http-429 = { $service } pede para ir mais devagar (HTTP 429); aguardando antes de tentar de novo.
error-http-5xx = { $service } teve um erro de servidor (HTTP { $status }); nova tentativa mais tarde.
error-http-other = { $service } recusou a solicitação (HTTP { $status }).

zoho-photo-rules = Ele aceita fotos PNG, JPEG, GIF e BMP de até 10 MB e 10 megapixels.
zoho-invalid-token = { $service } diz que o token de acesso é inválido ou expirou. Renovando; se continuar, entre de novo.
zoho-scope-mismatch = Falta à conexão com a Zoho o escopo { $scope }.modules.{ $module }.CREATE (ou { $scope }.modules.ALL). Entre de novo concedendo esse escopo (um novo código de concessão do Self Client ou o login com código).
zoho-scope-mismatch-attach = Faltam à conexão com a Zoho os escopos { $scope }.modules.{ $module }.CREATE (ou { $scope }.modules.ALL) e { $scope }.modules.attachments.CREATE. Entre de novo concedendo esses escopos (um novo código de concessão do Self Client ou o login com código).
zoho-no-permission = Seu usuário da Zoho não pode enviar fotos para { $module }. Peça essa permissão ao administrador da Zoho.
zoho-cannot-perform = Seu usuário da Zoho não pode alterar o registro de { $module } { $id } (o dono, uma regra de compartilhamento ou as permissões do layout impedem). Fale com o dono do registro ou com o administrador da Zoho.
zoho-not-approved = O registro de { $module } { $id } aguarda aprovação no { $service }; uma foto pode ser adicionada depois de aprovado. Aprove-o (ou peça a quem aprova) e tente de novo.
zoho-not-reviewed = O registro de { $module } { $id } ainda não foi revisado no { $service } (registros de formulários web ou importações podem exigir revisão). Revise-o na Zoho e tente de novo.
zoho-invalid-module = { $service } não aceita fotos para o módulo '{ $module }' ({ $said }). Use um de { $help }.
zoho-attachment-refused = { $service } recusou o anexo ({ $said }). Anexos podem ser qualquer arquivo exceto executáveis, de até 100 MB.
zoho-file-refused = { $service } recusou o arquivo ({ $said }). { $rules }
zoho-file-type = { $service } não aceita este tipo de arquivo ({ $said }). { $rules } Deixe o PhotoDrop convertê-lo (fit=auto) ou salve-o como JPEG.
zoho-no-record = Não há registro de { $module } com o ID { $id } no { $service }. Verifique o destino (busque o registro e copie o ID).
zoho-attachment-too-large = { $service } aceita anexos de até 100 MB; este arquivo é maior.
zoho-photo-too-large = { $service } aceita fotos de até 10 MB e 10 megapixels; esta é maior. Reduza-a (ou deixe o PhotoDrop ajustá-la) e tente de novo.
zoho-photo-over-size = { $service } aceita fotos de até { $size }; esta é maior. Reduza-a (ou deixe o PhotoDrop ajustá-la) e tente de novo.
zoho-photo-over-resolution = { $service } aceita fotos de até 10 megapixels; esta tem { $megapixels }. Reduza-a (ou deixe o PhotoDrop ajustá-la) e tente de novo.
zoho-photo-over-resolution-unknown = { $service } aceita fotos de até 10 megapixels; esta tem mais. Reduza-a (ou deixe o PhotoDrop ajustá-la) e tente de novo.
zoho-record-locked = O registro de { $module } { $id } está bloqueado (por exemplo, num processo de aprovação). Desbloqueie-o na Zoho e tente de novo.
zoho-bad-request = { $service } não reconheceu a solicitação ({ $code }). Verifique a opção de versão da API do perfil (version={ $version }).
zoho-invalid-host = { $service } recusou o host da API. Verifique o data center do perfil (opção dc).
zoho-too-many-requests = { $service } pede para ir mais devagar (limite da API atingido); aguardando antes de tentar de novo.
zoho-internal-error = { $service } teve um erro interno; nova tentativa mais tarde. Se continuar, fale com o suporte da Zoho.
zoho-said = { $message } A Zoho disse: { $code }.
zoho-said-words = { $message } A Zoho disse: { $code }: { $words }.

error-fit-off-hint = O ajuste está desligado neste perfil (fit=refuse); ligue-o com `--set fit=auto` ou redimensione a foto você mesmo.
error-unsupported-format = { $path } é uma imagem { $format }; { $service } aceita só { $formats }. { $hint }
error-too-many-pixels = { $path } tem { $width }×{ $height }; { $service } aceita no máximo { $megapixels } megapixels. { $hint }
error-file-too-large = { $path } tem { $size }; { $service } aceita no máximo { $limit }. { $hint }
error-cannot-fit = Não foi possível deixar { $path } pequena o bastante para { $service }.
error-workdir = O PhotoDrop não consegue gravar sua cópia de trabalho em { $dir } ({ $reason }). Libere espaço em disco ou verifique as permissões da pasta.
error-too-large-to-decode = { $path } diz ter { $width }×{ $height } pixels ({ $megapixels } megapixels), mais do que o PhotoDrop decodifica ({ $max } MP). Pode estar danificado ou ser uma bomba de descompressão.
error-file-too-large-to-decode = { $path } tem { $size }; o PhotoDrop decodifica fotos de até { $max }.
error-decode-memory = { $path } precisa de mais memória para decodificar do que o PhotoDrop permite; pode ser uma bomba de descompressão.
error-heic-unsupported = { $path }: esta versão do PhotoDrop não lê fotos HEIC; exporte-a como JPEG.

error-no-home = Pasta pessoal não encontrada; defina { $var } como uma pasta com permissão de escrita.
error-data-dir = Não foi possível criar { $dir } ({ $reason }); defina PHOTODROP_CONFIG_DIR / PHOTODROP_DATA_DIR como uma pasta com permissão de escrita.
error-config-unreadable = Não foi possível ler { $file }: { $reason }
error-config-unwritable = Não foi possível gravar { $file }: { $reason }
error-bad-profiles-file = { $file } não é válido ({ $reason }). Corrija-o à mão ou remova o perfil com problema.
error-bad-policy = { $file } não é válido ({ $reason }); fale com o administrador que gerencia o PhotoDrop aqui.
error-policy-no-user-profiles = Aqui os perfis são configurados pelo seu administrador ({ $file }); peça que ele adicione '{ $name }'.
error-policy-host = O perfil '{ $name }' enviaria para { $host }, o que a política ({ $file }) não permite. Permitidos: { $allowed }.
error-declined = { $action }: cancelado, nada foi alterado.
error-profile-exists = Já existe um perfil chamado '{ $name }'. Remova-o primeiro ou escolha outro nome.
error-profiles-exist = Já existem perfis chamados { $names }; nada foi importado. Importe com substituição para sobrescrever as configurações deles (os segredos são mantidos).
error-import-unreadable = Não foi possível ler { $file }: { $reason }
error-import-empty = { $file } não contém nenhum perfil.
error-unknown-field = '{ $field }' não é uma credencial de { $provider }. Campos: { $fields }.
error-empty-secret = Nenhum valor foi dado para { $field }; digite-o pelo stdin.
error-unknown-provider = Serviço desconhecido '{ $provider }'. Escolha um de: { $providers }.
error-secret-in-config = '{ $key }' é um segredo; nunca vai para o arquivo de perfis: guarde-o no chaveiro.
error-unknown-option = '{ $key }' não é uma opção de { $provider }. Opções: { $options }.
error-bad-option-choice = '{ $value }' não é um valor válido para { $key }. Escolha um de: { $choices }.
error-bad-option-number = '{ $value }' não é um valor válido para { $key }: informe { $what }.
whole-number-range = um número inteiro de { $min } a { $max }
whole-number-min = um número inteiro de pelo menos { $min }
error-bad-profile-name = '{ $name }' não é um nome de perfil válido: use de 1 a 64 letras, dígitos, '-', '_' ou '.'.
error-keyring = Não foi possível { $op } um segredo no chaveiro do sistema ({ $reason }). Num desktop, desbloqueie seu chaveiro (GNOME Keyring / KWallet, Chaveiro do macOS, Gerenciador de Credenciais do Windows) e tente de novo; numa máquina sem desktop, defina o segredo no ambiente como PHOTODROP_SECRET_<PROFILE>_<FIELD>.
error-credentials-other-host = O perfil '{ $profile }' agora aponta para { $now }, mas o { $field } dele foi informado para { $was }. O PhotoDrop não envia um segredo a um host para o qual ele não foi informado. Se o novo endereço estiver certo, informe o segredo de novo; caso contrário, volte o perfil.

error-upload-unconfirmed-stopped = O PhotoDrop parou enquanto { $file } era enviado para { $target }; ele pode ter chegado. { $service } cria uma nova imagem a cada envio, então ele não foi enviado de novo: verifique e tente de novo se estiver faltando.
the-target = o destino
the-service-name = O serviço
error-no-target = { $file }: nenhum registro de destino.
error-watched-file-refused = { $file }: não enviado, { $why }. Nada foi enviado.
keyring-op-open = abrir
keyring-op-read = ler
keyring-op-store = guardar
keyring-op-delete = excluir

confirm-repoint-title = mudar o servidor de um perfil
confirm-repoint =
    Apontar o perfil '{ $name }' para { $now }?

    Os segredos dele foram informados para { $was }. O PhotoDrop não os enviará ao novo endereço: você os informará de novo para ele.
confirm-repoint-yes = Mudar servidor
confirm-delete-after-title = excluir após o envio
confirm-delete-after =
    Excluir cada foto de { $dir } depois de enviada?

    O PhotoDrop só exclui um arquivo depois que o serviço confirma o envio, mas um arquivo excluído não vai para a lixeira.
confirm-delete-after-yes = Excluir após o envio
confirm-large-tree-title = monitorar uma árvore de pastas grande
confirm-large-tree =
    { $dir } contém mais de { $count } arquivos e pastas. Monitorá-la com todas as subpastas?

    Toda foto encontrada nela será enviada.
confirm-large-tree-yes = Monitorar tudo

chakra-what-upload = enviar a foto
chakra-what-list = listar os processos
chakra-what-config = ler a configuração
chakra-what-set = definir { $attribute } no processo { $process }
chakra-said = O ChakraHQ disse: { $message }.
chakra-401 = O ChakraHQ recusou o token de acesso.{ $said } Crie um token de acesso em Admin → API Keys e informe-o como token do perfil.
chakra-403 = A função da chave de API do ChakraHQ não permite { $what }.{ $said } Dê essa permissão à função de acesso da chave.
chakra-404 = O ChakraHQ não encontrou o que precisava para { $what }.{ $said } Verifique o destino (procedimento, ID do processo, atributo).
chakra-400 = O ChakraHQ recusou a solicitação ({ $what }).{ $said }
chakra-bad-target = '{ $target }' não tem a forma PROCEDURE/PROCESS_ID/ATTRIBUTE (ex.: lead/6570f1.../site_photo); deixe o destino vazio para uma foto avulsa.
chakra-no-procedure = O ChakraHQ não tem o procedimento '{ $procedure }'. Existentes: { $known }.
chakra-bad-field-target = '{ $target }' não tem a forma PROCEDURE[ATTRIBUTE=VALUE]/PHOTO_ATTRIBUTE (ex.: lead[customer_code=C-7]/site_photo).
chakra-no-attribute = O procedimento '{ $procedure }' do ChakraHQ não tem o atributo '{ $attribute }'. Atributos: { $attributes }.

capillary-said = O Capillary disse: { $message }.
capillary-400 = O Capillary recusou o envio (HTTP 400).{ $said } Verifique o namespace e se o arquivo é uma imagem válida.
capillary-401-basic = O Capillary recusou o usuário / senha do Till.{ $said } Informe-os de novo (a autenticação Basic também pode estar desativada para sua organização).
capillary-401 = O Capillary recusou o token OAuth.{ $said } O PhotoDrop gera um novo uma vez; se continuar, verifique as permissões do cliente de API.
capillary-403 = O usuário do Capillary não pode usar o serviço de arquivos.{ $said } Peça ao administrador o grupo de acesso padrão.
capillary-404 = O Capillary não tem esse namespace ou endpoint (HTTP 404).{ $said } Verifique o namespace de destino e a opção cluster.
capillary-415 = O Capillary não aceita este tipo de arquivo (HTTP 415).{ $said }
capillary-busy = O Capillary está ocupado (HTTP { $status }).{ $said } Nova tentativa mais tarde.
capillary-oauth-refused = O Capillary recusou a chave/segredo OAuth. Verifique o cliente de API no InTouch (Org Settings → Authentication) e informe a chave e o segredo de novo.
capillary-not-confirmed = O Capillary respondeu sem confirmar o envio.
capillary-not-stored = O Capillary respondeu com sucesso, mas { $problem }: a foto não chegou (ele guarda um marcador vazio quando falta a parte do arquivo). Verifique a opção file_field do perfil (padrão 'file') e se nenhum proxy reescreve os envios, e tente de novo; o próximo envio substitui o marcador.
capillary-no-size = não disse quantos bytes guardou
capillary-short = guardou { $stored } bytes dos { $sent } enviados
capillary-renamed = guardou-o como '{ $got }' em vez de '{ $name }'
capillary-bad-host = { $option } '{ $value }' não é um host do Capillary: informe um cluster (eu, in, sg, us) ou um nome de host em { $domain } (ex.: eucrm.cc.{ $domain }). Para um gateway ou servidor de teste, defina a URL base do perfil (--base-url).
capillary-bad-file-field = file_field deve ser um nome de campo de formulário (letras, dígitos, _ e -), não '{ $value }'.
capillary-bad-namespace = '{ $namespace }' não é um namespace do Capillary (letras, dígitos, '-' e '_', ex.: rewards).

questionpro-said = O QuestionPro disse: { $message }.
questionpro-auth = O QuestionPro recusou a chave de API.{ $said } Copie-a de novo em Integration → Developer API e informe-a como api_key do perfil; verifique também a opção datacenter.
questionpro-permission = A chave de API do QuestionPro não pode adicionar imagens para este usuário.{ $said } Peça permissão ao administrador do QuestionPro.
questionpro-no-user = O QuestionPro não tem esse usuário.{ $said } Verifique o ID do usuário de destino.
questionpro-quota = A cota de chamadas de API desta licença do QuestionPro acabou.{ $said } Um administrador precisa comprar mais chamadas; nada será enviado até lá.
questionpro-rate = O limite do QuestionPro (300 chamadas por minuto por chave) foi atingido.{ $said } Aguardando antes de tentar de novo.
questionpro-rejected = O QuestionPro recusou a solicitação.{ $said }
questionpro-target-required = O QuestionPro precisa de um destino: --target USER_ID (o ID numérico do usuário do QuestionPro cuja biblioteca de imagens recebe a foto).
questionpro-bad-target = '{ $target }' não é um ID de usuário do QuestionPro (um número como 1234567).
questionpro-no-image-id = O QuestionPro respondeu sem ID de imagem; a imagem pode ou não ter sido adicionada. Verifique a biblioteca de imagens do usuário antes de enviar de novo.

watch-rules-invalid = { $file } não é válido: { $reason }
watch-rules-unreadable = Não foi possível ler { $file }: { $reason }
watch-rule-managed = A regra de monitoramento '{ $name }' é definida pelo seu administrador; não pode ser alterada nem removida aqui.
watch-refused = O PhotoDrop não vai monitorar { $dir }: { $why }. Crie uma pasta para as fotos a enviar (por exemplo, a pasta de saída de um scanner) e monitore essa.
watch-why-root = é a raiz de uma unidade ou do sistema de arquivos
watch-why-home = é sua pasta pessoal (escolha uma pasta dentro dela)
watch-why-own = contém as configurações ou os dados do PhotoDrop
watch-why-system = é uma pasta do sistema
watch-why-shared = é uma pasta do sistema compartilhada por todos neste computador
watch-why-homes = contém a pasta pessoal de cada usuário
watch-failed = Não foi possível monitorar { $dir } ({ $reason }).
watch-failed-limit = Não foi possível monitorar { $dir } ({ $reason }). O limite do sistema de pastas monitoradas foi atingido: aumente fs.inotify.max_user_watches ou monitore menos subpastas.
watch-no-record = { $file }: não dá para saber a que registro ele pertence ({ $why }). Renomeie o arquivo conforme a regra '{ $rule }' ou corrija o modelo de destino da regra.
watch-not-uploaded = { $file } não é enviado: { $why }.
watch-why-link = é um link simbólico (o PhotoDrop só envia arquivos que estão de fato na pasta monitorada, nunca o destino de um link)
watch-why-hard-link = é um link físico, outro nome de um arquivo que também existe em outro lugar (o PhotoDrop só envia arquivos com um único nome)
watch-why-special = não é um arquivo comum
watch-dir-missing = { $dir } não é uma pasta. Crie-a ou escolha outra.
watch-rule-name = Dê um nome à regra.
chakra-not-attached = A foto { $photo } foi enviada, mas não vinculada ao processo { $procedure }/{ $process }: { $reason }

target-zoho-required = { $service } precisa de um registro de destino: --target Módulo/IdRegistro (ex.: { $help }).
target-zoho-bad = '{ $target }' não tem a forma Módulo/IdRegistro (ex.: { $help }).
target-zoho-bad-id = '{ $id }' não é um ID de registro da Zoho: IDs de registro são números longos como 3000000038009.
target-zoho-bad-link = '{ $target }' não parece o endereço de um registro do { $service }. Abra o registro na Zoho e copie a barra de endereços, ou digite Módulo/IdRegistro (ex.: { $help }).
target-zoho-crm-module = '{ $module }' não é o nome de API de um módulo do Zoho CRM (ex.: Leads, Contacts, Accounts).
target-zoho-bigin-module = O Zoho Bigin aceita fotos só em Contacts, Companies (Accounts) e Products, não em '{ $module }'.
target-zoho-field-rest = '{ $target }': depois dos colchetes só pode vir /Attachments (senão, a foto do registro).
target-zoho-field-unsearchable = { $service } não consegue buscar { $module } por '{ $field }' ({ $reason }). Use o nome de API do campo como a Zoho o mostra em Configurações > Developer Space > APIs, para um campo pesquisável.
target-by-field-bad = '{ $target }' não é um destino por campo: { $why }. Escreva MÓDULO[CAMPO=VALOR] (ex.: Contacts[Email=ada@example.com] ou Products[Product_Code=SKU-1001]).
target-why-no-close = falta o ']' de fechamento
target-why-no-equals = falta um '=' entre o campo e o valor
target-why-empty = o valor está vazio
target-why-too-long = o valor é longo demais ou tem caracteres de controle
target-why-rest = depois do ']' de fechamento só pode vir '/…'
target-field-unsupported = { $service } não consegue encontrar um registro pelo valor de um campo; informe o próprio destino ({ $help }).
target-search-unsupported = { $service } não tem busca de registros; digite o ID do destino.
target-choose-field = Escolha um módulo e um campo.
target-bad-pattern = '{ $pattern }' não é um padrão válido: { $reason }
target-not-by-field = '{ $target }' não é um destino por campo (MÓDULO[CAMPO=VALOR]).

signin-expired = O código de login da Zoho expirou antes de ser aprovado. Comece de novo.
signin-cancelled = O login na Zoho foi cancelado.
signin-unknown-dc = Sua conta da Zoho fica no data center '{ $dc }', que o PhotoDrop ainda não conhece.
signin-other-dc = Sua conta da Zoho fica no data center '{ $dc }' ({ $host }). Lá a Zoho dá ao seu cliente um segredo próprio, e o PhotoDrop não envia o segredo de um data center a outro. No console de API da Zoho abra o cliente → Settings → Multi-DC, ative '{ $dc }' e copie o segredo; depois defina '{ $dc }' como data center do perfil, informe esse segredo como client_secret e entre de novo.
signin-denied = O login na Zoho foi recusado no navegador. Comece de novo e pressione “Accept”.
signin-refused = A Zoho recusou o login com código ({ $reason }). Verifique o ID e o segredo do cliente (um cliente “Non-browser Applications”) e o data center.
signin-no-refresh = A Zoho aprovou o login, mas não enviou token de atualização. Comece de novo.
signin-grant-no-refresh = A Zoho devolveu um token de acesso, mas nenhum token de atualização. Gere o código de concessão de novo (Self Client, com acesso offline) e tente de novo.
signin-invalid-client = A Zoho não conhece este ID de cliente para login com código. No console de API crie um cliente do tipo “Non-browser Applications” e guarde o ID e o segredo dele.
signin-start-refused = A Zoho recusou iniciar o login com código ({ $reason }). Verifique o ID do cliente e o data center.

manifest-unreadable = Não foi possível ler o manifesto { $file }: { $reason }.
manifest-invalid = { $file }: { $why }. A primeira linha deve nomear as colunas, com `file` e `target` entre elas (ex.: `file,target`).
manifest-row-invalid = { $file }, linha { $line }: { $why }; nada é enviado para esta linha.
error-bad-url = '{ $url }' não é uma URL válida ({ $reason }); escreva como https://host[:porta].
error-unsafe-link = O PhotoDrop não vai abrir este link: { $why }. Abra o registro na página web do próprio serviço.
link-why-not-web = não é um endereço web
link-why-no-host = não indica nenhum servidor web
link-why-credentials = contém um nome de usuário ou senha
link-why-http = não é criptografado (http)
error-insecure-url = http sem criptografia para { $host } recusado: credenciais e fotos trafegariam abertas. Use https (http só é permitido para localhost).
error-url-scheme = Esquema de URL não suportado '{ $scheme }'; use https.
error-queue-db = O banco de dados da fila de envio falhou ({ $reason }). Se continuar, verifique se há espaço livre no disco.
error-queue-open = Não foi possível abrir a fila de envio { $file } ({ $reason }).
error-queue-newer = A fila de envio { $file } foi gravada por um PhotoDrop mais novo; atualize o PhotoDrop.
target-why-module = o módulo antes de '[' está faltando ou tem caracteres que um nome de módulo não pode ter
target-why-field = o nome do campo está faltando ou tem caracteres que o nome de API de um campo não pode ter
link-why-scheme = '{ $scheme }:' não é um endereço web

error-internal = O PhotoDrop encontrou algo inesperado: { $detail }. Tente de novo; se continuar, relate com esta mensagem.
error-io = Uma operação de arquivo falhou: { $reason }. Verifique o disco e as permissões da pasta.

## Sign-in, pasting, thumbnails and history filters

history-bad-state = Estado desconhecido '{ $state }': done, duplicate, failed ou needs-attention.
history-export-failed = Não foi possível gravar { $file }: { $reason }. Escolha outro lugar.
paste-too-large = A imagem colada tem { $size }; o PhotoDrop aceita imagens coladas de até { $max }. Salve-a como arquivo e solte o arquivo.
paste-not-image = A área de transferência não contém uma foto que o PhotoDrop consiga ler (JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC).
signin-no-flow = O perfil '{ $profile }' é do { $provider }, que não tem login: informe as credenciais dele.
signin-not-started = Nenhum login está em andamento para este perfil; inicie um primeiro.
thumb-bad-size = O tamanho da miniatura deve ficar entre 1 e 4096 pixels.
thumb-bad-format = Não é possível gravar miniaturas .{ $ext }; use .jpg, .png, .webp, .bmp, .tiff ou .gif.
zoho-dc-hint = Verifique se o data center do perfil (opção dc) é o mesmo da conta.
zoho-token-invalid-code = O Zoho recusou o token de atualização ou o código de concessão (expirado, revogado ou já usado). Entre de novo (um novo código do Self Client ou o login por dispositivo). { zoho-dc-hint }
zoho-token-invalid-client = O Zoho não reconhece o id / segredo do cliente. Copie-os de novo do console de API e informe-os. { zoho-dc-hint }
zoho-token-rate-limit = O Zoho bloqueou novos tokens de acesso para este token de atualização (mais de 10 pedidos em 10 minutos). Aguarde até 10 minutos; o PhotoDrop reutiliza tokens para evitar isso.
zoho-token-refused = O Zoho recusou o pedido de token ({ $reason }). { zoho-dc-hint }
keyring-macos = Chaves do macOS
keyring-windows = Gerenciador de Credenciais do Windows
keyring-secret-service = chaveiro do sistema (Secret Service)
prepared-unchanged = sem alterações

## Checking a profile (`profile test`, the app's Test button)

verify-chakrahq = Conectado ao ChakraHQ; o token de acesso funciona.
verify-questionpro = Conectado ao QuestionPro; a chave de API funciona.
verify-capillary-basic = As credenciais Basic do Capillary estão salvas; elas são verificadas no primeiro envio para { $host }.
verify-capillary-oauth = A chave e o segredo OAuth do Capillary funcionam (um token foi emitido).
verify-zoho = Conectado ao { $service } (API em { $api }).

## An upload whose answer was lost, and giving up

error-upload-unconfirmed = { $file } foi enviado por completo, mas o { $service } não confirmou ({ $reason }). O { $service } cria uma nova imagem a cada envio, então o PhotoDrop não repetiu: verifique se chegou antes de enviá-lo de novo.
error-still-refused = { $message } (Ainda recusado depois de obter um token novo: reconecte a conta.)
error-looked-unclear = { $message } O PhotoDrop verificou, mas { $why }.
error-could-not-look = { $message } O PhotoDrop não conseguiu verificar ({ $reason }).
error-gave-up = { $message } (Desistiu após { $attempts } tentativas em { $hours ->
    [0] { $minutes ->
        [one] um minuto
       *[other] { $minutes } minutos
    }
   *[other] { $hours } horas
}.)
lookup-photo-slot = o espaço da foto não tem nada para listar
lookup-zoho-too-many = o registro tem mais de 4.000 anexos e nenhum dos primeiros 4.000 é { $file } ({ $size })
lookup-questionpro = o usuário { $user } tem { $count ->
    [one] uma imagem
   *[other] { $count } imagens
} de cerca de { $size } e a lista do QuestionPro não diz de qual arquivo veio cada uma, então o PhotoDrop não consegue saber se uma delas é { $file }
lookup-none = o { $service } não oferece como listar o que foi enviado
no-reason-recorded = nenhum motivo registrado

## The note left beside a watched file that failed (<file>.reason.txt)

reason-file-what = O PhotoDrop não conseguiu enviar { $file } (perfil { $profile }, destino { $target }) em { $when }.
reason-file-why = Motivo ({ $code }): { $message }
reason-file-todo = Para tentar de novo, corrija o que o motivo diz e pressione Tentar de novo nesta tarefa ({ $job }) no Histórico do PhotoDrop (ou execute `photodrop retry { $job }`), ou coloque o arquivo de volta na pasta monitorada.

## Why a row, a file or a watched file has no target

manifest-why-columns = as colunas são { $columns }
manifest-why-unreadable = não pode ser lida ({ $reason })
manifest-why-no-file = nenhum arquivo
manifest-why-no-target = nenhum destino para { $file }
match-why-pattern = o nome não corresponde a '{ $pattern }'
match-why-no-folder = não está em uma pasta
match-why-empty-name = o nome está vazio
preview-no-record = nenhum registro tem este valor
preview-many = { $count } registros correspondem: escolha um campo mais específico
preview-more-than = mais de { $count } registros correspondem: escolha um campo mais específico
after-not-inside = { $file } não está dentro da pasta monitorada { $dir }
after-replaced = { $file } foi substituído por um link ou uma pasta
after-changed = { $file } mudou depois de entrar na fila
after-swapped = { $file } não é mais o arquivo enviado (outro arquivo pegou o nome dele)
watch-why-changed = ele mudou depois de entrar na fila (o PhotoDrop envia um arquivo monitorado só como ele era quando ficou completo); coloque-o na pasta de novo
template-bad-pattern = O padrão de nome de arquivo '{ $pattern }' não é uma expressão regular válida: { $reason }
template-unclosed = O modelo de destino '{ $template }' tem uma '{ "{" }' sem a sua '{ "}" }'.
template-bad-inline = '{ $regex }' no modelo de destino não é uma expressão regular válida: { $reason }
template-needs-pattern = O modelo de destino usa { $placeholder }, que precisa de um padrão de nome de arquivo (--pattern REGEX) cujo grupo ele nomeia; os marcadores conhecidos são { $known }.
template-no-capture = O padrão de nome de arquivo '{ $pattern }' não tem o grupo { $placeholder }.
template-why-no-target = a regra não tem destino
template-why-no-folder = { $file } não está em uma subpasta, e o modelo '{ $template }' precisa de uma
template-why-no-match = o nome de arquivo '{ $file }' não corresponde ao padrão '{ $pattern }'
template-why-empty-capture = o padrão '{ $pattern }' não capturou nada para { $placeholder } em '{ $file }'
template-why-empty = o modelo '{ $template }' dá um destino vazio para { $file }

## What a file that is not a photo looks like, and other reasons

other-empty = um arquivo vazio
other-pdf = um documento PDF
other-zip = um arquivo ZIP (ou um documento do Office)
other-iso-media = um vídeo ou outro arquivo de mídia ISO
other-gzip = um arquivo gzip
other-xml = um documento XML/SVG (imagens vetoriais não são suportadas)
other-program = um programa
other-riff = um arquivo de mídia RIFF (áudio ou vídeo)
other-html = uma página HTML
other-text = um arquivo de texto
other-unknown = não é uma imagem que o PhotoDrop reconheça
damaged-no-pixels = ele diz não ter pixels
damaged-decoder-gave-up = o decodificador desistiu
damaged-heic-planes = o decodificador HEIC não devolveu uma imagem utilizável
io-changed-while-read = o arquivo mudou enquanto era lido
io-grew-while-sent = o arquivo cresceu durante o envio
io-shrank-while-sent = o arquivo diminuiu durante o envio
policy-privacy-strip-only = privacy só pode ser "strip"
policy-the-system = a política do sistema
capillary-or-oauth = { $message } (Ou use OAuth: guarde oauth_key e oauth_secret.)
