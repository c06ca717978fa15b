tray-show = 显示 PhotoDrop
tray-quit = 退出（监视文件夹也会停止）
notify-done = 已上传 { $count } 张照片。
notify-attention = { $count } 张照片需要您处理。
notify-both = 已上传 { $done } 张，{ $attention } 张需要您处理。
dialog-title = PhotoDrop — { $title }
dialog-cancel = 取消
dialog-add-folder = 添加照片文件夹
dialog-add-photos = 添加照片
dialog-photos-filter = 照片
dialog-export-history = 导出历史
dialog-export-profiles = 导出配置（仅设置，不含密钥）
dialog-import-profiles = 导入配置
dialog-profiles-filter = PhotoDrop 配置
dialog-folder-to-watch = 要监视的文件夹
dialog-import-manifest = 导入清单（CSV：文件,目标）
error-paste-no-image = 剪贴板中没有图片数据。
error-paste-text = 剪贴板中是文本而不是照片。请复制图片或照片文件，然后在这里按 Ctrl+V。
error-paste-empty = 剪贴板是空的。请复制图片或照片文件，然后在这里按 Ctrl+V。
error-paste-timeout = 复制到剪贴板的程序没有响应。请重新复制，或把照片拖放到窗口上。
error-no-link = 此上传没有链接。
error-open-browser = 无法打开浏览器：{ $reason }
error-folder-not-picked = 请用“选择…”（文件夹选择器）选择要监视的文件夹；不接受手动输入的文件夹。
error-autostart = 无法更改登录时启动：{ $reason }
update-check-failed = 无法检查更新（{ $reason }）。请稍后再试。
update-off = 此版本关闭了自动更新（未配置发布地址）。
update-available = PhotoDrop { $version } 可用（当前为 { $current }）。
update-current = PhotoDrop { $current } 已是最新版本。
update-none = 没有可安装的新版本。
confirm-update-title = 安装更新
confirm-update =
    现在安装 PhotoDrop { $version } 吗？

    安装更新后会重新启动。
confirm-update-yes = 安装并重启
declined-update = 安装更新
confirm-login-title = 登录时启动
confirm-login =
    登录时启动 PhotoDrop 吗？

    它会隐藏在托盘中启动，让监视文件夹持续工作。
confirm-login-yes = 登录时启动
declined-login = 登录时启动
error-path-not-given = { $file } 未被拖入、选择或监视；请将其拖到窗口上，或使用“添加照片”添加。
demo-cannot-listen = 演示沙盒无法在环回地址上监听：{ $reason }
app-cannot-start = PhotoDrop 无法启动：{ $reason }
