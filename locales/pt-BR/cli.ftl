cli-error = erro: { $message }
cli-do-set-credentials = Execute { $commands } e digite o segredo pelo stdin.
cli-do-then = { " " }e depois{ " " }
cli-do-or = { " " }ou{ " " }
cli-do-sign-in = Entre de novo: `photodrop credential sign-in { $profile }` (aprovar em um navegador) ou `photodrop credential sign-in { $profile } --code` (um código de concessão pelo stdin).
cli-do-add-profile = Crie-o com `photodrop profile add { $profile } --provider KIND`.
cli-do-retry-target = Execute `photodrop retry { $job } --target TARGET`.
cli-do-retry = Para tentar de novo: `photodrop retry { $job }`.
cli-do-choose = Envie para um deles: { $commands }.
cli-duplicate = já anexada a { $target } em { $when } (tarefa { $job }); não enviada de novo. Use --allow-duplicates (ou `photodrop retry { $retry }`) para enviar mesmo assim.
cli-duplicate-target = o destino
cli-already-attached = já anexada; não enviada de novo.
cli-job = tarefa { $job }
cli-resized = redimensionada { $from } → { $to }
cli-resized-plain = redimensionada
cli-converted = convertida de { $format }
cli-reencoded = recodificada
cli-removed = removido: { $what }
cli-earlier-job = (tarefa anterior) { $line }
cli-summary = { $uploaded } enviadas, { $failed } com falha.
cli-summary-duplicates = { $uploaded } enviadas, { $duplicates } já anexadas, { $failed } com falha.
cli-stopped = Parado. { $left ->
    [one] Um arquivo fica
   *[other] { $left } arquivos ficam
} na fila; `photodrop queue resume` conclui.
cli-queue-empty = Nenhum envio pendente.
cli-resuming = { $count ->
    [one] Retomando um envio pendente…
   *[other] Retomando { $count } envios pendentes…
}
cli-left-unfinished = { $count ->
    [one] Um envio não concluído
   *[other] { $count } envios não concluídos
}; veja `photodrop queue list`, corrija o que eles dizem e depois `photodrop retry JOB_ID`.
cli-history-empty = Nenhum envio ainda.
cli-history-duplicate = já anexada (tarefa { $job })
cli-rows-written = { $count ->
    [one] Uma linha gravada em { $file }.
   *[other] { $count } linhas gravadas em { $file }.
}
cli-no-search = { $provider } não tem busca de registros; digite o destino.
cli-no-match = Nenhum registro de { $module } corresponde a '{ $query }'.

cli-stdin-terminal = Não foi possível ler do terminal: { $reason }
cli-stdin = Não foi possível ler o stdin: { $reason }

## Errors of the command line itself

cli-cannot-start = não foi possível iniciar: { $reason }
cli-sandbox-port = Não é possível escutar em 127.0.0.1:{ $port } ({ $reason }); escolha outra porta com --port.
cli-bad-option = '{ $value }' não está na forma CHAVE=VALOR (ex.: --set dc=eu).
cli-empty-secret = Nada foi lido de stdin. Passe o valor por um pipe, ex.: `printf %s VALOR | photodrop credential set ...`, ou digite-o no prompt.
cli-nothing-to-retry = Nenhuma tarefa com falha ou precisando de atenção.
cli-retry-usage = Informe um JOB_ID (veja `photodrop queue list`) ou --all.
cli-no-job = Não existe a tarefa { $job }.
cli-job-done = A tarefa { $job } já foi concluída ({ $remote }).
cli-job-state = A tarefa { $job } já está { $state }.
cli-watch-no-dir = Informe uma pasta para monitorar, ou --rules para executar as regras salvas.
cli-watch-no-profile = Informe --profile NOME: para onde vão as fotos desta pasta.
cli-no-rule = Não existe a regra de monitoramento '{ $rule }'.
cli-no-rules = Nenhuma regra de monitoramento salva. Salve uma com `photodrop watch PASTA --profile NOME --save REGRA`.

## photodrop providers

cli-providers-target = destino: { $help }
cli-providers-credentials = credenciais: { $sets }
cli-providers-default = padrão { $value }
cli-providers-every-profile = todos os perfis

## Profiles and credentials

