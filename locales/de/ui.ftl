skip-to-content = Zum Inhalt springen
tabs-label =
    .aria-label = Bereiche
tab-upload = Hochladen
tab-history = Warteschlange & Verlauf
tab-watch = Überwachte Ordner
tab-settings = Einstellungen
fatal-start = PhotoDrop konnte nicht starten: { $error }
something-wrong = Etwas ist schiefgegangen. Versuchen Sie es erneut; passiert es wieder, sehen Sie ins Protokoll.

destination = Ziel
add-profile = Profil hinzufügen …
recent-targets =
    .aria-label = Zuletzt verwendete Ziele
recent = Zuletzt:
demo-profile = Sandbox (Demo)
profile-option = { $profile } — { $service }
no-profile-option = Noch kein Profil — fügen Sie eines hinzu
credentials-missing = Zugangsdaten fehlen — ergänzen Sie sie in den Einstellungen.
target = Ziel
target-input =
    .aria-label = Ziel
target-placeholder-links = oder die Adresse eines Datensatzes einfügen oder das Ziel eingeben
target-placeholder = Ziel eingeben
use-target = Verwenden
loading = Wird geladen …
photo-field =
    .aria-label = Fotofeld
find-record =
    .aria-label = Datensatz suchen
matching-records =
    .aria-label = Passende Datensätze
searching = Suche läuft …
no-match = Kein Treffer in { $what } für „{ $text }“.
no-records = Noch nichts in { $what }.
record-fallback = Datensätze
no-target = Noch kein Ziel gewählt.
photos-go-to = Fotos gehen an
add-profile-first = Fügen Sie zuerst ein Profil hinzu.
choose-target-first = Wählen Sie zuerst einen Zieldatensatz; hinzugefügte Fotos warten bis dahin.
destination-line = Ziel: { $profile } → { $target }
choose-target-overlay = (zuerst ein Ziel wählen)

drop-help = Ziehen Sie Fotos oder Ordner irgendwo auf dieses Fenster, fügen Sie ein Bild oder kopierte Fotos ein (Strg+V), oder
add-photos = Fotos hinzufügen …
add-folder = Ordner hinzufügen …
drop-overlay = Loslassen zum Hochladen an
skipped-files = { $count ->
    [one] Eine Datei im Ordner ist kein Foto und wurde übersprungen.
   *[other] { $count } Dateien im Ordner sind keine Fotos und wurden übersprungen.
}
held-until-target = Wählen Sie einen Zieldatensatz; die Fotos gehen los, sobald Sie es tun.
clear-finished = Erledigte entfernen
tiles-label =
    .aria-label = Fotos dieser Sitzung
photos-count = { $count ->
    [one] Ein Foto
   *[other] { $count } Fotos
}

one-slot-title = Mehrere Fotos, ein Fotoplatz
one-slot-warning = Ein { $service }-Datensatz hat nur ein Foto. Jedes dieser { $count } Fotos würde das vorige ersetzen, und nur das letzte bliebe am Datensatz.
one-slot-attach-hint = Sie können stattdessen als Anhänge gehen: Ein Datensatz behält beliebig viele davon, in voller Größe.
one-slot-attach = Alle { $count } als Anhänge anfügen
one-slot-first = Nur das erste als Foto verwenden
one-slot-each = Jedes als Foto setzen (das letzte bleibt)
cancel = Abbrechen
not-sent = Nicht gesendet.
not-sent-one-photo = Nicht gesendet: Der Datensatz behält ein Foto.

tile-label = { $name }: { $state }
tile-cannot = kann nicht hochgeladen werden
tile-waiting = wartet
progress-of = Upload-Fortschritt von { $name }
attached-to = ✓ Angehängt an { $record }
attached-to-record = ✓ An den Datensatz angehängt
uploaded-to = ✓ Hochgeladen zu { $record }
uploaded = ✓ Hochgeladen
already-on-record = ✓ Schon an diesem Datensatz
open = Öffnen
copy-link = Link kopieren
copy-id = ID kopieren
copy = Kopieren
remote-id = ID { $id }
upload-again = Trotzdem erneut hochladen
retry = Erneut versuchen
adding = Wird hinzugefügt …
waiting-for-target = Wartet auf ein Ziel
nothing-to-retry = Nichts zu wiederholen.
copied-link = Link kopiert.
copied-id = ID kopiert.
copied-code = Code kopiert.

