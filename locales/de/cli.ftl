cli-error = Fehler: { $message }
cli-do-set-credentials = Führen Sie { $commands } aus und geben Sie das Geheimnis über stdin ein.
cli-do-then = { " " }und dann{ " " }
cli-do-or = { " " }oder{ " " }
cli-do-sign-in = Melden Sie sich erneut an: `photodrop credential sign-in { $profile }` (im Browser bestätigen) oder `photodrop credential sign-in { $profile } --code` (ein Grant-Code über stdin).
cli-do-add-profile = Legen Sie es an mit `photodrop profile add { $profile } --provider KIND`.
cli-do-retry-target = Führen Sie `photodrop retry { $job } --target TARGET` aus.
cli-do-retry = Erneut versuchen: `photodrop retry { $job }`.
cli-do-choose = Senden Sie es an einen davon: { $commands }.
cli-duplicate = hängt bereits an { $target } seit { $when } (Auftrag { $job }); nicht erneut gesendet. Mit --allow-duplicates (oder `photodrop retry { $retry }`) wird es trotzdem gesendet.
cli-duplicate-target = dem Ziel
cli-already-attached = hängt bereits an; nicht erneut gesendet.
cli-job = Auftrag { $job }
cli-resized = verkleinert { $from } → { $to }
cli-resized-plain = verkleinert
cli-converted = umgewandelt aus { $format }
cli-reencoded = neu kodiert
cli-removed = entfernt: { $what }
cli-earlier-job = (früherer Auftrag) { $line }
cli-summary = { $uploaded } hochgeladen, { $failed } fehlgeschlagen.
cli-summary-duplicates = { $uploaded } hochgeladen, { $duplicates } bereits vorhanden, { $failed } fehlgeschlagen.
cli-stopped = Angehalten. { $left ->
    [one] Eine Datei bleibt
   *[other] { $left } Dateien bleiben
} in der Warteschlange; `photodrop queue resume` schließt sie ab.
cli-queue-empty = Keine offenen Uploads.
cli-resuming = { $count ->
    [one] Setze einen offenen Upload fort …
   *[other] Setze { $count } offene Uploads fort …
}
cli-left-unfinished = { $count ->
    [one] Ein Upload nicht abgeschlossen
   *[other] { $count } Uploads nicht abgeschlossen
}; siehe `photodrop queue list`, beheben Sie, was dort steht, dann `photodrop retry JOB_ID`.
cli-history-empty = Noch keine Uploads.
cli-history-duplicate = bereits vorhanden (Auftrag { $job })
cli-rows-written = { $count ->
    [one] Eine Zeile nach { $file } geschrieben.
   *[other] { $count } Zeilen nach { $file } geschrieben.
}
cli-no-search = { $provider } bietet keine Datensatzsuche; geben Sie das Ziel ein.
cli-no-match = Kein { $module }-Datensatz passt zu '{ $query }'.

cli-stdin-terminal = Vom Terminal kann nicht gelesen werden: { $reason }
cli-stdin = stdin kann nicht gelesen werden: { $reason }
