skip-to-content = Saltar al contenido
tabs-label =
    .aria-label = Secciones
tab-upload = Subir
tab-history = Cola e historial
tab-watch = Carpetas vigiladas
tab-settings = Ajustes
fatal-start = PhotoDrop no pudo iniciarse: { $error }
something-wrong = Algo salió mal. Vuelva a intentarlo y, si se repite, revise el registro.

destination = Destino
add-profile = Añadir perfil…
recent-targets =
    .aria-label = Destinos recientes
recent = Recientes:
demo-profile = Sandbox (demo)
profile-option = { $profile } — { $service }
no-profile-option = Aún no hay perfiles — añada uno
credentials-missing = Faltan credenciales — añádalas en Ajustes.
target = Destino
target-input =
    .aria-label = Destino
target-placeholder-links = o pegue la dirección de un registro, o escriba el destino
target-placeholder = Escriba el destino
use-target = Usar
loading = Cargando…
photo-field =
    .aria-label = Campo de foto
find-record =
    .aria-label = Buscar un registro
matching-records =
    .aria-label = Registros coincidentes
searching = Buscando…
no-match = Nada en { $what } coincide con «{ $text }».
no-records = Aún no hay nada en { $what }.
record-fallback = registros
no-target = Aún no se ha elegido destino.
photos-go-to = Las fotos van a
add-profile-first = Añada primero un perfil.
choose-target-first = Elija primero un registro de destino; las fotos que añada esperarán hasta entonces.
destination-line = Destino: { $profile } → { $target }
choose-target-overlay = (elija primero un destino)

drop-help = Suelte fotos o carpetas en cualquier parte de esta ventana, pegue una imagen o fotos copiadas (Ctrl+V), o
add-photos = Añadir fotos…
add-folder = Añadir una carpeta…
drop-overlay = Suelte para subir a
skipped-files = { $count ->
    [one] Un archivo de la carpeta no es una foto y se omitió.
   *[other] { $count } archivos de la carpeta no son fotos y se omitieron.
}
held-until-target = Elija un registro de destino; las fotos saldrán en cuanto lo haga.
clear-finished = Quitar las terminadas
tiles-label =
    .aria-label = Fotos de esta sesión
photos-count = { $count ->
    [one] Una foto
   *[other] { $count } fotos
}

one-slot-title = Varias fotos, un solo hueco
one-slot-warning = Un registro de { $service } guarda una sola foto. Cada una de estas { $count } fotos sustituiría a la anterior y solo quedaría la última.
one-slot-attach-hint = Pueden ir como adjuntos del registro: un registro guarda todos los que haga falta, a tamaño completo.
one-slot-attach = Adjuntar las { $count } como adjuntos
one-slot-first = Usar solo la primera como foto
one-slot-each = Poner cada una como foto (queda la última)
cancel = Cancelar
not-sent = No enviada.
not-sent-one-photo = No enviada: el registro guarda una sola foto.

tile-label = { $name }: { $state }
tile-cannot = no se puede subir
tile-waiting = en espera
progress-of = Progreso de la subida de { $name }
attached-to = ✓ Adjuntada a { $record }
attached-to-record = ✓ Adjuntada al registro
uploaded-to = ✓ Subida a { $record }
uploaded = ✓ Subida
already-on-record = ✓ Ya está en este registro
open = Abrir
copy-link = Copiar enlace
copy-id = Copiar ID
copy = Copiar
remote-id = ID { $id }
upload-again = Volver a subir igualmente
retry = Reintentar
adding = Añadiendo…
waiting-for-target = Esperando un destino
nothing-to-retry = No hay nada que reintentar.
copied-link = Enlace copiado.
copied-id = ID copiado.
copied-code = Código copiado.

plan-converted = Convertida de { $format } a JPEG
plan-resized-to = Redimensionada a { $width }×{ $height }
plan-resized = Redimensionada
plan-reencoded = Recodificada para no superar el tamaño máximo
plan-gps = GPS eliminado
plan-serial = Números de serie eliminados

state-queued = En cola
state-preparing = Preparando
state-uploading = Subiendo
state-waiting-retry = Esperando reintento
state-done = Subida
state-duplicate = Ya estaba
state-failed = Fallida
state-needs-attention = Requiere atención
retry-in = { $why }Nuevo intento en { $seconds } s (intento { $attempt }).
retry-shortly = { $why }Nuevo intento en breve (intento { $attempt }).
upload-failed = La subida no se completó.
already-attached = Esta foto ya está adjunta a este registro.
summary-active = { $count } en curso
summary-done = { $count } subidas
summary-duplicate = { $count } ya estaban
summary-attention = { $count } requieren atención

