tray-show = Mostrar PhotoDrop
tray-quit = Salir (detiene las carpetas vigiladas)
notify-done = { $count ->
    [one] Una foto subida.
   *[other] { $count } fotos subidas.
}
notify-attention = { $count ->
    [one] Una foto requiere su atención.
   *[other] { $count } fotos requieren su atención.
}
notify-both = { $done } subidas, { $attention } requieren su atención.
dialog-title = PhotoDrop — { $title }
dialog-cancel = Cancelar
dialog-add-folder = Añadir una carpeta de fotos
dialog-add-photos = Añadir fotos
dialog-photos-filter = Fotos
dialog-export-history = Exportar el historial
dialog-export-profiles = Exportar perfiles (solo ajustes, sin secretos)
dialog-import-profiles = Importar perfiles
dialog-profiles-filter = Perfiles de PhotoDrop
dialog-folder-to-watch = Carpeta que vigilar
dialog-import-manifest = Importar un manifiesto (CSV: archivo,destino)
error-paste-no-image = El portapapeles no contenía ninguna imagen.
error-paste-text = El portapapeles contiene texto, no fotos. Copie una imagen o archivos de foto y pulse Ctrl+V aquí.
error-paste-empty = El portapapeles está vacío. Copie una imagen o archivos de foto y pulse Ctrl+V aquí.
error-paste-timeout = El programa que copió al portapapeles no responde. Vuelva a copiar o suelte las fotos en la ventana.
error-no-link = Esta subida no tiene enlace.
error-open-browser = No se pudo abrir el navegador: { $reason }
error-folder-not-picked = Elija la carpeta que vigilar con «Elegir…» (el selector de carpetas); no se acepta una carpeta escrita a mano.
error-autostart = No se pudo cambiar el inicio al entrar en la sesión: { $reason }
update-check-failed = No se pudo buscar actualizaciones ({ $reason }). Vuelva a intentarlo más tarde.
update-off = Las actualizaciones automáticas están desactivadas en esta versión (no hay dirección de publicación configurada).
update-available = PhotoDrop { $version } está disponible (tiene { $current }).
update-current = PhotoDrop { $current } está actualizado.
update-none = No hay ninguna versión más nueva que instalar.
confirm-update-title = instalar una actualización
confirm-update =
    ¿Instalar PhotoDrop { $version } ahora?

    Se reinicia cuando la actualización está instalada.
confirm-update-yes = Instalar y reiniciar
declined-update = Instalación de la actualización
confirm-login-title = iniciar al entrar en la sesión
confirm-login =
    ¿Iniciar PhotoDrop al entrar en la sesión?

    Se inicia oculto en la bandeja y mantiene en marcha sus carpetas vigiladas.
confirm-login-yes = Iniciar al entrar en la sesión
declined-login = Inicio al entrar en la sesión
error-path-not-given = { $file } no se soltó, eligió ni vigiló; añádalo soltándolo en la ventana o con Añadir fotos.
demo-cannot-listen = el entorno de prueba de la demo no pudo escuchar en loopback: { $reason }
app-cannot-start = PhotoDrop no pudo iniciarse: { $reason }
