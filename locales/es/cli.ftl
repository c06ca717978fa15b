cli-error = error: { $message }
cli-do-set-credentials = Ejecute { $commands } y escriba el secreto por stdin.
cli-do-then = { " " }y luego{ " " }
cli-do-or = { " " }o{ " " }
cli-do-sign-in = Vuelva a iniciar sesión: `photodrop credential sign-in { $profile }` (aprobar en un navegador) o `photodrop credential sign-in { $profile } --code` (un código de concesión por stdin).
cli-do-add-profile = Créelo con `photodrop profile add { $profile } --provider KIND`.
cli-do-retry-target = Ejecute `photodrop retry { $job } --target TARGET`.
cli-do-retry = Para reintentar: `photodrop retry { $job }`.
cli-do-choose = Envíelo a uno: { $commands }.
cli-duplicate = ya adjunta a { $target } el { $when } (tarea { $job }); no se vuelve a enviar. Use --allow-duplicates (o `photodrop retry { $retry }`) para enviarla igualmente.
cli-duplicate-target = el destino
cli-already-attached = ya adjunta; no se vuelve a enviar.
cli-job = tarea { $job }
cli-resized = redimensionada { $from } → { $to }
cli-resized-plain = redimensionada
cli-converted = convertida desde { $format }
cli-reencoded = recodificada
cli-removed = quitado: { $what }
cli-earlier-job = (tarea anterior) { $line }
cli-summary = { $uploaded } subidas, { $failed } fallidas.
cli-summary-duplicates = { $uploaded } subidas, { $duplicates } ya adjuntas, { $failed } fallidas.
cli-stopped = Detenido. { $left ->
    [one] Queda un archivo
   *[other] Quedan { $left } archivos
} en la cola; `photodrop queue resume` los termina.
cli-queue-empty = No hay subidas pendientes.
cli-resuming = { $count ->
    [one] Reanudando una subida pendiente…
   *[other] Reanudando { $count } subidas pendientes…
}
cli-left-unfinished = { $count ->
    [one] Una subida sin terminar
   *[other] { $count } subidas sin terminar
}; vea `photodrop queue list`, corrija lo que indican y luego `photodrop retry JOB_ID`.
cli-history-empty = Aún no hay subidas.
cli-history-duplicate = ya adjunta (tarea { $job })
cli-rows-written = { $count ->
    [one] Una fila escrita en { $file }.
   *[other] { $count } filas escritas en { $file }.
}
cli-no-search = { $provider } no tiene búsqueda de registros; escriba el destino.
cli-no-match = Ningún registro de { $module } coincide con '{ $query }'.

cli-stdin-terminal = No se puede leer del terminal: { $reason }
cli-stdin = No se puede leer stdin: { $reason }

## Errors of the command line itself

cli-cannot-start = no se puede iniciar: { $reason }
cli-sandbox-port = No se puede escuchar en 127.0.0.1:{ $port } ({ $reason }); elija otro puerto con --port.
cli-bad-option = '{ $value }' no tiene la forma CLAVE=VALOR (p. ej. --set dc=eu).
cli-empty-secret = No se leyó nada de stdin. Pase el valor por una tubería, p. ej. `printf %s VALOR | photodrop credential set ...`, o escríbalo en el indicador.
cli-nothing-to-retry = No hay tareas fallidas ni que requieran atención.
cli-retry-usage = Indique un JOB_ID (vea `photodrop queue list`) o --all.
cli-no-job = No existe la tarea { $job }.
cli-job-done = La tarea { $job } ya está terminada ({ $remote }).
cli-job-state = La tarea { $job } ya está en { $state }.
cli-watch-no-dir = Indique una carpeta que vigilar, o --rules para ejecutar las reglas guardadas.
cli-watch-no-profile = Indique --profile NOMBRE: adónde van las fotos de esta carpeta.
cli-no-rule = No existe la regla de vigilancia '{ $rule }'.
cli-no-rules = No hay reglas de vigilancia guardadas. Guarde una con `photodrop watch CARPETA --profile NOMBRE --save REGLA`.

