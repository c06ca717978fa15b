number-decimal-separator = ,
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
datetime = { $day }.{ $month }.{ $year }, { $hour }:{ $minute }

error-file-not-found = { $path }: Datei nicht gefunden. Prüfen Sie den Pfad (sie wurde vielleicht verschoben oder umbenannt).
error-file-permission = { $path }: Zugriff verweigert. Geben Sie Ihrem Benutzer Leserechte für die Datei.
error-file-unreadable = { $path }: nicht lesbar ({ $reason }). Prüfen Sie die Rechte der Datei.
error-is-a-directory = { $path } ist ein Ordner, kein Foto. Übergeben Sie die Bilddateien darin.
error-not-a-file = { $path } ist keine normale Datei.
error-not-an-image = { $path } ist { $what }, kein Foto (JPEG, PNG, GIF, BMP, WebP, TIFF oder HEIC). Nichts wurde gesendet.
error-damaged-image = { $path } ließ sich nicht dekodieren ({ $reason }). Die Datei ist vielleicht beschädigt oder unvollständig; öffnen Sie sie in einem Bildbetrachter oder exportieren Sie sie erneut.

error-unknown-profile = Kein Profil namens „{ $name }“.
error-unknown-profile-known = Kein Profil namens „{ $name }“. Vorhandene Profile: { $known }.
error-profile-managed = Das Profil „{ $name }“ wird von Ihrer Administration verwaltet ({ $file }); Sie können seine Geheimnisse speichern, es aber nicht ändern oder entfernen.
error-credential-missing = Für das Profil „{ $profile }“ ist kein { $fields } gespeichert. (Ein Rechner ohne Schlüsselbund kann stattdessen { $envs } setzen.)

error-timeout = Die Anfrage an { $provider } hat zu lange gedauert ({ $detail }). Prüfen Sie das Netzwerk; PhotoDrop versucht es automatisch erneut.
error-connect-failed = Keine Verbindung zu { $provider } ({ $detail }). Prüfen Sie das Netzwerk; PhotoDrop versucht es automatisch erneut.
error-network = Verbindung zu { $provider } verloren ({ $detail }). Prüfen Sie das Netzwerk; PhotoDrop versucht es automatisch erneut.

error-record-not-found = { $file }: { $service } hat kein { $record }. Nichts wurde gesendet; prüfen Sie den Wert oder legen Sie den Datensatz an und versuchen Sie es erneut.
error-record-ambiguous = { $more ->
    [yes] { $file }: mehr als { $count } Treffer für { $record } ({ $list }). Nichts wurde gesendet; wählen Sie einen aus.
   *[no] { $file }: { $count } Treffer für { $record } ({ $list }). Nichts wurde gesendet; wählen Sie einen aus.
}
record-where = { $kind } mit { $field } = '{ $value }'
record-no-name = ohne Namen

option-fit = Fotos an das Ziel anpassen
option-fit-help = auto: Fotos umwandeln, die das Ziel ablehnen würde (zu groß, zu viele Pixel, falsches Format); refuse: stattdessen mit einer Meldung abbrechen
option-fit-auto = Fotos umwandeln, die der Dienst ablehnen würde (Größe, Pixel, Format)
option-fit-refuse = Mit einer Meldung ablehnen
option-privacy = Datenschutz
option-privacy-help = strip: GPS-Standort und Kamera-Seriennummern vor dem Hochladen entfernen; keep: Metadaten unverändert senden
option-privacy-strip = GPS-Standort und Kamera-Seriennummern entfernen
option-privacy-keep = Metadaten unverändert senden
option-duplicates = Duplikate
option-duplicates-help = skip: ein Foto, dessen Inhalt schon am selben Ziel hängt, wird gemeldet und nicht erneut gesendet; allow: trotzdem senden
option-duplicates-skip = Fotos überspringen, die schon am selben Datensatz hängen
option-duplicates-allow = Erneut hochladen
option-concurrency = Gleichzeitige Uploads
option-concurrency-help = Uploads, die für dieses Profil gleichzeitig laufen (mindestens 1; begrenzt durch das Limit des Dienstes)
option-dc = Rechenzentrum
option-version = API-Version
option-cluster = Cluster
option-namespace = Namensraum
option-auth = Anmeldeverfahren
option-oauth_host = OAuth-Host
option-oauth_header = OAuth-Header
option-file_field = Name des Dateifelds
option-restrict_triggers = Workflow-Regeln überspringen
