"""Everything an attacker writes into CJK edition 4's pages: crews and their messages, rewritten
headlines, gambling and private-server spam, and the hosts of injected scripts. Written for this
edition; ``payload_strings`` gathers them for the disjointness test."""

# ruff: noqa: RUF001

from __future__ import annotations

CREWS = (
    "寒鸦安全小组",
    "零域联盟技术部",
    "夜梟技術組",
    "Ghost Lotus Crew",
    "Garuda Siber 1337",
    "Kara Bayrak Tim",
    "Bong Ma Sec VN",
    "Silent Jackal Squad",
    "北斗残影工作室",
    "Team Ashura Bekasi",
)
HANDLES = (
    "@hanya_sec",
    "QQ:2837164059",
    "tg: @lotus_0day",
    "wx: yexiao_tech",
    "mail: ghostlotus@proton.me",
    "t.me/garudasiber1337",
)

DEFACE_LINES = {
    "zh-Hans": (
        "你们的系统漏洞百出，管理员还在睡觉吗？",
        "本站已被接管，只为证明你们的防护形同虚设",
        "数据已经备份，想要回来就联系我们",
        "上传接口没做任何校验，请尽快修补",
        "别急着删首页，删了我们还会回来",
        "献给所有不把安全当回事的运维人员",
    ),
    "zh-Hant": (
        "你哋嘅伺服器一早已經唔係你哋話事",
        "此頁面由我們留念，管理員請檢查後台密碼",
        "你們的防火牆只是裝飾品",
    ),
    "en": (
        "Your admin panel was open to the whole world",
        "Patch your upload form before someone worse finds it",
        "We were here and nobody noticed for three weeks",
        "Nothing was deleted, this time",
    ),
    "id": (
        "Sistem keamanan kalian sangat lemah, segera perbaiki",
        "Salam hangat untuk admin yang tertidur pulas",
    ),
    "tr": ("Güvenliğiniz koca bir şaka, yöneticiye selamlar", "Bu sunucu artık bizim kontrolümüzde"),
    "vi": ("Hệ thống của các bạn quá yếu, hãy vá lỗi ngay", "Chúng tôi đã ghé thăm máy chủ này"),
    "ja": ("管理者さん、パスワードが甘すぎますよ", "このサーバーは私たちが預かりました"),
    "ko": ("관리자님 보안 점검 좀 하세요", "이 서버는 우리가 접수했다"),
    "ar": ("أمنكم ضعيف جدا، أصلحوا ثغراتكم", "كنا هنا ولم يلاحظ أحد"),
    "ru": ("Ваш сервер открыт для всех, исправьте это", "Мы были здесь, админ спит"),
}
DEFACE_TITLES = (
    "Pwned and signed: {crew}",
    "{crew} 到此一游",
    "{crew} // sistem ditembus",
    "~ {crew} ~",
    "{crew} was here",
    "站点已被 {crew} 接管",
    "網站已被 {crew} 入侵",
)

# headlines rewritten in place by someone with CMS access or write access to the page
FAKE_NOTICES = {
    "zh-Hans": (
        "关于即日起暂停办理全部政务服务事项的紧急通知",
        "关于发放本年度职工个税专项补贴的通知（扫码申领）",
        "关于机关整体搬迁至临时办公地点的通知",
        "关于本网站即日起停止运营维护的公告",
        "关于全市中小学寒假提前至12月1日开始的通知",
        "关于补缴社保滞纳金请添加客服QQ办理的通知",
    ),
    "zh-Hant": ("本會即日起暫停所有公眾服務直至另行通知", "有關發放全民消費補貼請掃碼登記的公告"),
    "ja": ("【重要】全ての窓口業務を当面の間停止します", "給付金の受け取りは下記URLから手続きしてください"),
    "ko": ("[긴급] 모든 민원 업무를 무기한 중단합니다", "재난지원금 신청은 아래 링크에서만 가능합니다"),
}
SLOGANS = {
    "zh-Hans": (
        "官商勾结 天理难容",
        "强拆毁我家园 还我公道",
        "谁来管管西湾的贪腐",
        "我们要真相 不要删帖",
        "百姓血汗钱去了哪里",
        "欠薪三年无人过问",
    ),
    "zh-Hant": ("政府欺騙市民 必須下台", "澳門人有權知道真相", "還我們一個公道"),
    "en": ("The people will not stay silent", "Speaking up is never a crime", "Your censorship ends today"),
    "ja": ("この国の未来は我々が決める", "沈黙はもう終わりだ"),
    "ko": ("진실을 밝혀라 침묵은 끝났다", "국민을 속이지 마라"),
    "vi": ("Biển Đông là của Việt Nam", "Sự thật sẽ được phơi bày"),
    "id": ("Rakyat tidak akan diam selamanya",),
    "tr": ("Halkın sesi susturulamaz",),
    "ru": ("Правда всё равно выйдет наружу",),
}
CONTACT_TAILS = (
    "（办理咨询：QQ 2837164059）",
    "（咨询热线：400-600-7785）",
    "（详情请加微信 zwfw_2024kf）",
    "（諮詢請致電 6832 1177）",
)

