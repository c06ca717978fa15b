number-decimal-separator = .
size-bytes = { $n } بايت
size-kb = { $n } ك.ب
size-mb = { $n } م.ب
size-gb = { $n } غ.ب
datetime = { $day }/{ $month }/{ $year } { $hour }:{ $minute }

error-file-not-found = { $path }: الملف غير موجود. تحقّق من المسار (ربما نُقل الملف أو أُعيدت تسميته).
error-file-permission = { $path }: تم رفض الإذن. امنح مستخدمك صلاحية قراءة الملف.
error-file-unreadable = { $path }: تتعذّر القراءة ({ $reason }). تحقّق من صلاحيات الملف.
error-is-a-directory = { $path } مجلد وليس صورة. مرّر ملفات الصور التي بداخله.
error-not-a-file = { $path } ليس ملفًا عاديًا.
error-not-an-image = { $path } هو { $what } وليس صورة (JPEG أو PNG أو GIF أو BMP أو WebP أو TIFF أو HEIC). لم يُرسَل شيء.
error-damaged-image = تعذّر فك ترميز { $path } ({ $reason }). قد يكون الملف تالفًا أو ناقصًا؛ افتحه في عارض صور أو صدّره من جديد.

error-unknown-profile = لا يوجد ملف تعريف باسم «{ $name }».
error-unknown-profile-known = لا يوجد ملف تعريف باسم «{ $name }». الملفات الموجودة: { $known }.
error-profile-managed = ملف التعريف «{ $name }» يديره المسؤول لديك ({ $file })؛ يمكنك حفظ أسراره، لكن لا يمكنك تغييره أو إزالته.
error-credential-missing = لا يحتوي ملف التعريف «{ $profile }» على { $fields } محفوظ. (يمكن لجهاز بلا سلسلة مفاتيح تعيين { $envs } بدلًا من ذلك.)

error-timeout = انتهت مهلة الطلب إلى { $provider } ({ $detail }). تحقّق من الشبكة؛ يعيد PhotoDrop المحاولة تلقائيًا.
error-connect-failed = تعذّر الاتصال بـ { $provider } ({ $detail }). تحقّق من الشبكة؛ يعيد PhotoDrop المحاولة تلقائيًا.
error-network = انقطع الاتصال بـ { $provider } ({ $detail }). تحقّق من الشبكة؛ يعيد PhotoDrop المحاولة تلقائيًا.

error-record-not-found = { $file }: لا يوجد في { $service } أي { $record }. لم يُرسَل شيء؛ تحقّق من القيمة، أو أنشئ السجل وحاول مجددًا.
error-record-ambiguous = { $more ->
    [yes] { $file }: أكثر من { $count } تطابقات لـ { $record } ({ $list }). لم يُرسَل شيء؛ اختر واحدًا.
   *[no] { $file }: { $count } تطابقات لـ { $record } ({ $list }). لم يُرسَل شيء؛ اختر واحدًا.
}
record-where = { $kind } حيث { $field } يساوي '{ $value }'
record-no-name = بلا اسم

option-fit = ملاءمة الصور للوجهة
option-fit-help = auto: تحويل الصور التي سترفضها الوجهة (كبيرة جدًا، بكسلات كثيرة، صيغة خاطئة)؛ refuse: الإخفاق برسالة بدلًا من ذلك
option-fit-auto = تحويل الصور التي سترفضها الخدمة (الحجم، البكسلات، الصيغة)
option-fit-refuse = رفضها برسالة
option-privacy = الخصوصية
option-privacy-help = strip: إزالة موقع GPS والأرقام التسلسلية للكاميرا قبل الرفع؛ keep: إرسال البيانات الوصفية كما هي
option-privacy-strip = إزالة موقع GPS والأرقام التسلسلية للكاميرا
option-privacy-keep = إرسال البيانات الوصفية كما هي
option-duplicates = التكرارات
option-duplicates-help = skip: يُبلَّغ عن الصورة المرفقة مسبقًا بالهدف نفسه ولا تُرسَل مجددًا؛ allow: إرسالها على أي حال
option-duplicates-skip = تخطّي الصور المرفقة مسبقًا بالسجل نفسه
option-duplicates-allow = رفعها مجددًا
option-concurrency = عمليات الرفع المتزامنة
option-concurrency-help = عدد عمليات الرفع الجارية معًا لهذا الملف (1 على الأقل؛ محدود بحد الخدمة نفسها)
option-dc = مركز البيانات
option-version = إصدار واجهة البرمجة
option-cluster = العنقود
option-namespace = مساحة الأسماء
option-auth = طريقة تسجيل الدخول
option-oauth_host = مضيف OAuth
option-oauth_header = ترويسة OAuth
option-file_field = اسم حقل الملف
option-restrict_triggers = تخطّي قواعد سير العمل

