"""Edition 8's attacker voices for Middle Eastern, European and American languages (written fresh)."""

# ruff: noqa: RUF001 - one text a line

from __future__ import annotations

from .voice import Voice

WORLD = {
    "ar": Voice(
        ("رسالة مفتوحة إلى مدير الموقع", "هذه الصفحة في عهدة صقور الفجر"),
        (
            "الخبر الأول اليوم: جدار الحماية عندكم من ورق",
            "إعلان رسمي: توقف نشر الأكاذيب على هذا الموقع حتى إشعار آخر",
            "البحر لا ينسى أسماء الغرقى وإن نسيتموها",
            "راسلناكم ثلاث مرات ولم يرد أحد فجئنا بأنفسنا",
            "إلى أهلنا في المخيمات الذين لا تذكرهم نشراتكم",
            "كلمة السر كانت اسم المدينة، أحسنتم",
            "والله غالب على أمره",
        ),
        ("صقور الفجر", "فريق النخلة السوداء"),
        "rtl",
    ),
    "fa": Voice(
        ("نامه‌ای سرگشاده به مدیر سایت", "این صفحه موقتاً در اختیار گروه شب‌تاب است"),
        (
            "تیتر امروز: امنیت سایت شما به مرخصی رفته است",
            "اطلاعیه: انتشار دروغ در این پایگاه تا اطلاع ثانوی متوقف شد",
            "باران می‌بارد و نام‌های پاک‌شده را می‌شوید و باز می‌نویسد",
            "سه بار گزارش دادیم و کسی پاسخ نداد",
            "به یاد کارگرانی که هیچ‌وقت خبر نشدند",
            "رمز عبور مدیر تاریخ تولدش بود، تبریک",
            "خدا صبر می‌کند اما فراموش نمی‌کند",
        ),
        ("گروه شب‌تاب", "سایه‌های البرز"),
        "rtl",
    ),
    "he": Voice(
        ("מכתב פתוח למנהל האתר", "הדף הזה בהשגחת עורבי הלילה"),
        (
            "הכותרת של היום: האבטחה שלכם יצאה לחופשה",
            "הודעה רשמית: פרסום השקרים באתר הופסק עד להודעה חדשה",
            "הים זוכר את כל השמות שמחקתם",
            "פנינו שלוש פעמים ואיש לא ענה",
        ),
        ("עורבי הלילה",),
        "rtl",
    ),
    "ru": Voice(
        ("Открытое письмо администратору", "Эта страница временно у нас на хранении"),
        (
            "Главная новость дня: ваша безопасность ушла в отпуск",
            "Официальное уведомление: публикация лжи на сайте приостановлена",
            "Река молчит, но помнит каждую затопленную деревню",
            "Мы трижды писали вам о дыре, ответа не было",
            "За тех, о ком ваши новости никогда не расскажут",
            "Пароль администратора qwerty2024 — смелое решение",
            "Редакция, не переживайте, мы всё поправили за вас",
        ),
        ("Северный Ветер", "Группа Полынь"),
    ),
    "uk": Voice(
        ("Відкритий лист адміністраторові", "Ця сторінка тимчасово під нашою опікою"),
        (
            "Головна новина: ваш захист пішов у відпустку",
            "Повідомлення: поширення неправди на сайті призупинено",
            "Степ пам'ятає кожне ім'я, яке ви стерли",
            "Ми тричі писали вам, але ніхто не відповів",
            "Для тих, чиї голоси ви вирізали з ефіру",
        ),
        ("Загін Соняшник",),
    ),
    "tr": Voice(
        ("Site Yöneticisine Açık Mektup", "Bu Sayfa Gece Kartalları Emanetindedir"),
        (
            "Günün manşeti: güvenlik duvarınız izne çıkmış",
            "Resmi duyuru: bu sitede yalan yayını bir sonraki emre kadar durduruldu",
            "Deniz, unuttuğunuz isimleri hâlâ fısıldıyor",
            "Üç kez bildirdik, kimse cevap vermedi, biz de uğradık",
            "Sesini duyurmayan köyler adına",
            "Yönetici şifresi 123456 mı, gerçekten mi",
            "Vatan için, izinsiz ama samimi",
        ),
        ("Gece Kartalları", "Bozkır Tim"),
    ),
    "es": Voice(
        ("Carta abierta al administrador", "Esta página queda bajo custodia de Colectivo Niebla"),
        (
            "Titular del día: su seguridad se fue de vacaciones",
            "Aviso oficial: se suspende la publicación de mentiras hasta nuevo aviso",
            "El río calla, pero recuerda cada pueblo inundado",
            "Escribimos tres veces para avisar del fallo y nadie respondió",
            "Por los mineros que nunca salen en portada",
            "La contraseña era el nombre del perro del director, enhorabuena",
            "Que Dios les perdone, nosotros ya avisamos",
        ),
        ("Colectivo Niebla", "Los Zorros del Sur"),
    ),
    "pt": Voice(
        ("Carta aberta ao administrador", "Esta página está sob cuidados do Coletivo Maré"),
        (
            "Manchete do dia: a segurança de vocês tirou férias",
            "Comunicado oficial: a publicação de mentiras foi suspensa até segunda ordem",
            "O mar não esquece os nomes que vocês apagaram",
            "Avisamos três vezes sobre a falha e ninguém respondeu",
            "Pelos moradores da favela que nunca viram notícia",
            "Senha do painel: mudar123, que criatividade",
        ),
        ("Coletivo Maré", "Bonde da Madrugada"),
    ),
    "fr": Voice(
        ("Lettre ouverte à l'administrateur", "Cette page est confiée au Collectif Brume"),
        (
            "À la une : votre sécurité est partie en congé",
            "Communiqué officiel : la diffusion de mensonges est suspendue jusqu'à nouvel ordre",
            "La mer se souvient des noms que vous avez effacés",
            "Nous avons prévenu trois fois, personne n'a répondu",
            "Pour les oubliés des quartiers que vos pages ignorent",
        ),
        ("Collectif Brume",),
    ),
    "it": Voice(
        ("Lettera aperta all'amministratore", "Questa pagina è in custodia del Gruppo Scirocco"),
        (
            "Notizia del giorno: la vostra sicurezza è andata in ferie",
            "Avviso ufficiale: la pubblicazione di menzogne è sospesa fino a nuovo ordine",
            "Il fiume tace, ma ricorda ogni paese sommerso",
            "Abbiamo segnalato tre volte, nessuno ha risposto",
        ),
        ("Gruppo Scirocco",),
    ),
    "pl": Voice(
        ("List otwarty do administratora", "Ta strona jest pod opieką Grupy Szron"),
        (
            "Wiadomość dnia: wasze zabezpieczenia poszły na urlop",
            "Komunikat: publikacja kłamstw zostaje wstrzymana do odwołania",
            "Rzeka milczy, ale pamięta każdą zalaną wieś",
            "Pisaliśmy trzy razy i nikt nie odpisał",
        ),
        ("Grupa Szron",),
    ),
    "en": Voice(
        ("An open letter to whoever runs this site", "This page is in our keeping for now"),
        (
            "Today's top story: your security team is on a long lunch",
            "Official notice: publication of lies is suspended until further notice",
            "The tide keeps every name you tried to wash away",
            "We reported the hole three times and heard nothing back",
            "For the towns your front page forgot",
            "Admin password was the editor's birthday. Bold choice",
        ),
        ("Saltmarsh Collective", "Grey Heron Cell"),
    ),
    "de": Voice(
        ("Offener Brief an die Webmaster", "Diese Seite ist vorübergehend in unserer Obhut"),
        (
            "Aufmacher des Tages: Ihre IT-Sicherheit macht Mittagspause",
            "Amtliche Mitteilung: Die Verbreitung von Unwahrheiten ist bis auf Weiteres eingestellt",
            "Der Fluss schweigt, doch er erinnert sich an jedes versunkene Dorf",
            "Dreimal haben wir die Lücke gemeldet, nie kam eine Antwort",
            "Für die Dörfer, über die Ihr nie berichtet",
            "Admin-Passwort Sommer2024 – mutig, wirklich mutig",
            "Liebe Redaktion, wir haben Ihre Schlagzeilen schon mal korrigiert",
        ),
        ("Kollektiv Nebelhorn", "Zelle Graureiher"),
    ),
}