plan-converted = Von { $format } in JPEG umgewandelt
plan-resized-to = Auf { $width }×{ $height } verkleinert
plan-resized = Verkleinert
plan-reencoded = Neu kodiert, um die Größengrenze einzuhalten
plan-gps = GPS entfernt
plan-serial = Seriennummern entfernt

state-queued = In der Warteschlange
state-preparing = Wird vorbereitet
state-uploading = Wird hochgeladen
state-waiting-retry = Wartet auf neuen Versuch
state-done = Hochgeladen
state-duplicate = Schon vorhanden
state-failed = Fehlgeschlagen
state-needs-attention = Braucht Aufmerksamkeit
retry-in = { $why }Neuer Versuch in { $seconds } s (Versuch { $attempt }).
retry-shortly = { $why }Neuer Versuch in Kürze (Versuch { $attempt }).
upload-failed = Der Upload ist nicht durchgegangen.
already-attached = Dieses Foto hängt bereits an diesem Datensatz.
summary-active = { $count } in Arbeit
summary-done = { $count } hochgeladen
summary-duplicate = { $count } schon vorhanden
summary-attention = { $count } brauchen Aufmerksamkeit

action-enter = { $fields } eingeben
action-sign-in = Erneut bei { $profile } anmelden
action-add-profile = Profil { $profile } anlegen
action-retry-target = Mit dem gewählten Ziel erneut versuchen
action-retry = Erneut versuchen
action-choose = An diesen Datensatz senden
record-to-send =
    .aria-label = Datensatz, an den es gehen soll
no-name = (ohne Namen)
choose-target-for = Wählen Sie zuerst auf dem Reiter „Hochladen“ ein Ziel für { $profile } und drücken Sie dann erneut.
its-profile = sein Profil

match-open = Jedes Foto einem Datensatz zuordnen …
match-title = Jedes Foto einem Datensatz zuordnen
match-kind = Datensätze
match-field = deren Feld
match-field-input =
    .placeholder = API-Name, z. B. Product_Code
match-from = gleich
match-from-stem = dem Dateinamen ohne Endung
match-from-pattern = einem Teil des Dateinamens (Muster)
match-from-folder = dem Namen des Ordners
match-pattern =
    .placeholder = Regex, z. B. ^(SKU-\d+)_
    .aria-label = Muster über den Dateinamen; seine erste Gruppe ist der Wert
match-rest = ablegen als
match-go = Nachschlagen
match-import = CSV-Manifest importieren …
match-send = { $count } zugeordnete senden
match-close = Schließen
match-table =
    .aria-label = Fotos und die Datensätze, zu denen sie passen
match-record-photo = Foto des Datensatzes
match-attachment = Anhang
match-looking = Wird nachgeschlagen …
match-none = Kein Datensatz gefunden
match-no-value = Kein Wert: { $problem }
match-no-value-plain = kein Wert
match-many = { $more ->
    [yes] Mehr als { $count } Treffer — auswählen …
   *[no] { $count } Treffer — auswählen …
}
match-record-for =
    .aria-label = Datensatz für { $name }
match-summary-photos = { $count } Fotos
match-summary-found = { $count } gefunden
match-summary-many = { $count } mit mehreren Datensätzen
match-summary-none = { $count } nicht gefunden
match-summary-problem = { $count } mit einem Problem
match-summary-looking = { $count } werden nachgeschlagen …
match-sent = { $count ->
    [one] Ein Foto ist unterwegs
   *[other] { $count } Fotos sind unterwegs
}{ $left ->
    [0] .
   *[other] ; { $left } bleiben hier zum Beheben oder Auslassen.
}
manifest-bad-rows = { $count ->
    [one] Eine Zeile des Manifests ist unbrauchbar: { $error }
   *[other] { $count } Zeilen des Manifests sind unbrauchbar: { $error }
}