provider-zoho-crm-target-help = Leads/3000000038009 (الوحدات: Leads وContacts وAccounts وProducts وVendors وDeals من الإصدار v5، والوحدات المخصصة)
provider-zoho-bigin-target-help = Contacts/3000000038009 (الوحدات: Contacts وCompanies = Accounts وProducts)
provider-chakrahq-target-help = لا شيء لصورة حرة، أو PROCEDURE/PROCESS_ID/ATTRIBUTE لتعيين سمة الصورة لعملية
provider-capillary-target-help = مساحة أسماء في خدمة الملفات، مثل rewards (الافتراضية)
provider-questionpro-target-help = معرّف مستخدم QuestionPro، مثل 1234567
provider-zoho-crm-kind-label = الوحدة
provider-zoho-crm-item-label = السجل
provider-zoho-crm-search-placeholder = ابحث عن سجل بالاسم أو البريد أو الهاتف
provider-zoho-bigin-kind-label = الوحدة
provider-zoho-bigin-item-label = السجل
provider-zoho-bigin-search-placeholder = ابحث عن سجل بالاسم أو البريد أو الهاتف
provider-chakrahq-kind-label = الإجراء
provider-chakrahq-item-label = العملية
provider-chakrahq-search-placeholder = ابحث عن عملية بالاسم
provider-zoho-crm-sign-in = في وحدة تحكم واجهة Zoho البرمجية (api-console.zoho.com) أنشئ Self Client (أو عميل Non-browser Applications) وانسخ معرّف العميل وسرّه أدناه. امنحه هذه النطاقات (الصور، المرفقات، البحث في السجلات):
provider-zoho-bigin-sign-in = في وحدة تحكم واجهة Zoho البرمجية (api-console.zoho.com) أنشئ Self Client (أو عميل Non-browser Applications) وانسخ معرّف العميل وسرّه أدناه. امنحه هذه النطاقات (الصور، المرفقات، البحث في السجلات):

field-client_id = معرّف العميل من وحدة تحكم واجهة Zoho البرمجية (Self Client)
field-client_secret = سرّ العميل من وحدة تحكم واجهة Zoho البرمجية
field-refresh_token = رمز التحديث (أو سجّل الدخول: يملؤه رمز منح أو تسجيل الدخول برمز)
field-access_token = رمز وصول خام بدلًا من الثلاثة أعلاه (تنتهي صلاحيته خلال ساعة)
field-token = رمز الوصول لمفتاح واجهة برمجة ChakraHQ (admin → API Keys)
field-api_key = مفتاح الواجهة البرمجية (Integration → Developer API → Get API Key)
field-username = اسم مستخدم Till (مصادقة Basic)
field-password = كلمة مرور Till (تُرسَل بصيغة MD5 فقط كما يطلب Capillary)
field-oauth_key = مفتاح عميل OAuth (InTouch → Org Settings → API client)
field-oauth_secret = سرّ عميل OAuth

error-http-401 = رفض { $service } بيانات الاعتماد (HTTP 401). تحقّق من بيانات الاعتماد المحفوظة.
error-http-403 = رفض { $service } الوصول (HTTP 403). اطلب الإذن من المسؤول لديك.
error-http-404 = لم يجد { $service } الهدف (HTTP 404). تحقّق من الهدف.
error-http-408 = انتهت مهلة { $service } (HTTP 408)؛ تجري إعادة المحاولة.
error-http-409 = أبلغ { $service } عن تعارض (HTTP 409).
error-http-413 = يقول { $service } إن الملف كبير جدًا (HTTP 413). استخدم صورة أصغر.
error-http-415 = لا يقبل { $service } هذا النوع من الملفات (HTTP 415). حوّله إلى JPEG أو PNG.
error-http-429 = يطلب { $service } الإبطاء (HTTP 429)؛ الانتظار قبل إعادة المحاولة.
error-http-5xx = حدث خطأ في خادم { $service } (HTTP { $status })؛ ستُعاد المحاولة لاحقًا.
error-http-other = رفض { $service } الطلب (HTTP { $status }).

