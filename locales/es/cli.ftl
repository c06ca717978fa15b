cli-error = error: { $message }
cli-do-set-credentials = Ejecute { $commands } y escriba el secreto por stdin.
cli-do-then = { " " }y luego{ " " }
cli-do-or = { " " }o{ " " }
cli-do-sign-in = Vuelva a iniciar sesión: `photodrop credential sign-in { $profile }` (aprobar en un navegador) o `photodrop credential sign-in { $profile } --code` (un código de concesión por stdin).
cli-do-add-profile = Créelo con `photodrop profile add { $profile } --provider KIND`.
cli-do-retry-target = Ejecute `photodrop retry { $job } --target TARGET`.
cli-do-retry = Para reintentar: `photodrop retry { $job }`.
cli-do-choose = Envíelo a uno: { $commands }.
cli-duplicate = ya adjunta a { $target } el { $when } (tarea { $job }); no se vuelve a enviar. Use --allow-duplicates (o `photodrop retry { $retry }`) para enviarla igualmente.
cli-duplicate-target = el destino
cli-already-attached = ya adjunta; no se vuelve a enviar.
cli-job = tarea { $job }
cli-resized = redimensionada { $from } → { $to }
cli-resized-plain = redimensionada
cli-converted = convertida desde { $format }
cli-reencoded = recodificada
cli-removed = quitado: { $what }
cli-earlier-job = (tarea anterior) { $line }
cli-summary = { $uploaded } subidas, { $failed } fallidas.
cli-summary-duplicates = { $uploaded } subidas, { $duplicates } ya adjuntas, { $failed } fallidas.
cli-stopped = Detenido. { $left ->
    [one] Queda un archivo
   *[other] Quedan { $left } archivos
} en la cola; `photodrop queue resume` los termina.
cli-queue-empty = No hay subidas pendientes.
cli-resuming = { $count ->
    [one] Reanudando una subida pendiente…
   *[other] Reanudando { $count } subidas pendientes…
}
cli-left-unfinished = { $count ->
    [one] Una subida sin terminar
   *[other] { $count } subidas sin terminar
}; vea `photodrop queue list`, corrija lo que indican y luego `photodrop retry JOB_ID`.
cli-history-empty = Aún no hay subidas.
cli-history-duplicate = ya adjunta (tarea { $job })
cli-rows-written = { $count ->
    [one] Una fila escrita en { $file }.
   *[other] { $count } filas escritas en { $file }.
}
cli-no-search = { $provider } no tiene búsqueda de registros; escriba el destino.
cli-no-match = Ningún registro de { $module } coincide con '{ $query }'.

cli-stdin-terminal = No se puede leer del terminal: { $reason }
cli-stdin = No se puede leer stdin: { $reason }
