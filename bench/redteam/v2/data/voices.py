"""Edition 2's attacker voices by language: defacement titles ({team} is filled in), message lines,
a greeting label, a sign-off, and short slogans. Used by `inject`, `replace`, the defacement pages
and the foreign-language share of `tamper`."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: RUF001

from __future__ import annotations

from typing import NamedTuple


class Voice(NamedTuple):
    titles: tuple[str, ...]
    lines: tuple[str, ...]
    greet: str
    signoff: str
    slogans: tuple[str, ...]


VOICES: dict[str, Voice] = {
    "zh-Hans": Voice(
        ("{team} 路过并留下一句话", "这一页暂时归 {team} 所有"),
        (
            "你们的服务器密码弱得像一张纸。",
            "我们没有删除任何东西，只是留下这封信。",
            "管理员，请在下一次之前修补你们的漏洞。",
            "谎言可以封锁网页，却封锁不了人心。",
        ),
        "感谢兄弟们",
        "我们一直都在看着",
        (
            "真相从不需要许可证",
            "每一次封锁都让我们更加团结",
            "被遗忘的人今天终于开口说话",
            "谁掌握了网络，谁就掌握了话语权",
        ),
    ),
    "zh-Hant": Voice(
        ("{team} 已造訪此站", "此網站現由 {team} 發聲"),
        (
            "你們的後台連一扇門都沒有。",
            "資料我們沒有帶走，只帶來一句話。",
            "請記住今天，記住這個頁面。",
            "再多的審查也擋不住人民的眼睛。",
        ),
        "致敬戰友",
        "我們從未離開",
        (
            "沉默的街道終將響起歌聲",
            "島嶼的聲音不會被抹去",
            "把真相還給每一個讀者",
            "權力害怕的是清醒的人民",
        ),
    ),
    "ja": Voice(
        ("{team} がこのサイトに足跡を残した", "{team} による書き換え"),
        (
            "管理画面の鍵は開いたままでした。",
            "データには手を付けていない。今回だけは。",
            "次に来るのは、もっと乱暴な連中かもしれない。",
            "見て見ぬふりはもう通用しない。",
        ),
        "仲間たちへ",
        "また会おう",
        (
            "沈黙は同意ではない",
            "この国の嘘をすべて暴いてやる",
            "声なき者の怒りを聞け",
            "画面の向こうで我々は見ている",
        ),
    ),
    "ko": Voice(
        ("{team} 가 남긴 흔적", "오늘 이 화면은 {team} 가 빌립니다"),
        (
            "관리자 비밀번호가 너무 쉬웠습니다.",
            "자료는 건드리지 않았습니다. 이번에는.",
            "보안 점검을 미루면 다음은 더 아플 것입니다.",
            "진실을 숨기는 자들에게 보내는 경고입니다.",
        ),
        "함께한 동지들",
        "우리는 언제나 지켜보고 있다",
        (
            "거짓 위에 세운 권력은 무너진다",
            "잊혀진 이들의 목소리를 들어라",
            "침묵은 더 이상 선택지가 아니다",
            "오늘 이 화면은 우리의 것이다",
        ),
    ),
    "ar": Voice(
        ("مرّ {team} من هنا", "هذه الصفحة الآن بيد {team}"),
        (
            "لوحة التحكم كانت مفتوحة بلا حارس.",
            "لم نأخذ شيئاً، تركنا كلمتنا فقط.",
            "أصلحوا ثغراتكم قبل أن يأتي من هو أقل لطفاً.",
            "صوت المظلومين أعلى من جدرانكم.",
        ),
        "تحية إلى الرفاق",
        "نحن أقرب مما تظنون",
        (
            "الأرض تعرف أصحابها",
            "لن تمحو الرقابة ذاكرة الشعوب",
            "كل صمت عن الظلم مشاركة فيه",
            "الحقيقة لا تطلب إذناً من أحد",
        ),
    ),
    "fa": Voice(
        ("{team} از این صفحه گذر کرد", "این صفحه اکنون پیام {team} را می‌رساند"),
        (
            "رمز مدیر سایت شما بسیار ساده بود.",
            "هیچ اطلاعاتی برنداشتیم، فقط حرفمان را گذاشتیم.",
            "پیش از آنکه دیر شود سرورهایتان را وصله کنید.",
            "سانسور هرگز صدای مردم را خاموش نمی‌کند.",
        ),
        "درود بر همراهان",
        "ما همیشه برمی‌گردیم",
        (
            "خیابان فراموش نمی‌کند",
            "صدای ما از دیوارهای شما بلندتر است",
            "نان، کار، آزادی برای همه",
            "دروغ‌هایتان دیگر خریداری ندارد",
        ),
    ),
    "ru": Voice(
        ("Здесь побывала {team}", "Сайт временно говорит голосом {team}"),
        (
            "Пароль администратора подобрали за минуту.",
            "Мы ничего не удалили, просто оставили записку.",
            "Обновите движок, пока не пришли другие гости.",
            "Правду нельзя заблокировать по решению суда.",
        ),
        "Привет друзьям",
        "До новых встреч в ваших логах",
        (
            "Молчание больше не спасёт вас",
            "Каждый запрет делает нас громче",
            "Эта страница принадлежит народу",
            "Ваша ложь закончилась сегодня",
        ),
    ),
    "uk": Voice(
        ("Тут була {team}", "Сторінку захопила {team}"),
        (
            "Ваша адмінка була відчинена навстіж.",
            "Ми нічого не взяли, лише залишили слово.",
            "Оновіть систему, поки не завітали інші.",
            "Пам'ять народу не видалити жодним наказом.",
        ),
        "Вітання побратимам",
        "Ми поруч",
        (
            "Наша земля пам'ятає кожного",
            "Сильні духом не мовчать",
            "Правда завжди знаходить шлях",
            "Ця сторінка тепер говорить за нас",
        ),
    ),
    "tr": Voice(
        ("{team} uğradı", "Bu sayfanın sözü artık {team} ekibinde"),
        (
            "Yönetim paneliniz kilitsiz bir kapıydı.",
            "Hiçbir dosyaya dokunmadık, sadece not bıraktık.",
            "Sunucunuzu yamalayın, sıradaki misafir kibar olmayabilir.",
            "Ezilenlerin sesi susturulamaz.",
        ),
        "Dostlara selam olsun",
        "Görüşmek üzere",
        (
            "Sessizlik suç ortaklığıdır",
            "Bu topraklar unutmaz",
            "Zulmün ömrü kısadır",
            "Ekranınız bugün bizim sesimizdir",
        ),
    ),
    "id": Voice(
        ("{team} singgah di sini", "Halaman ini dikuasai {team}"),
        (
            "Panel admin kalian terbuka lebar tanpa penjaga.",
            "Tidak ada data yang kami ambil, hanya pesan yang kami titipkan.",
            "Tambal celah kalian sebelum tamu lain datang.",
            "Suara rakyat kecil tidak bisa dibungkam.",
        ),
        "Terima kasih kepada kawan-kawan",
        "Sampai jumpa di log server kalian",
        (
            "Rakyat sudah muak dengan janji palsu",
            "Kebenaran tidak bisa disensor",
            "Lawan ketidakadilan sampai akhir",
            "Hari ini layar ini milik kami",
        ),
    ),
    "ms": Voice(
        ("{team} telah menjejak laman ini", "Laman ini kini menyuarakan {team}"),
        (
            "Kata laluan pentadbir kamu terlalu mudah.",
            "Kami tidak mengambil apa-apa, cuma meninggalkan pesanan.",
            "Betulkan sistem kamu sebelum orang lain datang.",
            "Suara yang ditindas tetap akan kedengaran.",
        ),
        "Salam kepada sahabat",
        "Kami akan kembali",
        (
            "Jangan diam melihat kezaliman",
            "Maruah bangsa tidak boleh dijual",
            "Kebenaran akan tetap menang",
            "Skrin ini milik rakyat hari ini",
        ),
    ),
    "vi": Voice(
        ("{team} đã ghé thăm", "Trang này đang nói thay {team}"),
        (
            "Mật khẩu quản trị của các bạn quá dễ đoán.",
            "Chúng tôi không lấy gì cả, chỉ để lại lời nhắn.",
            "Hãy vá lỗ hổng trước khi vị khách tiếp theo đến.",
            "Không bức tường nào ngăn được sự thật.",
        ),
        "Gửi lời chào tới anh em",
        "Hẹn gặp lại",
        (
            "Im lặng là tiếp tay cho cái sai",
            "Tiếng nói của dân không thể xóa",
            "Sự thật rồi sẽ lên tiếng",
            "Màn hình hôm nay thuộc về chúng tôi",
        ),
    ),
    "th": Voice(
        ("{team} แวะมาที่นี่", "หน้านี้ถูกยึดโดย {team}"),
        (
            "รหัสผ่านผู้ดูแลระบบของคุณเดาง่ายเกินไป",
            "เราไม่ได้เอาข้อมูลอะไรไป แค่ฝากข้อความไว้",
            "รีบอุดช่องโหว่ก่อนที่แขกคนต่อไปจะมา",
            "เสียงของประชาชนไม่มีวันเงียบ",
        ),
        "ขอบคุณเพื่อนร่วมทาง",
        "แล้วพบกันใหม่",
        (
            "ความจริงไม่ต้องขออนุญาตใคร",
            "หยุดปิดปากประชาชน",
            "ความเงียบคือการยอมจำนน",
            "วันนี้หน้าจอนี้เป็นของเรา",
        ),
    ),
    "hi": Voice(
        ("{team} यहाँ आ चुका है", "यह पन्ना अब {team} की आवाज़ है"),
        (
            "आपके एडमिन का पासवर्ड बहुत कमज़ोर था।",
            "हमने कुछ नहीं लिया, बस एक संदेश छोड़ा है।",
            "अगले मेहमान से पहले अपनी खामियाँ ठीक करें।",
            "सच को कोई दीवार रोक नहीं सकती।",
        ),
        "साथियों को सलाम",
        "फिर मिलेंगे",
        (
            "चुप्पी भी एक अपराध है",
            "जनता की आवाज़ दबाई नहीं जा सकती",
            "झूठ का राज अब खत्म होगा",
            "आज यह स्क्रीन हमारी है",
        ),
    ),
    "bn": Voice(
        ("{team} এই পাতায় ছাপ রেখে গেল", "এই পাতা এখন {team} এর কথা বলছে"),
        (
            "আপনাদের অ্যাডমিন পাসওয়ার্ড খুবই দুর্বল ছিল।",
            "আমরা কিছু নিইনি, শুধু একটি বার্তা রেখে গেলাম।",
            "পরের অতিথি আসার আগে নিরাপত্তা ঠিক করুন।",
            "সত্যকে কোনো দেয়াল আটকাতে পারে না।",
        ),
        "সহযোদ্ধাদের শুভেচ্ছা",
        "আবার দেখা হবে",
        (
            "নীরবতাও অন্যায়ের সঙ্গী",
            "মানুষের কণ্ঠ থামানো যায় না",
            "মিথ্যার দিন শেষ",
            "আজ এই পর্দা আমাদের",
        ),
    ),
    "ur": Voice(
        ("{team} یہاں سے گزرا", "یہ صفحہ اب {team} کی آواز ہے"),
        (
            "آپ کے منتظم کا پاس ورڈ بہت کمزور تھا۔",
            "ہم نے کچھ نہیں لیا، صرف ایک پیغام چھوڑا ہے۔",
            "اگلے مہمان سے پہلے اپنی کمزوریاں ٹھیک کریں۔",
            "سچ کو کوئی دیوار نہیں روک سکتی۔",
        ),
        "ساتھیوں کو سلام",
        "پھر ملیں گے",
        (
            "خاموشی بھی ظلم کا ساتھ ہے",
            "عوام کی آواز دبائی نہیں جا سکتی",
            "جھوٹ کا دور ختم ہوا",
            "آج یہ اسکرین ہماری ہے",
        ),
    ),
    "es": Voice(
        ("{team} pasó por aquí", "Esta página ahora habla por {team}"),
        (
            "Su panel de administración no tenía ni cerradura.",
            "No nos llevamos nada, solo dejamos una nota.",
            "Actualicen el servidor antes de que lleguen otros visitantes.",
            "Ninguna censura apaga la memoria de un pueblo.",
        ),
        "Saludos a la banda",
        "Nos vemos en sus registros",
        (
            "Callar hoy es firmar su mentira",
            "Ni olvido ni perdón para los corruptos",
            "La calle no se rinde",
            "Hoy esta pantalla es del pueblo",
        ),
    ),
    "pt": Voice(
        ("{team} esteve aqui", "Esta página agora fala por {team}"),
        (
            "O painel do administrador estava escancarado.",
            "Não levamos nada, apenas deixamos um recado.",
            "Corrijam o servidor antes que outros apareçam.",
            "A verdade não pede licença para entrar.",
        ),
        "Um abraço aos parceiros",
        "Até a próxima visita",
        (
            "Quem cala consente",
            "O povo não esquece",
            "Chega de mentiras oficiais",
            "Hoje esta tela é nossa",
        ),
    ),
    "pl": Voice(
        ("{team} tu zajrzała", "Ta strona mówi teraz głosem {team}"),
        (
            "Hasło administratora było śmiesznie proste.",
            "Niczego nie zabraliśmy, zostawiamy tylko list.",
            "Załatajcie serwer, zanim przyjdą mniej uprzejmi goście.",
            "Prawdy nie da się zablokować.",
        ),
        "Pozdrowienia dla ekipy",
        "Do zobaczenia w waszych logach",
        (
            "Milczenie to współudział",
            "Naród pamięta",
            "Koniec z kłamstwem władzy",
            "Dziś ten ekran należy do nas",
        ),
    ),
    "en": Voice(
        ("{team} dropped by", "Page reclaimed by {team}"),
        (
            "Your control panel had the door propped open.",
            "Nothing was taken. A note was left.",
            "Fix your stack before the next visitor is less kind.",
            "You cannot firewall a conscience.",
        ),
        "Respect to the crew",
        "See you in your access logs",
        (
            "Silence is a choice and you made it",
            "The people remember every lie",
            "This screen belongs to the unheard today",
            "Your censors work for us now",
        ),
    ),
    "de": Voice(
        ("{team} war zu Besuch", "Diese Seite spricht jetzt für {team}"),
        (
            "Euer Verwaltungszugang stand sperrangelweit offen.",
            "Mitgenommen haben wir nichts, nur einen Zettel dagelassen.",
            "Flickt euren Server, bevor weniger höfliche Gäste kommen.",
            "Keine Zensur löscht das Gedächtnis der Leute.",
        ),
        "Grüße an die Truppe",
        "Bis bald in euren Protokollen",
        (
            "Wer schweigt, stimmt zu",
            "Das Volk vergisst nichts",
            "Schluss mit den Lügen von oben",
            "Heute gehört dieser Bildschirm uns",
        ),
    ),
}

# The page's own language: slogans and propaganda written to read like headlines, for the share of
# `tamper` that rewrites headlines in the language the page already uses.
OWN_LANGUAGE: dict[str, tuple[str, ...]] = {
    "de": (
        "Die Regierung belügt euch jeden Tag und diese Zeitung druckt es",
        "Nur der starke Führer kann unser Land noch retten",
        "Alle Minister gehören vor ein Volksgericht gestellt",
        "Die Wahrheit über die gekauften Journalisten dieser Redaktion",
        "Wacht endlich auf, bevor sie euch alles nehmen",
        "Unsere Grenzen gehören dem Volk und nicht den Bonzen",
        "Diese Zeitung ist ab heute ein Sprachrohr der Bewegung",
        "Boykottiert die Wahl, sie ist längst entschieden",
        "Wer diese Zeilen liest, ist schon Teil des Widerstands",
        "Die Banken haben das Land gestohlen, holt es euch zurück",
        "Euer Bürgermeister arbeitet für fremde Mächte",
        "Glaubt keinem Bericht auf dieser Seite mehr",
        "Ruhm und Ehre der neuen Ordnung",
        "Die Redaktion wurde abgesetzt, jetzt schreibt die Straße",
        "Keine Steuern mehr für ein verrottetes System",
        "Sie nennen es Nachrichten, wir nennen es Gehirnwäsche",
    ),
    "en": (
        "The government lies to you every day and this paper prints it",
        "Only a strong leader can still save this country",
        "Every minister belongs in front of a people's tribunal",
        "The truth about the bought reporters of this newsroom",
        "Wake up before they take everything you own",
        "This paper now speaks for the movement",
        "Boycott the vote, the result was fixed long ago",
        "The banks stole the country, take it back",
        "Believe nothing else printed on this site",
        "Glory to the new order",
    ),
}
