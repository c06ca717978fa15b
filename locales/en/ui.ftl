# The app's window. Elements of ui/index.html name their message with
# data-l10n-id; the screens' code calls t("id", { args }).

## Frame and tabs

skip-to-content = Skip to content
tabs-label =
    .aria-label = Sections
tab-upload = Upload
tab-history = Queue & history
tab-watch = Watched folders
tab-settings = Settings
fatal-start = PhotoDrop could not start: { $error }
something-wrong = Something went wrong. Try again, and if it keeps happening, check the log.

## Upload: destination and target

destination = Destination
add-profile = Add profile…
recent-targets =
    .aria-label = Recent targets
recent = Recent:
demo-profile = Sandbox (demo)
profile-option = { $profile } — { $service }
no-profile-option = No profile yet — add one
credentials-missing = Credentials missing — open Settings to add them.
target = Target
target-input =
    .aria-label = Target
target-placeholder-links = or paste a record’s address, or type the target
target-placeholder = Type the target
use-target = Use
loading = Loading…
photo-field =
    .aria-label = Photo field
find-record =
    .aria-label = Find a record
matching-records =
    .aria-label = Matching records
searching = Searching…
no-match = No { $what } matches “{ $text }”.
no-records = No { $what } yet.
record-fallback = record
no-target = No target chosen yet.
photos-go-to = Photos go to
add-profile-first = Add a profile first.
choose-target-first = Choose a target record first; photos you add are held until then.
destination-line = Destination: { $profile } → { $target }
choose-target-overlay = (choose a target first)

## Upload: adding photos

drop-help = Drop photos or folders anywhere on this window, paste an image or copied photos (Ctrl+V), or
add-photos = Add photos…
add-folder = Add a folder…
drop-overlay = Drop to upload to
skipped-files = { $count ->
    [one] One file in the folder is not a photo and was skipped.
   *[other] { $count } files in the folder are not photos and were skipped.
}
held-until-target = Choose a target record; the photos will go as soon as you do.
clear-finished = Clear finished
tiles-label =
    .aria-label = Photos in this session
photos-count = { $count ->
    [one] One photo
   *[other] { $count } photos
}

## Several photos on a one-photo record

one-slot-title = Several photos, one photo slot
one-slot-warning = A { $service } record holds a single photo. Each of these { $count } photos would replace the one before, and only the last would stay on the record.
one-slot-attach-hint = They can go as record attachments instead: a record keeps any number of those, at full size.
one-slot-attach = Attach all { $count } as attachments
one-slot-first = Use only the first as the photo
one-slot-each = Set each as the photo (the last stays)
cancel = Cancel
not-sent = Not sent.
not-sent-one-photo = Not sent: the record keeps one photo.

## A photo's tile

tile-label = { $name }: { $state }
tile-cannot = cannot upload
tile-waiting = waiting
progress-of = Upload progress of { $name }
attached-to = ✓ Attached to { $record }
attached-to-record = ✓ Attached to the record
uploaded-to = ✓ Uploaded to { $record }
uploaded = ✓ Uploaded
already-on-record = ✓ Already on this record
open = Open
copy-link = Copy link
copy-id = Copy ID
copy = Copy
remote-id = ID { $id }
upload-again = Upload again anyway
retry = Retry
adding = Adding…
waiting-for-target = Waiting for a target
nothing-to-retry = Nothing to retry.
copied-link = Link copied.
copied-id = ID copied.
copied-code = Code copied.

## What preparation does to a photo

plan-converted = Converted from { $format } to JPEG
plan-resized-to = Resized to { $width }×{ $height }
plan-resized = Resized
plan-reencoded = Re-encoded to fit the size limit
plan-gps = GPS removed
plan-serial = Serial numbers removed

## Job states and lines

state-queued = Queued
state-preparing = Preparing
state-uploading = Uploading
state-waiting-retry = Waiting to retry
state-done = Uploaded
state-duplicate = Already there
state-failed = Failed
state-needs-attention = Needs attention
retry-in = { $why }Trying again in { $seconds } s (attempt { $attempt }).
retry-shortly = { $why }Trying again shortly (attempt { $attempt }).
upload-failed = The upload did not go through.
already-attached = This photo is already attached to this record.
summary-active = { $count } in progress
summary-done = { $count } uploaded
summary-duplicate = { $count } already there
summary-attention = { $count } need attention

