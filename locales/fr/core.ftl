number-decimal-separator = ,
size-bytes = { $n } o
size-kb = { $n } Ko
size-mb = { $n } Mo
size-gb = { $n } Go
datetime = { $day }/{ $month }/{ $year } { $hour }:{ $minute }

error-file-not-found = { $path } : fichier introuvable. Vérifiez le chemin (il a peut-être été déplacé ou renommé).
error-file-permission = { $path } : accès refusé. Donnez à votre utilisateur le droit de lire le fichier.
error-file-unreadable = { $path } : lecture impossible ({ $reason }). Vérifiez les droits du fichier.
error-is-a-directory = { $path } est un dossier, pas une photo. Passez les images qu’il contient.
error-not-a-file = { $path } n’est pas un fichier ordinaire.
error-not-an-image = { $path } est { $what }, pas une photo (JPEG, PNG, GIF, BMP, WebP, TIFF ou HEIC). Rien n’a été envoyé.
error-damaged-image = { $path } n’a pas pu être décodé ({ $reason }). Le fichier est peut-être endommagé ou incomplet ; ouvrez-le dans une visionneuse ou exportez-le à nouveau.

error-unknown-profile = Aucun profil nommé « { $name } ».
error-unknown-profile-known = Aucun profil nommé « { $name } ». Profils existants : { $known }.
error-profile-managed = Le profil « { $name } » est géré par votre administrateur ({ $file }) ; vous pouvez enregistrer ses secrets, mais pas le modifier ni le supprimer.
error-credential-missing = Le profil « { $profile } » n’a pas de { $fields } enregistré. (Une machine sans trousseau peut définir { $envs } à la place.)

error-timeout = La requête vers { $provider } a expiré ({ $detail }). Vérifiez le réseau ; PhotoDrop réessaie automatiquement.
error-connect-failed = Connexion à { $provider } impossible ({ $detail }). Vérifiez le réseau ; PhotoDrop réessaie automatiquement.
error-network = Connexion à { $provider } perdue ({ $detail }). Vérifiez le réseau ; PhotoDrop réessaie automatiquement.

error-record-not-found = { $file } : { $service } n’a aucun { $record }. Rien n’a été envoyé ; vérifiez la valeur, ou créez l’enregistrement et réessayez.
error-record-ambiguous = { $more ->
    [yes] { $file } : plus de { $count } correspondances pour { $record } ({ $list }). Rien n’a été envoyé ; choisissez-en un.
   *[no] { $file } : { $count } correspondances pour { $record } ({ $list }). Rien n’a été envoyé ; choisissez-en un.
}
record-where = { $kind } dont { $field } vaut '{ $value }'
record-no-name = sans nom

option-fit = Adapter les photos à la destination
option-fit-help = auto : convertir les photos que la destination refuserait (trop lourdes, trop de pixels, mauvais format) ; refuse : échouer avec un message
option-fit-auto = Convertir les photos que le service refuserait (taille, pixels, format)
option-fit-refuse = Les refuser avec un message
option-privacy = Confidentialité
option-privacy-help = strip : retirer la position GPS et les numéros de série de l’appareil avant l’envoi ; keep : envoyer les métadonnées telles quelles
option-privacy-strip = Retirer la position GPS et les numéros de série de l’appareil
option-privacy-keep = Envoyer les métadonnées telles quelles
option-duplicates = Doublons
option-duplicates-help = skip : une photo déjà jointe à la même cible est signalée, pas renvoyée ; allow : l’envoyer quand même
option-duplicates-skip = Ignorer les photos déjà jointes au même enregistrement
option-duplicates-allow = Les envoyer à nouveau
option-concurrency = Envois simultanés
option-concurrency-help = envois en cours en même temps pour ce profil (au moins 1 ; plafonné par la limite du service)
option-dc = Centre de données
option-version = Version de l’API
option-cluster = Cluster
option-namespace = Espace de noms
option-auth = Méthode de connexion
option-oauth_host = Hôte OAuth
option-oauth_header = En-tête OAuth
option-file_field = Nom du champ de fichier
option-restrict_triggers = Ignorer les règles de workflow
option-dc-help-zoho = Centre de données du compte Zoho
option-dc-help-questionpro = Centre de données du compte
option-concurrency-help-zoho = Envois en parallèle pour cette organisation : Zoho autorise 5 (Free), 10 (Standard), 15 (Professional), 20 (Enterprise), 25 (Ultimate)
option-version-help-zoho-crm = Version de l’API : v2 comme dans le document d’origine de Zoho, v8 est l’actuelle (ajoute Deals et RECORD_LOCKED)
option-version-help-zoho-bigin = Version de l’API : v1 comme dans le document d’origine de Bigin, v2 est l’actuelle
option-restrict_triggers-help = Mettre 'workflow' pour que l’envoi d’une photo ne déclenche pas les règles de workflow
option-cluster-help = Cluster : eu, in, sg, us, ou le nom d’hôte du service de fichiers (par ex. eucrm.cc.capillarytech.com)
option-namespace-help = Espace de noms par défaut quand aucune cible n’est donnée
option-auth-help = basic ou oauth (par défaut : selon les identifiants enregistrés, basic d’abord)
option-oauth_host-help = Hôte des appels de jeton OAuth (par défaut : l’hôte API du cluster)
option-oauth_header-help = En-tête qui porte le jeton OAuth
option-file_field-help = Champ multipart qui porte la photo (le document de Capillary ne le nomme pas)

