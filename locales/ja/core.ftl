number-decimal-separator = .
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
datetime = { $year }/{ $month }/{ $day } { $hour }:{ $minute }

error-file-not-found = { $path }: ファイルが見つかりません。パスを確認してください（移動または名前の変更をされた可能性があります）。
error-file-permission = { $path }: アクセスが拒否されました。ご自分のユーザーにファイルの読み取り権限を与えてください。
error-file-unreadable = { $path }: 読み込めません（{ $reason }）。ファイルの権限を確認してください。
error-is-a-directory = { $path } はフォルダーで、写真ではありません。中の画像ファイルを指定してください。
error-not-a-file = { $path } は通常のファイルではありません。
error-not-an-image = { $path } は { $what } で、写真（JPEG、PNG、GIF、BMP、WebP、TIFF、HEIC）ではありません。何も送信していません。
error-damaged-image = { $path } をデコードできませんでした（{ $reason }）。ファイルが壊れているか不完全な可能性があります。画像ビューアーで開くか、もう一度書き出してください。

error-unknown-profile = 「{ $name }」という名前のプロファイルはありません。
error-unknown-profile-known = 「{ $name }」という名前のプロファイルはありません。既存のプロファイル: { $known }。
error-profile-managed = プロファイル「{ $name }」は管理者が管理しています（{ $file }）。シークレットは保存できますが、変更や削除はできません。
error-credential-missing = プロファイル「{ $profile }」に { $fields } が保存されていません。（キーリングのないマシンでは代わりに { $envs } を設定できます。）

error-timeout = { $provider } へのリクエストがタイムアウトしました（{ $detail }）。ネットワークを確認してください。PhotoDrop は自動で再試行します。
error-connect-failed = { $provider } に接続できませんでした（{ $detail }）。ネットワークを確認してください。PhotoDrop は自動で再試行します。
error-network = { $provider } との接続が切れました（{ $detail }）。ネットワークを確認してください。PhotoDrop は自動で再試行します。

error-record-not-found = { $file }: { $service } に { $record } はありません。何も送信していません。値を確認するか、レコードを作成してからやり直してください。
error-record-ambiguous = { $more ->
    [yes] { $file }: { $record } が { $count } 件以上あります（{ $list }）。何も送信していません。1 件を選んでください。
   *[no] { $file }: { $record } が { $count } 件あります（{ $list }）。何も送信していません。1 件を選んでください。
}
record-where = { $field } が '{ $value }' の { $kind }
record-no-name = 名前なし

option-fit = 写真を送信先に合わせる
option-fit-help = auto: 送信先が拒否する写真（大きすぎる、画素数が多すぎる、形式が違う）を変換する。refuse: 代わりにメッセージを出して失敗する
option-fit-auto = サービスが拒否する写真を変換する（サイズ、画素数、形式）
option-fit-refuse = メッセージを出して拒否する
option-privacy = プライバシー
option-privacy-help = strip: アップロード前に GPS 位置情報とカメラのシリアル番号を削除する。keep: メタデータをそのまま送る
option-privacy-strip = GPS 位置情報とカメラのシリアル番号を削除する
option-privacy-keep = メタデータをそのまま送る
option-duplicates = 重複
option-duplicates-help = skip: 同じ送信先に添付済みの写真は報告のみで再送しない。allow: それでも送る
option-duplicates-skip = 同じレコードに添付済みの写真をスキップする
option-duplicates-allow = もう一度アップロードする
option-concurrency = 同時アップロード数
option-concurrency-help = このプロファイルで同時に行うアップロードの数（1 以上。サービス自体の上限で制限されます）
option-dc = データセンター
option-version = API バージョン
option-cluster = クラスター
option-namespace = 名前空間
option-auth = サインイン方法
option-oauth_host = OAuth ホスト
option-oauth_header = OAuth ヘッダー
option-file_field = ファイルのフィールド名
option-restrict_triggers = ワークフロールールをスキップ
option-dc-help-zoho = Zoho アカウントのデータセンター
option-dc-help-questionpro = アカウントのデータセンター
option-concurrency-help-zoho = この組織の並列アップロード数: Zoho の上限は 5 (Free)、10 (Standard)、15 (Professional)、20 (Enterprise)、25 (Ultimate)
option-version-help-zoho-crm = API バージョン: v2 は Zoho の元の文書のとおり、v8 が最新です (Deals と RECORD_LOCKED が加わります)
option-version-help-zoho-bigin = API バージョン: v1 は Bigin の元の文書のとおり、v2 が最新です
option-restrict_triggers-help = 'workflow' にすると、写真のアップロードでワークフロールールが動きません
option-cluster-help = クラスター: eu、in、sg、us、またはファイルサービスのホスト名 (例: eucrm.cc.capillarytech.com)
option-namespace-help = 送信先を指定しないときの既定の名前空間
option-auth-help = basic または oauth (既定: 保存されている認証情報に従い、basic を優先)
option-oauth_host-help = OAuth トークン呼び出しのホスト (既定: クラスターの API ホスト)
option-oauth_header-help = OAuth トークンを載せるヘッダー
option-file_field-help = 写真を載せる multipart フィールド (Capillary の文書には名前がありません)

