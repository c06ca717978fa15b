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
option-dc-help-zoho = Rechenzentrum des Zoho-Kontos
option-dc-help-questionpro = Rechenzentrum des Kontos
option-concurrency-help-zoho = Parallele Uploads für diese Organisation: Zoho erlaubt 5 (Free), 10 (Standard), 15 (Professional), 20 (Enterprise), 25 (Ultimate)
option-version-help-zoho-crm = API-Version: v2 wie in Zohos ursprünglichem Dokument, v8 ist aktuell (bringt Deals und RECORD_LOCKED)
option-version-help-zoho-bigin = API-Version: v1 wie in Bigins ursprünglichem Dokument, v2 ist aktuell
option-restrict_triggers-help = Auf 'workflow' setzen, damit das Hochladen eines Fotos keine Workflow-Regeln auslöst
option-cluster-help = Cluster: eu, in, sg, us oder der Hostname des Dateidienstes (z. B. eucrm.cc.capillarytech.com)
option-namespace-help = Standard-Namespace, wenn kein Ziel angegeben ist
option-auth-help = basic oder oauth (Standard: je nachdem, welche Zugangsdaten gespeichert sind, basic zuerst)
option-oauth_host-help = Host für OAuth-Token-Aufrufe (Standard: der API-Host des Clusters)
option-oauth_header-help = Header, der das OAuth-Token trägt
option-file_field-help = Multipart-Feld, das das Foto trägt (Capillarys Dokument nennt es nicht)

provider-zoho-crm-target-help = Leads/3000000038009 (Module: Leads, Contacts, Accounts, Products, Vendors, Deals ab v5, eigene Module)
provider-zoho-bigin-target-help = Contacts/3000000038009 (Module: Contacts, Companies = Accounts, Products)
provider-chakrahq-target-help = leer für ein freies Foto, oder PROCEDURE/PROCESS_ID/ATTRIBUTE, um das Fotoattribut eines Vorgangs zu setzen
provider-capillary-target-help = ein Namensraum des Dateidienstes, z. B. rewards (Standard)
provider-questionpro-target-help = eine QuestionPro-Benutzer-ID, z. B. 1234567
provider-zoho-crm-kind-label = Modul
provider-zoho-crm-item-label = Datensatz
provider-zoho-crm-search-placeholder = Datensatz nach Name, E-Mail oder Telefon suchen
provider-zoho-bigin-kind-label = Modul
provider-zoho-bigin-item-label = Datensatz
provider-zoho-bigin-search-placeholder = Datensatz nach Name, E-Mail oder Telefon suchen
provider-chakrahq-kind-label = Prozedur
provider-chakrahq-item-label = Vorgang
provider-chakrahq-search-placeholder = Vorgang nach Name suchen
provider-zoho-crm-sign-in = Legen Sie in der Zoho-API-Konsole (api-console.zoho.com) einen Self Client (oder einen Client für „Non-browser Applications“) an und kopieren Sie Client-ID und Secret unten hinein. Geben Sie ihm diese Scopes (Fotos, Anhänge, Datensatzsuche):
provider-zoho-bigin-sign-in = Legen Sie in der Zoho-API-Konsole (api-console.zoho.com) einen Self Client (oder einen Client für „Non-browser Applications“) an und kopieren Sie Client-ID und Secret unten hinein. Geben Sie ihm diese Scopes (Fotos, Anhänge, Datensatzsuche):

field-client_id = Client-ID aus der Zoho-API-Konsole (Self Client)
field-client_secret = Client-Secret aus der Zoho-API-Konsole
field-refresh_token = Refresh-Token (oder anmelden: ein Grant-Code oder die Geräteanmeldung füllt es aus)
field-access_token = Ein rohes Access-Token statt der drei oben (läuft binnen einer Stunde ab)
field-token = Access-Token eines ChakraHQ-API-Schlüssels (admin → API Keys)
field-api_key = API-Schlüssel (Integration → Developer API → Get API Key)
field-username = Till-Benutzername (Basic-Authentifizierung)
field-password = Till-Passwort (nur als MD5 gesendet, wie Capillary es verlangt)
field-oauth_key = OAuth-Client-Schlüssel (InTouch → Org Settings → API client)
field-oauth_secret = OAuth-Client-Secret

error-http-401 = { $service } hat die Zugangsdaten abgelehnt (HTTP 401). Prüfen Sie die gespeicherten Zugangsdaten.
error-http-403 = { $service } hat den Zugriff verweigert (HTTP 403). Bitten Sie Ihre Administration um die Berechtigung.
error-http-404 = { $service } hat das Ziel nicht gefunden (HTTP 404). Prüfen Sie das Ziel.
error-http-408 = { $service } hat zu lange gebraucht (HTTP 408); neuer Versuch folgt.
error-http-409 = { $service } meldet einen Konflikt (HTTP 409).
error-http-413 = { $service } sagt, die Datei ist zu groß (HTTP 413). Verwenden Sie ein kleineres Foto.
error-http-415 = { $service } nimmt diesen Dateityp nicht an (HTTP 415). Wandeln Sie ihn in JPEG oder PNG um.
error-http-429 = { $service } bittet, langsamer zu machen (HTTP 429); es wird gewartet.
error-http-5xx = { $service } hatte einen Serverfehler (HTTP { $status }); neuer Versuch folgt später.
error-http-other = { $service } hat die Anfrage abgelehnt (HTTP { $status }).

