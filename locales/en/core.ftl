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
