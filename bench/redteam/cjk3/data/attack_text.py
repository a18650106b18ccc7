"""Attacker material of CJK edition 3, written fresh for it: slogans, fake notices, defacement crews
and their messages, in the page's own language and register and in others."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

# political / hacktivist lines written into headline slots
SLOGANS: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("还我血汗钱 彻查拆迁补偿黑幕", "人民不需要这样的父母官", "青岩的老百姓已经忍无可忍",
                "谁来管管这些吃空饷的蛀虫", "拆迁队打人无人管 天理何在", "坚决反对强制征地 我们要活路",
                "公安局长包庇亲戚 证据全在这里", "十年上访无人理 今天让全网看见"),
    "zh-Hant": ("光復家園 時代的聲音不會消失", "政府說謊 市民已經看穿", "還我海港 拒絕填海",
                "今日網站由市民接管", "官商勾結 天下皆知", "我哋唔會忘記"),
    "ja": ("この国の政治は腐っている", "真実を隠す省庁に未来はない", "国民の声を聞け",
           "汚染水の真実を公開せよ"),
    "ko": ("국민을 속이는 기관은 필요 없다", "진실을 밝혀라 책임자는 사퇴하라", "우리는 잊지 않는다"),
    "en": ("Every server here answers to us now", "Free the press, free the people",
           "Nothing here is secure, admin", "Wake up, the truth is out"),
    "id": ("Kami tidak akan diam selamanya", "Suara rakyat tidak bisa dibungkam"),
    "vi": ("Biển Đông là của chúng tôi", "Hãy trả lại sự thật cho nhân dân"),
    "ru": ("Ваша защита — просто картон", "Мы были здесь, админ спит"),
    "tr": ("Zulme karşı sessiz kalmayacağız", "Sistem bizim elimizde"),
    "ar": ("لن نصمت أمام الظلم", "الحرية لأصحاب الأرض"),
    "es": ("El pueblo exige la verdad", "Vuestra seguridad es de papel"),
    "pt": ("O povo de Macau não se cala", "Verdade acima de tudo"),
}  # fmt: skip

# fake notices someone with CMS access posts to defraud readers, in the site's register
FAKE_NOTICES: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("关于发放2024年度职工防暑降温补贴的紧急通知（添加专员微信 hr_butie2024 登记）",
                "关于住房公积金账户统一迁移至新平台的公告（请于三日内完成验证）",
                "关于退还多缴社保费用的通知 请拨打 0591-87726603 办理",
                "关于全员核验个人征信的通知（逾期影响子女入学）",
                "紧急：本单位对公账户变更为工商银行尾号6631账户"),
    "zh-Hant": ("緊急通知：本局退稅須於今日內登入 tax-refund-mo.com 辦理",
                "關於向全體市民發放電子消費券的公告（請加 WhatsApp 6658 2207 登記）"),
    "ja": ("【重要】給付金の受け取りには下記LINEアカウントの登録が必要です", "口座情報再登録のお願い（本日締切）"),
    "ko": ("[긴급] 지원금 신청은 카카오톡 ID gov_support24 로 문의 바랍니다", "계좌 변경 안내: 신한은행 110-552-908133"),
}  # fmt: skip

# hacktivist and vandal crews of this edition (invented), and what their pages say
CREWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("夜枭网络安全小组", "zh-Hans", ("你们的网站我们替你们管理了", "安全意识为零的单位请好好反省",
                                      "本站数据已全部备份，下次别再用弱口令")),
    ("赤焰黑客联盟", "zh-Hans", ("我们只是路过，顺便留个名", "网站漏洞已提交无人理，那就公开吧")),
    ("港湾幽灵", "zh-Hant", ("你們的伺服器比紙還薄", "我們會再回來的")),
    ("Kuroneko Syndicate", "ja", ("管理者さん、パスワード変えてね", "このサイトはもう我々のものだ")),
    ("Garuda Siber Nusantara", "id", ("Situs ini telah diambil alih", "Keamanan kalian cuma hiasan")),
    ("Bóng Ma Sài Gòn", "vi", ("Chúng tôi đã ở đây", "Hệ thống của các bạn quá yếu")),
    ("Hanbando Shadow", "ko", ("보안이 이 정도라니 실망이다", "관리자는 즉시 연락하라")),
    ("Sahara Cyber Falcons", "ar", ("تم اختراق الموقع بواسطة الصقور", "رسالتنا وصلت")),
    ("Anatolian Kurtlar", "tr", ("Bu site bizim tarafımızdan ele geçirildi", "Güvenliğiniz sıfır")),
    ("0xNULLROUTE", "en", ("owned and pwned, greetz to all crews", "patch your stuff or we will be back")),
    ("Brigada Fantasma", "es", ("Hackeado por la brigada", "Su seguridad no existe")),
    ("Тёмный Дозор", "ru", ("Сайт взломан, до новых встреч", "Админ, проснись")),
)  # fmt: skip

# short banners (one line above the page) and injected headlines
BANNER_LINES: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("本站已被接管 —— 管理员请联系 telegram @yexiao_sec", "网站存在严重漏洞，已被我们拿下",
                "此页面已被修改，原内容不再可信"),
    "zh-Hant": ("本網站已被入侵 請管理員盡快聯絡我們", "你的網站已經不屬於你"),
    "ja": ("このウェブサイトは乗っ取られました", "管理者へ：至急連絡せよ"),
    "ko": ("이 사이트는 해킹되었습니다", "관리자는 텔레그램으로 연락하라"),
    "en": ("This site has been taken over", "Admin: your panel password was 123456"),
    "ru": ("Этот сайт больше не ваш",),
    "vi": ("Trang web này đã bị chiếm quyền",),
}  # fmt: skip

# gambling, lottery, private-server and other spam anchors, and their domains
SPAM: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("新濠天地官方注册入口", "皇冠足球即时比分投注", "开元棋牌下载送38元", "北京赛车PK10稳赚计划",
                "传奇私服新开一秒一区", "重庆时时彩在线计划群", "彩票平台首存翻倍", "体育投注APP官方版",
                "电子游艺爆分技巧", "真人视讯荷官在线", "六合宝典资料大全", "奇迹私服今日新开",
                "网赌被黑出款技巧", "代办各类证件加微信", "澳门威尼斯人线上娱乐场", "火狐体育官方入口"),
    "zh-Hant": ("台灣運彩線上投注", "娛樂城註冊送體驗金", "百家樂必勝公式", "線上老虎機推薦",
                "九州娛樂城官網", "六合彩明牌報馬仔"),
    "ja": ("オンラインカジノ入金不要ボーナス", "スロット高還元サイト"),
    "ko": ("토토사이트 먹튀검증", "바카라 사이트 추천", "카지노 첫충 이벤트"),
    "vi": ("nhà cái uy tín nhất", "tải app cá cược"),
    "id": ("situs slot gacor hari ini", "daftar judi bola resmi"),
    "en": ("best online casino bonus", "cheap replica watches"),
    "th": ("เว็บพนันออนไลน์ ฝากถอนไว",),
}  # fmt: skip
SPAM_DOMAINS: tuple[str, ...] = (
    "xpj7788.vip", "hg0088-app.net", "kyqp9.cc", "pk10jh.top", "cq-sf176.com", "js1555.bet", "bet365-cn.org",
    "vns9393.cc", "am6hc.net", "hth-sports.app", "tycvip88.com", "jiuzhou-tw.club", "toto-kr.xyz",
    "casino-jp.bet", "slotgacor77.site", "nhacai88.win", "hzty.cc", "lhbd49.com", "mj-sf.cn", "wnsr888.cc",
)  # fmt: skip

# never-seen script hosts: look-alikes of the Chinese analytics and CDN hosts, and plain new ones
SCRIPT_HOSTS: tuple[str, ...] = (
    "hm.baidu-tj.com", "hm.baiidu.com", "s9.cnzz-stat.net", "c.cnzz.com.cn", "sdk.51la.net.cn",
    "cdn.bootcdn.cc", "cdn.staticflle.net", "g.alicdm.com", "map.qq-cdn.com", "zfwzgl.gov-cn.org",
    "dcs.conac-cn.com", "www.googletagrnanager.com", "wcs.naver-log.net", "t1.kakaocdn.co",
    "js.tzvip8.com", "api.jscdn-static.top", "stat.ykqw.cn", "cdn.jsdelivr.com.co", "img.tuchuang9.xyz",
    "push.zhanzhang-tool.cn",
)  # fmt: skip
