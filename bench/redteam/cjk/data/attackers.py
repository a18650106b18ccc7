"""Attacker material written for this edition: crews, their lines in many languages, slogans and fake
notices for in-place rewrites, contact handles. All invented; none taken from a real defacement."""

# ruff: noqa: RUF001 - one text a line

from __future__ import annotations

CREWS = (
    "赤焰安全小组",
    "南天门渗透队",
    "夜枭技术组",
    "零度风暴",
    "SilentLotus",
    "Garuda Siber Nusantara",
    "Bayangan404",
    "DhakaNightOwls",
    "Anka Timi Kuzey",
    "HanoiGhostLab",
    "RedLantern Crew",
    "Tengu Ops",
)
HANDLES = (
    "QQ: 2380471159",
    "QQ群：718236045",
    "Telegram: @chiyan_sec",
    "tg @nantianmen_team",
    "微信：yexiao_0x1f",
    "mail: lingdu.storm@protonmail.com",
    "t.me/bayangan404x",
    "ICQ 77130912",
)
LINES = {
    "zh-Hans": (
        "你们的系统漏洞百出，管理员却还在睡觉。",
        "我们只是路过，顺手给你们上了一课。",
        "数据我们已经看过了，下次记得打补丁。",
        "别报警，先检查一下你们的后台密码吧。",
        "此页面由我们接管，原首页已备份。",
    ),
    "zh-Hant": (
        "你們的伺服器比紙還薄。",
        "管理員，請盡快修補你們的上傳漏洞。",
        "我們來過，我們還會再來。",
    ),
    "ja": (
        "このサーバーは我々が預かった。",
        "管理者へ：パスワードくらい変えておけ。",
        "セキュリティは飾りではない。",
    ),
    "en": (
        "Your firewall is a screen door. We walked right in.",
        "Patch your upload form before the next crew finds it.",
        "Nothing was stolen. This time.",
        "Admin, check your logs. We left a note.",
    ),
    "id": (
        "Sistem kalian terlalu rapuh, admin.",
        "Kami hanya mampir sebentar, jangan panik.",
        "Salam dari pemuda siber nusantara.",
    ),
    "tr": (
        "Sunucunuz bizim misafirimiz oldu.",
        "Yöneticiye selam, şifreni değiştir.",
        "Sessizce geldik, iz bırakarak gidiyoruz.",
    ),
    "vi": (
        "Hệ thống của các bạn quá yếu.",
        "Quản trị viên hãy vá lỗi ngay.",
        "Chúng tôi đã ghé thăm trang này.",
    ),
    "bn": ("তোমাদের নিরাপত্তা ব্যবস্থা দুর্বল।", "অ্যাডমিন, প্যাচ করো।"),
    "ru": ("Ваш сервер открыт как проходной двор.", "Админ, смени пароль и не плачь."),
    "ko": ("관리자님, 보안 점검 좀 하세요.", "우리는 이미 다녀갔습니다."),
    "ar": ("مرّ فريقنا من هنا، أصلحوا ثغراتكم.", "الأمن ليس زينة يا مدير الموقع."),
}
TITLES = {
    "zh-Hans": ("被{crew}接管", "{crew} 到此一游", "网站已沦陷 - {crew}", "{crew}：安全警告"),
    "zh-Hant": ("{crew} 已接管本站", "本站已被入侵 - {crew}"),
    "ja": ("{crew} により改ざんされました", "{crew} 参上"),
    "en": (
        "Compliments of {crew}",
        "{crew} stopped by",
        "[ {crew} ] index rewritten",
        "{crew} sends regards",
    ),
    "id": ("Diretas oleh {crew}", "{crew} mampir"),
    "tr": ("{crew} tarafından ele geçirildi",),
    "vi": ("{crew} đã ghé thăm",),
    "bn": ("{crew} দ্বারা দখল",),
    "ru": ("Взломано: {crew}",),
    "ko": ("{crew} 다녀감",),
    "ar": ("اخترقه {crew}",),
}
# in-place rewrites of headlines and notice titles: slogans and fake notices per language and register
SLOGANS = {
    "zh-Hans": (
        "真相不会被删帖抹去",
        "我们要的不是口号，是说话的权利",
        "打开窗户，让光照进来",
        "沉默的大多数今天开口了",
        "谁在撒谎，历史会记得",
    ),
    "zh-Hant": ("我哋唔會忘記", "自由唔係罪", "真相由我哋自己講", "天光之前，唔好放棄"),
    "ja": ("嘘の広報はもういらない", "市民の声を消すな", "真実は削除できない"),
    "en": (
        "The truth cannot be deleted",
        "No more lies from this office",
        "Speaking freely is no crime",
        "Wake up and look around",
    ),
    "ko": ("진실은 지울 수 없다", "거짓 홍보를 멈춰라"),
    "vi": ("Sự thật không thể bị xóa", "Hãy lắng nghe tiếng nói của dân"),
    "id": ("Kebenaran tidak bisa dihapus", "Rakyat sudah muak dengan kebohongan"),
    "ru": ("Правду не удалить", "Хватит врать людям"),
    "tr": ("Gerçek silinemez", "Yalanlara son"),
    "ar": ("الحقيقة لا تُمحى", "كفى كذبًا على الناس"),
    "th": ("ความจริงลบไม่ได้", "หยุดโกหกประชาชน"),
}
FAKE_NOTICES = {
    "gov": (
        "关于全市机关事业单位暂停发放本月工资的紧急通知",
        "关于即日起全市中小学无限期停课的通告",
        "关于全体参保人员须于三日内补缴社保费用的通知（逾期冻结账户）",
        "关于本市自来水出现严重污染请勿饮用的紧急公告",
        "关于撤销{name}同志一切职务的决定",
    ),
    "news": (
        "突发：本市今晚起全域封控 超市即将关闭",
        "重磅：多家银行暂停取现 储户排队挤兑",
        "知情人士：市长已被带走调查",
        "央行将于下月收回全部旧版纸币",
    ),
    "hant": (
        "政府宣布即日起全港停課停工 直至另行通知",
        "食水受污染 當局呼籲切勿飲用自來水",
        "特首今早辭職 即時生效",
    ),
    "ja": (
        "【緊急】市内全域に避難指示を発令（誤報ではありません）",
        "本日をもって市役所の全業務を停止します",
    ),
    "tw": ("【公告】本站即將關閉，所有文章將於明日刪除", "站長跑路了，各位保重"),
}
MOCKERY = {
    "zh-Hans": (
        "管理员，你的后台密码是123456吗？",
        "本站安全由{crew}免费检测",
        "这个网站的主页由{crew}重新编辑",
    ),
    "zh-Hant": ("管理員，你嘅密碼太簡單啦", "{crew} 免費幫你做咗安全檢查"),
    "ja": ("管理者さん、パスワードが甘いですよ", "{crew}が無料で診断しました"),
}
