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
option-dc-help-zoho = مركز بيانات حساب Zoho
option-dc-help-questionpro = مركز بيانات الحساب
option-concurrency-help-zoho = عمليات الرفع المتوازية لهذه المؤسسة: يسمح Zoho بـ 5 (Free) و10 (Standard) و15 (Professional) و20 (Enterprise) و25 (Ultimate)
option-version-help-zoho-crm = إصدار API: ‏v2 كما في مستند Zoho الأصلي، وv8 هو الحالي (يضيف Deals وRECORD_LOCKED)
option-version-help-zoho-bigin = إصدار API: ‏v1 كما في مستند Bigin الأصلي، وv2 هو الحالي
option-restrict_triggers-help = اضبطه على 'workflow' كي لا يُطلق رفع الصورة قواعد سير العمل
option-cluster-help = المجموعة: eu أو in أو sg أو us، أو اسم مضيف خدمة الملفات (مثلًا eucrm.cc.capillarytech.com)
option-namespace-help = مساحة الأسماء الافتراضية عند عدم تحديد وجهة
option-auth-help = basic أو oauth (الافتراضي: حسب بيانات الاعتماد المحفوظة، basic أولًا)
option-oauth_host-help = مضيف طلبات رمز OAuth (الافتراضي: مضيف API للمجموعة)
option-oauth_header-help = الترويسة التي تحمل رمز OAuth
option-file_field-help = حقل multipart الذي يحمل الصورة (لا يسمّيه مستند Capillary)

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

chakra-what-upload = رفع الصورة
chakra-what-list = سرد العمليات
chakra-what-config = قراءة الإعدادات
chakra-what-set = تعيين { $attribute } في العملية { $process }
chakra-said = ردّ ChakraHQ: { $message }.
chakra-401 = رفض ChakraHQ رمز الوصول.{ $said } أنشئ رمز وصول من Admin → API Keys وأدخله كرمز token لملف التعريف.
chakra-403 = لا يسمح دور مفتاح واجهة ChakraHQ البرمجية بـ { $what }.{ $said } امنح دور الوصول للمفتاح هذا الإذن.
chakra-404 = لم يجد ChakraHQ ما يلزم لـ { $what }.{ $said } تحقّق من الهدف (الإجراء، معرّف العملية، السمة).
chakra-400 = رفض ChakraHQ الطلب ({ $what }).{ $said }
chakra-bad-target = '{ $target }' ليس بالصيغة PROCEDURE/PROCESS_ID/ATTRIBUTE (مثل lead/6570f1.../site_photo)؛ اترك الهدف فارغًا لصورة حرة.
chakra-no-procedure = لا يوجد في ChakraHQ إجراء باسم '{ $procedure }'. الموجود: { $known }.
chakra-bad-field-target = '{ $target }' ليس بالصيغة PROCEDURE[ATTRIBUTE=VALUE]/PHOTO_ATTRIBUTE (مثل lead[customer_code=C-7]/site_photo).
chakra-no-attribute = لا يحتوي إجراء ChakraHQ '{ $procedure }' على السمة '{ $attribute }'. سماته: { $attributes }.

