number-decimal-separator = ,
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
datetime = { $day }/{ $month }/{ $year } { $hour }:{ $minute }

error-file-not-found = { $path }: no existe el archivo. Compruebe la ruta (puede que se haya movido o cambiado de nombre).
error-file-permission = { $path }: permiso denegado. Dé a su usuario permiso de lectura sobre el archivo.
error-file-unreadable = { $path }: no se puede leer ({ $reason }). Compruebe los permisos del archivo.
error-is-a-directory = { $path } es una carpeta, no una foto. Indique los archivos de imagen que contiene.
error-not-a-file = { $path } no es un archivo normal.
error-not-an-image = { $path } es { $what }, no una foto (JPEG, PNG, GIF, BMP, WebP, TIFF o HEIC). No se envió nada.
error-damaged-image = No se pudo decodificar { $path } ({ $reason }). Puede que el archivo esté dañado o incompleto; ábralo en un visor de imágenes o expórtelo de nuevo.

error-unknown-profile = No hay ningún perfil llamado «{ $name }».
error-unknown-profile-known = No hay ningún perfil llamado «{ $name }». Perfiles existentes: { $known }.
error-profile-managed = El perfil «{ $name }» lo gestiona su administrador ({ $file }); puede guardar sus secretos, pero no cambiarlo ni eliminarlo.
error-credential-missing = El perfil «{ $profile }» no tiene { $fields } guardado. (Un equipo sin llavero puede definir { $envs } en su lugar.)

error-timeout = La solicitud a { $provider } tardó demasiado ({ $detail }). Compruebe la red; PhotoDrop reintenta automáticamente.
error-connect-failed = No se pudo conectar con { $provider } ({ $detail }). Compruebe la red; PhotoDrop reintenta automáticamente.
error-network = Se perdió la conexión con { $provider } ({ $detail }). Compruebe la red; PhotoDrop reintenta automáticamente.

error-record-not-found = { $file }: { $service } no tiene ningún { $record }. No se envió nada; compruebe el valor, o cree el registro y vuelva a intentarlo.
error-record-ambiguous = { $more ->
    [yes] { $file }: más de { $count } coincidencias para { $record } ({ $list }). No se envió nada; elija uno.
   *[no] { $file }: { $count } coincidencias para { $record } ({ $list }). No se envió nada; elija uno.
}
record-where = { $kind } cuyo { $field } es '{ $value }'
record-no-name = sin nombre

option-fit = Ajustar las fotos al destino
option-fit-help = auto: convertir las fotos que el destino rechazaría (demasiado grandes, demasiados píxeles, formato incorrecto); refuse: fallar con un mensaje
option-fit-auto = Convertir las fotos que el servicio rechazaría (tamaño, píxeles, formato)
option-fit-refuse = Rechazarlas con un mensaje
option-privacy = Privacidad
option-privacy-help = strip: quitar la ubicación GPS y los números de serie de la cámara antes de subir; keep: enviar los metadatos tal cual
option-privacy-strip = Quitar la ubicación GPS y los números de serie de la cámara
option-privacy-keep = Enviar los metadatos tal cual
option-duplicates = Duplicados
option-duplicates-help = skip: una foto ya adjunta al mismo destino se indica y no se vuelve a enviar; allow: enviarla igualmente
option-duplicates-skip = Omitir las fotos ya adjuntas al mismo registro
option-duplicates-allow = Subirlas de nuevo
option-concurrency = Subidas simultáneas
option-concurrency-help = subidas en curso a la vez para este perfil (al menos 1; limitado por el propio servicio)
option-dc = Centro de datos
option-version = Versión de la API
option-cluster = Clúster
option-namespace = Espacio de nombres
option-auth = Método de inicio de sesión
option-oauth_host = Host de OAuth
option-oauth_header = Cabecera de OAuth
option-file_field = Nombre del campo de archivo
option-restrict_triggers = Omitir las reglas de flujo de trabajo
option-dc-help-zoho = Centro de datos de la cuenta de Zoho
option-dc-help-questionpro = Centro de datos de la cuenta
option-concurrency-help-zoho = Subidas en paralelo para esta organización: Zoho permite 5 (Free), 10 (Standard), 15 (Professional), 20 (Enterprise), 25 (Ultimate)
option-version-help-zoho-crm = Versión de la API: v2 como en el documento original de Zoho, v8 es la actual (añade Deals y RECORD_LOCKED)
option-version-help-zoho-bigin = Versión de la API: v1 como en el documento original de Bigin, v2 es la actual
option-restrict_triggers-help = Ponga 'workflow' para que subir una foto no active reglas de flujo de trabajo
option-cluster-help = Clúster: eu, in, sg, us, o el nombre de host del servicio de archivos (p. ej. eucrm.cc.capillarytech.com)
option-namespace-help = Espacio de nombres predeterminado cuando no se indica destino
option-auth-help = basic u oauth (predeterminado: según las credenciales guardadas, basic primero)
option-oauth_host-help = Host de las llamadas de token OAuth (predeterminado: el host de API del clúster)
option-oauth_header-help = Encabezado que lleva el token OAuth
option-file_field-help = Campo multipart que lleva la foto (el documento de Capillary no lo nombra)