cli-profile-added = Perfil '{ $profile }' ({ $provider }) adicionado. Guarde as credenciais dele (cada valor é lido de stdin):
cli-or-line = ou:
cli-no-profiles = Ainda não há perfis. Adicione um com `photodrop profile add NOME --provider TIPO`.
cli-credential-set = definida
cli-credential-missing = faltando
cli-credential-unknown = desconhecido
cli-profile-ready = pronto
cli-profile-needs-credentials = precisa de credenciais
cli-profile-via = via { $url }
cli-profile-managed = gerenciado pelo seu administrador ({ $file })
cli-exported = { $count ->
    [one] Um perfil gravado
   *[other] { $count } perfis gravados
} em { $file } (só configurações: nenhum segredo).
cli-imported = { $count ->
    [0] { $profile }: importado ({ $provider }), pronto.
   *[other] { $profile }: importado ({ $provider }); ainda precisa de { $needs }: { $commands }.
}
cli-replaced = { $count ->
    [0] { $profile }: substituído ({ $provider }), pronto.
   *[other] { $profile }: substituído ({ $provider }); ainda precisa de { $needs }: { $commands }.
}
cli-profile-removed = Perfil '{ $profile }' e suas credenciais salvas removidos.
cli-prompt-grant-code = Código de concessão do { $service } para o perfil { $profile }
cli-prompt-secret = { $field } para o perfil { $profile }
cli-device-code = Abra { $url } e digite o código { $code } (válido por { $minutes } min). Aguardando aprovação…
cli-signed-in-code = Código de concessão trocado; o token de atualização de '{ $profile }' está guardado em: { $store }.
cli-signed-in = Conectado; o token de atualização de '{ $profile }' está guardado em: { $store }.
cli-signed-in-moved = { $option }: '{ $value }' (o perfil agora usa isso).
cli-credential-stored = { $field } do perfil '{ $profile }' guardado em: { $store }.
cli-credential-none = Nada estava guardado para o perfil '{ $profile }'.
cli-credential-none-field = Nada estava guardado para o perfil '{ $profile }' ({ $field }).
cli-credential-removed = { $fields } removido(s) do perfil '{ $profile }'.

## The queue and watched folders

cli-still-queued = Ainda na fila: `photodrop queue resume` continua tentando.
cli-retry-in = nova tentativa em { $seconds } s
cli-col-job = TAREFA
cli-col-state = ESTADO
cli-col-profile = PERFIL
cli-col-target = DESTINO
cli-col-file = ARQUIVO
cli-col-try = TENT.
cli-col-next = PRÓXIMO / ERRO
cli-rule = { $rule }: { $dir } → { $profile } { $target } (depois: { $after })
cli-rule-no-target = (sem destino)
cli-rule-recursive = (+ subpastas)
cli-rule-managed = gerenciada pelo seu administrador
cli-rule-removed = Regra de monitoramento '{ $rule }' removida.
cli-rule-saved = Regra de monitoramento '{ $rule }' salva.
cli-watching = Monitorando { $dir } (regra '{ $rule }'). Pare com Ctrl+C.
cli-watch-problem = monitoramento '{ $rule }': { $message }

## --help (clap has no catalogs: photodrop sets every text from here)