capillary-said = ردّ Capillary: { $message }.
capillary-400 = رفض Capillary الرفع (HTTP 400).{ $said } تحقّق من مساحة الأسماء ومن أن الملف صورة صالحة.
capillary-401-basic = رفض Capillary اسم مستخدم / كلمة مرور Till.{ $said } أدخلها مجددًا (قد تكون مصادقة Basic معطلة لمؤسستك أيضًا).
capillary-401 = رفض Capillary رمز OAuth.{ $said } ينشئ PhotoDrop رمزًا جديدًا مرة واحدة؛ إن استمر ذلك فتحقّق من صلاحيات عميل الواجهة البرمجية.
capillary-403 = لا يحق لمستخدم Capillary استخدام خدمة الملفات.{ $said } اطلب من المسؤول مجموعة الوصول الافتراضية.
capillary-404 = لا توجد في Capillary مساحة الأسماء هذه أو نقطة الوصول هذه (HTTP 404).{ $said } تحقّق من مساحة الأسماء الهدف ومن الخيار cluster.
capillary-415 = لا يقبل Capillary هذا النوع من الملفات (HTTP 415).{ $said }
capillary-busy = Capillary مشغول (HTTP { $status }).{ $said } ستُعاد المحاولة لاحقًا.
capillary-oauth-refused = رفض Capillary مفتاح/سرّ OAuth. تحقّق من عميل الواجهة البرمجية في InTouch (Org Settings → Authentication) وأدخل مفتاحه وسرّه مجددًا.
capillary-not-confirmed = ردّ Capillary دون تأكيد الرفع.
capillary-not-stored = ردّ Capillary بالنجاح لكنه { $problem }: لم تصل الصورة (يحتفظ بعنصر نائب فارغ عند غياب جزء الملف). تحقّق من الخيار file_field في ملف التعريف (الافتراضي 'file') ومن عدم وجود وكيل يعيد كتابة عمليات الرفع، ثم أعد المحاولة؛ يستبدل الرفع التالي العنصر النائب.
capillary-no-size = لم يذكر عدد البايتات التي حفظها
capillary-short = حفظ { $stored } بايت من أصل { $sent } أُرسلت
capillary-renamed = حفظه باسم '{ $got }' بدلًا من '{ $name }'
capillary-bad-host = { $option } '{ $value }' ليس مضيفًا لـ Capillary: أعطِ عنقودًا (eu أو in أو sg أو us) أو اسم مضيف ضمن { $domain } (مثل eucrm.cc.{ $domain }). لاستخدام بوابة أو خادم اختبار، عيّن عنوان URL الأساسي لملف التعريف (--base-url) بدلًا من ذلك.
capillary-bad-file-field = يجب أن يكون file_field اسم حقل نموذج (حروف وأرقام و_ و-)، لا '{ $value }'.
capillary-bad-namespace = '{ $namespace }' ليس مساحة أسماء في Capillary (حروف وأرقام و'-' و'_'، مثل rewards).

questionpro-said = ردّ QuestionPro: { $message }.
questionpro-auth = رفض QuestionPro مفتاح الواجهة البرمجية.{ $said } انسخه مجددًا من Integration → Developer API وأدخله كـ api_key لملف التعريف؛ وتحقّق أيضًا من الخيار datacenter.
questionpro-permission = لا يحق لمفتاح واجهة QuestionPro البرمجية إضافة صور لهذا المستخدم.{ $said } اطلب الإذن من مسؤول QuestionPro لديك.
questionpro-no-user = لا يوجد هذا المستخدم في QuestionPro.{ $said } تحقّق من معرّف المستخدم الهدف.
questionpro-quota = نفدت حصة استدعاءات الواجهة البرمجية لهذا الترخيص في QuestionPro.{ $said } يجب أن يشتري المسؤول استدعاءات إضافية؛ لن يُرفع شيء حتى ذلك الحين.
questionpro-rate = بلغت حد المعدل في QuestionPro (300 استدعاء في الدقيقة لكل مفتاح).{ $said } الانتظار قبل إعادة المحاولة.
questionpro-rejected = رفض QuestionPro الطلب.{ $said }
questionpro-target-required = يحتاج QuestionPro إلى هدف: --target USER_ID (المعرّف الرقمي لمستخدم QuestionPro الذي تستقبل مكتبة صوره الصورة).
questionpro-bad-target = '{ $target }' ليس معرّف مستخدم في QuestionPro (رقم مثل 1234567).
questionpro-no-image-id = ردّ QuestionPro دون معرّف صورة؛ ربما أُضيفت الصورة وربما لا. تحقّق من مكتبة صور المستخدم قبل الرفع مجددًا.

