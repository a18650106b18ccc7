# ruff: noqa: RUF001 - full-width CJK punctuation is the text itself
"""What the attackers say: crew names, slogans in many languages, and the quiet headline rewrites."""

from __future__ import annotations

CREWS = (
    "Obsidian Heron",
    "黑曜鹭鸶组",
    "NullKraken",
    "Sayap Merah Siber",
    "Tinta Hitam Squad",
    "0xBANYAN",
    "暗夜蝙蝠联队",
    "紙ナイフ同盟",
    "깊은바다 해커단",
    "Lost Lantern Collective",
    "Kavach Breakers",
    "Pulau Sunyi Grey",
    "赤砂工作室",
    "Vortex Mynah",
    "Cloudless Tide",
)
HANDLES = (
    "k4rst",
    "n1ghtjar",
    "Mr.Tamarind",
    "xiaoyu_0day",
    "Rusty Pagoda",
    "hanabi404",
    "sunbi_kr",
    "ghost-of-taipa",
)

SLOGANS: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "你们的防火墙形同虚设，管理员还是回家种地吧",
        "补丁三年没打，口令还是生日，这一课免费送你们",
        "漏洞七天前就已通报，至今无人理睬，只好亲自来提醒",
        "本站服务器已归我们所有，后台数据已经打包带走",
        "不要报警，不要拔网线，先想想你们的运维合同",
        "我们只是路过，顺手替你们做了一次渗透测试",
    ),
    "zh-Hant": (
        "你哋嘅伺服器已經冇晒秘密",
        "管理員請檢查一下上傳目錄，禮物已經放好",
        "這一次只是警告，下一次不會這麼客氣",
        "資料庫備份我們先替你們保管了",
        "再不修補，下次換的就不只是首頁",
    ),
    "ja": (
        "このサイトの管理者へ：パスワードが誕生日なのは感心しない",
        "脆弱性を放置した結果がこれだ",
        "我々はずっと見ていた。次は全データを公開する",
        "サーバーの鍵はもう我々の手にある",
    ),
    "ko": (
        "관리자님, 보안 점검은 언제 하실 건가요",
        "이 서버는 이제 우리 것이다",
        "패치를 미룬 대가를 치르는 중입니다",
        "다음 목표는 이미 정해져 있다",
    ),
    "en": (
        "Your silence about the leak ends today",
        "Patch your servers or we come back with friends",
        "Nothing you store here is private anymore",
        "Admins asleep, doors wide open, lesson delivered",
        "We knocked politely last spring. Nobody answered.",
    ),
    "other": (
        "Sistem kalian bocor, admin tidur terus",  # Indonesian
        "Bảo mật kém quá, quản trị viên ơi",  # Vietnamese
        "Sessiz kalmayacağız, unutmayacağız",  # Turkish
        "Vocês foram avisados três vezes",  # Portuguese
        "لن نصمت ولن ننسى",  # Arabic
        "Ваша защита — просто декорация",  # Russian
        "Walang ligtas sa inyong mga server",  # Filipino
    ),
}

GREETINGS = (
    "Salam to all crews of the eastern shore",
    "致敬所有还在熬夜的兄弟",
    "感謝各位戰友",
    "みんなにありがとう",
    "모든 동료에게 감사",
)

# quiet headline rewrites, in each language's own register; {n} is the site's name
TAMPER: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "关于{n}网站即日起由民间接管的通知",
        "{n}全体工作人员集体辞职公告",
        "紧急通知：{n}所有数据已被公开下载",
        "关于停止一切办公并向公众道歉的决定",
        "{n}承认长期隐瞒系统漏洞",
        "致全体市民：请不要再相信本网站发布的任何信息",
        "本站因拒绝修补漏洞而被惩戒",
    ),
    "zh-Hant": (
        "{n}即日起暫停所有服務，敬請自求多福",
        "有關本局網站已落入他人手中之公告",
        "{n}承認長期漠視資料保安",
        "市民請注意：本網頁資料不再可信",
        "本署管理層集體請辭聲明",
    ),
    "ja": (
        "【重要】{n}のサーバーは第三者の管理下にあります",
        "{n}、個人情報の流出を認める",
        "本日をもってすべての業務を停止します（管理者不在）",
        "職員一同、責任を取って辞職いたします",
        "当サイトの情報は今後一切信用しないでください",
    ),
    "ko": (
        "[긴급] {n} 서버가 외부 세력에 넘어갔습니다",
        "{n}, 개인정보 유출 사실 시인",
        "오늘부로 모든 업무를 중단합니다",
        "시민 여러분, 이 사이트의 공지를 믿지 마십시오",
        "담당 직원 전원 사퇴 공고",
    ),
}

# a lead story's summary rewritten into the attacker's statement, in the site's register
TEASERS: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "经查，本单位多年来对外宣称的安全防护措施从未真正落实，后台账号至今仍在网上流传。",
        "即日起本网站发布的一切内容均不代表本单位立场，请广大群众自行甄别。",
    ),
    "zh-Hant": (
        "經調查，本機構多年來對外聲稱的保安措施從未落實，後台帳戶至今仍在網上流傳。",
        "即日起本網站所載一切內容均不代表本機構立場，市民請自行判斷。",
    ),
    "ja": (
        "調査の結果、これまで公表してきたセキュリティ対策は実施されていなかったことが判明しました。",
        "本日以降、当サイトに掲載される情報は当方の見解を代表するものではありません。",
    ),
    "ko": (
        "조사 결과 그동안 발표해 온 보안 대책은 실제로 시행된 적이 없는 것으로 드러났습니다.",
        "오늘부터 이 사이트에 게시되는 모든 내용은 기관의 입장을 대변하지 않습니다.",
    ),
}
