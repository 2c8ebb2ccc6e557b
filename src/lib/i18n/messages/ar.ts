import type { CoreMessages } from './en';

export const ar: CoreMessages = {
	site: {
		name: 'مرصد امتياز',
		tagline: 'عشرون سنة من الجائزة الوطنية للإدارة الإلكترونية «امتياز»، دورة بدورة.',
		skip: 'الانتقال إلى المحتوى',
		languages: 'اللغة',
		nav: { dashboard: 'لوحة المعطيات', sql: 'وحدة SQL', data: 'البيانات' },
		footer: 'البيانات: مقالات صحفية وبلاغات رسمية، لكل سطر مصدره.',
		chooseLanguage: 'اختر لغتك'
	},
	engine: {
		loading: 'جارٍ تحميل محرك الاستعلامات…',
		loadingBytes: 'جارٍ تحميل محرك الاستعلامات: {loaded} من {total} ميغابايت',
		loadingReceived: 'جارٍ تحميل محرك الاستعلامات: وصل {loaded} ميغابايت',
		ready: 'الوظائف التفاعلية جاهزة.',
		failed: 'الوظائف التفاعلية غير متاحة: {reason}. ما تزال الرسوم والجداول أدناه تعرض البيانات.',
		restarting: 'توقف محرك الاستعلامات ({reason})؛ تجري إعادة تشغيله مع بياناتك…',
		restarted: 'توقف محرك الاستعلامات ({reason}) ثم أُعيد تشغيله؛ وأُعيد تحميل بياناتك.'
	},
	chart: {
		source: 'المصدر',
		sourceLine: 'سجلات «امتياز» مجمعة من {count} مصدرا صحفيا ورسميا',
		dataTable: 'جدول البيانات',
		notReported: 'غير مُعلن',
		noEdition: 'لا دورة',
		scrollHint: 'مرِّروا أفقيا لرؤية كل السنوات',
		loading: 'جارٍ التحميل…',
		empty: 'لا بيانات لهذا الاختيار.',
		error: 'تعذر تحديث هذا الرسم: {reason}',
		retry: 'إعادة المحاولة'
	},
	participation: {
		title: 'المشاركة حسب الدورة',
		subtitle:
			'الخدمات المرشحة والإدارات المشاركة حين تذكرها المصادر؛ والجوائز والمؤسسات الفائزة المسجلة في كل دورة.',
		description:
			'أعمدة مجمعة حسب سنة الجائزة من {first} إلى {last}: {editions} دورة. العلامات المخططة قيم لا يذكرها أي مصدر؛ والسنوات التي لم تُنظم فيها دورة مشار إليها.',
		series: {
			candidates: 'الخدمات المرشحة',
			administrations: 'الإدارات المشاركة',
			prizes: 'الجوائز المسجلة',
			winning_institutions: 'المؤسسات الفائزة'
		},
		year: 'السنة',
		edition: 'الدورة',
		coverage: 'تغطية السجل'
	},
	coverage: {
		complete: 'كاملة',
		partial: 'جزئية',
		minimal: 'ضئيلة',
		missing: 'مفقودة'
	},
	category: {
		'e-procedure': 'الخدمات الإجرائية الإلكترونية',
		'e-content': 'المحتوى الإلكتروني',
		'mobile-app': 'التطبيقات الذكية',
		'e-participation': 'المشاركة المجتمعية الإلكترونية',
		'call-center': 'مراكز الاتصال',
		'web-services': 'خدمات الويب',
		'citizen-services': 'خدمات موجهة للمواطنين',
		'business-services': 'خدمات موجهة للمقاولات',
		'administration-services': 'خدمات موجهة للإدارة',
		'back-office': 'الأنظمة الداخلية',
		unspecified: 'صنف غير محدد'
	},
	prizeLevel: {
		'grand-prix': 'الجائزة الكبرى',
		excellence: 'جائزة التميز',
		'main-prize': 'جائزة امتياز',
		'special-jury': 'جائزة لجنة التحكيم',
		encouragement: 'جائزة التشجيع',
		other: 'تنويه آخر',
		unspecified: 'مستوى غير محدد'
	},
	institutionType: {
		ministry: 'وزارة أو مصلحة تابعة للدولة',
		'public-establishment': 'مؤسسة عمومية',
		'territorial-collectivity': 'جماعة ترابية',
		'public-company': 'شركة عمومية أو وكالة مستقلة',
		other: 'أخرى'
	}
};
