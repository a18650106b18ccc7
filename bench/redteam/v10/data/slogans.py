# ruff: noqa: RUF001
"""Defacement slogans by language (BCP 47 tag): what a crew writes on a page it has taken over."""

from __future__ import annotations

from types import MappingProxyType

SLOGANS = MappingProxyType(
    {
        "en": (
            "Your firewall blinked first. Greetings from the Lantern Moth collective.",
            "Patch Tuesday came and went, and so did your admin panel.",
            "We walked in through a forgotten staging box. Nothing here is yours anymore.",
        ),
        "de": (
            "Eure Admins schlafen, wir nicht. Gruß vom Kollektiv Nachtfalter.",
            "Drei Jahre altes Plugin, null Aufmerksamkeit: danke für die offene Tür.",
            "Diese Seite steht jetzt unter unserer Verwaltung. Fragt euren Dienstleister.",
        ),
        "fr": (
            "Votre serveur nous a ouvert la porte sans frapper. Signé : Brigade Mistral.",
            "Mise à jour oubliée, site confisqué. À la prochaine, les administrateurs.",
        ),
        "es": (
            "Su portal ahora habla por nosotros. Saludos del Frente Colibrí Negro.",
            "Nadie revisó los registros en seis meses; nosotros sí lo hicimos.",
        ),
        "pt": (
            "Esse painel estava aberto para o mundo. Passamos aqui, Equipe Jararaca.",
            "Senha padrão em produção? Obrigado pelo presente, administradores.",
        ),
        "ru": (
            "Ваш сервер теперь отвечает нам. Привет от группы Полярная Сова.",
            "Обновления вы не ставили три года, мы поставили свою страницу.",
        ),
        "tr": (
            "Sunucunuz artık bizim sözümüzü söylüyor. Selamlar, Bozkurt Gölgesi Ekibi.",
            "Güvenlik duvarınız uyurken biz içerideydik. Yöneticiye iletin.",
        ),
        "id": (
            "Situs ini sudah kami ambil alih. Salam dari Tim Garuda Senyap.",
            "Admin tertidur, celah terbuka, kami hanya mampir sebentar.",
        ),
        "vi": (
            "Trang này đã đổi chủ. Lời chào từ nhóm Rồng Lửa Phương Nam.",
            "Quản trị viên quên vá lỗi, chúng tôi thì không quên.",
        ),
        "hi": (
            "आपकी वेबसाइट अब हमारी आवाज़ है। शुभकामनाएँ, टीम काली पतंग।",
            "पासवर्ड बदलना भूल गए? हमने याद दिला दिया।",
        ),
        "ar": (
            "موقعكم الآن يحمل رسالتنا. تحيات فريق الصقر الصامت.",
            "تركتم الباب مفتوحاً فدخلنا. راجعوا خوادمكم.",
        ),
        "fa": (
            "این وب‌سایت اکنون در اختیار ماست. درود از گروه شاهین خاموش.",
            "مدیران خواب بودند و ما بیدار؛ سرورتان را دوباره بررسی کنید.",
        ),
        "zh-Hans": (
            "贵站已被我们接管，管理员请自行反省。夜枭安全小组到此一游。",
            "三年没打补丁的服务器，今天终于换了新首页。",
        ),
        "zh-Hant": (
            "貴網站已由我們接手，請管理員好好檢討。玄鳥工作室留念。",
            "漏洞放了整整兩年，今天替你們換個首頁。",
        ),
        "ja": (
            "このサイトは我々が預かった。管理者は設定を見直すように。夜鷹チームより。",
            "放置されたプラグインのおかげで簡単に入れました。",
        ),
        "ko": (
            "이 사이트는 이제 우리가 관리한다. 관리자는 반성하라. 검은매 팀 올림.",
            "패치를 미룬 대가입니다. 서버 점검을 권합니다.",
        ),
        "uk": ("Ваш сайт тепер говорить нашими словами. Вітання від групи Степовий Вовк.",),
        "pl": ("Wasz serwer stał otworem, więc weszliśmy. Pozdrowienia od ekipy Czarny Bocian.",),
    }
)

CREWS = (
    "Lantern Moth",
    "Nachtfalter Kollektiv",
    "Brigade Mistral",
    "Frente Colibrí Negro",
    "Equipe Jararaca",
    "Bozkurt Gölgesi",
    "Garuda Senyap",
    "Team Kali Patang",
    "Polar Owl 0x1F",
    "Silent Falcon Cyber Team",
)

# Short attribution lines, language-neutral.
SIGNATURES = (
    "owned by {crew} // no data was harmed",
    "{crew} was here :: stay humble",
    "touched by {crew} - contact: t.me/{handle}",
    "{crew} | greetz to all brothers in the underground",
)