provider-zoho-crm-target-help = Leads/3000000038009 (módulos: Leads, Contacts, Accounts, Products, Vendors, Deals desde v5, módulos personalizados)
provider-zoho-bigin-target-help = Contacts/3000000038009 (módulos: Contacts, Companies = Accounts, Products)
provider-chakrahq-target-help = nada para una foto suelta, o PROCEDURE/PROCESS_ID/ATTRIBUTE para poner el atributo de foto de un proceso
provider-capillary-target-help = un espacio de nombres del servicio de archivos, p. ej. rewards (el predeterminado)
provider-questionpro-target-help = un ID de usuario de QuestionPro, p. ej. 1234567
provider-zoho-crm-kind-label = Módulo
provider-zoho-crm-item-label = Registro
provider-zoho-crm-search-placeholder = Buscar un registro por nombre, correo o teléfono
provider-zoho-bigin-kind-label = Módulo
provider-zoho-bigin-item-label = Registro
provider-zoho-bigin-search-placeholder = Buscar un registro por nombre, correo o teléfono
provider-chakrahq-kind-label = Procedimiento
provider-chakrahq-item-label = Proceso
provider-chakrahq-search-placeholder = Buscar un proceso por nombre
provider-zoho-crm-sign-in = En la consola de API de Zoho (api-console.zoho.com) cree un Self Client (o un cliente «Non-browser Applications») y copie abajo su ID y secreto de cliente. Dele estos ámbitos (fotos, adjuntos, búsqueda de registros):
provider-zoho-bigin-sign-in = En la consola de API de Zoho (api-console.zoho.com) cree un Self Client (o un cliente «Non-browser Applications») y copie abajo su ID y secreto de cliente. Dele estos ámbitos (fotos, adjuntos, búsqueda de registros):

field-client_id = ID de cliente de la consola de API de Zoho (Self Client)
field-client_secret = Secreto de cliente de la consola de API de Zoho
field-refresh_token = Token de actualización (o inicie sesión: un código de concesión o el inicio con código lo rellena)
field-access_token = Un token de acceso en bruto en lugar de los tres de arriba (caduca en una hora)
field-token = Token de acceso de una clave de API de ChakraHQ (admin → API Keys)
field-api_key = Clave de API (Integration → Developer API → Get API Key)
field-username = Nombre de usuario de Till (autenticación Basic)
field-password = Contraseña de Till (solo se envía su MD5, como exige Capillary)
field-oauth_key = Clave de cliente OAuth (InTouch → Org Settings → API client)
field-oauth_secret = Secreto de cliente OAuth

error-http-401 = { $service } rechazó las credenciales (HTTP 401). Compruebe la credencial guardada.
error-http-403 = { $service } denegó el acceso (HTTP 403). Pida permiso a su administrador.
error-http-404 = { $service } no encontró el destino (HTTP 404). Compruebe el destino.
error-http-408 = { $service } tardó demasiado (HTTP 408); se reintenta.
error-http-409 = { $service } informó de un conflicto (HTTP 409).
error-http-413 = { $service } dice que el archivo es demasiado grande (HTTP 413). Use una foto más pequeña.
error-http-415 = { $service } no acepta este tipo de archivo (HTTP 415). Conviértalo a JPEG o PNG.
error-http-429 = { $service } pide ir más despacio (HTTP 429); se espera antes de reintentar.
error-http-5xx = { $service } tuvo un error de servidor (HTTP { $status }); se reintentará más tarde.
error-http-other = { $service } rechazó la solicitud (HTTP { $status }).