provider-zoho-crm-target-help = Leads/3000000038009 (modules : Leads, Contacts, Accounts, Products, Vendors, Deals dès la v5, modules personnalisés)
provider-zoho-bigin-target-help = Contacts/3000000038009 (modules : Contacts, Companies = Accounts, Products)
provider-chakrahq-target-help = rien pour une photo libre, ou PROCEDURE/PROCESS_ID/ATTRIBUTE pour définir l’attribut photo d’un processus
provider-capillary-target-help = un espace de noms du service de fichiers, p. ex. rewards (par défaut)
provider-questionpro-target-help = un identifiant d’utilisateur QuestionPro, p. ex. 1234567
provider-zoho-crm-kind-label = Module
provider-zoho-crm-item-label = Enregistrement
provider-zoho-crm-search-placeholder = Chercher un enregistrement par nom, e-mail ou téléphone
provider-zoho-bigin-kind-label = Module
provider-zoho-bigin-item-label = Enregistrement
provider-zoho-bigin-search-placeholder = Chercher un enregistrement par nom, e-mail ou téléphone
provider-chakrahq-kind-label = Procédure
provider-chakrahq-item-label = Processus
provider-chakrahq-search-placeholder = Chercher un processus par nom
provider-zoho-crm-sign-in = Dans la console API de Zoho (api-console.zoho.com), créez un Self Client (ou un client « Non-browser Applications ») et copiez son identifiant et son secret ci-dessous. Donnez-lui ces portées (photos, pièces jointes, recherche d’enregistrements) :
provider-zoho-bigin-sign-in = Dans la console API de Zoho (api-console.zoho.com), créez un Self Client (ou un client « Non-browser Applications ») et copiez son identifiant et son secret ci-dessous. Donnez-lui ces portées (photos, pièces jointes, recherche d’enregistrements) :

field-client_id = Identifiant client de la console API de Zoho (Self Client)
field-client_secret = Secret client de la console API de Zoho
field-refresh_token = Jeton d’actualisation (ou connectez-vous : un code d’autorisation ou la connexion par code le remplit)
field-access_token = Un jeton d’accès brut à la place des trois ci-dessus (expire en moins d’une heure)
field-token = Jeton d’accès d’une clé API ChakraHQ (admin → API Keys)
field-api_key = Clé API (Integration → Developer API → Get API Key)
field-username = Nom d’utilisateur Till (authentification Basic)
field-password = Mot de passe Till (envoyé seulement sous forme de MD5, comme l’exige Capillary)
field-oauth_key = Clé client OAuth (InTouch → Org Settings → API client)
field-oauth_secret = Secret client OAuth

error-http-401 = { $service } a refusé les identifiants (HTTP 401). Vérifiez l’identifiant enregistré.
error-http-403 = { $service } a refusé l’accès (HTTP 403). Demandez l’autorisation à votre administrateur.
error-http-404 = { $service } n’a pas trouvé la cible (HTTP 404). Vérifiez la cible.
error-http-408 = { $service } a expiré (HTTP 408) ; nouvel essai.
error-http-409 = { $service } signale un conflit (HTTP 409).
error-http-413 = { $service } indique que le fichier est trop lourd (HTTP 413). Utilisez une photo plus petite.
error-http-415 = { $service } n’accepte pas ce type de fichier (HTTP 415). Convertissez-le en JPEG ou PNG.
error-http-429 = { $service } demande de ralentir (HTTP 429) ; attente avant un nouvel essai.
error-http-5xx = { $service } a eu une erreur serveur (HTTP { $status }) ; nouvel essai plus tard.
error-http-other = { $service } a refusé la requête (HTTP { $status }).