zoho-photo-rules = يقبل صور PNG وJPEG وGIF وBMP حتى 10 ميغابايت و10 ميغابكسل.
zoho-invalid-token = يقول { $service } إن رمز الوصول غير صالح أو منتهي الصلاحية. يجري تحديثه؛ إن استمر ذلك فسجّل الدخول مجددًا.
zoho-scope-mismatch = ينقص اتصال Zoho النطاق { $scope }.modules.{ $module }.CREATE (أو { $scope }.modules.ALL). سجّل الدخول مجددًا مع منح هذا النطاق (رمز منح جديد من Self Client، أو تسجيل الدخول برمز).
zoho-scope-mismatch-attach = ينقص اتصال Zoho النطاقان { $scope }.modules.{ $module }.CREATE (أو { $scope }.modules.ALL) و{ $scope }.modules.attachments.CREATE. سجّل الدخول مجددًا مع منحهما (رمز منح جديد من Self Client، أو تسجيل الدخول برمز).
zoho-no-permission = لا يحق لمستخدم Zoho الخاص بك رفع صور إلى { $module }. اطلب هذا الإذن من مسؤول Zoho لديك.
zoho-cannot-perform = لا يحق لمستخدم Zoho الخاص بك تغيير سجل { $module } رقم { $id } (يمنع ذلك مالكه أو قاعدة مشاركة أو صلاحيات التخطيط). اسأل مالك السجل أو مسؤول Zoho لديك.
zoho-not-approved = سجل { $module } رقم { $id } بانتظار الموافقة في { $service }؛ يمكن إضافة صورة بعد الموافقة عليه. وافق عليه (أو اطلب ذلك من المعتمِد) ثم أعد المحاولة.
zoho-not-reviewed = لم تتم مراجعة سجل { $module } رقم { $id } بعد في { $service } (قد تحتاج السجلات الواردة من نماذج الويب أو الاستيراد إلى مراجعة). راجعه في Zoho ثم أعد المحاولة.
zoho-invalid-module = لا يقبل { $service } صورًا للوحدة '{ $module }' ({ $said }). استخدم إحدى { $help }.
zoho-attachment-refused = رفض { $service } المرفق ({ $said }). يمكن أن يكون المرفق أي ملف عدا الملفات التنفيذية، حتى 100 ميغابايت.
zoho-file-refused = رفض { $service } الملف ({ $said }). { $rules }
zoho-file-type = لا يقبل { $service } هذا النوع من الملفات ({ $said }). { $rules } دع PhotoDrop يحوّله (fit=auto) أو احفظه بصيغة JPEG.
zoho-no-record = لا يوجد سجل { $module } بالمعرّف { $id } في { $service }. تحقّق من الهدف (ابحث عن السجل وانسخ معرّفه).
zoho-attachment-too-large = يقبل { $service } مرفقات حتى 100 ميغابايت؛ هذا الملف أكبر.
zoho-photo-too-large = يقبل { $service } صورًا حتى 10 ميغابايت و10 ميغابكسل؛ هذه الصورة أكبر. صغّرها (أو دع PhotoDrop يلائمها) وأعد المحاولة.
zoho-photo-over-size = يقبل { $service } صورًا حتى { $size }؛ هذه الصورة أكبر. صغّرها (أو دع PhotoDrop يلائمها) وأعد المحاولة.
zoho-photo-over-resolution = يقبل { $service } صورًا حتى 10 ميغابكسل؛ في هذه الصورة { $megapixels } ميغابكسل. صغّرها (أو دع PhotoDrop يلائمها) وأعد المحاولة.
zoho-photo-over-resolution-unknown = يقبل { $service } صورًا حتى 10 ميغابكسل؛ في هذه الصورة أكثر. صغّرها (أو دع PhotoDrop يلائمها) وأعد المحاولة.
zoho-record-locked = سجل { $module } رقم { $id } مقفل (مثلًا في عملية موافقة). افتح قفله في Zoho ثم أعد المحاولة.
zoho-bad-request = لم يتعرّف { $service } على الطلب ({ $code }). تحقّق من خيار إصدار الواجهة البرمجية في ملف التعريف (version={ $version }).
zoho-invalid-host = رفض { $service } مضيف الواجهة البرمجية. تحقّق من مركز البيانات في ملف التعريف (الخيار dc).
zoho-too-many-requests = يطلب { $service } الإبطاء (بلغت حد الواجهة البرمجية)؛ الانتظار قبل إعادة المحاولة.
zoho-internal-error = حدث خطأ داخلي في { $service }؛ ستُعاد المحاولة لاحقًا. إن استمر فاتصل بدعم Zoho.
zoho-said = { $message } ردّ Zoho: { $code }.
zoho-said-words = { $message } ردّ Zoho: { $code }: { $words }.

