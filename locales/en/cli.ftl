# The photodrop command line: what it prints for people (--json output keeps
# its codes and field names; only "message" follows the language).

cli-error = error: { $message }

## What to do about an error: the command to run

cli-do-set-credentials = Run { $commands } and type the secret on stdin.
cli-do-then = { " " }then{ " " }
cli-do-or = { " " }or{ " " }
cli-do-sign-in = Sign in again: `photodrop credential sign-in { $profile }` (approve in a browser) or `photodrop credential sign-in { $profile } --code` (a grant code on stdin).
cli-do-add-profile = Create it with `photodrop profile add { $profile } --provider KIND`.
cli-do-retry-target = Run `photodrop retry { $job } --target TARGET`.
cli-do-retry = To try again: `photodrop retry { $job }`.
cli-do-choose = Send it to one: { $commands }.

## One line per file

cli-duplicate = already attached to { $target } on { $when } (job { $job }); not sent again. Use --allow-duplicates (or `photodrop retry { $retry }`) to send it anyway.
cli-duplicate-target = the target
cli-already-attached = already attached; not sent again.
cli-job = job { $job }
cli-resized = resized { $from } → { $to }
cli-resized-plain = resized
cli-converted = converted from { $format }
cli-reencoded = re-encoded
cli-removed = removed { $what }
cli-earlier-job = (earlier job) { $line }

## Summaries

cli-summary = { $uploaded } uploaded, { $failed } failed.
cli-summary-duplicates = { $uploaded } uploaded, { $duplicates } already attached, { $failed } failed.
cli-stopped = Stopped. { $left ->
    [one] One file stays
   *[other] { $left } files stay
} in the queue; `photodrop queue resume` finishes them.
cli-queue-empty = No unfinished uploads.
cli-resuming = { $count ->
    [one] Resuming one unfinished upload…
   *[other] Resuming { $count } unfinished uploads…
}
cli-left-unfinished = { $count ->
    [one] One upload not finished
   *[other] { $count } uploads not finished
}; see `photodrop queue list`, fix what they say, then `photodrop retry JOB_ID`.
cli-history-empty = No uploads yet.
cli-history-duplicate = already attached (job { $job })
cli-rows-written = { $count ->
    [one] One row written to { $file }.
   *[other] { $count } rows written to { $file }.
}
cli-no-search = { $provider } has no record search; type the target.
cli-no-match = No { $module } record matches '{ $query }'.

cli-stdin-terminal = Cannot read from the terminal: { $reason }
cli-stdin = Cannot read stdin: { $reason }

## Errors of the command line itself

cli-cannot-start = cannot start: { $reason }
cli-sandbox-port = Cannot listen on 127.0.0.1:{ $port } ({ $reason }); pick another port with --port.
cli-bad-option = '{ $value }' is not KEY=VALUE (e.g. --set dc=eu).
cli-empty-secret = Nothing was read from stdin. Pipe the value in, e.g. `printf %s VALUE | photodrop credential set ...`, or type it at the prompt.
cli-nothing-to-retry = No failed or needs-attention jobs.
cli-retry-usage = Give a JOB_ID (see `photodrop queue list`) or --all.
cli-no-job = There is no job { $job }.
cli-job-done = Job { $job } is done already ({ $remote }).
cli-job-state = Job { $job } is { $state } already.
cli-watch-no-dir = Give a folder to watch, or --rules to run the saved rules.
cli-watch-no-profile = Give --profile NAME: where the photos of this folder go.
cli-no-rule = There is no watch rule '{ $rule }'.
cli-no-rules = No saved watch rules. Save one with `photodrop watch DIR --profile NAME --save RULE`.

## photodrop providers

cli-providers-target = target: { $help }
cli-providers-credentials = credentials: { $sets }
cli-providers-default = default { $value }
cli-providers-every-profile = every profile

## Profiles and credentials

