"""Edition 4's SEO-spam anchors by language, the stems of the link-farm domains, and their TLDs."""

# ruff: noqa: RUF001

from __future__ import annotations

ANCHORS: dict[str, tuple[str, ...]] = {
    "zh": (
        "幸运飞艇实时开奖号码",
        "北京赛车计划群",
        "传奇私服新开一秒",
        "澳门六合彩资料大全",
        "真人百家乐注册送彩金",
        "时时彩必中倍投方案",
        "魔域私服发布网",
        "体育外围投注平台",
    ),
    "id": (
        "slot88 maxwin hari ini",
        "link alternatif gacor terbaru",
        "bandar togel terpercaya 2026",
        "rtp live pragmatic tertinggi",
        "akun pro kamboja anti rungkad",
        "situs judi bola resmi",
    ),
    "vi": (
        "nhà cái hoàn tiền cược thua",
        "soi kèo bóng đá đêm nay",
        "tải app bắn cá đổi thưởng",
        "đánh đề online tỷ lệ cao",
        "game bài đổi thưởng mới",
    ),
    "ja": (
        "新規カジノ 登録だけで三千円",
        "パチスロ 設定判別 裏技",
        "スポーツベット 登録特典",
        "スーパーコピー 時計 激安",
        "副業 日給5万円",
    ),
    "th": (
        "เว็บสล็อตแตกง่าย",
        "แทงบอลสเต็ปสองคู่",
        "หวยลาวออกวันนี้ จ่ายบาทละพัน",
        "บาคาร่าเครดิตฟรี",
        "สมัครยูฟ่าเบท",
    ),
    "ru": (
        "онлайн казино с выводом",
        "фрибет за регистрацию в БК",
        "диплом техникума с доставкой",
        "слоты с моментальным выводом на карту",
        "микрозайм под ноль процентов онлайн",
    ),
    "es": (
        "ruleta en vivo con giros extra",
        "apuestas deportivas gratis",
        "tragamonedas que más pagan",
        "minicréditos al instante sin nómina",
        "relojes imitación de lujo envío gratis",
    ),
    "tr": (
        "çevrimsiz deneme bonusu 2026",
        "canlı bahis giriş adresi",
        "kaçak iddaa siteleri",
        "bedava çevirme veren slot adresi",
        "takipçi satın al ucuz",
    ),
    "ko": (
        "온라인 카지노 추천",
        "토토사이트 먹튀검증",
        "파워볼 픽 무료 공유방",
        "해외축구 무료 중계 링크",
        "바카라 사이트 순위",
    ),
}

DOMAIN_STEMS: dict[str, tuple[str, ...]] = {
    "zh": ("xyft168", "bjpk10plan", "sf1miao", "amlhc49", "bjl888vip"),
    "id": ("gacorparah", "togelkilat", "slotmenang", "maxwinjp"),
    "vi": ("nhacaiso1", "soikeoviet", "bancadoithuong"),
    "ja": ("casinobonusjp", "pachiwin", "betjapan7"),
    "th": ("slotthai99", "baccaratfree", "huaydee"),
    "ru": ("vyvod-kazino24", "frispin-bk", "diplom-msk"),
    "es": ("casinobono-es", "apuestagratis", "slotspagan"),
    "tr": ("cevrimsizbonus", "canlibahisadres", "iddaakacak"),
    "ko": ("totoverify", "powerballpick", "casinorank-kr"),
}

SPAM_TLDS: tuple[str, ...] = (".lat", ".cfd", ".sbs", ".autos", ".boats", ".quest", ".motorcycles", ".skin")