error-fit-off-hint = الملاءمة متوقفة في ملف التعريف هذا (fit=refuse)؛ شغّلها بـ `--set fit=auto` أو صغّر الصورة بنفسك.
error-unsupported-format = { $path } صورة بصيغة { $format }؛ لا يقبل { $service } إلا { $formats }. { $hint }
error-too-many-pixels = أبعاد { $path } هي { $width }×{ $height }؛ يقبل { $service } { $megapixels } ميغابكسل كحد أقصى. { $hint }
error-file-too-large = حجم { $path } هو { $size }؛ يقبل { $service } { $limit } كحد أقصى. { $hint }
error-cannot-fit = تعذّر تصغير { $path } بما يكفي لـ { $service }.
error-workdir = لا يستطيع PhotoDrop كتابة نسخة العمل في { $dir } ({ $reason }). حرّر مساحة على القرص أو تحقّق من صلاحيات المجلد.
error-too-large-to-decode = يدّعي { $path } أن أبعاده { $width }×{ $height } بكسل ({ $megapixels } ميغابكسل)، وهذا أكثر مما يفك PhotoDrop ترميزه ({ $max } ميغابكسل). قد يكون تالفًا أو قنبلة ضغط.
error-file-too-large-to-decode = حجم { $path } هو { $size }؛ يفك PhotoDrop ترميز الصور حتى { $max }.
error-decode-memory = يحتاج فك ترميز { $path } إلى ذاكرة أكثر مما يسمح به PhotoDrop؛ قد يكون قنبلة ضغط.
error-heic-unsupported = { $path }: لا يقرأ هذا الإصدار من PhotoDrop صور HEIC؛ صدّرها بصيغة JPEG.