zoho-photo-rules = Angenommen werden PNG-, JPEG-, GIF- und BMP-Fotos bis 10 MB und 10 Megapixel.
zoho-invalid-token = { $service } meldet ein ungültiges oder abgelaufenes Access-Token. Es wird erneuert; bleibt der Fehler, melden Sie sich erneut an.
zoho-scope-mismatch = Der Zoho-Verbindung fehlt der Scope { $scope }.modules.{ $module }.CREATE (oder { $scope }.modules.ALL). Melden Sie sich erneut an und gewähren Sie ihn (ein neuer Grant-Code des Self Client oder die Geräteanmeldung).
zoho-scope-mismatch-attach = Der Zoho-Verbindung fehlen die Scopes { $scope }.modules.{ $module }.CREATE (oder { $scope }.modules.ALL) und { $scope }.modules.attachments.CREATE. Melden Sie sich erneut an und gewähren Sie sie (ein neuer Grant-Code des Self Client oder die Geräteanmeldung).
zoho-no-permission = Ihr Zoho-Benutzer darf keine Fotos zu { $module } hochladen. Bitten Sie Ihre Zoho-Administration um diese Berechtigung.
zoho-cannot-perform = Ihr Zoho-Benutzer darf den { $module }-Datensatz { $id } nicht ändern (sein Besitzer, eine Freigaberegel oder die Layout-Rechte verhindern es). Fragen Sie den Besitzer des Datensatzes oder Ihre Zoho-Administration.
zoho-not-approved = Der { $module }-Datensatz { $id } wartet in { $service } auf Genehmigung; ein Foto kann hinzugefügt werden, sobald er genehmigt ist. Genehmigen Sie ihn (oder fragen Sie die genehmigende Person) und versuchen Sie es dann erneut.
zoho-not-reviewed = Der { $module }-Datensatz { $id } ist in { $service } noch nicht geprüft (Datensätze aus Webformularen oder Importen brauchen oft eine Prüfung). Prüfen Sie ihn in Zoho und versuchen Sie es dann erneut.
zoho-invalid-module = { $service } nimmt für das Modul '{ $module }' keine Fotos an ({ $said }). Verwenden Sie eines von { $help }.
zoho-attachment-refused = { $service } hat den Anhang abgelehnt ({ $said }). Anhänge dürfen jede Datei außer Programmen sein, bis 100 MB.
zoho-file-refused = { $service } hat die Datei abgelehnt ({ $said }). { $rules }
zoho-file-type = { $service } nimmt diesen Dateityp nicht an ({ $said }). { $rules } Lassen Sie PhotoDrop ihn umwandeln (fit=auto) oder speichern Sie ihn als JPEG.
zoho-no-record = In { $service } gibt es keinen { $module }-Datensatz mit der ID { $id }. Prüfen Sie das Ziel (suchen Sie den Datensatz und kopieren Sie seine ID).
zoho-attachment-too-large = { $service } nimmt Anhänge bis 100 MB an; diese Datei ist größer.
zoho-photo-too-large = { $service } nimmt Fotos bis 10 MB und 10 Megapixel an; dieses ist größer. Verkleinern Sie es (oder lassen Sie PhotoDrop es anpassen) und versuchen Sie es erneut.
zoho-photo-over-size = { $service } nimmt Fotos bis { $size } an; dieses ist größer. Verkleinern Sie es (oder lassen Sie PhotoDrop es anpassen) und versuchen Sie es erneut.
zoho-photo-over-resolution = { $service } nimmt Fotos bis 10 Megapixel an; dieses hat { $megapixels } Megapixel. Verkleinern Sie es (oder lassen Sie PhotoDrop es anpassen) und versuchen Sie es erneut.
zoho-photo-over-resolution-unknown = { $service } nimmt Fotos bis 10 Megapixel an; dieses hat mehr. Verkleinern Sie es (oder lassen Sie PhotoDrop es anpassen) und versuchen Sie es erneut.
zoho-record-locked = Der { $module }-Datensatz { $id } ist gesperrt (z. B. in einem Genehmigungsprozess). Entsperren Sie ihn in Zoho und versuchen Sie es erneut.
zoho-bad-request = { $service } hat die Anfrage nicht erkannt ({ $code }). Prüfen Sie die API-Version des Profils (version={ $version }).
zoho-invalid-host = { $service } hat den API-Host abgelehnt. Prüfen Sie das Rechenzentrum des Profils (Option dc).
zoho-too-many-requests = { $service } bittet, langsamer zu machen (API-Limit erreicht); es wird vor dem nächsten Versuch gewartet.
zoho-internal-error = { $service } hatte einen internen Fehler; neuer Versuch folgt später. Bleibt er, wenden Sie sich an den Zoho-Support.
zoho-said = { $message } Zoho meldet: { $code }.
zoho-said-words = { $message } Zoho meldet: { $code }: { $words }.

