"""Edition 6's link-farm anchors (gambling, loans, pills, replica goods, betting tips, adult games)
in twelve languages, and the stems and endings of its invented spam domains."""

# ruff: noqa: RUF001

from __future__ import annotations

ANCHORS: dict[str, tuple[str, ...]] = {
    "zh": (
        "澳门葡京在线娱乐城",
        "首存送百分百彩金",
        "北京赛车pk10计划群",
        "体育竞猜高返水平台",
        "真人百家乐手机版下载",
        "六合彩开奖直播现场",
        "无抵押秒批小额贷款",
        "高仿名表一比一工厂",
    ),
    "ja": (
        "新規登録だけで貰えるカジノボーナス",
        "競艇予想無料サイト",
        "即日融資ブラック可",
        "スーパーコピー時計専門店",
        "パチスロ攻略アプリ",
        "出会い系無料ポイント",
    ),
    "ko": (
        "토토사이트 먹튀검증 커뮤니티",
        "바카라 실시간 라이브",
        "무직자 당일 대출",
        "명품 레플리카 쇼핑몰",
        "스포츠 중계 무료 보기",
        "파워볼 분석 픽",
    ),
    "vi": (
        "nhà cái uy tín tặng tiền cược",
        "soi kèo bóng đá hôm nay",
        "vay tiền nhanh không thẩm định",
        "đá gà trực tiếp thomo",
        "nổ hũ đổi thưởng uy tín",
        "lô đề online tỷ lệ cao",
    ),
    "id": (
        "situs slot gacor hari ini",
        "daftar togel online resmi",
        "pinjol cepat cair tanpa BI checking",
        "link cadangan judi bola terbaru",
        "bandar casino deposit pulsa",
        "prediksi skor jitu malam ini",
    ),
    "th": (
        "สล็อตแตกหนักทุกวัน",
        "แทงบอลสเต็ปเริ่มต้นสิบบาท",
        "เงินด่วนไม่เช็คบูโร",
        "บาคาร่าสดเครดิตฟรี",
        "หวยลาวออนไลน์บาทละพัน",
    ),
    "ru": (
        "онлайн казино с бонусом без депозита",
        "ставки на спорт зеркало",
        "займ на карту за пять минут",
        "диплом вуза с доставкой",
        "реплики брендовых часов",
    ),
    "tr": (
        "canlı maç bahsi için yeni adres",
        "yeni üyeye deneme bonusu",
        "kredi kartına anında nakit",
        "slot oyunları bedava çevirme",
        "replika saat satış",
    ),
    "es": (
        "casino en línea con giros gratis",
        "apuestas deportivas sin depósito",
        "préstamo rápido sin nómina",
        "réplicas de relojes de lujo",
        "pronósticos de fútbol seguros",
    ),
    "pt": (
        "cassino online com bônus no primeiro depósito",
        "apostas esportivas saque rápido",
        "empréstimo na hora sem consulta",
        "réplicas de bolsas de grife",
        "palpites certeiros de futebol",
    ),
    "ar": (
        "كازينو أون لاين بمكافأة ترحيبية",
        "مراهنات رياضية بدون إيداع",
        "قرض سريع بدون كفيل",
        "ساعات فاخرة طبق الأصل بسعر الجملة",
    ),
    "hi": ("ऑनलाइन कैसीनो बोनस तुरंत", "क्रिकेट सट्टा टिप्स आज", "बिना दस्तावेज़ तुरंत लोन", "तीन पत्ती असली पैसे"),
}
DOMAIN_STEMS: dict[str, tuple[str, ...]] = {
    "zh": ("pujing88", "aomenyl", "bjpk10jh", "liuhecai-zb", "tiyu-fs"),
    "ja": ("nyukin-casino", "kyotei-yoso", "yushi-sokujitsu", "tokei-copy"),
    "ko": ("toto-mukti", "baccara-live", "danggi-loan", "powerball-pick"),
    "vi": ("uytin-nhacai", "soikeo-homnay", "noihu-doithuong", "daga-thomo"),
    "id": ("slotgacor-hariini", "togel-resmi", "pinjol-cair", "judibola-alt"),
    "th": ("slotwebtrong-th", "thaebol-online", "huay-jaisung"),
    "ru": ("bonus-kazino", "stavki-zerkalo", "zaym-bezotkaza", "kupit-diplom24"),
    "tr": ("canlibahis-giris", "bonus-deneme", "nakit-kart"),
    "es": ("giros-casino", "apuestas-sindeposito", "ya-prestamo"),
    "pt": ("bonus-cassino", "apostas-saque", "emprestimo-hora"),
    "ar": ("kazino-arabi", "murahanat-live"),
    "hi": ("cricket-satta", "teenpatti-cash"),
}
SPAM_TLDS = (
    ".vip",
    ".bet",
    ".icu",
    ".cyou",
    ".sbs",
    ".lol",
    ".cfd",
    ".mom",
    ".homes",
    ".quest",
    ".hair",
    ".boats",
)