error-no-home = تعذّر العثور على المجلد الشخصي؛ عيّن { $var } إلى مجلد قابل للكتابة.
error-data-dir = تعذّر إنشاء { $dir } ({ $reason })؛ عيّن PHOTODROP_CONFIG_DIR / PHOTODROP_DATA_DIR إلى مجلد قابل للكتابة.
error-config-unreadable = تتعذّر قراءة { $file }: { $reason }
error-config-unwritable = تتعذّر كتابة { $file }: { $reason }
error-bad-profiles-file = { $file } غير صالح ({ $reason }). أصلحه يدويًا أو احذف ملف التعريف المعطوب.
error-bad-policy = { $file } غير صالح ({ $reason })؛ راجع المسؤول الذي يدير PhotoDrop هنا.
error-policy-no-user-profiles = يضبط المسؤول لديك ملفات التعريف هنا ({ $file })؛ اطلب منه إضافة '{ $name }'.
error-policy-host = سيرسل ملف التعريف '{ $name }' إلى { $host }، وهذا ما لا تسمح به السياسة ({ $file }). المسموح: { $allowed }.
error-declined = { $action }: أُلغي، ولم يتغيّر شيء.
error-profile-exists = يوجد ملف تعريف باسم '{ $name }' مسبقًا. احذفه أولًا أو اختر اسمًا آخر.
error-profiles-exist = توجد ملفات تعريف بالأسماء { $names } مسبقًا؛ لم يُستورد شيء. استورد مع الاستبدال للكتابة فوق إعداداتها (تبقى أسرارها).
error-import-unreadable = تتعذّر قراءة { $file }: { $reason }
error-import-empty = لا يحتوي { $file } على أي ملف تعريف.
error-unknown-field = '{ $field }' ليس من بيانات اعتماد { $provider }. الحقول: { $fields }.
error-empty-secret = لم تُعطَ قيمة لـ { $field }؛ اكتبها عبر الإدخال القياسي.
error-unknown-provider = خدمة غير معروفة '{ $provider }'. اختر واحدة من: { $providers }.
error-secret-in-config = '{ $key }' سرّ؛ لا يدخل ملف التعريفات أبدًا: احفظه في سلسلة المفاتيح.
error-unknown-option = '{ $key }' ليس خيارًا لـ { $provider }. الخيارات: { $options }.
error-bad-option-choice = '{ $value }' ليست قيمة صالحة لـ { $key }. اختر واحدة من: { $choices }.
error-bad-option-number = '{ $value }' ليست قيمة صالحة لـ { $key }: أعطِ { $what }.
whole-number-range = عددًا صحيحًا من { $min } إلى { $max }
whole-number-min = عددًا صحيحًا لا يقل عن { $min }
error-bad-profile-name = '{ $name }' ليس اسم ملف تعريف صالحًا: استخدم من 1 إلى 64 حرفًا أو رقمًا أو '-' أو '_' أو '.'.
error-keyring = تعذّر { $op } سرّ في سلسلة مفاتيح النظام ({ $reason }). على سطح المكتب، افتح قفل سلسلة المفاتيح (GNOME Keyring / KWallet، سلسلة مفاتيح macOS، مدير بيانات الاعتماد في Windows) وأعد المحاولة؛ وعلى جهاز بلا سطح مكتب عيّن السرّ في البيئة باسم PHOTODROP_SECRET_<PROFILE>_<FIELD>.
error-credentials-other-host = يشير ملف التعريف '{ $profile }' الآن إلى { $now }، لكن { $field } الخاص به أُدخل لـ { $was }. لا يرسل PhotoDrop سرًا إلى مضيف لم يُدخل له. إن كان العنوان الجديد صحيحًا فأدخل السرّ له مجددًا؛ وإلا فأعِد ملف التعريف كما كان.

error-upload-unconfirmed-stopped = توقّف PhotoDrop أثناء إرسال { $file } إلى { $target }؛ ربما وصل. ينشئ { $service } صورة جديدة مع كل رفع، لذا لم يُرسَل مجددًا: تحقّق، ثم أعد المحاولة إن كان مفقودًا.
the-target = الهدف
the-service-name = الخدمة
error-no-target = { $file }: لا يوجد سجل هدف.
error-watched-file-refused = { $file }: لم يُرفع، { $why }. لم يُرسَل شيء.
keyring-op-open = فتح
keyring-op-read = قراءة
keyring-op-store = حفظ
keyring-op-delete = حذف

confirm-repoint-title = تغيير خادم ملف تعريف
confirm-repoint =
    توجيه ملف التعريف '{ $name }' إلى { $now }؟

    أُدخلت أسراره لـ { $was }. لن يرسلها PhotoDrop إلى العنوان الجديد: ستُدخلها مجددًا له.
confirm-repoint-yes = تغيير الخادم
confirm-delete-after-title = الحذف بعد الرفع
confirm-delete-after =
    حذف كل صورة من { $dir } بعد رفعها؟

    لا يحذف PhotoDrop ملفًا إلا بعد أن تؤكد الخدمة رفعه، لكن الملف المحذوف لا يذهب إلى سلة المهملات.
confirm-delete-after-yes = الحذف بعد الرفع
confirm-large-tree-title = مراقبة شجرة مجلدات كبيرة
confirm-large-tree =
    يحتوي { $dir } على أكثر من { $count } من الملفات والمجلدات. مراقبته مع كل مجلداته الفرعية؟

    ستُرفع كل صورة يُعثر عليها فيه.
confirm-large-tree-yes = مراقبة كل شيء
