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
