skip-to-content = Aller au contenu
tabs-label =
    .aria-label = Sections
tab-upload = Envoyer
tab-history = File et historique
tab-watch = Dossiers surveillés
tab-settings = Réglages
fatal-start = PhotoDrop n’a pas pu démarrer : { $error }
something-wrong = Un problème est survenu. Réessayez ; si cela se reproduit, consultez le journal.

destination = Destination
add-profile = Ajouter un profil…
recent-targets =
    .aria-label = Cibles récentes
recent = Récent :
demo-profile = Bac à sable (démo)
profile-option = { $profile } — { $service }
no-profile-option = Aucun profil — ajoutez-en un
credentials-missing = Identifiants manquants — ajoutez-les dans les Réglages.
target = Cible
target-input =
    .aria-label = Cible
target-placeholder-links = ou collez l’adresse d’un enregistrement, ou saisissez la cible
target-placeholder = Saisissez la cible
use-target = Utiliser
loading = Chargement…
photo-field =
    .aria-label = Champ photo
find-record =
    .aria-label = Chercher un enregistrement
matching-records =
    .aria-label = Enregistrements correspondants
searching = Recherche…
no-match = Aucun résultat dans { $what } pour « { $text } ».
no-records = Rien dans { $what } pour l’instant.
record-fallback = enregistrements
no-target = Aucune cible choisie.
photos-go-to = Les photos vont à
add-profile-first = Ajoutez d’abord un profil.
choose-target-first = Choisissez d’abord un enregistrement cible ; les photos ajoutées attendent jusque-là.
destination-line = Destination : { $profile } → { $target }
choose-target-overlay = (choisissez d’abord une cible)

drop-help = Déposez des photos ou des dossiers n’importe où sur cette fenêtre, collez une image ou des photos copiées (Ctrl+V), ou
add-photos = Ajouter des photos…
add-folder = Ajouter un dossier…
drop-overlay = Déposer pour envoyer à
skipped-files = { $count ->
    [one] Un fichier du dossier n’est pas une photo et a été ignoré.
   *[other] { $count } fichiers du dossier ne sont pas des photos et ont été ignorés.
}
held-until-target = Choisissez un enregistrement cible ; les photos partiront dès que vous l’aurez fait.
clear-finished = Effacer les terminées
tiles-label =
    .aria-label = Photos de cette session
photos-count = { $count ->
    [one] Une photo
   *[other] { $count } photos
}

one-slot-title = Plusieurs photos, un seul emplacement
one-slot-warning = Un enregistrement { $service } ne contient qu’une photo. Chacune de ces { $count } photos remplacerait la précédente, et seule la dernière resterait.
one-slot-attach-hint = Elles peuvent partir en pièces jointes : un enregistrement en garde autant que nécessaire, en pleine taille.
one-slot-attach = Joindre les { $count } en pièces jointes
one-slot-first = Utiliser seulement la première comme photo
one-slot-each = Définir chacune comme photo (la dernière reste)
cancel = Annuler
not-sent = Non envoyée.
not-sent-one-photo = Non envoyée : l’enregistrement garde une seule photo.

tile-label = { $name } : { $state }
tile-cannot = envoi impossible
tile-waiting = en attente
progress-of = Progression de l’envoi de { $name }
attached-to = ✓ Jointe à { $record }
attached-to-record = ✓ Jointe à l’enregistrement
uploaded-to = ✓ Envoyée vers { $record }
uploaded = ✓ Envoyée
already-on-record = ✓ Déjà sur cet enregistrement
open = Ouvrir
copy-link = Copier le lien
copy-id = Copier l’ID
copy = Copier
remote-id = ID { $id }
upload-again = Renvoyer quand même
retry = Réessayer
adding = Ajout…
waiting-for-target = En attente d’une cible
nothing-to-retry = Rien à réessayer.
copied-link = Lien copié.
copied-id = ID copié.
copied-code = Code copié.

plan-converted = Convertie de { $format } en JPEG
plan-resized-to = Redimensionnée en { $width }×{ $height }
plan-resized = Redimensionnée
plan-reencoded = Réencodée pour respecter la taille maximale
plan-gps = GPS retiré
plan-serial = Numéros de série retirés

state-queued = En file
state-preparing = Préparation
state-uploading = Envoi
state-waiting-retry = Nouvel essai en attente
state-done = Envoyée
state-duplicate = Déjà présente
state-failed = Échec
state-needs-attention = À traiter
retry-in = { $why }Nouvel essai dans { $seconds } s (essai { $attempt }).
retry-shortly = { $why }Nouvel essai sous peu (essai { $attempt }).
upload-failed = L’envoi n’a pas abouti.
already-attached = Cette photo est déjà jointe à cet enregistrement.
summary-active = { $count } en cours
summary-done = { $count } envoyées
summary-duplicate = { $count } déjà présentes
summary-attention = { $count } à traiter