zoho-photo-rules = Acepta fotos PNG, JPEG, GIF y BMP de hasta 10 MB y 10 megapíxeles.
zoho-invalid-token = { $service } dice que el token de acceso no es válido o ha caducado. Se está renovando; si persiste, vuelva a iniciar sesión.
zoho-scope-mismatch = A la conexión con Zoho le falta el ámbito { $scope }.modules.{ $module }.CREATE (o { $scope }.modules.ALL). Vuelva a iniciar sesión concediéndolo (un nuevo código de concesión del Self Client o el inicio con código).
zoho-scope-mismatch-attach = A la conexión con Zoho le faltan los ámbitos { $scope }.modules.{ $module }.CREATE (o { $scope }.modules.ALL) y { $scope }.modules.attachments.CREATE. Vuelva a iniciar sesión concediéndolos (un nuevo código de concesión del Self Client o el inicio con código).
zoho-no-permission = Su usuario de Zoho no puede subir fotos a { $module }. Pida ese permiso a su administrador de Zoho.
zoho-cannot-perform = Su usuario de Zoho no puede cambiar el registro de { $module } { $id } (lo impiden su propietario, una regla de uso compartido o los permisos del diseño). Pregunte al propietario del registro o a su administrador de Zoho.
zoho-not-approved = El registro de { $module } { $id } está pendiente de aprobación en { $service }; se podrá añadir una foto cuando se apruebe. Apruébelo (o pídalo a quien aprueba) y vuelva a intentarlo.
zoho-not-reviewed = El registro de { $module } { $id } aún no se ha revisado en { $service } (los registros de formularios web o importaciones pueden necesitar revisión). Revíselo en Zoho y vuelva a intentarlo.
zoho-invalid-module = { $service } no acepta fotos para el módulo '{ $module }' ({ $said }). Use uno de { $help }.
zoho-attachment-refused = { $service } rechazó el adjunto ({ $said }). Un adjunto puede ser cualquier archivo salvo ejecutables, de hasta 100 MB.
zoho-file-refused = { $service } rechazó el archivo ({ $said }). { $rules }
zoho-file-type = { $service } no acepta este tipo de archivo ({ $said }). { $rules } Deje que PhotoDrop lo convierta (fit=auto) o guárdelo como JPEG.
zoho-no-record = No hay ningún registro de { $module } con el ID { $id } en { $service }. Compruebe el destino (busque el registro y copie su ID).
zoho-attachment-too-large = { $service } acepta adjuntos de hasta 100 MB; este archivo es mayor.
zoho-photo-too-large = { $service } acepta fotos de hasta 10 MB y 10 megapíxeles; esta es mayor. Redúzcala (o deje que PhotoDrop la ajuste) y vuelva a intentarlo.
zoho-photo-over-size = { $service } acepta fotos de hasta { $size }; esta es mayor. Redúzcala (o deje que PhotoDrop la ajuste) y vuelva a intentarlo.
zoho-photo-over-resolution = { $service } acepta fotos de hasta 10 megapíxeles; esta tiene { $megapixels }. Redúzcala (o deje que PhotoDrop la ajuste) y vuelva a intentarlo.
zoho-photo-over-resolution-unknown = { $service } acepta fotos de hasta 10 megapíxeles; esta tiene más. Redúzcala (o deje que PhotoDrop la ajuste) y vuelva a intentarlo.
zoho-record-locked = El registro de { $module } { $id } está bloqueado (p. ej. en un proceso de aprobación). Desbloquéelo en Zoho y vuelva a intentarlo.
zoho-bad-request = { $service } no reconoció la solicitud ({ $code }). Compruebe la opción de versión de la API del perfil (version={ $version }).
zoho-invalid-host = { $service } rechazó el host de la API. Compruebe el centro de datos del perfil (opción dc).
zoho-too-many-requests = { $service } pide ir más despacio (límite de API alcanzado); se espera antes de reintentar.
zoho-internal-error = { $service } tuvo un error interno; se reintentará más tarde. Si persiste, contacte con el soporte de Zoho.
zoho-said = { $message } Zoho dijo: { $code }.
zoho-said-words = { $message } Zoho dijo: { $code }: { $words }.

error-fit-off-hint = El ajuste está desactivado en este perfil (fit=refuse); actívelo con `--set fit=auto` o redimensione la foto usted mismo.
error-unsupported-format = { $path } es una imagen { $format }; { $service } solo acepta { $formats }. { $hint }
error-too-many-pixels = { $path } mide { $width }×{ $height }; { $service } acepta como máximo { $megapixels } megapíxeles. { $hint }
error-file-too-large = { $path } ocupa { $size }; { $service } acepta como máximo { $limit }. { $hint }
error-cannot-fit = No se pudo reducir { $path } lo suficiente para { $service }.
error-workdir = PhotoDrop no puede escribir su copia de trabajo en { $dir } ({ $reason }). Libere espacio en disco o compruebe los permisos de la carpeta.
error-too-large-to-decode = { $path } declara { $width }×{ $height } píxeles ({ $megapixels } megapíxeles), más de lo que PhotoDrop decodifica ({ $max } MP). Puede estar dañado o ser una bomba de descompresión.
error-file-too-large-to-decode = { $path } ocupa { $size }; PhotoDrop decodifica fotos de hasta { $max }.
error-decode-memory = { $path } necesita más memoria para decodificarse de la que PhotoDrop permite; puede ser una bomba de descompresión.
error-heic-unsupported = { $path }: esta versión de PhotoDrop no lee fotos HEIC; expórtela como JPEG.