error-fit-off-hint = Das Anpassen ist für dieses Profil aus (fit=refuse); schalten Sie es mit `--set fit=auto` ein oder verkleinern Sie das Foto selbst.
error-unsupported-format = { $path } ist ein { $format }-Bild; { $service } nimmt nur { $formats } an. { $hint }
error-too-many-pixels = { $path } hat { $width }×{ $height }; { $service } nimmt höchstens { $megapixels } Megapixel an. { $hint }
error-file-too-large = { $path } ist { $size } groß; { $service } nimmt höchstens { $limit } an. { $hint }
error-cannot-fit = { $path } ließ sich für { $service } nicht klein genug machen.
error-workdir = PhotoDrop kann seine Arbeitskopie in { $dir } nicht schreiben ({ $reason }). Schaffen Sie Speicherplatz oder prüfen Sie die Rechte des Ordners.
error-too-large-to-decode = { $path } gibt { $width }×{ $height } Pixel an ({ $megapixels } Megapixel), mehr als PhotoDrop dekodiert ({ $max } MP). Die Datei ist vielleicht beschädigt oder eine Dekompressionsbombe.
error-file-too-large-to-decode = { $path } ist { $size } groß; PhotoDrop dekodiert Fotos bis { $max }.
error-decode-memory = { $path } bräuchte zum Dekodieren mehr Speicher, als PhotoDrop erlaubt; es ist vielleicht eine Dekompressionsbombe.
error-heic-unsupported = { $path }: Diese PhotoDrop-Version kann keine HEIC-Fotos lesen; exportieren Sie es als JPEG.

error-no-home = Kein Benutzerordner gefunden; setzen Sie { $var } auf einen beschreibbaren Ordner.
error-data-dir = { $dir } kann nicht angelegt werden ({ $reason }); setzen Sie PHOTODROP_CONFIG_DIR / PHOTODROP_DATA_DIR auf einen beschreibbaren Ordner.
error-config-unreadable = { $file } ist nicht lesbar: { $reason }
error-config-unwritable = { $file } kann nicht geschrieben werden: { $reason }
error-bad-profiles-file = { $file } ist ungültig ({ $reason }). Korrigieren Sie die Datei von Hand oder entfernen Sie das fehlerhafte Profil.
error-bad-policy = { $file } ist ungültig ({ $reason }); wenden Sie sich an die Administration, die PhotoDrop hier verwaltet.
error-policy-no-user-profiles = Profile richtet hier Ihre Administration ein ({ $file }); bitten Sie sie, '{ $name }' hinzuzufügen.
error-policy-host = Das Profil '{ $name }' würde an { $host } senden, was die Richtlinie ({ $file }) nicht erlaubt. Erlaubt: { $allowed }.
error-declined = { $action }: abgebrochen, nichts wurde geändert.
error-profile-exists = Ein Profil namens '{ $name }' gibt es schon. Entfernen Sie es zuerst oder wählen Sie einen anderen Namen.
error-profiles-exist = Profile namens { $names } gibt es schon; nichts wurde importiert. Importieren Sie mit Ersetzen, um ihre Einstellungen zu überschreiben (ihre Geheimnisse bleiben).
error-import-unreadable = { $file } ist nicht lesbar: { $reason }
error-import-empty = { $file } enthält kein Profil.
error-unknown-field = '{ $field }' ist kein Zugangsfeld von { $provider }. Felder: { $fields }.
error-empty-secret = Für { $field } wurde kein Wert angegeben; geben Sie ihn über stdin ein.
error-unknown-provider = Unbekannter Dienst '{ $provider }'. Wählen Sie einen von: { $providers }.
error-secret-in-config = '{ $key }' ist ein Geheimnis; es kommt nie in die Profildatei: Speichern Sie es im Schlüsselbund.
error-unknown-option = '{ $key }' ist keine Option von { $provider }. Optionen: { $options }.
error-bad-option-choice = '{ $value }' ist kein gültiger Wert für { $key }. Wählen Sie einen von: { $choices }.
error-bad-option-number = '{ $value }' ist kein gültiger Wert für { $key }: Geben Sie { $what } an.
whole-number-range = eine ganze Zahl von { $min } bis { $max }
whole-number-min = eine ganze Zahl ab { $min }
error-bad-profile-name = '{ $name }' ist kein gültiger Profilname: Verwenden Sie 1–64 Buchstaben, Ziffern, '-', '_' oder '.'.
error-keyring = Ein Geheimnis im Schlüsselbund des Systems ließ sich nicht { $op } ({ $reason }). Entsperren Sie am Desktop Ihren Schlüsselbund (GNOME Keyring / KWallet, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung) und versuchen Sie es erneut; auf einem Rechner ohne Desktop setzen Sie das Geheimnis als PHOTODROP_SECRET_<PROFILE>_<FIELD> in die Umgebung.
error-credentials-other-host = Das Profil '{ $profile }' zeigt jetzt auf { $now }, aber sein { $field } wurde für { $was } eingegeben. PhotoDrop sendet kein Geheimnis an einen Host, für den es nicht eingegeben wurde. Stimmt die neue Adresse, geben Sie das Geheimnis dafür erneut ein; sonst stellen Sie das Profil zurück.

