cli-error = erreur : { $message }
cli-do-set-credentials = Lancez { $commands } et saisissez le secret sur stdin.
cli-do-then = { " " }puis{ " " }
cli-do-or = { " " }ou{ " " }
cli-do-sign-in = Reconnectez-vous : `photodrop credential sign-in { $profile }` (à approuver dans un navigateur) ou `photodrop credential sign-in { $profile } --code` (un code d’autorisation sur stdin).
cli-do-add-profile = Créez-le avec `photodrop profile add { $profile } --provider KIND`.
cli-do-retry-target = Lancez `photodrop retry { $job } --target TARGET`.
cli-do-retry = Pour réessayer : `photodrop retry { $job }`.
cli-do-choose = Envoyez-le à l’un d’eux : { $commands }.
cli-duplicate = déjà joint à { $target } le { $when } (tâche { $job }) ; pas renvoyé. Utilisez --allow-duplicates (ou `photodrop retry { $retry }`) pour l’envoyer quand même.
cli-duplicate-target = la cible
cli-already-attached = déjà joint ; pas renvoyé.
cli-job = tâche { $job }
cli-resized = redimensionné { $from } → { $to }
cli-resized-plain = redimensionné
cli-converted = converti depuis { $format }
cli-reencoded = réencodé
cli-removed = retiré : { $what }
cli-earlier-job = (tâche précédente) { $line }
cli-summary = { $uploaded } envoyés, { $failed } en échec.
cli-summary-duplicates = { $uploaded } envoyés, { $duplicates } déjà joints, { $failed } en échec.
cli-stopped = Arrêté. { $left ->
    [one] Un fichier reste
   *[other] { $left } fichiers restent
} dans la file ; `photodrop queue resume` les termine.
cli-queue-empty = Aucun envoi en attente.
cli-resuming = { $count ->
    [one] Reprise d’un envoi en attente…
   *[other] Reprise de { $count } envois en attente…
}
cli-left-unfinished = { $count ->
    [one] Un envoi non terminé
   *[other] { $count } envois non terminés
} ; voyez `photodrop queue list`, corrigez ce qui est indiqué, puis `photodrop retry JOB_ID`.
cli-history-empty = Aucun envoi pour l’instant.
cli-history-duplicate = déjà joint (tâche { $job })
cli-rows-written = { $count ->
    [one] Une ligne écrite dans { $file }.
   *[other] { $count } lignes écrites dans { $file }.
}
cli-no-search = { $provider } n’a pas de recherche d’enregistrements ; saisissez la cible.
cli-no-match = Aucun enregistrement { $module } ne correspond à '{ $query }'.

cli-stdin-terminal = Impossible de lire depuis le terminal : { $reason }
cli-stdin = Impossible de lire stdin : { $reason }

## Errors of the command line itself

cli-cannot-start = démarrage impossible : { $reason }
cli-sandbox-port = Impossible d’écouter sur 127.0.0.1:{ $port } ({ $reason }) ; choisissez un autre port avec --port.
cli-bad-option = '{ $value }' n’est pas de la forme CLÉ=VALEUR (par ex. --set dc=eu).
cli-empty-secret = Rien n’a été lu sur stdin. Transmettez la valeur par un tube, par ex. `printf %s VALEUR | photodrop credential set ...`, ou tapez-la à l’invite.
cli-nothing-to-retry = Aucune tâche en échec ou à vérifier.
cli-retry-usage = Indiquez un JOB_ID (voir `photodrop queue list`) ou --all.
cli-no-job = Il n’y a pas de tâche { $job }.
cli-job-done = La tâche { $job } est déjà terminée ({ $remote }).
cli-job-state = La tâche { $job } est déjà { $state }.
cli-watch-no-dir = Indiquez un dossier à surveiller, ou --rules pour lancer les règles enregistrées.
cli-watch-no-profile = Indiquez --profile NOM : où vont les photos de ce dossier.
cli-no-rule = Il n’y a pas de règle de surveillance '{ $rule }'.
cli-no-rules = Aucune règle de surveillance enregistrée. Enregistrez-en une avec `photodrop watch DOSSIER --profile NOM --save RÈGLE`.

