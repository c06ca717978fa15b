cli-error = 错误：{ $message }
cli-do-set-credentials = 运行 { $commands }，并从标准输入输入密钥。
cli-do-then = { " " }然后{ " " }
cli-do-or = { " " }或{ " " }
cli-do-sign-in = 请重新登录：`photodrop credential sign-in { $profile }`（在浏览器中批准）或 `photodrop credential sign-in { $profile } --code`（从标准输入输入授权码）。
cli-do-add-profile = 用 `photodrop profile add { $profile } --provider KIND` 创建它。
cli-do-retry-target = 运行 `photodrop retry { $job } --target TARGET`。
cli-do-retry = 要重试：`photodrop retry { $job }`。
cli-do-choose = 发送到其中之一：{ $commands }。
cli-duplicate = 已于 { $when } 附加到 { $target }（任务 { $job }）；不再发送。使用 --allow-duplicates（或 `photodrop retry { $retry }`）仍然发送。
cli-duplicate-target = 目标
cli-already-attached = 已附加；不再发送。
cli-job = 任务 { $job }
cli-resized = 已缩放 { $from } → { $to }
cli-resized-plain = 已缩放
cli-converted = 已从 { $format } 转换
cli-reencoded = 已重新编码
cli-removed = 已删除：{ $what }
cli-earlier-job = （之前的任务）{ $line }
cli-summary = 已上传 { $uploaded } 个，失败 { $failed } 个。
cli-summary-duplicates = 已上传 { $uploaded } 个，已存在 { $duplicates } 个，失败 { $failed } 个。
cli-stopped = 已停止。{ $left } 个文件留在队列中；`photodrop queue resume` 可完成它们。
cli-queue-empty = 没有未完成的上传。
cli-resuming = 正在继续 { $count } 个未完成的上传…
cli-left-unfinished = { $count } 个上传未完成；请查看 `photodrop queue list`，按提示修复后运行 `photodrop retry JOB_ID`。
cli-history-empty = 还没有上传。
cli-history-duplicate = 已附加（任务 { $job }）
cli-rows-written = 已将 { $count } 行写入 { $file }。
cli-no-search = { $provider } 不支持记录搜索；请输入目标。
cli-no-match = 没有与 '{ $query }' 匹配的 { $module } 记录。

cli-stdin-terminal = 无法从终端读取：{ $reason }
cli-stdin = 无法读取标准输入：{ $reason }

## Errors of the command line itself

cli-cannot-start = 无法启动：{ $reason }
cli-sandbox-port = 无法在 127.0.0.1:{ $port } 上监听（{ $reason }）；请用 --port 选择其他端口。
cli-bad-option = “{ $value }”不是 KEY=VALUE 形式（例如 --set dc=eu）。
cli-empty-secret = 未从 stdin 读取到任何内容。请通过管道传入值，例如 `printf %s VALUE | photodrop credential set ...`，或在提示处输入。
cli-nothing-to-retry = 没有失败或需要处理的任务。
cli-retry-usage = 请提供 JOB_ID（见 `photodrop queue list`）或 --all。
cli-no-job = 没有任务 { $job }。
cli-job-done = 任务 { $job } 已完成（{ $remote }）。
cli-job-state = 任务 { $job } 已处于 { $state }。
cli-watch-no-dir = 请提供要监视的文件夹，或使用 --rules 运行已保存的规则。
cli-watch-no-profile = 请提供 --profile NAME：此文件夹中的照片要发送到哪里。
cli-no-rule = 没有监视规则“{ $rule }”。
cli-no-rules = 没有已保存的监视规则。请用 `photodrop watch DIR --profile NAME --save RULE` 保存一条。

## photodrop providers

cli-providers-target = 目标：{ $help }
cli-providers-credentials = 凭据：{ $sets }
cli-providers-default = 默认 { $value }
cli-providers-every-profile = 所有配置

## Profiles and credentials

