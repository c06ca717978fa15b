cli-error = خطأ: { $message }
cli-do-set-credentials = شغّل { $commands } واكتب السرّ عبر الإدخال القياسي.
cli-do-then = { " " }ثم{ " " }
cli-do-or = { " " }أو{ " " }
cli-do-sign-in = سجّل الدخول مجددًا: `photodrop credential sign-in { $profile }` (وافق في المتصفح) أو `photodrop credential sign-in { $profile } --code` (رمز منح عبر الإدخال القياسي).
cli-do-add-profile = أنشئه باستخدام `photodrop profile add { $profile } --provider KIND`.
cli-do-retry-target = شغّل `photodrop retry { $job } --target TARGET`.
cli-do-retry = لإعادة المحاولة: `photodrop retry { $job }`.
cli-do-choose = أرسله إلى واحد منها: { $commands }.
cli-duplicate = مرفقة مسبقًا بـ { $target } في { $when } (المهمة { $job })؛ لم تُرسَل مجددًا. استخدم --allow-duplicates (أو `photodrop retry { $retry }`) لإرسالها على أي حال.
cli-duplicate-target = الهدف
cli-already-attached = مرفقة مسبقًا؛ لم تُرسَل مجددًا.
cli-job = المهمة { $job }
cli-resized = تغيير الحجم { $from } ← { $to }
cli-resized-plain = تغيير الحجم
cli-converted = محوّلة من { $format }
cli-reencoded = أُعيد ترميزها
cli-removed = أُزيل: { $what }
cli-earlier-job = (مهمة سابقة) { $line }
cli-summary = رُفع { $uploaded }، وفشل { $failed }.
cli-summary-duplicates = رُفع { $uploaded }، و{ $duplicates } مرفقة مسبقًا، وفشل { $failed }.
cli-stopped = توقّف. بقي { $left } من الملفات في قائمة الانتظار؛ يكملها `photodrop queue resume`.
cli-queue-empty = لا توجد عمليات رفع غير مكتملة.
cli-resuming = استئناف { $count } من عمليات الرفع غير المكتملة…
cli-left-unfinished = { $count } من عمليات الرفع لم تكتمل؛ راجع `photodrop queue list`، وأصلح ما تذكره، ثم شغّل `photodrop retry JOB_ID`.
cli-history-empty = لا توجد عمليات رفع بعد.
cli-history-duplicate = مرفقة مسبقًا (المهمة { $job })
cli-rows-written = كُتب { $count } من الصفوف في { $file }.
cli-no-search = لا يوفّر { $provider } بحثًا في السجلات؛ اكتب الهدف.
cli-no-match = لا يوجد سجل { $module } يطابق '{ $query }'.

cli-stdin-terminal = تتعذّر القراءة من الطرفية: { $reason }
cli-stdin = تتعذّر قراءة الإدخال القياسي: { $reason }

## Errors of the command line itself

cli-cannot-start = تعذّر البدء: { $reason }
cli-sandbox-port = لا يمكن الاستماع على 127.0.0.1:{ $port } ({ $reason })؛ اختر منفذًا آخر باستخدام --port.
cli-bad-option = '{ $value }' ليس بالشكل KEY=VALUE (مثلًا --set dc=eu).
cli-empty-secret = لم يُقرأ شيء من stdin. مرّر القيمة عبر أنبوب، مثلًا `printf %s VALUE | photodrop credential set ...`، أو اكتبها عند الموجّه.
cli-nothing-to-retry = لا توجد مهام فاشلة أو تحتاج إلى انتباه.
cli-retry-usage = حدّد JOB_ID (انظر `photodrop queue list`) أو --all.
cli-no-job = لا توجد مهمة { $job }.
cli-job-done = المهمة { $job } منتهية بالفعل ({ $remote }).
cli-job-state = المهمة { $job } في الحالة { $state } بالفعل.
cli-watch-no-dir = حدّد مجلدًا لمراقبته، أو --rules لتشغيل القواعد المحفوظة.
cli-watch-no-profile = حدّد --profile NAME: إلى أين تذهب صور هذا المجلد.
cli-no-rule = لا توجد قاعدة مراقبة '{ $rule }'.
cli-no-rules = لا توجد قواعد مراقبة محفوظة. احفظ واحدة باستخدام `photodrop watch DIR --profile NAME --save RULE`.

## photodrop providers

cli-providers-target = الوجهة: { $help }
cli-providers-credentials = بيانات الاعتماد: { $sets }
cli-providers-default = الافتراضي { $value }
cli-providers-every-profile = كل الملفات الشخصية

## Profiles and credentials