## photodrop providers

cli-providers-target = cible : { $help }
cli-providers-credentials = identifiants : { $sets }
cli-providers-default = par défaut { $value }
cli-providers-every-profile = tous les profils

## Profiles and credentials

cli-profile-added = Profil '{ $profile }' ({ $provider }) ajouté. Enregistrez ses identifiants (chaque valeur est lue sur stdin) :
cli-or-line = ou :
cli-no-profiles = Aucun profil pour l’instant. Ajoutez-en un avec `photodrop profile add NOM --provider TYPE`.
cli-credential-set = défini
cli-credential-missing = manquant
cli-credential-unknown = inconnu
cli-profile-ready = prêt
cli-profile-needs-credentials = identifiants requis
cli-profile-via = via { $url }
cli-profile-managed = géré par votre administrateur ({ $file })
cli-exported = { $count ->
    [one] Un profil écrit
   *[other] { $count } profils écrits
} dans { $file } (réglages seulement : aucun secret).
cli-imported = { $count ->
    [0] { $profile } : importé ({ $provider }), prêt.
   *[other] { $profile } : importé ({ $provider }) ; il manque encore { $needs } : { $commands }.
}
cli-replaced = { $count ->
    [0] { $profile } : remplacé ({ $provider }), prêt.
   *[other] { $profile } : remplacé ({ $provider }) ; il manque encore { $needs } : { $commands }.
}
cli-profile-removed = Profil '{ $profile }' et ses identifiants enregistrés supprimés.
cli-prompt-grant-code = Code d’autorisation { $service } pour le profil { $profile }
cli-prompt-secret = { $field } pour le profil { $profile }
cli-device-code = Ouvrez { $url } et saisissez le code { $code } (valable { $minutes } min). En attente de l’approbation…
cli-signed-in-code = Code d’autorisation échangé ; le jeton d’actualisation de '{ $profile }' est enregistré dans { $store }.
cli-signed-in = Connecté ; le jeton d’actualisation de '{ $profile }' est enregistré dans { $store }.
cli-signed-in-moved = { $option } : '{ $value }' (le profil l’utilise désormais).
cli-credential-stored = { $field } du profil '{ $profile }' enregistré dans { $store }.
cli-credential-none = Rien n’était enregistré pour le profil '{ $profile }'.
cli-credential-none-field = Rien n’était enregistré pour le profil '{ $profile }' ({ $field }).
cli-credential-removed = { $fields } supprimé(s) pour le profil '{ $profile }'.

## The queue and watched folders

cli-still-queued = Toujours en file : `photodrop queue resume` continue d’essayer.
cli-retry-in = nouvel essai dans { $seconds } s
cli-col-job = TÂCHE
cli-col-state = ÉTAT
cli-col-profile = PROFIL
cli-col-target = CIBLE
cli-col-file = FICHIER
cli-col-try = ESS.
cli-col-next = SUITE / ERREUR
cli-rule = { $rule } : { $dir } → { $profile } { $target } (ensuite : { $after })
cli-rule-no-target = (aucune cible)
cli-rule-recursive = (+ sous-dossiers)
cli-rule-managed = géré par votre administrateur
cli-rule-removed = Règle de surveillance '{ $rule }' supprimée.
cli-rule-saved = Règle de surveillance '{ $rule }' enregistrée.
cli-watching = Surveillance de { $dir } (règle '{ $rule }'). Arrêtez avec Ctrl+C.
cli-watch-problem = surveillance '{ $rule }' : { $message }

## --help (clap has no catalogs: photodrop sets every text from here)