cli-profile-added = 已添加配置“{ $profile }”（{ $provider }）。请保存其凭据（每个值从 stdin 读取）：
cli-or-line = 或：
cli-no-profiles = 还没有配置。请用 `photodrop profile add NAME --provider KIND` 添加一个。
cli-credential-set = 已设置
cli-credential-missing = 缺失
cli-credential-unknown = 未知
cli-profile-ready = 就绪
cli-profile-needs-credentials = 需要凭据
cli-profile-via = 经由 { $url }
cli-profile-managed = 由管理员管理（{ $file }）
cli-exported = 已将 { $count } 个配置写入 { $file }（仅设置：不含任何密钥）。
cli-imported = { $count ->
    [0] { $profile }：已导入（{ $provider }），就绪。
   *[other] { $profile }：已导入（{ $provider }）；还需要 { $needs }：{ $commands }。
}
cli-replaced = { $count ->
    [0] { $profile }：已替换（{ $provider }），就绪。
   *[other] { $profile }：已替换（{ $provider }）；还需要 { $needs }：{ $commands }。
}
cli-profile-removed = 已删除配置“{ $profile }”及其保存的凭据。
cli-prompt-grant-code = 配置 { $profile } 的 { $service } 授权码
cli-prompt-secret = 配置 { $profile } 的 { $field }
cli-device-code = 请打开 { $url } 并输入代码 { $code }（{ $minutes } 分钟内有效）。正在等待批准…
cli-signed-in-code = 已兑换授权码；“{ $profile }”的刷新令牌保存在{ $store }中。
cli-signed-in = 已连接；“{ $profile }”的刷新令牌保存在{ $store }中。
cli-signed-in-moved = { $option }：“{ $value }”（配置现在使用它）。
cli-credential-stored = 已将配置“{ $profile }”的 { $field } 保存到{ $store }。
cli-credential-none = 配置“{ $profile }”没有保存任何内容。
cli-credential-none-field = 配置“{ $profile }”没有保存任何内容（{ $field }）。
cli-credential-removed = 已删除配置“{ $profile }”的 { $fields }。

## The queue and watched folders

cli-still-queued = 仍在队列中：`photodrop queue resume` 会继续尝试。
cli-retry-in = { $seconds } 秒后重试
cli-col-job = 任务
cli-col-state = 状态
cli-col-profile = 配置
cli-col-target = 目标
cli-col-file = 文件
cli-col-try = 次数
cli-col-next = 下次 / 错误
cli-rule = { $rule }：{ $dir } → { $profile } { $target }（之后：{ $after }）
cli-rule-no-target = （无目标）
cli-rule-recursive = （+ 子文件夹）
cli-rule-managed = 由管理员管理
cli-rule-removed = 已删除监视规则“{ $rule }”。
cli-rule-saved = 已保存监视规则“{ $rule }”。
cli-watching = 正在监视 { $dir }（规则“{ $rule }”）。按 Ctrl+C 停止。
cli-watch-problem = 监视“{ $rule }”：{ $message }

## --help (clap has no catalogs: photodrop sets every text from here)