cli-profile-added = أُضيف الملف الشخصي '{ $profile }' ({ $provider }). احفظ بيانات اعتماده (تُقرأ كل قيمة من stdin):
cli-or-line = أو:
cli-no-profiles = لا توجد ملفات شخصية بعد. أضف واحدًا باستخدام `photodrop profile add NAME --provider KIND`.
cli-credential-set = معيّن
cli-credential-missing = مفقود
cli-credential-unknown = غير معروف
cli-profile-ready = جاهز
cli-profile-needs-credentials = يحتاج إلى بيانات اعتماد
cli-profile-via = عبر { $url }
cli-profile-managed = يديره المسؤول لديك ({ $file })
cli-exported = { $count ->
    [one] كُتب ملف شخصي واحد
   *[other] كُتبت { $count } ملفات شخصية
} إلى { $file } (الإعدادات فقط: لا أسرار).
cli-imported = { $count ->
    [0] { $profile }: استُورد ({ $provider })، جاهز.
   *[other] { $profile }: استُورد ({ $provider })؛ ما زال يحتاج إلى { $needs }: { $commands }.
}
cli-replaced = { $count ->
    [0] { $profile }: استُبدل ({ $provider })، جاهز.
   *[other] { $profile }: استُبدل ({ $provider })؛ ما زال يحتاج إلى { $needs }: { $commands }.
}
cli-profile-removed = أُزيل الملف الشخصي '{ $profile }' وبيانات اعتماده المحفوظة.
cli-prompt-grant-code = رمز منح { $service } للملف الشخصي { $profile }
cli-prompt-secret = { $field } للملف الشخصي { $profile }
cli-device-code = افتح { $url } وأدخل الرمز { $code } (صالح لمدة { $minutes } دقيقة). في انتظار الموافقة…
cli-signed-in-code = استُبدل رمز المنح؛ رمز التحديث لـ '{ $profile }' محفوظ في { $store }.
cli-signed-in = تم الاتصال؛ رمز التحديث لـ '{ $profile }' محفوظ في { $store }.
cli-signed-in-moved = { $option }: '{ $value }' (يستخدمه الملف الشخصي الآن).
cli-credential-stored = حُفظ { $field } للملف الشخصي '{ $profile }' في { $store }.
cli-credential-none = لم يكن هناك شيء محفوظ للملف الشخصي '{ $profile }'.
cli-credential-none-field = لم يكن هناك شيء محفوظ للملف الشخصي '{ $profile }' ({ $field }).
cli-credential-removed = أُزيل { $fields } من الملف الشخصي '{ $profile }'.

## The queue and watched folders

cli-still-queued = ما زال في قائمة الانتظار: يواصل `photodrop queue resume` المحاولة.
cli-retry-in = إعادة المحاولة بعد { $seconds } ث
cli-col-job = المهمة
cli-col-state = الحالة
cli-col-profile = الملف الشخصي
cli-col-target = الوجهة
cli-col-file = الملف
cli-col-try = المحاولات
cli-col-next = التالي / الخطأ
cli-rule = { $rule }: { $dir } ← { $profile } { $target } (بعد ذلك: { $after })
cli-rule-no-target = (بلا وجهة)
cli-rule-recursive = (+ المجلدات الفرعية)
cli-rule-managed = يديرها المسؤول لديك
cli-rule-removed = أُزيلت قاعدة المراقبة '{ $rule }'.
cli-rule-saved = حُفظت قاعدة المراقبة '{ $rule }'.
cli-watching = جارٍ مراقبة { $dir } (القاعدة '{ $rule }'). أوقف باستخدام Ctrl+C.
cli-watch-problem = المراقبة '{ $rule }': { $message }

## --help (clap has no catalogs: photodrop sets every text from here)

