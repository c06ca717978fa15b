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

## Errors of the command line itself

cli-cannot-start = Start nicht möglich: { $reason }
cli-sandbox-port = Kann nicht auf 127.0.0.1:{ $port } lauschen ({ $reason }); wählen Sie mit --port einen anderen Port.
cli-bad-option = '{ $value }' hat nicht die Form SCHLÜSSEL=WERT (z. B. --set dc=eu).
cli-empty-secret = Von stdin wurde nichts gelesen. Leiten Sie den Wert hinein, z. B. `printf %s WERT | photodrop credential set ...`, oder tippen Sie ihn an der Eingabeaufforderung.
cli-nothing-to-retry = Keine fehlgeschlagenen oder zu prüfenden Aufträge.
cli-retry-usage = Geben Sie eine JOB_ID an (siehe `photodrop queue list`) oder --all.
cli-no-job = Es gibt keinen Auftrag { $job }.
cli-job-done = Auftrag { $job } ist bereits erledigt ({ $remote }).
cli-job-state = Auftrag { $job } ist bereits { $state }.
cli-watch-no-dir = Geben Sie einen zu überwachenden Ordner an, oder --rules, um die gespeicherten Regeln auszuführen.
cli-watch-no-profile = Geben Sie --profile NAME an: wohin die Fotos dieses Ordners gehen.
cli-no-rule = Es gibt keine Überwachungsregel '{ $rule }'.
cli-no-rules = Keine gespeicherten Überwachungsregeln. Speichern Sie eine mit `photodrop watch ORDNER --profile NAME --save REGEL`.

## photodrop providers

cli-providers-target = Ziel: { $help }
cli-providers-credentials = Zugangsdaten: { $sets }
cli-providers-default = Standard { $value }
cli-providers-every-profile = jedes Profil

## Profiles and credentials

cli-profile-added = Profil '{ $profile }' ({ $provider }) hinzugefügt. Hinterlegen Sie seine Zugangsdaten (jeder Wert wird von stdin gelesen):
cli-or-line = oder:
cli-no-profiles = Noch keine Profile. Fügen Sie eines mit `photodrop profile add NAME --provider ART` hinzu.
cli-credential-set = gesetzt
cli-credential-missing = fehlt
cli-credential-unknown = unbekannt
cli-profile-ready = bereit
cli-profile-needs-credentials = braucht Zugangsdaten
cli-profile-via = über { $url }
cli-profile-managed = von Ihrer Administration verwaltet ({ $file })
cli-exported = { $count ->
    [one] Ein Profil
   *[other] { $count } Profile
} nach { $file } geschrieben (nur Einstellungen: kein Geheimnis).
cli-imported = { $count ->
    [0] { $profile }: importiert ({ $provider }), bereit.
   *[other] { $profile }: importiert ({ $provider }); braucht noch { $needs }: { $commands }.
}
cli-replaced = { $count ->
    [0] { $profile }: ersetzt ({ $provider }), bereit.
   *[other] { $profile }: ersetzt ({ $provider }); braucht noch { $needs }: { $commands }.
}
cli-profile-removed = Profil '{ $profile }' und seine gespeicherten Zugangsdaten entfernt.
cli-prompt-grant-code = { $service }-Grant-Code für Profil { $profile }
cli-prompt-secret = { $field } für Profil { $profile }
cli-device-code = Öffnen Sie { $url } und geben Sie den Code { $code } ein (gültig { $minutes } Min.). Warte auf Freigabe…
cli-signed-in-code = Grant-Code eingetauscht; das Refresh-Token für '{ $profile }' ist in { $store } gespeichert.
cli-signed-in = Verbunden; das Refresh-Token für '{ $profile }' ist in { $store } gespeichert.
cli-signed-in-moved = { $option }: '{ $value }' (das Profil verwendet es jetzt).
cli-credential-stored = { $field } für Profil '{ $profile }' in { $store } gespeichert.
cli-credential-none = Für Profil '{ $profile }' war nichts gespeichert.
cli-credential-none-field = Für Profil '{ $profile }' war nichts gespeichert ({ $field }).
cli-credential-removed = { $fields } für Profil '{ $profile }' entfernt.

## The queue and watched folders

cli-still-queued = Noch in der Warteschlange: `photodrop queue resume` versucht es weiter.
cli-retry-in = neuer Versuch in { $seconds } s
cli-col-job = AUFTRAG
cli-col-state = STATUS
cli-col-profile = PROFIL
cli-col-target = ZIEL
cli-col-file = DATEI
cli-col-try = VERS.
cli-col-next = NÄCHSTES / FEHLER
cli-rule = { $rule }: { $dir } → { $profile } { $target } (danach: { $after })
cli-rule-no-target = (kein Ziel)
cli-rule-recursive = (+ Unterordner)
cli-rule-managed = von Ihrer Administration verwaltet
cli-rule-removed = Überwachungsregel '{ $rule }' entfernt.
cli-rule-saved = Überwachungsregel '{ $rule }' gespeichert.
cli-watching = Überwache { $dir } (Regel '{ $rule }'). Beenden mit Strg+C.
cli-watch-problem = Überwachung '{ $rule }': { $message }