help-usage = 用法:
help-commands = 命令
help-options = 选项
help-arguments = 参数
help-help = 显示此信息或指定子命令的帮助
help--help = 显示帮助
help--version = 显示版本
help--lang = 消息语言（en、de、fr、es、pt-BR、ja、zh-Hans、ar；"system" 跟随 LC_ALL / LC_MESSAGES / LANG）。`--json` 的代码保持不变
help--verbose = 在 stderr 输出更多日志（-v、-vv）。也可使用 RUST_LOG
help-photodrop = 将照片附加到 Zoho CRM、Zoho Bigin、ChakraHQ、Capillary 和 QuestionPro 中的记录
help-profile = 管理目标配置（非机密设置）
help-profile-add = 添加配置
help--provider = zoho-crm、zoho-bigin、chakrahq、capillary 或 questionpro
help--base_url = 将此配置的所有调用（包括令牌调用）发送到此源
help--set = 服务选项，例如 --set dc=eu --set version=v8（见 `photodrop providers`）
help-profile-add--replace = 替换同名的现有配置（保留其凭据）
help-profile-list = 列出配置及其凭据是否已设置
help-profile-remove = 删除配置及其保存的凭据
help-profile-test = 发起一次经过认证的调用，检查配置是否可用
help-profile-export = 将配置的设置（绝不含密钥）写入同事可导入的文件
help-profile-export--output = 要写入的文件（默认：标准输出）
help-profile-import = 添加导出文件中的配置；说明每个配置还需要哪些密钥
help-profile-import--replace = 覆盖已有配置的设置（保留其密钥）
help-credential = 在系统密钥环中保存或删除密钥
help-credential-set = 保存一个密钥；值从 stdin 读取（终端中不回显）
help-credential-remove = 删除一个密钥，或某个配置的全部密钥
help-credential-sign-in = 通过服务的登录（Zoho）连接账户：设备登录会显示一个需在服务地址输入的代码，等待批准后保存刷新令牌（使用 --json 时，代码先作为一行 JSON 输出）；使用 --code 时，则从 stdin 读取在服务控制台生成的授权码并兑换
help-credential-zoho-grant = `sign-in --code`（Zoho Self Client 的授权码，从 stdin 读取）
help-credential-zoho-device = 使用设备登录的 `sign-in`（Zoho "Non-browser Applications" 客户端）
help-upload = 将照片上传到配置的目标（通过持久队列）
help-upload--target = 照片的去向（例如 Leads/3000000038009；见 `photodrop providers`）
help-upload--json = 每个文件在 stdout 输出一个 JSON 对象
help--concurrency = 每个配置同时上传的最大数量（绝不超过配置的 `concurrency` 选项或服务允许的数量）
help--allow_duplicates = 即使文件内容已附加到目标也上传
help--retry_for = 对暂时失败的文件（服务宕机、503、429）在此时长内持续重试，之后留在队列中等待 `photodrop queue resume`
help--manifest = 指明每张照片目标的 CSV：表头含 `file` 和 `target` 列，每张照片一行（路径相对于 CSV 所在文件夹）
help-queue = 未完成的上传：列出，或全部完成
help-queue-list = 未完成的任务（排队中、上传中、等待重试、需要处理、失败）
help-queue-resume = 完成所有未完成的任务后退出（没有剩余时状态为 0）
help-history = 已完成的上传，最新的在前
help--search = 仅包含此内容的文件名、目标或远程 ID 的行
help--state = 仅此状态的行（done、duplicate、failed、needs-attention）
help--csv = 改为将所有匹配的行（不限于 --limit）写入此 CSV 文件
help-retry = 重新运行失败或需要处理的任务（在修复其错误所述问题后）
help--all = 所有失败和需要处理的任务（如指定 --profile，则限该配置）
help-retry--target = 改为发送到此目标（用于无法推导出目标的文件）
help-watch = 上传进入文件夹的所有内容，直到停止（Ctrl+C）
help--dir = 要监视的文件夹（或用 --rules 使用已保存的规则）
help-watch--target = 目标模板：固定值（Leads/3000000038009）、{ "{" }dir{ "}" }、{ "{" }parent{ "}" }、{ "{" }stem{ "}" }、{ "{" }1{ "}" }（--pattern 的分组）或 { "{" }re:REGEX{ "}" }
help--pattern = 作用于文件名的正则表达式，模板将其分组用作 { "{" }1{ "}" }、{ "{" }2{ "}" }、...
help--after = 文件上传后如何处理
help--on_failure = 无法上传的文件如何处理
help--recursive = 包括子文件夹
help--save = 将此规则以 NAME 保存到配置中（之后由 `watch --rules` 运行）
help--rules = 运行配置中保存的规则
help--list = 列出已保存的规则并退出
help--remove = 删除一条已保存的规则并退出
help-search = 查找用作目标的记录（Zoho CRM / Bigin 模块、ChakraHQ 流程）。不指定模块时，列出模块（程序）及其照片位
help--module = 模块或程序，例如 Leads、Contacts、lead
help--query = 姓名、电子邮件或电话号码（ChakraHQ：为空时列出最新流程）
help-providers = 列出 PhotoDrop 支持的目标，及其凭据字段和选项
help-thumbnail = 生成缩略图（最长边 --size 像素，应用方向）；按 OUT 的扩展名生成 JPEG 或 PNG
help-prepare = 将 `upload` 会为 IN 发送的内容原样写入 OUT，并说明改动了什么
help-prepare--target = 目标（当它改变可接受的内容时，例如 Zoho 的 `Module/Id/Attachments`）
help-sandbox = 在前台运行内置沙盒服务器（五个 API 均在环回地址上）
help--json = 在 stdout 每行输出一个 JSON 对象（代码和字段名在所有语言中保持不变）
help--profile = 要使用的配置（见 `photodrop profile list`）
help--name = 配置名称
help--field = 凭据字段（见 `photodrop providers`）
help-credential-remove--field = 要删除的凭据字段（不指定：该配置的全部）
help--ids = 任务 ID（见 `photodrop queue list` 和 `photodrop history`）
help--limit = 最多显示的行数
help--port = 127.0.0.1 上的端口
help--size = 最长边的像素数
help--input = 要读取的照片
help--output = 要写入的文件
help--code = 从 stdin 读取授权码，而不使用设备登录
help--file = 导出的配置文件（.photodrop）
help--names = 要导出的配置
help--files = 要上传的照片

## A command line clap refused

usage-unknown-argument = 意外的参数“{ $arg }”
usage-unknown-command = 无法识别的子命令“{ $command }”
usage-missing = 缺少以下必需参数：{ $args }
usage-missing-command = 需要一个命令：{ $commands }
usage-invalid-value = “{ $arg }”的值“{ $value }”无效
usage-invalid-choice = “{ $arg }”的值“{ $value }”无效；可选值：{ $choices }
usage-bad-value = “{ $arg }”的值“{ $value }”无效：{ $reason }
usage-conflict = 参数“{ $arg }”不能与“{ $other }”一起使用
usage-repeated = 参数“{ $arg }”只能指定一次
usage-did-you-mean = 存在相似的：“{ $suggestion }”
usage-more = 更多信息请尝试“--help”。