attention-title = Braucht Aufmerksamkeit oder wartet noch
retry-all = Alles Mögliche erneut versuchen
hist-search-label = Verlauf durchsuchen
hist-search =
    .placeholder = Datei, Ziel, Datensatz, Fehler suchen …
hist-state-label = Status
hist-all-states = Alle Status
export-csv = CSV exportieren …
hist-list =
    .aria-label = Upload-Verlauf
hist-count = { $count ->
    [one] Ein Upload
   *[other] { $count } Uploads
}
hist-count-more = Mehr als { $count } Uploads
exported-rows = { $count } Zeilen nach { $file } exportiert.
copy-link-of =
    .aria-label = Link von { $name } kopieren
copy-id-of =
    .aria-label = ID von { $name } kopieren
and-more = … und { $count } weitere
need-attention-badge =
    .aria-label = { $count } brauchen Aufmerksamkeit

watch-intro = Fotos, die in einem überwachten Ordner landen (die Ablage eines Scanners, ein Sync-Ordner des Telefons), werden hochgeladen, ohne dass jemand an der Tastatur sitzt. Mit überwachten Ordnern läuft PhotoDrop nach dem Schließen des Fensters im Infobereich weiter.
watch-rules =
    .aria-label = Überwachungsregeln
rule-add-title = Überwachten Ordner hinzufügen
rule-edit-title = { $name } bearbeiten
rule-name = Name
rule-dir = Ordner
rule-dir-input =
    .placeholder = Ordner auswählen
rule-pick = Auswählen …
rule-profile = Profil
rule-target = Ziel
rule-target-input =
    .placeholder = Leads/3000000038009 oder eine Vorlage wie Leads/{"{"}stem{"}"}
rule-pattern = Dateinamen-Muster
rule-pattern-input =
    .placeholder = optionale Regex, z. B. ^(\d+)_ für {"{"}1{"}"}
rule-sample = Dateinamen ausprobieren
rule-after = Nach dem Upload
rule-after-move = Nach Uploaded/ verschieben
rule-after-leave = Datei liegen lassen
rule-after-delete = Datei löschen
rule-recursive = Unterordner einbeziehen
rule-placeholders = Platzhalter: {"{"}stem{"}"} Dateiname ohne Endung, {"{"}name{"}"}, {"{"}dir{"}"} Unterordner, {"{"}parent{"}"}, {"{"}1{"}"} Treffer des Musters, {"{"}re:REGEX{"}"}.
rule-save = Regel speichern
rule-clear = Leeren
watching-dir = { $dir } wird überwacht.
rule-state-watching = überwacht
rule-state-problem = Problem
rule-state-starting = startet
rule-state-stopped = angehalten
rule-pattern-note = (Muster { $pattern })
rule-status = { $queued } eingereiht, zuletzt { $file } um { $when }
rule-nothing-yet = Noch nichts
rule-managed = Von Ihrer Administration festgelegt
edit = Bearbeiten
remove = Entfernen
no-rules = Noch keine überwachten Ordner.