provider-zoho-crm-target-help = Leads/3000000038009（タブ: Leads、Contacts、Accounts、Products、Vendors、v5 以降の Deals、カスタムタブ）
provider-zoho-bigin-target-help = Contacts/3000000038009（タブ: Contacts、Companies = Accounts、Products）
provider-chakrahq-target-help = 単独の写真なら空欄、プロセスの写真属性を設定するなら PROCEDURE/PROCESS_ID/ATTRIBUTE
provider-capillary-target-help = ファイルサービスの名前空間（例: rewards、既定値）
provider-questionpro-target-help = QuestionPro のユーザー ID（例: 1234567）
provider-zoho-crm-kind-label = タブ
provider-zoho-crm-item-label = レコード
provider-zoho-crm-search-placeholder = 名前、メール、電話番号でレコードを検索
provider-zoho-bigin-kind-label = タブ
provider-zoho-bigin-item-label = レコード
provider-zoho-bigin-search-placeholder = 名前、メール、電話番号でレコードを検索
provider-chakrahq-kind-label = 手続き
provider-chakrahq-item-label = プロセス
provider-chakrahq-search-placeholder = 名前でプロセスを検索
provider-zoho-crm-sign-in = Zoho API コンソール（api-console.zoho.com）で Self Client（または Non-browser Applications のクライアント）を作成し、クライアント ID とシークレットを下にコピーしてください。次のスコープ（写真、添付ファイル、レコード検索）を付けてください:
provider-zoho-bigin-sign-in = Zoho API コンソール（api-console.zoho.com）で Self Client（または Non-browser Applications のクライアント）を作成し、クライアント ID とシークレットを下にコピーしてください。次のスコープ（写真、添付ファイル、レコード検索）を付けてください:

field-client_id = Zoho API コンソールのクライアント ID（Self Client）
field-client_secret = Zoho API コンソールのクライアントシークレット
field-refresh_token = リフレッシュトークン（またはサインイン: グラントコードかデバイスフローで入力されます）
field-access_token = 上の 3 つの代わりに使う生のアクセストークン（1 時間以内に失効）
field-token = ChakraHQ の API キーのアクセストークン（admin → API Keys）
field-api_key = API キー（Integration → Developer API → Get API Key）
field-username = Till のユーザー名（Basic 認証）
field-password = Till のパスワード（Capillary の要求どおり MD5 でのみ送信）
field-oauth_key = OAuth クライアントキー（InTouch → Org Settings → API client）
field-oauth_secret = OAuth クライアントシークレット

error-http-401 = { $service } が認証情報を拒否しました（HTTP 401）。保存した認証情報を確認してください。
error-http-403 = { $service } がアクセスを拒否しました（HTTP 403）。管理者に権限を依頼してください。
error-http-404 = { $service } で送信先が見つかりませんでした（HTTP 404）。送信先を確認してください。
error-http-408 = { $service } がタイムアウトしました（HTTP 408）。再試行します。
error-http-409 = { $service } が競合を報告しました（HTTP 409）。
error-http-413 = { $service } によるとファイルが大きすぎます（HTTP 413）。小さい写真を使ってください。
error-http-415 = { $service } はこの種類のファイルを受け付けません（HTTP 415）。JPEG か PNG に変換してください。
error-http-429 = { $service } から速度を落とすよう求められました（HTTP 429）。待ってから再試行します。
error-http-5xx = { $service } でサーバーエラーが起きました（HTTP { $status }）。後で再試行します。
error-http-other = { $service } がリクエストを拒否しました（HTTP { $status }）。