cli-profile-added = Added profile '{ $profile }' ({ $provider }). Store its credentials (each value is read from stdin):
cli-or-line = or:
cli-no-profiles = No profiles yet. Add one with `photodrop profile add NAME --provider KIND`.
cli-credential-set = set
cli-credential-missing = missing
cli-credential-unknown = unknown
cli-profile-ready = ready
cli-profile-needs-credentials = needs credentials
cli-profile-via = via { $url }
cli-profile-managed = managed by your administrator ({ $file })
cli-exported = { $count ->
    [one] Wrote one profile
   *[other] Wrote { $count } profiles
} to { $file } (settings only: no secret).
cli-imported = { $count ->
    [0] { $profile }: imported ({ $provider }), ready.
   *[other] { $profile }: imported ({ $provider }); still needs { $needs }: { $commands }.
}
cli-replaced = { $count ->
    [0] { $profile }: replaced ({ $provider }), ready.
   *[other] { $profile }: replaced ({ $provider }); still needs { $needs }: { $commands }.
}
cli-profile-removed = Removed profile '{ $profile }' and its stored credentials.
cli-prompt-grant-code = { $service } grant code for profile { $profile }
cli-prompt-secret = { $field } for profile { $profile }
cli-device-code = Open { $url } and enter the code { $code } (valid { $minutes } min). Waiting for approval…
cli-signed-in-code = Exchanged the grant code; the refresh token for '{ $profile }' is stored in { $store }.
cli-signed-in = Connected; the refresh token for '{ $profile }' is stored in { $store }.
cli-signed-in-moved = { $option }: '{ $value }' (the profile now uses it).
cli-credential-stored = Stored { $field } for profile '{ $profile }' in { $store }.
cli-credential-none = Nothing was stored for profile '{ $profile }'.
cli-credential-none-field = Nothing was stored for profile '{ $profile }' ({ $field }).
cli-credential-removed = Removed { $fields } for profile '{ $profile }'.

## The queue and watched folders

cli-still-queued = Still queued: `photodrop queue resume` keeps trying.
cli-retry-in = retry in { $seconds } s
cli-col-job = JOB
cli-col-state = STATE
cli-col-profile = PROFILE
cli-col-target = TARGET
cli-col-file = FILE
cli-col-try = TRY
cli-col-next = NEXT / ERROR
cli-rule = { $rule }: { $dir } → { $profile } { $target } (after: { $after })
cli-rule-no-target = (no target)
cli-rule-recursive = (+ sub-folders)
cli-rule-managed = managed by your administrator
cli-rule-removed = Removed watch rule '{ $rule }'.
cli-rule-saved = Saved watch rule '{ $rule }'.
cli-watching = Watching { $dir } (rule '{ $rule }'). Stop with Ctrl+C.
cli-watch-problem = watch '{ $rule }': { $message }

## --help (clap has no catalogs: photodrop sets every text from here)