settings-profile = Profil
share-title = Profile mit Kolleginnen und Kollegen teilen
share-help = Eine Datei mit den Einstellungen aller Profile — nie ein Geheimnis. Andere importieren sie und geben dann ihre eigenen Geheimnisse ein.
profiles-export = Profile exportieren …
profiles-import = Profile importieren …
profiles-exported = { $count ->
    [one] Ein Profil in { $file } gespeichert (ohne Geheimnisse).
   *[other] { $count } Profile in { $file } gespeichert (ohne Geheimnisse).
}
profiles-imported = Importiert: { $names }.
profile-needs = { $name } braucht { $fields }
profiles-still-need = { $needs } (Einstellungen → Profil).
profiles-exist-title = Profile schon vorhanden
profiles-replace = Ihre Einstellungen ersetzen
app-title = App
language = Sprache
language-system = Wie das System
theme = Design
theme-system = Wie das System
theme-light = Hell
theme-dark = Dunkel
notify = Benachrichtigen, wenn ein Stapel fertig ist oder Aufmerksamkeit braucht
start-at-login = Bei der Anmeldung starten (im Infobereich), damit überwachte Ordner weiterlaufen
update-check = Nach Updates suchen
update-install = Installieren und neu starten
update-checking = Wird geprüft …
update-downloading = Update wird geladen …
about = PhotoDrop { $version }. Geheimnisse liegen in { $keyring }. Warteschlange, Verlauf und Vorschaubilder: { $dir }.
no-profile = Noch kein Profil.
saved = Gespeichert.
save-settings = Einstellungen speichern
credentials = Zugangsdaten
secret-set = gesetzt — zum Ersetzen tippen
secret-other-host = für einen anderen Server eingegeben — bitte erneut eingeben
secret-not-set = nicht gesetzt
secret-state-set = gesetzt
secret-state-missing = fehlt
secret-state-other_host = für einen anderen Server
store = Speichern
secret-stored = { $field } in { $keyring } gespeichert.
service-at = { $service } unter { $url }.
test-connection = Verbindung testen
testing = Wird getestet …
remove-profile = Profil entfernen
remove-title = { $name } entfernen?
remove-body = Das Profil und seine Geheimnisse im Schlüsselbund werden gelöscht. Der Verlauf bleibt.

pd-title = Zielprofil hinzufügen
pd-service = Dienst
pd-name = Profilname
pd-name-input =
    .placeholder = z. B. vertrieb-crm
pd-base = Serveradresse
pd-base-input =
    .placeholder = leer lassen für den echten Dienst
pd-secrets = Geheimnisse (gespeichert in { $keyring }; nie wieder angezeigt)
pd-grant = Grant-Code
pd-grant-hint = der in der Konsole des Dienstes erzeugte Grant-Code
pd-exchange = Gegen ein Refresh-Token tauschen
pd-or = oder
pd-device = Mit einem Code anmelden
pd-device-hint = im Browser bestätigen
pd-device-open = Öffnen Sie die Adresse unten und geben Sie diesen Code ein:
pd-copy-code = Code kopieren
pd-test = Speichern & Verbindung testen
pd-close = Schließen
pd-save = Speichern
pd-paste-grant = Fügen Sie zuerst den Grant-Code ein.
pd-exchanging = Grant-Code wird getauscht …
pd-token-stored = Refresh-Token gespeichert. Verbindung wird getestet …
pd-no-profile = Das Profil { $name } gibt es nicht mehr.
pd-secret-set =
    .placeholder = gesetzt (zum Ersetzen tippen)
pd-asking = { $service } wird um einen Anmeldecode gebeten …
pd-waiting = Warte auf Bestätigung (der Code gilt { $minutes } Min.) …
pd-connected = Verbunden. Verbindung wird getestet …
pd-connected-moved = Verbunden ({ $moved }). Verbindung wird getestet …
pd-way-grant = Erzeugen Sie einen Grant-Code mit diesen Scopes, fügen Sie ihn unten ein und drücken Sie „Tauschen“.
pd-way-device = Oder drücken Sie „Mit einem Code anmelden“ und bestätigen Sie im Browser; PhotoDrop folgt Ihrem Konto dorthin, wo es liegt.
pd-connecting = { $service } verbinden: { $instructions }
pd-either-way = { $ways } So oder so landet das Ergebnis im Schlüsselbund.
pd-have-already = (Haben Sie schon ein { $fields }? Fügen Sie es unten ein.)
pd-target-help = Ziel: { $help }
pd-give-name = Geben Sie dem Profil einen Namen.
pd-testing = Verbindung wird getestet …
pd-saved = Profil { $name } gespeichert.
the-service = den Dienst