action-enter = Introducir { $fields }
action-sign-in = Volver a iniciar sesión en { $profile }
action-add-profile = Crear el perfil { $profile }
action-retry-target = Reintentar con el destino elegido
action-retry = Reintentar
action-choose = Enviar a este registro
record-to-send =
    .aria-label = Registro al que enviarla
no-name = (sin nombre)
choose-target-for = Elija primero un destino para { $profile } en la pestaña Subir y vuelva a pulsar.
its-profile = su perfil

match-open = Asociar cada foto a un registro…
match-title = Asociar cada foto a un registro
match-kind = Registros
match-field = cuyo campo
match-field-input =
    .placeholder = nombre de API, p. ej. Product_Code
match-from = es igual a
match-from-stem = el nombre del archivo sin extensión
match-from-pattern = una parte del nombre del archivo (patrón)
match-from-folder = el nombre de la carpeta
match-pattern =
    .placeholder = regex, p. ej. ^(SKU-\d+)_
    .aria-label = Patrón sobre el nombre del archivo; su primer grupo es el valor
match-rest = ponerla en
match-go = Buscar
match-import = Importar un manifiesto CSV…
match-send = Enviar { $count } asociadas
match-close = Cerrar
match-table =
    .aria-label = Fotos y los registros que les corresponden
match-record-photo = la foto del registro
match-attachment = un adjunto
match-looking = Buscando…
match-none = No se encontró ningún registro
match-no-value = Sin valor: { $problem }
match-no-value-plain = sin valor
match-many = { $more ->
    [yes] Más de { $count } coincidencias — elegir…
   *[no] { $count } coincidencias — elegir…
}
match-record-for =
    .aria-label = Registro para { $name }
match-summary-photos = { $count } fotos
match-summary-found = { $count } encontradas
match-summary-many = { $count } con varios registros
match-summary-none = { $count } sin encontrar
match-summary-problem = { $count } con un problema
match-summary-looking = buscando { $count }…
match-sent = { $count ->
    [one] Una foto en camino
   *[other] { $count } fotos en camino
}{ $left ->
    [0] .
   *[other] ; quedan { $left } aquí para corregir u omitir.
}
manifest-bad-rows = { $count ->
    [one] Una fila del manifiesto no se puede usar: { $error }
   *[other] { $count } filas del manifiesto no se pueden usar: { $error }
}

attention-title = Requiere atención o sigue en cola
retry-all = Reintentar todo lo posible
hist-search-label = Buscar en el historial
hist-search =
    .placeholder = Buscar archivo, destino, registro, error…
hist-state-label = Estado
hist-all-states = Todos los estados
export-csv = Exportar CSV…
hist-list =
    .aria-label = Historial de subidas
hist-count = { $count ->
    [one] Una subida
   *[other] { $count } subidas
}
hist-count-more = Más de { $count } subidas
exported-rows = { $count } filas exportadas a { $file }.
copy-link-of =
    .aria-label = Copiar el enlace de { $name }
copy-id-of =
    .aria-label = Copiar el ID de { $name }
and-more = …y { $count } más
need-attention-badge =
    .aria-label = { $count } requieren atención

watch-intro = Las fotos que llegan a una carpeta vigilada (la salida de un escáner, una carpeta sincronizada del teléfono) se suben sin nadie al teclado. Con carpetas vigiladas, al cerrar la ventana PhotoDrop sigue en la bandeja del sistema.
watch-rules =
    .aria-label = Reglas de vigilancia
rule-add-title = Añadir una carpeta vigilada
rule-edit-title = Editar { $name }
rule-name = Nombre
rule-dir = Carpeta
rule-dir-input =
    .placeholder = Elija una carpeta
rule-pick = Elegir…
rule-profile = Perfil
rule-target = Destino
rule-target-input =
    .placeholder = Leads/3000000038009, o una plantilla como Leads/{"{"}stem{"}"}
rule-pattern = Patrón del nombre de archivo
rule-pattern-input =
    .placeholder = regex opcional, p. ej. ^(\d+)_ para {"{"}1{"}"}
rule-sample = Probar un nombre de archivo
rule-after = Después de subir
rule-after-move = Mover a Uploaded/
rule-after-leave = Dejar el archivo
rule-after-delete = Eliminar el archivo
rule-recursive = Incluir subcarpetas
rule-placeholders = Marcadores de plantilla: {"{"}stem{"}"} nombre sin extensión, {"{"}name{"}"}, {"{"}dir{"}"} subcarpeta, {"{"}parent{"}"}, {"{"}1{"}"} captura del patrón, {"{"}re:REGEX{"}"}.
rule-save = Guardar regla
rule-clear = Vaciar
watching-dir = Vigilando { $dir }.
rule-state-watching = vigilando
rule-state-problem = problema
rule-state-starting = iniciando
rule-state-stopped = detenida
rule-pattern-note = (patrón { $pattern })
rule-status = { $queued } en cola, último { $file } a las { $when }
rule-nothing-yet = Nada todavía
rule-managed = Definida por su administrador
edit = Editar
remove = Quitar
no-rules = Aún no hay carpetas vigiladas.