error-no-home = No se encuentra la carpeta personal; defina { $var } con una carpeta con permiso de escritura.
error-data-dir = No se puede crear { $dir } ({ $reason }); defina PHOTODROP_CONFIG_DIR / PHOTODROP_DATA_DIR con una carpeta con permiso de escritura.
error-config-unreadable = No se puede leer { $file }: { $reason }
error-config-unwritable = No se puede escribir { $file }: { $reason }
error-bad-profiles-file = { $file } no es válido ({ $reason }). Corríjalo a mano o elimine el perfil dañado.
error-bad-policy = { $file } no es válido ({ $reason }); consulte al administrador que gestiona PhotoDrop aquí.
error-policy-no-user-profiles = Aquí los perfiles los configura su administrador ({ $file }); pídale que añada '{ $name }'.
error-policy-host = El perfil '{ $name }' enviaría a { $host }, que la directiva ({ $file }) no permite. Permitidos: { $allowed }.
error-declined = { $action }: cancelado, no se cambió nada.
error-profile-exists = Ya existe un perfil llamado '{ $name }'. Elimínelo primero o elija otro nombre.
error-profiles-exist = Ya existen perfiles llamados { $names }; no se importó nada. Importe con sustitución para sobrescribir sus ajustes (sus secretos se conservan).
error-import-unreadable = No se puede leer { $file }: { $reason }
error-import-empty = { $file } no contiene ningún perfil.
error-unknown-field = '{ $field }' no es una credencial de { $provider }. Campos: { $fields }.
error-empty-secret = No se dio ningún valor para { $field }; escríbalo por stdin.
error-unknown-provider = Servicio desconocido '{ $provider }'. Elija uno de: { $providers }.
error-secret-in-config = '{ $key }' es un secreto; nunca va en el archivo de perfiles: guárdelo en el llavero.
error-unknown-option = '{ $key }' no es una opción de { $provider }. Opciones: { $options }.
error-bad-option-choice = '{ $value }' no es un valor válido para { $key }. Elija uno de: { $choices }.
error-bad-option-number = '{ $value }' no es un valor válido para { $key }: indique { $what }.
whole-number-range = un número entero de { $min } a { $max }
whole-number-min = un número entero de al menos { $min }
error-bad-profile-name = '{ $name }' no es un nombre de perfil válido: use de 1 a 64 letras, dígitos, '-', '_' o '.'.
error-keyring = No se pudo { $op } un secreto en el llavero del sistema ({ $reason }). En un escritorio, desbloquee su llavero (GNOME Keyring / KWallet, Llavero de macOS, Administrador de credenciales de Windows) y vuelva a intentarlo; en un equipo sin escritorio, defina el secreto en el entorno como PHOTODROP_SECRET_<PROFILE>_<FIELD>.
error-credentials-other-host = El perfil '{ $profile }' apunta ahora a { $now }, pero su { $field } se introdujo para { $was }. PhotoDrop no envía un secreto a un host para el que no se introdujo. Si la nueva dirección es correcta, vuelva a introducir el secreto; si no, restaure el perfil.

error-upload-unconfirmed-stopped = PhotoDrop se detuvo mientras se enviaba { $file } a { $target }; puede que haya llegado. { $service } crea una imagen nueva en cada subida, así que no se volvió a enviar: compruébelo y reinténtelo si falta.
the-target = el destino
the-service-name = El servicio
error-no-target = { $file }: no hay registro de destino.
error-watched-file-refused = { $file }: no se subió, { $why }. No se envió nada.
keyring-op-open = abrir
keyring-op-read = leer
keyring-op-store = guardar
keyring-op-delete = eliminar

confirm-repoint-title = cambiar el servidor de un perfil
confirm-repoint =
    ¿Apuntar el perfil '{ $name }' a { $now }?

    Sus secretos se introdujeron para { $was }. PhotoDrop no los enviará a la nueva dirección: los introducirá de nuevo para ella.
confirm-repoint-yes = Cambiar de servidor
confirm-delete-after-title = eliminar después de subir
confirm-delete-after =
    ¿Eliminar cada foto de { $dir } una vez subida?

    PhotoDrop elimina un archivo solo cuando el servicio ha confirmado la subida, pero un archivo eliminado no va a la papelera.
confirm-delete-after-yes = Eliminar después de subir
confirm-large-tree-title = vigilar un árbol de carpetas grande
confirm-large-tree =
    { $dir } contiene más de { $count } archivos y carpetas. ¿Vigilarlo con todas sus subcarpetas?

    Se subirá cada foto que se encuentre en él.
confirm-large-tree-yes = Vigilarlo todo

chakra-what-upload = subir la foto
chakra-what-list = listar los procesos
chakra-what-config = leer la configuración
chakra-what-set = poner { $attribute } en el proceso { $process }
chakra-said = ChakraHQ dijo: { $message }.
chakra-401 = ChakraHQ rechazó el token de acceso.{ $said } Cree un token de acceso en Admin → API Keys e introdúzcalo como token del perfil.
chakra-403 = El rol de la clave de API de ChakraHQ no permite { $what }.{ $said } Dé ese permiso al rol de acceso de la clave.
chakra-404 = ChakraHQ no encontró qué { $what }.{ $said } Compruebe el destino (procedimiento, ID del proceso, atributo).
chakra-400 = ChakraHQ rechazó la solicitud ({ $what }).{ $said }
chakra-bad-target = '{ $target }' no tiene la forma PROCEDURE/PROCESS_ID/ATTRIBUTE (p. ej. lead/6570f1.../site_photo); deje el destino vacío para una foto suelta.
chakra-no-procedure = ChakraHQ no tiene el procedimiento '{ $procedure }'. Existentes: { $known }.
chakra-bad-field-target = '{ $target }' no tiene la forma PROCEDURE[ATTRIBUTE=VALUE]/PHOTO_ATTRIBUTE (p. ej. lead[customer_code=C-7]/site_photo).
chakra-no-attribute = El procedimiento de ChakraHQ '{ $procedure }' no tiene el atributo '{ $attribute }'. Sus atributos: { $attributes }.