help-usage = Uso:
help-commands = Comandos
help-options = Opções
help-arguments = Argumentos
help-help = Mostrar esta mensagem ou a ajuda dos subcomandos indicados
help--help = Mostrar a ajuda
help--version = Mostrar a versão
help--lang = Idioma das mensagens (en, de, fr, es, pt-BR, ja, zh-Hans, ar; "system" segue LC_ALL / LC_MESSAGES / LANG). Os códigos de `--json` não mudam
help--verbose = Mais registro em stderr (-v, -vv). RUST_LOG também funciona
help-photodrop = Anexar fotos a registros no Zoho CRM, Zoho Bigin, ChakraHQ, Capillary e QuestionPro
help-profile = Gerenciar perfis de destino (configurações não secretas)
help-profile-add = Adicionar um perfil
help--provider = zoho-crm, zoho-bigin, chakrahq, capillary ou questionpro
help--base_url = Enviar cada chamada deste perfil (incluindo as de token) para esta origem
help--set = Opção do serviço, ex.: --set dc=eu --set version=v8 (veja `photodrop providers`)
help-profile-add--replace = Substituir um perfil existente com o mesmo nome (as credenciais dele são mantidas)
help-profile-list = Listar os perfis e se as credenciais deles estão definidas
help-profile-remove = Remover um perfil e suas credenciais salvas
help-profile-test = Fazer uma chamada autenticada para verificar se o perfil funciona
help-profile-export = Gravar as configurações de perfis (nunca um segredo) num arquivo que os colegas importam
help-profile-export--output = O arquivo a gravar (padrão: saída padrão)
help-profile-import = Adicionar os perfis de um arquivo exportado; diz quais segredos cada um ainda precisa
help-profile-import--replace = Sobrescrever as configurações dos perfis existentes (os segredos são mantidos)
help-credential = Guardar ou remover segredos no chaveiro do sistema
help-credential-set = Guardar um segredo; o valor é lido de stdin (sem eco no terminal)
help-credential-remove = Remover um segredo, ou todos os segredos de um perfil
help-credential-sign-in = Conectar a conta pelo login do serviço (Zoho): o fluxo por dispositivo mostra um código para digitar no endereço do serviço, aguarda a aprovação e guarda o token de atualização (com --json, o código vem primeiro numa linha JSON); com --code, um código de concessão criado no console do serviço é lido de stdin e trocado
help-credential-zoho-grant = `sign-in --code` (o código de concessão de um Self Client do Zoho, em stdin)
help-credential-zoho-device = `sign-in` com o fluxo por dispositivo (um cliente Zoho "Non-browser Applications")
help-upload = Enviar fotos ao destino de um perfil (pela fila durável)
help-upload--target = Para onde vão as fotos (ex.: Leads/3000000038009; veja `photodrop providers`)
help-upload--json = Um objeto JSON por arquivo em stdout
help--concurrency = No máximo esta quantidade de envios ao mesmo tempo por perfil (nunca mais do que a opção `concurrency` do perfil ou o serviço permitem)
help--allow_duplicates = Enviar até arquivos cujo conteúdo já está anexado ao destino
help--retry_for = Tentar de novo um arquivo que falha temporariamente (serviço fora, 503, 429) por este tempo antes de deixá-lo na fila para `photodrop queue resume`
help--manifest = Um CSV que indica o destino de cada foto: um cabeçalho com as colunas `file` e `target`, uma linha por foto (caminhos relativos à pasta do CSV)
help-queue = Envios não concluídos: listá-los ou concluir todos
help-queue-list = Tarefas não concluídas (na fila, enviando, aguardando nova tentativa, precisando de atenção, com falha)
help-queue-resume = Concluir cada tarefa pendente e sair (status 0 quando nada fica pendente)
help-history = Envios concluídos, os mais recentes primeiro
help--search = Só linhas cujo nome de arquivo, destino ou id remoto contém isto
help--state = Só linhas neste estado (done, duplicate, failed, needs-attention)
help--csv = Gravar todas as linhas correspondentes (não só --limit) neste arquivo CSV
help-retry = Executar de novo tarefas com falha ou que precisam de atenção (depois de corrigir o que o erro disse)
help--all = Todas as tarefas com falha ou que precisam de atenção (de --profile, se informado)
help-retry--target = Enviar para este destino (para arquivos cujo destino não pôde ser deduzido)
help-watch = Enviar tudo o que chegar a uma pasta, até parar (Ctrl+C)
help--dir = A pasta a monitorar (ou --rules para as regras salvas)
help-watch--target = Modelo de destino: fixo (Leads/3000000038009), { "{" }dir{ "}" }, { "{" }parent{ "}" }, { "{" }stem{ "}" }, { "{" }1{ "}" } (um grupo de --pattern) ou { "{" }re:REGEX{ "}" }
help--pattern = Expressão regular sobre o nome do arquivo cujos grupos o modelo usa como { "{" }1{ "}" }, { "{" }2{ "}" }, ...
help--after = O que fazer com um arquivo depois de enviado
help--on_failure = O que fazer com um arquivo que não pode ser enviado
help--recursive = Incluir subpastas
help--save = Salvar esta regra como NOME na configuração (depois `watch --rules` a executa)
help--rules = Executar as regras salvas na configuração
help--list = Listar as regras salvas e sair
help--remove = Remover uma regra salva e sair
help-search = Encontrar um registro para usar como destino (módulos do Zoho CRM / Bigin, processos do ChakraHQ). Sem módulo, lista os módulos (procedimentos) e seus espaços de foto
help--module = Módulo ou procedimento, ex.: Leads, Contacts, lead
help--query = Nome, e-mail ou telefone (ChakraHQ: vazio lista os processos mais recentes)
help-providers = Listar os destinos que o PhotoDrop conhece, com seus campos de credenciais e opções
help-thumbnail = Criar uma miniatura (maior lado --size px, orientação aplicada); JPEG ou PNG pela extensão de OUT
help-prepare = Gravar em OUT exatamente o que `upload` enviaria para IN e dizer o que mudou
help-prepare--target = O destino, quando muda o que é aceito (um `Module/Id/Attachments` do Zoho)
help-sandbox = Executar em primeiro plano o servidor sandbox embutido (as cinco APIs no loopback)
help--json = Um objeto JSON por linha em stdout (códigos e nomes de campos iguais em todos os idiomas)
help--profile = O perfil a usar (veja `photodrop profile list`)
help--name = O nome do perfil
help--field = O campo de credencial (veja `photodrop providers`)
help-credential-remove--field = O campo de credencial a remover (nenhum: todos os do perfil)
help--ids = Números de tarefa (veja `photodrop queue list` e `photodrop history`)
help--limit = No máximo esta quantidade de linhas
help--port = A porta em 127.0.0.1
help--size = Maior lado em pixels
help--input = A foto a ler
help--output = O arquivo a gravar
help--code = Ler um código de concessão de stdin em vez do fluxo por dispositivo
help--file = O arquivo de perfis exportado (.photodrop)
help--names = Os perfis a exportar
help--files = As fotos a enviar

## A command line clap refused

usage-unknown-argument = argumento inesperado '{ $arg }'
usage-unknown-command = subcomando desconhecido '{ $command }'
usage-missing = faltam os seguintes argumentos obrigatórios: { $args }
usage-missing-command = é preciso um comando: { $commands }
usage-invalid-value = valor inválido '{ $value }' para '{ $arg }'
usage-invalid-choice = valor inválido '{ $value }' para '{ $arg }'; valores possíveis: { $choices }
usage-bad-value = valor inválido '{ $value }' para '{ $arg }': { $reason }
usage-conflict = o argumento '{ $arg }' não pode ser usado com '{ $other }'
usage-repeated = o argumento '{ $arg }' só pode ser informado uma vez
usage-did-you-mean = existe um parecido: '{ $suggestion }'
usage-more = Para mais informações, tente '--help'.