error-upload-unconfirmed-stopped = PhotoDrop wurde beendet, während { $file } an { $target } gesendet wurde; es ist vielleicht angekommen. { $service } legt bei jedem Upload ein neues Bild an, darum wurde es nicht erneut gesendet: Prüfen Sie es und wiederholen Sie es, falls es fehlt.
the-target = das Ziel
the-service-name = Der Dienst
error-no-target = { $file }: kein Zieldatensatz.
error-watched-file-refused = { $file }: nicht hochgeladen, { $why }. Nichts wurde gesendet.
keyring-op-open = öffnen
keyring-op-read = lesen
keyring-op-store = speichern
keyring-op-delete = löschen

confirm-repoint-title = den Server eines Profils ändern
confirm-repoint =
    Das Profil '{ $name }' auf { $now } umstellen?

    Seine Geheimnisse wurden für { $was } eingegeben. PhotoDrop sendet sie nicht an die neue Adresse: Sie geben sie dafür erneut ein.
confirm-repoint-yes = Server ändern
confirm-delete-after-title = nach dem Upload löschen
confirm-delete-after =
    Jedes Foto aus { $dir } löschen, sobald es hochgeladen ist?

    PhotoDrop löscht eine Datei erst, wenn der Dienst den Upload bestätigt hat, aber eine gelöschte Datei liegt nicht im Papierkorb.
confirm-delete-after-yes = Nach dem Upload löschen
confirm-large-tree-title = einen großen Ordnerbaum überwachen
confirm-large-tree =
    { $dir } enthält mehr als { $count } Dateien und Ordner. Mit allen Unterordnern überwachen?

    Jedes darin gefundene Foto wird hochgeladen.
confirm-large-tree-yes = Alles überwachen

chakra-what-upload = das Foto hochladen
chakra-what-list = Vorgänge auflisten
chakra-what-config = die Konfiguration lesen
chakra-what-set = { $attribute } am Vorgang { $process } setzen
chakra-said = ChakraHQ meldet: { $message }.
chakra-401 = ChakraHQ hat das Access-Token abgelehnt.{ $said } Legen Sie unter Admin → API Keys ein Access-Token an und geben Sie es als Token des Profils ein.
chakra-403 = Die Rolle des ChakraHQ-API-Schlüssels darf nicht: { $what }.{ $said } Geben Sie der Zugriffsrolle des Schlüssels diese Berechtigung.
chakra-404 = ChakraHQ hat nicht gefunden, was es für „{ $what }“ braucht.{ $said } Prüfen Sie das Ziel (Prozedur, Vorgangs-ID, Attribut).
chakra-400 = ChakraHQ hat die Anfrage abgelehnt ({ $what }).{ $said }
chakra-bad-target = '{ $target }' hat nicht die Form PROCEDURE/PROCESS_ID/ATTRIBUTE (z. B. lead/6570f1.../site_photo); lassen Sie das Ziel für ein freies Foto weg.
chakra-no-procedure = ChakraHQ hat keine Prozedur '{ $procedure }'. Vorhanden: { $known }.
chakra-bad-field-target = '{ $target }' hat nicht die Form PROCEDURE[ATTRIBUTE=VALUE]/PHOTO_ATTRIBUTE (z. B. lead[customer_code=C-7]/site_photo).
chakra-no-attribute = Die ChakraHQ-Prozedur '{ $procedure }' hat kein Attribut '{ $attribute }'. Ihre Attribute: { $attributes }.

capillary-said = Capillary meldet: { $message }.
capillary-400 = Capillary hat den Upload abgelehnt (HTTP 400).{ $said } Prüfen Sie den Namensraum und ob die Datei ein gültiges Bild ist.
capillary-401-basic = Capillary hat Till-Benutzername / Passwort abgelehnt.{ $said } Geben Sie sie erneut ein (Basic-Authentifizierung kann für Ihre Organisation auch abgeschaltet sein).
capillary-401 = Capillary hat das OAuth-Token abgelehnt.{ $said } PhotoDrop erzeugt einmal ein neues; bleibt der Fehler, prüfen Sie die Rechte des API-Clients.
capillary-403 = Der Capillary-Benutzer darf den Dateidienst nicht verwenden.{ $said } Bitten Sie Ihre Administration um die Standard-Zugriffsgruppe.
capillary-404 = Capillary kennt diesen Namensraum oder Endpunkt nicht (HTTP 404).{ $said } Prüfen Sie den Ziel-Namensraum und die Cluster-Option.
capillary-415 = Capillary nimmt diesen Dateityp nicht an (HTTP 415).{ $said }
capillary-busy = Capillary ist ausgelastet (HTTP { $status }).{ $said } Neuer Versuch folgt später.
capillary-oauth-refused = Capillary hat OAuth-Schlüssel/-Secret abgelehnt. Prüfen Sie den API-Client in InTouch (Org Settings → Authentication) und geben Sie Schlüssel und Secret erneut ein.
capillary-not-confirmed = Capillary hat geantwortet, ohne den Upload zu bestätigen.
capillary-not-stored = Capillary meldet Erfolg, hat aber { $problem }: Das Foto ist nicht angekommen (fehlt der Dateiteil, legt Capillary einen leeren Platzhalter an). Prüfen Sie die Option file_field des Profils (Standard 'file') und dass kein Proxy Uploads umschreibt, und versuchen Sie es dann erneut; der nächste Upload ersetzt den Platzhalter.
capillary-no-size = nicht gesagt, wie viele Bytes es gespeichert hat
capillary-short = { $stored } der { $sent } gesendeten Bytes gespeichert
capillary-renamed = sie als '{ $got }' statt '{ $name }' gespeichert
capillary-bad-host = { $option } '{ $value }' ist kein Capillary-Host: Geben Sie einen Cluster (eu, in, sg, us) oder einen Hostnamen unter { $domain } an (z. B. eucrm.cc.{ $domain }). Für ein Gateway oder einen Testserver setzen Sie stattdessen die Basis-URL des Profils (--base-url).
capillary-bad-file-field = file_field muss ein Formularfeldname sein (Buchstaben, Ziffern, _ und -), nicht '{ $value }'.
capillary-bad-namespace = '{ $namespace }' ist kein Capillary-Namensraum (Buchstaben, Ziffern, '-' und '_', z. B. rewards).

