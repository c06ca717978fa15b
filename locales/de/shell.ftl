tray-show = PhotoDrop anzeigen
tray-quit = Beenden (stoppt überwachte Ordner)
notify-done = { $count ->
    [one] Ein Foto hochgeladen.
   *[other] { $count } Fotos hochgeladen.
}
notify-attention = { $count ->
    [one] Ein Foto braucht Ihre Aufmerksamkeit.
   *[other] { $count } Fotos brauchen Ihre Aufmerksamkeit.
}
notify-both = { $done } hochgeladen, { $attention } brauchen Ihre Aufmerksamkeit.
dialog-title = PhotoDrop — { $title }
dialog-cancel = Abbrechen
dialog-add-folder = Einen Ordner mit Fotos hinzufügen
dialog-add-photos = Fotos hinzufügen
dialog-photos-filter = Fotos
dialog-export-history = Verlauf exportieren
dialog-export-profiles = Profile exportieren (nur Einstellungen, keine Geheimnisse)
dialog-import-profiles = Profile importieren
dialog-profiles-filter = PhotoDrop-Profile
dialog-folder-to-watch = Zu überwachender Ordner
dialog-import-manifest = Manifest importieren (CSV: Datei,Ziel)
error-paste-no-image = Die Zwischenablage enthielt keine Bilddaten.
error-paste-text = Die Zwischenablage enthält Text, keine Fotos. Kopieren Sie ein Bild oder Fotodateien und drücken Sie dann hier Strg+V.
error-paste-empty = Die Zwischenablage ist leer. Kopieren Sie ein Bild oder Fotodateien und drücken Sie dann hier Strg+V.
error-paste-timeout = Das Programm, das in die Zwischenablage kopiert hat, antwortet nicht. Kopieren Sie erneut oder ziehen Sie die Fotos auf das Fenster.
error-no-link = Dieser Upload hat keinen Link.
error-open-browser = Der Browser ließ sich nicht öffnen: { $reason }
error-folder-not-picked = Wählen Sie den zu überwachenden Ordner mit „Auswählen …“ (der Ordnerauswahl); ein getippter Ordner wird nicht übernommen.
error-autostart = „Bei der Anmeldung starten“ ließ sich nicht ändern: { $reason }
update-check-failed = Die Suche nach Updates ist fehlgeschlagen ({ $reason }). Versuchen Sie es später erneut.
update-off = Automatische Updates sind in dieser Version aus (keine Release-Adresse eingerichtet).
update-available = PhotoDrop { $version } ist verfügbar (Sie haben { $current }).
update-current = PhotoDrop { $current } ist aktuell.
update-none = Es gibt keine neuere Version zum Installieren.
confirm-update-title = ein Update installieren
confirm-update =
    PhotoDrop { $version } jetzt installieren?

    Es startet neu, sobald das Update installiert ist.
confirm-update-yes = Installieren und neu starten
declined-update = Update installieren
confirm-login-title = bei der Anmeldung starten
confirm-login =
    PhotoDrop bei der Anmeldung starten?

    Es startet verborgen im Infobereich und lässt Ihre überwachten Ordner weiterlaufen.
confirm-login-yes = Bei der Anmeldung starten
declined-login = Bei der Anmeldung starten
error-path-not-given = { $file } wurde weder abgelegt noch ausgewählt oder überwacht; fügen Sie die Datei hinzu, indem Sie sie auf das Fenster ziehen oder „Fotos hinzufügen“ verwenden.
demo-cannot-listen = die Demo-Sandbox konnte nicht auf Loopback lauschen: { $reason }
app-cannot-start = PhotoDrop konnte nicht starten: { $reason }