SPAM_ANCHORS = {
    "zh-Hans": (
        "澳门新葡京娱乐场官网",
        "威尼斯人线上开户注册",
        "皇冠体育投注平台入口",
        "北京赛车pk10计划群",
        "时时彩稳赚不赔技巧",
        "传奇私服新开网站",
        "魔域私服发布网",
        "六合彩开奖现场直播",
        "真人百家乐注册送彩金",
        "开元棋牌官方下载",
        "捕鱼游戏下载送金币",
        "快三大小单双必中",
        "世界杯足球投注网站",
        "网上赌场排行榜",
        "电子游艺老虎机平台",
        "代开各类发票",
    ),
    "zh-Hant": ("線上娛樂城推薦", "百家樂必勝攻略", "運彩分析討論區", "老虎機免費試玩"),
    "ja": ("オンラインカジノ 入金不要ボーナス", "パチンコ攻略 勝てる台", "スロット 高設定 情報"),
    "ko": ("토토사이트 추천 순위", "바카라 사이트 가입", "카지노 먹튀 검증"),
    "id": ("slot gacor hari ini", "situs judi bola terpercaya"),
    "vi": ("nhà cái uy tín nhất", "đánh bài online đổi thưởng"),
    "en": ("best online casino bonus", "crypto betting no deposit"),
}
SPAM_HOSTS = (
    "ampj{n}.vip",
    "xpj{n}.cc",
    "hg{n}.app",
    "yb{n}.top",
    "wns{n}.com",
    "cq{n}.net",
    "sf{n}.xyz",
    "tyc{n}.vip",
    "kaiyun{n}.cc",
    "bjl{n}.shop",
    "toto{n}.kr",
    "slot{n}.id",
)

# script hosts: some built to look like the CDNs and analytics vendors these sites really use
LOOKALIKES = (
    "hm.baidu-tongji.cn",
    "s4.cnzz-stat.com",
    "cdn.bootcdn.net.cn",
    "res.wx-qq.com.cn",
    "sdk.51la.cc",
    "dcs.conac.org.cn",
    "zfwzgl.gov-www.cn",
    "cdn.staticfile.com.cn",
    "static.addtoany.co",
    "www.googletagmanager.com.ua",
    "wcs.naver.com.co",
    "cdn.jsdeliver.net",
)
FOREIGN_HOSTS = (
    "js.tongji-cloud.xyz",
    "api.cdn-speedup.top",
    "static.sj88.vip",
    "m.ampj-888.cc",
    "go.hgty.app",
    "t.kfz-stat.com",
    "img.luntan88.cn",
)
REDIRECT_TARGETS = (
    "https://m.ampj-888.cc/?from={host}",
    "https://www.hg7788.vip/register?i=cn",
    "https://go.hgty.app/land",
    "https://tyc9.vip/m/",
    "https://sj88.vip/?c=seo",
)

INJECT_HEADS = {
    "zh-Hans": ("本站已被{crew}接管", "{crew}到此留念", "网站安全提示：本站已被入侵"),
    "zh-Hant": ("本站已被{crew}入侵", "{crew}到此一遊"),
    "en": ("{crew} left a mark here", "{crew} owns this site"),
    "id": ("Diretas oleh {crew}",),
    "tr": ("{crew} tarafından hacklendi",),
    "vi": ("Bị tấn công bởi {crew}",),
}


def payload_strings() -> dict[str, list[str]]:
    """CJK edition 4's attack texts by kind."""
    return {
        "crews": [*CREWS, *HANDLES],
        "deface": [s for items in DEFACE_LINES.values() for s in items]
        + [t.replace("{crew}", "").strip() for t in DEFACE_TITLES if t.replace("{crew}", "").strip()],
        "tamper": [s for items in FAKE_NOTICES.values() for s in items]
        + [s for items in SLOGANS.values() for s in items]
        + list(CONTACT_TAILS),
        "spam": [s for items in SPAM_ANCHORS.values() for s in items]
        + [h.replace("{n}", "") for h in SPAM_HOSTS],
        "script-domains": [*LOOKALIKES, *FOREIGN_HOSTS] + [u.split("/")[2] for u in REDIRECT_TARGETS],
        "inject": [t.replace("{crew}", "").strip() for items in INJECT_HEADS.values() for t in items],
    }