zoho-photo-rules = 受け付けるのは 10 MB・1000 万画素までの PNG、JPEG、GIF、BMP の写真です。
zoho-invalid-token = { $service } によるとアクセストークンが無効か期限切れです。更新しています。続く場合はもう一度サインインしてください。
zoho-scope-mismatch = Zoho の接続にスコープ { $scope }.modules.{ $module }.CREATE（または { $scope }.modules.ALL）がありません。そのスコープを許可してもう一度サインインしてください（Self Client の新しいグラントコード、またはデバイスフロー）。
zoho-scope-mismatch-attach = Zoho の接続にスコープ { $scope }.modules.{ $module }.CREATE（または { $scope }.modules.ALL）と { $scope }.modules.attachments.CREATE がありません。それらを許可してもう一度サインインしてください（Self Client の新しいグラントコード、またはデバイスフロー）。
zoho-no-permission = お使いの Zoho ユーザーには { $module } に写真をアップロードする権限がありません。Zoho の管理者に権限を依頼してください。
zoho-cannot-perform = お使いの Zoho ユーザーは { $module } のレコード { $id } を変更できません（所有者、共有ルール、レイアウトの権限のいずれかで制限されています）。レコードの所有者か Zoho の管理者に相談してください。
zoho-not-approved = { $module } のレコード { $id } は { $service } で承認待ちです。承認されると写真を追加できます。承認して（または承認者に依頼して）から再試行してください。
zoho-not-reviewed = { $module } のレコード { $id } は { $service } でまだ確認されていません（Web フォームやインポートのレコードは確認が必要な場合があります）。Zoho で確認してから再試行してください。
zoho-invalid-module = { $service } はタブ '{ $module }' の写真を受け付けません（{ $said }）。{ $help } のいずれかを使ってください。
zoho-attachment-refused = { $service } が添付ファイルを拒否しました（{ $said }）。添付ファイルは実行ファイル以外で 100 MB までです。
zoho-file-refused = { $service } がファイルを拒否しました（{ $said }）。{ $rules }
zoho-file-type = { $service } はこの種類のファイルを受け付けません（{ $said }）。{ $rules } PhotoDrop に変換させる（fit=auto）か、JPEG で保存してください。
zoho-no-record = { $service } に ID { $id } の { $module } レコードはありません。送信先を確認してください（レコードを検索して ID をコピーします）。
zoho-attachment-too-large = { $service } の添付ファイルは 100 MB までです。このファイルはそれより大きいです。
zoho-photo-too-large = { $service } の写真は 10 MB・1000 万画素までです。この写真はそれを超えています。縮小して（または PhotoDrop に合わせさせて）再試行してください。
zoho-photo-over-size = { $service } の写真は { $size } までです。この写真はそれより大きいです。縮小して（または PhotoDrop に合わせさせて）再試行してください。
zoho-photo-over-resolution = { $service } の写真は 1000 万画素までです。この写真は { $megapixels } メガピクセルあります。縮小して（または PhotoDrop に合わせさせて）再試行してください。
zoho-photo-over-resolution-unknown = { $service } の写真は 1000 万画素までです。この写真はそれを超えています。縮小して（または PhotoDrop に合わせさせて）再試行してください。
zoho-record-locked = { $module } のレコード { $id } はロックされています（承認プロセス中など）。Zoho でロックを解除してから再試行してください。
zoho-bad-request = { $service } がリクエストを認識できませんでした（{ $code }）。プロファイルの API バージョン（version={ $version }）を確認してください。
zoho-invalid-host = { $service } が API ホストを拒否しました。プロファイルのデータセンター（dc オプション）を確認してください。
zoho-too-many-requests = { $service } から速度を落とすよう求められました（API 上限に到達）。待ってから再試行します。
zoho-internal-error = { $service } で内部エラーが起きました。後で再試行します。続く場合は Zoho のサポートに連絡してください。
zoho-said = { $message } Zoho の応答: { $code }。
zoho-said-words = { $message } Zoho の応答: { $code }: { $words }。

error-fit-off-hint = このプロファイルでは自動調整がオフです（fit=refuse）。`--set fit=auto` でオンにするか、ご自分で写真を縮小してください。
error-unsupported-format = { $path } は { $format } 画像です。{ $service } が受け付けるのは { $formats } だけです。{ $hint }
error-too-many-pixels = { $path } は { $width }×{ $height } です。{ $service } が受け付けるのは最大 { $megapixels } メガピクセルです。{ $hint }
error-file-too-large = { $path } は { $size } です。{ $service } が受け付けるのは最大 { $limit } です。{ $hint }
error-cannot-fit = { $path } を { $service } 向けに十分小さくできませんでした。
error-workdir = PhotoDrop が { $dir } に作業コピーを書き込めません（{ $reason }）。ディスクの空きを作るか、フォルダーの権限を確認してください。
error-too-large-to-decode = { $path } は { $width }×{ $height } ピクセル（{ $megapixels } メガピクセル）とされており、PhotoDrop がデコードする上限（{ $max } MP）を超えています。壊れているか、解凍爆弾の可能性があります。
error-file-too-large-to-decode = { $path } は { $size } です。PhotoDrop がデコードする写真は { $max } までです。
error-decode-memory = { $path } のデコードには PhotoDrop が許可するより多くのメモリが必要です。解凍爆弾の可能性があります。
error-heic-unsupported = { $path }: このビルドの PhotoDrop は HEIC 写真を読めません。JPEG で書き出してください。