zoho-photo-rules = Il accepte les photos PNG, JPEG, GIF et BMP jusqu’à 10 Mo et 10 mégapixels.
zoho-invalid-token = { $service } indique que le jeton d’accès est invalide ou expiré. Actualisation en cours ; si cela persiste, reconnectez-vous.
zoho-scope-mismatch = La connexion Zoho n’a pas la portée { $scope }.modules.{ $module }.CREATE (ou { $scope }.modules.ALL). Reconnectez-vous en l’accordant (un nouveau code d’autorisation Self Client, ou la connexion par code).
zoho-scope-mismatch-attach = La connexion Zoho n’a pas les portées { $scope }.modules.{ $module }.CREATE (ou { $scope }.modules.ALL) et { $scope }.modules.attachments.CREATE. Reconnectez-vous en les accordant (un nouveau code d’autorisation Self Client, ou la connexion par code).
zoho-no-permission = Votre utilisateur Zoho n’a pas le droit d’envoyer des photos dans { $module }. Demandez cette autorisation à votre administrateur Zoho.
zoho-cannot-perform = Votre utilisateur Zoho ne peut pas modifier l’enregistrement { $module } { $id } (son propriétaire, une règle de partage ou les droits de la mise en page l’en empêchent). Demandez au propriétaire de l’enregistrement ou à votre administrateur Zoho.
zoho-not-approved = L’enregistrement { $module } { $id } attend une approbation dans { $service } ; une photo pourra être ajoutée une fois approuvé. Approuvez-le (ou demandez à l’approbateur), puis réessayez.
zoho-not-reviewed = L’enregistrement { $module } { $id } n’a pas encore été vérifié dans { $service } (les enregistrements issus de formulaires web ou d’imports peuvent l’exiger). Vérifiez-le dans Zoho, puis réessayez.
zoho-invalid-module = { $service } n’accepte pas de photos pour le module '{ $module }' ({ $said }). Utilisez l’un de { $help }.
zoho-attachment-refused = { $service } a refusé la pièce jointe ({ $said }). Une pièce jointe peut être tout fichier sauf un exécutable, jusqu’à 100 Mo.
zoho-file-refused = { $service } a refusé le fichier ({ $said }). { $rules }
zoho-file-type = { $service } n’accepte pas ce type de fichier ({ $said }). { $rules } Laissez PhotoDrop le convertir (fit=auto) ou enregistrez-le en JPEG.
zoho-no-record = Il n’existe aucun enregistrement { $module } avec l’identifiant { $id } dans { $service }. Vérifiez la cible (cherchez l’enregistrement et copiez son identifiant).
zoho-attachment-too-large = { $service } accepte les pièces jointes jusqu’à 100 Mo ; ce fichier est plus lourd.
zoho-photo-too-large = { $service } accepte les photos jusqu’à 10 Mo et 10 mégapixels ; celle-ci dépasse. Réduisez-la (ou laissez PhotoDrop l’adapter) et réessayez.
zoho-photo-over-size = { $service } accepte les photos jusqu’à { $size } ; celle-ci est plus lourde. Réduisez-la (ou laissez PhotoDrop l’adapter) et réessayez.
zoho-photo-over-resolution = { $service } accepte les photos jusqu’à 10 mégapixels ; celle-ci en a { $megapixels }. Réduisez-la (ou laissez PhotoDrop l’adapter) et réessayez.
zoho-photo-over-resolution-unknown = { $service } accepte les photos jusqu’à 10 mégapixels ; celle-ci en a plus. Réduisez-la (ou laissez PhotoDrop l’adapter) et réessayez.
zoho-record-locked = L’enregistrement { $module } { $id } est verrouillé (p. ex. dans un processus d’approbation). Déverrouillez-le dans Zoho, puis réessayez.
zoho-bad-request = { $service } n’a pas reconnu la requête ({ $code }). Vérifiez l’option de version d’API du profil (version={ $version }).
zoho-invalid-host = { $service } a refusé l’hôte de l’API. Vérifiez le centre de données du profil (option dc).
zoho-too-many-requests = { $service } demande de ralentir (limite d’API atteinte) ; attente avant un nouvel essai.
zoho-internal-error = { $service } a eu une erreur interne ; nouvel essai plus tard. Si cela persiste, contactez le support Zoho.
zoho-said = { $message } Zoho indique : { $code }.
zoho-said-words = { $message } Zoho indique : { $code } : { $words }.

error-fit-off-hint = L’adaptation est désactivée pour ce profil (fit=refuse) ; activez-la avec `--set fit=auto` ou redimensionnez la photo vous-même.
error-unsupported-format = { $path } est une image { $format } ; { $service } n’accepte que { $formats }. { $hint }
error-too-many-pixels = { $path } fait { $width }×{ $height } ; { $service } accepte au plus { $megapixels } mégapixels. { $hint }
error-file-too-large = { $path } pèse { $size } ; { $service } accepte au plus { $limit }. { $hint }
error-cannot-fit = { $path } n’a pas pu être rendu assez petit pour { $service }.
error-workdir = PhotoDrop ne peut pas écrire sa copie de travail dans { $dir } ({ $reason }). Libérez de l’espace disque ou vérifiez les droits du dossier.
error-too-large-to-decode = { $path } annonce { $width }×{ $height } pixels ({ $megapixels } mégapixels), plus que ce que PhotoDrop décode ({ $max } MP). Il est peut-être endommagé ou c’est une bombe de décompression.
error-file-too-large-to-decode = { $path } pèse { $size } ; PhotoDrop décode les photos jusqu’à { $max }.
error-decode-memory = { $path } demande plus de mémoire à décoder que PhotoDrop ne l’autorise ; c’est peut-être une bombe de décompression.
error-heic-unsupported = { $path } : cette version de PhotoDrop ne lit pas les photos HEIC ; exportez-la en JPEG.