questionpro-said = QuestionPro meldet: { $message }.
questionpro-auth = QuestionPro hat den API-Schlüssel abgelehnt.{ $said } Kopieren Sie ihn erneut unter Integration → Developer API und geben Sie ihn als api_key des Profils ein; prüfen Sie auch die Option datacenter.
questionpro-permission = Der QuestionPro-API-Schlüssel darf für diesen Benutzer keine Bilder hinzufügen.{ $said } Bitten Sie Ihre QuestionPro-Administration um die Berechtigung.
questionpro-no-user = QuestionPro kennt diesen Benutzer nicht.{ $said } Prüfen Sie die Ziel-Benutzer-ID.
questionpro-quota = Das API-Kontingent dieser QuestionPro-Lizenz ist aufgebraucht.{ $said } Die Administration muss weitere Aufrufe kaufen; bis dahin wird nichts hochgeladen.
questionpro-rate = Das Ratenlimit von QuestionPro (300 Aufrufe pro Minute und Schlüssel) ist erreicht.{ $said } Es wird vor dem nächsten Versuch gewartet.
questionpro-rejected = QuestionPro hat die Anfrage abgelehnt.{ $said }
questionpro-target-required = QuestionPro braucht ein Ziel: --target USER_ID (die numerische ID des QuestionPro-Benutzers, dessen Bildbibliothek das Foto erhält).
questionpro-bad-target = '{ $target }' ist keine QuestionPro-Benutzer-ID (eine Zahl wie 1234567).
questionpro-no-image-id = QuestionPro hat ohne Bild-ID geantwortet; das Bild wurde vielleicht hinzugefügt, vielleicht nicht. Prüfen Sie die Bildbibliothek des Benutzers, bevor Sie erneut hochladen.

watch-rules-invalid = { $file } ist ungültig: { $reason }
watch-rules-unreadable = { $file } ist nicht lesbar: { $reason }
watch-rule-managed = Die Überwachungsregel '{ $name }' hat Ihre Administration festgelegt; sie kann hier nicht geändert oder entfernt werden.
watch-refused = PhotoDrop überwacht { $dir } nicht: { $why }. Legen Sie einen Ordner für die hochzuladenden Fotos an (etwa die Ablage eines Scanners) und überwachen Sie diesen.
watch-why-root = es ist die Wurzel eines Laufwerks oder des Dateisystems
watch-why-home = es ist Ihr Benutzerordner (wählen Sie einen Ordner darin)
watch-why-own = er enthält PhotoDrops eigene Einstellungen oder Daten
watch-why-system = es ist ein Systemordner
watch-why-shared = es ist ein Systemordner, den alle auf diesem Rechner teilen
watch-why-homes = er enthält die Benutzerordner aller Benutzer
watch-failed = { $dir } kann nicht überwacht werden ({ $reason }).
watch-failed-limit = { $dir } kann nicht überwacht werden ({ $reason }). Die Systemgrenze für überwachte Ordner ist erreicht: Erhöhen Sie fs.inotify.max_user_watches oder überwachen Sie weniger Unterordner.
watch-no-record = { $file }: Es lässt sich nicht sagen, zu welchem Datensatz die Datei gehört ({ $why }). Benennen Sie die Datei passend zur Regel '{ $rule }' um oder korrigieren Sie die Zielvorlage der Regel.
watch-not-uploaded = { $file } wird nicht hochgeladen: { $why }.
watch-why-link = es ist ein symbolischer Link (PhotoDrop lädt nur Dateien hoch, die wirklich im überwachten Ordner liegen, nie das Ziel eines Links)
watch-why-hard-link = es ist ein harter Link, ein weiterer Name einer Datei, die auch anderswo liegt (PhotoDrop lädt nur Dateien mit einem einzigen Namen hoch)
watch-why-special = es ist keine normale Datei
watch-dir-missing = { $dir } ist kein Ordner. Legen Sie ihn an oder wählen Sie einen anderen.
watch-rule-name = Geben Sie der Regel einen Namen.
chakra-not-attached = Foto { $photo } wurde hochgeladen, aber nicht an den Vorgang { $procedure }/{ $process } angehängt: { $reason }