capillary-said = Capillary dijo: { $message }.
capillary-400 = Capillary rechazó la subida (HTTP 400).{ $said } Compruebe el espacio de nombres y que el archivo sea una imagen válida.
capillary-401-basic = Capillary rechazó el usuario / contraseña de Till.{ $said } Vuelva a introducirlos (la autenticación Basic también puede estar desactivada para su organización).
capillary-401 = Capillary rechazó el token OAuth.{ $said } PhotoDrop genera uno nuevo una vez; si persiste, compruebe los permisos del cliente de API.
capillary-403 = El usuario de Capillary no puede usar el servicio de archivos.{ $said } Pida a su administrador el grupo de acceso predeterminado.
capillary-404 = Capillary no tiene ese espacio de nombres ni ese punto de acceso (HTTP 404).{ $said } Compruebe el espacio de nombres de destino y la opción cluster.
capillary-415 = Capillary no acepta este tipo de archivo (HTTP 415).{ $said }
capillary-busy = Capillary está ocupado (HTTP { $status }).{ $said } Se reintentará más tarde.
capillary-oauth-refused = Capillary rechazó la clave/secreto OAuth. Compruebe el cliente de API en InTouch (Org Settings → Authentication) e introduzca de nuevo su clave y su secreto.
capillary-not-confirmed = Capillary respondió sin confirmar la subida.
capillary-not-stored = Capillary respondió con éxito, pero { $problem }: la foto no llegó (guarda un marcador vacío cuando falta la parte del archivo). Compruebe la opción file_field del perfil (predeterminada 'file') y que ningún proxy reescriba las subidas, y vuelva a intentarlo; la siguiente subida sustituye al marcador.
capillary-no-size = no dijo cuántos bytes guardó
capillary-short = guardó { $stored } bytes de los { $sent } enviados
capillary-renamed = lo guardó como '{ $got }' en lugar de '{ $name }'
capillary-bad-host = { $option } '{ $value }' no es un host de Capillary: indique un clúster (eu, in, sg, us) o un nombre de host bajo { $domain } (p. ej. eucrm.cc.{ $domain }). Para una pasarela o un servidor de pruebas, defina en su lugar la URL base del perfil (--base-url).
capillary-bad-file-field = file_field debe ser un nombre de campo de formulario (letras, dígitos, _ y -), no '{ $value }'.
capillary-bad-namespace = '{ $namespace }' no es un espacio de nombres de Capillary (letras, dígitos, '-' y '_', p. ej. rewards).

questionpro-said = QuestionPro dijo: { $message }.
questionpro-auth = QuestionPro rechazó la clave de API.{ $said } Cópiela de nuevo desde Integration → Developer API e introdúzcala como api_key del perfil; compruebe también la opción datacenter.
questionpro-permission = La clave de API de QuestionPro no puede añadir imágenes para este usuario.{ $said } Pida permiso a su administrador de QuestionPro.
questionpro-no-user = QuestionPro no tiene ese usuario.{ $said } Compruebe el ID del usuario de destino.
questionpro-quota = Se agotó la cuota de llamadas a la API de esta licencia de QuestionPro.{ $said } Un administrador debe comprar más llamadas; no se subirá nada hasta entonces.
questionpro-rate = Se alcanzó el límite de QuestionPro (300 llamadas por minuto y clave).{ $said } Se espera antes de reintentar.
questionpro-rejected = QuestionPro rechazó la solicitud.{ $said }
questionpro-target-required = QuestionPro necesita un destino: --target USER_ID (el ID numérico del usuario de QuestionPro cuya biblioteca de imágenes recibe la foto).
questionpro-bad-target = '{ $target }' no es un ID de usuario de QuestionPro (un número como 1234567).
questionpro-no-image-id = QuestionPro respondió sin ID de imagen; puede que la imagen se haya añadido o no. Revise la biblioteca de imágenes del usuario antes de volver a subirla.