settings-profile = Perfil
share-title = Compartir perfiles con compañeros
share-help = Un archivo con los ajustes de cada perfil — nunca un secreto. Sus compañeros lo importan y luego introducen sus propios secretos.
profiles-export = Exportar perfiles…
profiles-import = Importar perfiles…
profiles-exported = { $count ->
    [one] Un perfil guardado en { $file } (sin secretos).
   *[other] { $count } perfiles guardados en { $file } (sin secretos).
}
profiles-imported = Importados: { $names }.
profile-needs = { $name } necesita { $fields }
profiles-still-need = { $needs } (Ajustes → Perfil).
profiles-exist-title = Los perfiles ya existen
profiles-replace = Sustituir sus ajustes
app-title = Aplicación
language = Idioma
language-system = Como el sistema
theme = Tema
theme-system = Como el sistema
theme-light = Claro
theme-dark = Oscuro
notify = Avisarme cuando un lote termine o requiera atención
start-at-login = Iniciar al entrar en la sesión (en la bandeja) para que las carpetas vigiladas sigan funcionando
update-check = Buscar actualizaciones
update-install = Instalar y reiniciar
update-checking = Comprobando…
update-downloading = Descargando la actualización…
about = PhotoDrop { $version }. Los secretos se guardan en { $keyring }. Cola, historial y miniaturas: { $dir }.
no-profile = Aún no hay perfiles.
saved = Guardado.
save-settings = Guardar ajustes
credentials = Credenciales
secret-set = definido — escriba para sustituir
secret-other-host = introducido para otro servidor — escríbalo de nuevo
secret-not-set = sin definir
secret-state-set = definido
secret-state-missing = falta
secret-state-other_host = para otro servidor
store = Guardar
secret-stored = { $field } guardado en { $keyring }.
service-at = { $service } en { $url }.
test-connection = Probar la conexión
testing = Probando…
remove-profile = Quitar el perfil
remove-title = ¿Quitar { $name }?
remove-body = Se borran el perfil y sus secretos del llavero. El historial se conserva.

pd-title = Añadir un perfil de destino
pd-service = Servicio
pd-name = Nombre del perfil
pd-name-input =
    .placeholder = p. ej. crm-ventas
pd-base = Dirección del servidor
pd-base-input =
    .placeholder = vacío para el servicio real
pd-secrets = Secretos (guardados en { $keyring }; no se vuelven a mostrar)
pd-grant = Código de concesión
pd-grant-hint = el código de concesión creado en la consola del servicio
pd-exchange = Cambiar por un token de actualización
pd-or = o
pd-device = Iniciar sesión con un código
pd-device-hint = aprobar en el navegador
pd-device-open = Abra la dirección de abajo e introduzca este código:
pd-copy-code = Copiar código
pd-test = Guardar y probar la conexión
pd-close = Cerrar
pd-save = Guardar
pd-paste-grant = Pegue primero el código de concesión.
pd-exchanging = Cambiando el código de concesión…
pd-token-stored = Token de actualización guardado. Probando la conexión…
pd-no-profile = El perfil { $name } ya no existe.
pd-secret-set =
    .placeholder = definido (escriba para sustituir)
pd-asking = Pidiendo a { $service } un código de inicio de sesión…
pd-waiting = Esperando la aprobación (el código vale { $minutes } min)…
pd-connected = Conectado. Probando la conexión…
pd-connected-moved = Conectado ({ $moved }). Probando la conexión…
pd-way-grant = Genere un código de concesión con esos ámbitos, péguelo abajo y pulse Cambiar.
pd-way-device = O pulse «Iniciar sesión con un código» y apruebe en el navegador; PhotoDrop sigue a su cuenta allí donde esté.
pd-connecting = Conectar { $service }: { $instructions }
pd-either-way = { $ways } En ambos casos el resultado va al llavero.
pd-have-already = (¿Ya tiene un { $fields }? Péguelo abajo.)
pd-target-help = Destino: { $help }
pd-give-name = Dé un nombre al perfil.
pd-testing = Probando la conexión…
pd-saved = Perfil { $name } guardado.
the-service = el servicio