action-enter = Saisir { $fields }
action-sign-in = Se reconnecter à { $profile }
action-add-profile = Créer le profil { $profile }
action-retry-target = Réessayer avec la cible choisie
action-retry = Réessayer
action-choose = Envoyer à cet enregistrement
record-to-send =
    .aria-label = Enregistrement destinataire
no-name = (sans nom)
choose-target-for = Choisissez d’abord une cible pour { $profile } dans l’onglet Envoyer, puis appuyez à nouveau.
its-profile = son profil

match-open = Associer chaque photo à un enregistrement…
match-title = Associer chaque photo à un enregistrement
match-kind = Enregistrements
match-field = dont le champ
match-field-input =
    .placeholder = nom d’API, p. ex. Product_Code
match-from = vaut
match-from-stem = le nom du fichier sans extension
match-from-pattern = une partie du nom du fichier (motif)
match-from-folder = le nom du dossier
match-pattern =
    .placeholder = regex, p. ex. ^(SKU-\d+)_
    .aria-label = Motif appliqué au nom du fichier ; son premier groupe est la valeur
match-rest = la mettre dans
match-go = Rechercher
match-import = Importer un manifeste CSV…
match-send = Envoyer { $count } associées
match-close = Fermer
match-table =
    .aria-label = Photos et enregistrements correspondants
match-record-photo = la photo de l’enregistrement
match-attachment = une pièce jointe
match-looking = Recherche…
match-none = Aucun enregistrement trouvé
match-no-value = Pas de valeur : { $problem }
match-no-value-plain = pas de valeur
match-many = { $more ->
    [yes] Plus de { $count } correspondances — choisir…
   *[no] { $count } correspondances — choisir…
}
match-record-for =
    .aria-label = Enregistrement pour { $name }
match-summary-photos = { $count } photos
match-summary-found = { $count } trouvées
match-summary-many = { $count } avec plusieurs enregistrements
match-summary-none = { $count } introuvables
match-summary-problem = { $count } avec un problème
match-summary-looking = recherche de { $count }…
match-sent = { $count ->
    [one] Une photo en route
   *[other] { $count } photos en route
}{ $left ->
    [0] .
   *[other] ; { $left } restent ici à corriger ou ignorer.
}
manifest-bad-rows = { $count ->
    [one] Une ligne du manifeste est inutilisable : { $error }
   *[other] { $count } lignes du manifeste sont inutilisables : { $error }
}

attention-title = À traiter ou encore en file
retry-all = Réessayer tout ce qui peut l’être
hist-search-label = Chercher dans l’historique
hist-search =
    .placeholder = Chercher un fichier, une cible, un enregistrement, une erreur…
hist-state-label = État
hist-all-states = Tous les états
export-csv = Exporter en CSV…
hist-list =
    .aria-label = Historique des envois
hist-count = { $count ->
    [one] Un envoi
   *[other] { $count } envois
}
hist-count-more = Plus de { $count } envois
exported-rows = { $count } lignes exportées dans { $file }.
copy-link-of =
    .aria-label = Copier le lien de { $name }
copy-id-of =
    .aria-label = Copier l’ID de { $name }
and-more = …et { $count } de plus
need-attention-badge =
    .aria-label = { $count } à traiter

watch-intro = Les photos déposées dans un dossier surveillé (la sortie d’un scanner, un dossier synchronisé du téléphone) sont envoyées sans personne au clavier. Avec des dossiers surveillés, fermer la fenêtre laisse PhotoDrop tourner dans la zone de notification.
watch-rules =
    .aria-label = Règles de surveillance
rule-add-title = Ajouter un dossier surveillé
rule-edit-title = Modifier { $name }
rule-name = Nom
rule-dir = Dossier
rule-dir-input =
    .placeholder = Choisir un dossier
rule-pick = Choisir…
rule-profile = Profil
rule-target = Cible
rule-target-input =
    .placeholder = Leads/3000000038009, ou un modèle comme Leads/{"{"}stem{"}"}
rule-pattern = Motif du nom de fichier
rule-pattern-input =
    .placeholder = regex facultative, p. ex. ^(\d+)_ pour {"{"}1{"}"}
rule-sample = Essayer un nom de fichier
rule-after = Après l’envoi
rule-after-move = Déplacer vers Uploaded/
rule-after-leave = Laisser le fichier
rule-after-delete = Supprimer le fichier
rule-recursive = Inclure les sous-dossiers
rule-placeholders = Variables du modèle : {"{"}stem{"}"} nom sans extension, {"{"}name{"}"}, {"{"}dir{"}"} sous-dossier, {"{"}parent{"}"}, {"{"}1{"}"} capture du motif, {"{"}re:REGEX{"}"}.
rule-save = Enregistrer la règle
rule-clear = Effacer
watching-dir = Surveillance de { $dir }.
rule-state-watching = surveillé
rule-state-problem = problème
rule-state-starting = démarrage
rule-state-stopped = arrêté
rule-pattern-note = (motif { $pattern })
rule-status = { $queued } en file, dernier : { $file } à { $when }
rule-nothing-yet = Rien pour l’instant
rule-managed = Défini par votre administrateur
edit = Modifier
remove = Supprimer
no-rules = Aucun dossier surveillé pour l’instant.

