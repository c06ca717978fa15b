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
option-dc-help-zoho = Zoho 账户所在的数据中心
option-dc-help-questionpro = 账户所在的数据中心
option-concurrency-help-zoho = 此组织的并行上传数：Zoho 允许 5（Free）、10（Standard）、15（Professional）、20（Enterprise）、25（Ultimate）
option-version-help-zoho-crm = API 版本：v2 与 Zoho 原始文档一致，v8 为当前版本（增加 Deals 和 RECORD_LOCKED）
option-version-help-zoho-bigin = API 版本：v1 与 Bigin 原始文档一致，v2 为当前版本
option-restrict_triggers-help = 设为 'workflow'，上传照片时就不会触发工作流规则
option-cluster-help = 集群：eu、in、sg、us，或文件服务的主机名（例如 eucrm.cc.capillarytech.com）
option-namespace-help = 未指定目标时的默认命名空间
option-auth-help = basic 或 oauth（默认：按已保存的凭据，优先 basic）
option-oauth_host-help = OAuth 令牌调用的主机（默认：集群的 API 主机）
option-oauth_header-help = 携带 OAuth 令牌的请求头
option-file_field-help = 携带照片的 multipart 字段（Capillary 的文档没有给出名称）

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

error-http-401 = { $service } 拒绝了凭据（HTTP 401）。请检查保存的凭据。
error-http-403 = { $service } 拒绝访问（HTTP 403）。请向管理员申请权限。
error-http-404 = { $service } 找不到目标（HTTP 404）。请检查目标。
error-http-408 = { $service } 超时（HTTP 408）；正在重试。
error-http-409 = { $service } 报告冲突（HTTP 409）。
error-http-413 = { $service } 表示文件过大（HTTP 413）。请使用更小的照片。
error-http-415 = { $service } 不接受此文件类型（HTTP 415）。请转换为 JPEG 或 PNG。
error-http-429 = { $service } 要求放慢速度（HTTP 429）；等待后重试。
error-http-5xx = { $service } 出现服务器错误（HTTP { $status }）；稍后重试。
error-http-other = { $service } 拒绝了请求（HTTP { $status }）。