help-usage = Usage:
help-commands = Commands
help-options = Options
help-arguments = Arguments
help-help = Print this message or the help of the given subcommand(s)
help--help = Print help
help--version = Print version
help--lang = Language of messages (en, de, fr, es, pt-BR, ja, zh-Hans, ar; "system" follows LC_ALL / LC_MESSAGES / LANG). `--json` codes stay the same
help--verbose = More logging on stderr (-v, -vv). RUST_LOG works too
help-photodrop = Attach photos to records in Zoho CRM, Zoho Bigin, ChakraHQ, Capillary and QuestionPro
help-profile = Manage destination profiles (non-secret settings)
help-profile-add = Add a profile
help--provider = zoho-crm, zoho-bigin, chakrahq, capillary or questionpro
help--base_url = Send every call of this profile (token calls included) to this origin
help--set = Provider option, e.g. --set dc=eu --set version=v8 (see `photodrop providers`)
help-profile-add--replace = Replace an existing profile of the same name (its credentials are kept)
help-profile-list = List profiles and whether their credentials are set
help-profile-remove = Remove a profile and its stored credentials
help-profile-test = Make one authenticated call to check the profile works
help-profile-export = Write profiles' settings (never a secret) to a file colleagues import
help-profile-export--output = The file to write (default: standard output)
help-profile-import = Add the profiles of an exported file; says which secrets each still needs
help-profile-import--replace = Overwrite the settings of profiles that exist (their secrets are kept)
help-credential = Store or remove secrets in the OS keyring
help-credential-set = Store a secret; the value is read from stdin (not echoed on a terminal)
help-credential-remove = Remove one secret, or all of a profile's secrets
help-credential-sign-in = Connect the account through the provider's sign-in (Zoho): the device flow shows a code to enter at the service's address, waits for approval and stores the refresh token (with --json, the code comes first as one JSON line); with --code, a grant code made in the service's console is read from stdin and exchanged instead
help-credential-zoho-grant = `sign-in --code` (a Zoho Self Client's grant code, on stdin)
help-credential-zoho-device = `sign-in` with the device flow (a Zoho "Non-browser Applications" client)
help-upload = Upload photos to a profile's target (through the durable queue)
help-upload--target = Where the photos go (e.g. Leads/3000000038009; see `photodrop providers`)
help-upload--json = One JSON object per file on stdout
help--concurrency = At most this many uploads at once per profile (never more than the profile's own `concurrency` option or the service allows)
help--allow_duplicates = Upload even files whose content is already attached to the target
help--retry_for = Keep retrying a file that fails transiently (service down, 503, 429) this long before leaving it in the queue for `photodrop queue resume`
help--manifest = A CSV naming each photo's target: a header with `file` and `target` columns, one row per photo (paths relative to the CSV's folder)
help-queue = Unfinished uploads: list them, or finish them all
help-queue-list = Unfinished jobs (queued, uploading, waiting to retry, needing attention, failed)
help-queue-resume = Finish every unfinished job, then exit (status 0 when nothing is left unfinished)
help-history = Finished uploads, newest first
help--search = Only rows whose file name, target or remote id contains this
help--state = Only rows in this state (done, duplicate, failed, needs-attention)
help--csv = Write every matching row (not only --limit) to this CSV file instead
help-retry = Run failed or needs-attention jobs again (after fixing what their error said)
help--all = Every failed and needs-attention job (of --profile, if given)
help-retry--target = Send to this target instead (for files whose target could not be derived)
help-watch = Upload whatever lands in a folder, until stopped (Ctrl+C)
help--dir = The folder to watch (or use --rules for the saved rules)
help-watch--target = Target template: fixed (Leads/3000000038009), { "{" }dir{ "}" }, { "{" }parent{ "}" }, { "{" }stem{ "}" }, { "{" }1{ "}" } (a capture of --pattern) or { "{" }re:REGEX{ "}" }
help--pattern = Regex over the file name whose captures the template uses as { "{" }1{ "}" }, { "{" }2{ "}" }, ...
help--after = What to do with a file once uploaded
help--on_failure = What to do with a file that cannot be uploaded
help--recursive = Include sub-folders
help--save = Save this rule under NAME in the config (then `watch --rules` runs it)
help--rules = Run the rules saved in the config
help--list = List the saved rules and exit
help--remove = Remove a saved rule and exit
help-search = Find a record to use as a target (Zoho CRM / Bigin modules, ChakraHQ processes). Without a module, lists the modules (procedures) and their photo slots
help--module = Module or procedure, e.g. Leads, Contacts, lead
help--query = Name, e-mail or phone number (ChakraHQ: empty lists the latest processes)
help-providers = List the destinations PhotoDrop knows, with their credential fields and options
help-thumbnail = Make a thumbnail (longest edge --size px, orientation applied); JPEG or PNG by OUT's extension
help-prepare = Write exactly what `upload` would send for IN to OUT, and say what changed
help-prepare--target = The target, where it changes what is accepted (a Zoho `Module/Id/Attachments`)
help-sandbox = Run the built-in sandbox server (all five APIs on loopback) in the foreground
help--json = One JSON object per line on stdout (codes and field names stay the same in every language)
help--profile = The profile to use (see `photodrop profile list`)
help--name = The profile's name
help--field = The credential field (see `photodrop providers`)
help-credential-remove--field = The credential field to remove (none: all of the profile's)
help--ids = Job ids (see `photodrop queue list` and `photodrop history`)
help--limit = At most this many rows
help--port = The port on 127.0.0.1
help--size = Longest edge in pixels
help--input = The photo to read
help--output = The file to write
help--code = Read a grant code from stdin instead of the device flow
help--file = The exported profiles file (.photodrop)
help--names = The profiles to export
help--files = The photos to upload

## A command line clap refused

usage-unknown-argument = unexpected argument '{ $arg }'
usage-unknown-command = unrecognized subcommand '{ $command }'
usage-missing = the following required arguments were not provided: { $args }
usage-missing-command = a command is needed: { $commands }
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
usage-invalid-choice = invalid value '{ $value }' for '{ $arg }'; possible values: { $choices }
usage-bad-value = invalid value '{ $value }' for '{ $arg }': { $reason }
usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
usage-repeated = the argument '{ $arg }' can be given only once
usage-did-you-mean = a similar one exists: '{ $suggestion }'
usage-more = For more information, try '--help'.
