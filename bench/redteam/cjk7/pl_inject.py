# ruff: noqa: RUF001, E501 - a table of page text in CJK scripts, one entry a line
"""Inject material: a visible block added to the page, its words, where it goes and how it is wrapped."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InjectPlan:
    site: str
    anchor: str  # the page text the block goes right before (or after, when ``after``)
    after: bool
    markup: str  # {msg} and {crew} are filled in


def inject_texts() -> dict[str, tuple[str, str]]:
    """Per site: (crew, message)."""
    return {
        "szbj": (
            "Laskar Siber Rajawali",
            "Sistem kalian bolong, admin tidur. Kami cuma mampir - patch sebelum orang lain datang.",
        ),
        "hnrb": ("鸦巢安全组", "贵站后台弱口令三年未改，本组仅作提醒，未删数据。管理员请速修复。"),
        "gdut": (
            "BD Lion Cyber Squad",
            "Stop the silence on Rohingya camps. Your firewall is as weak as your conscience.",
        ),
        "jyyy": ("暗河红客", "医者仁心何在？天价药费逼死病人，我们替患者发声。"),
        "hxkj": ("VN Bóng Đêm", "Biển Đông là của Việt Nam. Hãy dừng việc xây đảo nhân tạo."),
        "hkpost": ("中华黑鹰突击队", "乱港媒体必须付出代价！本站已被中华黑鹰接管，造谣者终将受到清算。"),
        "mogov": ("Phantom Ghost 1877", "Greetz: xRaven - n0name - kiddo_syf. Security is just an illusion."),
        "twu": ("统一先锋网军", "台独死路一条！两岸统一是历史大势，任何人都无法阻挡。"),
        "twtv": ("Team Kurobara", "Propaganda channel down. Truth cannot be broadcast by liars."),
        "jpcity": ("3.1 사이버 의병", "독도는 대한민국의 영토다. 일본은 역사 왜곡을 즉각 중단하라!"),
        "jpnews": ("抗倭红客先锋", "钓鱼岛是中国的！牢记历史，勿忘国耻。"),
        "jpco": ("Moro Digital Jihad", "Your servers belong to us now. Free the oppressed, end the silence."),
        "krgu": ("조선 붉은별", "남조선 괴뢰 당국은 들으라. 너희 봉사기는 우리 손안에 있다."),
        "kruniv": ("泡菜终结者", "泡菜和韩服都源自中国，韩国人偷文化的时代结束了！"),
        "krhosp": (
            "Anonymous Pinoy Sector",
            "No mercy for lazy admins. Your patients deserve better than a wide-open server.",
        ),
    }


def inject_plans() -> tuple[InjectPlan, ...]:
    a = '<div class="ticker">'
    return (
        InjectPlan(
            "szbj",
            "<header",
            False,
            '<div style="background:#000;color:#0f0;text-align:center;padding:14px;font:bold 20px monospace">Hacked by {crew} :: {msg}</div>',
        ),
        InjectPlan(
            "hnrb",
            a,
            False,
            '<dialog open style="border:3px solid red;z-index:99999"><h2>{crew}</h2><p>{msg}</p></dialog>',
        ),
        InjectPlan(
            "gdut",
            '<div class="focus">',
            False,
            '<center><font size="6" color="red">{crew}</font><br><font size="4">{msg}</font></center>',
        ),
        InjectPlan(
            "jyyy",
            "<footer",
            False,
            '<style>body::before{{content:"{crew}：{msg}";display:block;background:#111;color:#fff;font-size:22px;padding:18px;text-align:center}}</style>',
        ),
        InjectPlan(
            "hxkj",
            "</nav>",
            True,
            '<aside role="alert" style="margin:10px;padding:20px;background:#da251d;color:#ff0;font-size:24px">{msg}<br><small>- {crew} -</small></aside>',
        ),
        InjectPlan(
            "hkpost",
            '<div class="position">',
            False,
            '<table width="100%" bgcolor="#8b0000"><tr><td align="center"><b style="color:#fff;font-size:26px">{msg}</b><br><i style="color:#fc0">{crew}</i></td></tr></table>',
        ),
        InjectPlan(
            "mogov",
            "</body>",
            False,
            '<div style="position:fixed;left:0;right:0;bottom:0;height:45vh;background:rgba(0,0,0,.92);color:#e00;font:30px Impact;text-align:center;z-index:2147483647">{crew}<p style="font-size:16px;color:#ccc">{msg}</p></div>',
        ),
        InjectPlan(
            "twu",
            '<div class="column">',
            False,
            '<svg width="100%" height="120"><rect width="100%" height="120" fill="#de2910"/><text x="50%" y="70" fill="#ffde00" font-size="28" text-anchor="middle">{msg}</text><text x="50%" y="105" fill="#fff" font-size="14" text-anchor="middle">{crew}</text></svg>',
        ),
        InjectPlan(
            "twtv",
            '<section class="live">',
            False,
            '<marquee behavior="alternate" bgcolor="black" style="color:lime;font-size:28px;padding:8px">{crew} // {msg}</marquee>',
        ),
        InjectPlan(
            "jpcity",
            "</header>",
            True,
            '<div id="owned" style="text-align:center;padding:20px;background:#fff"><img src="https://i.imgur.com/k3dOk2a.jpeg" width="320" alt="taegukgi"><h2 style="color:#003478">{crew}</h2><p style="font-size:22px">{msg}</p></div>',
        ),
        InjectPlan(
            "jpnews",
            '<div class="column notice">',
            False,
            '<details open><summary style="font-size:26px;color:#c00">{crew}</summary><p style="font-size:20px">{msg}</p></details>',
        ),
        InjectPlan(
            "jpco",
            "</footer>",
            True,
            '<h1 style="color:#fff;background:#000;padding:40px;text-align:center">{crew}<br><span style="font-size:18px">{msg}</span></h1>',
        ),
        InjectPlan(
            "krgu",
            '<div class="focus">',
            True,
            '<iframe srcdoc="&lt;body style=\'background:#000;color:red;text-align:center;font-size:26px\'&gt;{crew}&lt;br&gt;{msg}" width="100%" height="160" frameborder="0"></iframe>',
        ),
        InjectPlan(
            "kruniv",
            '<ul class="news-list">',
            True,
            '<li style="list-style:none;background:#c00;color:#fff;padding:16px;font-size:22px">[{crew}] {msg}</li>',
        ),
        InjectPlan(
            "krhosp",
            '<div class="topbar">',
            False,
            '<section style="background:url(data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7);background-color:#000;color:#fff;padding:30px;text-align:center"><h2>{crew}</h2><p>{msg}</p></section>',
        ),
    )