error-no-home = ホームディレクトリが見つかりません。{ $var } に書き込み可能なフォルダーを設定してください。
error-data-dir = { $dir } を作成できません（{ $reason }）。PHOTODROP_CONFIG_DIR / PHOTODROP_DATA_DIR に書き込み可能なフォルダーを設定してください。
error-config-unreadable = { $file } を読み込めません: { $reason }
error-config-unwritable = { $file } に書き込めません: { $reason }
error-bad-profiles-file = { $file } が正しくありません（{ $reason }）。手で直すか、壊れたプロファイルを削除してください。
error-bad-policy = { $file } が正しくありません（{ $reason }）。ここで PhotoDrop を管理している管理者に相談してください。
error-policy-no-user-profiles = ここではプロファイルは管理者が設定します（{ $file }）。'{ $name }' の追加を依頼してください。
error-policy-host = プロファイル '{ $name }' は { $host } に送信しますが、ポリシー（{ $file }）で許可されていません。許可されているホスト: { $allowed }。
error-declined = { $action }: キャンセルしました。何も変更していません。
error-profile-exists = '{ $name }' という名前のプロファイルはすでにあります。先に削除するか、別の名前にしてください。
error-profiles-exist = { $names } という名前のプロファイルはすでにあります。何も読み込んでいません。設定を上書きするには置き換えを指定して読み込んでください（シークレットは保持されます）。
error-import-unreadable = { $file } を読み込めません: { $reason }
error-import-empty = { $file } にプロファイルがありません。
error-unknown-field = '{ $field }' は { $provider } の認証情報ではありません。フィールド: { $fields }。
error-empty-secret = { $field } の値がありません。標準入力から入力してください。
error-unknown-provider = 不明なサービス '{ $provider }' です。次から選んでください: { $providers }。
error-secret-in-config = '{ $key }' はシークレットです。プロファイルのファイルには決して入れず、キーリングに保存してください。
error-unknown-option = '{ $key }' は { $provider } のオプションではありません。オプション: { $options }。
error-bad-option-choice = '{ $value }' は { $key } の値として正しくありません。次から選んでください: { $choices }。
error-bad-option-number = '{ $value }' は { $key } の値として正しくありません: { $what } を指定してください。
whole-number-range = { $min } から { $max } までの整数
whole-number-min = { $min } 以上の整数
error-bad-profile-name = '{ $name }' はプロファイル名として正しくありません: 1～64 文字の英字、数字、'-'、'_'、'.' を使ってください。
error-keyring = OS のキーリングでシークレットを{ $op }できませんでした（{ $reason }）。デスクトップではキーリング（GNOME Keyring / KWallet、macOS キーチェーン、Windows 資格情報マネージャー）のロックを解除して再試行してください。デスクトップのないマシンでは、シークレットを環境変数 PHOTODROP_SECRET_<PROFILE>_<FIELD> に設定してください。
error-credentials-other-host = プロファイル '{ $profile }' は現在 { $now } を指していますが、その { $field } は { $was } 用に入力されたものです。PhotoDrop は入力されたホスト以外にシークレットを送りません。新しいアドレスが正しければシークレットを入力し直し、そうでなければプロファイルを元に戻してください。

error-upload-unconfirmed-stopped = { $file } を { $target } に送信中に PhotoDrop が停止しました。届いている可能性があります。{ $service } はアップロードのたびに新しい画像を作るため、再送していません。確認して、無ければ再試行してください。
the-target = 送信先
the-service-name = サービス
error-no-target = { $file }: 送信先のレコードがありません。
error-watched-file-refused = { $file }: アップロードしませんでした（{ $why }）。何も送信していません。
keyring-op-open = 開く
keyring-op-read = 読み込む
keyring-op-store = 保存
keyring-op-delete = 削除

confirm-repoint-title = プロファイルのサーバーの変更
confirm-repoint =
    プロファイル '{ $name }' の接続先を { $now } に変更しますか？

    シークレットは { $was } 用に入力されています。PhotoDrop は新しいアドレスにそれを送りません。新しいアドレス用に入力し直してください。
confirm-repoint-yes = サーバーを変更
confirm-delete-after-title = アップロード後に削除
confirm-delete-after =
    { $dir } の写真をアップロード後にそれぞれ削除しますか？

    PhotoDrop はサービスがアップロードを確認してからファイルを削除しますが、削除したファイルはごみ箱に入りません。
confirm-delete-after-yes = アップロード後に削除
confirm-large-tree-title = 大きなフォルダーツリーの監視
confirm-large-tree =
    { $dir } には { $count } 個を超えるファイルとフォルダーがあります。すべてのサブフォルダーを含めて監視しますか？

    見つかった写真はすべてアップロードされます。
confirm-large-tree-yes = すべて監視

chakra-what-upload = 写真のアップロード
chakra-what-list = プロセスの一覧取得
chakra-what-config = 設定の読み込み
chakra-what-set = プロセス { $process } の { $attribute } の設定
chakra-said = ChakraHQ の応答: { $message }。
chakra-401 = ChakraHQ がアクセストークンを拒否しました。{ $said } Admin → API Keys でアクセストークンを作成し、プロファイルの token に入力してください。
chakra-403 = ChakraHQ の API キーのロールでは「{ $what }」ができません。{ $said } キーのアクセスロールにその権限を与えてください。
chakra-404 = ChakraHQ で「{ $what }」の対象が見つかりませんでした。{ $said } 送信先（手続き、プロセス ID、属性）を確認してください。
chakra-400 = ChakraHQ が要求（{ $what }）を拒否しました。{ $said }
chakra-bad-target = '{ $target }' は PROCEDURE/PROCESS_ID/ATTRIBUTE の形式ではありません（例: lead/6570f1.../site_photo）。単独の写真なら送信先を空にしてください。
chakra-no-procedure = ChakraHQ に手続き '{ $procedure }' はありません。既存: { $known }。
chakra-bad-field-target = '{ $target }' は PROCEDURE[ATTRIBUTE=VALUE]/PHOTO_ATTRIBUTE の形式ではありません（例: lead[customer_code=C-7]/site_photo）。
chakra-no-attribute = ChakraHQ の手続き '{ $procedure }' に属性 '{ $attribute }' はありません。属性: { $attributes }。

