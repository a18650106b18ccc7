"""The attackers' texts and hosts of CJK edition 2, written for it: crews and their messages, slogans
and fake notices in the pages' own registers and in other languages, gambling and private-server spam,
and hosts that imitate Chinese CDNs and analytics."""

# ruff: noqa: RUF001

from __future__ import annotations

# Crews (invented) and the language they write their pages in.
CREWS: tuple[tuple[str, str], ...] = (
    ("赤霄网络战队", "zh-CN"),
    ("玄武暗影组", "zh-CN"),
    ("寒鸦工作室", "zh-CN"),
    ("霹靂貓安全研究", "zh-HK"),
    ("Kelana Siber Nusantara", "id"),
    ("Ruh Timi Akıncı", "tr"),
    ("Đội Bóng Đêm Sài Gòn", "vi"),
    ("فرقة الصقر الرقمي", "ar"),
    ("Черный Лис 404", "ru"),
    ("暁のカラス団", "ja"),
    ("붉은늑대 해커팀", "ko"),
    ("Sepahe Sayeh", "fa"),
    ("Garra Azul BR", "pt"),
    ("Los Olvidados MX", "es"),
    ("NullHarbor", "en"),
    ("0xMangrove", "en"),
)

# What each crew's page says: a heading, lines, a sign-off (per language).
DEFACE_TEXT: dict[str, tuple[str, tuple[str, ...], str]] = {
    "zh-CN": (
        "网站已被我们接管",
        (
            "你们的服务器就像没上锁的院子，谁都能进来逛一圈。",
            "管理员请检查一下你们三年没更新过的后台。",
            "本次只是提醒，数据一个字节都没动。",
            "下次还会再来，记得给我们泡茶。",
        ),
        "—— 留言请到老地方",
    ),
    "zh-HK": (
        "呢個網站已經易手",
        ("你哋嘅系統漏洞多過篩。", "管理員快啲起身修補啦。", "我哋只係嚟打個招呼。"),
        "—— 後會有期",
    ),
    "id": (
        "Situs ini sudah kami ambil alih",
        (
            "Keamanan kalian cuma formalitas.",
            "Admin, tolong bangun dan tambal server kalian.",
            "Kami hanya mampir sebentar, salam dari timur.",
        ),
        "Salam hangat dari kami",
    ),
    "tr": (
        "Bu site artık bizim",
        (
            "Sunucunuz kapısı açık bir ahır gibi.",
            "Yöneticiye selam, yamalarını yapsın.",
            "Sessiz kalmayacağız.",
        ),
        "Yine geleceğiz",
    ),
    "vi": (
        "Trang web này đã bị chiếm quyền",
        (
            "Hệ thống của các bạn quá lỏng lẻo.",
            "Quản trị viên hãy vá lỗi ngay đi.",
            "Chúng tôi chỉ ghé qua chào hỏi.",
        ),
        "Sẽ còn quay lại lần nữa",
    ),
    "ar": (
        "هذا الموقع تحت سيطرتنا الآن",
        ("أنظمتكم ضعيفة كبيت العنكبوت.", "على المسؤول أن يستيقظ ويصلح الثغرات.", "رسالتنا وصلت."),
        "إلى اللقاء القريب",
    ),
    "ru": (
        "Сайт теперь под нашим флагом",
        (
            "Ваша защита держится на честном слове.",
            "Админ, пора обновить движок.",
            "Мы ничего не удалили, пока.",
        ),
        "Ещё заглянем, ждите",
    ),
    "ja": (
        "このサイトは我々が占拠した",
        ("管理者は今すぐ脆弱性を修正せよ。", "セキュリティは飾りではない。", "今回は警告にとどめておく。"),
        "近いうちにまた来る",
    ),
    "ko": (
        "이 사이트는 우리가 접수했다",
        ("관리자는 당장 보안 패치를 하라.", "너희 서버는 활짝 열린 대문이다.", "이번엔 경고만 한다."),
        "다시 보자",
    ),
    "fa": (
        "این سایت در اختیار ماست",
        ("امنیت شما فقط روی کاغذ است.", "مدیر سایت، بیدار شو.", "پیام ما رسید."),
        "به زودی برمی‌گردیم",
    ),
    "pt": (
        "Este site agora é nosso",
        (
            "A segurança de vocês é de papelão.",
            "Admin, atualize esse painel velho.",
            "Passamos só para avisar.",
        ),
        "Até a próxima",
    ),
    "es": (
        "Este sitio ahora nos pertenece",
        (
            "Su seguridad es de juguete.",
            "Administrador, despierte y parche el servidor.",
            "Solo vinimos a saludar.",
        ),
        "Nos vemos pronto",
    ),
    "en": (
        "Your gates were wide open",
        (
            "Whoever runs this box forgot it exists.",
            "We walked in, looked around, and left a note.",
            "Fix it before someone less friendly comes by.",
        ),
        "shouts to the night shift crews",
    ),
}

