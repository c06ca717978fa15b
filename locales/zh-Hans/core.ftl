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