## photodrop providers

cli-providers-target = destino: { $help }
cli-providers-credentials = credenciales: { $sets }
cli-providers-default = predeterminado { $value }
cli-providers-every-profile = todos los perfiles

## Profiles and credentials

cli-profile-added = Perfil '{ $profile }' ({ $provider }) añadido. Guarde sus credenciales (cada valor se lee de stdin):
cli-or-line = o:
cli-no-profiles = Aún no hay perfiles. Añada uno con `photodrop profile add NOMBRE --provider TIPO`.
cli-credential-set = configurada
cli-credential-missing = falta
cli-credential-unknown = desconocido
cli-profile-ready = listo
cli-profile-needs-credentials = faltan credenciales
cli-profile-via = vía { $url }
cli-profile-managed = gestionado por su administrador ({ $file })
cli-exported = { $count ->
    [one] Se escribió un perfil
   *[other] Se escribieron { $count } perfiles
} en { $file } (solo ajustes: ningún secreto).
cli-imported = { $count ->
    [0] { $profile }: importado ({ $provider }), listo.
   *[other] { $profile }: importado ({ $provider }); aún necesita { $needs }: { $commands }.
}
cli-replaced = { $count ->
    [0] { $profile }: reemplazado ({ $provider }), listo.
   *[other] { $profile }: reemplazado ({ $provider }); aún necesita { $needs }: { $commands }.
}
cli-profile-removed = Se eliminó el perfil '{ $profile }' y sus credenciales guardadas.
cli-prompt-grant-code = Código de concesión de { $service } para el perfil { $profile }
cli-prompt-secret = { $field } para el perfil { $profile }
cli-device-code = Abra { $url } e introduzca el código { $code } (válido { $minutes } min). Esperando la aprobación…
cli-signed-in-code = Código de concesión canjeado; el token de actualización de '{ $profile }' está guardado en { $store }.
cli-signed-in = Conectado; el token de actualización de '{ $profile }' está guardado en { $store }.
cli-signed-in-moved = { $option }: '{ $value }' (el perfil lo usa ahora).
cli-credential-stored = Se guardó { $field } del perfil '{ $profile }' en { $store }.
cli-credential-none = No había nada guardado para el perfil '{ $profile }'.
cli-credential-none-field = No había nada guardado para el perfil '{ $profile }' ({ $field }).
cli-credential-removed = Se eliminó { $fields } del perfil '{ $profile }'.

## The queue and watched folders

cli-still-queued = Sigue en cola: `photodrop queue resume` lo sigue intentando.
cli-retry-in = reintento en { $seconds } s
cli-col-job = TAREA
cli-col-state = ESTADO
cli-col-profile = PERFIL
cli-col-target = DESTINO
cli-col-file = ARCHIVO
cli-col-try = INT.
cli-col-next = SIGUIENTE / ERROR
cli-rule = { $rule }: { $dir } → { $profile } { $target } (después: { $after })
cli-rule-no-target = (sin destino)
cli-rule-recursive = (+ subcarpetas)
cli-rule-managed = gestionada por su administrador
cli-rule-removed = Se eliminó la regla de vigilancia '{ $rule }'.
cli-rule-saved = Se guardó la regla de vigilancia '{ $rule }'.
cli-watching = Vigilando { $dir } (regla '{ $rule }'). Detenga con Ctrl+C.
cli-watch-problem = vigilancia '{ $rule }': { $message }

## --help (clap has no catalogs: photodrop sets every text from here)