zoho-photo-rules = 它接受不超过 10 MB 和 1000 万像素的 PNG、JPEG、GIF 和 BMP 照片。
zoho-invalid-token = { $service } 表示访问令牌无效或已过期。正在刷新；如果仍然出现，请重新登录。
zoho-scope-mismatch = Zoho 连接缺少范围 { $scope }.modules.{ $module }.CREATE（或 { $scope }.modules.ALL）。请重新登录并授予该范围（新的 Self Client 授权码，或设备登录）。
zoho-scope-mismatch-attach = Zoho 连接缺少范围 { $scope }.modules.{ $module }.CREATE（或 { $scope }.modules.ALL）和 { $scope }.modules.attachments.CREATE。请重新登录并授予这些范围（新的 Self Client 授权码，或设备登录）。
zoho-no-permission = 您的 Zoho 用户无权向 { $module } 上传照片。请向 Zoho 管理员申请该权限。
zoho-cannot-perform = 您的 Zoho 用户不能修改 { $module } 记录 { $id }（其所有者、共享规则或布局权限阻止了操作）。请联系记录所有者或 Zoho 管理员。
zoho-not-approved = { $module } 记录 { $id } 正在 { $service } 中等待审批；审批后才能添加照片。请批准它（或请审批人批准），然后重试。
zoho-not-reviewed = { $module } 记录 { $id } 尚未在 { $service } 中审核（来自网页表单或导入的记录可能需要审核）。请在 Zoho 中审核后重试。
zoho-invalid-module = { $service } 不接受模块“{ $module }”的照片（{ $said }）。请使用 { $help } 之一。
zoho-attachment-refused = { $service } 拒绝了附件（{ $said }）。附件可以是除可执行文件外的任何文件，最大 100 MB。
zoho-file-refused = { $service } 拒绝了该文件（{ $said }）。{ $rules }
zoho-file-type = { $service } 不接受此文件类型（{ $said }）。{ $rules } 请让 PhotoDrop 转换它（fit=auto），或另存为 JPEG。
zoho-no-record = { $service } 中没有 ID 为 { $id } 的 { $module } 记录。请检查目标（搜索记录并复制其 ID）。
zoho-attachment-too-large = { $service } 接受最大 100 MB 的附件；此文件更大。
zoho-photo-too-large = { $service } 接受不超过 10 MB 和 1000 万像素的照片；这张更大。请缩小它（或让 PhotoDrop 调整）后重试。
zoho-photo-over-size = { $service } 接受不超过 { $size } 的照片；这张更大。请缩小它（或让 PhotoDrop 调整）后重试。
zoho-photo-over-resolution = { $service } 接受不超过 1000 万像素的照片；这张有 { $megapixels } 百万像素。请缩小它（或让 PhotoDrop 调整）后重试。
zoho-photo-over-resolution-unknown = { $service } 接受不超过 1000 万像素的照片；这张更大。请缩小它（或让 PhotoDrop 调整）后重试。
zoho-record-locked = { $module } 记录 { $id } 已锁定（例如处于审批流程中）。请在 Zoho 中解锁后重试。
zoho-bad-request = { $service } 无法识别该请求（{ $code }）。请检查配置的 API 版本选项（version={ $version }）。
zoho-invalid-host = { $service } 拒绝了 API 主机。请检查配置的数据中心（dc 选项）。
zoho-too-many-requests = { $service } 要求放慢速度（已达 API 上限）；等待后重试。
zoho-internal-error = { $service } 出现内部错误；稍后重试。如果仍然出现，请联系 Zoho 支持。
zoho-said = { $message } Zoho 返回：{ $code }。
zoho-said-words = { $message } Zoho 返回：{ $code }：{ $words }。

error-fit-off-hint = 此配置关闭了自动调整（fit=refuse）；可用 `--set fit=auto` 打开，或自行缩小照片。
error-unsupported-format = { $path } 是 { $format } 图片；{ $service } 只接受 { $formats }。{ $hint }
error-too-many-pixels = { $path } 为 { $width }×{ $height }；{ $service } 最多接受 { $megapixels } 百万像素。{ $hint }
error-file-too-large = { $path } 大小为 { $size }；{ $service } 最多接受 { $limit }。{ $hint }
error-cannot-fit = 无法将 { $path } 缩小到符合 { $service } 的要求。
error-workdir = PhotoDrop 无法在 { $dir } 中写入工作副本（{ $reason }）。请释放磁盘空间或检查文件夹权限。
error-too-large-to-decode = { $path } 声称有 { $width }×{ $height } 像素（{ $megapixels } 百万像素），超过 PhotoDrop 的解码上限（{ $max } MP）。文件可能已损坏或是解压炸弹。
error-file-too-large-to-decode = { $path } 大小为 { $size }；PhotoDrop 解码的照片最大为 { $max }。
error-decode-memory = 解码 { $path } 需要的内存超过 PhotoDrop 的允许值；它可能是解压炸弹。
error-heic-unsupported = { $path }：此版本的 PhotoDrop 无法读取 HEIC 照片；请导出为 JPEG。