watch-rules-invalid = { $file } no es válido: { $reason }
watch-rules-unreadable = No se puede leer { $file }: { $reason }
watch-rule-managed = La regla de vigilancia '{ $name }' la define su administrador; no se puede cambiar ni quitar aquí.
watch-refused = PhotoDrop no vigilará { $dir }: { $why }. Cree una carpeta para las fotos que subir (por ejemplo la carpeta de salida de un escáner) y vigile esa.
watch-why-root = es la raíz de una unidad o del sistema de archivos
watch-why-home = es su carpeta personal (elija una carpeta dentro de ella)
watch-why-own = contiene los ajustes o datos de PhotoDrop
watch-why-system = es una carpeta del sistema
watch-why-shared = es una carpeta del sistema compartida por todos en este equipo
watch-why-homes = contiene la carpeta personal de cada usuario
watch-failed = No se puede vigilar { $dir } ({ $reason }).
watch-failed-limit = No se puede vigilar { $dir } ({ $reason }). Se alcanzó el límite del sistema de carpetas vigiladas: aumente fs.inotify.max_user_watches o vigile menos subcarpetas.
watch-no-record = { $file }: no se sabe a qué registro pertenece ({ $why }). Cambie el nombre del archivo para que encaje con la regla '{ $rule }' o corrija la plantilla de destino de la regla.
watch-not-uploaded = { $file } no se sube: { $why }.
watch-why-link = es un enlace simbólico (PhotoDrop solo sube archivos que están realmente en la carpeta vigilada, nunca aquello a lo que apunta un enlace)
watch-why-hard-link = es un enlace duro, otro nombre de un archivo que también existe en otro sitio (PhotoDrop solo sube archivos con un único nombre)
watch-why-special = no es un archivo normal
watch-dir-missing = { $dir } no es una carpeta. Créela o elija otra.
watch-rule-name = Dé un nombre a la regla.
chakra-not-attached = La foto { $photo } se subió pero no se vinculó al proceso { $procedure }/{ $process }: { $reason }

target-zoho-required = { $service } necesita un registro de destino: --target Módulo/IdRegistro (p. ej. { $help }).
target-zoho-bad = '{ $target }' no tiene la forma Módulo/IdRegistro (p. ej. { $help }).
target-zoho-bad-id = '{ $id }' no es un ID de registro de Zoho: los ID de registro son números largos como 3000000038009.
target-zoho-bad-link = '{ $target }' no parece la dirección de un registro de { $service }. Abra el registro en Zoho y copie la barra de direcciones, o escriba Módulo/IdRegistro (p. ej. { $help }).
target-zoho-crm-module = '{ $module }' no es el nombre de API de un módulo de Zoho CRM (p. ej. Leads, Contacts, Accounts).
target-zoho-bigin-module = Zoho Bigin solo acepta fotos en Contacts, Companies (Accounts) y Products, no en '{ $module }'.
target-zoho-field-rest = '{ $target }': tras los corchetes solo puede ir /Attachments (si no, la foto del registro).
target-zoho-field-unsearchable = { $service } no puede buscar { $module } por '{ $field }' ({ $reason }). Use el nombre de API del campo tal como lo muestra Zoho en Configuración > Developer Space > APIs, para un campo que se pueda buscar.
target-by-field-bad = '{ $target }' no es un destino por campo: { $why }. Escriba MÓDULO[CAMPO=VALOR] (p. ej. Contacts[Email=ada@example.com] o Products[Product_Code=SKU-1001]).
target-why-no-close = falta el ']' de cierre
target-why-no-equals = falta un '=' entre el campo y su valor
target-why-empty = el valor está vacío
target-why-too-long = el valor es demasiado largo o contiene caracteres de control
target-why-rest = tras el ']' de cierre solo puede ir '/…'
target-field-unsupported = { $service } no puede encontrar un registro por el valor de un campo; indique el destino en sí ({ $help }).
target-search-unsupported = { $service } no tiene búsqueda de registros; escriba el ID del destino.
target-choose-field = Elija un módulo y un campo.
target-bad-pattern = '{ $pattern }' no es un patrón válido: { $reason }
target-not-by-field = '{ $target }' no es un destino por campo (MÓDULO[CAMPO=VALOR]).

signin-expired = El código de inicio de sesión de Zoho caducó antes de aprobarse. Vuelva a empezar.
signin-cancelled = Se canceló el inicio de sesión en Zoho.
signin-unknown-dc = Su cuenta de Zoho está en el centro de datos '{ $dc }', que PhotoDrop aún no conoce.
signin-other-dc = Su cuenta de Zoho está en el centro de datos '{ $dc }' ({ $host }). Allí Zoho da a su cliente un secreto distinto, y PhotoDrop no envía el secreto de un centro de datos a otro. En la consola de API de Zoho abra el cliente → Settings → Multi-DC, active '{ $dc }' y copie su secreto; luego ponga '{ $dc }' como centro de datos del perfil, introduzca ese secreto como client_secret y vuelva a iniciar sesión.
signin-denied = El inicio de sesión en Zoho se rechazó en el navegador. Vuelva a empezar y pulse «Accept».
signin-refused = Zoho rechazó el inicio de sesión con código ({ $reason }). Compruebe el ID y el secreto del cliente (un cliente «Non-browser Applications») y el centro de datos.
signin-no-refresh = Zoho aprobó el inicio de sesión pero no envió token de actualización. Vuelva a empezar.
signin-grant-no-refresh = Zoho devolvió un token de acceso pero ningún token de actualización. Genere de nuevo el código de concesión (Self Client, con acceso sin conexión) y vuelva a intentarlo.
signin-invalid-client = Zoho no conoce este ID de cliente para el inicio de sesión con código. En la consola de API cree un cliente de tipo «Non-browser Applications» y guarde su ID y su secreto.
signin-start-refused = Zoho se negó a iniciar el inicio de sesión con código ({ $reason }). Compruebe el ID de cliente y el centro de datos.