help-usage = الاستخدام:
help-commands = الأوامر
help-options = الخيارات
help-arguments = الوسائط
help-help = اعرض هذه الرسالة أو تعليمات الأوامر الفرعية المحددة
help--help = اعرض التعليمات
help--version = اعرض الإصدار
help--lang = لغة الرسائل (en وde وfr وes وpt-BR وja وzh-Hans وar؛ و"system" تتبع LC_ALL / LC_MESSAGES / LANG). رموز `--json` تبقى كما هي
help--verbose = مزيد من السجلات على stderr ‏(-v، -vv). يعمل RUST_LOG أيضًا
help-photodrop = إرفاق الصور بالسجلات في Zoho CRM وZoho Bigin وChakraHQ وCapillary وQuestionPro
help-profile = إدارة ملفات الوجهات الشخصية (الإعدادات غير السرية)
help-profile-add = أضف ملفًا شخصيًا
help--provider = zoho-crm أو zoho-bigin أو chakrahq أو capillary أو questionpro
help--base_url = أرسل كل طلبات هذا الملف الشخصي (بما فيها طلبات الرموز) إلى هذا الأصل
help--set = خيار الخدمة، مثلًا --set dc=eu --set version=v8 (انظر `photodrop providers`)
help-profile-add--replace = استبدل ملفًا شخصيًا موجودًا بالاسم نفسه (تُحفظ بيانات اعتماده)
help-profile-list = اسرد الملفات الشخصية وما إذا كانت بيانات اعتمادها معيّنة
help-profile-remove = أزل ملفًا شخصيًا وبيانات اعتماده المحفوظة
help-profile-test = أجرِ طلبًا موثّقًا واحدًا للتحقق من أن الملف الشخصي يعمل
help-profile-export = اكتب إعدادات الملفات الشخصية (دون أي سر) في ملف يستورده الزملاء
help-profile-export--output = الملف المراد كتابته (الافتراضي: المخرج القياسي)
help-profile-import = أضف الملفات الشخصية من ملف مُصدَّر؛ ويذكر الأسرار التي ما زال كلٌّ منها يحتاجها
help-profile-import--replace = اكتب فوق إعدادات الملفات الشخصية الموجودة (تُحفظ أسرارها)
help-credential = احفظ الأسرار في حلقة مفاتيح النظام أو أزلها منها
help-credential-set = احفظ سرًا؛ تُقرأ القيمة من stdin (دون إظهارها في الطرفية)
help-credential-remove = أزل سرًا واحدًا أو كل أسرار ملف شخصي
help-credential-sign-in = اربط الحساب عبر تسجيل الدخول الخاص بالخدمة (Zoho): يعرض تسجيل الدخول عبر الجهاز رمزًا لإدخاله في عنوان الخدمة، وينتظر الموافقة، ويحفظ رمز التحديث (مع --json يأتي الرمز أولًا في سطر JSON واحد)؛ ومع --code يُقرأ من stdin رمز منح أُنشئ في وحدة تحكم الخدمة ويُستبدل بدلًا من ذلك
help-credential-zoho-grant = `sign-in --code` (رمز منح من Zoho Self Client عبر stdin)
help-credential-zoho-device = `sign-in` عبر تسجيل الدخول بالجهاز (عميل Zoho من نوع "Non-browser Applications")
help-upload = ارفع الصور إلى وجهة ملف شخصي (عبر قائمة الانتظار الدائمة)
help-upload--target = وجهة الصور (مثلًا Leads/3000000038009؛ انظر `photodrop providers`)
help-upload--json = كائن JSON واحد لكل ملف على stdout
help--concurrency = الحد الأقصى لعمليات الرفع المتزامنة لكل ملف شخصي (لا يتجاوز أبدًا خيار `concurrency` للملف الشخصي أو ما تسمح به الخدمة)
help--allow_duplicates = ارفع حتى الملفات التي أُرفق محتواها بالوجهة من قبل
help--retry_for = أعد محاولة الملف الذي يفشل مؤقتًا (الخدمة متوقفة، 503، 429) طوال هذه المدة قبل تركه في قائمة الانتظار لـ `photodrop queue resume`
help--manifest = ملف CSV يسمّي وجهة كل صورة: ترويسة فيها العمودان `file` و`target`، وسطر لكل صورة (المسارات نسبية إلى مجلد ملف CSV)
help-queue = عمليات الرفع غير المكتملة: اسردها أو أكملها كلها
help-queue-list = المهام غير المكتملة (في الانتظار، قيد الرفع، بانتظار إعادة المحاولة، تحتاج إلى انتباه، فاشلة)
help-queue-resume = أكمل كل مهمة غير مكتملة ثم اخرج (الحالة 0 عندما لا يبقى شيء غير مكتمل)
help-history = عمليات الرفع المنتهية، الأحدث أولًا
help--search = فقط الصفوف التي يحتوي اسم ملفها أو وجهتها أو معرّفها البعيد على هذا
help--state = فقط الصفوف في هذه الحالة (done أو duplicate أو failed أو needs-attention)
help--csv = اكتب بدلًا من ذلك كل صف مطابق (وليس --limit فقط) في ملف CSV هذا
help-retry = أعد تشغيل المهام الفاشلة أو التي تحتاج إلى انتباه (بعد إصلاح ما قاله خطؤها)
help--all = كل المهام الفاشلة والتي تحتاج إلى انتباه (لـ --profile إن حُدِّد)
help-retry--target = أرسل إلى هذه الوجهة بدلًا من ذلك (للملفات التي تعذّر استنتاج وجهتها)
help-watch = ارفع كل ما يصل إلى مجلد حتى الإيقاف (Ctrl+C)
help--dir = المجلد المراد مراقبته (أو استخدم --rules للقواعد المحفوظة)
help-watch--target = قالب الوجهة: ثابت (Leads/3000000038009) أو { "{" }dir{ "}" } أو { "{" }parent{ "}" } أو { "{" }stem{ "}" } أو { "{" }1{ "}" } (مجموعة من --pattern) أو { "{" }re:REGEX{ "}" }
help--pattern = تعبير نمطي على اسم الملف يستخدم القالب مجموعاته بوصفها { "{" }1{ "}" } و{ "{" }2{ "}" } و...
help--after = ما يُفعل بالملف بعد رفعه
help--on_failure = ما يُفعل بالملف الذي لا يمكن رفعه
help--recursive = ضمّن المجلدات الفرعية
help--save = احفظ هذه القاعدة باسم NAME في الإعدادات (ثم يشغّلها `watch --rules`)
help--rules = شغّل القواعد المحفوظة في الإعدادات
help--list = اسرد القواعد المحفوظة واخرج
help--remove = أزل قاعدة محفوظة واخرج
help-search = ابحث عن سجل لاستخدامه وجهةً (وحدات Zoho CRM / Bigin، عمليات ChakraHQ). دون وحدة، تُسرد الوحدات (الإجراءات) وخانات صورها
help--module = الوحدة أو الإجراء، مثلًا Leads أو Contacts أو lead
help--query = الاسم أو البريد الإلكتروني أو رقم الهاتف (ChakraHQ: الفراغ يسرد أحدث العمليات)
help-providers = اسرد الوجهات التي يعرفها PhotoDrop مع حقول بيانات اعتمادها وخياراتها
help-thumbnail = أنشئ صورة مصغّرة (أطول ضلع --size بكسل، مع تطبيق الاتجاه)؛ JPEG أو PNG حسب امتداد OUT
help-prepare = اكتب في OUT بالضبط ما سيرسله `upload` لـ IN، وقل ما الذي تغيّر
help-prepare--target = الوجهة، حين تغيّر ما يُقبل (مثل `Module/Id/Attachments` في Zoho)
help-sandbox = شغّل خادم بيئة الاختبار المدمج (واجهات API الخمس كلها على عنوان الاسترجاع) في المقدمة
help--json = كائن JSON واحد في كل سطر على stdout (تبقى الرموز وأسماء الحقول كما هي في كل لغة)
help--profile = الملف الشخصي المراد استخدامه (انظر `photodrop profile list`)
help--name = اسم الملف الشخصي
help--field = حقل بيانات الاعتماد (انظر `photodrop providers`)
help-credential-remove--field = حقل بيانات الاعتماد المراد إزالته (دونه: كل حقول الملف الشخصي)
help--ids = معرّفات المهام (انظر `photodrop queue list` و`photodrop history`)
help--limit = الحد الأقصى لعدد الصفوف
help--port = المنفذ على 127.0.0.1
help--size = أطول ضلع بالبكسل
help--input = الصورة المراد قراءتها
help--output = الملف المراد كتابته
help--code = اقرأ رمز منح من stdin بدلًا من تسجيل الدخول عبر الجهاز
help--file = ملف الملفات الشخصية المُصدَّر (.photodrop)
help--names = الملفات الشخصية المراد تصديرها
help--files = الصور المراد رفعها

## A command line clap refused

usage-unknown-argument = وسيط غير متوقع '{ $arg }'
usage-unknown-command = أمر فرعي غير معروف '{ $command }'
usage-missing = لم تُعطَ الوسائط المطلوبة التالية: { $args }
usage-missing-command = يلزم أمر: { $commands }
usage-invalid-value = قيمة غير صالحة '{ $value }' لـ '{ $arg }'
usage-invalid-choice = قيمة غير صالحة '{ $value }' لـ '{ $arg }'؛ القيم الممكنة: { $choices }
usage-bad-value = قيمة غير صالحة '{ $value }' لـ '{ $arg }': { $reason }
usage-conflict = لا يمكن استخدام الوسيط '{ $arg }' مع '{ $other }'
usage-repeated = لا يمكن إعطاء الوسيط '{ $arg }' إلا مرة واحدة
usage-did-you-mean = يوجد واحد مشابه: '{ $suggestion }'
usage-more = لمزيد من المعلومات، جرّب '--help'.