error-no-home = 找不到主目录；请将 { $var } 设为可写的文件夹。
error-data-dir = 无法创建 { $dir }（{ $reason }）；请将 PHOTODROP_CONFIG_DIR / PHOTODROP_DATA_DIR 设为可写的文件夹。
error-config-unreadable = 无法读取 { $file }：{ $reason }
error-config-unwritable = 无法写入 { $file }：{ $reason }
error-bad-profiles-file = { $file } 无效（{ $reason }）。请手动修复，或删除损坏的配置。
error-bad-policy = { $file } 无效（{ $reason }）；请联系在此管理 PhotoDrop 的管理员。
error-policy-no-user-profiles = 此处的配置由管理员设置（{ $file }）；请让管理员添加“{ $name }”。
error-policy-host = 配置“{ $name }”将发送到 { $host }，但策略（{ $file }）不允许。允许的主机：{ $allowed }。
error-declined = { $action }：已取消，未做任何更改。
error-profile-exists = 已存在名为“{ $name }”的配置。请先删除它，或换一个名称。
error-profiles-exist = 已存在名为 { $names } 的配置；未导入任何内容。以替换方式导入可覆盖其设置（密钥会保留）。
error-import-unreadable = 无法读取 { $file }：{ $reason }
error-import-empty = { $file } 中没有配置。
error-unknown-field = “{ $field }”不是 { $provider } 的凭据。字段：{ $fields }。
error-empty-secret = 没有为 { $field } 提供值；请从标准输入输入。
error-unknown-provider = 未知服务“{ $provider }”。请从以下选择：{ $providers }。
error-secret-in-config = “{ $key }”是密钥；它绝不写入配置文件：请保存到密钥环。
error-unknown-option = “{ $key }”不是 { $provider } 的选项。选项：{ $options }。
error-bad-option-choice = “{ $value }”不是 { $key } 的有效值。请从以下选择：{ $choices }。
error-bad-option-number = “{ $value }”不是 { $key } 的有效值：请给出{ $what }。
whole-number-range = { $min } 到 { $max } 之间的整数
whole-number-min = 至少为 { $min } 的整数
error-bad-profile-name = “{ $name }”不是有效的配置名称：请使用 1–64 个字母、数字、“-”、“_”或“.”。
error-keyring = 无法在系统密钥环中{ $op }密钥（{ $reason }）。在桌面环境中，请解锁密钥环（GNOME Keyring / KWallet、macOS 钥匙串、Windows 凭据管理器）后重试；在无桌面的机器上，请在环境变量 PHOTODROP_SECRET_<PROFILE>_<FIELD> 中设置密钥。
error-credentials-other-host = 配置“{ $profile }”现在指向 { $now }，但其 { $field } 是为 { $was } 输入的。PhotoDrop 不会把密钥发送到不是为其输入的主机。如果新地址正确，请为它重新输入密钥；否则请把配置改回去。

error-upload-unconfirmed-stopped = PhotoDrop 在将 { $file } 发送到 { $target } 时停止了；它可能已经送达。{ $service } 每次上传都会创建新图片，因此没有再次发送：请检查，如缺失再重试。
the-target = 目标
the-service-name = 该服务
error-no-target = { $file }：没有目标记录。
error-watched-file-refused = { $file }：未上传，{ $why }。未发送任何内容。
keyring-op-open = 打开
keyring-op-read = 读取
keyring-op-store = 保存
keyring-op-delete = 删除

confirm-repoint-title = 更改配置的服务器
confirm-repoint =
    将配置“{ $name }”指向 { $now } 吗？

    它的密钥是为 { $was } 输入的。PhotoDrop 不会把它们发送到新地址：您需要为新地址重新输入。
confirm-repoint-yes = 更改服务器
confirm-delete-after-title = 上传后删除
confirm-delete-after =
    上传后删除 { $dir } 中的每张照片吗？

    PhotoDrop 只在服务确认上传后才删除文件，但删除的文件不会进入回收站。
confirm-delete-after-yes = 上传后删除
confirm-large-tree-title = 监视大型文件夹树
confirm-large-tree =
    { $dir } 中有超过 { $count } 个文件和文件夹。连同所有子文件夹一起监视吗？

    其中找到的每张照片都会被上传。
confirm-large-tree-yes = 全部监视