error-no-home = Aucun dossier personnel trouvé ; définissez { $var } sur un dossier accessible en écriture.
error-data-dir = Impossible de créer { $dir } ({ $reason }) ; définissez PHOTODROP_CONFIG_DIR / PHOTODROP_DATA_DIR sur un dossier accessible en écriture.
error-config-unreadable = Impossible de lire { $file } : { $reason }
error-config-unwritable = Impossible d’écrire { $file } : { $reason }
error-bad-profiles-file = { $file } n’est pas valide ({ $reason }). Corrigez-le à la main ou supprimez le profil défectueux.
error-bad-policy = { $file } n’est pas valide ({ $reason }) ; adressez-vous à l’administrateur qui gère PhotoDrop ici.
error-policy-no-user-profiles = Ici, les profils sont définis par votre administrateur ({ $file }) ; demandez-lui d’ajouter '{ $name }'.
error-policy-host = Le profil '{ $name }' enverrait vers { $host }, ce que la politique ({ $file }) n’autorise pas. Autorisés : { $allowed }.
error-declined = { $action } : annulé, rien n’a été modifié.
error-profile-exists = Un profil nommé '{ $name }' existe déjà. Supprimez-le d’abord ou choisissez un autre nom.
error-profiles-exist = Des profils nommés { $names } existent déjà ; rien n’a été importé. Importez avec remplacement pour écraser leurs réglages (leurs secrets sont conservés).
error-import-unreadable = Impossible de lire { $file } : { $reason }
error-import-empty = { $file } ne contient aucun profil.
error-unknown-field = '{ $field }' n’est pas un identifiant de { $provider }. Champs : { $fields }.
error-empty-secret = Aucune valeur donnée pour { $field } ; saisissez-la sur stdin.
error-unknown-provider = Service inconnu '{ $provider }'. Choisissez parmi : { $providers }.
error-secret-in-config = '{ $key }' est un secret ; il ne va jamais dans le fichier de profils : enregistrez-le dans le trousseau.
error-unknown-option = '{ $key }' n’est pas une option de { $provider }. Options : { $options }.
error-bad-option-choice = '{ $value }' n’est pas une valeur valide pour { $key }. Choisissez parmi : { $choices }.
error-bad-option-number = '{ $value }' n’est pas une valeur valide pour { $key } : indiquez { $what }.
whole-number-range = un nombre entier de { $min } à { $max }
whole-number-min = un nombre entier d’au moins { $min }
error-bad-profile-name = '{ $name }' n’est pas un nom de profil valide : utilisez 1 à 64 lettres, chiffres, '-', '_' ou '.'.
error-keyring = Impossible de { $op } un secret dans le trousseau du système ({ $reason }). Sur un bureau, déverrouillez votre trousseau (GNOME Keyring / KWallet, Trousseau macOS, Gestionnaire d’identification Windows) et réessayez ; sur une machine sans bureau, définissez le secret dans l’environnement sous PHOTODROP_SECRET_<PROFILE>_<FIELD>.
error-credentials-other-host = Le profil '{ $profile }' pointe maintenant vers { $now }, mais son { $field } a été saisi pour { $was }. PhotoDrop n’envoie jamais un secret à un hôte pour lequel il n’a pas été saisi. Si la nouvelle adresse est la bonne, saisissez à nouveau le secret ; sinon, rétablissez le profil.

error-upload-unconfirmed-stopped = PhotoDrop s’est arrêté pendant l’envoi de { $file } vers { $target } ; il est peut-être arrivé. { $service } crée une nouvelle image à chaque envoi, il n’a donc pas été renvoyé : vérifiez, puis réessayez s’il manque.
the-target = la cible
the-service-name = Le service
error-no-target = { $file } : aucun enregistrement cible.
error-watched-file-refused = { $file } : non envoyé, { $why }. Rien n’a été envoyé.
keyring-op-open = ouvrir
keyring-op-read = lire
keyring-op-store = enregistrer
keyring-op-delete = supprimer

confirm-repoint-title = changer le serveur d’un profil
confirm-repoint =
    Faire pointer le profil '{ $name }' vers { $now } ?

    Ses secrets ont été saisis pour { $was }. PhotoDrop ne les enverra pas à la nouvelle adresse : vous les saisirez à nouveau pour elle.
confirm-repoint-yes = Changer de serveur
confirm-delete-after-title = supprimer après l’envoi
confirm-delete-after =
    Supprimer chaque photo de { $dir } une fois envoyée ?

    PhotoDrop ne supprime un fichier qu’après confirmation de l’envoi par le service, mais un fichier supprimé ne va pas dans la corbeille.
confirm-delete-after-yes = Supprimer après l’envoi
confirm-large-tree-title = surveiller une grande arborescence
confirm-large-tree =
    { $dir } contient plus de { $count } fichiers et dossiers. Le surveiller avec tous ses sous-dossiers ?

    Chaque photo qui s’y trouve sera envoyée.
confirm-large-tree-yes = Tout surveiller

chakra-what-upload = envoyer la photo
chakra-what-list = lister les processus
chakra-what-config = lire la configuration
chakra-what-set = définir { $attribute } sur le processus { $process }
chakra-said = ChakraHQ indique : { $message }.
chakra-401 = ChakraHQ a refusé le jeton d’accès.{ $said } Créez un jeton d’accès sous Admin → API Keys et saisissez-le comme token du profil.
chakra-403 = Le rôle de la clé API ChakraHQ ne permet pas de { $what }.{ $said } Donnez cette autorisation au rôle d’accès de la clé.
chakra-404 = ChakraHQ n’a pas trouvé de quoi { $what }.{ $said } Vérifiez la cible (procédure, identifiant de processus, attribut).
chakra-400 = ChakraHQ a refusé la demande ({ $what }).{ $said }
chakra-bad-target = '{ $target }' n’est pas de la forme PROCEDURE/PROCESS_ID/ATTRIBUTE (p. ex. lead/6570f1.../site_photo) ; omettez la cible pour une photo libre.
chakra-no-procedure = ChakraHQ n’a pas de procédure '{ $procedure }'. Existantes : { $known }.
chakra-bad-field-target = '{ $target }' n’est pas de la forme PROCEDURE[ATTRIBUTE=VALUE]/PHOTO_ATTRIBUTE (p. ex. lead[customer_code=C-7]/site_photo).
chakra-no-attribute = La procédure ChakraHQ '{ $procedure }' n’a pas d’attribut '{ $attribute }'. Ses attributs : { $attributes }.

