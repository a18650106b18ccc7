# ruff: noqa: RUF001
"""SEO-spam anchors by language and the hosts they point at."""

from __future__ import annotations

from types import MappingProxyType

ANCHORS = MappingProxyType(
    {
        "en": (
            "cheap tirzepatide pens overnight",
            "payday loan same hour approval",
            "replica chronograph outlet",
        ),
        "de": (
            "Potenzmittel diskret ohne Rezept",
            "Kredit in 10 Minuten ohne Schufa-Abfrage",
            "Casino Bonus ohne Einzahlung 2026",
        ),
        "zh": ("澳门真人娱乐官网注册", "体育投注平台首存优惠", "代开发票联系客服"),
        "ja": (
            "オンラインカジノ 入金不要ボーナス 最新",
            "即日融資 審査なし 在籍確認なし",
            "ブランドコピー 激安通販",
        ),
        "ko": ("토토사이트 가입머니 즉시지급", "온라인 바카라 안전놀이터 추천", "비아그라 당일배송 구매"),
        "ru": (
            "займ на карту без отказа круглосуточно",
            "купить диплом с проводкой недорого",
            "ставки на спорт бонус новым игрокам",
        ),
        "vi": (
            "nhà cái mới tặng 88k khi đăng ký",
            "đá gà trực tiếp thomo hôm nay",
            "vay tiền nhanh chỉ cần căn cước",
        ),
        "th": ("สล็อตเว็บตรง ไม่ผ่านเอเย่นต์ ฝากถอนไม่มีขั้นต่ำ", "แทงบอลออนไลน์ ค่าน้ำดีที่สุด"),
        "id": (
            "slot gacor maxwin malam ini",
            "link alternatif togel terpercaya",
            "situs judi bola resmi deposit pulsa",
        ),
        "tr": ("deneme bonusu veren siteler güncel", "kaçak bahis giriş adresi yeni"),
        "pt": ("bet com bônus de cadastro sem depósito", "empréstimo para negativado na hora"),
        "es": ("tragamonedas con 50 tiradas gratis al registrarte", "comprar likes para reels al instante"),
    }
)

SPAM_HOSTS = (
    "kasa-bonus-toplist.click",
    "rx-apotheke-schnell.shop",
    "macau-live-vip88.top",
    "toto-safe-park.xyz",
    "zaim-vsem-srazu.online",
    "gacor-malam-ini.icu",
    "nhacai-top-uytin.bond",
    "slotweb-trong.quest",
    "deneme-bonus-liste.cfd",
    "bet-cadastro-bonus.lat",
)

# Legitimate-looking hosts whose old sites were bought up and now sell links.
AGED_HOSTS = (
    "heimatverein-oberlinden.de",
    "kita-sonnenblume-nord.de",
    "tennisclub-rotweiss-1974.de",
    "bergwacht-almtal.org",
)
