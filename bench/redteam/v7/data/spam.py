"""Edition 7's link-farm anchors and the stems of its spam domains, by language (written fresh)."""

# ruff: noqa: RUF001

from __future__ import annotations

ANCHORS: dict[str, tuple[str, ...]] = {
    "zh": (
        "澳门葡京线上开户送彩金",
        "体育竞猜今日免费推荐",
        "棋牌游戏秒到账提现",
        "真人视讯百家乐官方入口",
        "北京代开住宿发票",
        "高仿名表一比一出货",
        "网贷黑户当天下款",
        "六合彩资料大全",
    ),
    "ja": (
        "新規カジノ登録で三万円分フリースピン",
        "審査ゆるい即日キャッシング",
        "スーパーコピー財布激安通販",
        "出会い系サクラなし",
        "副業で月収百万円の方法",
        "ED治療薬ジェネリック格安通販",
    ),
    "ko": (
        "토토사이트 안전놀이터 추천",
        "카지노 첫충 이벤트",
        "파워볼 실시간 픽",
        "명품 레플리카 정품급",
        "신용불량 비대면 급전",
        "비아그라 정품 구매처",
    ),
    "vi": (
        "nhà cái mới thưởng nạp đầu 200%",
        "kèo nhà cái ngoại hạng anh tối nay",
        "vay tiền nhanh không cần thế chấp",
        "xổ số kiến thiết dự đoán",
        "tài xỉu đổi thưởng",
    ),
    "id": (
        "situs slot gacor maxwin hari ini",
        "togel hongkong keluaran tercepat",
        "pinjol cair tanpa bi checking",
        "agen bola resmi terpercaya",
        "obat kuat pria herbal",
    ),
    "th": ("สล็อตฝากถอนไม่มีขั้นต่ำวอเลท", "เว็บพนันบอลคืนยอดเสียทุกสัปดาห์", "บาคาร่าทดลองเล่นฟรี", "เงินกู้ด่วนไม่เช็คเครดิต"),
    "ru": (
        "онлайн казино с выводом на карту",
        "ставки на спорт без верификации",
        "займ без отказа за 5 минут",
        "купить диплом с проводкой",
        "реплики часов премиум",
    ),
    "tr": (
        "deneme bonusu veren bahis siteleri",
        "canlı casino giriş adresi",
        "kredi kartı limitini nakde çevir",
        "gerçek türk takipçi paketi",
        "sahte diploma satışı",
    ),
    "es": (
        "casino en línea con bono sin depósito",
        "dinero urgente en 10 minutos solo con dni",
        "pronósticos de fútbol fijos",
        "relojes suizos imitación primera calidad",
        "comprar seguidores baratos",
    ),
    "pt": (
        "roleta ao vivo com giros grátis no cadastro",
        "crédito consignado liberado em minutos",
        "palpites certeiros futebol",
        "jogo do bicho resultado hoje",
    ),
    "en": (
        "no deposit casino bonus codes",
        "same day payday loans bad credit",
        "cheap replica handbags online",
        "buy instagram followers instantly",
        "generic sildenafil overnight delivery",
    ),
}
DOMAIN_STEMS: dict[str, tuple[str, ...]] = {
    "zh": ("pujing-vip7", "jinsha-yule", "tiyu365cn", "baijiale-zhan", "fapiao-dai"),
    "ja": ("kajino-bonus", "kyasshingu-now", "kopi-saifu"),
    "ko": ("totomeoktwi", "pwball-joa", "replica-myeong"),
    "vi": ("nhacai-moi", "soikeo-vip", "vaynhanh24"),
    "id": ("gacor-kilat", "togelhk-cepat", "pinjol-kilat"),
    "th": ("slotwebtrong", "baccarat-thai", "ngernkuduan"),
    "ru": ("kazik-vyplaty", "bystryi-zaimik", "diplom-provodka"),
    "tr": ("denemebonusu-tr", "canlicasino-giris", "takipci-ucuz"),
    "es": ("casino-sinbono", "minicredito-al-toque", "replicas-lujo"),
    "pt": ("cassino-cadastro", "emprestimo-negativado", "bicho-hoje"),
    "en": ("freespin-drop", "paydayfast-now", "replica-totes"),
}
SPAM_TLDS = (".xyz", ".top", ".vip", ".club", ".icu", ".bet", ".live", ".shop", ".fun", ".cc")
