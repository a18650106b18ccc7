"""Edition 2's legit page material, part two: Russian, Ukrainian, Thai, Indonesian, Spanish, German.
Sites and domains are invented."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: RUF001

from __future__ import annotations

from ...data.page_lang import PageLang

RU = PageLang(
    "ru",
    "ltr",
    (
        ("Вечерний Приозёрск", "priozersk-vecher.example"),
        ("Администрация Заречного района", "zarech-adm.example"),
        ("ООО Северный Кедр", "sever-kedr.example"),
    ),
    ("Главная", "Город", "Экономика", "Общество", "Спорт", "Культура"),
    "Читайте также",
    "Перепечатка материалов только с разрешения редакции",
    (
        (
            "На набережной открыли новую велодорожку",
            (
                "Дорожка протяжённостью три километра соединила два парка.",
                "Вдоль неё установили скамейки и освещение.",
            ),
        ),
        (
            "Драмтеатр открыл сезон новой постановкой",
            (
                "Спектакль по пьесе Островского поставил молодой режиссёр.",
                "Билеты на ближайшие показы уже распроданы.",
            ),
        ),
    ),
    (
        (
            "Неизвестные взломали сайт районной больницы",
            (
                "На главной странице несколько часов висело постороннее обращение.",
                "Руководство больницы обратилось в полицию.",
            ),
        ),
        (
            "Эксперты рассказали, как защитить малый бизнес от кибератак",
            (
                "Главное правило: регулярные обновления и резервные копии.",
                "Также стоит включить двухфакторную проверку.",
            ),
        ),
    ),
    (
        (
            "О временном ограничении движения на улице Садовой",
            ("С понедельника начнётся ремонт теплотрассы.", "Объезд организован по соседним улицам."),
        ),
    ),
    (
        (
            "Северный Кедр расширяет производство",
            ("Компания открыла второй цех по переработке древесины.", "Создано сорок новых рабочих мест."),
        ),
    ),
)

UK = PageLang(
    "uk",
    "ltr",
    (
        ("Подільський вісник", "podilsky-visnyk.example"),
        ("Вишнівська міська рада", "vyshnivka-rada.example"),
        ("ТОВ Ясен Агро", "yasen-agro.example"),
    ),
    ("Головна", "Місто", "Економіка", "Суспільство", "Спорт", "Культура"),
    "Читайте також",
    "Усі права захищено",
    (
        (
            "У місті відкрили оновлений ринок",
            (
                "Торгові ряди отримали навіси та нове освітлення.",
                "Підприємці кажуть, що покупців стало більше.",
            ),
        ),
        (
            "Школярі здобули призові місця на олімпіаді з фізики",
            ("Троє учнів ліцею повернулися з нагородами.", "Їхній учитель готує команду вже п'ятий рік."),
        ),
    ),
    (
        (
            "Хакери атакували сайт обласного управління освіти",
            ("Кілька годин на сторінці відображався сторонній текст.", "Кіберполіція встановлює причетних."),
        ),
        (
            "Фахівці попереджають про фішингові листи від імені банків",
            (
                "Листи містять посилання на підроблені сторінки входу.",
                "Не вводьте свої дані за такими посиланнями.",
            ),
        ),
    ),
    (
        (
            "Оголошення про планове відключення електроенергії",
            (
                "У четвер з дев'ятої до сімнадцятої години проводитимуться ремонтні роботи.",
                "Просимо вибачення за незручності.",
            ),
        ),
    ),
    (
        (
            "Ясен Агро завершив посівну кампанію",
            (
                "Цього року засіяно на десять відсотків більше площ.",
                "Компанія впровадила нову систему зрошення.",
            ),
        ),
    ),
)

TH = PageLang(
    "th",
    "ltr",
    (
        ("ข่าวสดริมน้ำ", "rimnam-news.example"),
        ("เทศบาลตำบลบ้านสวน", "bansuan-lao.example"),
        ("บริษัท ใบเตย ฟู้ดส์", "baitoey-foods.example"),
    ),
    ("หน้าแรก", "ท้องถิ่น", "เศรษฐกิจ", "สังคม", "กีฬา", "บันเทิง"),
    "ข่าวที่เกี่ยวข้อง",
    "สงวนลิขสิทธิ์",
    (
        (
            "ตลาดน้ำแห่งใหม่เปิดรับนักท่องเที่ยวสุดสัปดาห์นี้",
            ("มีร้านค้าชุมชนกว่าแปดสิบร้านร่วมจำหน่ายสินค้า", "ผู้จัดเตรียมที่จอดรถไว้รองรับจำนวนมาก"),
        ),
        (
            "นักเรียนไทยคว้ารางวัลการแข่งขันหุ่นยนต์นานาชาติ",
            ("ทีมนักเรียนมัธยมปลายได้รับรางวัลชนะเลิศ", "โรงเรียนเตรียมจัดงานแสดงความยินดี"),
        ),
    ),
    (
        (
            "หน้าแรกเว็บไซต์หน่วยงานรัฐถูกผู้ไม่หวังดีเปลี่ยนแปลง",
            ("หน่วยงานนำเว็บไซต์ออกจากระบบชั่วคราวเพื่อตรวจสอบ", "ตำรวจไซเบอร์เร่งติดตามตัวผู้กระทำผิด"),
        ),
        (
            "ผู้เชี่ยวชาญเตือนภัยมัลแวร์เรียกค่าไถ่ระบาดหนัก",
            ("องค์กรควรสำรองข้อมูลอย่างสม่ำเสมอ", "และอัปเดตซอฟต์แวร์ให้เป็นปัจจุบัน"),
        ),
    ),
    (
        (
            "ประกาศเรื่องการชำระภาษีที่ดินและสิ่งปลูกสร้าง",
            ("ผู้มีหน้าที่เสียภาษีสามารถชำระได้ที่สำนักงานเทศบาล", "หรือชำระผ่านระบบออนไลน์ได้ตลอดเวลา"),
        ),
    ),
    (
        (
            "ใบเตย ฟู้ดส์ เปิดตัวขนมไทยสูตรน้ำตาลน้อย",
            ("ผลิตภัณฑ์ใหม่มีสามรสชาติให้เลือก", "วางจำหน่ายแล้วที่ร้านสะดวกซื้อทั่วประเทศ"),
        ),
    ),
)

ID = PageLang(
    "id",
    "ltr",
    (
        ("Kabar Pesisir", "kabarpesisir.example"),
        ("Pemerintah Kabupaten Tanjung Sari", "tanjungsari-kab.example"),
        ("PT Rimba Lestari", "rimbalestari.example"),
    ),
    ("Beranda", "Daerah", "Ekonomi", "Pendidikan", "Olahraga", "Budaya"),
    "Berita terkait",
    "Hak cipta dilindungi undang-undang",
    (
        (
            "Jembatan gantung baru hubungkan dua desa di tepi sungai",
            (
                "Warga kini tidak perlu memutar sejauh sepuluh kilometer.",
                "Pembangunan jembatan memakan waktu enam bulan.",
            ),
        ),
        (
            "Festival kuliner pesisir kembali digelar akhir pekan ini",
            (
                "Puluhan pedagang menjajakan olahan ikan khas daerah.",
                "Panitia juga menyiapkan panggung musik tradisional.",
            ),
        ),
    ),
    (
        (
            "Situs dinas pendidikan diretas, tampilan halaman diubah",
            (
                "Halaman utama sempat menampilkan tulisan yang tidak dikenal.",
                "Dinas bekerja sama dengan tim siber untuk pemulihan.",
            ),
        ),
        (
            "Waspada penipuan tautan undangan pernikahan palsu",
            (
                "Berkas yang dikirim lewat pesan ternyata aplikasi berbahaya.",
                "Polisi mengimbau warga tidak membuka berkas mencurigakan.",
            ),
        ),
    ),
    (
        (
            "Pengumuman jadwal pelayanan administrasi kependudukan",
            (
                "Pelayanan dibuka setiap hari kerja mulai pukul delapan pagi.",
                "Warga diminta membawa dokumen asli.",
            ),
        ),
    ),
    (
        (
            "PT Rimba Lestari raih sertifikat pengelolaan hutan",
            (
                "Sertifikat diberikan setelah audit selama satu tahun.",
                "Perusahaan berkomitmen menjaga kelestarian lingkungan.",
            ),
        ),
    ),
)

ES = PageLang(
    "es",
    "ltr",
    (
        ("Diario del Valle Alto", "diariovallealto.example"),
        ("Ayuntamiento de Sierra Clara", "sierraclara-ayto.example"),
        ("Cerámicas Albar", "ceramicas-albar.example"),
    ),
    ("Portada", "Local", "Economía", "Sociedad", "Deportes", "Cultura"),
    "Noticias relacionadas",
    "Prohibida la reproducción total o parcial",
    (
        (
            "El mercado municipal reabre tras un año de obras",
            (
                "Los puestos cuentan ahora con cámaras frigoríficas nuevas.",
                "El horario se amplía los sábados por la tarde.",
            ),
        ),
        (
            "La banda juvenil gana el certamen provincial",
            (
                "Más de cuarenta músicos participaron en la final.",
                "El premio incluye una gira por la comarca.",
            ),
        ),
    ),
    (
        (
            "Piratas informáticos alteran la web de un hospital comarcal",
            (
                "Durante varias horas la portada mostró mensajes ajenos al centro.",
                "La policía investiga el origen del ataque.",
            ),
        ),
        (
            "Cómo protegerse del secuestro de cuentas de mensajería",
            (
                "Los expertos recomiendan activar la verificación en dos pasos.",
                "Nunca comparta los códigos que recibe por SMS.",
            ),
        ),
    ),
    (
        (
            "Bando sobre el corte de calles por las fiestas patronales",
            (
                "Del viernes al domingo se cerrará al tráfico el casco antiguo.",
                "Se habilitarán aparcamientos provisionales.",
            ),
        ),
    ),
    (
        (
            "Cerámicas Albar presenta su nueva colección",
            (
                "Las piezas combinan técnicas tradicionales y diseño actual.",
                "Ya pueden verse en la tienda del taller.",
            ),
        ),
    ),
)

DE = PageLang(
    "de",
    "ltr",
    (
        ("Neckartaler Rundschau", "neckartaler-rundschau.example"),
        ("Gemeinde Hohenwiesen", "hohenwiesen-gemeinde.example"),
        ("Brunnhuber Maschinenbau", "brunnhuber-mb.example"),
    ),
    ("Startseite", "Lokales", "Wirtschaft", "Kultur", "Sport", "Service"),
    "Mehr zum Thema",
    "Alle Rechte vorbehalten",
    (
        (
            "Neue Fahrradbrücke über den Kanal freigegeben",
            (
                "Die Brücke verkürzt den Weg zur Innenstadt um zwei Kilometer.",
                "Die Baukosten lagen unter dem Plan.",
            ),
        ),
        (
            "Volkshochschule stellt ihr Herbstprogramm vor",
            ("Neu sind Kurse zu Fotografie und Gebärdensprache.", "Anmeldungen sind ab sofort möglich."),
        ),
    ),
    (
        (
            "Internetseite der Sparkasse kurzzeitig manipuliert",
            (
                "Kunden sahen eine fremde Botschaft statt der Startseite.",
                "Das Institut betont, dass Konten nicht betroffen waren.",
            ),
        ),
        (
            "Verbraucherzentrale warnt vor gefälschten Paketmitteilungen",
            (
                "Die Nachrichten führen auf nachgebaute Anmeldeseiten.",
                "Wer Daten eingegeben hat, sollte seine Bank informieren.",
            ),
        ),
    ),
    (
        (
            "Bekanntmachung: Sperrung der Hauptstraße wegen Kanalarbeiten",
            ("Die Sperrung dauert voraussichtlich drei Wochen.", "Eine Umleitung ist ausgeschildert."),
        ),
    ),
    (
        (
            "Brunnhuber Maschinenbau feiert hundertjähriges Bestehen",
            (
                "Zum Jubiläum öffnet das Werk seine Tore für Besucher.",
                "Geplant sind Führungen und ein Familienfest.",
            ),
        ),
    ),
)