manifest-unreadable = No se puede leer el manifiesto { $file }: { $reason }.
manifest-invalid = { $file }: { $why }. La primera línea debe nombrar las columnas, entre ellas `file` y `target` (p. ej. `file,target`).
manifest-row-invalid = { $file }, línea { $line }: { $why }; no se envía nada para esta fila.
error-bad-url = '{ $url }' no es una URL válida ({ $reason }); escríbala como https://host[:puerto].
error-unsafe-link = PhotoDrop no abrirá este enlace: { $why }. Abra el registro en la página web del servicio.
link-why-not-web = no es una dirección web
link-why-no-host = no nombra ningún servidor web
link-why-credentials = lleva un nombre de usuario o una contraseña
link-why-http = no está cifrado (http)
error-insecure-url = Se rechaza http sin cifrar hacia { $host }: las credenciales y las fotos viajarían sin cifrar. Use https (http solo se permite hacia localhost).
error-url-scheme = Esquema de URL no admitido '{ $scheme }'; use https.
error-queue-db = Falló la base de datos de la cola de subidas ({ $reason }). Si persiste, compruebe que quede espacio en el disco.
error-queue-open = No se puede abrir la cola de subidas { $file } ({ $reason }).
error-queue-newer = La cola de subidas { $file } la escribió un PhotoDrop más reciente; actualice PhotoDrop.
target-why-module = falta el módulo antes de '[' o tiene caracteres que un nombre de módulo no puede tener
target-why-field = falta el nombre del campo o tiene caracteres que el nombre de API de un campo no puede tener
link-why-scheme = '{ $scheme }:' no es una dirección web

error-internal = PhotoDrop encontró algo inesperado: { $detail }. Vuelva a intentarlo; si se repite, infórmelo con este mensaje.
error-io = Falló una operación con un archivo: { $reason }. Compruebe el disco y los permisos de la carpeta.

## Sign-in, pasting, thumbnails and history filters

history-bad-state = Estado desconocido '{ $state }': done, duplicate, failed o needs-attention.
history-export-failed = No se pudo escribir { $file }: { $reason }. Elija otro lugar.
paste-too-large = La imagen pegada ocupa { $size }; PhotoDrop acepta imágenes pegadas de hasta { $max }. Guárdela como archivo y suelte el archivo.
paste-not-image = El portapapeles no contiene una foto que PhotoDrop pueda leer (JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC).
signin-no-flow = El perfil '{ $profile }' es de { $provider }, que no tiene inicio de sesión: configure sus credenciales.
signin-not-started = No hay ningún inicio de sesión en curso para este perfil; inicie uno primero.
thumb-bad-size = El tamaño de la miniatura debe estar entre 1 y 4096 píxeles.
thumb-bad-format = No se pueden escribir miniaturas .{ $ext }; use .jpg, .png, .webp, .bmp, .tiff o .gif.
zoho-dc-hint = Compruebe que el centro de datos del perfil (opción dc) coincide con el de la cuenta.
zoho-token-invalid-code = Zoho rechazó el token de actualización o el código de concesión (caducado, revocado o ya usado). Inicie sesión de nuevo (un nuevo código de Self Client o el inicio de sesión por dispositivo). { zoho-dc-hint }
zoho-token-invalid-client = Zoho no reconoce el id / secreto de cliente. Cópielos de nuevo desde la consola de API e introdúzcalos. { zoho-dc-hint }
zoho-token-rate-limit = Zoho bloqueó nuevos tokens de acceso para este token de actualización (más de 10 solicitudes en 10 minutos). Espere hasta 10 minutos; PhotoDrop reutiliza los tokens para evitarlo.
zoho-token-refused = Zoho rechazó la solicitud de token ({ $reason }). { zoho-dc-hint }
keyring-macos = el Llavero de macOS
keyring-windows = el Administrador de credenciales de Windows
keyring-secret-service = el llavero del sistema (Secret Service)
prepared-unchanged = sin cambios

## Checking a profile (`profile test`, the app's Test button)

verify-chakrahq = Conectado a ChakraHQ; el token de acceso funciona.
verify-questionpro = Conectado a QuestionPro; la clave de API funciona.
verify-capillary-basic = Las credenciales Basic de Capillary están guardadas; se comprueban en la primera subida a { $host }.
verify-capillary-oauth = La clave y el secreto OAuth de Capillary funcionan (se emitió un token).
verify-zoho = Conectado a { $service } (API en { $api }).

## An upload whose answer was lost, and giving up