target-zoho-required = { $service } braucht einen Zieldatensatz: --target Modul/DatensatzID (z. B. { $help }).
target-zoho-bad = '{ $target }' hat nicht die Form Modul/DatensatzID (z. B. { $help }).
target-zoho-bad-id = '{ $id }' ist keine Zoho-Datensatz-ID: Datensatz-IDs sind lange Zahlen wie 3000000038009.
target-zoho-bad-link = '{ $target }' sieht nicht nach der Adresse eines { $service }-Datensatzes aus. Öffnen Sie den Datensatz in Zoho und kopieren Sie die Adresszeile, oder geben Sie Modul/DatensatzID ein (z. B. { $help }).
target-zoho-crm-module = '{ $module }' ist kein API-Name eines Zoho-CRM-Moduls (z. B. Leads, Contacts, Accounts).
target-zoho-bigin-module = Zoho Bigin nimmt Fotos nur an Contacts, Companies (Accounts) und Products an, nicht an '{ $module }'.
target-zoho-field-rest = '{ $target }': Nach den Klammern darf nur /Attachments folgen (sonst das Foto des Datensatzes).
target-zoho-field-unsearchable = { $service } kann { $module } nicht nach '{ $field }' nachschlagen ({ $reason }). Verwenden Sie den API-Namen des Feldes, wie ihn Zoho unter Einstellungen > Developer Space > APIs nennt, für ein durchsuchbares Feld.
target-by-field-bad = '{ $target }' ist kein Ziel nach Feld: { $why }. Schreiben Sie MODUL[FELD=WERT] (z. B. Contacts[Email=ada@example.com] oder Products[Product_Code=SKU-1001]).
target-why-no-close = es fehlt die schließende ']'
target-why-no-equals = zwischen Feld und Wert fehlt ein '='
target-why-empty = der Wert ist leer
target-why-too-long = der Wert ist zu lang oder enthält Steuerzeichen
target-why-rest = nach der schließenden ']' darf nur '/…' folgen
target-field-unsupported = { $service } kann keinen Datensatz über den Wert eines Feldes finden; geben Sie das Ziel selbst an ({ $help }).
target-search-unsupported = { $service } bietet keine Datensatzsuche; geben Sie die Ziel-ID ein.
target-choose-field = Wählen Sie ein Modul und ein Feld.
target-bad-pattern = '{ $pattern }' ist kein gültiges Muster: { $reason }
target-not-by-field = '{ $target }' ist kein Ziel nach Feld (MODUL[FELD=WERT]).

signin-expired = Der Zoho-Anmeldecode ist abgelaufen, bevor er bestätigt wurde. Beginnen Sie erneut.
signin-cancelled = Die Zoho-Anmeldung wurde abgebrochen.
signin-unknown-dc = Ihr Zoho-Konto liegt im Rechenzentrum '{ $dc }', das PhotoDrop noch nicht kennt.
signin-other-dc = Ihr Zoho-Konto liegt im Rechenzentrum '{ $dc }' ({ $host }). Zoho gibt Ihrem Client dort ein eigenes Secret, und PhotoDrop sendet das Secret eines Rechenzentrums nicht an ein anderes. Öffnen Sie in der Zoho-API-Konsole den Client → Settings → Multi-DC, aktivieren Sie '{ $dc }' und kopieren Sie dessen Secret; stellen Sie dann das Rechenzentrum des Profils auf '{ $dc }', geben Sie dieses Secret als client_secret ein und melden Sie sich erneut an.
signin-denied = Die Zoho-Anmeldung wurde im Browser abgelehnt. Beginnen Sie erneut und drücken Sie „Accept“.
signin-refused = Zoho hat die Geräteanmeldung abgelehnt ({ $reason }). Prüfen Sie Client-ID und Secret (ein Client für „Non-browser Applications“) und das Rechenzentrum.
signin-no-refresh = Zoho hat die Anmeldung bestätigt, aber kein Refresh-Token gesendet. Beginnen Sie erneut.
signin-grant-no-refresh = Zoho hat ein Access-Token, aber kein Refresh-Token geliefert. Erzeugen Sie den Grant-Code erneut (Self Client, mit Offline-Zugriff) und versuchen Sie es noch einmal.
signin-invalid-client = Zoho kennt diese Client-ID für die Geräteanmeldung nicht. Legen Sie in der API-Konsole einen Client vom Typ „Non-browser Applications“ an und speichern Sie seine Client-ID und sein Secret.
signin-start-refused = Zoho hat den Start der Geräteanmeldung abgelehnt ({ $reason }). Prüfen Sie die Client-ID und das Rechenzentrum.