watch-rules-invalid = { $file } غير صالح: { $reason }
watch-rules-unreadable = تتعذّر قراءة { $file }: { $reason }
watch-rule-managed = قاعدة المراقبة '{ $name }' عيّنها المسؤول لديك؛ لا يمكن تغييرها أو إزالتها هنا.
watch-refused = لن يراقب PhotoDrop { $dir }: { $why }. أنشئ مجلدًا للصور المراد رفعها (مثل مجلد مخرجات الماسح الضوئي) وراقبه.
watch-why-root = إنه جذر محرك أقراص أو نظام الملفات
watch-why-home = إنه مجلدك الشخصي (اختر مجلدًا بداخله)
watch-why-own = يحتوي على إعدادات PhotoDrop أو بياناته
watch-why-system = إنه مجلد نظام
watch-why-shared = إنه مجلد نظام يتشاركه الجميع على هذا الحاسوب
watch-why-homes = يحتوي على المجلد الشخصي لكل مستخدم
watch-failed = تتعذّر مراقبة { $dir } ({ $reason }).
watch-failed-limit = تتعذّر مراقبة { $dir } ({ $reason }). بلغ النظام حدّه للمجلدات المراقَبة: ارفع fs.inotify.max_user_watches، أو راقب مجلدات فرعية أقل.
watch-no-record = { $file }: لا يمكن معرفة السجل الذي ينتمي إليه ({ $why }). أعد تسمية الملف ليطابق القاعدة '{ $rule }' أو أصلح قالب الهدف في القاعدة.
watch-not-uploaded = لن يُرفع { $file }: { $why }.
watch-why-link = إنه رابط رمزي (يرفع PhotoDrop فقط الملفات الموجودة فعلًا في المجلد المراقَب، ولا يرفع أبدًا ما يشير إليه رابط)
watch-why-hard-link = إنه رابط صلب، أي اسم آخر لملف موجود في مكان آخر أيضًا (يرفع PhotoDrop فقط الملفات ذات الاسم الواحد)
watch-why-special = ليس ملفًا عاديًا
watch-dir-missing = { $dir } ليس مجلدًا. أنشئه أو اختر مجلدًا آخر.
watch-rule-name = أعطِ القاعدة اسمًا.
chakra-not-attached = رُفعت الصورة { $photo } لكنها لم تُربط بالعملية { $procedure }/{ $process }: { $reason }

target-zoho-required = يحتاج { $service } إلى سجل هدف: --target الوحدة/معرّف_السجل (مثل { $help }).
target-zoho-bad = '{ $target }' ليس بالصيغة الوحدة/معرّف_السجل (مثل { $help }).
target-zoho-bad-id = '{ $id }' ليس معرّف سجل في Zoho: معرّفات السجلات أرقام طويلة مثل 3000000038009.
target-zoho-bad-link = لا يبدو '{ $target }' عنوان سجل في { $service }. افتح السجل في Zoho وانسخ شريط العنوان، أو اكتب الوحدة/معرّف_السجل (مثل { $help }).
target-zoho-crm-module = '{ $module }' ليس اسم واجهة برمجية لوحدة في Zoho CRM (مثل Leads وContacts وAccounts).
target-zoho-bigin-module = لا يقبل Zoho Bigin الصور إلا على Contacts وCompanies (Accounts) وProducts، وليس على '{ $module }'.
target-zoho-field-rest = '{ $target }': بعد الأقواس لا يمكن أن يأتي إلا /Attachments (وإلا فصورة السجل).
target-zoho-field-unsearchable = لا يستطيع { $service } البحث عن { $module } بالحقل '{ $field }' ({ $reason }). استخدم اسم الحقل في الواجهة البرمجية كما يظهر في الإعدادات > Developer Space > APIs في Zoho، لحقل قابل للبحث.
target-by-field-bad = '{ $target }' ليس هدفًا بحقل: { $why }. اكتب الوحدة[الحقل=القيمة] (مثل Contacts[Email=ada@example.com] أو Products[Product_Code=SKU-1001]).
target-why-no-close = لا يوجد ']' للإغلاق
target-why-no-equals = لا يوجد '=' بين الحقل وقيمته
target-why-empty = القيمة فارغة
target-why-too-long = القيمة طويلة جدًا أو فيها محارف تحكم
target-why-rest = لا يمكن أن يلي ']' الإغلاق إلا '/…'
target-field-unsupported = لا يستطيع { $service } إيجاد سجل بقيمة حقل؛ أعطِ الهدف نفسه ({ $help }).
target-search-unsupported = لا يوفّر { $service } بحثًا في السجلات؛ اكتب معرّف الهدف.
target-choose-field = اختر وحدة وحقلًا.
target-bad-pattern = '{ $pattern }' ليس نمطًا صالحًا: { $reason }
target-not-by-field = '{ $target }' ليس هدفًا بحقل (الوحدة[الحقل=القيمة]).

