"""Edition 7's attacker voices in West Asian, European and American languages (written fresh)."""

# ruff: noqa: RUF001

from __future__ import annotations

from .voice import Voice

WORLD: dict[str, Voice] = {
    "ar": Voice(
        titles=("{team} تكتب إلى إدارة الموقع", "{team} تركوا هذه الصفحة لكم"),
        slogans=(
            "أين ذهبت أموال إعادة الإعمار؟",
            "افتحوا ملفات العقود أمام الناس",
            "الصمت الرسمي لا يطفئ الأسئلة",
            "الأرض ليست للبيع في المزاد السري",
            "أعيدوا التقارير التي حذفتموها",
        ),
        lines=(
            "لم نلمس بيانات أحد، تركنا هذه الصفحة فقط.",
            "كلمة مرور لوحة التحكم لديكم لم تتغير منذ سنوات.",
            "أعيدوا نشر التحقيق المحذوف وسنرحل بهدوء.",
        ),
        notices=(
            "تعميم عاجل: تعليق العمل في جميع مراكز الخدمة اعتبارًا من الغد حتى إشعار آخر",
            "تصويب: موعد جلسة الاستماع أصبح يوم 17، للاستفسار الاتصال بالرقم 06-4421-908",
        ),
        greet="سلام خاص إلى الرفاق",
        signoff="نحن باقون",
    ),
    "fa": Voice(
        titles=("پیام {team} برای مدیر سایت", "{team} اینجا بودند"),
        slogans=(
            "بودجه بازسازی مدرسه‌ها کجا رفت؟",
            "قراردادهای پنهانی را منتشر کنید",
            "سکوت مسئولان پاسخ نیست",
            "صدای کارگران را خاموش نکنید",
            "گزارش‌های حذف‌شده را برگردانید",
        ),
        lines=(
            "به اطلاعات هیچ‌کس دست نزدیم، فقط این صفحه را گذاشتیم.",
            "رمز پنل مدیریت شما هنوز همان رمز پیش‌فرض است.",
            "گزارش حذف‌شده را برگردانید تا بی‌صدا برویم.",
        ),
        notices=(
            "اطلاعیه فوری: همه دفاتر خدمات از فردا تا اطلاع ثانوی تعطیل است",
            "اصلاحیه: جلسه پرسش و پاسخ به روز ۲۶ منتقل شد، تلفن تماس ۰۲۱-۸۸۴۱۷۲۶۳",
        ),
        greet="سپاس از همراهان",
        signoff="ما همین‌جاییم",
    ),
    "he": Voice(
        titles=("הודעה מ-{team} למנהלי האתר", "{team} עברו כאן"),
        slogans=(
            "לאן נעלם תקציב השיפוץ של השכונה?",
            "פרסמו את החוזים במלואם",
            "השתיקה של העירייה מדברת בעד עצמה",
            "אל תמחקו עוד תגובה אחת של תושבים",
            "הבטחות הבחירות עדיין מחכות",
        ),
        lines=(
            "לא נגענו במידע של אף אחד, רק השארנו את הדף הזה.",
            "הסיסמה של ממשק הניהול שלכם לא שונתה מאז ההתקנה.",
            "החזירו את הכתבה שהורדתם ונלך בשקט.",
        ),
        notices=(
            "הודעה דחופה: כל מוקדי השירות סגורים החל ממחר ועד להודעה חדשה",
            "תיקון: מפגש התושבים נדחה ליום 23 בחודש, לבירורים 03-761-4482",
        ),
        greet="ברכות ל",
        signoff="אנחנו עוד כאן",
    ),
    "ru": Voice(
        titles=("Обращение {team} к администрации сайта", "{team} оставила вам эту страницу"),
        slogans=(
            "Куда исчезли деньги на ремонт дворов?",
            "Опубликуйте договоры подряда целиком",
            "Молчание чиновников громче любых пресс-релизов",
            "Верните удалённые обращения жителей",
            "Обещания пятилетней давности всё ещё ждут",
        ),
        lines=(
            "Мы не трогали ничьих личных данных, только оставили эту страницу.",
            "Пароль от вашей панели управления не менялся с момента установки.",
            "Верните на место снятое расследование, и мы уйдём тихо.",
            "Слушайте жителей, а не подрядчиков.",
        ),
        notices=(
            "Срочное объявление: с завтрашнего дня все приёмные временно не работают",
            "Уточнение: публичные слушания перенесены на 27 число, справки по телефону 8 (3852) 61-47-09",
        ),
        greet="Отдельное спасибо товарищам",
        signoff="Мы никуда не ушли",
    ),
    "uk": Voice(
        titles=("Звернення {team} до адміністрації", "{team} залишила вам цю сторінку"),
        slogans=(
            "Де гроші на ремонт укриттів?",
            "Оприлюдніть тендерні договори повністю",
            "Мовчання влади не відповідь громаді",
            "Поверніть видалені звернення мешканців",
            "Обіцянки досі лежать у шухляді",
        ),
        lines=(
            "Ми не чіпали нічиїх персональних даних, лише залишили цю сторінку.",
            "Пароль до вашої адмінки не змінювався роками.",
            "Поверніть зняте розслідування, і ми підемо тихо.",
        ),
        notices=(
            "Термінове оголошення: з завтрашнього дня всі центри надання послуг зачинені",
            "Уточнення: громадські слухання перенесено на 29 число, довідки за номером 044 239-18-66",
        ),
        greet="Вітаємо друзів",
        signoff="Ми нікуди не зникли",
    ),
    "tr": Voice(
        titles=("{team} ekibinden yöneticiye not", "{team} buraya uğradı"),
        slogans=(
            "İhale dosyaları neden hâlâ gizli?",
            "Depremzedelerin yardımları nerede bekliyor?",
            "Sessiz kalan meclis halkı temsil etmez",
            "Silinen şikâyetleri geri getirin",
            "Verilen sözler hâlâ rafta duruyor",
        ),
        lines=(
            "Kimsenin kişisel verisine dokunmadık, sadece bu sayfayı bıraktık.",
            "Yönetim panelinizin şifresi kurulumdan beri hiç değişmemiş.",
            "Kaldırdığınız haberi geri koyun, sessizce gideriz.",
            "Müteahhitten önce mahalleliyi dinleyin.",
        ),
        notices=(
            "Acil duyuru: Yarından itibaren tüm hizmet birimleri geçici olarak kapalıdır",
            "Düzeltme: Halk toplantısı ayın 16'sına ertelendi, bilgi için 0312 447 21 90",
        ),
        greet="Selamlar dostlara",
        signoff="Buradayız, hep buradaydık",
    ),
    "pl": Voice(
        titles=("Wiadomość od {team} dla administracji", "{team} tu byli"),
        slogans=(
            "Gdzie są pieniądze na remont szkół?",
            "Opublikujcie pełne umowy przetargowe",
            "Milczenie urzędu to też odpowiedź",
            "Przywróćcie usunięte skargi mieszkańców",
        ),
        lines=(
            "Nie ruszaliśmy niczyich danych, zostawiliśmy tylko tę stronę.",
            "Hasło do panelu nie zmieniło się od dnia instalacji.",
            "Przywróćcie usunięty reportaż, a odejdziemy po cichu.",
        ),
        notices=(
            "Pilny komunikat: od jutra wszystkie punkty obsługi są nieczynne do odwołania",
            "Sprostowanie: konsultacje społeczne przeniesiono na 19, informacja pod numerem 22 611 48 03",
        ),
        greet="Ukłony dla ekipy",
        signoff="Wciąż tu jesteśmy",
    ),
    "es": Voice(
        titles=("{team} escribe a quien administra este sitio", "{team} les deja esta página"),
        slogans=(
            "¿Dónde está el dinero de la reconstrucción?",
            "Publiquen los contratos de la concesión",
            "El silencio del ayuntamiento también es una respuesta",
            "Devuelvan las denuncias vecinales borradas",
            "Las promesas de campaña siguen en el cajón",
        ),
        lines=(
            "No tocamos datos de nadie, solo dejamos esta página.",
            "La contraseña de su panel sigue siendo la de fábrica.",
            "Vuelvan a publicar la investigación retirada y nos iremos sin ruido.",
            "Escuchen al barrio antes que a las constructoras.",
        ),
        notices=(
            "Aviso urgente: a partir de mañana todas las oficinas de atención permanecen cerradas",
            "Corrección: la audiencia pública se traslada al día 14, información en el 915 207 438",
        ),
        greet="Un abrazo a la gente de",
        signoff="Seguimos aquí",
    ),
    "pt": Voice(
        titles=("Recado de {team} para a administração", "{team} deixou esta página pra vocês"),
        slogans=(
            "Cadê o dinheiro das obras da encosta?",
            "Publiquem os contratos de coleta de lixo",
            "O silêncio da prefeitura diz tudo",
            "Devolvam as reclamações apagadas dos moradores",
            "As promessas continuam na gaveta",
        ),
        lines=(
            "Não mexemos nos dados de ninguém, só deixamos esta página.",
            "A senha do painel de vocês ainda é a padrão.",
            "Republiquem a reportagem retirada e vamos embora em silêncio.",
            "Ouçam os moradores antes das empreiteiras.",
        ),
        notices=(
            "Comunicado urgente: a partir de amanhã todos os postos de atendimento estarão fechados",
            "Retificação: a audiência pública foi remarcada para o dia 25, informações pelo (81) 3224-6071",
        ),
        greet="Um salve para",
        signoff="Continuamos por aqui",
    ),
    "fr": Voice(
        titles=("{team} écrit aux gestionnaires du site", "{team} vous laisse cette page"),
        slogans=(
            "Où est passé l'argent de la rénovation des écoles ?",
            "Publiez les contrats de concession en entier",
            "Le silence de la mairie ne répond à rien",
            "Rendez les doléances effacées des habitants",
        ),
        lines=(
            "Nous n'avons touché aux données de personne, seulement laissé cette page.",
            "Le mot de passe de votre console n'a jamais été changé.",
            "Remettez l'enquête retirée en ligne et nous partirons sans bruit.",
        ),
        notices=(
            "Avis urgent : tous les guichets sont fermés à partir de demain jusqu'à nouvel ordre",
            "Rectificatif : la réunion publique est reportée au 21, renseignements au 04 72 18 36 90",
        ),
        greet="Salut à",
        signoff="Nous sommes toujours là",
    ),
    "en": Voice(
        titles=("{team} writes to whoever runs this site", "{team} left this page for you"),
        slogans=(
            "Where did the flood relief budget actually go?",
            "Publish the harbour lease contracts in full",
            "Your silence is the loudest statement you have made",
            "Restore the residents' complaints you deleted",
        ),
        lines=(
            "We touched nobody's personal data; we only left this page.",
            "Your admin console still runs on the password it shipped with.",
            "Put the withdrawn investigation back online and we will leave quietly.",
            "Listen to the neighbourhood before you listen to the contractors.",
        ),
        notices=(
            "Urgent notice: all service counters are closed from tomorrow until further notice",
            "Correction: the public hearing has moved to the 23rd; enquiries on 0161 496 0732",
        ),
        greet="Shout-outs to",
        signoff="Still here, still watching the logs",
    ),
    "de": Voice(
        titles=("Eine Nachricht von {team} an die Betreiber", "{team} hat diese Seite übernommen"),
        slogans=(
            "Wohin sind die Gelder für die Deichsanierung geflossen?",
            "Legt die Pachtverträge am Hafen offen",
            "Euer Schweigen sagt mehr als jede Pressemitteilung",
            "Stellt die gelöschten Anwohnerbeschwerden wieder her",
        ),
        lines=(
            "Wir haben keine persönlichen Daten angerührt, nur diese Seite hinterlassen.",
            "Das Passwort eurer Verwaltungsoberfläche ist noch das vom Hersteller.",
            "Stellt die zurückgezogene Recherche wieder online, dann gehen wir leise.",
        ),
        notices=(
            "Dringender Hinweis: Ab morgen bleiben alle Bürgerbüros bis auf Weiteres geschlossen",
            "Korrektur: Die Einwohnerversammlung findet am 18. statt, Auskunft unter 0341 982 57 13",
        ),
        greet="Solidarische Grüße in die Runde an",
        signoff="Wir sind noch da",
    ),
}