capillary-said = Capillary の応答: { $message }。
capillary-400 = Capillary がアップロードを拒否しました（HTTP 400）。{ $said } 名前空間と、ファイルが正しい画像かを確認してください。
capillary-401-basic = Capillary が Till のユーザー名 / パスワードを拒否しました。{ $said } もう一度入力してください（組織で Basic 認証が無効の場合もあります）。
capillary-401 = Capillary が OAuth トークンを拒否しました。{ $said } PhotoDrop は一度だけ新しいトークンを作ります。続く場合は API クライアントの権限を確認してください。
capillary-403 = この Capillary ユーザーはファイルサービスを使えません。{ $said } 管理者に既定のアクセスグループを依頼してください。
capillary-404 = Capillary にその名前空間またはエンドポイントはありません（HTTP 404）。{ $said } 送信先の名前空間と cluster オプションを確認してください。
capillary-415 = Capillary はこの種類のファイルを受け付けません（HTTP 415）。{ $said }
capillary-busy = Capillary が混雑しています（HTTP { $status }）。{ $said } 後で再試行します。
capillary-oauth-refused = Capillary が OAuth のキー / シークレットを拒否しました。InTouch（Org Settings → Authentication）で API クライアントを確認し、キーとシークレットを入力し直してください。
capillary-not-confirmed = Capillary はアップロードを確認しないまま応答しました。
capillary-not-stored = Capillary は成功と応答しましたが、{ $problem }。写真は届いていません（ファイル部分が無いと空のプレースホルダーを残します）。プロファイルの file_field オプション（既定 'file'）と、アップロードを書き換えるプロキシが無いことを確認して再試行してください。次のアップロードでプレースホルダーは置き換わります。
capillary-no-size = 保存したバイト数を返しませんでした
capillary-short = 送信した { $sent } バイトのうち { $stored } バイトしか保存していません
capillary-renamed = '{ $name }' ではなく '{ $got }' として保存しました
capillary-bad-host = { $option } '{ $value }' は Capillary のホストではありません。クラスター（eu、in、sg、us）か { $domain } 配下のホスト名（例: eucrm.cc.{ $domain }）を指定してください。ゲートウェイやテストサーバーを使う場合は、代わりにプロファイルのベース URL（--base-url）を設定してください。
capillary-bad-file-field = file_field はフォームのフィールド名（英字、数字、_、-）でなければなりません。'{ $value }' は使えません。
capillary-bad-namespace = '{ $namespace }' は Capillary の名前空間ではありません（英字、数字、'-'、'_'。例: rewards）。

questionpro-said = QuestionPro の応答: { $message }。
questionpro-auth = QuestionPro が API キーを拒否しました。{ $said } Integration → Developer API からもう一度コピーし、プロファイルの api_key に入力してください。datacenter オプションも確認してください。
questionpro-permission = この QuestionPro の API キーでは、このユーザーに画像を追加できません。{ $said } QuestionPro の管理者に権限を依頼してください。
questionpro-no-user = QuestionPro にそのユーザーはいません。{ $said } 送信先のユーザー ID を確認してください。
questionpro-quota = この QuestionPro ライセンスの API 呼び出し枠を使い切りました。{ $said } 管理者が呼び出し枠を追加購入するまで、何もアップロードされません。
questionpro-rate = QuestionPro の速度制限（キーごとに毎分 300 回）に達しました。{ $said } 待ってから再試行します。
questionpro-rejected = QuestionPro が要求を拒否しました。{ $said }
questionpro-target-required = QuestionPro には送信先が必要です: --target USER_ID（写真を受け取る画像ライブラリを持つ QuestionPro ユーザーの数値 ID）。
questionpro-bad-target = '{ $target }' は QuestionPro のユーザー ID（1234567 のような数値）ではありません。
questionpro-no-image-id = QuestionPro が画像 ID なしで応答しました。画像が追加されたかどうかはわかりません。もう一度アップロードする前に、ユーザーの画像ライブラリを確認してください。

