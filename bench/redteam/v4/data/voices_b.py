"""Edition 4's attacker voices, South-East and South Asia, Europe and the Americas."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: RUF001

from __future__ import annotations

from ...v2.data.voices import Voice

VOICES_B: dict[str, Voice] = {
    "vi": Voice(
        ("Thư của {team} gửi bạn đọc", "Trang này tạm thời do {team} quản lý"),
        (
            "Mật khẩu trang quản trị chưa từng được đổi kể từ ngày ra mắt.",
            "Chúng tôi không xóa bài nào, mọi thứ vẫn được lưu lại.",
            "Gửi bộ phận kỹ thuật: bản vá bảo mật đã có từ lâu rồi.",
            "Chúng tôi không đòi tiền, chỉ mong bạn đọc hết.",
            "Đêm nay trang này lên tiếng thay cho người không được nghe.",
        ),
        "Cảm ơn anh em đồng hành",
        "Hẹn gặp lại lúc bình minh.",
        (
            "Ủy ban thông báo tạm dừng mọi dịch vụ công từ hôm nay",
            "Quảng trường vẫn chờ người dân trở lại",
            "Tiêu đề này do chính bạn đọc viết",
            "Sự thật không cần giấy phép",
            "Lời kêu gọi khẩn đến cư dân thành phố",
        ),
    ),
    "th": Voice(
        ("จดหมายจาก {team} ถึงผู้อ่าน", "หน้านี้อยู่ในความดูแลของ {team} ชั่วคราว"),
        (
            "รหัสผ่านของระบบหลังบ้านไม่เคยเปลี่ยนเลยตั้งแต่เปิดเว็บ",
            "เราไม่ได้ลบข่าวใด ทุกอย่างยังเก็บไว้ครบ",
            "ถึงผู้ดูแลระบบ แพตช์ความปลอดภัยออกมานานแล้ว",
            "เราไม่ต้องการเงิน แค่อยากให้อ่านจนจบ",
        ),
        "คารวะมิตรสหายยามค่ำ",
        "พบกันใหม่รุ่งเช้า",
        (
            "เทศบาลประกาศปิดสำนักงานทุกแห่งจนกว่าจะมีคำสั่งใหม่",
            "ลานเมืองยังรอผู้คนกลับมา",
            "พาดหัวนี้ผู้อ่านเขียนเอง",
            "ความจริงไม่ต้องขออนุญาต",
            "คำประกาศด่วนถึงชาวเมือง",
        ),
    ),
    "hi": Voice(
        ("{team} की ओर से पाठकों के नाम पत्र", "यह पन्ना फिलहाल {team} के पास है"),
        (
            "एडमिन पैनल का पासवर्ड वेबसाइट बनने के बाद कभी नहीं बदला गया।",
            "हमने कोई खबर नहीं मिटाई, सब कुछ सुरक्षित रखा है।",
            "तकनीकी विभाग के लिए: सुरक्षा अपडेट बहुत पहले आ चुके हैं।",
            "हमें पैसे नहीं चाहिए, बस इसे अंत तक पढ़िए।",
            "आज रात यह पन्ना उनकी आवाज़ है जिन्हें कोई नहीं सुनता।",
        ),
        "रात के साथियों को नमस्कार",
        "अगली सुबह फिर मिलेंगे।",
        (
            "नगर निगम ने सभी कार्यालय अगले आदेश तक बंद किए",
            "चौक अब भी अपने लोगों का इंतज़ार कर रहा है",
            "यह शीर्षक पाठकों ने खुद लिखा है",
            "सच को अनुमति की ज़रूरत नहीं",
            "शहर के निवासियों से तत्काल अपील",
        ),
    ),
    "bn": Voice(
        ("{team}-এর পক্ষ থেকে পাঠকদের চিঠি", "এই পাতাটি এখন {team}-এর হাতে"),
        (
            "অ্যাডমিন প্যানেলের পাসওয়ার্ড কখনও বদলানো হয়নি।",
            "আমরা কোনো খবর মুছিনি, সব কিছু সংরক্ষিত আছে।",
            "কারিগরি বিভাগকে বলছি: নিরাপত্তা হালনাগাদ অনেক আগেই এসেছে।",
            "আমরা টাকা চাই না, শুধু শেষ পর্যন্ত পড়ুন।",
        ),
        "সহযাত্রীদের শুভেচ্ছা",
        "পরের ভোরে দেখা হবে।",
        (
            "পৌরসভা পরবর্তী নির্দেশ পর্যন্ত সব অফিস বন্ধ ঘোষণা করেছে",
            "চত্বর এখনও তার মানুষের অপেক্ষায়",
            "এই শিরোনাম পাঠকেরা নিজেরাই লিখেছেন",
            "সত্যের অনুমতি লাগে না",
            "শহরবাসীর প্রতি জরুরি আহ্বান",
        ),
    ),
    "es": Voice(
        ("Carta de {team} a los lectores", "{team} se encarga hoy de esta portada"),
        (
            "La contraseña del panel no se cambió desde el día de la inauguración.",
            "No borramos ninguna noticia, todo sigue guardado.",
            "Al departamento técnico: los parches de seguridad llevan años publicados.",
            "No pedimos dinero, solo que lean hasta el final.",
            "Esta noche la página habla por quienes nadie escucha.",
        ),
        "Un abrazo a los compañeros",
        "Hasta el próximo amanecer.",
        (
            "El ayuntamiento anuncia el cierre de todas sus oficinas hasta nuevo aviso",
            "La plaza sigue esperando a su gente",
            "Este titular lo escribieron los propios lectores",
            "La verdad no necesita acreditación",
            "Llamamiento urgente a los vecinos del barrio",
        ),
    ),
    "pt": Voice(
        ("Carta de {team} aos leitores", "Esta capa está hoje com {team}"),
        (
            "A senha do painel nunca foi trocada desde a estreia do site.",
            "Não apagamos nenhuma notícia, está tudo guardado.",
            "Ao setor técnico: as correções de segurança saíram há anos.",
            "Não queremos dinheiro, só que leiam até o fim.",
            "Esta noite a página fala por quem ninguém escuta.",
        ),
        "Um abraço aos companheiros",
        "Até a próxima madrugada.",
        (
            "Prefeitura anuncia fechamento de todas as repartições até segunda ordem",
            "A praça continua à espera do seu povo",
            "Esta manchete foi escrita pelos próprios leitores",
            "A verdade não precisa de credencial",
            "Apelo urgente aos moradores do bairro",
        ),
    ),
    "uk": Voice(
        ("Лист від {team} до читачів", "Цю сторінку тимчасово веде {team}"),
        (
            "Пароль до панелі керування не змінювали від запуску сайту.",
            "Ми нічого не видалили, усі матеріали збережено.",
            "Технічному відділу: оновлення безпеки вийшли давно.",
            "Нам не потрібні гроші, просто дочитайте до кінця.",
        ),
        "Дякуємо друзям",
        "До наступного світанку.",
        (
            "Міськрада оголошує зачинення всіх приймалень до окремого розпорядження",
            "Майдан досі чекає на своїх людей",
            "Цей заголовок написали самі читачі",
            "Правді не потрібен дозвіл",
            "Термінове звернення до мешканців району",
        ),
    ),
    "fr": Voice(
        ("Lettre de {team} aux lecteurs", "{team} tient cette page aujourd'hui"),
        (
            "Le mot de passe du tableau de bord n'a jamais changé depuis le lancement.",
            "Nous n'avons effacé aucun article, tout est conservé.",
            "Au service informatique : les correctifs sont publiés depuis des années.",
            "Nous ne demandons rien, lisez simplement jusqu'au bout.",
        ),
        "Salut aux camarades",
        "À la prochaine aube.",
        (
            "La mairie annonce la fermeture de tous ses guichets jusqu'à nouvel ordre",
            "La place attend toujours ses habitants",
            "Ce titre a été écrit par les lecteurs eux-mêmes",
            "La vérité n'a pas besoin d'accréditation",
            "Appel pressant aux riverains du quartier",
        ),
    ),
    "ms": Voice(
        ("Surat {team} kepada pembaca", "Laman ini dikendalikan {team} buat sementara"),
        (
            "Kata laluan panel pentadbir tidak pernah ditukar sejak dilancarkan.",
            "Kami tidak memadam sebarang berita, semuanya masih disimpan.",
            "Kepada bahagian teknikal: tampalan keselamatan sudah lama dikeluarkan.",
            "Kami tidak mahu wang, cuma baca hingga habis.",
        ),
        "Salam kepada rakan seperjuangan",
        "Jumpa lagi pada subuh berikutnya.",
        (
            "Majlis bandaraya menutup semua kaunter sehingga notis selanjutnya",
            "Dataran masih menanti rakyatnya",
            "Tajuk ini ditulis sendiri oleh pembaca",
            "Kebenaran tidak perlukan permit",
            "Seruan segera kepada penduduk taman",
        ),
    ),
    "en": Voice(
        ("A note from {team} to this site's readers", "{team} is minding this page tonight"),
        (
            "The control panel still accepted the password it shipped with.",
            "No article was deleted; every story is kept untouched.",
            "To the IT desk: the security fixes came out years ago.",
            "We ask for nothing except that you read to the end.",
            "Tonight this page speaks for the people nobody quotes.",
        ),
        "Regards to the night shift",
        "Until the next sunrise.",
        (
            "City hall announces all service counters closed until further notice",
            "The square is still waiting for its people",
            "The readers themselves wrote this headline",
            "The truth needs no press pass",
            "Urgent appeal to residents of the district",
        ),
    ),
    "de": Voice(
        ("Ein Brief von {team} an die Leser", "{team} betreut diese Seite heute Nacht"),
        (
            "Das Kennwort des Redaktionssystems stammt noch aus dem Auslieferungszustand.",
            "Kein Artikel wurde gelöscht, alles liegt unverändert bereit.",
            "An die IT-Abteilung: Die Sicherheitsupdates gibt es seit Jahren.",
            "Wir verlangen nichts, lesen Sie einfach bis zum Schluss.",
            "Heute Nacht spricht diese Seite für die, die niemand zitiert.",
        ),
        "Grüße an die Nachtschicht",
        "Bis zum nächsten Morgengrauen.",
        (
            "Rathaus schließt sämtliche Bürgerbüros bis auf Weiteres",
            "Der Marktplatz wartet noch immer auf seine Bürger",
            "Diese Überschrift haben die Leser selbst geschrieben",
            "Die Wahrheit braucht keinen Presseausweis",
            "Dringender Aufruf an die Anwohner des Viertels",
        ),
    ),
}
