"""Edition 4's legit pages in Hindi, Thai, Spanish, Portuguese and Indonesian (see ``pages_world``)."""

# ruff: noqa: E501

from __future__ import annotations

from .pages_world import _lang

HI = _lang(
    "hi",
    "ltr",
    (
        ("नर्मदा समाचार", "www.narmada-samachar.example.in"),
        ("नगर पालिका परिषद सोनपुर", "www.sonpur-nagarpalika.example.gov.in"),
        ("सूर्यकिरण ऊर्जा लिमिटेड", "www.suryakiran-urja.example.in"),
    ),
    ("मुख्य पृष्ठ", "शहर", "व्यापार", "समाज", "खेल", "संस्कृति"),
    "संबंधित खबरें",
    "सर्वाधिकार सुरक्षित नर्मदा समाचार",
    (
        (
            "शहर में नया जल शोधन संयंत्र शुरू",
            (
                "संयंत्र से प्रतिदिन दो करोड़ लीटर पानी की आपूर्ति होगी।",
                "नगर पालिका का कहना है कि गर्मियों में पानी की किल्लत कम होगी।",
            ),
        ),
        (
            "कई सरकारी वेबसाइटों पर साइबर हमला",
            (
                "वेबसाइटों के मुख्य पृष्ठ पर अज्ञात संदेश दिखाई दिए, जिसके बाद उन्हें अस्थायी रूप से बंद किया गया।",
                "विशेषज्ञों ने नियमित सॉफ्टवेयर अपडेट की सलाह दी।",
            ),
        ),
        (
            "गृह कर भुगतान की समय सीमा महीने के अंत तक बढ़ाई गई",
            (
                "नागरिक अब महीने के अंत तक बिना विलंब शुल्क के कर जमा कर सकेंगे।",
                "ऑनलाइन भुगतान की सुविधा नगर पालिका पोर्टल पर उपलब्ध है।",
            ),
        ),
        (
            "सूर्यकिरण ऊर्जा ने नया सौर संयंत्र चालू किया",
            (
                "पचास मेगावाट क्षमता वाला यह संयंत्र आसपास के गांवों को बिजली देगा।",
                "कंपनी अगले वर्ष दो और संयंत्र लगाने की योजना बना रही है।",
            ),
        ),
    ),
)

TH = _lang(
    "th",
    "ltr",
    (
        ("ข่าวเจ้าพระยารายวัน", "www.chaophraya-daily.example.co.th"),
        ("เทศบาลนครสวนหลวง", "www.suanluang-city.example.go.th"),
        ("บริษัท ศรีนคร อาหาร จำกัด", "www.srinakorn-food.example.co.th"),
    ),
    ("หน้าแรก", "ในประเทศ", "เศรษฐกิจ", "สังคม", "กีฬา", "บันเทิง"),
    "ข่าวที่เกี่ยวข้อง",
    "สงวนลิขสิทธิ์ ข่าวเจ้าพระยารายวัน",
    (
        (
            "เปิดใช้สะพานข้ามคลองแห่งใหม่ ลดเวลาเดินทางเข้าเมือง",
            ("สะพานมีความยาวสองร้อยเมตร รองรับรถยนต์สี่ช่องจราจร", "เทศบาลคาดว่าจะช่วยลดปัญหารถติดช่วงเช้าได้มาก"),
        ),
        (
            "เว็บไซต์หน่วยงานรัฐหลายแห่งถูกเจาะระบบ",
            (
                "หน้าแรกของเว็บไซต์ปรากฏข้อความแปลกปลอม ก่อนถูกปิดปรับปรุงชั่วคราว",
                "ผู้เชี่ยวชาญแนะนำให้อัปเดตระบบและเปลี่ยนรหัสผ่านผู้ดูแลอย่างสม่ำเสมอ",
            ),
        ),
        (
            "ประกาศรับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน",
            ("ผู้สนใจยื่นใบสมัครได้ที่สำนักงานเทศบาลในวันและเวลาราชการ", "ผู้ผ่านการคัดเลือกจะได้รับการฝึกอบรมเป็นเวลาห้าวัน"),
        ),
        (
            "ศรีนคร อาหาร ขยายกำลังการผลิตซอสปรุงรส",
            ("โรงงานแห่งใหม่จะเริ่มเดินเครื่องในไตรมาสแรกของปีหน้า", "บริษัทตั้งเป้าส่งออกไปยังตลาดเอเชียตะวันออกมากขึ้น"),
        ),
    ),
)