help-usage = Uso:
help-commands = Comandos
help-options = Opciones
help-arguments = Argumentos
help-help = Mostrar este mensaje o la ayuda de los subcomandos indicados
help--help = Mostrar la ayuda
help--version = Mostrar la versión
help--lang = Idioma de los mensajes (en, de, fr, es, pt-BR, ja, zh-Hans, ar; "system" sigue LC_ALL / LC_MESSAGES / LANG). Los códigos de `--json` no cambian
help--verbose = Más registro en stderr (-v, -vv). RUST_LOG también funciona
help-photodrop = Adjuntar fotos a registros de Zoho CRM, Zoho Bigin, ChakraHQ, Capillary y QuestionPro
help-profile = Gestionar perfiles de destino (ajustes no secretos)
help-profile-add = Añadir un perfil
help--provider = zoho-crm, zoho-bigin, chakrahq, capillary o questionpro
help--base_url = Enviar cada llamada de este perfil (incluidas las de token) a este origen
help--set = Opción del servicio, p. ej. --set dc=eu --set version=v8 (vea `photodrop providers`)
help-profile-add--replace = Reemplazar un perfil existente con el mismo nombre (se conservan sus credenciales)
help-profile-list = Listar los perfiles y si sus credenciales están configuradas
help-profile-remove = Eliminar un perfil y sus credenciales guardadas
help-profile-test = Hacer una llamada autenticada para comprobar que el perfil funciona
help-profile-export = Escribir los ajustes de perfiles (nunca un secreto) en un archivo que los compañeros importan
help-profile-export--output = El archivo que escribir (predeterminado: salida estándar)
help-profile-import = Añadir los perfiles de un archivo exportado; indica qué secretos necesita aún cada uno
help-profile-import--replace = Sobrescribir los ajustes de los perfiles que existen (se conservan sus secretos)
help-credential = Guardar o eliminar secretos en el llavero del sistema
help-credential-set = Guardar un secreto; el valor se lee de stdin (sin eco en un terminal)
help-credential-remove = Eliminar un secreto, o todos los secretos de un perfil
help-credential-sign-in = Conectar la cuenta mediante el inicio de sesión del servicio (Zoho): el flujo por dispositivo muestra un código que introducir en la dirección del servicio, espera la aprobación y guarda el token de actualización (con --json, el código va primero en una línea JSON); con --code, se lee de stdin un código de concesión creado en la consola del servicio y se canjea
help-credential-zoho-grant = `sign-in --code` (el código de concesión de un Self Client de Zoho, por stdin)
help-credential-zoho-device = `sign-in` con el flujo por dispositivo (un cliente de Zoho "Non-browser Applications")
help-upload = Subir fotos al destino de un perfil (a través de la cola persistente)
help-upload--target = Adónde van las fotos (p. ej. Leads/3000000038009; vea `photodrop providers`)
help-upload--json = Un objeto JSON por archivo en stdout
help--concurrency = Como máximo estas subidas a la vez por perfil (nunca más de lo que permiten la opción `concurrency` del perfil o el servicio)
help--allow_duplicates = Subir incluso archivos cuyo contenido ya está adjunto al destino
help--retry_for = Reintentar un archivo que falla de forma pasajera (servicio caído, 503, 429) durante este tiempo antes de dejarlo en la cola para `photodrop queue resume`
help--manifest = Un CSV que nombra el destino de cada foto: una cabecera con las columnas `file` y `target`, una fila por foto (rutas relativas a la carpeta del CSV)
help-queue = Subidas sin terminar: listarlas o terminarlas todas
help-queue-list = Tareas sin terminar (en cola, subiendo, esperando reintento, requieren atención, fallidas)
help-queue-resume = Terminar cada tarea sin terminar y salir (estado 0 cuando no queda nada pendiente)
help-history = Subidas terminadas, las más recientes primero
help--search = Solo filas cuyo nombre de archivo, destino o id remoto contiene esto
help--state = Solo filas en este estado (done, duplicate, failed, needs-attention)
help--csv = Escribir en su lugar todas las filas que coinciden (no solo --limit) en este archivo CSV
help-retry = Volver a ejecutar tareas fallidas o que requieren atención (tras corregir lo que dijo su error)
help--all = Todas las tareas fallidas o que requieren atención (de --profile, si se indica)
help-retry--target = Enviar a este destino en su lugar (para archivos cuyo destino no se pudo deducir)
help-watch = Subir todo lo que llegue a una carpeta, hasta detenerlo (Ctrl+C)
help--dir = La carpeta que vigilar (o --rules para las reglas guardadas)
help-watch--target = Plantilla de destino: fija (Leads/3000000038009), { "{" }dir{ "}" }, { "{" }parent{ "}" }, { "{" }stem{ "}" }, { "{" }1{ "}" } (un grupo de --pattern) o { "{" }re:REGEX{ "}" }
help--pattern = Expresión regular sobre el nombre de archivo cuyos grupos usa la plantilla como { "{" }1{ "}" }, { "{" }2{ "}" }, ...
help--after = Qué hacer con un archivo una vez subido
help--on_failure = Qué hacer con un archivo que no se puede subir
help--recursive = Incluir subcarpetas
help--save = Guardar esta regla como NOMBRE en la configuración (luego `watch --rules` la ejecuta)
help--rules = Ejecutar las reglas guardadas en la configuración
help--list = Listar las reglas guardadas y salir
help--remove = Eliminar una regla guardada y salir
help-search = Buscar un registro para usarlo como destino (módulos de Zoho CRM / Bigin, procesos de ChakraHQ). Sin módulo, lista los módulos (procedimientos) y sus espacios de foto
help--module = Módulo o procedimiento, p. ej. Leads, Contacts, lead
help--query = Nombre, correo o teléfono (ChakraHQ: vacío lista los procesos más recientes)
help-providers = Listar los destinos que PhotoDrop conoce, con sus campos de credenciales y opciones
help-thumbnail = Crear una miniatura (lado mayor --size px, orientación aplicada); JPEG o PNG según la extensión de OUT
help-prepare = Escribir en OUT exactamente lo que `upload` enviaría para IN y decir qué cambió
help-prepare--target = El destino, cuando cambia lo que se acepta (un `Module/Id/Attachments` de Zoho)
help-sandbox = Ejecutar en primer plano el servidor de pruebas integrado (las cinco API en loopback)
help--json = Un objeto JSON por línea en stdout (códigos y nombres de campo iguales en todos los idiomas)
help--profile = El perfil que usar (vea `photodrop profile list`)
help--name = El nombre del perfil
help--field = El campo de credencial (vea `photodrop providers`)
help-credential-remove--field = El campo de credencial que eliminar (ninguno: todos los del perfil)
help--ids = Números de tarea (vea `photodrop queue list` y `photodrop history`)
help--limit = Como máximo estas filas
help--port = El puerto en 127.0.0.1
help--size = Lado mayor en píxeles
help--input = La foto que leer
help--output = El archivo que escribir
help--code = Leer un código de concesión de stdin en lugar del flujo por dispositivo
help--file = El archivo de perfiles exportado (.photodrop)
help--names = Los perfiles que exportar
help--files = Las fotos que subir

## A command line clap refused

usage-unknown-argument = argumento inesperado '{ $arg }'
usage-unknown-command = subcomando desconocido '{ $command }'
usage-missing = faltan los siguientes argumentos obligatorios: { $args }
usage-missing-command = se necesita un comando: { $commands }
usage-invalid-value = valor no válido '{ $value }' para '{ $arg }'
usage-invalid-choice = valor no válido '{ $value }' para '{ $arg }'; valores posibles: { $choices }
usage-bad-value = valor no válido '{ $value }' para '{ $arg }': { $reason }
usage-conflict = el argumento '{ $arg }' no se puede usar con '{ $other }'
usage-repeated = el argumento '{ $arg }' solo puede indicarse una vez
usage-did-you-mean = existe uno parecido: '{ $suggestion }'
usage-more = Para más información, pruebe '--help'.
