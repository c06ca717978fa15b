cli-error = エラー: { $message }
cli-do-set-credentials = { $commands } を実行し、シークレットを標準入力から入力してください。
cli-do-then = { " " }の後に{ " " }
cli-do-or = { " " }または{ " " }
cli-do-sign-in = もう一度サインインしてください: `photodrop credential sign-in { $profile }`（ブラウザーで承認）または `photodrop credential sign-in { $profile } --code`（標準入力からグラントコード）。
cli-do-add-profile = `photodrop profile add { $profile } --provider KIND` で作成してください。
cli-do-retry-target = `photodrop retry { $job } --target TARGET` を実行してください。
cli-do-retry = 再試行するには: `photodrop retry { $job }`。
cli-do-choose = どれか 1 件に送ってください: { $commands }。
cli-duplicate = { $when } に { $target } へ添付済み（ジョブ { $job }）。再送しません。それでも送るには --allow-duplicates（または `photodrop retry { $retry }`）を使ってください。
cli-duplicate-target = 送信先
cli-already-attached = 添付済み。再送しません。
cli-job = ジョブ { $job }
cli-resized = リサイズ { $from } → { $to }
cli-resized-plain = リサイズ
cli-converted = { $format } から変換
cli-reencoded = 再エンコード
cli-removed = 削除: { $what }
cli-earlier-job = （以前のジョブ）{ $line }
cli-summary = アップロード { $uploaded } 件、失敗 { $failed } 件。
cli-summary-duplicates = アップロード { $uploaded } 件、添付済み { $duplicates } 件、失敗 { $failed } 件。
cli-stopped = 停止しました。{ $left } 件のファイルがキューに残っています。`photodrop queue resume` で完了できます。
cli-queue-empty = 未完了のアップロードはありません。
cli-resuming = 未完了のアップロード { $count } 件を再開しています…
cli-left-unfinished = { $count } 件のアップロードが未完了です。`photodrop queue list` を見て、示された問題を直してから `photodrop retry JOB_ID` を実行してください。
cli-history-empty = まだアップロードはありません。
cli-history-duplicate = 添付済み（ジョブ { $job }）
cli-rows-written = { $count } 行を { $file } に書き出しました。
cli-no-search = { $provider } にはレコード検索がありません。送信先を入力してください。
cli-no-match = '{ $query }' に一致する { $module } レコードはありません。

cli-stdin-terminal = 端末から読み込めません: { $reason }
cli-stdin = 標準入力を読み込めません: { $reason }

## Errors of the command line itself

cli-cannot-start = 起動できません: { $reason }
cli-sandbox-port = 127.0.0.1:{ $port } で待ち受けできません ({ $reason })。--port で別のポートを指定してください。
cli-bad-option = '{ $value }' は KEY=VALUE の形ではありません (例: --set dc=eu)。
cli-empty-secret = stdin から何も読み取れませんでした。値をパイプで渡す (例: `printf %s VALUE | photodrop credential set ...`) か、プロンプトで入力してください。
cli-nothing-to-retry = 失敗したジョブや対応が必要なジョブはありません。
cli-retry-usage = JOB_ID (`photodrop queue list` を参照) か --all を指定してください。
cli-no-job = ジョブ { $job } はありません。
cli-job-done = ジョブ { $job } はすでに完了しています ({ $remote })。
cli-job-state = ジョブ { $job } はすでに { $state } です。
cli-watch-no-dir = 監視するフォルダーを指定するか、保存済みのルールを実行するには --rules を指定してください。
cli-watch-no-profile = --profile NAME を指定してください: このフォルダーの写真の送り先です。
cli-no-rule = 監視ルール '{ $rule }' はありません。
cli-no-rules = 保存済みの監視ルールはありません。`photodrop watch DIR --profile NAME --save RULE` で保存してください。

## photodrop providers

