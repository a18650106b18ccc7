"""Edition 3's attacker voices, West Asia, Europe, Africa and the Americas (see voices_a)."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: RUF001

from __future__ import annotations

from ...v2.data.voices import Voice

VOICES_B: dict[str, Voice] = {
    "ar": Voice(
        ("مر من هنا فريق {team}", "الصفحة الرئيسية في عهدة {team}"),
        (
            "كلمة مرور المدير عندكم أضعف من بيت العنكبوت.",
            "لم نحذف شيئا، تركنا رسالة فقط.",
            "حدّثوا خوادمكم قبل أن يأتي غيرنا.",
            "احفظوا صورة هذه الصفحة درسا لكم.",
        ),
        "تحية لكل الإخوة",
        "إلى اللقاء قريبا",
        (
            "صوتنا لا يُحجب بقرار",
            "الصمت على الظلم خيانة",
            "القدس في القلب دائما",
            "لوحة المفاتيح سلاحنا الوحيد",
            "الحقيقة أقوى من رقابتكم",
        ),
    ),
    "fa": Voice(
        ("{team} از اینجا گذشت", "این صفحه اکنون در دست {team} است"),
        (
            "رمز عبور مدیر سایت شما خیلی ساده بود.",
            "ما چیزی پاک نکردیم، فقط پیامی گذاشتیم.",
            "سرورهایتان را به‌روز کنید وگرنه برمی‌گردیم.",
            "این صفحه را به مدیرانتان نشان دهید.",
        ),
        "درود بر همه یاران",
        "به امید دیدار",
        (
            "صدای ما خاموش شدنی نیست",
            "سانسور هرگز پیروز نمی‌شود",
            "برای آزادی می‌نویسیم",
            "سکوت شما همدستی است",
            "حقیقت راه خود را پیدا می‌کند",
        ),
    ),
    "he": Voice(
        ("{team} ביקרו כאן", "דף הבית נמצא עכשיו בידי {team}"),
        (
            "סיסמת המנהל שלכם הייתה קלה מדי.",
            "לא מחקנו דבר, רק השארנו הודעה.",
            "עדכנו את השרתים לפני שיגיע מישהו אחר.",
            "שמרו צילום של הדף הזה לזיכרון.",
        ),
        "ברכות לכל החברים",
        "נתראה בפעם הבאה",
        (
            "את הקול שלנו אי אפשר להשתיק",
            "האמת לא צריכה רשות",
            "שתיקה היא שותפות",
            "המקלדת היא הנשק שלנו",
            "אבטחה על הנייר בלבד",
        ),
    ),
    "ru": Voice(
        ("Здесь побывала команда {team}", "Главная страница теперь у {team}"),
        (
            "Админский пароль нашёлся в словаре за пару минут.",
            "Мы ничего не удалили, только оставили записку.",
            "Обновите сервер, иначе вернёмся снова.",
            "Покажите эту страницу своему начальству.",
        ),
        "Привет всем братьям по клавиатуре",
        "До скорой встречи",
        (
            "Нашу правду не заблокировать",
            "Молчание тоже преступление",
            "Хватит врать своему народу",
            "Клавиатура сильнее цензуры",
            "Ваша защита существует только в отчётах",
        ),
    ),
    "uk": Voice(
        ("Тут побувала команда {team}", "Головна сторінка тепер у руках {team}"),
        (
            "Пароль адміністратора вгадали з третьої спроби.",
            "Ми нічого не видалили, лише залишили послання.",
            "Оновіть свої сервери, поки не пізно.",
            "Збережіть знімок цієї сторінки на згадку.",
        ),
        "Вітання всім побратимам",
        "До нових зустрічей",
        (
            "Наш голос не заглушити",
            "Правда завжди знайде шлях",
            "Мовчання теж є вибором",
            "Клавіатура замість зброї",
            "Пам'ятаємо кожного героя",
        ),
    ),
    "tr": Voice(
        ("{team} buradan geçti", "Bu ana sayfanın yeni sahibi {team}"),
        (
            "Yönetici şifreniz iki dakikada çözüldü.",
            "Hiçbir dosyayı silmedik, sadece mesaj bıraktık.",
            "Sunucularınızı güncelleyin, yoksa yine geliriz.",
            "Bu sayfanın ekran görüntüsünü amirinize gösterin.",
        ),
        "Tüm kardeşlere selam",
        "Tekrar görüşmek üzere",
        (
            "Sesimizi kimse kısamaz",
            "Sessiz kalan suç ortağıdır",
            "Klavye bizim kalkanımız",
            "Gerçekler sansürden güçlüdür",
            "Güvenliğiniz sadece kağıt üstünde",
        ),
    ),
    "es": Voice(
        ("{team} dejó su firma", "Esta portada ahora la firma {team}"),
        (
            "Su clave de administrador era de risa.",
            "No borramos nada, solo dejamos este recado.",
            "Actualicen el servidor o volveremos pronto.",
            "Guarden una captura de esta página como lección.",
        ),
        "Saludos a toda la banda",
        "Nos vemos en el próximo servidor",
        (
            "Nuestra voz no se censura",
            "Callar también es tomar partido",
            "La verdad no pide permiso",
            "El teclado es nuestra trinchera",
            "Su seguridad solo existe en el papel",
        ),
    ),
    "pt": Voice(
        ("{team} deixou sua marca", "Esta página agora pertence ao {team}"),
        (
            "A senha do administrador era fraca demais.",
            "Nenhum arquivo foi apagado, só trocamos a vitrine.",
            "Corrijam as falhas do servidor enquanto é tempo.",
            "Mostrem esta tela para o seu chefe.",
        ),
        "Abraço a todos os irmãos",
        "Até a próxima invasão",
        (
            "Ninguém cala a nossa voz",
            "O silêncio de vocês assina embaixo",
            "A verdade não precisa de licença",
            "O teclado é a nossa bandeira",
            "Segurança de vocês é só fachada",
        ),
    ),
    "it": Voice(
        ("{team} è passato di qui", "Questa homepage ora è firmata {team}"),
        (
            "La password dell'amministratore era ridicola.",
            "Non abbiamo cancellato nulla, solo lasciato un messaggio.",
            "Aggiornate il server prima che arrivi qualcun altro.",
            "Fate vedere questa pagina ai vostri capi.",
        ),
        "Un saluto a tutti i fratelli",
        "Alla prossima",
        (
            "La nostra voce non si spegne",
            "Chi tace acconsente",
            "La verità non chiede permesso",
            "La tastiera è la nostra piazza",
            "Sicurezza solo sulla carta",
        ),
    ),
    "fr": Voice(
        ("{team} a laissé sa signature", "Cette page d'accueil appartient désormais à {team}"),
        (
            "Votre mot de passe administrateur était une plaisanterie.",
            "Nous n'avons rien effacé, juste laissé un mot.",
            "Mettez vos serveurs à jour avant le prochain passage.",
            "Montrez cette page à votre direction.",
        ),
        "Salut à tous les camarades",
        "À bientôt sur un autre serveur",
        (
            "Notre voix ne se coupe pas",
            "Se taire, c'est déjà consentir",
            "La vérité n'attend aucune autorisation",
            "Le clavier est notre barricade",
            "Votre sécurité n'existe que sur papier",
        ),
    ),
    "sw": Voice(
        ("{team} walipita hapa", "Ukurasa huu sasa uko mikononi mwa {team}"),
        (
            "Nenosiri la msimamizi wenu lilikuwa rahisi mno.",
            "Hatukufuta chochote, tumeacha ujumbe tu.",
            "Sasisheni seva zenu kabla hatujarudi.",
            "Waonyesheni wakubwa wenu ukurasa huu.",
        ),
        "Salamu kwa ndugu wote",
        "Tutaonana tena",
        (
            "Sauti yetu haiwezi kunyamazishwa",
            "Ukweli hauhitaji ruhusa",
            "Kimya chenu ni usaliti",
            "Kibodi ndiyo silaha yetu",
            "Usalama wenu ni wa maneno tu",
        ),
    ),
    "tl": Voice(
        ("Dumaan dito ang {team}", "Hawak na ng {team} ang pahinang ito"),
        (
            "Napakadaling hulaan ng password ng admin ninyo.",
            "Wala kaming binura, nag-iwan lang ng mensahe.",
            "I-update ninyo ang server bago kami bumalik.",
            "Ipakita ninyo ang pahinang ito sa mga boss ninyo.",
        ),
        "Pagbati sa lahat ng kapatid",
        "Hanggang sa muli",
        (
            "Hindi mapapatahimik ang aming tinig",
            "Ang pananahimik ay pakikiisa",
            "Hindi humihingi ng permiso ang katotohanan",
            "Keyboard ang aming sandata",
            "Seguridad ninyo ay pakitang-tao lang",
        ),
    ),
    "en": Voice(
        ("{team} left a calling card", "Front page on loan to {team}"),
        (
            "Your admin panel still answered to its factory password.",
            "Nothing was wiped. We only borrowed the front door.",
            "Patch your boxes before somebody less polite shows up.",
            "Print this page and pin it above the server rack.",
        ),
        "Respect to the whole crew",
        "Until the next unpatched box",
        (
            "Conscience has no admin password",
            "Every ignored ticket ends up on this page",
            "Silence is a policy too",
            "Forgotten voices borrowed your homepage",
            "Your audit said green, we say otherwise",
        ),
    ),
}