manifest-unreadable = Das Manifest { $file } ist nicht lesbar: { $reason }.
manifest-invalid = { $file }: { $why }. Die erste Zeile muss die Spalten benennen, darunter `file` und `target` (z. B. `file,target`).
manifest-row-invalid = { $file }, Zeile { $line }: { $why }; für diese Zeile wird nichts gesendet.
error-bad-url = '{ $url }' ist keine gültige URL ({ $reason }); schreiben Sie sie wie https://host[:port].
error-unsafe-link = PhotoDrop öffnet diesen Link nicht: { $why }. Öffnen Sie den Datensatz stattdessen auf der Webseite des Dienstes.
link-why-not-web = es ist keine Webadresse
link-why-no-host = sie nennt keinen Webserver
link-why-credentials = sie enthält einen Benutzernamen oder ein Passwort
link-why-http = sie ist nicht verschlüsselt (http)
error-insecure-url = Unverschlüsseltes http zu { $host } wird abgelehnt: Zugangsdaten und Fotos gingen unverschlüsselt über das Netz. Verwenden Sie https (http nur zu localhost).
error-url-scheme = Nicht unterstütztes URL-Schema '{ $scheme }'; verwenden Sie https.
error-queue-db = Die Datenbank der Upload-Warteschlange ist fehlgeschlagen ({ $reason }). Bleibt das so, prüfen Sie, ob auf der Festplatte Platz frei ist.
error-queue-open = Die Upload-Warteschlange { $file } lässt sich nicht öffnen ({ $reason }).
error-queue-newer = Die Upload-Warteschlange { $file } wurde von einem neueren PhotoDrop geschrieben; aktualisieren Sie PhotoDrop.
target-why-module = das Modul vor '[' fehlt oder hat Zeichen, die ein Modulname nicht haben kann
target-why-field = der Feldname fehlt oder hat Zeichen, die der API-Name eines Feldes nicht haben kann
link-why-scheme = '{ $scheme }:' ist keine Webadresse

error-internal = PhotoDrop ist auf etwas Unerwartetes gestoßen: { $detail }. Versuchen Sie es erneut; passiert es wieder, melden Sie es mit dieser Meldung.
error-io = Ein Dateizugriff ist fehlgeschlagen: { $reason }. Prüfen Sie die Festplatte und die Rechte des Ordners.

## Sign-in, pasting, thumbnails and history filters

history-bad-state = Unbekannter Status '{ $state }': done, duplicate, failed oder needs-attention.
history-export-failed = { $file } konnte nicht geschrieben werden: { $reason }. Wählen Sie einen anderen Ort.
paste-too-large = Das eingefügte Bild ist { $size } groß; PhotoDrop nimmt eingefügte Bilder bis { $max }. Speichern Sie es als Datei und ziehen Sie die Datei herein.
paste-not-image = Die Zwischenablage enthält kein Foto, das PhotoDrop lesen kann (JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC).
signin-no-flow = Das Profil '{ $profile }' ist { $provider } und hat keine Anmeldung: Hinterlegen Sie stattdessen seine Zugangsdaten.
signin-not-started = Für dieses Profil läuft keine Anmeldung; starten Sie zuerst eine.
thumb-bad-size = Die Vorschaugröße muss zwischen 1 und 4096 Pixeln liegen.
thumb-bad-format = .{ $ext }-Vorschaubilder können nicht geschrieben werden; verwenden Sie .jpg, .png, .webp, .bmp, .tiff oder .gif.
zoho-dc-hint = Prüfen Sie, ob das Rechenzentrum des Profils (Option dc) zu dem des Kontos passt.
zoho-token-invalid-code = Zoho hat das Refresh-Token oder den Grant-Code abgelehnt (abgelaufen, widerrufen oder schon verwendet). Melden Sie sich erneut an (ein neuer Self-Client-Grant-Code oder die Geräteanmeldung). { zoho-dc-hint }
zoho-token-invalid-client = Zoho kennt die Client-ID / das Client-Secret nicht. Kopieren Sie beide erneut aus der API-Konsole und geben Sie sie ein. { zoho-dc-hint }
zoho-token-rate-limit = Zoho hat neue Zugriffstoken für dieses Refresh-Token gesperrt (mehr als 10 Anfragen in 10 Minuten). Warten Sie bis zu 10 Minuten; PhotoDrop verwendet Token wieder, um das zu vermeiden.
zoho-token-refused = Zoho hat die Token-Anfrage abgelehnt ({ $reason }). { zoho-dc-hint }
keyring-macos = dem macOS-Schlüsselbund
keyring-windows = der Windows-Anmeldeinformationsverwaltung
keyring-secret-service = dem Schlüsselbund des Systems (Secret Service)
prepared-unchanged = unverändert

## Checking a profile (`profile test`, the app's Test button)

verify-chakrahq = Mit ChakraHQ verbunden; das Zugriffstoken funktioniert.
verify-questionpro = Mit QuestionPro verbunden; der API-Schlüssel funktioniert.
verify-capillary-basic = Die Basic-Zugangsdaten für Capillary sind gespeichert; sie werden beim ersten Upload zu { $host } geprüft.
verify-capillary-oauth = OAuth-Schlüssel und -Secret für Capillary funktionieren (ein Token wurde ausgestellt).
verify-zoho = Mit { $service } verbunden (API unter { $api }).

## An upload whose answer was lost, and giving up

