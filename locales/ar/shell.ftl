tray-show = إظهار PhotoDrop
tray-quit = إنهاء (يوقف المجلدات المراقَبة)
notify-done = { $count ->
    [one] رُفعت صورة واحدة.
    [two] رُفعت صورتان.
   *[other] رُفع { $count } من الصور.
}
notify-attention = { $count ->
    [one] صورة واحدة تحتاج إلى انتباهك.
    [two] صورتان تحتاجان إلى انتباهك.
   *[other] { $count } من الصور تحتاج إلى انتباهك.
}
notify-both = رُفع { $done }، و{ $attention } تحتاج إلى انتباهك.
dialog-title = PhotoDrop — { $title }
dialog-cancel = إلغاء
dialog-add-folder = إضافة مجلد صور
dialog-add-photos = إضافة صور
dialog-photos-filter = الصور
dialog-export-history = تصدير السجل
dialog-export-profiles = تصدير ملفات التعريف (الإعدادات فقط، دون أسرار)
dialog-import-profiles = استيراد ملفات التعريف
dialog-profiles-filter = ملفات تعريف PhotoDrop
dialog-folder-to-watch = المجلد المراد مراقبته
dialog-import-manifest = استيراد بيان (CSV: ملف,هدف)
error-paste-no-image = لم تحتوِ الحافظة على بيانات صورة.
error-paste-text = في الحافظة نص وليس صورًا. انسخ صورة أو ملفات صور، ثم اضغط Ctrl+V هنا.
error-paste-empty = الحافظة فارغة. انسخ صورة أو ملفات صور، ثم اضغط Ctrl+V هنا.
error-paste-timeout = لم يستجب البرنامج الذي نسخ إلى الحافظة. انسخ مجددًا، أو أفلت الصور على النافذة.
error-no-link = لا يوجد رابط لعملية الرفع هذه.
error-open-browser = تعذّر فتح المتصفح: { $reason }
error-folder-not-picked = اختر المجلد المراد مراقبته عبر «اختيار…» (منتقي المجلدات)؛ لا يُقبل مجلد مكتوب يدويًا.
error-autostart = تعذّر تغيير التشغيل عند تسجيل الدخول: { $reason }
update-check-failed = تعذّر البحث عن تحديثات ({ $reason }). حاول مجددًا لاحقًا.
update-off = التحديثات التلقائية متوقفة في هذا الإصدار (لم يُضبط عنوان للإصدارات).
update-available = يتوفر PhotoDrop { $version } (لديك { $current }).
update-current = PhotoDrop { $current } محدّث.
update-none = لا يوجد إصدار أحدث للتثبيت.
confirm-update-title = تثبيت تحديث
confirm-update =
    تثبيت PhotoDrop { $version } الآن؟

    يُعاد تشغيله عند تثبيت التحديث.
confirm-update-yes = التثبيت وإعادة التشغيل
declined-update = تثبيت التحديث
confirm-login-title = التشغيل عند تسجيل الدخول
confirm-login =
    تشغيل PhotoDrop عند تسجيل الدخول؟

    يبدأ مخفيًا في شريط النظام ويُبقي مجلداتك المراقَبة تعمل.
confirm-login-yes = التشغيل عند تسجيل الدخول
declined-login = التشغيل عند تسجيل الدخول
error-path-not-given = لم يُفلَت { $file } ولم يُختر ولم يُراقَب؛ أضفه بإفلاته على النافذة أو باستخدام «إضافة صور».
demo-cannot-listen = تعذّر على بيئة العرض التجريبية الاستماع على عنوان الاسترجاع: { $reason }
app-cannot-start = تعذّر بدء PhotoDrop: { $reason }