watch-rules-invalid = { $file } が正しくありません: { $reason }
watch-rules-unreadable = { $file } を読み込めません: { $reason }
watch-rule-managed = 監視ルール '{ $name }' は管理者が設定したものです。ここでは変更も削除もできません。
watch-refused = PhotoDrop は { $dir } を監視しません（{ $why }）。アップロードする写真用のフォルダー（スキャナーの出力先など）を作り、それを監視してください。
watch-why-root = ドライブまたはファイルシステムのルートです
watch-why-home = ホームフォルダーです（その中のフォルダーを選んでください）
watch-why-own = PhotoDrop 自身の設定やデータがあります
watch-why-system = システムフォルダーです
watch-why-shared = このコンピューターの全員が共有するシステムフォルダーです
watch-why-homes = 全ユーザーのホームフォルダーが入っています
watch-failed = { $dir } を監視できません（{ $reason }）。
watch-failed-limit = { $dir } を監視できません（{ $reason }）。監視フォルダー数のシステム上限に達しています。fs.inotify.max_user_watches を増やすか、監視するサブフォルダーを減らしてください。
watch-no-record = { $file }: どのレコードのファイルか判断できません（{ $why }）。ルール '{ $rule }' に合うようファイル名を変えるか、ルールの送信先テンプレートを直してください。
watch-not-uploaded = { $file } はアップロードしません: { $why }。
watch-why-link = シンボリックリンクです（PhotoDrop は監視フォルダーに実際にあるファイルだけをアップロードし、リンク先は送りません）
watch-why-hard-link = ハードリンク（別の場所にもあるファイルの別名）です（PhotoDrop は名前が 1 つだけのファイルをアップロードします）
watch-why-special = 通常のファイルではありません
watch-dir-missing = { $dir } はフォルダーではありません。作成するか、別のフォルダーを選んでください。
watch-rule-name = ルールに名前を付けてください。
chakra-not-attached = 写真 { $photo } はアップロードされましたが、プロセス { $procedure }/{ $process } に添付されていません: { $reason }

target-zoho-required = { $service } には送信先レコードが必要です: --target タブ/レコードID（例: { $help }）。
target-zoho-bad = '{ $target }' はタブ/レコードID の形式ではありません（例: { $help }）。
target-zoho-bad-id = '{ $id }' は Zoho のレコード ID ではありません。レコード ID は 3000000038009 のような長い数値です。
target-zoho-bad-link = '{ $target }' は { $service } のレコードのアドレスに見えません。Zoho でレコードを開いてアドレスバーをコピーするか、タブ/レコードID を入力してください（例: { $help }）。
target-zoho-crm-module = '{ $module }' は Zoho CRM のタブの API 名ではありません（例: Leads、Contacts、Accounts）。
target-zoho-bigin-module = Zoho Bigin が写真を受け付けるのは Contacts、Companies（Accounts）、Products だけで、'{ $module }' は対象外です。
target-zoho-field-rest = '{ $target }': 角かっこの後に続けられるのは /Attachments だけです（それ以外はレコードの写真）。
target-zoho-field-unsearchable = { $service } は { $module } を '{ $field }' で検索できません（{ $reason }）。Zoho の 設定 > Developer Space > APIs に表示される、検索できる項目の API 名を使ってください。
target-by-field-bad = '{ $target }' は項目による送信先ではありません: { $why }。タブ[項目=値] の形で書いてください（例: Contacts[Email=ada@example.com]、Products[Product_Code=SKU-1001]）。
target-why-no-close = 閉じる ']' がありません
target-why-no-equals = 項目と値の間に '=' がありません
target-why-empty = 値が空です
target-why-too-long = 値が長すぎるか、制御文字を含んでいます
target-why-rest = 閉じる ']' の後には '/…' しか続けられません
target-field-unsupported = { $service } は項目の値でレコードを探せません。送信先そのものを指定してください（{ $help }）。
target-search-unsupported = { $service } にはレコード検索がありません。送信先の ID を入力してください。
target-choose-field = タブと項目を選んでください。
target-bad-pattern = '{ $pattern }' は正しいパターンではありません: { $reason }
target-not-by-field = '{ $target }' は項目による送信先（タブ[項目=値]）ではありません。

signin-expired = Zoho のサインインコードは承認される前に期限切れになりました。最初からやり直してください。
signin-cancelled = Zoho のサインインをキャンセルしました。
signin-unknown-dc = お使いの Zoho アカウントはデータセンター '{ $dc }' にありますが、PhotoDrop はまだそれに対応していません。
signin-other-dc = お使いの Zoho アカウントはデータセンター '{ $dc }'（{ $host }）にあります。Zoho はそこでクライアントに別のシークレットを発行し、PhotoDrop はあるデータセンターのシークレットを別のデータセンターに送りません。Zoho API コンソールでクライアント → Settings → Multi-DC を開き、'{ $dc }' を有効にしてそのシークレットをコピーしてください。次にプロファイルのデータセンターを '{ $dc }' にし、そのシークレットを client_secret に入力して、もう一度サインインしてください。
signin-denied = ブラウザーで Zoho のサインインが拒否されました。最初からやり直し、「Accept」を押してください。
signin-refused = Zoho がデバイスサインインを拒否しました（{ $reason }）。クライアント ID とシークレット（Non-browser Applications のクライアント）、データセンターを確認してください。
signin-no-refresh = Zoho はサインインを承認しましたが、リフレッシュトークンを送りませんでした。最初からやり直してください。
signin-grant-no-refresh = Zoho はアクセストークンを返しましたが、リフレッシュトークンはありませんでした。グラントコードを作り直して（Self Client、オフラインアクセス付き）再試行してください。
signin-invalid-client = Zoho はデバイスサインイン用のこのクライアント ID を知りません。API コンソールで「Non-browser Applications」タイプのクライアントを作成し、そのクライアント ID とシークレットを保存してください。
signin-start-refused = Zoho がデバイスサインインの開始を拒否しました（{ $reason }）。クライアント ID とデータセンターを確認してください。

