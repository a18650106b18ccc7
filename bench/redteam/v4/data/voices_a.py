"""Edition 4's attacker voices, East and West Asia: titles ({team} is filled in), message lines, a
greeting label, a sign-off and short slogans in the register of a news page (no boasting words)."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: RUF001

from __future__ import annotations

from ...v2.data.voices import Voice

VOICES_A: dict[str, Voice] = {
    "zh-Hans": Voice(
        ("{team} 致本站全体读者的公开信", "本页面今日由 {team} 代为发布"),
        (
            "你们的后台账号三年没有换过口令，我们只是推开了没锁的门。",
            "这里原本的新闻稿我们已经替你们备份，内容一个字都没删。",
            "请转告信息中心：补丁比公关稿便宜得多。",
            "每一条被撤下的评论，都会在别的地方重新长出来。",
            "我们不要钱，只要你们把真相放回首页。",
        ),
        "同路人",
        "夜班结束，灯留给你们。",
        (
            "今日起本网站暂停更新，恢复时间另行通知",
            "真正的通报从来不会出现在首页",
            "城市的灯熄了，屏幕还亮着",
            "市民有权知道会议室里说了什么",
            "本版面由读者接管一天",
            "请把广场还给散步的人",
        ),
    ),
    "zh-Hant": Voice(
        ("{team} 暫時接手了這個首頁", "{team} 給管理處的一封短信"),
        (
            "你們的伺服器還在用十年前的外掛，我們只是路過看了一眼。",
            "這一頁的原稿都還在，我們沒有刪除任何資料。",
            "港口的霧會散，被刪掉的聲音不會消失。",
            "請管理員先修好登入頁面，再寫新聞稿。",
            "我們只想讓大家看見一直被藏起來的那一頁。",
        ),
        "致敬同行",
        "霧散之前，我們還會回來看看。",
        (
            "本站公告：即日起暫停所有線上服務",
            "維港的風向變了",
            "今晚的新聞由街坊自己來寫",
            "請記得那一年夏天的雨",
            "不是每一條消息都需要批准",
            "澳門的燈塔仍在守候",
        ),
    ),
    "ja": Voice(
        ("{team} より閲覧者の皆さまへ", "このページは現在 {team} が管理しています"),
        (
            "管理画面のパスワードは初期設定のままでした。",
            "元の記事は削除していません、別の場所に保管してあります。",
            "担当者の方へ：更新プログラムは三年前に公開されています。",
            "私たちは何も要求しません、ただ読んでほしいだけです。",
            "画面の向こうで声を上げられない人のために。",
        ),
        "共に歩む仲間へ",
        "また次の夜明けに。",
        (
            "本日をもって当サイトの運営を終了します",
            "駅前の掲示板はもう誰のものでもない",
            "静かな街にも言いたいことがある",
            "このニュースは読者の手で書き直されました",
            "夜明け前の放送をお届けします",
            "窓口は本日すべて閉鎖されます",
        ),
    ),
    "ko": Voice(
        ("{team} 이(가) 이 페이지를 잠시 맡았습니다", "{team} 의 짧은 공지"),
        (
            "관리자 계정의 비밀번호는 회사 이름과 생년월일이었습니다.",
            "원래 기사는 지우지 않았습니다. 그대로 보관하고 있습니다.",
            "담당자님, 보안 업데이트는 이미 오래전에 나왔습니다.",
            "우리는 돈을 원하지 않습니다. 읽어 주기만 하면 됩니다.",
            "목소리를 잃은 사람들을 대신해 잠시 이 화면을 빌립니다.",
        ),
        "함께한 친구들",
        "다음 새벽에 다시 만나요.",
        (
            "오늘부로 본 사이트의 모든 민원 접수를 중단합니다",
            "광장의 전광판은 시민의 것입니다",
            "이 기사는 독자가 다시 썼습니다",
            "조용한 골목에도 할 말이 있다",
            "내일 아침 뉴스는 우리가 전합니다",
        ),
    ),
    "ar": Voice(
        ("{team} يكتب إلى زوار هذا الموقع", "{team} يتولى هذه الصفحة مؤقتاً"),
        (
            "كلمة سر لوحة التحكم لم تتغير منذ سنوات.",
            "لم نحذف أي خبر، كل شيء محفوظ كما كان.",
            "إلى المسؤول التقني: التحديثات الأمنية متاحة منذ زمن طويل.",
            "لا نطلب مالاً، نطلب فقط أن تقرأوا هذه السطور.",
            "هذه الصفحة صوت من لا صوت له الليلة.",
        ),
        "تحية للرفاق",
        "نلتقي عند الفجر القادم.",
        (
            "تعلن الإدارة إغلاق جميع المكاتب حتى إشعار آخر",
            "الساحة ما زالت تنتظر أهلها",
            "هذا العنوان كتبه القراء بأنفسهم",
            "الحقيقة لا تحتاج إلى تصريح رسمي",
            "بيان عاجل إلى سكان المدينة",
        ),
    ),
    "fa": Voice(
        ("{team} با خوانندگان سخن می‌گوید", "{team} امشب این صفحه را نگه می‌دارد"),
        (
            "رمز پنل مدیریت سال‌هاست عوض نشده است.",
            "هیچ خبری پاک نشده، همه چیز سر جای خودش محفوظ است.",
            "به مسئول فنی: وصله‌های امنیتی مدت‌هاست منتشر شده‌اند.",
            "ما پولی نمی‌خواهیم، فقط بخوانید.",
            "امشب این صفحه صدای کسانی است که شنیده نمی‌شوند.",
        ),
        "سلام به یاران شب",
        "تا سپیده‌ی بعد.",
        (
            "اطلاعیه: همه‌ی ادارات تا اطلاع ثانوی تعطیل است",
            "خیابان هنوز منتظر مردمش است",
            "این تیتر را خوانندگان نوشته‌اند",
            "حقیقت به مجوز نیاز ندارد",
            "بیانیه‌ی فوری به ساکنان شهر",
        ),
    ),
    "ru": Voice(
        ("{team}: обращение к читателям сайта", "Эту страницу временно ведёт {team}"),
        (
            "Пароль от админки не меняли с момента запуска сайта.",
            "Мы ничего не удалили, все материалы сохранены.",
            "Уважаемый системный администратор, обновления вышли три года назад.",
            "Нам не нужны деньги, просто дочитайте до конца.",
            "Сегодня эта страница говорит за тех, кого не слышат.",
        ),
        "Спасибо друзьям",
        "До следующего рассвета.",
        (
            "Администрация сообщает о закрытии всех приёмных до особого распоряжения",
            "Площадь по-прежнему ждёт своих жителей",
            "Этот заголовок написали сами читатели",
            "Правде не нужна аккредитация",
            "Срочное обращение к жителям района",
        ),
    ),
    "tr": Voice(
        ("{team} okurlara sesleniyor", "{team} bu sayfayı bir geceliğine devraldı"),
        (
            "Yönetim panelinin şifresi yıllardır değişmemiş.",
            "Hiçbir haberi silmedik, hepsi olduğu gibi duruyor.",
            "Sistem sorumlusuna not: güvenlik yamaları çoktan yayımlandı.",
            "Para istemiyoruz, sadece bu satırları okuyun.",
            "Bu gece bu sayfa sesi duyulmayanların sesi.",
        ),
        "Yol arkadaşlarına selam",
        "Bir sonraki şafakta görüşürüz.",
        (
            "Belediye tüm hizmet binalarının kapatıldığını duyurdu",
            "Meydan hâlâ halkını bekliyor",
            "Bu manşeti okurlar kendileri yazdı",
            "Gerçeğin izne ihtiyacı yok",
            "Mahalle sakinlerine acil çağrı",
        ),
    ),
    "id": Voice(
        ("Pesan {team} untuk pembaca situs ini", "Halaman ini sementara dipegang {team}"),
        (
            "Kata sandi panel admin tidak pernah diganti sejak situs dibuat.",
            "Kami tidak menghapus berita apa pun, semuanya tersimpan rapi.",
            "Untuk pengelola server: pembaruan keamanan sudah lama tersedia.",
            "Kami tidak minta uang, cukup baca sampai habis.",
            "Malam ini halaman ini bicara untuk mereka yang tak didengar.",
        ),
        "Salam untuk kawan seperjalanan",
        "Sampai fajar berikutnya.",
        (
            "Pemerintah kota menutup seluruh layanan tatap muka mulai hari ini",
            "Alun-alun masih menunggu warganya",
            "Judul ini ditulis sendiri oleh pembaca",
            "Kebenaran tidak butuh surat izin",
            "Seruan mendesak untuk warga kecamatan",
        ),
    ),
}