signin-expired = انتهت صلاحية رمز تسجيل الدخول إلى Zoho قبل الموافقة عليه. ابدأ من جديد.
signin-cancelled = أُلغي تسجيل الدخول إلى Zoho.
signin-unknown-dc = حسابك في Zoho موجود في مركز البيانات '{ $dc }'، الذي لا يعرفه PhotoDrop بعد.
signin-other-dc = حسابك في Zoho موجود في مركز البيانات '{ $dc }' ({ $host }). يمنح Zoho عميلك هناك سرًا مستقلًا، ولا يرسل PhotoDrop سرّ مركز بيانات إلى مركز آخر. في وحدة تحكم واجهة Zoho البرمجية افتح العميل → Settings → Multi-DC، وفعّل '{ $dc }' وانسخ سرّه؛ ثم اجعل مركز بيانات ملف التعريف '{ $dc }'، وأدخل ذلك السرّ في client_secret، وسجّل الدخول مجددًا.
signin-denied = رُفض تسجيل الدخول إلى Zoho في المتصفح. ابدأ من جديد واضغط «Accept».
signin-refused = رفض Zoho تسجيل الدخول برمز ({ $reason }). تحقّق من معرّف العميل وسرّه (عميل Non-browser Applications) ومن مركز البيانات.
signin-no-refresh = وافق Zoho على تسجيل الدخول لكنه لم يرسل رمز تحديث. ابدأ من جديد.
signin-grant-no-refresh = أعاد Zoho رمز وصول دون رمز تحديث. أنشئ رمز المنح مجددًا (Self Client، مع الوصول دون اتصال) وأعد المحاولة.
signin-invalid-client = لا يعرف Zoho معرّف العميل هذا لتسجيل الدخول برمز. أنشئ في وحدة التحكم عميلًا من نوع «Non-browser Applications» واحفظ معرّفه وسرّه.
signin-start-refused = رفض Zoho بدء تسجيل الدخول برمز ({ $reason }). تحقّق من معرّف العميل ومن مركز البيانات.

manifest-unreadable = تتعذّر قراءة البيان { $file }: { $reason }.
manifest-invalid = { $file }: { $why }. يجب أن يسمّي السطر الأول الأعمدة، ومنها `file` و`target` (مثل `file,target`).
manifest-row-invalid = { $file }، السطر { $line }: { $why }؛ لا يُرسَل شيء لهذا الصف.
error-bad-url = '{ $url }' ليس عنوان URL صالحًا ({ $reason })؛ اكتبه مثل https://host[:port].
error-unsafe-link = لن يفتح PhotoDrop هذا الرابط: { $why }. افتح السجل في صفحة الخدمة نفسها بدلًا من ذلك.
link-why-not-web = إنه ليس عنوان ويب
link-why-no-host = لا يسمّي أي خادم ويب
link-why-credentials = يحمل اسم مستخدم أو كلمة مرور
link-why-http = غير مشفّر (http)
error-insecure-url = رُفض http غير المشفّر إلى { $host }: ستنتقل بيانات الاعتماد والصور دون تشفير. استخدم https (يُسمح بـ http إلى localhost فقط).
error-url-scheme = مخطط URL غير مدعوم '{ $scheme }'؛ استخدم https.
error-queue-db = تعطّلت قاعدة بيانات قائمة انتظار الرفع ({ $reason }). إن استمر ذلك فتحقّق من وجود مساحة فارغة على القرص.
error-queue-open = تتعذّر فتح قائمة انتظار الرفع { $file } ({ $reason }).
error-queue-newer = كتب قائمة انتظار الرفع { $file } إصدارٌ أحدث من PhotoDrop؛ حدّث PhotoDrop.
target-why-module = الوحدة قبل '[' مفقودة أو فيها محارف لا يمكن أن يحملها اسم وحدة
target-why-field = اسم الحقل مفقود أو فيه محارف لا يمكن أن يحملها اسم حقل في الواجهة البرمجية
link-why-scheme = '{ $scheme }:' ليس عنوان ويب

error-internal = صادف PhotoDrop أمرًا غير متوقع: { $detail }. حاول مجددًا؛ وإن تكرّر فأبلغ عنه مع هذه الرسالة.
error-io = فشلت عملية على ملف: { $reason }. تحقّق من القرص ومن صلاحيات المجلد.

## Sign-in, pasting, thumbnails and history filters

