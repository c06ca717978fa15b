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