error-upload-unconfirmed = { $file } wurde vollständig gesendet, aber { $service } hat es nicht bestätigt ({ $reason }). { $service } legt bei jedem Upload ein neues Bild an, daher hat PhotoDrop ihn nicht wiederholt: Prüfen Sie, ob es angekommen ist, bevor Sie es erneut hochladen.
error-still-refused = { $message } (Auch mit einem frischen Token noch abgelehnt: Verbinden Sie das Konto neu.)
error-looked-unclear = { $message } PhotoDrop hat nachgesehen, aber { $why }.
error-could-not-look = { $message } PhotoDrop konnte nicht nachsehen ({ $reason }).
error-gave-up = { $message } (Nach { $attempts } Versuchen über { $hours ->
    [0] { $minutes ->
        [one] eine Minute
       *[other] { $minutes } Minuten
    }
   *[other] { $hours } Stunden
} aufgegeben.)
lookup-photo-slot = der Fotoplatz hat nichts, was sich auflisten ließe
lookup-zoho-too-many = der Datensatz hat mehr als 4.000 Anhänge und keiner der ersten 4.000 ist { $file } ({ $size })
lookup-questionpro = Benutzer { $user } hat { $count ->
    [one] ein Bild
   *[other] { $count } Bilder
} von etwa { $size }, und die Liste von QuestionPro sagt nicht, welche Datei welches war, daher kann PhotoDrop nicht erkennen, ob eines davon { $file } ist
lookup-none = { $service } bietet keine Möglichkeit, das Hochgeladene aufzulisten
no-reason-recorded = kein Grund vermerkt

## The note left beside a watched file that failed (<file>.reason.txt)

reason-file-what = PhotoDrop konnte { $file } (Profil { $profile }, Ziel { $target }) am { $when } nicht hochladen.
reason-file-why = Grund ({ $code }): { $message }
reason-file-todo = Um es erneut zu versuchen, beheben Sie, was der Grund nennt, und drücken Sie dann „Erneut versuchen“ bei diesem Auftrag ({ $job }) im Verlauf von PhotoDrop (oder führen Sie `photodrop retry { $job }` aus), oder legen Sie die Datei wieder in den überwachten Ordner.

## Why a row, a file or a watched file has no target

manifest-why-columns = ihre Spalten sind { $columns }
manifest-why-unreadable = nicht lesbar ({ $reason })
manifest-why-no-file = keine Datei
manifest-why-no-target = kein Ziel für { $file }
match-why-pattern = der Name passt nicht zu '{ $pattern }'
match-why-no-folder = sie liegt in keinem Ordner
match-why-empty-name = der Name ist leer
preview-no-record = kein Datensatz hat diesen Wert
preview-many = { $count } Datensätze passen: Wählen Sie ein genaueres Feld
preview-more-than = mehr als { $count } Datensätze passen: Wählen Sie ein genaueres Feld
after-not-inside = { $file } liegt nicht im überwachten Ordner { $dir }
after-replaced = { $file } wurde durch einen Link oder einen Ordner ersetzt
after-changed = { $file } hat sich geändert, nachdem es eingereiht wurde
after-swapped = { $file } ist nicht mehr die hochgeladene Datei (eine andere Datei hat ihren Namen übernommen)
watch-why-changed = sie hat sich nach dem Einreihen geändert (PhotoDrop sendet eine überwachte Datei nur so, wie sie war, als sie vollständig war); legen Sie sie erneut in den Ordner
template-bad-pattern = Das Dateinamensmuster '{ $pattern }' ist kein gültiger regulärer Ausdruck: { $reason }
template-unclosed = Die Zielvorlage '{ $template }' hat eine '{ "{" }' ohne ihre '{ "}" }'.
template-bad-inline = '{ $regex }' in der Zielvorlage ist kein gültiger regulärer Ausdruck: { $reason }
template-needs-pattern = Die Zielvorlage verwendet { $placeholder }, das ein Dateinamensmuster (--pattern REGEX) braucht, dessen Gruppe es benennt; bekannte Platzhalter sind { $known }.
template-no-capture = Das Dateinamensmuster '{ $pattern }' hat keine Gruppe { $placeholder }.
template-why-no-target = die Regel hat kein Ziel
template-why-no-folder = { $file } liegt in keinem Unterordner, und die Vorlage '{ $template }' braucht einen
template-why-no-match = der Dateiname '{ $file }' passt nicht zum Muster '{ $pattern }'
template-why-empty-capture = das Muster '{ $pattern }' hat für { $placeholder } in '{ $file }' nichts erfasst
template-why-empty = die Vorlage '{ $template }' ergibt für { $file } ein leeres Ziel

## What a file that is not a photo looks like, and other reasons

other-empty = eine leere Datei
other-pdf = ein PDF-Dokument
other-zip = ein ZIP-Archiv (oder ein Office-Dokument)
other-iso-media = ein Video oder eine andere ISO-Mediendatei
other-gzip = ein gzip-Archiv
other-xml = ein XML/SVG-Dokument (Vektorgrafiken werden nicht unterstützt)
other-program = ein Programm
other-riff = eine RIFF-Mediendatei (Audio oder Video)
other-html = eine HTML-Seite
other-text = eine Textdatei
other-unknown = kein Bild, das PhotoDrop erkennt
damaged-no-pixels = es gibt an, keine Pixel zu haben
damaged-decoder-gave-up = der Decoder hat aufgegeben
damaged-heic-planes = der HEIC-Decoder lieferte kein brauchbares Bild
io-changed-while-read = die Datei hat sich beim Lesen geändert
io-grew-while-sent = die Datei ist während des Hochladens gewachsen
io-shrank-while-sent = die Datei ist während des Hochladens geschrumpft
policy-privacy-strip-only = privacy kann nur "strip" sein
policy-the-system = die Systemrichtlinie
capillary-or-oauth = { $message } (Oder OAuth verwenden: oauth_key und oauth_secret hinterlegen.)
