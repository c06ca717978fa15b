cli-error = erreur : { $message }
cli-do-set-credentials = Lancez { $commands } et saisissez le secret sur stdin.
cli-do-then = { " " }puis{ " " }
cli-do-or = { " " }ou{ " " }
cli-do-sign-in = Reconnectez-vous : `photodrop credential sign-in { $profile }` (à approuver dans un navigateur) ou `photodrop credential sign-in { $profile } --code` (un code d’autorisation sur stdin).
cli-do-add-profile = Créez-le avec `photodrop profile add { $profile } --provider KIND`.
cli-do-retry-target = Lancez `photodrop retry { $job } --target TARGET`.
cli-do-retry = Pour réessayer : `photodrop retry { $job }`.
cli-do-choose = Envoyez-le à l’un d’eux : { $commands }.
cli-duplicate = déjà joint à { $target } le { $when } (tâche { $job }) ; pas renvoyé. Utilisez --allow-duplicates (ou `photodrop retry { $retry }`) pour l’envoyer quand même.
cli-duplicate-target = la cible
cli-already-attached = déjà joint ; pas renvoyé.
cli-job = tâche { $job }
cli-resized = redimensionné { $from } → { $to }
cli-resized-plain = redimensionné
cli-converted = converti depuis { $format }
cli-reencoded = réencodé
cli-removed = retiré : { $what }
cli-earlier-job = (tâche précédente) { $line }
cli-summary = { $uploaded } envoyés, { $failed } en échec.
cli-summary-duplicates = { $uploaded } envoyés, { $duplicates } déjà joints, { $failed } en échec.
cli-stopped = Arrêté. { $left ->
    [one] Un fichier reste
   *[other] { $left } fichiers restent
} dans la file ; `photodrop queue resume` les termine.
cli-queue-empty = Aucun envoi en attente.
cli-resuming = { $count ->
    [one] Reprise d’un envoi en attente…
   *[other] Reprise de { $count } envois en attente…
}
cli-left-unfinished = { $count ->
    [one] Un envoi non terminé
   *[other] { $count } envois non terminés
} ; voyez `photodrop queue list`, corrigez ce qui est indiqué, puis `photodrop retry JOB_ID`.
cli-history-empty = Aucun envoi pour l’instant.
cli-history-duplicate = déjà joint (tâche { $job })
cli-rows-written = { $count ->
    [one] Une ligne écrite dans { $file }.
   *[other] { $count } lignes écrites dans { $file }.
}
cli-no-search = { $provider } n’a pas de recherche d’enregistrements ; saisissez la cible.
cli-no-match = Aucun enregistrement { $module } ne correspond à '{ $query }'.

cli-stdin-terminal = Impossible de lire depuis le terminal : { $reason }
cli-stdin = Impossible de lire stdin : { $reason }