## --help (clap has no catalogs: photodrop sets every text from here)

help-usage = Aufruf:
help-commands = Befehle
help-options = Optionen
help-arguments = Argumente
help-help = Diese Hilfe oder die Hilfe der angegebenen Unterbefehle zeigen
help--help = Hilfe zeigen
help--version = Version zeigen
help--lang = Sprache der Meldungen (en, de, fr, es, pt-BR, ja, zh-Hans, ar; "system" folgt LC_ALL / LC_MESSAGES / LANG). Die Codes von `--json` bleiben gleich
help--verbose = Mehr Protokoll auf stderr (-v, -vv). RUST_LOG geht auch
help-photodrop = Fotos an Datensätze in Zoho CRM, Zoho Bigin, ChakraHQ, Capillary und QuestionPro anhängen
help-profile = Zielprofile verwalten (nicht geheime Einstellungen)
help-profile-add = Ein Profil hinzufügen
help--provider = zoho-crm, zoho-bigin, chakrahq, capillary oder questionpro
help--base_url = Jeden Aufruf dieses Profils (auch Token-Aufrufe) an diesen Ursprung senden
help--set = Option des Dienstes, z. B. --set dc=eu --set version=v8 (siehe `photodrop providers`)
help-profile-add--replace = Ein vorhandenes Profil gleichen Namens ersetzen (seine Zugangsdaten bleiben)
help-profile-list = Profile auflisten und ob ihre Zugangsdaten gesetzt sind
help-profile-remove = Ein Profil und seine gespeicherten Zugangsdaten entfernen
help-profile-test = Einen angemeldeten Aufruf machen, um zu prüfen, ob das Profil funktioniert
help-profile-export = Die Einstellungen von Profilen (nie ein Geheimnis) in eine Datei schreiben, die Kollegen importieren
help-profile-export--output = Die zu schreibende Datei (Standard: Standardausgabe)
help-profile-import = Die Profile einer exportierten Datei hinzufügen; nennt, welche Geheimnisse jedes noch braucht
help-profile-import--replace = Die Einstellungen vorhandener Profile überschreiben (ihre Geheimnisse bleiben)
help-credential = Geheimnisse im Schlüsselbund des Systems speichern oder entfernen
help-credential-set = Ein Geheimnis speichern; der Wert wird von stdin gelesen (im Terminal nicht angezeigt)
help-credential-remove = Ein Geheimnis oder alle Geheimnisse eines Profils entfernen
help-credential-sign-in = Das Konto über die Anmeldung des Dienstes verbinden (Zoho): Die Geräteanmeldung zeigt einen Code, der an der Adresse des Dienstes einzugeben ist, wartet auf die Freigabe und speichert das Refresh-Token (mit --json kommt der Code zuerst als eine JSON-Zeile); mit --code wird stattdessen ein in der Konsole des Dienstes erzeugter Grant-Code von stdin gelesen und eingetauscht
help-credential-zoho-grant = `sign-in --code` (der Grant-Code eines Zoho Self Client, auf stdin)
help-credential-zoho-device = `sign-in` mit der Geräteanmeldung (ein Zoho-Client vom Typ "Non-browser Applications")
help-upload = Fotos an das Ziel eines Profils hochladen (über die dauerhafte Warteschlange)
help-upload--target = Wohin die Fotos gehen (z. B. Leads/3000000038009; siehe `photodrop providers`)
help-upload--json = Ein JSON-Objekt pro Datei auf stdout
help--concurrency = Höchstens so viele Uploads gleichzeitig pro Profil (nie mehr, als die Option `concurrency` des Profils oder der Dienst erlaubt)
help--allow_duplicates = Auch Dateien hochladen, deren Inhalt schon am Ziel hängt
help--retry_for = Eine vorübergehend scheiternde Datei (Dienst aus, 503, 429) so lange erneut versuchen, bevor sie für `photodrop queue resume` in der Warteschlange bleibt
help--manifest = Eine CSV-Datei, die das Ziel jedes Fotos nennt: eine Kopfzeile mit den Spalten `file` und `target`, eine Zeile pro Foto (Pfade relativ zum Ordner der CSV)
help-queue = Unfertige Uploads: auflisten oder alle abschließen
help-queue-list = Unfertige Aufträge (eingereiht, beim Hochladen, warten auf neuen Versuch, brauchen Aufmerksamkeit, fehlgeschlagen)
help-queue-resume = Jeden unfertigen Auftrag abschließen, dann beenden (Status 0, wenn nichts unfertig bleibt)
help-history = Abgeschlossene Uploads, neueste zuerst
help--search = Nur Zeilen, deren Dateiname, Ziel oder entfernte ID dies enthält
help--state = Nur Zeilen in diesem Status (done, duplicate, failed, needs-attention)
help--csv = Stattdessen jede passende Zeile (nicht nur --limit) in diese CSV-Datei schreiben
help-retry = Fehlgeschlagene oder zu prüfende Aufträge erneut ausführen (nachdem behoben ist, was ihr Fehler sagte)
help--all = Jeder fehlgeschlagene und zu prüfende Auftrag (von --profile, falls angegeben)
help-retry--target = Stattdessen an dieses Ziel senden (für Dateien, deren Ziel nicht abgeleitet werden konnte)
help-watch = Alles hochladen, was in einem Ordner landet, bis zum Beenden (Strg+C)
help--dir = Der zu überwachende Ordner (oder --rules für die gespeicherten Regeln)
help-watch--target = Zielvorlage: fest (Leads/3000000038009), { "{" }dir{ "}" }, { "{" }parent{ "}" }, { "{" }stem{ "}" }, { "{" }1{ "}" } (eine Gruppe von --pattern) oder { "{" }re:REGEX{ "}" }
help--pattern = Regulärer Ausdruck über den Dateinamen, dessen Gruppen die Vorlage als { "{" }1{ "}" }, { "{" }2{ "}" }, ... verwendet
help--after = Was mit einer Datei nach dem Hochladen geschieht
help--on_failure = Was mit einer Datei geschieht, die nicht hochgeladen werden kann
help--recursive = Unterordner einbeziehen
help--save = Diese Regel unter NAME in der Konfiguration speichern (dann führt `watch --rules` sie aus)
help--rules = Die in der Konfiguration gespeicherten Regeln ausführen
help--list = Die gespeicherten Regeln auflisten und beenden
help--remove = Eine gespeicherte Regel entfernen und beenden
help-search = Einen Datensatz als Ziel finden (Module von Zoho CRM / Bigin, Prozesse von ChakraHQ). Ohne Modul werden die Module (Prozeduren) und ihre Fotoplätze aufgelistet
help--module = Modul oder Prozedur, z. B. Leads, Contacts, lead
help--query = Name, E-Mail oder Telefonnummer (ChakraHQ: leer listet die neuesten Prozesse)
help-providers = Die Ziele auflisten, die PhotoDrop kennt, mit ihren Zugangsdatenfeldern und Optionen
help-thumbnail = Ein Vorschaubild erzeugen (längste Kante --size px, Ausrichtung angewandt); JPEG oder PNG nach der Endung von OUT
help-prepare = Genau das nach OUT schreiben, was `upload` für IN senden würde, und sagen, was sich geändert hat
help-prepare--target = Das Ziel, wo es ändert, was angenommen wird (ein Zoho-`Module/Id/Attachments`)
help-sandbox = Den eingebauten Sandbox-Server (alle fünf APIs auf Loopback) im Vordergrund ausführen
help--json = Ein JSON-Objekt pro Zeile auf stdout (Codes und Feldnamen bleiben in jeder Sprache gleich)
help--profile = Das zu verwendende Profil (siehe `photodrop profile list`)
help--name = Der Name des Profils
help--field = Das Feld der Zugangsdaten (siehe `photodrop providers`)
help-credential-remove--field = Das zu entfernende Feld (keines: alle des Profils)
help--ids = Auftragsnummern (siehe `photodrop queue list` und `photodrop history`)
help--limit = Höchstens so viele Zeilen
help--port = Der Port auf 127.0.0.1
help--size = Längste Kante in Pixeln
help--input = Das zu lesende Foto
help--output = Die zu schreibende Datei
help--code = Einen Grant-Code von stdin lesen statt der Geräteanmeldung
help--file = Die exportierte Profildatei (.photodrop)
help--names = Die zu exportierenden Profile
help--files = Die hochzuladenden Fotos

## A command line clap refused

usage-unknown-argument = unerwartetes Argument '{ $arg }'
usage-unknown-command = unbekannter Unterbefehl '{ $command }'
usage-missing = folgende nötige Argumente fehlen: { $args }
usage-missing-command = ein Befehl fehlt: { $commands }
usage-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }'
usage-invalid-choice = ungültiger Wert '{ $value }' für '{ $arg }'; mögliche Werte: { $choices }
usage-bad-value = ungültiger Wert '{ $value }' für '{ $arg }': { $reason }
usage-conflict = das Argument '{ $arg }' kann nicht zusammen mit '{ $other }' verwendet werden
usage-repeated = das Argument '{ $arg }' darf nur einmal angegeben werden
usage-did-you-mean = es gibt ein ähnliches: '{ $suggestion }'
usage-more = Mehr dazu mit '--help'.
