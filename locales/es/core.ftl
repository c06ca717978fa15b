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