## Actions on errors

action-enter = Enter { $fields }
action-sign-in = Sign in to { $profile } again
action-add-profile = Create profile { $profile }
action-retry-target = Retry with the chosen target
action-retry = Retry
action-choose = Send to this record
record-to-send =
    .aria-label = Record to send it to
no-name = (no name)
choose-target-for = Choose a target for { $profile } on the Upload tab first, then press this again.
its-profile = its profile

## Match each photo to a record

match-open = Match each photo to a record…
match-title = Match each photo to a record
match-kind = Records
match-field = whose field
match-field-input =
    .placeholder = API name, e.g. Product_Code
match-from = equals
match-from-stem = the file name without extension
match-from-pattern = a part of the file name (pattern)
match-from-folder = the folder's name
match-pattern =
    .placeholder = regex, e.g. ^(SKU-\d+)_
    .aria-label = Pattern over the file name; its first group is the value
match-rest = put it in
match-go = Look up
match-import = Import a CSV manifest…
match-send = Send { $count } matched
match-close = Close
match-table =
    .aria-label = Photos and the records they match
match-record-photo = the record's photo
match-attachment = an attachment
match-looking = Looking up…
match-none = No record found
match-no-value = No value: { $problem }
match-no-value-plain = no value
match-many = { $more ->
    [yes] More than { $count } match — choose…
   *[no] { $count } match — choose…
}
match-record-for =
    .aria-label = Record for { $name }
match-summary-photos = { $count } photos
match-summary-found = { $count } found
match-summary-many = { $count } with several records
match-summary-none = { $count } not found
match-summary-problem = { $count } with a problem
match-summary-looking = looking up { $count }…
match-sent = { $count ->
    [one] One photo on its way
   *[other] { $count } photos on their way
}{ $left ->
    [0] .
   *[other] ; { $left } left here to fix or skip.
}
manifest-bad-rows = { $count ->
    [one] One row of the manifest cannot be used: { $error }
   *[other] { $count } rows of the manifest cannot be used: { $error }
}

## Queue and history

attention-title = Needs attention or still queued
retry-all = Retry all that can be
hist-search-label = Search history
hist-search =
    .placeholder = Search file, target, record, error…
hist-state-label = State
hist-all-states = All states
export-csv = Export CSV…
hist-list =
    .aria-label = Upload history
hist-count = { $count ->
    [one] One upload
   *[other] { $count } uploads
}
hist-count-more = More than { $count } uploads
exported-rows = Exported { $count } rows to { $file }.
copy-link-of =
    .aria-label = Copy link of { $name }
copy-id-of =
    .aria-label = Copy the ID of { $name }
and-more = …and { $count } more
need-attention-badge =
    .aria-label = { $count } need attention

## Watched folders

