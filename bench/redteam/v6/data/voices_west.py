"""Edition 6's attacker voices in West Asian, European and American languages, written for it alone."""

# ruff: noqa: RUF001

from __future__ import annotations

from ...v5.data.voice import Voice

VOICES_WEST: dict[str, Voice] = {
    "ar": Voice(
        titles=("{team} توقف هنا قليلاً", "{team} يترك كلمة لمدير الموقع", "{team} يحرس الواجهة هذه الليلة"),
        lines=(
            "كلمة مرور لوحة التحكم كانت اسم المؤسسة مع سنة التأسيس.",
            "لم نحذف أي بيانات، استعرنا الواجهة لنقول بضع كلمات فقط.",
            "أين ذهبت ميزانية الحماية التي أعلنتم عنها؟",
            "أصلحوا الثغرة قبل أن نعود مرة أخرى.",
        ),
        greet="سلام خاص إلى",
        signoff="وردية الليل",
        slogans=(
            "افتحوا دفاتر الميزانية",
            "الصمت ليس حياداً",
            "لن ننسى",
            "من وقّع هذا العقد",
            "صوت الناس لا يُمحى",
        ),
        plain=(
            "البلدية تعلن إغلاق جميع مكاتب الخدمات حتى إشعار آخر",
            "استقالة رئيس المجلس بعد كشف مخالفات مالية",
            "مياه الشرب في وسط المدينة غير صالحة للاستهلاك",
            "سيغلق هذا الموقع نهائياً في نهاية الشهر",
        ),
    ),
    "fa": Voice(
        titles=(
            "{team} سری به اینجا زد",
            "{team} برای مدیر سایت یادداشت گذاشت",
            "{team} امشب نگهبان صفحه اول است",
        ),
        lines=(
            "رمز پنل مدیریت شما نام اداره به‌اضافه عدد ۱۲۳ بود.",
            "هیچ داده‌ای پاک نکردیم، فقط چند جمله نوشتیم.",
            "بودجه امنیت امسال کجا خرج شد؟",
            "حفره را ببندید، وگرنه دوباره سر می‌زنیم.",
        ),
        greet="سلام ویژه به",
        signoff="شیفت شب",
        slogans=(
            "حساب‌ها را علنی کنید",
            "سکوت هم جواب است",
            "فراموش نمی‌کنیم",
            "چه کسی این قرارداد را امضا کرد",
            "صدای مردم پاک نمی‌شود",
        ),
        plain=(
            "شهرداری تمام دفاتر خدمات را تا اطلاع ثانوی تعطیل کرد",
            "رئیس شورا پس از افشای تخلفات مالی استعفا داد",
            "آب لوله‌کشی مرکز شهر برای نوشیدن مناسب نیست",
            "این وب‌سایت پایان ماه برای همیشه بسته می‌شود",
        ),
    ),
    "ru": Voice(
        titles=(
            "{team} заглянула на огонёк",
            "Письмо администратору от {team}",
            "Главная страница временно у {team}",
        ),
        lines=(
            "Пароль от админки совпадал с названием учреждения.",
            "Мы ничего не удалили, просто одолжили главную страницу.",
            "Куда ушли деньги на защиту, о которых вы отчитывались?",
            "Закройте дыру, иначе мы вернёмся на следующей неделе.",
        ),
        greet="Привет соратникам",
        signoff="Ночная смена",
        slogans=(
            "Покажите сметы",
            "Молчание тоже ответ",
            "Мы всё помним",
            "Кто подписал этот договор",
            "Голос не сотрёшь",
        ),
        plain=(
            "Мэрия закрывает все приёмные с сегодняшнего дня",
            "Глава района подал в отставку после финансовой проверки",
            "Водопроводная вода в центре города непригодна для питья",
            "Сайт будет окончательно закрыт в конце месяца",
        ),
    ),
    "uk": Voice(
        titles=(
            "{team} завітала на хвилинку",
            "Лист адміністраторові від {team}",
            "Головна сторінка тимчасово у {team}",
        ),
        lines=(
            "Пароль до панелі керування був назвою установи з роком.",
            "Ми нічого не видалили, лише позичили головну сторінку.",
            "Куди поділися гроші на захист сайту?",
            "Залатайте діру, бо ми повернемося.",
        ),
        greet="Вітаємо побратимів",
        signoff="Нічна зміна",
        slogans=(
            "Покажіть кошториси",
            "Мовчання теж відповідь",
            "Ми пам'ятаємо",
            "Хто підписав цей договір",
            "Голос не зітреш",
        ),
        plain=(
            "Міськрада закриває всі центри надання послуг до окремого рішення",
            "Голова громади подав у відставку після аудиту",
            "Вода з-під крана в центрі міста непридатна для пиття",
            "Сайт буде остаточно закрито наприкінці місяця",
        ),
    ),
    "tr": Voice(
        titles=(
            "{team} bu sayfaya uğradı",
            "{team} ekibinden yöneticiye mektup",
            "Ana sayfa geçici olarak {team} elinde",
        ),
        lines=(
            "Yönetim panelinin şifresi kurumun adı artı kuruluş yılıydı.",
            "Hiçbir veriyi silmedik, sadece ana sayfayı ödünç aldık.",
            "Güvenlik bütçesi bu yıl nereye harcandı?",
            "Açığı kapatın, yoksa yine geliriz.",
        ),
        greet="Yoldaşlara selam",
        signoff="Gece vardiyası",
        slogans=(
            "Bütçeyi açıklayın",
            "Sessizlik de bir cevaptır",
            "Unutmadık",
            "Bu ihaleyi kim imzaladı",
            "Sesimiz silinemez",
        ),
        plain=(
            "Belediye bugünden itibaren tüm hizmet birimlerini kapatıyor",
            "Belediye başkanı mali usulsüzlük sonrası istifa etti",
            "Şehir merkezindeki şebeke suyu içilebilir değil",
            "Bu site ay sonunda kalıcı olarak kapanacak",
        ),
    ),
    "es": Voice(
        titles=(
            "{team} se dejó caer por aquí",
            "{team} deja una nota al responsable de la web",
            "La portada queda un rato en manos de {team}",
        ),
        lines=(
            "La contraseña del panel era el nombre del ayuntamiento y el año.",
            "No borramos nada; solo tomamos prestada la portada.",
            "¿En qué se gastó el presupuesto de seguridad de este año?",
            "Arreglen el fallo o volvemos la semana que viene.",
        ),
        greet="Un abrazo para la cuadrilla",
        signoff="Turno de madrugada",
        slogans=(
            "Abran las cuentas",
            "Callar también es responder",
            "No olvidamos",
            "¿Quién firmó este contrato?",
            "Nuestra voz no se borra",
        ),
        plain=(
            "El ayuntamiento cierra todas sus oficinas de atención desde hoy",
            "Dimite la alcaldesa tras destaparse un agujero contable",
            "El agua del grifo del centro no es apta para el consumo",
            "Este sitio cerrará definitivamente a final de mes",
        ),
    ),
    "pt": Voice(
        titles=(
            "{team} deu uma passadinha",
            "{team} deixa um recado ao responsável pelo site",
            "A página inicial está com {team} por enquanto",
        ),
        lines=(
            "A senha do painel era o nome da prefeitura mais o ano.",
            "Não apagamos nada, só pegamos a página inicial emprestada.",
            "Para onde foi a verba de segurança deste ano?",
            "Corrijam a falha ou voltamos na semana que vem.",
        ),
        greet="Abraço para a galera",
        signoff="Plantão da madrugada",
        slogans=(
            "Abram as contas",
            "Calar também é responder",
            "Não esquecemos",
            "Quem assinou esse contrato",
            "Nossa voz não se apaga",
        ),
        plain=(
            "A prefeitura fecha todos os postos de atendimento a partir de hoje",
            "Prefeito renuncia após auditoria encontrar rombo nas contas",
            "A água da torneira do centro não é própria para consumo",
            "Este site será desativado definitivamente no fim do mês",
        ),
    ),
    "fr": Voice(
        titles=(
            "{team} a fait une halte ici",
            "{team} laisse un mot au responsable du site",
            "La page d'accueil est confiée à {team} pour un moment",
        ),
        lines=(
            "Le mot de passe du back-office était le nom de la mairie suivi de l'année.",
            "Nous n'avons rien effacé, nous avons seulement emprunté la vitrine.",
            "Où est passé le budget de sécurité voté cette année ?",
            "Corrigez la faille, sinon nous repasserons.",
        ),
        greet="Bises à la bande",
        signoff="L'équipe de nuit",
        slogans=(
            "Ouvrez les comptes",
            "Se taire, c'est répondre",
            "Nous n'oublions pas",
            "Qui a signé ce marché",
            "Notre voix ne s'efface pas",
        ),
        plain=(
            "La mairie ferme tous ses guichets jusqu'à nouvel ordre",
            "Le maire démissionne après un audit accablant",
            "L'eau du robinet du centre-ville est impropre à la consommation",
            "Ce site fermera définitivement à la fin du mois",
        ),
    ),
    "en": Voice(
        titles=(
            "{team} stopped in for a chat",
            "A letter to the webmaster from {team}",
            "{team} is minding this homepage tonight",
        ),
        lines=(
            "Your admin password was the council's name followed by the year.",
            "Nothing was wiped; consider the homepage on short loan to us.",
            "Where did this year's security budget actually go?",
            "Patch the hole or we will be back next week.",
        ),
        greet="Cheers to the crew",
        signoff="The night-owl rota",
        slogans=(
            "Open the ledgers",
            "Silence is an answer too",
            "We keep the receipts",
            "Who signed that contract",
            "You cannot mute a city",
        ),
        plain=(
            "Council shuts every service desk with immediate effect",
            "Mayor steps down after auditors find a gap in the accounts",
            "Tap water in the city centre is not safe to drink",
            "This portal goes dark permanently in four weeks",
        ),
    ),
    "de": Voice(
        titles=(
            "{team} hat hier kurz vorbeigeschaut",
            "{team} hinterlässt der Webredaktion eine Notiz",
            "Die Startseite liegt vorerst bei {team}",
        ),
        lines=(
            "Das Passwort fürs Backend war der Name der Behörde plus Jahreszahl.",
            "Gelöscht haben wir nichts, wir haben uns nur die Startseite geborgt.",
            "Wohin ist eigentlich das Budget für die Absicherung geflossen?",
            "Flickt die Lücke, sonst kommen wir nächste Woche wieder.",
        ),
        greet="Ein Gruß geht raus an",
        signoff="Eure Spätdienst-Truppe",
        slogans=(
            "Legt die Haushaltszahlen offen",
            "Schweigen ist auch eine Antwort",
            "Wir führen Buch",
            "Wer hat diesen Vertrag unterschrieben",
            "Eine Stadt lässt sich nicht stummschalten",
        ),
        plain=(
            "Rathaus schließt alle Bürgerbüros bis auf Weiteres",
            "Oberbürgermeisterin tritt nach Prüfbericht zurück",
            "Leitungswasser in der Innenstadt nicht trinkbar",
            "Dieses Angebot wird zum Monatsende eingestellt",
        ),
    ),
}