error-upload-unconfirmed = { $file } se envió completo, pero { $service } no lo confirmó ({ $reason }). { $service } crea una imagen nueva en cada subida, así que PhotoDrop no lo repitió: compruebe si llegó antes de subirlo de nuevo.
error-still-refused = { $message } (Sigue rechazado tras obtener un token nuevo: vuelva a conectar la cuenta.)
error-looked-unclear = { $message } PhotoDrop lo buscó, pero { $why }.
error-could-not-look = { $message } PhotoDrop no pudo buscarlo ({ $reason }).
error-gave-up = { $message } (Se abandonó tras { $attempts } intentos durante { $hours ->
    [0] { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }
   *[other] { $hours } horas
}.)
lookup-photo-slot = el espacio de la foto no tiene nada que listar
lookup-zoho-too-many = el registro tiene más de 4000 adjuntos y ninguno de los primeros 4000 es { $file } ({ $size })
lookup-questionpro = el usuario { $user } tiene { $count ->
    [one] una imagen
   *[other] { $count } imágenes
} de unos { $size } y la lista de QuestionPro no dice de qué archivo es cada una, así que PhotoDrop no puede saber si una de ellas es { $file }
lookup-none = { $service } no ofrece forma de listar lo subido
no-reason-recorded = no se registró ningún motivo

## The note left beside a watched file that failed (<file>.reason.txt)

reason-file-what = PhotoDrop no pudo subir { $file } (perfil { $profile }, destino { $target }) el { $when }.
reason-file-why = Motivo ({ $code }): { $message }
reason-file-todo = Para intentarlo de nuevo, corrija lo que dice el motivo y pulse Reintentar en esta tarea ({ $job }) en el historial de PhotoDrop (o ejecute `photodrop retry { $job }`), o vuelva a poner el archivo en la carpeta vigilada.

## Why a row, a file or a watched file has no target

manifest-why-columns = sus columnas son { $columns }
manifest-why-unreadable = no se puede leer ({ $reason })
manifest-why-no-file = sin archivo
manifest-why-no-target = sin destino para { $file }
match-why-pattern = el nombre no coincide con '{ $pattern }'
match-why-no-folder = no está en ninguna carpeta
match-why-empty-name = el nombre está vacío
preview-no-record = ningún registro tiene este valor
preview-many = { $count } registros coinciden: elija un campo más específico
preview-more-than = más de { $count } registros coinciden: elija un campo más específico
after-not-inside = { $file } no está dentro de la carpeta vigilada { $dir }
after-replaced = { $file } fue sustituido por un enlace o una carpeta
after-changed = { $file } cambió después de ponerse en cola
after-swapped = { $file } ya no es el archivo que se subió (otro archivo tomó su nombre)
watch-why-changed = cambió después de ponerse en cola (PhotoDrop envía un archivo vigilado solo tal como era cuando estaba completo); póngalo de nuevo en la carpeta
template-bad-pattern = El patrón de nombre de archivo '{ $pattern }' no es una expresión regular válida: { $reason }
template-unclosed = La plantilla de destino '{ $template }' tiene una '{ "{" }' sin su '{ "}" }'.
template-bad-inline = '{ $regex }' en la plantilla de destino no es una expresión regular válida: { $reason }
template-needs-pattern = La plantilla de destino usa { $placeholder }, que necesita un patrón de nombre de archivo (--pattern REGEX) cuyo grupo nombra; los marcadores conocidos son { $known }.
template-no-capture = El patrón de nombre de archivo '{ $pattern }' no tiene el grupo { $placeholder }.
template-why-no-target = la regla no tiene destino
template-why-no-folder = { $file } no está en una subcarpeta, y la plantilla '{ $template }' necesita una
template-why-no-match = el nombre de archivo '{ $file }' no coincide con el patrón '{ $pattern }'
template-why-empty-capture = el patrón '{ $pattern }' no capturó nada para { $placeholder } en '{ $file }'
template-why-empty = la plantilla '{ $template }' da un destino vacío para { $file }

## What a file that is not a photo looks like, and other reasons

other-empty = un archivo vacío
other-pdf = un documento PDF
other-zip = un archivo ZIP (o un documento de Office)
other-iso-media = un vídeo u otro archivo multimedia ISO
other-gzip = un archivo gzip
other-xml = un documento XML/SVG (las imágenes vectoriales no se admiten)
other-program = un programa
other-riff = un archivo multimedia RIFF (audio o vídeo)
other-html = una página HTML
other-text = un archivo de texto
other-unknown = no es una imagen que PhotoDrop reconozca
damaged-no-pixels = dice no tener píxeles
damaged-decoder-gave-up = el decodificador se rindió
damaged-heic-planes = el decodificador HEIC no devolvió una imagen utilizable
io-changed-while-read = el archivo cambió mientras se leía
io-grew-while-sent = el archivo creció mientras se subía
io-shrank-while-sent = el archivo se redujo mientras se subía
policy-privacy-strip-only = privacy solo puede ser "strip"
policy-the-system = la directiva del sistema
capillary-or-oauth = { $message } (O use OAuth: guarde oauth_key y oauth_secret.)