watch-intro = Photos that land in a watched folder (a scanner's output, a phone sync folder) are uploaded without anyone at the keyboard. With watched folders, closing the window keeps PhotoDrop running in the tray.
watch-rules =
    .aria-label = Watch rules
rule-add-title = Add a watched folder
rule-edit-title = Edit { $name }
rule-name = Name
rule-dir = Folder
rule-dir-input =
    .placeholder = Pick a folder
rule-pick = Pick…
rule-profile = Profile
rule-target = Target
rule-target-input =
    .placeholder = Leads/3000000038009, or a template such as Leads/{"{"}stem{"}"}
rule-pattern = File name pattern
rule-pattern-input =
    .placeholder = optional regex, e.g. ^(\d+)_ for {"{"}1{"}"}
rule-sample = Try a file name
rule-after = After upload
rule-after-move = Move to Uploaded/
rule-after-leave = Leave the file
rule-after-delete = Delete the file
rule-recursive = Include sub-folders
rule-placeholders = Template placeholders: {"{"}stem{"}"} file name without extension, {"{"}name{"}"}, {"{"}dir{"}"} sub-folder, {"{"}parent{"}"}, {"{"}1{"}"} capture of the pattern, {"{"}re:REGEX{"}"}.
rule-save = Save rule
rule-clear = Clear
watching-dir = Watching { $dir }.
rule-state-watching = watching
rule-state-problem = problem
rule-state-starting = starting
rule-state-stopped = stopped
rule-pattern-note = (pattern { $pattern })
rule-status = { $queued } queued, last { $file } at { $when }
rule-nothing-yet = Nothing yet
rule-managed = Set by your administrator
edit = Edit
remove = Remove
no-rules = No watched folders yet.

## Settings

settings-profile = Profile
share-title = Share profiles with colleagues
share-help = A file with every profile's settings — never a secret. Colleagues import it, then enter their own secrets.
profiles-export = Export profiles…
profiles-import = Import profiles…
profiles-exported = { $count ->
    [one] Saved one profile to { $file } (no secrets).
   *[other] Saved { $count } profiles to { $file } (no secrets).
}
profiles-imported = Imported { $names }.
profile-needs = { $name } needs { $fields }
profiles-still-need = { $needs } (Settings → Profile).
profiles-exist-title = Profiles already here
profiles-replace = Replace their settings
app-title = App
language = Language
language-system = Follow the system
theme = Theme
theme-system = Follow the system
theme-light = Light
theme-dark = Dark
notify = Notify me when a batch finishes or needs attention
start-at-login = Start at login (in the tray) so watched folders keep working
update-check = Check for updates
update-install = Install and restart
update-checking = Checking…
update-downloading = Downloading the update…
about = PhotoDrop { $version }. Secrets are kept in { $keyring }. Queue, history and thumbnails: { $dir }.
no-profile = No profile yet.
saved = Saved.
save-settings = Save settings
credentials = Credentials
secret-set = set — type to replace
secret-other-host = entered for another server — type it again
secret-not-set = not set
secret-state-set = set
secret-state-missing = missing
secret-state-other_host = for another server
store = Store
secret-stored = { $field } stored in { $keyring }.
service-at = { $service } at { $url }.
test-connection = Test connection
testing = Testing…
remove-profile = Remove profile
remove-title = Remove { $name }?
remove-body = The profile and its secrets in the keyring are deleted. History stays.

## The profile dialog

pd-title = Add a destination profile
pd-service = Service
pd-name = Profile name
pd-name-input =
    .placeholder = e.g. sales-crm
pd-base = Server address
pd-base-input =
    .placeholder = leave empty for the real service
pd-secrets = Secrets (stored in { $keyring }; never shown again)
pd-grant = Grant code
pd-grant-hint = the grant code made in the service's console
pd-exchange = Exchange for a refresh token
pd-or = or
pd-device = Sign in with a code
pd-device-hint = approve in your browser
pd-device-open = Open the address below and enter this code:
pd-copy-code = Copy code
pd-test = Save & test connection
pd-close = Close
pd-save = Save
pd-paste-grant = Paste the grant code first.
pd-exchanging = Exchanging the grant code…
pd-token-stored = Refresh token stored. Testing the connection…
pd-no-profile = There is no profile { $name } any more.
pd-secret-set =
    .placeholder = set (type to replace)
pd-asking = Asking { $service } for a sign-in code…
pd-waiting = Waiting for approval (the code is valid { $minutes } min)…
pd-connected = Connected. Testing the connection…
pd-connected-moved = Connected ({ $moved }). Testing the connection…
pd-way-grant = Generate a grant code with those scopes, paste it below and press Exchange.
pd-way-device = Or press “Sign in with a code” and approve in your browser; PhotoDrop follows your account where it lives.
pd-connecting = Connecting { $service }: { $instructions }
pd-either-way = { $ways } Either way the result goes to the keyring.
pd-have-already = (Already have a { $fields }? Paste it below.)
pd-target-help = Target: { $help }
pd-give-name = Give the profile a name.
pd-testing = Testing the connection…
pd-saved = Saved profile { $name }.
the-service = the service
