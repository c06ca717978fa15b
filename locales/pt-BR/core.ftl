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
