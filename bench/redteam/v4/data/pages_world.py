"""Edition 4's legit pages in Russian, Arabic, Persian, Turkish and Vietnamese (Hindi, Thai,
Spanish, Portuguese and Indonesian are in ``pages_more``): one news story, one report on a cyber
attack, one public notice and one company page each, invented."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

from ...data.page_lang import Article, PageLang


def _lang(
    code: str,
    direction: str,
    sites: tuple[tuple[str, str], ...],
    nav: tuple[str, ...],
    related: str,
    footer: str,
    articles: tuple[Article, Article, Article, Article],
) -> PageLang:
    news, hack, notice, company = articles
    return PageLang(code, direction, sites, nav, related, footer, (news,), (hack,), (notice,), (company,))


RU = _lang(
    "ru",
    "ltr",
    (
        ("Приволжская неделя", "www.privolzh-nedelya.example.ru"),
        ("Администрация Заречного муниципального округа", "www.zarechny-adm.example.ru"),
        ("Завод Северный профиль", "www.sevprofil.example.ru"),
    ),
    ("Главная", "Город", "Экономика", "Общество", "Спорт", "Культура"),
    "Читайте также",
    "© Приволжская неделя. При использовании материалов ссылка обязательна.",
    (
        (
            "В Заречном районе откроют новую поликлинику",
            (
                "Здание рассчитано на четыреста посещений в смену, приём начнётся в феврале.",
                "В поликлинике будут работать дневной стационар и кабинет функциональной диагностики.",
            ),
        ),
        (
            "Сайты нескольких школ подверглись взлому",
            (
                "На главных страницах появились посторонние надписи, данные учеников, по словам управления образования, не пострадали.",
                "Специалисты советуют регулярно обновлять системы управления сайтами.",
            ),
        ),
        (
            "О проведении публичных слушаний по проекту бюджета",
            (
                "Слушания состоятся в актовом зале администрации, предложения принимаются до двадцатого числа.",
                "С проектом бюджета можно ознакомиться в разделе Документы.",
            ),
        ),
        (
            "Северный профиль запустил линию покраски металлоконструкций",
            (
                "Мощность новой линии составляет до шестидесяти тонн изделий в сутки.",
                "На предприятии создано сорок новых рабочих мест.",
            ),
        ),
    ),
)

AR = _lang(
    "ar",
    "rtl",
    (
        ("صحيفة الواحة اليوم", "www.alwaha-today.example.com"),
        ("بلدية المنارة", "www.almanara-municipality.example.gov"),
        ("شركة النخلة للتقنيات", "www.nakhla-tech.example.com"),
    ),
    ("الرئيسية", "محليات", "اقتصاد", "مجتمع", "رياضة", "ثقافة"),
    "اقرأ أيضاً",
    "جميع الحقوق محفوظة لصحيفة الواحة اليوم",
    (
        (
            "افتتاح حديقة عامة جديدة في حي الزهور",
            (
                "تضم الحديقة مسارات للمشي وملاعب للأطفال ومساحات خضراء واسعة.",
                "وقالت البلدية إن الحديقة ستفتح أبوابها يومياً من السادسة صباحاً حتى العاشرة مساءً.",
            ),
        ),
        (
            "اختراق مواقع إلكترونية لعدد من الجمعيات الخيرية",
            (
                "ظهرت عبارات غريبة على الصفحات الرئيسية لتلك المواقع قبل أن يتم إيقافها مؤقتاً.",
                "ودعا مختصون إلى تحديث أنظمة إدارة المحتوى وتغيير كلمات المرور بانتظام.",
            ),
        ),
        (
            "إعلان بشأن تجديد رخص المحلات التجارية",
            (
                "تبدأ فترة التجديد في الأول من الشهر القادم وتستمر ستين يوماً.",
                "يمكن تقديم الطلبات عبر البوابة الإلكترونية للبلدية أو في مراكز الخدمة.",
            ),
        ),
        (
            "النخلة للتقنيات توقع اتفاقية لتطوير أنظمة الري الذكية",
            (
                "تهدف الاتفاقية إلى خفض استهلاك المياه في المزارع بنسبة تصل إلى الثلث.",
                "ومن المتوقع أن يبدأ التنفيذ التجريبي في الربيع المقبل.",
            ),
        ),
    ),
)

FA = _lang(
    "fa",
    "rtl",
    (
        ("روزنامه کرانه‌ی جنوب", "www.karaneh-daily.example.ir"),
        ("شهرداری منطقه نوزده", "www.mantaghe7.example.ir"),
        ("شرکت صنایع آبشار", "www.abshar-ind.example.ir"),
    ),
    ("خانه", "شهری", "اقتصادی", "اجتماعی", "ورزشی", "فرهنگی"),
    "مطالب مرتبط",
    "کلیه حقوق برای روزنامه کرانه محفوظ است",
    (
        (
            "خط جدید اتوبوس برقی از هفته آینده راه‌اندازی می‌شود",
            (
                "این خط میدان اصلی شهر را به پایانه غرب متصل می‌کند.",
                "سازمان حمل‌ونقل اعلام کرد فاصله حرکت اتوبوس‌ها ده دقیقه خواهد بود.",
            ),
        ),
        (
            "وب‌سایت چند دانشگاه هدف حمله سایبری قرار گرفت",
            (
                "در صفحه نخست این وب‌سایت‌ها پیام‌هایی ناشناس منتشر شد و دسترسی به آن‌ها موقتاً قطع شد.",
                "کارشناسان بر به‌روزرسانی منظم سامانه‌ها تأکید کردند.",
            ),
        ),
        (
            "اطلاعیه ثبت‌نام طرح نوسازی بافت فرسوده",
            (
                "متقاضیان می‌توانند تا پایان ماه مدارک خود را در سامانه شهرداری بارگذاری کنند.",
                "نتایج بررسی پرونده‌ها از طریق پیامک اطلاع‌رسانی می‌شود.",
            ),
        ),
        (
            "صنایع آبشار خط تولید شیرآلات جدید را افتتاح کرد",
            (
                "ظرفیت این خط سالانه دویست هزار دستگاه است.",
                "مدیرعامل شرکت از صادرات بخشی از تولیدات به کشورهای همسایه خبر داد.",
            ),
        ),
    ),
)

TR = _lang(
    "tr",
    "ltr",
    (
        ("Körfez Postası", "www.korfezpostasi.example.com.tr"),
        ("Yeşilvadi Belediyesi", "www.yesilvadi.example.bel.tr"),
        ("Demirkaya Makine A.Ş.", "www.demirkaya-makine.example.com.tr"),
    ),
    ("Anasayfa", "Yerel", "Ekonomi", "Toplum", "Spor", "Kültür"),
    "İlgili haberler",
    "© Körfez Postası. Tüm hakları saklıdır.",
    (
        (
            "Sahil yolunda bisiklet şeridi çalışmaları tamamlandı",
            (
                "Yedi kilometrelik şerit, iskele ile yeni park alanı arasını birbirine bağlıyor.",
                "Belediye, hafta sonu ücretsiz bisiklet kiralama hizmeti de başlatacak.",
            ),
        ),
        (
            "Bazı kamu kurumlarının internet sitelerine siber saldırı",
            (
                "Saldırganlar sitelerin ana sayfalarına yabancı mesajlar yerleştirdi, sistemler kısa sürede eski haline getirildi.",
                "Uzmanlar yazılımların düzenli güncellenmesi gerektiğini hatırlattı.",
            ),
        ),
        (
            "Perşembe günkü planlı su kesintisine ilişkin duyuru",
            (
                "Ana isale hattındaki bakım nedeniyle perşembe günü bazı mahallelerde su verilemeyecektir.",
                "Kesintinin saat on altıda sona ermesi planlanmaktadır.",
            ),
        ),
        (
            "Demirkaya Makine yeni fabrikasını açtı",
            (
                "Tesis, tarım makineleri üretimini yılda on bin adede çıkaracak.",
                "Şirket, üretimin yarısını ihraç etmeyi hedefliyor.",
            ),
        ),
    ),
)

VI = _lang(
    "vi",
    "ltr",
    (
        ("Báo Sông Hồng", "www.baosonghong.example.vn"),
        ("UBND quận Tây Hồ", "www.tayho-ubnd.example.gov.vn"),
        ("Công ty Cổ phần Thép Phương Nam", "www.thepphuongnam.example.vn"),
    ),
    ("Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Thể thao", "Văn hóa"),
    "Tin liên quan",
    "Bản quyền thuộc Báo Sông Hồng. Ghi rõ nguồn khi phát hành lại thông tin.",
    (
        (
            "Khánh thành cầu đi bộ mới bắc qua sông Tô Lịch",
            (
                "Cây cầu dài tám mươi mét, được thiết kế cho người đi bộ và xe đạp.",
                "Chính quyền địa phương cho biết sẽ lắp thêm hệ thống chiếu sáng vào tháng sau.",
            ),
        ),
        (
            "Nhiều trang web trường học bị tin tặc thay đổi giao diện",
            (
                "Trang chủ của các trường xuất hiện nội dung lạ, dữ liệu học sinh không bị ảnh hưởng.",
                "Cơ quan chức năng khuyến cáo cập nhật phần mềm và đổi mật khẩu quản trị.",
            ),
        ),
        (
            "Thông báo lịch tiếp công dân tháng mười hai",
            (
                "Lãnh đạo quận tiếp công dân vào sáng thứ năm hàng tuần tại trụ sở.",
                "Người dân vui lòng mang căn cước khi đến trụ sở.",
            ),
        ),
        (
            "Thép Phương Nam mở rộng nhà máy tại Bình Dương",
            (
                "Công suất nhà máy sau mở rộng đạt năm trăm nghìn tấn mỗi năm.",
                "Dự kiến dây chuyền mới đi vào hoạt động trong quý hai.",
            ),
        ),
    ),
)
