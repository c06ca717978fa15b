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
