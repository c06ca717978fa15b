tray-show = Afficher PhotoDrop
tray-quit = Quitter (arrête les dossiers surveillés)
notify-done = { $count ->
    [one] Une photo envoyée.
   *[other] { $count } photos envoyées.
}
notify-attention = { $count ->
    [one] Une photo demande votre attention.
   *[other] { $count } photos demandent votre attention.
}
notify-both = { $done } envoyées, { $attention } demandent votre attention.
dialog-title = PhotoDrop — { $title }
dialog-cancel = Annuler
dialog-add-folder = Ajouter un dossier de photos
dialog-add-photos = Ajouter des photos
dialog-photos-filter = Photos
dialog-export-history = Exporter l’historique
dialog-export-profiles = Exporter les profils (réglages seulement, sans secrets)
dialog-import-profiles = Importer des profils
dialog-profiles-filter = Profils PhotoDrop
dialog-folder-to-watch = Dossier à surveiller
dialog-import-manifest = Importer un manifeste (CSV : fichier,cible)
error-paste-no-image = Le presse-papiers ne contenait pas d’image.
error-paste-text = Le presse-papiers contient du texte, pas des photos. Copiez une image ou des fichiers photo, puis appuyez sur Ctrl+V ici.
error-paste-empty = Le presse-papiers est vide. Copiez une image ou des fichiers photo, puis appuyez sur Ctrl+V ici.
error-paste-timeout = Le programme qui a copié dans le presse-papiers ne répond pas. Copiez à nouveau, ou déposez les photos sur la fenêtre.
error-no-link = Cet envoi n’a pas de lien.
error-open-browser = Impossible d’ouvrir le navigateur : { $reason }
error-folder-not-picked = Choisissez le dossier à surveiller avec « Choisir… » (le sélecteur de dossier) ; un dossier saisi à la main n’est pas pris.
error-autostart = Impossible de modifier le démarrage à l’ouverture de session : { $reason }
update-check-failed = Impossible de rechercher des mises à jour ({ $reason }). Réessayez plus tard.
update-off = Les mises à jour automatiques sont désactivées dans cette version (aucune adresse de publication configurée).
update-available = PhotoDrop { $version } est disponible (vous avez { $current }).
update-current = PhotoDrop { $current } est à jour.
update-none = Aucune version plus récente à installer.
confirm-update-title = installer une mise à jour
confirm-update =
    Installer PhotoDrop { $version } maintenant ?

    Il redémarre une fois la mise à jour installée.
confirm-update-yes = Installer et redémarrer
declined-update = Installation de la mise à jour
confirm-login-title = démarrer à l’ouverture de session
confirm-login =
    Démarrer PhotoDrop à l’ouverture de session ?

    Il démarre caché dans la zone de notification et fait tourner vos dossiers surveillés.
confirm-login-yes = Démarrer à l’ouverture de session
declined-login = Démarrage à l’ouverture de session
error-path-not-given = { $file } n’a été ni déposé, ni choisi, ni surveillé ; ajoutez-le en le déposant sur la fenêtre ou avec Ajouter des photos.
demo-cannot-listen = le bac à sable de démonstration n’a pas pu écouter sur la boucle locale : { $reason }
app-cannot-start = PhotoDrop n’a pas pu démarrer : { $reason }
