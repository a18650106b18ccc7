# ruff: noqa: E501, RUF001
"""Ordinary site texts per language for the legit pages: a site name, menu, headlines, prose, a notice."""

from __future__ import annotations

from types import MappingProxyType

PAGE_TEXTS = MappingProxyType(
    {
        "de": {
            "site": "Gemeinde Altenbruch",
            "nav": (
                "Rathaus & Politik",
                "Bürgerservice online",
                "Was ist los in Altenbruch",
                "So erreichen Sie uns",
            ),
            "heads": (
                "Sperrmülltermine für das zweite Halbjahr stehen fest",
                "Neue Öffnungszeiten der Stadtbibliothek",
                "IT-Sicherheitsvorfall: Verwaltung informiert über betroffene Daten",
                "Sommerfest am Deich mit Blasmusik",
            ),
            "paras": (
                "Die Termine können ab sofort online eingesehen werden. Bitte stellen Sie den Sperrmüll erst am Vorabend bereit.",
                "Ab dem ersten Oktober hat die Bibliothek auch samstags von zehn bis vierzehn Uhr geöffnet.",
            ),
            "notice": "Wegen eines Angriffs auf unseren IT-Dienstleister sind Online-Anträge derzeit nicht möglich.",
        },
        "en": {
            "site": "Harbourside Community College",
            "nav": ("Courses", "Admissions", "Campus life", "Contact us"),
            "heads": (
                "Enrolment for the spring term is now open",
                "Library extends weekend opening hours",
                "Security incident update: what students need to know",
                "Alumni evening returns in November",
            ),
            "paras": (
                "Applications can be submitted through the student portal until the last day of March.",
                "Our IT team has reset all student passwords as a precaution; no payment data was affected.",
            ),
            "notice": "The student portal will be unavailable on Saturday night for planned maintenance.",
        },
        "fr": {
            "site": "Mairie de Saint-Aubin-les-Vignes",
            "nav": ("Démarches", "Agenda", "Écoles", "Nous contacter"),
            "heads": (
                "Travaux de voirie rue des Tilleuls à partir de lundi",
                "Inscriptions à la cantine scolaire",
                "Cyberattaque : les services en ligne temporairement suspendus",
                "Marché de Noël sur la place de l'église",
            ),
            "paras": (
                "La circulation sera alternée pendant toute la durée du chantier, soit environ trois semaines.",
                "Les dossiers complets doivent être déposés à l'accueil de la mairie avant le quinze juin.",
            ),
            "notice": "Suite à un incident informatique, l'accueil téléphonique est momentanément indisponible.",
        },
        "es": {
            "site": "Ayuntamiento de Villanueva del Río",
            "nav": ("Trámites en línea", "Agenda cultural", "Visitar Villanueva", "Escríbenos"),
            "heads": (
                "Abierto el plazo de solicitud de ayudas al alquiler",
                "Corte de agua programado en el barrio norte",
                "Incidente de ciberseguridad en la sede electrónica",
                "Fiestas patronales: programa completo",
            ),
            "paras": (
                "Las solicitudes se presentarán por registro electrónico hasta el día treinta.",
                "Los técnicos municipales trabajan para restablecer todos los servicios lo antes posible.",
            ),
            "notice": "La sede electrónica permanecerá cerrada por mantenimiento este domingo.",
        },
        "pt": {
            "site": "Prefeitura de Lagoa Serena do Oeste",
            "nav": (
                "Serviços ao cidadão",
                "Notícias da cidade",
                "Portal da Transparência",
                "Fale com a Ouvidoria",
            ),
            "heads": (
                "Campanha de vacinação contra a gripe começa segunda",
                "Nova linha de ônibus liga centro ao hospital",
                "Prefeitura registra ataque hacker e orienta cidadãos",
                "Feira do livro reúne autores da região",
            ),
            "paras": (
                "Os postos de saúde funcionarão das oito às dezessete horas durante toda a campanha.",
                "Nenhum dado bancário foi acessado, segundo a equipe de tecnologia da prefeitura.",
            ),
            "notice": "O portal do contribuinte passa por manutenção programada neste fim de semana.",
        },
        "ru": {
            "site": "Администрация города Заречный",
            "nav": ("Новости района", "Нормативные акты", "Интернет-приёмная", "Как нас найти"),
            "heads": (
                "График вывоза мусора на праздничные дни",
                "Открыт приём заявлений в детские сады",
                "Хакерская атака на сайт ведомства: доступ восстановлен",
                "Ремонт моста завершится в октябре",
            ),
            "paras": (
                "Подробности можно узнать в многофункциональном центре или по телефону горячей линии.",
                "Специалисты проверили системы, персональные данные граждан не пострадали.",
            ),
            "notice": "В связи с техническими работами личный кабинет временно недоступен.",
        },
        "zh-Hans": {
            "site": "青溪县人民政府",
            "nav": ("门户首页", "政务公开", "办事服务", "互动交流"),
            "heads": (
                "关于调整城区公交线路的通告",
                "秋季农业生产技术培训班开课",
                "网络安全提示：谨防冒充政府网站的钓鱼链接",
                "县图书馆延长周末开放时间",
            ),
            "paras": (
                "自下月一日起，部分线路将调整首末班时间，请市民留意站牌信息。",
                "如发现可疑网站或短信，请及时向公安机关举报。",
            ),
            "notice": "系统升级期间，网上办事大厅暂停服务，给您带来不便敬请谅解。",
        },
        "zh-Hant": {
            "site": "南港社區大學",
            "nav": ("回到首頁", "課程查詢", "最新消息", "聯絡本校"),
            "heads": (
                "秋季班課程開放線上報名",
                "校園網路維護公告",
                "資安事件說明：學員個人資料未外洩",
                "社區音樂會將於週六舉行",
            ),
            "paras": (
                "報名期間為本月十日至二十日，額滿為止。",
                "本校已委請專業團隊全面檢查系統，並加強各項防護措施。",
            ),
            "notice": "因應系統更新，本週日凌晨網站將暫停服務。",
        },
        "ja": {
            "site": "みどり台市役所",
            "nav": ("くらしの手続き", "子育て支援", "みどり台の見どころ", "ご意見箱"),
            "heads": (
                "粗大ごみの収集日程を変更します",
                "市民プール営業時間のお知らせ",
                "不正アクセスによる情報流出の可能性について",
                "秋の文化祭出展者を募集しています",
            ),
            "paras": (
                "詳しくは各地区の掲示板または市のホームページをご確認ください。",
                "現在、専門機関と連携して原因の調査を進めております。",
            ),
            "notice": "システムメンテナンスのため、電子申請サービスを一時停止します。",
        },
        "ko": {
            "site": "해솔구청",
            "nav": ("구정소식", "민원 서식 안내", "문화관광", "열린구청장실"),
            "heads": (
                "생활폐기물 배출 요일 변경 안내",
                "구립도서관 주말 운영 시간 연장",
                "개인정보 유출 사고에 대한 사과 말씀",
                "가을 거리 축제 개최 안내",
            ),
            "paras": (
                "자세한 사항은 구청 청소행정과로 문의하시기 바랍니다.",
                "관계 기관과 협력하여 추가 피해가 없도록 최선을 다하겠습니다.",
            ),
            "notice": "시스템 점검으로 인해 전자민원 서비스가 일시 중단됩니다.",
        },
        "tr": {
            "site": "Kırlangıç Tepe Belediyesi",
            "nav": ("Belediyeden Haberler", "E-Belediye", "Duyurular", "Bize Ulaşın"),
            "heads": (
                "Su kesintisi hakkında bilgilendirme",
                "Kültür merkezinde yeni kurs dönemi",
                "Siber saldırı sonrası e-belediye hizmetleri yeniden açıldı",
                "Semt pazarı yeni yerine taşınıyor",
            ),
            "paras": (
                "Kesinti sabah dokuzda başlayıp öğleden sonra üçte sona erecektir.",
                "Vatandaşlarımızın kişisel verilerine erişildiğine dair bir bulgu yoktur.",
            ),
            "notice": "Planlı bakım çalışması nedeniyle ödeme sistemi pazar günü kapalı olacaktır.",
        },
        "ar": {
            "site": "بلدية وادي الياسمين",
            "nav": ("الصفحة الأولى", "خدمات المواطنين", "أخبار البلدية", "راسلونا"),
            "heads": (
                "مواعيد جمع النفايات خلال العطلة",
                "افتتاح حديقة عامة جديدة في الحي الشرقي",
                "تنبيه أمني بشأن رسائل احتيالية تنتحل اسم البلدية",
                "برنامج الأنشطة الصيفية للأطفال",
            ),
            "paras": (
                "يرجى الالتزام بالمواعيد المحددة للحفاظ على نظافة الأحياء.",
                "لن تطلب البلدية أبداً بياناتكم المصرفية عبر الرسائل النصية.",
            ),
            "notice": "الخدمات الإلكترونية متوقفة مؤقتاً بسبب أعمال الصيانة.",
        },
        "id": {
            "site": "Pemerintah Kabupaten Sukamaju",
            "nav": ("Halaman Utama", "Layanan Publik", "Kabar Daerah", "Hubungi Kami"),
            "heads": (
                "Jadwal pelayanan KTP keliling bulan ini",
                "Perbaikan jalan desa dimulai pekan depan",
                "Situs resmi sempat diretas, kini sudah pulih",
                "Festival kuliner daerah kembali digelar",
            ),
            "paras": (
                "Warga diminta membawa fotokopi kartu keluarga saat datang ke lokasi pelayanan.",
                "Tim teknis telah menutup celah keamanan dan memulihkan seluruh konten.",
            ),
            "notice": "Layanan daring sedang dalam pemeliharaan hingga pukul enam pagi.",
        },
        "vi": {
            "site": "Ủy ban nhân dân phường Bình An",
            "nav": ("Về trang đầu", "Thủ tục hành chính", "Tin tức phường", "Góp ý"),
            "heads": (
                "Lịch tiếp công dân tháng này",
                "Thông báo cắt điện để bảo trì lưới",
                "Cảnh báo giả mạo trang thông tin điện tử của phường",
                "Khai giảng lớp học bơi miễn phí cho trẻ em",
            ),
            "paras": (
                "Người dân vui lòng mang theo giấy tờ tùy thân khi đến làm thủ tục.",
                "Mọi thông báo chính thức chỉ được đăng trên cổng thông tin này.",
            ),
            "notice": "Hệ thống dịch vụ công trực tuyến tạm ngừng để nâng cấp.",
        },
        "pl": {
            "site": "Urząd Gminy Zielona Dolina",
            "nav": ("Aktualności gminne", "Załatw sprawę", "Kultura i sport", "Napisz do urzędu"),
            "heads": (
                "Harmonogram odbioru odpadów na nowy rok",
                "Remont drogi powiatowej zakończony",
                "Atak na systemy informatyczne urzędu – komunikat",
                "Dożynki gminne już w najbliższą niedzielę",
            ),
            "paras": (
                "Harmonogram można pobrać w formacie PDF lub odebrać w sekretariacie.",
                "Dane mieszkańców są bezpieczne, a systemy działają już normalnie.",
            ),
            "notice": "Elektroniczna skrzynka podawcza będzie nieczynna w sobotę z powodu prac serwisowych.",
        },
    }
)