manifest-unreadable = マニフェスト { $file } を読み込めません: { $reason }。
manifest-invalid = { $file }: { $why }。1 行目には列名を書き、その中に `file` と `target` を含めてください（例: `file,target`）。
manifest-row-invalid = { $file } の { $line } 行目: { $why }。この行は何も送信しません。
error-bad-url = '{ $url }' は正しい URL ではありません（{ $reason }）。https://host[:port] のように書いてください。
error-unsafe-link = PhotoDrop はこのリンクを開きません: { $why }。代わりにサービスの Web ページでレコードを開いてください。
link-why-not-web = Web アドレスではありません
link-why-no-host = Web サーバーを示していません
link-why-credentials = ユーザー名かパスワードを含んでいます
link-why-http = 暗号化されていません（http）
error-insecure-url = { $host } への暗号化されていない http は使えません。認証情報と写真が暗号化されずに送られてしまいます。https を使ってください（http は localhost にだけ許可されます）。
error-url-scheme = 対応していない URL スキーム '{ $scheme }' です。https を使ってください。
error-queue-db = アップロードキューのデータベースでエラーが起きました（{ $reason }）。続く場合はディスクの空き容量を確認してください。
error-queue-open = アップロードキュー { $file } を開けません（{ $reason }）。
error-queue-newer = アップロードキュー { $file } は新しいバージョンの PhotoDrop で書かれています。PhotoDrop を更新してください。
target-why-module = '[' の前のタブ名が無いか、タブ名に使えない文字を含んでいます
target-why-field = 項目名が無いか、項目の API 名に使えない文字を含んでいます
link-why-scheme = '{ $scheme }:' は Web アドレスではありません

error-internal = PhotoDrop で予期しないことが起きました: { $detail }。もう一度お試しください。繰り返す場合はこのメッセージを添えて報告してください。
error-io = ファイル操作に失敗しました: { $reason }。ディスクとフォルダーの権限を確認してください。

## Sign-in, pasting, thumbnails and history filters

history-bad-state = 不明な状態 '{ $state }' です: done、duplicate、failed、needs-attention のいずれかです。
history-export-failed = { $file } に書き込めませんでした: { $reason }。別の場所を選んでください。
paste-too-large = 貼り付けた画像は { $size } です。PhotoDrop が受け付ける貼り付け画像は { $max } までです。ファイルとして保存し、そのファイルをドロップしてください。
paste-not-image = クリップボードに PhotoDrop が読める写真 (JPEG、PNG、GIF、BMP、WebP、TIFF、HEIC) がありません。
signin-no-flow = プロファイル '{ $profile }' は { $provider } で、サインインがありません。代わりに認証情報を設定してください。
signin-not-started = このプロファイルで進行中のサインインはありません。先に開始してください。
thumb-bad-size = サムネイルのサイズは 1 ～ 4096 ピクセルにしてください。
thumb-bad-format = .{ $ext } のサムネイルは書き込めません。.jpg、.png、.webp、.bmp、.tiff、.gif を使ってください。
zoho-dc-hint = プロファイルのデータセンター (dc オプション) がアカウントのものと一致しているか確認してください。
zoho-token-invalid-code = Zoho がリフレッシュトークンまたは許可コードを拒否しました (期限切れ、取り消し済み、または使用済み)。もう一度サインインしてください (新しい Self Client の許可コード、またはデバイスフロー)。{ zoho-dc-hint }
zoho-token-invalid-client = Zoho がクライアント ID / シークレットを認識しません。API コンソールからもう一度コピーして入力してください。{ zoho-dc-hint }
zoho-token-rate-limit = Zoho がこのリフレッシュトークンでの新しいアクセストークンをブロックしました (10 分間に 10 回を超える要求)。最大 10 分待ってください。PhotoDrop はこれを避けるためにトークンを再利用します。
zoho-token-refused = Zoho がトークン要求を拒否しました ({ $reason })。{ zoho-dc-hint }
keyring-macos = macOS キーチェーン
keyring-windows = Windows 資格情報マネージャー
keyring-secret-service = OS のキーリング (Secret Service)
prepared-unchanged = 変更なし

## Checking a profile (`profile test`, the app's Test button)

verify-chakrahq = ChakraHQ に接続しました。アクセストークンは有効です。
verify-questionpro = QuestionPro に接続しました。API キーは有効です。
verify-capillary-basic = Capillary の Basic 認証情報は保存されています。{ $host } への最初のアップロードで確認されます。
verify-capillary-oauth = Capillary の OAuth キーとシークレットは有効です (トークンが発行されました)。
verify-zoho = { $service } に接続しました (API: { $api })。

## An upload whose answer was lost, and giving up

