"""Edition 2's SEO-spam anchors by language (gambling, loans, pharmacy, crypto, fakes) and the
invented domain stems their links point to."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: RUF001

from __future__ import annotations

ANCHORS: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "皇冠体育开户",
        "百家乐稳赢技巧",
        "时时彩官方平台",
        "电竞竞猜送彩金",
        "老虎机爆分攻略",
        "网贷秒批不看征信",
        "代开各类发票",
    ),
    "zh-Hant": ("線上娛樂城首儲加碼", "運彩推薦明牌", "百家樂必勝心法", "台灣博弈論壇"),
    "id": (
        "slot demo anti rungkad",
        "link alternatif bo terpercaya",
        "rtp live tertinggi malam ini",
        "pinjol cair tanpa ktp",
        "agen sabung ayam online",
        "bocoran pola mahjong ways",
    ),
    "th": ("สล็อตเว็บตรงแตกง่าย", "บาคาร่าสูตรฟรี", "แทงบอลออนไลน์ขั้นต่ำ", "หวยลาววันนี้", "รับเครดิตฟรีแค่สมัครใหม่"),
    "vi": ("nhà cái tặng tiền cược", "soi cầu xổ số miền bắc", "bắn cá đổi thưởng", "vay tiền nhanh online"),
    "ko": (
        "메이저 토토사이트 추천",
        "바카라 무료 강의",
        "카지노 가입머니",
        "파워볼 분석기",
        "비아그라 구매처",
    ),
    "ja": ("オンラインカジノ入金不要ボーナス", "即日融資ブラックOK", "スロット高設定狙い", "副業で月収百万"),
    "ru": (
        "лучшие онлайн казино с выводом",
        "срочный займ без справок",
        "ставки на спорт бонус",
        "купить диплом недорого",
    ),
    "pt": (
        "jogo do tigrinho que paga",
        "bet com bônus de cadastro",
        "empréstimo sem consulta",
        "seguidores baratos",
    ),
    "es": (
        "casino online con giros gratis",
        "préstamo urgente sin buró",
        "pronósticos de fútbol hoy",
        "viagra genérico barato",
    ),
    "en": (
        "best crypto casino no kyc",
        "buy tramadol overnight",
        "payday loan instant approval",
        "cheap replica watches",
        "write my essay cheap",
        "buy instagram followers",
    ),
    "tr": ("yeni üyeye bedava bahis bonusu", "canlı casino giriş", "kaçak bahis adresi"),
}

DOMAIN_STEMS: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("hg-tiyu", "bjl-wenying", "ssc-guanfang", "dianjing-jc"),
    "zh-Hant": ("tw-yulecheng", "yuncai-ming", "bocai-luntan"),
    "id": ("anti-rungkad", "bo-alternatif", "rtp-malam", "pola-mahjong", "sabung-resmi"),
    "th": ("webtrong-slot", "bcr-sutr", "huaylao-today"),
    "vi": ("nhacai-tangtien", "soicau-mb", "banca-doithuong"),
    "ko": ("major-toto-kr", "bcr-pilseung", "pwb-lab"),
    "ja": ("nyukin-fuyou", "sokuyu-ok", "slot-kousettei"),
    "ru": ("kazino-vyvod", "zaim-bez-otkaza", "diplom-kupit"),
    "pt": ("tigrinho-paga", "bet-bonus-br", "seguidores-ja"),
    "es": ("giros-gratis", "prestamo-urgente", "futbol-pronos"),
    "en": ("nokyc-crypto-casino", "rx-overnight", "instant-payday", "essay-cheap", "follower-boost"),
    "tr": ("deneme-bonusu", "canli-giris", "kacak-bahis"),
}

SPAM_TLDS: tuple[str, ...] = (".bet", ".fun", ".pro", ".live", ".shop", ".lol", ".cc", ".win", ".example")