cli-providers-target = 送信先: { $help }
cli-providers-credentials = 認証情報: { $sets }
cli-providers-default = 既定値 { $value }
cli-providers-every-profile = すべてのプロファイル

## Profiles and credentials

cli-profile-added = プロファイル '{ $profile }' ({ $provider }) を追加しました。認証情報を保存してください (各値は stdin から読み取ります):
cli-or-line = または:
cli-no-profiles = プロファイルはまだありません。`photodrop profile add NAME --provider KIND` で追加してください。
cli-credential-set = 設定済み
cli-credential-missing = 未設定
cli-credential-unknown = 不明
cli-profile-ready = 準備完了
cli-profile-needs-credentials = 認証情報が必要
cli-profile-via = 経由 { $url }
cli-profile-managed = 管理者が管理しています ({ $file })
cli-exported = { $count } 件のプロファイルを { $file } に書き出しました (設定のみ: シークレットは含みません)。
cli-imported = { $count ->
    [0] { $profile }: インポートしました ({ $provider })。準備完了です。
   *[other] { $profile }: インポートしました ({ $provider })。まだ { $needs } が必要です: { $commands }。
}
cli-replaced = { $count ->
    [0] { $profile }: 置き換えました ({ $provider })。準備完了です。
   *[other] { $profile }: 置き換えました ({ $provider })。まだ { $needs } が必要です: { $commands }。
}
cli-profile-removed = プロファイル '{ $profile }' と保存済みの認証情報を削除しました。
cli-prompt-grant-code = プロファイル { $profile } の { $service } 許可コード
cli-prompt-secret = プロファイル { $profile } の { $field }
cli-device-code = { $url } を開き、コード { $code } を入力してください (有効期間 { $minutes } 分)。承認を待っています…
cli-signed-in-code = 許可コードを交換しました。'{ $profile }' のリフレッシュトークンは { $store } に保存されています。
cli-signed-in = 接続しました。'{ $profile }' のリフレッシュトークンは { $store } に保存されています。
cli-signed-in-moved = { $option }: '{ $value }' (プロファイルはこれを使うようになりました)。
cli-credential-stored = プロファイル '{ $profile }' の { $field } を { $store } に保存しました。
cli-credential-none = プロファイル '{ $profile }' には何も保存されていませんでした。
cli-credential-none-field = プロファイル '{ $profile }' には何も保存されていませんでした ({ $field })。
cli-credential-removed = プロファイル '{ $profile }' の { $fields } を削除しました。

## The queue and watched folders

cli-still-queued = まだキューにあります: `photodrop queue resume` が試行を続けます。
cli-retry-in = { $seconds } 秒後に再試行
cli-col-job = ジョブ
cli-col-state = 状態
cli-col-profile = プロファイル
cli-col-target = 送信先
cli-col-file = ファイル
cli-col-try = 回数
cli-col-next = 次回 / エラー
cli-rule = { $rule }: { $dir } → { $profile } { $target } (完了後: { $after })
cli-rule-no-target = (送信先なし)
cli-rule-recursive = (+ サブフォルダー)
cli-rule-managed = 管理者が管理しています
cli-rule-removed = 監視ルール '{ $rule }' を削除しました。
cli-rule-saved = 監視ルール '{ $rule }' を保存しました。
cli-watching = { $dir } を監視しています (ルール '{ $rule }')。Ctrl+C で停止します。
cli-watch-problem = 監視 '{ $rule }': { $message }

## --help (clap has no catalogs: photodrop sets every text from here)

