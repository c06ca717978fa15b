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
