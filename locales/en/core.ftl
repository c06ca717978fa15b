# PhotoDrop core messages: errors (built from the error's code and
# parameters), sizes and dates. Keys are stable; codes stay in English in
# --json output, only the text follows the language.

## How numbers, sizes and dates are written

number-decimal-separator = .
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
# The year, month, day, hour and minute come as digits ("2026", "12", "02", "09", "05").
datetime = { $year }-{ $month }-{ $day } { $hour }:{ $minute }

## Files

error-file-not-found = { $path }: no such file. Check the path (it may have been moved or renamed).
error-file-permission = { $path }: permission denied. Give your user read access to the file.
error-file-unreadable = { $path }: cannot read ({ $reason }). Check the file's permissions.
error-is-a-directory = { $path } is a folder, not a photo. Pass the image files inside it.
error-not-a-file = { $path } is not a regular file.
error-not-an-image = { $path } is { $what }, not a photo (JPEG, PNG, GIF, BMP, WebP, TIFF or HEIC). Nothing was sent.
error-damaged-image = { $path } could not be decoded ({ $reason }). The file may be damaged or incomplete; open it in an image viewer or export it again.

## Profiles and credentials

error-unknown-profile = No profile named “{ $name }”.
error-unknown-profile-known = No profile named “{ $name }”. Known profiles: { $known }.
error-profile-managed = Profile “{ $name }” is managed by your administrator ({ $file }); you can store its secrets, not change or remove it.
error-credential-missing = Profile “{ $profile }” has no { $fields } stored. (A headless machine without a keyring can set { $envs } instead.)

## The network

error-timeout = The request to { $provider } timed out ({ $detail }). Check the network; PhotoDrop retries automatically.
error-connect-failed = Could not connect to { $provider } ({ $detail }). Check the network; PhotoDrop retries automatically.
error-network = Lost the connection to { $provider } ({ $detail }). Check the network; PhotoDrop retries automatically.

## Records found by a field

error-record-not-found = { $file }: { $service } has no { $record }. Nothing was sent; check the value, or create the record and try again.
error-record-ambiguous = { $more ->
    [yes] { $file }: more than { $count } { $record } match ({ $list }). Nothing was sent; choose one.
   *[no] { $file }: { $count } { $record } match ({ $list }). Nothing was sent; choose one.
}
# A record described by one of its fields, e.g. “Leads whose Email is 'ann@example.com'”.
record-where = { $kind } whose { $field } is '{ $value }'
record-no-name = no name

## Profile options, as the app's forms show them