help-usage = Utilisation :
help-commands = Commandes
help-options = Options
help-arguments = Arguments
help-help = Afficher ce message ou l’aide des sous-commandes données
help--help = Afficher l’aide
help--version = Afficher la version
help--lang = Langue des messages (en, de, fr, es, pt-BR, ja, zh-Hans, ar ; "system" suit LC_ALL / LC_MESSAGES / LANG). Les codes de `--json` ne changent pas
help--verbose = Plus de journalisation sur stderr (-v, -vv). RUST_LOG fonctionne aussi
help-photodrop = Joindre des photos aux enregistrements de Zoho CRM, Zoho Bigin, ChakraHQ, Capillary et QuestionPro
help-profile = Gérer les profils de destination (réglages non secrets)
help-profile-add = Ajouter un profil
help--provider = zoho-crm, zoho-bigin, chakrahq, capillary ou questionpro
help--base_url = Envoyer chaque appel de ce profil (appels de jeton compris) à cette origine
help--set = Option du service, par ex. --set dc=eu --set version=v8 (voir `photodrop providers`)
help-profile-add--replace = Remplacer un profil existant du même nom (ses identifiants sont conservés)
help-profile-list = Lister les profils et indiquer si leurs identifiants sont définis
help-profile-remove = Supprimer un profil et ses identifiants enregistrés
help-profile-test = Faire un appel authentifié pour vérifier que le profil fonctionne
help-profile-export = Écrire les réglages de profils (jamais un secret) dans un fichier que des collègues importent
help-profile-export--output = Le fichier à écrire (par défaut : la sortie standard)
help-profile-import = Ajouter les profils d’un fichier exporté ; indique les secrets qui manquent à chacun
help-profile-import--replace = Écraser les réglages des profils existants (leurs secrets sont conservés)
help-credential = Enregistrer ou supprimer des secrets dans le trousseau du système
help-credential-set = Enregistrer un secret ; la valeur est lue sur stdin (sans écho dans un terminal)
help-credential-remove = Supprimer un secret, ou tous les secrets d’un profil
help-credential-sign-in = Connecter le compte par la connexion du service (Zoho) : la connexion par appareil affiche un code à saisir à l’adresse du service, attend l’approbation et enregistre le jeton d’actualisation (avec --json, le code vient d’abord, sur une ligne JSON) ; avec --code, un code d’autorisation créé dans la console du service est lu sur stdin et échangé à la place
help-credential-zoho-grant = `sign-in --code` (le code d’autorisation d’un Self Client Zoho, sur stdin)
help-credential-zoho-device = `sign-in` avec la connexion par appareil (un client Zoho « Non-browser Applications »)
help-upload = Envoyer des photos vers la cible d’un profil (par la file durable)
help-upload--target = Où vont les photos (par ex. Leads/3000000038009 ; voir `photodrop providers`)
help-upload--json = Un objet JSON par fichier sur stdout
help--concurrency = Au plus ce nombre d’envois simultanés par profil (jamais plus que l’option `concurrency` du profil ou que le service ne le permet)
help--allow_duplicates = Envoyer même les fichiers dont le contenu est déjà joint à la cible
help--retry_for = Réessayer un fichier qui échoue de façon passagère (service arrêté, 503, 429) pendant cette durée avant de le laisser dans la file pour `photodrop queue resume`
help--manifest = Un CSV qui nomme la cible de chaque photo : un en-tête avec les colonnes `file` et `target`, une ligne par photo (chemins relatifs au dossier du CSV)
help-queue = Envois inachevés : les lister, ou tous les terminer
help-queue-list = Tâches inachevées (en file, en envoi, en attente d’un nouvel essai, à vérifier, en échec)
help-queue-resume = Terminer chaque tâche inachevée, puis quitter (statut 0 quand rien ne reste inachevé)
help-history = Envois terminés, les plus récents d’abord
help--search = Seulement les lignes dont le nom de fichier, la cible ou l’identifiant distant contient ceci
help--state = Seulement les lignes dans cet état (done, duplicate, failed, needs-attention)
help--csv = Écrire plutôt chaque ligne correspondante (pas seulement --limit) dans ce fichier CSV
help-retry = Relancer les tâches en échec ou à vérifier (après avoir corrigé ce que dit leur erreur)
help--all = Chaque tâche en échec ou à vérifier (de --profile, s’il est donné)
help-retry--target = Envoyer plutôt vers cette cible (pour les fichiers dont la cible n’a pas pu être déduite)
help-watch = Envoyer tout ce qui arrive dans un dossier, jusqu’à l’arrêt (Ctrl+C)
help--dir = Le dossier à surveiller (ou --rules pour les règles enregistrées)
help-watch--target = Modèle de cible : fixe (Leads/3000000038009), { "{" }dir{ "}" }, { "{" }parent{ "}" }, { "{" }stem{ "}" }, { "{" }1{ "}" } (un groupe de --pattern) ou { "{" }re:REGEX{ "}" }
help--pattern = Expression régulière sur le nom de fichier dont le modèle utilise les groupes comme { "{" }1{ "}" }, { "{" }2{ "}" }, ...
help--after = Que faire d’un fichier une fois envoyé
help--on_failure = Que faire d’un fichier qui ne peut pas être envoyé
help--recursive = Inclure les sous-dossiers
help--save = Enregistrer cette règle sous NOM dans la configuration (puis `watch --rules` la lance)
help--rules = Lancer les règles enregistrées dans la configuration
help--list = Lister les règles enregistrées et quitter
help--remove = Supprimer une règle enregistrée et quitter
help-search = Trouver un enregistrement à utiliser comme cible (modules Zoho CRM / Bigin, processus ChakraHQ). Sans module, liste les modules (procédures) et leurs emplacements photo
help--module = Module ou procédure, par ex. Leads, Contacts, lead
help--query = Nom, e-mail ou numéro de téléphone (ChakraHQ : vide liste les derniers processus)
help-providers = Lister les destinations que PhotoDrop connaît, avec leurs champs d’identifiants et leurs options
help-thumbnail = Créer une vignette (plus grand côté --size px, orientation appliquée) ; JPEG ou PNG selon l’extension de OUT
help-prepare = Écrire dans OUT exactement ce que `upload` enverrait pour IN, et dire ce qui a changé
help-prepare--target = La cible, quand elle change ce qui est accepté (un `Module/Id/Attachments` Zoho)
help-sandbox = Lancer au premier plan le serveur bac à sable intégré (les cinq API sur la boucle locale)
help--json = Un objet JSON par ligne sur stdout (codes et noms de champs identiques dans toutes les langues)
help--profile = Le profil à utiliser (voir `photodrop profile list`)
help--name = Le nom du profil
help--field = Le champ d’identifiant (voir `photodrop providers`)
help-credential-remove--field = Le champ d’identifiant à supprimer (aucun : tous ceux du profil)
help--ids = Numéros de tâche (voir `photodrop queue list` et `photodrop history`)
help--limit = Au plus ce nombre de lignes
help--port = Le port sur 127.0.0.1
help--size = Plus grand côté en pixels
help--input = La photo à lire
help--output = Le fichier à écrire
help--code = Lire un code d’autorisation sur stdin au lieu de la connexion par appareil
help--file = Le fichier de profils exporté (.photodrop)
help--names = Les profils à exporter
help--files = Les photos à envoyer

## A command line clap refused

usage-unknown-argument = argument inattendu '{ $arg }'
usage-unknown-command = sous-commande inconnue '{ $command }'
usage-missing = les arguments obligatoires suivants manquent : { $args }
usage-missing-command = une commande est nécessaire : { $commands }
usage-invalid-value = valeur invalide '{ $value }' pour '{ $arg }'
usage-invalid-choice = valeur invalide '{ $value }' pour '{ $arg }' ; valeurs possibles : { $choices }
usage-bad-value = valeur invalide '{ $value }' pour '{ $arg }' : { $reason }
usage-conflict = l’argument '{ $arg }' ne peut pas être utilisé avec '{ $other }'
usage-repeated = l’argument '{ $arg }' ne peut être donné qu’une fois
usage-did-you-mean = il en existe un proche : '{ $suggestion }'
usage-more = Pour en savoir plus, essayez '--help'.