help-usage = 使い方:
help-commands = コマンド
help-options = オプション
help-arguments = 引数
help-help = このメッセージ、または指定したサブコマンドのヘルプを表示します
help--help = ヘルプを表示します
help--version = バージョンを表示します
help--lang = メッセージの言語 (en、de、fr、es、pt-BR、ja、zh-Hans、ar。"system" は LC_ALL / LC_MESSAGES / LANG に従います)。`--json` のコードは変わりません
help--verbose = stderr への詳しいログ (-v、-vv)。RUST_LOG も使えます
help-photodrop = Zoho CRM、Zoho Bigin、ChakraHQ、Capillary、QuestionPro のレコードに写真を添付します
help-profile = 送信先プロファイルを管理します (秘密でない設定)
help-profile-add = プロファイルを追加します
help--provider = zoho-crm、zoho-bigin、chakrahq、capillary、questionpro のいずれか
help--base_url = このプロファイルのすべての呼び出し (トークン呼び出しを含む) をこのオリジンに送ります
help--set = サービスのオプション。例: --set dc=eu --set version=v8 (`photodrop providers` を参照)
help-profile-add--replace = 同じ名前の既存プロファイルを置き換えます (認証情報は残ります)
help-profile-list = プロファイルと、認証情報が設定済みかを一覧表示します
help-profile-remove = プロファイルと保存済みの認証情報を削除します
help-profile-test = 認証付きの呼び出しを 1 回行い、プロファイルが動くか確かめます
help-profile-export = プロファイルの設定 (シークレットは含まない) を、同僚がインポートするファイルに書き出します
help-profile-export--output = 書き出すファイル (既定: 標準出力)
help-profile-import = 書き出したファイルのプロファイルを追加し、それぞれに残り必要なシークレットを示します
help-profile-import--replace = 既存プロファイルの設定を上書きします (シークレットは残ります)
help-credential = OS のキーリングにシークレットを保存または削除します
help-credential-set = シークレットを保存します。値は stdin から読み取ります (端末には表示しません)
help-credential-remove = シークレットを 1 つ、またはプロファイルのすべてを削除します
help-credential-sign-in = サービスのサインイン (Zoho) でアカウントを接続します。デバイスフローはサービスのアドレスで入力するコードを表示し、承認を待ってリフレッシュトークンを保存します (--json では最初にコードを 1 行の JSON で出力します)。--code では、サービスのコンソールで作った許可コードを stdin から読み取って交換します
help-credential-zoho-grant = `sign-in --code` (Zoho Self Client の許可コードを stdin から)
help-credential-zoho-device = デバイスフローでの `sign-in` (Zoho の "Non-browser Applications" クライアント)
help-upload = プロファイルの送信先に写真をアップロードします (永続キュー経由)
help-upload--target = 写真の送信先 (例: Leads/3000000038009。`photodrop providers` を参照)
help-upload--json = ファイルごとに 1 つの JSON オブジェクトを stdout に出力します
help--concurrency = プロファイルごとの同時アップロード数の上限 (プロファイルの `concurrency` オプションやサービスの許容量を超えることはありません)
help--allow_duplicates = 内容がすでに送信先に添付されているファイルもアップロードします
help--retry_for = 一時的に失敗するファイル (サービス停止、503、429) を、`photodrop queue resume` 用にキューに残す前にこの時間だけ再試行します
help--manifest = 各写真の送信先を示す CSV: `file` と `target` 列を含む見出し行と、写真ごとに 1 行 (パスは CSV のフォルダーからの相対)
help-queue = 未完了のアップロード: 一覧表示するか、すべて完了させます
help-queue-list = 未完了のジョブ (待機中、アップロード中、再試行待ち、要対応、失敗)
help-queue-resume = 未完了のジョブをすべて完了してから終了します (何も残らなければ終了コード 0)
help-history = 完了したアップロード (新しい順)
help--search = ファイル名、送信先、リモート ID にこれを含む行だけ
help--state = この状態の行だけ (done、duplicate、failed、needs-attention)
help--csv = 一致するすべての行 (--limit に限らず) を代わりにこの CSV ファイルに書き出します
help-retry = 失敗したジョブや要対応のジョブを再実行します (エラーの内容を直したあとで)
help--all = 失敗したジョブと要対応のジョブすべて (--profile があればそのプロファイルの)
help-retry--target = 代わりにこの送信先に送ります (送信先を導けなかったファイル用)
help-watch = フォルダーに入ったものを、停止する (Ctrl+C) までアップロードします
help--dir = 監視するフォルダー (保存済みルールには --rules)
help-watch--target = 送信先テンプレート: 固定 (Leads/3000000038009)、{ "{" }dir{ "}" }、{ "{" }parent{ "}" }、{ "{" }stem{ "}" }、{ "{" }1{ "}" } (--pattern のグループ)、{ "{" }re:REGEX{ "}" }
help--pattern = ファイル名に対する正規表現。そのグループをテンプレートが { "{" }1{ "}" }、{ "{" }2{ "}" }、... として使います
help--after = アップロード後のファイルの扱い
help--on_failure = アップロードできないファイルの扱い
help--recursive = サブフォルダーも含めます
help--save = このルールを NAME として設定に保存します (以後 `watch --rules` が実行します)
help--rules = 設定に保存されたルールを実行します
help--list = 保存済みのルールを一覧表示して終了します
help--remove = 保存済みのルールを削除して終了します
help-search = 送信先にするレコードを探します (Zoho CRM / Bigin のモジュール、ChakraHQ のプロセス)。モジュールを省くと、モジュール (手順) とその写真の枠を一覧表示します
help--module = モジュールまたは手順 (例: Leads、Contacts、lead)
help--query = 名前、メール、電話番号 (ChakraHQ: 空なら最新のプロセスを一覧表示)
help-providers = PhotoDrop が扱える送信先を、認証情報の項目とオプション付きで一覧表示します
help-thumbnail = サムネイルを作ります (長辺 --size px、向きを適用)。OUT の拡張子で JPEG か PNG
help-prepare = IN について `upload` が送る内容をそのまま OUT に書き出し、何が変わったかを示します
help-prepare--target = 受け付けられる内容が送信先で変わる場合の送信先 (Zoho の `Module/Id/Attachments`)
help-sandbox = 組み込みのサンドボックスサーバー (5 つの API すべてをループバックで) を前面で実行します
help--json = 1 行に 1 つの JSON オブジェクトを stdout に出力します (コードと項目名はどの言語でも同じ)
help--profile = 使うプロファイル (`photodrop profile list` を参照)
help--name = プロファイル名
help--field = 認証情報の項目 (`photodrop providers` を参照)
help-credential-remove--field = 削除する認証情報の項目 (省略時はプロファイルのすべて)
help--ids = ジョブ ID (`photodrop queue list` と `photodrop history` を参照)
help--limit = 最大行数
help--port = 127.0.0.1 のポート
help--size = 長辺のピクセル数
help--input = 読み込む写真
help--output = 書き出すファイル
help--code = デバイスフローの代わりに stdin から許可コードを読み取ります
help--file = 書き出したプロファイルファイル (.photodrop)
help--names = 書き出すプロファイル
help--files = アップロードする写真

## A command line clap refused

usage-unknown-argument = 想定外の引数 '{ $arg }' です
usage-unknown-command = 不明なサブコマンド '{ $command }' です
usage-missing = 次の必須の引数が指定されていません: { $args }
usage-missing-command = コマンドが必要です: { $commands }
usage-invalid-value = '{ $arg }' の値 '{ $value }' は正しくありません
usage-invalid-choice = '{ $arg }' の値 '{ $value }' は正しくありません。指定できる値: { $choices }
usage-bad-value = '{ $arg }' の値 '{ $value }' は正しくありません: { $reason }
usage-conflict = 引数 '{ $arg }' は '{ $other }' と一緒に使えません
usage-repeated = 引数 '{ $arg }' は 1 回しか指定できません
usage-did-you-mean = 似たものがあります: '{ $suggestion }'
usage-more = 詳しくは '--help' を試してください。