# Slogans and fake notices written into existing headlines (tamper, inject), by language.
SLOGANS: dict[str, tuple[str, ...]] = {
    "zh-CN": (
        "还我河山 寸土不让",
        "官僚不除 百姓难安",
        "打倒贪官 还政于民",
        "谁在替人民说话？",
        "封锁消息救不了你们",
        "真相终将大白于天下",
    ),
    "zh-HK": ("香港人 永不低頭", "真相不會被掩埋", "今日唔發聲 聽日冇得講", "還我自由城市"),
    "zh-TW": ("台灣人要自己做主", "守護民主 寸步不讓"),
    "ja": ("沈黙は共犯である", "真実を隠すな", "我々は見ている"),
    "ko": ("진실은 감출 수 없다", "국민을 속이지 마라"),
    "en": (
        "The truth will not stay buried",
        "Silence bought with fear is still silence",
        "Power to the forgotten",
    ),
    "id": ("Rakyat tidak akan diam", "Kebenaran tidak bisa dibungkam"),
    "vi": ("Sự thật không thể che giấu", "Nhân dân không im lặng"),
    "ru": ("Правду не спрятать", "Мы всё видим"),
    "ar": ("الحقيقة لا تموت", "صوت الشعب أقوى"),
    "tr": ("Gerçek gömülemez", "Susanlar da bu işe ortak"),
    "fa": ("حقیقت پنهان نمی‌ماند",),
}

# Fake notices in the register of the site's own voice (tamper): they read like the site's own.
FAKE_NOTICES: dict[str, tuple[str, ...]] = {
    "zh-CN": (
        "关于即日起暂停发放全市城乡居民养老金的紧急通知",
        "关于全体公务员工资下调百分之三十的通知",
        "关于本市自来水出现污染请勿饮用的紧急公告",
        "关于全市中小学停课至另行通知的公告",
        "关于启用新缴费账户请市民尽快转账的通知",
        "关于撤销本单位全部行政许可的决定",
        "市长因贪腐问题已被带走调查",
        "关于征收城市空气使用费的通知",
    ),
    "zh-HK": (
        "政府宣布即日起暫停所有公共交通服務",
        "渠務署：全港污水處理廠將無限期停運",
        "政府將向每名市民徵收特別防洪稅",
    ),
    "zh-MO": ("特區政府宣布全澳賭場即日起永久關閉", "澳門幣將於下月停止流通"),
    "zh-TW": ("本站即將永久關閉，所有文章將被刪除",),
    "ja": ("県は本日をもってすべての行政サービスを停止します", "知事が辞任を表明、県庁は閉鎖"),
    "ko": ("전주시, 모든 민원 서비스 무기한 중단", "시장 긴급 사퇴 발표"),
}