ES = _lang(
    "es",
    "ltr",
    (
        ("El Heraldo del Valle", "www.heraldodelvalle.example.es"),
        ("Ayuntamiento de Villaserena", "www.villaserena.example.es"),
        ("Conservas Marinas del Norte S.A.", "www.conservasnorte.example.es"),
    ),
    ("Portada", "Local", "Economía", "Sociedad", "Deportes", "Cultura"),
    "Noticias relacionadas",
    "© El Heraldo del Valle. Todos los derechos reservados.",
    (
        (
            "El mercado de abastos reabre tras su rehabilitación",
            (
                "Las obras han durado catorce meses y el edificio recupera su cubierta de hierro original.",
                "Los comerciantes celebran la vuelta con una semana de degustaciones gratuitas.",
            ),
        ),
        (
            "Un grupo de piratas informáticos altera la web de varios ayuntamientos",
            (
                "Las portadas mostraron mensajes ajenos durante varias horas antes de ser restauradas.",
                "Los técnicos municipales revisan ahora los accesos al gestor de contenidos.",
            ),
        ),
        (
            "Bando sobre el corte de tráfico por las fiestas patronales",
            (
                "Del 12 al 16 de agosto quedará cerrado al tráfico el centro histórico entre las 18:00 y las 03:00.",
                "Se habilitarán aparcamientos disuasorios junto al polideportivo.",
            ),
        ),
        (
            "Conservas Marinas del Norte abre una nueva planta en el puerto",
            (
                "La fábrica empleará a ochenta personas y procesará atún y sardina.",
                "La empresa prevé exportar el cuarenta por ciento de su producción.",
            ),
        ),
    ),
)

PT = _lang(
    "pt",
    "ltr",
    (
        ("Gazeta do Planalto", "www.gazetadoplanalto.example.com.br"),
        ("Prefeitura Municipal de Campo Sereno", "www.camposereno.example.gov.br"),
        ("Cerâmica Boa Vista Ltda.", "www.ceramicaboavista.example.com.br"),
    ),
    ("Início", "Cidade", "Economia", "Sociedade", "Esportes", "Cultura"),
    "Leia também",
    "© Gazeta do Planalto. Todos os direitos reservados.",
    (
        (
            "Ciclovia de seis quilômetros conecta a rodoviária ao lago",
            (
                "O trajeto de seis quilômetros tem iluminação e bicicletários em quatro pontos.",
                "A prefeitura promete ampliar a rede até o fim do próximo ano.",
            ),
        ),
        (
            "Sites de escolas estaduais são invadidos por hackers",
            (
                "As páginas iniciais exibiram mensagens estranhas e foram retiradas do ar por algumas horas.",
                "A secretaria afirma que nenhum dado de aluno foi acessado.",
            ),
        ),
        (
            "Edital de convocação para audiência pública sobre o plano diretor",
            (
                "A audiência será realizada no auditório da Câmara Municipal, às 19h.",
                "Sugestões também podem ser enviadas pelo portal da prefeitura.",
            ),
        ),
        (
            "Cerâmica Boa Vista inaugura forno de menor consumo de gás",
            (
                "O novo equipamento reduz em vinte por cento o consumo de combustível.",
                "A empresa planeja dobrar a produção de revestimentos.",
            ),
        ),
    ),
)

ID = _lang(
    "id",
    "ltr",
    (
        ("Harian Nusantara Timur", "www.nusantaratimur.example.co.id"),
        ("Pemerintah Kota Bukit Asri", "www.bukitasri.example.go.id"),
        ("PT Sinar Bahari Logistik", "www.sinarbahari.example.co.id"),
    ),
    ("Beranda", "Daerah", "Ekonomi", "Sosial", "Olahraga", "Budaya"),
    "Berita terkait",
    "Hak cipta Harian Nusantara Timur",
    (
        (
            "Pasar tradisional baru diresmikan di kawasan pelabuhan",
            (
                "Pasar ini menampung tiga ratus pedagang yang sebelumnya berjualan di pinggir jalan.",
                "Pemerintah kota menyiapkan angkutan gratis selama sebulan pertama.",
            ),
        ),
        (
            "Situs sejumlah dinas diretas, tampilan depan berubah",
            (
                "Halaman utama situs menampilkan tulisan asing sebelum dipulihkan oleh tim teknis.",
                "Pakar keamanan meminta pengelola rutin memperbarui sistem.",
            ),
        ),
        (
            "Jadwal baru layanan KTP dan kartu keluarga di kantor kecamatan",
            (
                "Layanan dibuka Senin sampai Jumat pukul delapan hingga lima belas.",
                "Warga dapat mengambil nomor antrean melalui aplikasi resmi.",
            ),
        ),
        (
            "Sinar Bahari Logistik tambah armada kapal kontainer",
            (
                "Dua kapal baru akan melayani rute antarpulau di wilayah timur.",
                "Perusahaan menargetkan kenaikan volume angkutan sebesar seperlima.",
            ),
        ),
    ),
)
