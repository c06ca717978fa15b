cli-error = erro: { $message }
cli-do-set-credentials = Execute { $commands } e digite o segredo pelo stdin.
cli-do-then = { " " }e depois{ " " }
cli-do-or = { " " }ou{ " " }
cli-do-sign-in = Entre de novo: `photodrop credential sign-in { $profile }` (aprovar em um navegador) ou `photodrop credential sign-in { $profile } --code` (um código de concessão pelo stdin).
cli-do-add-profile = Crie-o com `photodrop profile add { $profile } --provider KIND`.
cli-do-retry-target = Execute `photodrop retry { $job } --target TARGET`.
cli-do-retry = Para tentar de novo: `photodrop retry { $job }`.
cli-do-choose = Envie para um deles: { $commands }.
cli-duplicate = já anexada a { $target } em { $when } (tarefa { $job }); não enviada de novo. Use --allow-duplicates (ou `photodrop retry { $retry }`) para enviar mesmo assim.
cli-duplicate-target = o destino
cli-already-attached = já anexada; não enviada de novo.
cli-job = tarefa { $job }
cli-resized = redimensionada { $from } → { $to }
cli-resized-plain = redimensionada
cli-converted = convertida de { $format }
cli-reencoded = recodificada
cli-removed = removido: { $what }
cli-earlier-job = (tarefa anterior) { $line }
cli-summary = { $uploaded } enviadas, { $failed } com falha.
cli-summary-duplicates = { $uploaded } enviadas, { $duplicates } já anexadas, { $failed } com falha.
cli-stopped = Parado. { $left ->
    [one] Um arquivo fica
   *[other] { $left } arquivos ficam
} na fila; `photodrop queue resume` conclui.
cli-queue-empty = Nenhum envio pendente.
cli-resuming = { $count ->
    [one] Retomando um envio pendente…
   *[other] Retomando { $count } envios pendentes…
}
cli-left-unfinished = { $count ->
    [one] Um envio não concluído
   *[other] { $count } envios não concluídos
}; veja `photodrop queue list`, corrija o que eles dizem e depois `photodrop retry JOB_ID`.
cli-history-empty = Nenhum envio ainda.
cli-history-duplicate = já anexada (tarefa { $job })
cli-rows-written = { $count ->
    [one] Uma linha gravada em { $file }.
   *[other] { $count } linhas gravadas em { $file }.
}
cli-no-search = { $provider } não tem busca de registros; digite o destino.
cli-no-match = Nenhum registro de { $module } corresponde a '{ $query }'.

cli-stdin-terminal = Não foi possível ler do terminal: { $reason }
cli-stdin = Não foi possível ler o stdin: { $reason }
