number-decimal-separator = .
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
datetime = { $year }/{ $month }/{ $day } { $hour }:{ $minute }

error-file-not-found = { $path }：找不到该文件。请检查路径（文件可能已被移动或重命名）。
error-file-permission = { $path }：权限被拒绝。请授予您的用户读取该文件的权限。
error-file-unreadable = { $path }：无法读取（{ $reason }）。请检查文件权限。
error-is-a-directory = { $path } 是文件夹，不是照片。请传入其中的图片文件。
error-not-a-file = { $path } 不是普通文件。
error-not-an-image = { $path } 是 { $what }，不是照片（JPEG、PNG、GIF、BMP、WebP、TIFF 或 HEIC）。未发送任何内容。
error-damaged-image = 无法解码 { $path }（{ $reason }）。文件可能已损坏或不完整；请在图片查看器中打开，或重新导出。

error-unknown-profile = 没有名为“{ $name }”的配置。
error-unknown-profile-known = 没有名为“{ $name }”的配置。现有配置：{ $known }。
error-profile-managed = 配置“{ $name }”由您的管理员管理（{ $file }）；您可以保存其密钥，但不能修改或删除它。
error-credential-missing = 配置“{ $profile }”未保存 { $fields }。（没有密钥环的机器可以改为设置 { $envs }。）

error-timeout = 对 { $provider } 的请求超时（{ $detail }）。请检查网络；PhotoDrop 会自动重试。
error-connect-failed = 无法连接到 { $provider }（{ $detail }）。请检查网络；PhotoDrop 会自动重试。
error-network = 与 { $provider } 的连接已断开（{ $detail }）。请检查网络；PhotoDrop 会自动重试。

error-record-not-found = { $file }：{ $service } 中没有{ $record }。未发送任何内容；请检查该值，或创建记录后重试。
error-record-ambiguous = { $more ->
    [yes] { $file }：超过 { $count } 条{ $record }（{ $list }）。未发送任何内容；请选择一条。
   *[no] { $file }：{ $count } 条{ $record }（{ $list }）。未发送任何内容；请选择一条。
}
record-where = { $field } 为 '{ $value }' 的 { $kind }
record-no-name = 无名称

option-fit = 使照片符合目标要求
option-fit-help = auto：转换目标会拒绝的照片（过大、像素过多、格式不对）；refuse：改为报错
option-fit-auto = 转换服务会拒绝的照片（大小、像素、格式）
option-fit-refuse = 报错并拒绝
option-privacy = 隐私
option-privacy-help = strip：上传前删除 GPS 位置和相机序列号；keep：按原样发送元数据
option-privacy-strip = 删除 GPS 位置和相机序列号
option-privacy-keep = 按原样发送元数据
option-duplicates = 重复
option-duplicates-help = skip：已附加到同一目标的照片只报告，不再发送；allow：仍然发送
option-duplicates-skip = 跳过已附加到同一记录的照片
option-duplicates-allow = 再次上传
option-concurrency = 同时上传数
option-concurrency-help = 此配置同时进行的上传数（至少 1；受服务自身限制）
option-dc = 数据中心
option-version = API 版本
option-cluster = 集群
option-namespace = 命名空间
option-auth = 登录方式
option-oauth_host = OAuth 主机
option-oauth_header = OAuth 标头
option-file_field = 文件字段名
option-restrict_triggers = 跳过工作流规则

provider-zoho-crm-target-help = Leads/3000000038009（模块：Leads、Contacts、Accounts、Products、Vendors、v5 起的 Deals、自定义模块）
provider-zoho-bigin-target-help = Contacts/3000000038009（模块：Contacts、Companies = Accounts、Products）
provider-chakrahq-target-help = 单独的照片留空，或用 PROCEDURE/PROCESS_ID/ATTRIBUTE 设置流程的照片属性
provider-capillary-target-help = 文件服务的命名空间，例如 rewards（默认）
provider-questionpro-target-help = QuestionPro 用户 ID，例如 1234567
provider-zoho-crm-kind-label = 模块
provider-zoho-crm-item-label = 记录
provider-zoho-crm-search-placeholder = 按姓名、邮箱或电话查找记录
provider-zoho-bigin-kind-label = 模块
provider-zoho-bigin-item-label = 记录
provider-zoho-bigin-search-placeholder = 按姓名、邮箱或电话查找记录
provider-chakrahq-kind-label = 程序
provider-chakrahq-item-label = 流程
provider-chakrahq-search-placeholder = 按名称查找流程
provider-zoho-crm-sign-in = 在 Zoho API 控制台（api-console.zoho.com）中创建一个 Self Client（或 Non-browser Applications 客户端），并把其客户端 ID 和密钥复制到下面。为它授予以下范围（照片、附件、记录搜索）：
provider-zoho-bigin-sign-in = 在 Zoho API 控制台（api-console.zoho.com）中创建一个 Self Client（或 Non-browser Applications 客户端），并把其客户端 ID 和密钥复制到下面。为它授予以下范围（照片、附件、记录搜索）：

field-client_id = Zoho API 控制台中的客户端 ID（Self Client）
field-client_secret = Zoho API 控制台中的客户端密钥
field-refresh_token = 刷新令牌（或登录：授权码或设备登录会自动填写）
field-access_token = 代替以上三项的原始访问令牌（一小时内过期）
field-token = ChakraHQ API 密钥的访问令牌（admin → API Keys）
field-api_key = API 密钥（Integration → Developer API → Get API Key）
field-username = Till 用户名（Basic 认证）
field-password = Till 密码（按 Capillary 的要求只发送其 MD5）
field-oauth_key = OAuth 客户端密钥（InTouch → Org Settings → API client）
field-oauth_secret = OAuth 客户端机密