capillary-said = Capillary indique : { $message }.
capillary-400 = Capillary a refusé l’envoi (HTTP 400).{ $said } Vérifiez l’espace de noms et que le fichier est une image valide.
capillary-401-basic = Capillary a refusé le nom d’utilisateur / mot de passe Till.{ $said } Saisissez-les à nouveau (l’authentification Basic peut aussi être désactivée pour votre organisation).
capillary-401 = Capillary a refusé le jeton OAuth.{ $said } PhotoDrop en génère un nouveau une fois ; si cela persiste, vérifiez les droits du client API.
capillary-403 = L’utilisateur Capillary ne peut pas utiliser le service de fichiers.{ $said } Demandez le groupe d’accès par défaut à votre administrateur.
capillary-404 = Capillary ne connaît pas cet espace de noms ou ce point d’accès (HTTP 404).{ $said } Vérifiez l’espace de noms cible et l’option cluster.
capillary-415 = Capillary n’accepte pas ce type de fichier (HTTP 415).{ $said }
capillary-busy = Capillary est occupé (HTTP { $status }).{ $said } Nouvel essai plus tard.
capillary-oauth-refused = Capillary a refusé la clé/le secret OAuth. Vérifiez le client API dans InTouch (Org Settings → Authentication) et saisissez à nouveau sa clé et son secret.
capillary-not-confirmed = Capillary a répondu sans confirmer l’envoi.
capillary-not-stored = Capillary a répondu « succès » mais { $problem } : la photo n’est pas arrivée (il garde un fichier vide quand la partie fichier manque). Vérifiez l’option file_field du profil (par défaut 'file') et qu’aucun proxy ne réécrit les envois, puis réessayez ; le prochain envoi remplace le fichier vide.
capillary-no-size = n’a pas dit combien d’octets il a stockés
capillary-short = a stocké { $stored } octets sur les { $sent } envoyés
capillary-renamed = l’a stocké sous '{ $got }' au lieu de '{ $name }'
capillary-bad-host = { $option } '{ $value }' n’est pas un hôte Capillary : indiquez un cluster (eu, in, sg, us) ou un nom d’hôte sous { $domain } (p. ex. eucrm.cc.{ $domain }). Pour une passerelle ou un serveur de test, définissez plutôt l’URL de base du profil (--base-url).
capillary-bad-file-field = file_field doit être un nom de champ de formulaire (lettres, chiffres, _ et -), pas '{ $value }'.
capillary-bad-namespace = '{ $namespace }' n’est pas un espace de noms Capillary (lettres, chiffres, '-' et '_', p. ex. rewards).

questionpro-said = QuestionPro indique : { $message }.
questionpro-auth = QuestionPro a refusé la clé API.{ $said } Copiez-la à nouveau depuis Integration → Developer API et saisissez-la comme api_key du profil ; vérifiez aussi l’option datacenter.
questionpro-permission = La clé API QuestionPro ne peut pas ajouter d’images pour cet utilisateur.{ $said } Demandez l’autorisation à votre administrateur QuestionPro.
questionpro-no-user = QuestionPro ne connaît pas cet utilisateur.{ $said } Vérifiez l’identifiant d’utilisateur cible.
questionpro-quota = Le quota d’appels API de cette licence QuestionPro est épuisé.{ $said } Un administrateur doit acheter des appels ; rien ne sera envoyé d’ici là.
questionpro-rate = La limite de débit de QuestionPro (300 appels par minute et par clé) est atteinte.{ $said } Attente avant un nouvel essai.
questionpro-rejected = QuestionPro a refusé la demande.{ $said }
questionpro-target-required = QuestionPro a besoin d’une cible : --target USER_ID (l’identifiant numérique de l’utilisateur QuestionPro dont la bibliothèque d’images reçoit la photo).
questionpro-bad-target = '{ $target }' n’est pas un identifiant d’utilisateur QuestionPro (un nombre comme 1234567).
questionpro-no-image-id = QuestionPro a répondu sans identifiant d’image ; l’image a peut-être été ajoutée, ou pas. Vérifiez la bibliothèque d’images de l’utilisateur avant d’envoyer à nouveau.

