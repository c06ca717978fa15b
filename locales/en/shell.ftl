# The desktop shell's own words: the tray, notifications, native dialogs and
# the errors of the commands it alone runs.

tray-show = Show PhotoDrop
tray-quit = Quit (stops watched folders)
notify-done = { $count ->
    [one] { $count } photo uploaded.
   *[other] { $count } photos uploaded.
}
notify-attention = { $count ->
    [one] { $count } photo needs your attention.
   *[other] { $count } photos need your attention.
}
notify-both = { $done } uploaded, { $attention } need your attention.
dialog-title = PhotoDrop — { $title }
dialog-cancel = Cancel
dialog-add-folder = Add a folder of photos
dialog-add-photos = Add photos
dialog-photos-filter = Photos
dialog-export-history = Export history
dialog-export-profiles = Export profiles (settings only, no secrets)
dialog-import-profiles = Import profiles
dialog-profiles-filter = PhotoDrop profiles
dialog-folder-to-watch = Folder to watch
dialog-import-manifest = Import a manifest (CSV: file,target)
error-paste-no-image = The clipboard held no image data.
error-paste-text = The clipboard holds text, not photos. Copy an image or photo files, then press Ctrl+V here.
error-paste-empty = The clipboard is empty. Copy an image or photo files, then press Ctrl+V here.
error-paste-timeout = The program that copied to the clipboard did not answer. Copy again, or drop the photos on the window.
error-no-link = This upload has no link.
error-open-browser = Could not open the browser: { $reason }
error-folder-not-picked = Choose the folder to watch with Pick… (the folder picker); a typed folder is not taken.
error-autostart = Could not change start at login: { $reason }
update-check-failed = Could not check for updates ({ $reason }). Try again later.
update-off = Automatic updates are off in this build (no release address is configured).
update-available = PhotoDrop { $version } is available (you have { $current }).
update-current = PhotoDrop { $current } is up to date.
update-none = There is no newer version to install.
confirm-update-title = install an update
confirm-update =
    Install PhotoDrop { $version } now?

    It restarts when the update is installed.
confirm-update-yes = Install and restart
declined-update = Installing the update
confirm-login-title = start at login
confirm-login =
    Start PhotoDrop when you log in?

    It starts hidden in the tray and keeps your watched folders running.
confirm-login-yes = Start at login
declined-login = Start at login
error-path-not-given = { $file } was not dropped, picked or watched; add it by dropping it on the window or with Add photos.
demo-cannot-listen = the demo sandbox could not listen on loopback: { $reason }
app-cannot-start = PhotoDrop could not start: { $reason }