chakra-what-upload = 上传照片
chakra-what-list = 列出流程
chakra-what-config = 读取配置
chakra-what-set = 在流程 { $process } 上设置 { $attribute }
chakra-said = ChakraHQ 返回：{ $message }。
chakra-401 = ChakraHQ 拒绝了访问令牌。{ $said } 请在 Admin → API Keys 下创建访问令牌，并填入配置的 token。
chakra-403 = ChakraHQ API 密钥的角色不允许{ $what }。{ $said } 请为密钥的访问角色授予该权限。
chakra-404 = ChakraHQ 找不到要{ $what }的对象。{ $said } 请检查目标（程序、流程 ID、属性）。
chakra-400 = ChakraHQ 拒绝了请求（{ $what }）。{ $said }
chakra-bad-target = “{ $target }”不是 PROCEDURE/PROCESS_ID/ATTRIBUTE 格式（例如 lead/6570f1.../site_photo）；单独的照片请不填目标。
chakra-no-procedure = ChakraHQ 没有程序“{ $procedure }”。现有：{ $known }。
chakra-bad-field-target = “{ $target }”不是 PROCEDURE[ATTRIBUTE=VALUE]/PHOTO_ATTRIBUTE 格式（例如 lead[customer_code=C-7]/site_photo）。
chakra-no-attribute = ChakraHQ 程序“{ $procedure }”没有属性“{ $attribute }”。其属性：{ $attributes }。

capillary-said = Capillary 返回：{ $message }。
capillary-400 = Capillary 拒绝了上传（HTTP 400）。{ $said } 请检查命名空间，并确认文件是有效图片。
capillary-401-basic = Capillary 拒绝了 Till 用户名 / 密码。{ $said } 请重新输入（您的组织也可能禁用了 Basic 认证）。
capillary-401 = Capillary 拒绝了 OAuth 令牌。{ $said } PhotoDrop 会重新生成一次；如果仍然出现，请检查 API 客户端的权限。
capillary-403 = 该 Capillary 用户不能使用文件服务。{ $said } 请向管理员申请默认访问组。
capillary-404 = Capillary 没有该命名空间或端点（HTTP 404）。{ $said } 请检查目标命名空间和 cluster 选项。
capillary-415 = Capillary 不接受此文件类型（HTTP 415）。{ $said }
capillary-busy = Capillary 繁忙（HTTP { $status }）。{ $said } 稍后重试。
capillary-oauth-refused = Capillary 拒绝了 OAuth 密钥 / 机密。请在 InTouch（Org Settings → Authentication）中检查 API 客户端，并重新输入其密钥和机密。
capillary-not-confirmed = Capillary 的回应没有确认上传。
capillary-not-stored = Capillary 返回成功，但{ $problem }：照片没有送达（缺少文件部分时它会保留一个空占位）。请检查配置的 file_field 选项（默认 'file'），并确认没有代理改写上传，然后重试；下一次上传会替换占位。
capillary-no-size = 没有说明保存了多少字节
capillary-short = 发送了 { $sent } 字节，只保存了 { $stored } 字节
capillary-renamed = 把它保存为“{ $got }”而不是“{ $name }”
capillary-bad-host = { $option } “{ $value }”不是 Capillary 主机：请给出集群（eu、in、sg、us）或 { $domain } 下的主机名（例如 eucrm.cc.{ $domain }）。如需使用网关或测试服务器，请改为设置配置的基础 URL（--base-url）。
capillary-bad-file-field = file_field 必须是表单字段名（字母、数字、_ 和 -），不能是“{ $value }”。
capillary-bad-namespace = “{ $namespace }”不是 Capillary 命名空间（字母、数字、“-”和“_”，例如 rewards）。