watch-rules-invalid = { $file } n’est pas valide : { $reason }
watch-rules-unreadable = Impossible de lire { $file } : { $reason }
watch-rule-managed = La règle de surveillance '{ $name }' est définie par votre administrateur ; elle ne peut pas être modifiée ni supprimée ici.
watch-refused = PhotoDrop ne surveillera pas { $dir } : { $why }. Créez un dossier pour les photos à envoyer (par exemple le dossier de sortie d’un scanner) et surveillez-le.
watch-why-root = c’est la racine d’un disque ou du système de fichiers
watch-why-home = c’est votre dossier personnel (choisissez un dossier à l’intérieur)
watch-why-own = il contient les réglages ou les données de PhotoDrop
watch-why-system = c’est un dossier système
watch-why-shared = c’est un dossier système partagé par tous sur cet ordinateur
watch-why-homes = il contient le dossier personnel de chaque utilisateur
watch-failed = Impossible de surveiller { $dir } ({ $reason }).
watch-failed-limit = Impossible de surveiller { $dir } ({ $reason }). La limite du système sur les dossiers surveillés est atteinte : augmentez fs.inotify.max_user_watches, ou surveillez moins de sous-dossiers.
watch-no-record = { $file } : impossible de savoir à quel enregistrement il appartient ({ $why }). Renommez le fichier selon la règle '{ $rule }' ou corrigez le modèle de cible de la règle.
watch-not-uploaded = { $file } n’est pas envoyé : { $why }.
watch-why-link = c’est un lien symbolique (PhotoDrop n’envoie que les fichiers réellement dans le dossier surveillé, jamais la cible d’un lien)
watch-why-hard-link = c’est un lien physique, un autre nom d’un fichier qui existe aussi ailleurs (PhotoDrop n’envoie que les fichiers à nom unique)
watch-why-special = ce n’est pas un fichier ordinaire
watch-dir-missing = { $dir } n’est pas un dossier. Créez-le ou choisissez-en un autre.
watch-rule-name = Donnez un nom à la règle.
chakra-not-attached = La photo { $photo } a été envoyée mais pas rattachée au processus { $procedure }/{ $process } : { $reason }

target-zoho-required = { $service } a besoin d’un enregistrement cible : --target Module/IdEnregistrement (p. ex. { $help }).
target-zoho-bad = '{ $target }' n’est pas de la forme Module/IdEnregistrement (p. ex. { $help }).
target-zoho-bad-id = '{ $id }' n’est pas un identifiant d’enregistrement Zoho : ce sont de longs nombres comme 3000000038009.
target-zoho-bad-link = '{ $target }' ne ressemble pas à l’adresse d’un enregistrement { $service }. Ouvrez l’enregistrement dans Zoho et copiez la barre d’adresse, ou saisissez Module/IdEnregistrement (p. ex. { $help }).
target-zoho-crm-module = '{ $module }' n’est pas le nom d’API d’un module Zoho CRM (p. ex. Leads, Contacts, Accounts).
target-zoho-bigin-module = Zoho Bigin n’accepte des photos que sur Contacts, Companies (Accounts) et Products, pas sur '{ $module }'.
target-zoho-field-rest = '{ $target }' : après les crochets, seul /Attachments peut suivre (sinon la photo de l’enregistrement).
target-zoho-field-unsearchable = { $service } ne peut pas chercher { $module } par '{ $field }' ({ $reason }). Utilisez le nom d’API du champ tel que Zoho le donne dans Paramètres > Developer Space > APIs, pour un champ qui peut être recherché.
target-by-field-bad = '{ $target }' n’est pas une cible par champ : { $why }. Écrivez MODULE[CHAMP=VALEUR] (p. ex. Contacts[Email=ada@example.com] ou Products[Product_Code=SKU-1001]).
target-why-no-close = il manque le ']' fermant
target-why-no-equals = il manque un '=' entre le champ et sa valeur
target-why-empty = la valeur est vide
target-why-too-long = la valeur est trop longue ou contient des caractères de contrôle
target-why-rest = seul '/…' peut suivre le ']' fermant
target-field-unsupported = { $service } ne sait pas trouver un enregistrement par la valeur d’un champ ; indiquez la cible elle-même ({ $help }).
target-search-unsupported = { $service } n’a pas de recherche d’enregistrements ; saisissez l’identifiant de la cible.
target-choose-field = Choisissez un module et un champ.
target-bad-pattern = '{ $pattern }' n’est pas un motif valide : { $reason }
target-not-by-field = '{ $target }' n’est pas une cible par champ (MODULE[CHAMP=VALEUR]).

signin-expired = Le code de connexion Zoho a expiré avant d’être approuvé. Recommencez.
signin-cancelled = La connexion Zoho a été annulée.
signin-unknown-dc = Votre compte Zoho se trouve dans le centre de données '{ $dc }', que PhotoDrop ne connaît pas encore.
signin-other-dc = Votre compte Zoho se trouve dans le centre de données '{ $dc }' ({ $host }). Zoho y donne à votre client un secret distinct, et PhotoDrop n’envoie pas le secret d’un centre de données à un autre. Dans la console API de Zoho, ouvrez le client → Settings → Multi-DC, activez '{ $dc }' et copiez son secret ; puis réglez le centre de données du profil sur '{ $dc }', saisissez ce secret comme client_secret et reconnectez-vous.
signin-denied = La connexion Zoho a été refusée dans le navigateur. Recommencez et appuyez sur « Accept ».
signin-refused = Zoho a refusé la connexion par code ({ $reason }). Vérifiez l’identifiant et le secret du client (un client « Non-browser Applications ») et le centre de données.
signin-no-refresh = Zoho a approuvé la connexion mais n’a envoyé aucun jeton d’actualisation. Recommencez.
signin-grant-no-refresh = Zoho a renvoyé un jeton d’accès mais pas de jeton d’actualisation. Générez de nouveau le code d’autorisation (Self Client, avec accès hors ligne) et réessayez.
signin-invalid-client = Zoho ne connaît pas cet identifiant client pour la connexion par code. Dans la console API, créez un client de type « Non-browser Applications » et enregistrez son identifiant et son secret.
signin-start-refused = Zoho a refusé de démarrer la connexion par code ({ $reason }). Vérifiez l’identifiant client et le centre de données.