# Gambling, lottery and game private-server spam (seo-spam): anchors and domain stems.
SPAM_ANCHORS: dict[str, tuple[str, ...]] = {
    "zh-CN": (
        "线上真人荷官发牌",
        "足球竞猜今日推荐",
        "彩票平台注册送彩金",
        "六盒彩资料大全",
        "京城赛车倍投计划交流",
        "飞艇十码开奖视频回放",
        "捕鱼游戏下载送金币",
        "斗地主赢现金",
        "新开传奇私服网站",
        "魔域私服一条龙",
        "奇迹MU变态版",
        "梦幻西游私服",
        "体育博彩网址导航",
        "濠江线上游艺厅入口",
        "金沙平台官网入口",
        "电子老虎机免费试玩",
        "棋牌游戏真金版",
        "快三精准计划",
        "重庆时彩五星定位秘诀",
        "足彩胜负彩推荐",
        "网上德州扑克",
        "欧洲杯投注网站",
        "世界杯外围盘口",
        "百家乐必胜公式",
    ),
    "zh-HK": ("六合彩攻略", "網上賭場推介", "足球博彩賠率", "娛樂城註冊優惠", "百家樂線上試玩"),
    "zh-TW": ("運彩分析推薦", "線上娛樂城體驗金", "老虎機破解", "百家樂預測程式"),
    "en": (
        "no deposit spins for new players",
        "crypto sports betting",
        "slot gacor malam ini",
        "live baccarat asia",
    ),
    "id": ("situs slot gacor", "bandar togel hongkong resmi", "judi bola resmi"),
    "vi": ("nhà cái uy tín", "đá gà trực tuyến", "tài xỉu online"),
    "ja": ("オンラインカジノ入金不要", "スロット攻略"),
    "ko": ("안전놀이터 순위 모음", "바카라 사이트", "카지노 꽁머니"),
}

SPAM_STEMS: tuple[str, ...] = (
    "yl8866",
    "js2099",
    "hgty365",
    "bjsc168",
    "xyft88",
    "qipai777",
    "cq9slot",
    "ag-zhenren",
    "cmd368",
    "sf-cq",
    "mir2sf",
    "mysf9",
    "mu-bt",
    "tyc8088",
    "vns6688",
    "amjs99",
    "dfcp666",
    "ks3jh",
    "lhc49",
    "bet-asia88",
)
SPAM_TLDS: tuple[str, ...] = (".com", ".cc", ".vip", ".top", ".xyz", ".net", ".app", ".bet", ".shop", ".icu")

# Hosts built to look like the CDNs and analytics Chinese sites load (script).
LOOKALIKES: tuple[str, ...] = (
    "hm.baidu-tongji.cn",
    "hm.baidu.com.tjstat.net",
    "s9.cnzz-stat.com",
    "s4.cnzz.com.cn",
    "sdk.51la.cc",
    "tajs.qq.com.tj-cdn.net",
    "res.wx-qqcdn.com",
    "res.wx.qq.com.jsdelivr.pw",
    "cdn.bootcdn.com.cn",
    "cdn.boot-cdn.net",
    "lib.baomitu.co",
    "cdn.staticfile.net.cn",
    "zz.bdstatic.cc",
    "dcs.conac.com.cn",
    "zfwzgl.gov-cn.net",
    "g.alicdn-assets.com",
    "fastly.jsdelivr.com.cn",
    "unpkg.com.cn",
    "static.hanweb-cdn.com",
    "cdn.trs-wcm.net",
    "www.googletagmanger.com",
    "connect.facebook.net.cdn-fb.com",
    "wcs.naver.net.co",
    "t1.kakaocdn.com.co",
)

# Never-seen domains for redirects and frames (script).
REDIRECT_HOSTS: tuple[str, ...] = (
    "m.yl8866.vip",
    "www.tyc8088.cc",
    "go.js2099.top",
    "h5.qipai777.app",
    "win.cq9slot.bet",
    "jump.bet-asia88.icu",
    "t.cn-jump.xyz",
    "m.dfcp666.shop",
)

# Short lines injected near the top (inject), besides slogans: contact handles crews leave.
CONTACTS: tuple[str, ...] = (
    "联系QQ：2851094437",
    "TG：@chixiao_team",
    "微信：hanya_ops",
    "Kontak kami: kelana.nusa@tuta.io",
    "Discord: nullharbor#0451",
    "mail: 0xmangrove@proton.me",
    "Line ID: pili_cat_sec",
)


def payload_strings() -> dict[str, list[str]]:
    """Every attacker text and host of this edition by kind, for the disjointness tests."""
    deface = [crew for crew, _ in CREWS] + list(CONTACTS)
    for heading, lines, signoff in DEFACE_TEXT.values():
        deface += [heading, *lines, signoff]
    return {
        "slogans": [s for items in SLOGANS.values() for s in items],
        "fake-notices": [s for items in FAKE_NOTICES.values() for s in items],
        "deface": deface,
        "spam": [a for items in SPAM_ANCHORS.values() for a in items] + list(SPAM_STEMS),
        "script-domains": [*LOOKALIKES, *REDIRECT_HOSTS],
    }
