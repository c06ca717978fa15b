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