manifest-unreadable = Impossible de lire le manifeste { $file } : { $reason }.
manifest-invalid = { $file } : { $why }. La première ligne doit nommer les colonnes, dont `file` et `target` (p. ex. `file,target`).
manifest-row-invalid = { $file }, ligne { $line } : { $why } ; rien n’est envoyé pour cette ligne.
error-bad-url = '{ $url }' n’est pas une URL valide ({ $reason }) ; écrivez-la comme https://hôte[:port].
error-unsafe-link = PhotoDrop n’ouvrira pas ce lien : { $why }. Ouvrez plutôt l’enregistrement dans la page web du service.
link-why-not-web = ce n’est pas une adresse web
link-why-no-host = elle ne nomme aucun serveur web
link-why-credentials = elle contient un nom d’utilisateur ou un mot de passe
link-why-http = elle n’est pas chiffrée (http)
error-insecure-url = http non chiffré vers { $host } refusé : identifiants et photos circuleraient en clair. Utilisez https (http n’est permis que vers localhost).
error-url-scheme = Schéma d’URL non pris en charge '{ $scheme }' ; utilisez https.
error-queue-db = La base de données de la file d’envoi a échoué ({ $reason }). Si cela persiste, vérifiez qu’il reste de la place sur le disque.
error-queue-open = Impossible d’ouvrir la file d’envoi { $file } ({ $reason }).
error-queue-newer = La file d’envoi { $file } a été écrite par un PhotoDrop plus récent ; mettez PhotoDrop à jour.
target-why-module = le module avant '[' manque ou contient des caractères impossibles dans un nom de module
target-why-field = le nom du champ manque ou contient des caractères impossibles dans un nom d’API de champ
link-why-scheme = '{ $scheme }:' n’est pas une adresse web

error-internal = PhotoDrop a rencontré quelque chose d’inattendu : { $detail }. Réessayez ; si cela se reproduit, signalez-le avec ce message.
error-io = Une opération sur un fichier a échoué : { $reason }. Vérifiez le disque et les droits du dossier.

## Sign-in, pasting, thumbnails and history filters

history-bad-state = État inconnu '{ $state }' : done, duplicate, failed ou needs-attention.
history-export-failed = Impossible d’écrire { $file } : { $reason }. Choisissez un autre emplacement.
paste-too-large = L’image collée fait { $size } ; PhotoDrop accepte les images collées jusqu’à { $max }. Enregistrez-la dans un fichier et déposez ce fichier.
paste-not-image = Le presse-papiers ne contient pas de photo que PhotoDrop sait lire (JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC).
signin-no-flow = Le profil '{ $profile }' est de type { $provider }, sans connexion : saisissez plutôt ses identifiants.
signin-not-started = Aucune connexion n’est en cours pour ce profil ; commencez-en une d’abord.
thumb-bad-size = La taille de la vignette doit être comprise entre 1 et 4096 pixels.
thumb-bad-format = Impossible d’écrire des vignettes .{ $ext } ; utilisez .jpg, .png, .webp, .bmp, .tiff ou .gif.
zoho-dc-hint = Vérifiez que le centre de données du profil (option dc) est celui du compte.
zoho-token-invalid-code = Zoho a refusé le jeton d’actualisation ou le code d’autorisation (expiré, révoqué ou déjà utilisé). Reconnectez-vous (un nouveau code Self Client ou la connexion par appareil). { zoho-dc-hint }
zoho-token-invalid-client = Zoho ne reconnaît pas l’identifiant / le secret client. Copiez-les à nouveau depuis la console API et saisissez-les. { zoho-dc-hint }
zoho-token-rate-limit = Zoho a bloqué les nouveaux jetons d’accès pour ce jeton d’actualisation (plus de 10 demandes en 10 minutes). Patientez jusqu’à 10 minutes ; PhotoDrop réutilise les jetons pour l’éviter.
zoho-token-refused = Zoho a refusé la demande de jeton ({ $reason }). { zoho-dc-hint }
keyring-macos = le trousseau macOS
keyring-windows = le Gestionnaire d’identification Windows
keyring-secret-service = le trousseau du système (Secret Service)
prepared-unchanged = inchangée

## Checking a profile (`profile test`, the app's Test button)

verify-chakrahq = Connecté à ChakraHQ ; le jeton d’accès fonctionne.
verify-questionpro = Connecté à QuestionPro ; la clé d’API fonctionne.
verify-capillary-basic = Les identifiants Basic de Capillary sont enregistrés ; ils seront vérifiés au premier envoi vers { $host }.
verify-capillary-oauth = La clé et le secret OAuth de Capillary fonctionnent (un jeton a été émis).
verify-zoho = Connecté à { $service } (API sur { $api }).

## An upload whose answer was lost, and giving up

