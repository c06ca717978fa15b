tray-show = PhotoDrop を表示
tray-quit = 終了（監視フォルダーも停止）
notify-done = 写真 { $count } 枚をアップロードしました。
notify-attention = 写真 { $count } 枚に対応が必要です。
notify-both = アップロード { $done } 枚、対応が必要 { $attention } 枚。
dialog-title = PhotoDrop — { $title }
dialog-cancel = キャンセル
dialog-add-folder = 写真のフォルダーを追加
dialog-add-photos = 写真を追加
dialog-photos-filter = 写真
dialog-export-history = 履歴を書き出す
dialog-export-profiles = プロファイルを書き出す（設定のみ、シークレットなし）
dialog-import-profiles = プロファイルを読み込む
dialog-profiles-filter = PhotoDrop プロファイル
dialog-folder-to-watch = 監視するフォルダー
dialog-import-manifest = マニフェストを読み込む（CSV: ファイル,送信先）
error-paste-no-image = クリップボードに画像データがありませんでした。
error-paste-text = クリップボードにあるのは写真ではなくテキストです。画像か写真ファイルをコピーしてから、ここで Ctrl+V を押してください。
error-paste-empty = クリップボードは空です。画像か写真ファイルをコピーしてから、ここで Ctrl+V を押してください。
error-paste-timeout = クリップボードにコピーしたプログラムが応答しません。もう一度コピーするか、写真をウィンドウにドロップしてください。
error-no-link = このアップロードにはリンクがありません。
error-open-browser = ブラウザーを開けませんでした: { $reason }
error-folder-not-picked = 監視するフォルダーは「選択…」（フォルダーの選択画面）で選んでください。入力したフォルダーは使えません。
error-autostart = ログイン時の起動を変更できませんでした: { $reason }
update-check-failed = アップデートを確認できませんでした（{ $reason }）。後でもう一度お試しください。
update-off = このビルドでは自動アップデートはオフです（配布先アドレスが設定されていません）。
update-available = PhotoDrop { $version } が利用できます（現在のバージョン: { $current }）。
update-current = PhotoDrop { $current } は最新です。
update-none = インストールできる新しいバージョンはありません。
confirm-update-title = アップデートのインストール
confirm-update =
    PhotoDrop { $version } を今すぐインストールしますか？

    インストールが終わると再起動します。
confirm-update-yes = インストールして再起動
declined-update = アップデートのインストール
confirm-login-title = ログイン時に起動
confirm-login =
    ログイン時に PhotoDrop を起動しますか？

    トレイに隠れた状態で起動し、監視フォルダーを動かし続けます。
confirm-login-yes = ログイン時に起動
declined-login = ログイン時の起動
error-path-not-given = { $file } はドロップ、選択、監視のいずれもされていません。ウィンドウにドロップするか「写真を追加」で追加してください。
demo-cannot-listen = デモ用サンドボックスがループバックで待ち受けできませんでした: { $reason }
app-cannot-start = PhotoDrop を起動できませんでした: { $reason }
