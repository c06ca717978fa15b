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