questionpro-said = QuestionPro 返回：{ $message }。
questionpro-auth = QuestionPro 拒绝了 API 密钥。{ $said } 请从 Integration → Developer API 重新复制，并填入配置的 api_key；同时检查 datacenter 选项。
questionpro-permission = 该 QuestionPro API 密钥不能为此用户添加图片。{ $said } 请向 QuestionPro 管理员申请权限。
questionpro-no-user = QuestionPro 没有该用户。{ $said } 请检查目标用户 ID。
questionpro-quota = 此 QuestionPro 许可的 API 调用额度已用完。{ $said } 管理员需要购买更多调用次数；在此之前不会上传任何内容。
questionpro-rate = 已达到 QuestionPro 的速率限制（每个密钥每分钟 300 次）。{ $said } 等待后重试。
questionpro-rejected = QuestionPro 拒绝了请求。{ $said }
questionpro-target-required = QuestionPro 需要目标：--target USER_ID（接收照片的图片库所属 QuestionPro 用户的数字 ID）。
questionpro-bad-target = “{ $target }”不是 QuestionPro 用户 ID（例如 1234567 这样的数字）。
questionpro-no-image-id = QuestionPro 的回应没有图片 ID；图片可能已添加，也可能没有。再次上传前请检查该用户的图片库。

watch-rules-invalid = { $file } 无效：{ $reason }
watch-rules-unreadable = 无法读取 { $file }：{ $reason }
watch-rule-managed = 监视规则“{ $name }”由管理员设置；不能在这里修改或删除。
watch-refused = PhotoDrop 不会监视 { $dir }：{ $why }。请为要上传的照片建立一个文件夹（例如扫描仪的输出文件夹）并监视它。
watch-why-root = 它是驱动器或文件系统的根目录
watch-why-home = 它是您的主文件夹（请选择其中的一个文件夹）
watch-why-own = 它包含 PhotoDrop 自己的设置或数据
watch-why-system = 它是系统文件夹
watch-why-shared = 它是本机所有人共享的系统文件夹
watch-why-homes = 它包含每个用户的主文件夹
watch-failed = 无法监视 { $dir }（{ $reason }）。
watch-failed-limit = 无法监视 { $dir }（{ $reason }）。已达到系统的监视文件夹数量上限：请调高 fs.inotify.max_user_watches，或减少监视的子文件夹。
watch-no-record = { $file }：无法判断它属于哪条记录（{ $why }）。请按规则“{ $rule }”重命名文件，或修正规则的目标模板。
watch-not-uploaded = { $file } 不会上传：{ $why }。
watch-why-link = 它是符号链接（PhotoDrop 只上传确实位于监视文件夹中的文件，从不上传链接指向的内容）
watch-why-hard-link = 它是硬链接，即一个在别处也存在的文件的另一个名称（PhotoDrop 只上传只有一个名称的文件）
watch-why-special = 它不是普通文件
watch-dir-missing = { $dir } 不是文件夹。请创建它或选择其他文件夹。
watch-rule-name = 请为规则命名。
chakra-not-attached = 照片 { $photo } 已上传，但未附加到流程 { $procedure }/{ $process }：{ $reason }

target-zoho-required = { $service } 需要目标记录：--target 模块/记录ID（例如 { $help }）。
target-zoho-bad = “{ $target }”不是 模块/记录ID 格式（例如 { $help }）。
target-zoho-bad-id = “{ $id }”不是 Zoho 记录 ID：记录 ID 是 3000000038009 这样的长数字。
target-zoho-bad-link = “{ $target }”看起来不像 { $service } 的记录地址。请在 Zoho 中打开记录并复制地址栏，或输入 模块/记录ID（例如 { $help }）。
target-zoho-crm-module = “{ $module }”不是 Zoho CRM 模块的 API 名称（例如 Leads、Contacts、Accounts）。
target-zoho-bigin-module = Zoho Bigin 只在 Contacts、Companies（Accounts）和 Products 上接受照片，不接受“{ $module }”。
target-zoho-field-rest = “{ $target }”：方括号之后只能跟 /Attachments（否则为记录的照片）。
target-zoho-field-unsearchable = { $service } 无法按“{ $field }”查找 { $module }（{ $reason }）。请使用 Zoho 在 设置 > Developer Space > APIs 中列出的、可搜索字段的 API 名称。
target-by-field-bad = “{ $target }”不是按字段的目标：{ $why }。请写成 模块[字段=值]（例如 Contacts[Email=ada@example.com] 或 Products[Product_Code=SKU-1001]）。
target-why-no-close = 缺少结尾的“]”
target-why-no-equals = 字段和值之间缺少“=”
target-why-empty = 值为空
target-why-too-long = 值过长或含有控制字符
target-why-rest = 结尾“]”之后只能跟“/…”
target-field-unsupported = { $service } 无法按字段的值查找记录；请直接给出目标（{ $help }）。
target-search-unsupported = { $service } 不支持记录搜索；请输入目标 ID。
target-choose-field = 请选择模块和字段。
target-bad-pattern = “{ $pattern }”不是有效的模式：{ $reason }
target-not-by-field = “{ $target }”不是按字段的目标（模块[字段=值]）。