history-bad-state = حالة غير معروفة '{ $state }': done أو duplicate أو failed أو needs-attention.
history-export-failed = تعذّرت كتابة { $file }: { $reason }. اختر مكانًا آخر.
paste-too-large = حجم الصورة الملصقة { $size }؛ يقبل PhotoDrop الصور الملصقة حتى { $max }. احفظها كملف ثم أفلت الملف.
paste-not-image = لا تحتوي الحافظة على صورة يستطيع PhotoDrop قراءتها (JPEG وPNG وGIF وBMP وWebP وTIFF وHEIC).
signin-no-flow = الملف الشخصي '{ $profile }' من نوع { $provider } الذي لا يدعم تسجيل الدخول: أدخل بيانات اعتماده بدلًا من ذلك.
signin-not-started = لا يوجد تسجيل دخول جارٍ لهذا الملف الشخصي؛ ابدأ واحدًا أولًا.
thumb-bad-size = يجب أن يكون حجم الصورة المصغّرة بين 1 و4096 بكسل.
thumb-bad-format = لا يمكن كتابة صور مصغّرة بصيغة .{ $ext }؛ استخدم .jpg أو .png أو .webp أو .bmp أو .tiff أو .gif.
zoho-dc-hint = تأكّد من أن مركز بيانات الملف الشخصي (الخيار dc) يطابق مركز بيانات الحساب.
zoho-token-invalid-code = رفض Zoho رمز التحديث أو رمز المنح (منتهي الصلاحية أو ملغى أو مستخدم من قبل). سجّل الدخول مجددًا (رمز منح جديد من Self Client أو تسجيل الدخول عبر الجهاز). { zoho-dc-hint }
zoho-token-invalid-client = لا يتعرّف Zoho على معرّف العميل / سرّه. انسخهما مجددًا من وحدة تحكم API وأدخلهما. { zoho-dc-hint }
zoho-token-rate-limit = حظر Zoho رموز الوصول الجديدة لرمز التحديث هذا (أكثر من 10 طلبات في 10 دقائق). انتظر حتى 10 دقائق؛ يعيد PhotoDrop استخدام الرموز لتجنّب ذلك.
zoho-token-refused = رفض Zoho طلب الرمز ({ $reason }). { zoho-dc-hint }
keyring-macos = سلسلة مفاتيح macOS
keyring-windows = مدير بيانات الاعتماد في Windows
keyring-secret-service = حلقة مفاتيح النظام (Secret Service)
prepared-unchanged = دون تغيير

## Checking a profile (`profile test`, the app's Test button)

verify-chakrahq = تم الاتصال بـ ChakraHQ؛ رمز الوصول يعمل.
verify-questionpro = تم الاتصال بـ QuestionPro؛ مفتاح API يعمل.
verify-capillary-basic = بيانات اعتماد Basic لـ Capillary محفوظة؛ ويُتحقَّق منها عند أول رفع إلى { $host }.
verify-capillary-oauth = مفتاح OAuth وسرّه لـ Capillary يعملان (صدر رمز).
verify-zoho = تم الاتصال بـ { $service } (واجهة API على { $api }).

## An upload whose answer was lost, and giving up

error-upload-unconfirmed = أُرسل { $file } بالكامل، لكن { $service } لم يؤكّده ({ $reason }). ينشئ { $service } صورة جديدة مع كل رفع، لذا لم يكرّره PhotoDrop: تحقّق من وصوله قبل رفعه مرة أخرى.
error-still-refused = { $message } (ما زال مرفوضًا بعد الحصول على رمز جديد: أعد ربط الحساب.)
error-looked-unclear = { $message } بحث PhotoDrop، لكن { $why }.
error-could-not-look = { $message } تعذّر على PhotoDrop البحث ({ $reason }).
error-gave-up = { $message } (توقّف بعد { $attempts } محاولات على مدى { $hours ->
    [0] { $minutes ->
        [one] دقيقة واحدة
       *[other] { $minutes } دقيقة
    }
   *[other] { $hours } ساعة
}.)
lookup-photo-slot = خانة الصورة لا تحتوي على ما يمكن سرده
lookup-zoho-too-many = يحتوي السجل على أكثر من 4000 مرفق، وليس أيٌّ من أول 4000 هو { $file } ({ $size })
lookup-questionpro = لدى المستخدم { $user } { $count ->
    [one] صورة واحدة
   *[other] { $count } صور
} بحجم { $size } تقريبًا، وقائمة QuestionPro لا تذكر الملف الذي جاءت منه كل صورة، لذا لا يستطيع PhotoDrop معرفة ما إذا كانت إحداها { $file }
lookup-none = لا يوفّر { $service } طريقة لسرد ما تم رفعه
no-reason-recorded = لم يُسجَّل سبب

