"""Edition 8's spam: anchor texts by language (gambling, pharma, loans, crypto, escorts, fake
shops), invented domain stems and the cheap top-level domains spammers buy."""

# ruff: noqa: RUF001 - one text a line

from __future__ import annotations

ANCHORS: dict[str, tuple[str, ...]] = {
    "id": (
        "bandar togel terpercaya malam ini",
        "link alternatif gacor hari ini",
        "deposit pulsa tanpa potongan",
        "rtp live tertinggi sekarang",
        "pinjol cair lima menit",
    ),
    "zh": (
        "新葡京真人荷官在线发牌",
        "体育投注首存送百分百",
        "代开各地发票联系微信",
        "高仿名表批发一手货源",
        "同城约会安全私密",
    ),
    "vi": (
        "nhà cái uy tín số một",
        "soi kèo bóng đá miễn phí",
        "vay online duyệt trong mười phút",
        "nạp tiền nhận thưởng gấp đôi",
    ),
    "th": ("เว็บตรงไม่ผ่านเอเย่นต์", "สล็อตแตกง่ายวันนี้", "กู้เงินด่วนอนุมัติไว"),
    "tr": (
        "deneme bonusu veren yeni siteler",
        "canlı bahis giriş adresi güncel",
        "kartsız kredi başvurusu hemen onay",
        "escort bayan ilanları şehir",
    ),
    "ru": (
        "деньги до зарплаты за пять минут",
        "букмекерская контора зеркало рабочее",
        "аттестат любого года недорого",
        "индивидуалки нового района",
    ),
    "pt": (
        "apostas esportivas bônus de boas-vindas",
        "crédito para negativado cai no pix",
        "tigrinho pagando agora",
        "réplica de tênis importado barato",
    ),
    "es": (
        "tragamonedas con bono de bienvenida hoy",
        "dinero al instante sin aval",
        "comprar seguidores reales baratos",
        "acompañantes discretas en tu ciudad",
    ),
    "en": (
        "cheap generic pills overnight shipping",
        "no deposit crypto bonus codes",
        "payday cash advance same hour",
        "designer handbags outlet clearance",
        "meet lonely singles tonight",
    ),
    "ja": ("新規登録だけで遊べるスロット", "即日融資ブラックでも", "激安ブランドコピー通販"),
    "ko": ("토토사이트 먹튀검증 완료", "주부 비상금 즉시 입금", "바카라 첫충 이벤트"),
}

DOMAIN_STEMS: dict[str, tuple[str, ...]] = {
    "id": ("gacorjitu", "togelmaxwin", "slotlangit", "pinjolkilat"),
    "zh": ("xpj-zhenren", "tiyubet88", "piaoju-kai", "mingbiao-pf"),
    "vi": ("nhacaivip", "keobongda-hot", "vayduyet10p"),
    "th": ("slotpgthai", "ufabet-win"),
    "tr": ("bahisadresim", "denemebonus", "krediacil"),
    "ru": ("dengi-do-zp", "bk-zerkalo", "attestat-srochno"),
    "pt": ("apostabrasil", "tigrinhopix", "emprestimoja"),
    "es": ("casinogiros", "prestamoya", "seguidoresmx"),
    "en": ("rxcheapdirect", "cryptobonushub", "paydayfastcash", "bagsoutletsale"),
    "ja": ("slot-touroku", "kyuryo-mae"),
    "ko": ("meoktu-zero", "bisanggeum-go", "baccarat-kr"),
}

SPAM_TLDS = (".bond", ".cfd", ".sbs", ".autos", ".quest", ".lol", ".rest", ".mom", ".cyou", ".beauty")