signin-expired = Zoho 登录代码在批准前已过期。请重新开始。
signin-cancelled = Zoho 登录已取消。
signin-unknown-dc = 您的 Zoho 账户位于数据中心“{ $dc }”，PhotoDrop 目前还不认识它。
signin-other-dc = 您的 Zoho 账户位于数据中心“{ $dc }”（{ $host }）。Zoho 在那里为您的客户端提供单独的密钥，而 PhotoDrop 不会把一个数据中心的密钥发送到另一个。请在 Zoho API 控制台中打开客户端 → Settings → Multi-DC，启用“{ $dc }”并复制其密钥；然后把配置的数据中心设为“{ $dc }”，将该密钥填入 client_secret，再重新登录。
signin-denied = Zoho 登录在浏览器中被拒绝。请重新开始并点击“Accept”。
signin-refused = Zoho 拒绝了设备登录（{ $reason }）。请检查客户端 ID 和密钥（“Non-browser Applications”客户端）以及数据中心。
signin-no-refresh = Zoho 批准了登录，但没有发送刷新令牌。请重新开始。
signin-grant-no-refresh = Zoho 返回了访问令牌，但没有刷新令牌。请重新生成授权码（Self Client，带离线访问）后重试。
signin-invalid-client = Zoho 不认识这个用于设备登录的客户端 ID。请在 API 控制台中创建“Non-browser Applications”类型的客户端，并保存其客户端 ID 和密钥。
signin-start-refused = Zoho 拒绝开始设备登录（{ $reason }）。请检查客户端 ID 和数据中心。