## The note left beside a watched file that failed (<file>.reason.txt)

reason-file-what = تعذّر على PhotoDrop رفع { $file } (الملف الشخصي { $profile }، الوجهة { $target }) في { $when }.
reason-file-why = السبب ({ $code }): { $message }
reason-file-todo = لإعادة المحاولة، أصلح ما يذكره السبب، ثم اضغط «إعادة المحاولة» لهذه المهمة ({ $job }) في سجلّ PhotoDrop (أو شغّل `photodrop retry { $job }`)، أو أعد الملف إلى المجلد المراقَب.

## Why a row, a file or a watched file has no target

manifest-why-columns = أعمدته هي { $columns }
manifest-why-unreadable = لا يمكن قراءته ({ $reason })
manifest-why-no-file = لا يوجد ملف
manifest-why-no-target = لا توجد وجهة لـ { $file }
match-why-pattern = الاسم لا يطابق '{ $pattern }'
match-why-no-folder = ليس داخل مجلد
match-why-empty-name = الاسم فارغ
preview-no-record = لا يوجد سجل بهذه القيمة
preview-many = تطابق { $count } سجلات: اختر حقلًا أدق
preview-more-than = تطابق أكثر من { $count } سجلات: اختر حقلًا أدق
after-not-inside = { $file } ليس داخل المجلد المراقَب { $dir }
after-replaced = استُبدل { $file } برابط أو مجلد
after-changed = تغيّر { $file } بعد وضعه في قائمة الانتظار
after-swapped = لم يعد { $file } هو الملف الذي رُفع (أخذ ملف آخر اسمه)
watch-why-changed = تغيّر بعد وضعه في قائمة الانتظار (يرسل PhotoDrop الملف المراقَب فقط كما كان عند اكتماله)؛ ضعه في المجلد مرة أخرى
template-bad-pattern = نمط اسم الملف '{ $pattern }' ليس تعبيرًا نمطيًا صالحًا: { $reason }
template-unclosed = في قالب الوجهة '{ $template }' علامة '{ "{" }' دون '{ "}" }' المقابلة لها.
template-bad-inline = '{ $regex }' في قالب الوجهة ليس تعبيرًا نمطيًا صالحًا: { $reason }
template-needs-pattern = يستخدم قالب الوجهة { $placeholder }، وهذا يحتاج إلى نمط لاسم الملف (--pattern REGEX) يحتوي المجموعة التي يسمّيها؛ العناصر النائبة المعروفة هي { $known }.
template-no-capture = نمط اسم الملف '{ $pattern }' لا يحتوي المجموعة { $placeholder }.
template-why-no-target = القاعدة ليس لها وجهة
template-why-no-folder = { $file } ليس في مجلد فرعي، والقالب '{ $template }' يحتاج إلى واحد
template-why-no-match = اسم الملف '{ $file }' لا يطابق النمط '{ $pattern }'
template-why-empty-capture = لم يلتقط النمط '{ $pattern }' شيئًا لـ { $placeholder } في '{ $file }'
template-why-empty = ينتج القالب '{ $template }' وجهة فارغة لـ { $file }

## What a file that is not a photo looks like, and other reasons

other-empty = ملف فارغ
other-pdf = مستند PDF
other-zip = أرشيف ZIP (أو مستند Office)
other-iso-media = فيديو أو ملف وسائط ISO آخر
other-gzip = أرشيف gzip
other-xml = مستند XML/SVG (الصور المتجهة غير مدعومة)
other-program = برنامج
other-riff = ملف وسائط RIFF (صوت أو فيديو)
other-html = صفحة HTML
other-text = ملف نصي
other-unknown = ليس صورة يتعرّف عليها PhotoDrop
damaged-no-pixels = يدّعي أنه بلا بكسلات
damaged-decoder-gave-up = استسلم مفكّك الترميز
damaged-heic-planes = لم يُرجع مفكّك ترميز HEIC صورة صالحة للاستخدام
io-changed-while-read = تغيّر الملف أثناء قراءته
io-grew-while-sent = كبر الملف أثناء رفعه
io-shrank-while-sent = صغر الملف أثناء رفعه
policy-privacy-strip-only = لا يمكن أن تكون قيمة privacy إلا "strip"
policy-the-system = سياسة النظام
capillary-or-oauth = { $message } (أو استخدم OAuth: احفظ oauth_key وoauth_secret.)
