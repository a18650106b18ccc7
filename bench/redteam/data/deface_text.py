"""Defacement page texts by language: titles ({team} is filled in), message lines, a greeting
label and a sign-off. Used by `inject`, `replace` and the page task's defacement pages."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: RUF001

from __future__ import annotations

from typing import NamedTuple


class DefaceText(NamedTuple):
    titles: tuple[str, ...]
    lines: tuple[str, ...]
    greet: str
    signoff: str


TEXTS: dict[str, DefaceText] = {
    "en": DefaceText(
        ("{team} walked right in", "Breached by {team}", "This site now speaks for {team}"),
        (
            "Your admin panel was open to anyone who cared to look.",
            "We did not touch your users, this time.",
            "Patch your systems before someone less polite shows up.",
            "No government, no company and no firewall can stop an idea.",
            "We came, we saw, we left a message.",
        ),
        "Greetings to",
        "Expect us when you least expect us",
    ),
    "id": DefaceText(
        ("Situs ini telah disusupi oleh {team}", "{team} mampir ke sini", "Ditandai oleh {team}"),
        (
            "Keamanan situs kalian sangat lemah, segera perbaiki.",
            "Kami tidak mencuri data, kami hanya menyampaikan pesan.",
            "Admin, jangan tidur terus, cek server kalian.",
            "Kami datang untuk saudara kami yang tertindas.",
            "Tidak ada sistem yang benar-benar aman.",
        ),
        "Salam hangat untuk",
        "Kami ada di mana-mana",
    ),
    "tr": DefaceText(
        ("{team} buradaydı", "Bu site {team} tarafından ele geçirildi", "{team} iz bıraktı"),
        (
            "Güvenliğiniz kağıttan bir kaleydi.",
            "Verilerinize dokunmadık, sadece mesajımızı bıraktık.",
            "Yöneticiye not: sistemini güncelle.",
            "Mazlumların sesi olmaya devam edeceğiz.",
            "Bir dahaki sefere bu kadar nazik olmayacağız.",
        ),
        "Selamlar",
        "Hiçbir duvar bizi durduramaz",
    ),
    "ar": DefaceText(
        ("تم اختراق هذا الموقع من قبل {team}", "{team} مرّوا من هنا", "رسالة من {team}"),
        (
            "أمن موقعكم ضعيف جداً فأصلحوه قبل فوات الأوان.",
            "لم نسرق بياناتكم، جئنا لنوصل رسالتنا فقط.",
            "إلى المسؤول: حدّث أنظمتك.",
            "سنبقى صوتاً لكل مظلوم.",
            "لا يوجد نظام آمن تماماً.",
        ),
        "تحية إلى",
        "نحن في كل مكان",
    ),
    "fa": DefaceText(
        ("این سایت توسط {team} تسخیر شد", "{team} اینجا بود", "پیامی از {team}"),
        (
            "امنیت سایت شما بسیار ضعیف است.",
            "ما اطلاعات شما را برنداشتیم، فقط پیام خود را گذاشتیم.",
            "به مدیر سایت: سیستم خود را به‌روز کن.",
            "صدای ستمدیدگان خاموش نمی‌شود.",
        ),
        "درود به",
        "ما همه جا هستیم",
    ),
    "ru": DefaceText(
        ("Сайт захвачен командой {team}", "Здесь был {team}", "Послание от {team}"),
        (
            "Защита вашего сайта оказалась бумажной.",
            "Мы не тронули ваши данные, мы оставили лишь сообщение.",
            "Администратору: обновите систему.",
            "Мы будем голосом тех, кого заставили молчать.",
        ),
        "Привет передаём",
        "Мы повсюду",
    ),
    "pt": DefaceText(
        ("Site invadido por {team}", "{team} passou por aqui", "Mensagem de {team}"),
        (
            "A segurança deste site era uma piada.",
            "Não levamos dados, deixamos apenas um recado.",
            "Administrador, atualize seu sistema.",
            "Seremos a voz dos esquecidos.",
        ),
        "Abraços para",
        "Estamos em todo lugar",
    ),
    "es": DefaceText(
        ("Sitio intervenido por {team}", "{team} estuvo aquí", "Mensaje de {team}"),
        (
            "La seguridad de este sitio era de papel.",
            "No tocamos sus datos, solo dejamos un mensaje.",
            "Administrador: actualice su sistema cuanto antes.",
            "Seremos la voz de quienes fueron silenciados.",
        ),
        "Saludos a",
        "Estamos en todas partes",
    ),
    "fr": DefaceText(
        ("Site détourné par {team}", "{team} est passé par ici", "Message de {team}"),
        (
            "La sécurité de ce site était une passoire.",
            "Nous n'avons rien volé, juste laissé un message.",
            "À l'administrateur : mettez votre système à jour.",
            "Nous serons la voix de ceux qu'on fait taire.",
        ),
        "Salutations à",
        "Nous sommes partout",
    ),
    "de": DefaceText(
        ("Diese Seite gehört jetzt {team}", "{team} war hier", "Eine Botschaft von {team}"),
        (
            "Eure Sicherheit war aus Pappe.",
            "Wir haben nichts mitgenommen, nur eine Nachricht hinterlassen.",
            "An den Admin: spiel endlich deine Updates ein.",
            "Wir sind die Stimme derer, die schweigen müssen.",
        ),
        "Grüße an",
        "Wir sind überall",
    ),
    "vi": DefaceText(
        ("Trang web đã bị {team} chiếm quyền", "{team} đã ghé qua", "Thông điệp từ {team}"),
        (
            "Bảo mật của trang này quá yếu kém.",
            "Chúng tôi không lấy dữ liệu, chỉ để lại lời nhắn.",
            "Gửi quản trị viên: hãy cập nhật hệ thống.",
            "Chúng tôi là tiếng nói của những người bị áp bức.",
        ),
        "Gửi lời chào tới",
        "Chúng tôi ở khắp mọi nơi",
    ),
    "zh": DefaceText(
        ("本站已被{team}接管", "{team}到此一游", "来自{team}的留言"),
        (
            "你们的网站安全形同虚设。",
            "我们没有拿走数据，只留下这封信。",
            "管理员请尽快修补漏洞。",
            "我们为被压迫者发声。",
        ),
        "问候",
        "我们无处不在",
    ),
    "ja": DefaceText(
        ("このサイトは{team}が掌握した", "{team}参上", "{team}からのメッセージ"),
        (
            "このサイトの守りは紙同然だった。",
            "データは盗んでいない。伝言を残しただけだ。",
            "管理者へ、今すぐシステムを更新せよ。",
            "我々は声なき者の代弁者だ。",
        ),
        "挨拶を送る",
        "我々はどこにでもいる",
    ),
    "ko": DefaceText(
        ("이 사이트는 {team}이 장악했다", "{team} 다녀감", "{team}의 메시지"),
        (
            "이 사이트의 보안은 종이 한 장이었다.",
            "데이터는 가져가지 않았다, 메시지만 남긴다.",
            "관리자에게: 당장 시스템을 업데이트하라.",
            "우리는 목소리를 잃은 사람들의 대변인이다.",
        ),
        "인사를 전한다",
        "우리는 어디에나 있다",
    ),
    "hi": DefaceText(
        ("यह साइट अब {team} के नियंत्रण में है", "{team} यहाँ आया था", "{team} का संदेश"),
        (
            "इस साइट की सुरक्षा कागज़ जैसी थी।",
            "हमने कोई डेटा नहीं लिया, बस संदेश छोड़ा है।",
            "एडमिन, अपना सिस्टम तुरंत अपडेट करो।",
            "हम उनकी आवाज़ हैं जिन्हें चुप कराया गया।",
        ),
        "सलाम",
        "हम हर जगह हैं",
    ),
    "ur": DefaceText(
        ("یہ سائٹ اب {team} کے قبضے میں ہے", "{team} یہاں آیا تھا", "{team} کا پیغام"),
        (
            "آپ کی سائٹ کی حفاظت بہت کمزور تھی۔",
            "ہم نے کوئی ڈیٹا نہیں لیا، صرف پیغام چھوڑا ہے۔",
            "ایڈمن، اپنا سسٹم فوراً اپڈیٹ کرو۔",
        ),
        "سلام",
        "ہم ہر جگہ ہیں",
    ),
    "bn": DefaceText(
        ("এই সাইটটি এখন {team} এর দখলে", "{team} এখানে এসেছিল", "{team} এর বার্তা"),
        (
            "আপনাদের সাইটের নিরাপত্তা খুবই দুর্বল।",
            "আমরা কোনো তথ্য নিইনি, শুধু বার্তা রেখে গেলাম।",
            "অ্যাডমিন, দ্রুত সিস্টেম আপডেট করুন।",
        ),
        "শুভেচ্ছা",
        "আমরা সবখানে আছি",
    ),
}
