tray-show = Mostrar o PhotoDrop
tray-quit = Sair (para as pastas monitoradas)
notify-done = { $count ->
    [one] Uma foto enviada.
   *[other] { $count } fotos enviadas.
}
notify-attention = { $count ->
    [one] Uma foto requer sua atenção.
   *[other] { $count } fotos requerem sua atenção.
}
notify-both = { $done } enviadas, { $attention } requerem sua atenção.
dialog-title = PhotoDrop — { $title }
dialog-cancel = Cancelar
dialog-add-folder = Adicionar uma pasta de fotos
dialog-add-photos = Adicionar fotos
dialog-photos-filter = Fotos
dialog-export-history = Exportar o histórico
dialog-export-profiles = Exportar perfis (só configurações, sem segredos)
dialog-import-profiles = Importar perfis
dialog-profiles-filter = Perfis do PhotoDrop
dialog-folder-to-watch = Pasta a monitorar
dialog-import-manifest = Importar um manifesto (CSV: arquivo,destino)
error-paste-no-image = A área de transferência não tinha imagem.
error-paste-text = A área de transferência tem texto, não fotos. Copie uma imagem ou arquivos de foto e pressione Ctrl+V aqui.
error-paste-empty = A área de transferência está vazia. Copie uma imagem ou arquivos de foto e pressione Ctrl+V aqui.
error-paste-timeout = O programa que copiou para a área de transferência não respondeu. Copie de novo ou solte as fotos na janela.
error-no-link = Este envio não tem link.
error-open-browser = Não foi possível abrir o navegador: { $reason }
error-folder-not-picked = Escolha a pasta a monitorar com “Escolher…” (o seletor de pastas); uma pasta digitada não é aceita.
error-autostart = Não foi possível alterar o início com o sistema: { $reason }
update-check-failed = Não foi possível procurar atualizações ({ $reason }). Tente de novo mais tarde.
update-off = As atualizações automáticas estão desligadas nesta versão (nenhum endereço de publicação configurado).
update-available = PhotoDrop { $version } está disponível (você tem { $current }).
update-current = PhotoDrop { $current } está atualizado.
update-none = Não há versão mais nova para instalar.
confirm-update-title = instalar uma atualização
confirm-update =
    Instalar o PhotoDrop { $version } agora?

    Ele reinicia quando a atualização for instalada.
confirm-update-yes = Instalar e reiniciar
declined-update = Instalação da atualização
confirm-login-title = iniciar com o sistema
confirm-login =
    Iniciar o PhotoDrop ao entrar no sistema?

    Ele inicia oculto na bandeja e mantém suas pastas monitoradas funcionando.
confirm-login-yes = Iniciar com o sistema
declined-login = Início com o sistema
error-path-not-given = { $file } não foi solto, escolhido nem monitorado; adicione-o soltando-o na janela ou com Adicionar fotos.
demo-cannot-listen = o sandbox de demonstração não conseguiu escutar no loopback: { $reason }
app-cannot-start = O PhotoDrop não conseguiu iniciar: { $reason }
