# ruff: noqa: RUF001 (texts in their own scripts: full-width and typographic punctuation)
"""Spam anchors in 13 languages and the parts of spam hosts (written for edition 9)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

ANCHORS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "id": (
            "slot gacor malam ini",
            "bandar togel terpercaya 2025",
            "rtp live paling akurat",
            "link alternatif sbobet88",
            "daftar situs judi bola resmi",
            "bocoran pola maxwin hari ini",
        ),
        "zh": (
            "澳门新葡京线上娱乐",
            "百家乐包赢打法揭秘",
            "体育彩票免费推荐",
            "真人棋牌注册送彩金",
            "足球外围投注平台",
            "香港六合彩今晚特码",
        ),
        "ja": (
            "ブランドコピー財布 激安通販",
            "スーパーコピー時計 代引き",
            "ライブカジノ 初回入金で倍額もらえる",
            "韓国ブランド服 格安通販",
            "ブラックでも借りれる 今日中",
        ),
        "ko": (
            "검증된 메이저놀이터 주소 모음",
            "안전놀이터 순위",
            "온라인 바카라 꽁머니",
            "스포츠중계 무료 보기",
            "슬롯 신규가입 보너스 당일지급",
        ),
        "ru": (
            "микрозайм онлайн за пять минут",
            "лучшие онлайн казино на деньги",
            "диплом вуза с занесением в реестр",
            "ставки на спорт с бонусом",
            "прогон сайта хрумером",
        ),
        "vi": (
            "nhà cái mới nạp rút siêu tốc",
            "tỷ lệ cược cúp C1 cập nhật từng phút",
            "game bài tặng code tân thủ",
            "cá độ thể thao trực tuyến",
            "xổ số miền bắc chính xác",
        ),
        "th": ("สล็อตเว็บตรง แตกง่าย", "บาคาร่าออนไลน์ ฝากถอนไว", "แทงบอลออนไลน์ ขั้นต่ำ", "เครดิตฟรี ไม่ต้องฝาก"),
        "en": (
            "no credit check payday loans",
            "buy essay online cheap",
            "best cbd gummies for sleep",
            "replica rolex submariner sale",
            "crypto signals telegram vip",
        ),
        "tr": (
            "yatırımsız deneme bonusu 2025 listesi",
            "güvenilir bahis siteleri 2025",
            "casino siteleri giriş",
            "kaçak iddaa adresleri",
            "bedava freespin kampanyası",
        ),
        "pt": (
            "melhores sites de apostas com bônus",
            "cassino online pix saque rápido",
            "tigrinho paga muito hoje plataforma",
            "palpites de futebol grátis",
        ),
        "es": (
            "casino online sin licencia española",
            "apuestas deportivas bono bienvenida",
            "comprar seguidores reales",
            "préstamos rápidos sin nómina",
        ),
        "de": (
            "Online Casino ohne Limit",
            "Kredit ohne Schufa sofort",
            "Sportwetten ohne OASIS",
            "Potenzpillen diskret ohne Rezept liefern",
            "Führerschein kaufen legal",
        ),
        "hi": ("सट्टा मटका आज का रिजल्ट", "ऑनलाइन तीन पत्ती असली पैसे", "क्रिकेट सट्टा टिप्स फ्री", "लूडो खेलो पैसे जीतो"),
    }
)

HOST_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "id": ("gacorpedia", "slotnesia", "togelku", "maxwinraja"),
        "zh": ("pujing-yl", "bjl-win", "cp365-tuijian", "xinpujing88"),
        "ja": ("brandkopi-shop", "kopi-tokei", "kajino-bonasu"),
        "ko": ("nolter-verify", "safe-nolter", "bcr-ggong"),
        "ru": ("mikrozaym-5min", "kazino-top", "vuz-reestr"),
        "vi": ("nhacai-top", "soikeo-nay", "gamebai-vip"),
        "th": ("pgslot-tae", "bacara-fast", "ufabet-plus"),
        "en": ("quickloan-hub", "essaymill-pro", "cbd-dreamy"),
        "tr": ("yatirimsiz-bonus", "bahis-adres-yeni", "casinoyeni"),
        "pt": ("apostaboa", "tigrinho-br", "pixcassino"),
        "es": ("casinolibre", "apuestamax", "creditoflash-es"),
        "de": ("casino-frei", "kredit-sofort24", "wetten-ohne"),
        "hi": ("satta-result", "teenpatti-asli", "cricket-tips"),
    }
)
TLDS = ("xyz", "top", "site", "shop", "online", "cfd", "sbs", "lat", "click", "buzz")