error-upload-unconfirmed = { $file } a été envoyé entièrement, mais { $service } ne l’a pas confirmé ({ $reason }). { $service } crée une nouvelle image à chaque envoi, donc PhotoDrop ne l’a pas renvoyé : vérifiez s’il est arrivé avant de l’envoyer à nouveau.
error-still-refused = { $message } (Toujours refusé avec un nouveau jeton : reconnectez le compte.)
error-looked-unclear = { $message } PhotoDrop a vérifié, mais { $why }.
error-could-not-look = { $message } PhotoDrop n’a pas pu vérifier ({ $reason }).
error-gave-up = { $message } (Abandonné après { $attempts } tentatives en { $hours ->
    [0] { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }
   *[other] { $hours } heures
}.)
lookup-photo-slot = l’emplacement photo n’a rien à lister
lookup-zoho-too-many = l’enregistrement a plus de 4 000 pièces jointes et aucune des 4 000 premières n’est { $file } ({ $size })
lookup-questionpro = l’utilisateur { $user } a { $count ->
    [one] une image
   *[other] { $count } images
} d’environ { $size } et la liste de QuestionPro ne dit pas de quel fichier vient chacune, donc PhotoDrop ne peut pas savoir si l’une d’elles est { $file }
lookup-none = { $service } n’offre aucun moyen de lister ce qui a été envoyé
no-reason-recorded = aucune raison enregistrée

## The note left beside a watched file that failed (<file>.reason.txt)

reason-file-what = PhotoDrop n’a pas pu envoyer { $file } (profil { $profile }, cible { $target }) le { $when }.
reason-file-why = Raison ({ $code }) : { $message }
reason-file-todo = Pour réessayer, corrigez ce que dit la raison, puis appuyez sur Réessayer pour cette tâche ({ $job }) dans l’historique de PhotoDrop (ou lancez `photodrop retry { $job }`), ou remettez le fichier dans le dossier surveillé.

## Why a row, a file or a watched file has no target

manifest-why-columns = ses colonnes sont { $columns }
manifest-why-unreadable = illisible ({ $reason })
manifest-why-no-file = aucun fichier
manifest-why-no-target = aucune cible pour { $file }
match-why-pattern = le nom ne correspond pas à '{ $pattern }'
match-why-no-folder = il n’est dans aucun dossier
match-why-empty-name = le nom est vide
preview-no-record = aucun enregistrement n’a cette valeur
preview-many = { $count } enregistrements correspondent : choisissez un champ plus précis
preview-more-than = plus de { $count } enregistrements correspondent : choisissez un champ plus précis
after-not-inside = { $file } n’est pas dans le dossier surveillé { $dir }
after-replaced = { $file } a été remplacé par un lien ou un dossier
after-changed = { $file } a changé après sa mise en file
after-swapped = { $file } n’est plus le fichier envoyé (un autre fichier a pris son nom)
watch-why-changed = il a changé après sa mise en file (PhotoDrop n’envoie un fichier surveillé que tel qu’il était une fois complet) ; remettez-le dans le dossier
template-bad-pattern = Le motif de nom de fichier '{ $pattern }' n’est pas une expression régulière valide : { $reason }
template-unclosed = Le modèle de cible '{ $template }' contient une '{ "{" }' sans sa '{ "}" }'.
template-bad-inline = '{ $regex }' dans le modèle de cible n’est pas une expression régulière valide : { $reason }
template-needs-pattern = Le modèle de cible utilise { $placeholder }, qui demande un motif de nom de fichier (--pattern REGEX) dont il nomme le groupe ; les espaces réservés connus sont { $known }.
template-no-capture = Le motif de nom de fichier '{ $pattern }' n’a pas de groupe { $placeholder }.
template-why-no-target = la règle n’a pas de cible
template-why-no-folder = { $file } n’est pas dans un sous-dossier, et le modèle '{ $template }' en demande un
template-why-no-match = le nom de fichier '{ $file }' ne correspond pas au motif '{ $pattern }'
template-why-empty-capture = le motif '{ $pattern }' n’a rien capturé pour { $placeholder } dans '{ $file }'
template-why-empty = le modèle '{ $template }' donne une cible vide pour { $file }

## What a file that is not a photo looks like, and other reasons

other-empty = un fichier vide
other-pdf = un document PDF
other-zip = une archive ZIP (ou un document Office)
other-iso-media = une vidéo ou un autre fichier média ISO
other-gzip = une archive gzip
other-xml = un document XML/SVG (les images vectorielles ne sont pas prises en charge)
other-program = un programme
other-riff = un fichier média RIFF (audio ou vidéo)
other-html = une page HTML
other-text = un fichier texte
other-unknown = une image que PhotoDrop ne reconnaît pas
damaged-no-pixels = il prétend n’avoir aucun pixel
damaged-decoder-gave-up = le décodeur a abandonné
damaged-heic-planes = le décodeur HEIC n’a rendu aucune image utilisable
io-changed-while-read = le fichier a changé pendant sa lecture
io-grew-while-sent = le fichier a grossi pendant l’envoi
io-shrank-while-sent = le fichier a rétréci pendant l’envoi
policy-privacy-strip-only = privacy ne peut valoir que "strip"
policy-the-system = la stratégie du système
capillary-or-oauth = { $message } (Ou utilisez OAuth : enregistrez oauth_key et oauth_secret.)