option-fit = Fit photos to the destination
option-fit-help = auto: convert photos the destination would refuse (too big, too many pixels, wrong format); refuse: fail with a message instead
option-fit-auto = Convert photos the service would refuse (size, pixels, format)
option-fit-refuse = Refuse them with a message
option-privacy = Privacy
option-privacy-help = strip: remove GPS location and camera serial numbers before upload; keep: send metadata as is
option-privacy-strip = Remove GPS location and camera serial numbers
option-privacy-keep = Send metadata as it is
option-duplicates = Duplicates
option-duplicates-help = skip: a photo whose content is already attached to the same target is reported, not sent again; allow: send it anyway
option-duplicates-skip = Skip photos already attached to the same record
option-duplicates-allow = Upload them again
option-concurrency = Uploads at once
option-concurrency-help = uploads in flight at once for this profile (at least 1; capped by the service's own limit)
option-dc = Data centre
option-version = API version
option-cluster = Cluster
option-namespace = Namespace
option-auth = Sign-in method
option-oauth_host = OAuth host
option-oauth_header = OAuth header
option-file_field = File field name
option-restrict_triggers = Skip workflow rules
option-dc-help-zoho = Data centre of the Zoho account
option-dc-help-questionpro = Data centre of the account
option-concurrency-help-zoho = Parallel uploads for this org: Zoho allows 5 (Free), 10 (Standard), 15 (Professional), 20 (Enterprise), 25 (Ultimate)
option-version-help-zoho-crm = API version: v2 as in Zoho's original document, v8 is current (adds Deals and RECORD_LOCKED)
option-version-help-zoho-bigin = API version: v1 as in Bigin's original document, v2 is current
option-restrict_triggers-help = Set to 'workflow' so uploading a photo does not fire workflow rules
option-cluster-help = Cluster: eu, in, sg, us, or the file-service host name (e.g. eucrm.cc.capillarytech.com)
option-namespace-help = Default namespace when no target is given
option-auth-help = basic or oauth (default: whichever credentials are stored, basic first)
option-oauth_host-help = Host for OAuth token calls (default: the cluster's API host)
option-oauth_header-help = Header carrying the OAuth token
option-file_field-help = Multipart field carrying the photo (Capillary's document does not name it)

## How each destination is described in the app (its own words are the fallback)

provider-zoho-crm-target-help = Leads/3000000038009 (modules: Leads, Contacts, Accounts, Products, Vendors, Deals from v5, custom modules)
provider-zoho-bigin-target-help = Contacts/3000000038009 (modules: Contacts, Companies = Accounts, Products)
provider-chakrahq-target-help = none for a free photo, or PROCEDURE/PROCESS_ID/ATTRIBUTE to set a process's photo attribute
provider-capillary-target-help = a file-service namespace, e.g. rewards (the default)
provider-questionpro-target-help = a QuestionPro user id, e.g. 1234567
provider-zoho-crm-kind-label = Module
provider-zoho-crm-item-label = Record
provider-zoho-crm-search-placeholder = Find a record by name, e-mail or phone
provider-zoho-bigin-kind-label = Module
provider-zoho-bigin-item-label = Record
provider-zoho-bigin-search-placeholder = Find a record by name, e-mail or phone
provider-chakrahq-kind-label = Procedure
provider-chakrahq-item-label = Process
provider-chakrahq-search-placeholder = Find a process by name
provider-zoho-crm-sign-in = In the Zoho API console (api-console.zoho.com) create a Self Client (or a Non-browser Applications client) and copy its client id and secret below. Give it these scopes (photos, attachments, record search):
provider-zoho-bigin-sign-in = In the Zoho API console (api-console.zoho.com) create a Self Client (or a Non-browser Applications client) and copy its client id and secret below. Give it these scopes (photos, attachments, record search):

## Credential fields, as the profile form describes them

field-client_id = Client ID from the Zoho API console (Self Client)
field-client_secret = Client secret from the Zoho API console
field-refresh_token = Refresh token (or sign in: a grant code or the device flow fills it)
field-access_token = A raw access token instead of the three above (expires within an hour)
field-token = Access token of a ChakraHQ API key (admin → API Keys)
field-api_key = API key (Integration → Developer API → Get API Key)
field-username = Till user name (Basic authentication)
field-password = Till password (sent only as its MD5, as Capillary requires)
field-oauth_key = OAuth client key (InTouch → Org Settings → API client)
field-oauth_secret = OAuth client secret

## Answers of a service, whatever the service (the status code's usual meaning)

error-http-401 = { $service } refused the credentials (HTTP 401). Check the stored credential.
error-http-403 = { $service } denied access (HTTP 403). Ask your administrator for permission.
error-http-404 = { $service } could not find the target (HTTP 404). Check the target.
error-http-408 = { $service } timed out (HTTP 408); retrying.
error-http-409 = { $service } reported a conflict (HTTP 409).
error-http-413 = { $service } says the file is too large (HTTP 413). Use a smaller photo.
error-http-415 = { $service } does not accept this file type (HTTP 415). Convert it to JPEG or PNG.
error-http-429 = { $service } asks to slow down (HTTP 429); waiting before retrying.
error-http-5xx = { $service } had a server error (HTTP { $status }); retrying later.
error-http-other = { $service } rejected the request (HTTP { $status }).

## Zoho CRM and Bigin

zoho-photo-rules = It accepts PNG, JPEG, GIF and BMP photos up to 10 MB and 10 megapixels.
zoho-invalid-token = { $service } says the access token is invalid or expired. Refreshing it; if this persists, sign in again.
zoho-scope-mismatch = The Zoho connection lacks the scope { $scope }.modules.{ $module }.CREATE (or { $scope }.modules.ALL). Sign in again, granting that scope (a new Self Client grant code, or the device flow).
zoho-scope-mismatch-attach = The Zoho connection lacks the scope { $scope }.modules.{ $module }.CREATE (or { $scope }.modules.ALL) and { $scope }.modules.attachments.CREATE. Sign in again, granting that scope (a new Self Client grant code, or the device flow).
zoho-no-permission = Your Zoho user is not allowed to upload photos to { $module }. Ask your Zoho administrator for that permission.
zoho-cannot-perform = Your Zoho user may not change the { $module } record { $id } (its owner, a sharing rule or the layout's permissions stop it). Ask the record's owner or your Zoho administrator.
zoho-not-approved = The { $module } record { $id } is waiting for approval in { $service }; a photo can be added once it is approved. Approve it (or ask the approver), then retry.
zoho-not-reviewed = The { $module } record { $id } has not been reviewed yet in { $service } (records from web forms or imports may need review). Review it in Zoho, then retry.
zoho-invalid-module = { $service } does not accept photos for the module '{ $module }' ({ $said }). Use one of { $help }.
zoho-attachment-refused = { $service } refused the attachment ({ $said }). Attachments can be any file but executables, up to 100 MB.
zoho-file-refused = { $service } refused the file ({ $said }). { $rules }
zoho-file-type = { $service } does not accept this file type ({ $said }). { $rules } Let PhotoDrop convert it (fit=auto) or save it as JPEG.
zoho-no-record = There is no { $module } record with id { $id } in { $service }. Check the target (search for the record and copy its id).
zoho-attachment-too-large = { $service } accepts attachments up to 100 MB; this file is larger.
zoho-photo-too-large = { $service } accepts photos up to 10 MB and 10 megapixels; this one is larger. Resize it (or let PhotoDrop fit it) and retry.
zoho-photo-over-size = { $service } accepts photos up to { $size }; this one is larger. Resize it (or let PhotoDrop fit it) and retry.
zoho-photo-over-resolution = { $service } accepts photos up to 10 megapixels; this one has { $megapixels } megapixels. Resize it (or let PhotoDrop fit it) and retry.
zoho-photo-over-resolution-unknown = { $service } accepts photos up to 10 megapixels; this one has more. Resize it (or let PhotoDrop fit it) and retry.
zoho-record-locked = The { $module } record { $id } is locked (e.g. in an approval process). Unlock it in Zoho, then retry.
zoho-bad-request = { $service } did not recognise the request ({ $code }). Check the profile's API version option (version={ $version }).
zoho-invalid-host = { $service } rejected the API host. Check the profile's data centre (dc option).
zoho-too-many-requests = { $service } asks to slow down (API limit reached); waiting before retrying.
zoho-internal-error = { $service } had an internal error; retrying later. If it persists, contact Zoho support.
zoho-said = { $message } Zoho said: { $code }.
zoho-said-words = { $message } Zoho said: { $code }: { $words }.

## Preparing a photo for its destination

error-fit-off-hint = Fitting is off for this profile (fit=refuse); turn it on with `--set fit=auto` or resize the photo yourself.
error-unsupported-format = { $path } is a { $format } image; { $service } accepts only { $formats }. { $hint }
error-too-many-pixels = { $path } is { $width }×{ $height }; { $service } accepts at most { $megapixels } megapixels. { $hint }
error-file-too-large = { $path } is { $size }; { $service } accepts at most { $limit }. { $hint }
error-cannot-fit = { $path } could not be made small enough for { $service }.
error-workdir = Cannot write PhotoDrop's working copy in { $dir } ({ $reason }). Free some disk space or check the folder's permissions.
error-too-large-to-decode = { $path } claims to be { $width }×{ $height } pixels ({ $megapixels } megapixels), more than PhotoDrop will decode ({ $max } MP). It may be damaged or a decompression bomb.
error-file-too-large-to-decode = { $path } is { $size }; PhotoDrop decodes photos up to { $max }.
error-decode-memory = { $path } needs more memory to decode than PhotoDrop allows; it may be a decompression bomb.
error-heic-unsupported = { $path }: this build of PhotoDrop cannot read HEIC photos; export it as JPEG.

## Profiles, settings and the keyring

error-no-home = Cannot find a home directory; set { $var } to a writable folder.
error-data-dir = Cannot create { $dir } ({ $reason }); set PHOTODROP_CONFIG_DIR / PHOTODROP_DATA_DIR to a writable folder.
error-config-unreadable = Cannot read { $file }: { $reason }
error-config-unwritable = Cannot write { $file }: { $reason }
error-bad-profiles-file = { $file } is not valid ({ $reason }). Fix it by hand or remove the broken profile.
error-bad-policy = { $file } is not valid ({ $reason }); ask the administrator who manages PhotoDrop here.
error-policy-no-user-profiles = Profiles are set up by your administrator here ({ $file }); ask them to add '{ $name }'.
error-policy-host = Profile '{ $name }' would send to { $host }, which the policy ({ $file }) does not allow. Allowed: { $allowed }.
error-declined = { $action }: cancelled, nothing was changed.
error-profile-exists = A profile named '{ $name }' already exists. Remove it first or pick another name.
error-profiles-exist = Profiles named { $names } already exist; nothing was imported. Import with replace to overwrite their settings (their secrets are kept).
error-import-unreadable = Cannot read { $file }: { $reason }
error-import-empty = { $file } holds no profile.
error-unknown-field = '{ $field }' is not a credential of { $provider }. Fields: { $fields }.
error-empty-secret = No value was given for { $field }; type it on stdin.
error-unknown-provider = Unknown provider '{ $provider }'. Choose one of: { $providers }.
error-secret-in-config = '{ $key }' is a secret; it never goes into the profile file: store it in the keyring.
error-unknown-option = '{ $key }' is not an option of { $provider }. Options: { $options }.
error-bad-option-choice = '{ $value }' is not a valid value for { $key }. Choose one of: { $choices }.
error-bad-option-number = '{ $value }' is not a valid value for { $key }: give { $what }.
whole-number-range = a whole number from { $min } to { $max }
whole-number-min = a whole number of at least { $min }
error-bad-profile-name = '{ $name }' is not a valid profile name: use 1–64 letters, digits, '-', '_' or '.'.
error-keyring = Could not { $op } a secret in the OS keyring ({ $reason }). On a desktop, unlock your keyring (GNOME Keyring / KWallet, macOS Keychain, Windows Credential Manager) and try again; on a headless machine set the secret in the environment as PHOTODROP_SECRET_<PROFILE>_<FIELD>.
error-credentials-other-host = Profile '{ $profile }' now points at { $now }, but its { $field } was entered for { $was }. PhotoDrop does not send a secret to a host it was not entered for. If the new address is right, enter the secret again for it; otherwise change the profile back.

## The queue

error-upload-unconfirmed-stopped = PhotoDrop stopped while { $file } was being sent to { $target }; it may have arrived. { $service } creates a new image on every upload, so it was not sent again: check, then retry it if it is missing.
the-target = the target
the-service-name = The service
error-no-target = { $file }: no target record.
error-watched-file-refused = { $file }: not uploaded, { $why }. Nothing was sent.
keyring-op-open = open
keyring-op-read = read
keyring-op-store = store
keyring-op-delete = delete

## Questions asked before a change (a native dialog in the app)

confirm-repoint-title = change a profile's server
confirm-repoint =
    Point the profile '{ $name }' at { $now }?

    Its secrets were entered for { $was }. PhotoDrop will not send them to the new address: you will enter them again for it.
confirm-repoint-yes = Change server
confirm-delete-after-title = delete after upload
confirm-delete-after =
    Delete each photo from { $dir } once it is uploaded?

    PhotoDrop deletes a file only after the service confirmed its upload, but a deleted file is not in the Trash.
confirm-delete-after-yes = Delete after upload
confirm-large-tree-title = watch a large folder tree
confirm-large-tree =
    { $dir } holds more than { $count } files and folders. Watch it with all its sub-folders?

    Every photo found in it will be uploaded.
confirm-large-tree-yes = Watch all of it

## ChakraHQ

chakra-what-upload = upload the photo
chakra-what-list = list processes
chakra-what-config = read the configuration
chakra-what-set = set { $attribute } on process { $process }
chakra-said = ChakraHQ said: { $message }.
chakra-401 = ChakraHQ refused the access token.{ $said } Create an access token under Admin → API Keys and enter it as the profile's token.
chakra-403 = The ChakraHQ API key's role may not { $what }.{ $said } Give the key's access role that permission.
chakra-404 = ChakraHQ could not find what to { $what }.{ $said } Check the target (procedure, process id, attribute).
chakra-400 = ChakraHQ rejected the request to { $what }.{ $said }
chakra-bad-target = '{ $target }' is not PROCEDURE/PROCESS_ID/ATTRIBUTE (e.g. lead/6570f1.../site_photo); leave the target out for a free photo.
chakra-no-procedure = ChakraHQ has no procedure '{ $procedure }'. Known: { $known }.
chakra-bad-field-target = '{ $target }' is not PROCEDURE[ATTRIBUTE=VALUE]/PHOTO_ATTRIBUTE (e.g. lead[customer_code=C-7]/site_photo).
chakra-no-attribute = ChakraHQ's procedure '{ $procedure }' has no attribute '{ $attribute }'. Its attributes: { $attributes }.

## Capillary

capillary-said = Capillary said: { $message }.
capillary-400 = Capillary rejected the upload (HTTP 400).{ $said } Check the namespace and that the file is a valid image.
capillary-401-basic = Capillary refused the till user name / password.{ $said } Enter them again (Basic authentication may also be disabled for your org).
capillary-401 = Capillary refused the OAuth token.{ $said } PhotoDrop generates a new one once; if this persists, check the API client's permissions.
capillary-403 = The Capillary user may not use the file service.{ $said } Ask your admin for the default access group.
capillary-404 = Capillary has no such namespace or endpoint (HTTP 404).{ $said } Check the target namespace and the cluster option.
capillary-415 = Capillary does not accept this file type (HTTP 415).{ $said }
capillary-busy = Capillary is busy (HTTP { $status }).{ $said } Retrying later.
capillary-oauth-refused = Capillary refused the OAuth key/secret. Check the API client in InTouch (Org Settings → Authentication) and enter its key and secret again.
capillary-not-confirmed = Capillary answered without confirming the upload.
capillary-not-stored = Capillary answered success but { $problem }: the photo did not arrive (it keeps an empty placeholder when the file part is missing). Check the profile's file_field option (default 'file') and that no proxy rewrites uploads, then retry; the next upload replaces the placeholder.
capillary-no-size = did not say how many bytes it stored
capillary-short = stored { $stored } bytes of the { $sent } sent
capillary-renamed = stored it as '{ $got }' instead of '{ $name }'
capillary-bad-host = { $option } '{ $value }' is not a Capillary host: give a cluster (eu, in, sg, us) or a host name under { $domain } (e.g. eucrm.cc.{ $domain }). To use a gateway or a test server, set the profile's base URL (--base-url) instead.
capillary-bad-file-field = file_field must be a form field name (letters, digits, _ and -), not '{ $value }'.
capillary-bad-namespace = '{ $namespace }' is not a Capillary namespace (letters, digits, '-' and '_', e.g. rewards).

## QuestionPro

questionpro-said = QuestionPro said: { $message }.
questionpro-auth = QuestionPro refused the API key.{ $said } Copy it again from Integration → Developer API and enter it as the profile's api_key; also check the datacenter option.
questionpro-permission = The QuestionPro API key may not add images for this user.{ $said } Ask your QuestionPro admin for permission.
questionpro-no-user = QuestionPro has no such user.{ $said } Check the target user id.
questionpro-quota = The QuestionPro API call allowance of this licence is used up.{ $said } An admin must buy more calls; nothing will upload until then.
questionpro-rate = QuestionPro's rate limit (300 calls a minute per key) was hit.{ $said } Waiting before retrying.
questionpro-rejected = QuestionPro rejected the request.{ $said }
questionpro-target-required = QuestionPro needs a target: --target USER_ID (the numeric id of the QuestionPro user whose image library receives the photo).
questionpro-bad-target = '{ $target }' is not a QuestionPro user id (a number such as 1234567).
questionpro-no-image-id = QuestionPro answered without an image id; the image may or may not have been added. Check the user's image library before uploading again.

## Watched folders

watch-rules-invalid = { $file } is not valid: { $reason }
watch-rules-unreadable = Cannot read { $file }: { $reason }
watch-rule-managed = The watch rule '{ $name }' is set by your administrator; it cannot be changed or removed here.
watch-refused = PhotoDrop will not watch { $dir }: { $why }. Make a folder for the photos to upload (for example a scanner's output folder) and watch that.
watch-why-root = it is the root of a drive or of the file system
watch-why-home = it is your home folder (pick a folder inside it)
watch-why-own = it holds PhotoDrop's own settings or data
watch-why-system = it is a system folder
watch-why-shared = it is a system folder shared by everybody on this computer
watch-why-homes = it holds every user's home folder
watch-failed = Cannot watch { $dir } ({ $reason }).
watch-failed-limit = Cannot watch { $dir } ({ $reason }). The system's limit on watched folders is reached: raise fs.inotify.max_user_watches, or watch fewer sub-folders.
watch-no-record = { $file }: cannot tell which record it belongs to ({ $why }). Rename the file to match the rule '{ $rule }' or fix the rule's target template.
watch-not-uploaded = { $file } is not uploaded: { $why }.
watch-why-link = it is a symbolic link (PhotoDrop uploads only files that are really in the watched folder, never what a link points at)
watch-why-hard-link = it is a hard link, another name for a file that also exists elsewhere (PhotoDrop uploads only files with a single name)
watch-why-special = it is not a regular file
watch-dir-missing = { $dir } is not a folder. Create it or pick another one.
watch-rule-name = Give the rule a name.
chakra-not-attached = Photo { $photo } was uploaded but not attached to process { $procedure }/{ $process }: { $reason }

## Targets

target-zoho-required = { $service } needs a target record: --target Module/RecordId (e.g. { $help }).
target-zoho-bad = '{ $target }' is not Module/RecordId (e.g. { $help }).
target-zoho-bad-id = '{ $id }' is not a Zoho record id: record ids are long numbers such as 3000000038009.
target-zoho-bad-link = '{ $target }' does not look like a { $service } record address. Open the record in Zoho and copy the address bar, or type Module/RecordId (e.g. { $help }).
target-zoho-crm-module = '{ $module }' is not a Zoho CRM module API name (e.g. Leads, Contacts, Accounts).
target-zoho-bigin-module = Zoho Bigin takes photos only on Contacts, Companies (Accounts) and Products, not '{ $module }'.
target-zoho-field-rest = '{ $target }': after the brackets only /Attachments may follow (the record's photo otherwise).
target-zoho-field-unsearchable = { $service } cannot look up { $module } by '{ $field }' ({ $reason }). Use the field's API name as Zoho's Settings > Developer Space > APIs lists it, for a field that can be searched.
target-by-field-bad = '{ $target }' is not a target by field: { $why }. Write MODULE[FIELD=VALUE] (e.g. Contacts[Email=ada@example.com] or Products[Product_Code=SKU-1001]).
target-why-no-close = no closing ']'
target-why-no-equals = no '=' between the field and its value
target-why-empty = the value is empty
target-why-too-long = the value is too long or holds control characters
target-why-rest = only '/…' may follow the closing ']'
target-field-unsupported = { $service } cannot find a record by a field's value; give the target itself ({ $help }).
target-search-unsupported = { $service } has no record search; type the target id.
target-choose-field = Choose a module and a field.
target-bad-pattern = '{ $pattern }' is not a valid pattern: { $reason }
target-not-by-field = '{ $target }' is not a target by field (MODULE[FIELD=VALUE]).

## Zoho sign-in

signin-expired = The Zoho sign-in code expired before it was approved. Start again.
signin-cancelled = Zoho sign-in was cancelled.
signin-unknown-dc = Your Zoho account lives in the data centre '{ $dc }', which PhotoDrop does not know yet.
signin-other-dc = Your Zoho account lives in the '{ $dc }' data centre ({ $host }). Zoho gives your client a separate secret there, and PhotoDrop does not send this data centre's secret to another. In the Zoho API console open the client → Settings → Multi-DC, enable '{ $dc }' and copy its secret; then set the profile's data centre to '{ $dc }', enter that secret as its client_secret, and sign in again.
signin-denied = The Zoho sign-in was refused in the browser. Start again and press Accept.
signin-refused = Zoho refused the device sign-in ({ $reason }). Check the client id and secret (a "Non-browser Applications" client) and the data centre.
signin-no-refresh = Zoho approved the sign-in but sent no refresh token. Start again.
signin-grant-no-refresh = Zoho returned an access token but no refresh token. Generate the grant code again (Self Client, with offline access) and retry.
signin-invalid-client = Zoho does not know this client id for device sign-in. In the API console create a client of type "Non-browser Applications" and store its client id and secret.
signin-start-refused = Zoho refused to start device sign-in ({ $reason }). Check the client id and the data centre.

## Manifests, links and the queue's storage

manifest-unreadable = Cannot read the manifest { $file }: { $reason }.
manifest-invalid = { $file }: { $why }. The first line must name the columns, with `file` and `target` among them (e.g. `file,target`).
manifest-row-invalid = { $file }, line { $line }: { $why }; nothing is sent for this row.
error-bad-url = '{ $url }' is not a valid URL ({ $reason }); write it like https://host[:port].
error-unsafe-link = PhotoDrop will not open this link: { $why }. Open the record in the service's own web page instead.
link-why-not-web = it is not a web address
link-why-no-host = it names no web server
link-why-credentials = it carries a user name or password
link-why-http = it is not encrypted (http)
error-insecure-url = Refusing plain http to { $host }: credentials and photos would travel unencrypted. Use https (plain http is allowed only to localhost).
error-url-scheme = Unsupported URL scheme '{ $scheme }'; use https.
error-queue-db = The upload queue database failed ({ $reason }). If this persists, check the disk has free space.
error-queue-open = Cannot open the upload queue { $file } ({ $reason }).
error-queue-newer = The upload queue { $file } was written by a newer PhotoDrop; update PhotoDrop.
target-why-module = the module before '[' is missing or has characters a module name cannot have
target-why-field = the field name is missing or has characters a field's API name cannot have
link-why-scheme = '{ $scheme }:' is not a web address

error-internal = PhotoDrop met something it did not expect: { $detail }. Try again; if it keeps happening, report it with this message.
error-io = A file operation failed: { $reason }. Check the disk and the folder's permissions.

## Sign-in, pasting, thumbnails and history filters

history-bad-state = Unknown state '{ $state }': done, duplicate, failed or needs-attention.
history-export-failed = Could not write { $file }: { $reason }. Choose another place.
paste-too-large = The pasted image is { $size }; PhotoDrop takes pasted images up to { $max }. Save it as a file and drop the file instead.
paste-not-image = The clipboard does not hold a photo PhotoDrop can read (JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC).
signin-no-flow = Profile '{ $profile }' is { $provider }, which has no sign-in: set its credentials instead.
signin-not-started = No sign-in is in progress for this profile; start one first.
thumb-bad-size = Thumbnail size must be between 1 and 4096 pixels.
thumb-bad-format = Cannot write .{ $ext } thumbnails; use .jpg, .png, .webp, .bmp, .tiff or .gif.
zoho-dc-hint = Check that the profile's data centre (dc option) matches the account's.
zoho-token-invalid-code = Zoho rejected the refresh token or grant code (expired, revoked or used already). Sign in again (a new Self Client grant code, or the device flow). { zoho-dc-hint }
zoho-token-invalid-client = Zoho does not recognise the client id / secret. Copy them again from the API console and enter them. { zoho-dc-hint }
zoho-token-rate-limit = Zoho blocked new access tokens for this refresh token (more than 10 requests in 10 minutes). Wait up to 10 minutes; PhotoDrop reuses tokens to avoid this.
zoho-token-refused = Zoho refused the token request ({ $reason }). { zoho-dc-hint }
keyring-macos = the macOS Keychain
keyring-windows = the Windows Credential Manager
keyring-secret-service = the OS keyring (Secret Service)
prepared-unchanged = unchanged

## Checking a profile (`profile test`, the app's Test button)

verify-chakrahq = Connected to ChakraHQ; the access token works.
verify-questionpro = Connected to QuestionPro; the API key works.
verify-capillary-basic = Capillary Basic credentials are stored; they are checked on the first upload to { $host }.
verify-capillary-oauth = Capillary OAuth key and secret work (a token was issued).
verify-zoho = Connected to { $service } (API at { $api }).

## An upload whose answer was lost, and giving up

error-upload-unconfirmed = { $file } was sent completely, but { $service } did not confirm it ({ $reason }). { $service } creates a new image on every upload, so PhotoDrop did not repeat it: check whether it arrived before uploading it again.
error-still-refused = { $message } (Still refused after getting a fresh token: reconnect the account.)
error-looked-unclear = { $message } PhotoDrop looked, but { $why }.
error-could-not-look = { $message } PhotoDrop could not look ({ $reason }).
error-gave-up = { $message } (Gave up after { $attempts } attempts over { $hours ->
    [0] { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }
   *[other] { $hours } hours
}.)
lookup-photo-slot = the photo slot has nothing to list
lookup-zoho-too-many = the record has more than 4,000 attachments and none of the first 4,000 is { $file } ({ $size })
lookup-questionpro = user { $user } has { $count ->
    [one] one image
   *[other] { $count } images
} of about { $size } and QuestionPro's list does not say which file each was, so PhotoDrop cannot tell whether one of them is { $file }
lookup-none = { $service } offers no way to list what was uploaded
no-reason-recorded = no reason recorded

## The note left beside a watched file that failed (<file>.reason.txt)

reason-file-what = PhotoDrop could not upload { $file } (profile { $profile }, target { $target }) on { $when }.
reason-file-why = Reason ({ $code }): { $message }
reason-file-todo = To try again, fix what the reason says, then press Retry on this job ({ $job }) in PhotoDrop's History (or run `photodrop retry { $job }`), or move the file back into the watched folder.

## Why a row, a file or a watched file has no target

manifest-why-columns = its columns are { $columns }
manifest-why-unreadable = cannot be read ({ $reason })
manifest-why-no-file = no file
manifest-why-no-target = no target for { $file }
match-why-pattern = the name does not match '{ $pattern }'
match-why-no-folder = it is not in a folder
match-why-empty-name = the name is empty
preview-no-record = no record has this value
preview-many = { $count } records match: choose a more specific field
preview-more-than = more than { $count } records match: choose a more specific field
after-not-inside = { $file } is not inside the watched folder { $dir }
after-replaced = { $file } was replaced by a link or a folder
after-changed = { $file } changed after it was queued
after-swapped = { $file } is no longer the file that was uploaded (another file took its name)
watch-why-changed = it changed after it was queued (PhotoDrop sends a watched file only as it was when it was complete); put it in the folder again
template-bad-pattern = The file-name pattern '{ $pattern }' is not a valid regex: { $reason }
template-unclosed = The target template '{ $template }' has a '{ "{" }' without its '{ "}" }'.
template-bad-inline = '{ $regex }' in the target template is not a valid regex: { $reason }
template-needs-pattern = The target template uses { $placeholder }, which needs a file-name pattern (--pattern REGEX) whose capture it names; known placeholders are { $known }.
template-no-capture = The file-name pattern '{ $pattern }' has no capture { $placeholder }.
template-why-no-target = the rule has no target
template-why-no-folder = { $file } is not in a sub-folder, and the template '{ $template }' needs one
template-why-no-match = the file name '{ $file }' does not match the pattern '{ $pattern }'
template-why-empty-capture = the pattern '{ $pattern }' captured nothing for { $placeholder } in '{ $file }'
template-why-empty = the template '{ $template }' gives an empty target for { $file }

## What a file that is not a photo looks like, and other reasons

other-empty = an empty file
other-pdf = a PDF document
other-zip = a ZIP archive (or an Office document)
other-iso-media = a video or other ISO media file
other-gzip = a gzip archive
other-xml = an XML/SVG document (vector images are not supported)
other-program = a program
other-riff = a RIFF media file (audio or video)
other-html = an HTML page
other-text = a text file
other-unknown = not an image PhotoDrop recognises
damaged-no-pixels = it claims to have no pixels
damaged-decoder-gave-up = the decoder gave up
damaged-heic-planes = the HEIC decoder returned no usable picture
io-changed-while-read = the file changed while it was read
io-grew-while-sent = the file grew while it was being uploaded
io-shrank-while-sent = the file shrank while it was being uploaded
policy-privacy-strip-only = privacy can only be "strip"
policy-the-system = the system policy
capillary-or-oauth = { $message } (Or use OAuth: store oauth_key and oauth_secret.)