error-upload-unconfirmed = { $file } は最後まで送信されましたが、{ $service } が確認しませんでした ({ $reason })。{ $service } はアップロードのたびに新しい画像を作るため、PhotoDrop は再送しませんでした。届いているか確認してから、もう一度アップロードしてください。
error-still-refused = { $message } (新しいトークンを取得しても拒否されました。アカウントを接続し直してください。)
error-looked-unclear = { $message } PhotoDrop は確認しましたが、{ $why }。
error-could-not-look = { $message } PhotoDrop は確認できませんでした ({ $reason })。
error-gave-up = { $message } ({ $hours ->
    [0] { $minutes } 分
   *[other] { $hours } 時間
}にわたり { $attempts } 回試みたあと、断念しました。)
lookup-photo-slot = 写真の枠には一覧にするものがありません
lookup-zoho-too-many = レコードには 4,000 件を超える添付ファイルがあり、最初の 4,000 件に { $file } ({ $size }) はありません
lookup-questionpro = ユーザー { $user } には約 { $size } の画像が { $count } 件あり、QuestionPro の一覧はそれぞれがどのファイルかを示さないため、そのどれかが { $file } かどうか PhotoDrop には判断できません
lookup-none = { $service } にはアップロードしたものを一覧にする方法がありません
no-reason-recorded = 理由は記録されていません

## The note left beside a watched file that failed (<file>.reason.txt)

reason-file-what = PhotoDrop は { $when } に { $file } (プロファイル { $profile }、送信先 { $target }) をアップロードできませんでした。
reason-file-why = 理由 ({ $code }): { $message }
reason-file-todo = やり直すには、理由に書かれた点を直してから、PhotoDrop の履歴でこのジョブ ({ $job }) の「再試行」を押す (または `photodrop retry { $job }` を実行する) か、ファイルを監視フォルダーに戻してください。

## Why a row, a file or a watched file has no target

manifest-why-columns = 列は { $columns } です
manifest-why-unreadable = 読み取れません ({ $reason })
manifest-why-no-file = ファイルがありません
manifest-why-no-target = { $file } の送信先がありません
match-why-pattern = 名前が '{ $pattern }' に一致しません
match-why-no-folder = フォルダーの中にありません
match-why-empty-name = 名前が空です
preview-no-record = この値を持つレコードはありません
preview-many = { $count } 件のレコードが一致します。より絞り込める項目を選んでください
preview-more-than = { $count } 件を超えるレコードが一致します。より絞り込める項目を選んでください
after-not-inside = { $file } は監視フォルダー { $dir } の中にありません
after-replaced = { $file } はリンクまたはフォルダーに置き換えられました
after-changed = { $file } はキューに入れたあとで変更されました
after-swapped = { $file } はもうアップロードしたファイルではありません (別のファイルがその名前を使っています)
watch-why-changed = キューに入れたあとで変更されました (PhotoDrop は監視ファイルを書き込みが完了した時点の内容でのみ送ります)。もう一度フォルダーに入れてください
template-bad-pattern = ファイル名パターン '{ $pattern }' は正しい正規表現ではありません: { $reason }
template-unclosed = 送信先テンプレート '{ $template }' に対応する '{ "}" }' のない '{ "{" }' があります。
template-bad-inline = 送信先テンプレートの '{ $regex }' は正しい正規表現ではありません: { $reason }
template-needs-pattern = 送信先テンプレートは { $placeholder } を使っていますが、これにはそのグループを持つファイル名パターン (--pattern REGEX) が必要です。使えるプレースホルダーは { $known } です。
template-no-capture = ファイル名パターン '{ $pattern }' にグループ { $placeholder } はありません。
template-why-no-target = ルールに送信先がありません
template-why-no-folder = { $file } はサブフォルダーの中になく、テンプレート '{ $template }' にはサブフォルダーが必要です
template-why-no-match = ファイル名 '{ $file }' はパターン '{ $pattern }' に一致しません
template-why-empty-capture = パターン '{ $pattern }' は '{ $file }' で { $placeholder } に何も取り出しませんでした
template-why-empty = テンプレート '{ $template }' では { $file } の送信先が空になります

## What a file that is not a photo looks like, and other reasons

other-empty = 空のファイル
other-pdf = PDF 文書
other-zip = ZIP アーカイブ (または Office 文書)
other-iso-media = 動画などの ISO メディアファイル
other-gzip = gzip アーカイブ
other-xml = XML/SVG 文書 (ベクター画像には対応していません)
other-program = プログラム
other-riff = RIFF メディアファイル (音声または動画)
other-html = HTML ページ
other-text = テキストファイル
other-unknown = PhotoDrop が認識できる画像ではありません
damaged-no-pixels = ピクセルがないと示しています
damaged-decoder-gave-up = デコーダーが処理を断念しました
damaged-heic-planes = HEIC デコーダーが使える画像を返しませんでした
io-changed-while-read = 読み取り中にファイルが変更されました
io-grew-while-sent = アップロード中にファイルが大きくなりました
io-shrank-while-sent = アップロード中にファイルが小さくなりました
policy-privacy-strip-only = privacy には "strip" しか指定できません
policy-the-system = システムのポリシー
capillary-or-oauth = { $message } (または OAuth を使う: oauth_key と oauth_secret を保存してください。)
