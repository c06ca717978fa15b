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