manifest-unreadable = 无法读取清单 { $file }：{ $reason }。
manifest-invalid = { $file }：{ $why }。第一行必须列出列名，其中包括 `file` 和 `target`（例如 `file,target`）。
manifest-row-invalid = { $file } 第 { $line } 行：{ $why }；此行不会发送任何内容。
error-bad-url = “{ $url }”不是有效的 URL（{ $reason }）；请写成 https://host[:port] 的形式。
error-unsafe-link = PhotoDrop 不会打开此链接：{ $why }。请改在服务自己的网页中打开记录。
link-why-not-web = 它不是网址
link-why-no-host = 它没有指明网页服务器
link-why-credentials = 它带有用户名或密码
link-why-http = 它未加密（http）
error-insecure-url = 拒绝向 { $host } 使用未加密的 http：凭据和照片将以明文传输。请使用 https（仅允许向 localhost 使用 http）。
error-url-scheme = 不支持的 URL 协议“{ $scheme }”；请使用 https。
error-queue-db = 上传队列数据库出错（{ $reason }）。如果仍然出现，请检查磁盘是否有可用空间。
error-queue-open = 无法打开上传队列 { $file }（{ $reason }）。
error-queue-newer = 上传队列 { $file } 由更新版本的 PhotoDrop 写入；请更新 PhotoDrop。
target-why-module = “[”之前缺少模块名，或含有模块名不能包含的字符
target-why-field = 缺少字段名，或含有字段 API 名称不能包含的字符
link-why-scheme = “{ $scheme }:”不是网址

error-internal = PhotoDrop 遇到了意外情况：{ $detail }。请重试；如果反复出现，请附上此消息报告。
error-io = 文件操作失败：{ $reason }。请检查磁盘和文件夹权限。

## Sign-in, pasting, thumbnails and history filters

history-bad-state = 未知状态“{ $state }”：应为 done、duplicate、failed 或 needs-attention。
history-export-failed = 无法写入 { $file }：{ $reason }。请选择其他位置。
paste-too-large = 粘贴的图片为 { $size }；PhotoDrop 接受的粘贴图片最大为 { $max }。请将其另存为文件，再拖入该文件。
paste-not-image = 剪贴板中没有 PhotoDrop 能读取的照片（JPEG、PNG、GIF、BMP、WebP、TIFF、HEIC）。
signin-no-flow = 配置“{ $profile }”属于 { $provider }，它没有登录流程：请改为设置其凭据。
signin-not-started = 此配置没有正在进行的登录；请先开始登录。
thumb-bad-size = 缩略图尺寸必须在 1 到 4096 像素之间。
thumb-bad-format = 无法写入 .{ $ext } 缩略图；请使用 .jpg、.png、.webp、.bmp、.tiff 或 .gif。
zoho-dc-hint = 请检查配置的数据中心（dc 选项）是否与账户所在的一致。
zoho-token-invalid-code = Zoho 拒绝了刷新令牌或授权码（已过期、已撤销或已使用）。请重新登录（新的 Self Client 授权码，或设备登录）。{ zoho-dc-hint }
zoho-token-invalid-client = Zoho 无法识别客户端 ID / 密钥。请从 API 控制台重新复制并输入。{ zoho-dc-hint }
zoho-token-rate-limit = Zoho 已阻止此刷新令牌获取新的访问令牌（10 分钟内超过 10 次请求）。请最多等待 10 分钟；PhotoDrop 会重复使用令牌来避免这种情况。
zoho-token-refused = Zoho 拒绝了令牌请求（{ $reason }）。{ zoho-dc-hint }
keyring-macos = macOS 钥匙串
keyring-windows = Windows 凭据管理器
keyring-secret-service = 系统密钥环（Secret Service）
prepared-unchanged = 未更改

## Checking a profile (`profile test`, the app's Test button)

verify-chakrahq = 已连接到 ChakraHQ；访问令牌有效。
verify-questionpro = 已连接到 QuestionPro；API 密钥有效。
verify-capillary-basic = Capillary Basic 凭据已保存；将在首次上传到 { $host } 时检查。
verify-capillary-oauth = Capillary OAuth 密钥和密码有效（已签发令牌）。
verify-zoho = 已连接到 { $service }（API 位于 { $api }）。

## An upload whose answer was lost, and giving up

error-upload-unconfirmed = { $file } 已完整发送，但 { $service } 没有确认（{ $reason }）。{ $service } 每次上传都会创建新图片，因此 PhotoDrop 没有重发：请先确认它是否已到达，再重新上传。
error-still-refused = { $message }（获取新令牌后仍被拒绝：请重新连接账户。）
error-looked-unclear = { $message } PhotoDrop 已查找，但{ $why }。
error-could-not-look = { $message } PhotoDrop 无法查找（{ $reason }）。
error-gave-up = { $message }（在 { $hours ->
    [0] { $minutes } 分钟
   *[other] { $hours } 小时
}内尝试 { $attempts } 次后放弃。）
lookup-photo-slot = 照片位没有可列出的内容
lookup-zoho-too-many = 该记录有超过 4,000 个附件，前 4,000 个中没有 { $file }（{ $size }）
lookup-questionpro = 用户 { $user } 有 { $count } 张约 { $size } 的图片，而 QuestionPro 的列表没有说明每张来自哪个文件，因此 PhotoDrop 无法判断其中是否有 { $file }
lookup-none = { $service } 无法列出已上传的内容
no-reason-recorded = 未记录原因

## The note left beside a watched file that failed (<file>.reason.txt)

reason-file-what = PhotoDrop 于 { $when } 未能上传 { $file }（配置 { $profile }，目标 { $target }）。
reason-file-why = 原因（{ $code }）：{ $message }
reason-file-todo = 要重试，请先解决原因中所述的问题，然后在 PhotoDrop 的历史记录中对此任务（{ $job }）点击“重试”（或运行 `photodrop retry { $job }`），或把文件放回监视文件夹。

## Why a row, a file or a watched file has no target

manifest-why-columns = 其列为 { $columns }
manifest-why-unreadable = 无法读取（{ $reason }）
manifest-why-no-file = 没有文件
manifest-why-no-target = { $file } 没有目标
match-why-pattern = 名称与“{ $pattern }”不匹配
match-why-no-folder = 它不在任何文件夹中
match-why-empty-name = 名称为空
preview-no-record = 没有记录具有此值
preview-many = { $count } 条记录匹配：请选择更具体的字段
preview-more-than = 超过 { $count } 条记录匹配：请选择更具体的字段
after-not-inside = { $file } 不在监视文件夹 { $dir } 中
after-replaced = { $file } 已被链接或文件夹替换
after-changed = { $file } 在加入队列后发生了变化
after-swapped = { $file } 已不是上传的那个文件（另一个文件占用了它的名称）
watch-why-changed = 它在加入队列后发生了变化（PhotoDrop 只按监视文件写入完成时的内容发送）；请重新放入文件夹
template-bad-pattern = 文件名模式“{ $pattern }”不是有效的正则表达式：{ $reason }
template-unclosed = 目标模板“{ $template }”中有一个“{ "{" }”缺少对应的“{ "}" }”。
template-bad-inline = 目标模板中的“{ $regex }”不是有效的正则表达式：{ $reason }
template-needs-pattern = 目标模板使用了 { $placeholder }，它需要一个包含该分组的文件名模式（--pattern REGEX）；已知的占位符有 { $known }。
template-no-capture = 文件名模式“{ $pattern }”没有分组 { $placeholder }。
template-why-no-target = 该规则没有目标
template-why-no-folder = { $file } 不在子文件夹中，而模板“{ $template }”需要子文件夹
template-why-no-match = 文件名“{ $file }”与模式“{ $pattern }”不匹配
template-why-empty-capture = 模式“{ $pattern }”在“{ $file }”中没有为 { $placeholder } 捕获到任何内容
template-why-empty = 模板“{ $template }”为 { $file } 生成了空目标

## What a file that is not a photo looks like, and other reasons

other-empty = 一个空文件
other-pdf = 一个 PDF 文档
other-zip = 一个 ZIP 压缩包（或 Office 文档）
other-iso-media = 一个视频或其他 ISO 媒体文件
other-gzip = 一个 gzip 压缩包
other-xml = 一个 XML/SVG 文档（不支持矢量图）
other-program = 一个程序
other-riff = 一个 RIFF 媒体文件（音频或视频）
other-html = 一个 HTML 网页
other-text = 一个文本文件
other-unknown = 不是 PhotoDrop 能识别的图片
damaged-no-pixels = 它声称没有像素
damaged-decoder-gave-up = 解码器放弃了
damaged-heic-planes = HEIC 解码器没有返回可用的图像
io-changed-while-read = 读取期间文件发生了变化
io-grew-while-sent = 上传期间文件变大了
io-shrank-while-sent = 上传期间文件变小了
policy-privacy-strip-only = privacy 只能是 "strip"
policy-the-system = 系统策略
capillary-or-oauth = { $message }（或使用 OAuth：保存 oauth_key 和 oauth_secret。）