settings-profile = Profil
share-title = Partager les profils avec vos collègues
share-help = Un fichier avec les réglages de chaque profil — jamais un secret. Vos collègues l’importent, puis saisissent leurs propres secrets.
profiles-export = Exporter les profils…
profiles-import = Importer des profils…
profiles-exported = { $count ->
    [one] Un profil enregistré dans { $file } (sans secrets).
   *[other] { $count } profils enregistrés dans { $file } (sans secrets).
}
profiles-imported = Importés : { $names }.
profile-needs = { $name } a besoin de { $fields }
profiles-still-need = { $needs } (Réglages → Profil).
profiles-exist-title = Profils déjà présents
profiles-replace = Remplacer leurs réglages
app-title = Application
language = Langue
language-system = Comme le système
theme = Thème
theme-system = Comme le système
theme-light = Clair
theme-dark = Sombre
notify = Me prévenir quand un lot se termine ou demande de l’attention
start-at-login = Démarrer à l’ouverture de session (dans la zone de notification) pour que les dossiers surveillés continuent
update-check = Rechercher des mises à jour
update-install = Installer et redémarrer
update-checking = Vérification…
update-downloading = Téléchargement de la mise à jour…
about = PhotoDrop { $version }. Les secrets sont gardés dans { $keyring }. File, historique et vignettes : { $dir }.
no-profile = Aucun profil pour l’instant.
saved = Enregistré.
save-settings = Enregistrer les réglages
credentials = Identifiants
secret-set = défini — tapez pour remplacer
secret-other-host = saisi pour un autre serveur — saisissez-le à nouveau
secret-not-set = non défini
secret-state-set = défini
secret-state-missing = manquant
secret-state-other_host = pour un autre serveur
store = Enregistrer
secret-stored = { $field } enregistré dans { $keyring }.
service-at = { $service } à l’adresse { $url }.
test-connection = Tester la connexion
testing = Test…
remove-profile = Supprimer le profil
remove-title = Supprimer { $name } ?
remove-body = Le profil et ses secrets dans le trousseau sont supprimés. L’historique reste.

pd-title = Ajouter un profil de destination
pd-service = Service
pd-name = Nom du profil
pd-name-input =
    .placeholder = p. ex. crm-ventes
pd-base = Adresse du serveur
pd-base-input =
    .placeholder = laisser vide pour le vrai service
pd-secrets = Secrets (gardés dans { $keyring } ; jamais réaffichés)
pd-grant = Code d’autorisation
pd-grant-hint = le code d’autorisation créé dans la console du service
pd-exchange = Échanger contre un jeton d’actualisation
pd-or = ou
pd-device = Se connecter avec un code
pd-device-hint = à approuver dans votre navigateur
pd-device-open = Ouvrez l’adresse ci-dessous et saisissez ce code :
pd-copy-code = Copier le code
pd-test = Enregistrer et tester la connexion
pd-close = Fermer
pd-save = Enregistrer
pd-paste-grant = Collez d’abord le code d’autorisation.
pd-exchanging = Échange du code d’autorisation…
pd-token-stored = Jeton d’actualisation enregistré. Test de la connexion…
pd-no-profile = Le profil { $name } n’existe plus.
pd-secret-set =
    .placeholder = défini (tapez pour remplacer)
pd-asking = Demande d’un code de connexion à { $service }…
pd-waiting = En attente d’approbation (le code est valable { $minutes } min)…
pd-connected = Connecté. Test de la connexion…
pd-connected-moved = Connecté ({ $moved }). Test de la connexion…
pd-way-grant = Créez un code d’autorisation avec ces portées, collez-le ci-dessous et appuyez sur Échanger.
pd-way-device = Ou appuyez sur « Se connecter avec un code » et approuvez dans votre navigateur ; PhotoDrop suit votre compte là où il se trouve.
pd-connecting = Connexion de { $service } : { $instructions }
pd-either-way = { $ways } Dans les deux cas, le résultat va dans le trousseau.
pd-have-already = (Vous avez déjà un { $fields } ? Collez-le ci-dessous.)
pd-target-help = Cible : { $help }
pd-give-name = Donnez un nom au profil.
pd-testing = Test de la connexion…
pd-saved = Profil { $name } enregistré.
the-service = le service
