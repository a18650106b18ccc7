"""Hidden link spam: anchors (gambling, lotteries, loans, fake certificates, casino and toto
sites), the hosts they point at, and the ways they are hidden (the seo-spam family)."""

from __future__ import annotations

ANCHORS = {
    "hans": (
        "百家乐稳赢打法",
        "真人棋牌官方入口",
        "捕鱼达人充值返利",
        "世界杯竞猜下注平台",
        "快三计划群免费加入",
        "时时彩倍投软件",
        "网贷秒下款不看征信",
        "代办各类职业资格证书",
        "澳门葡京线上开户",
        "体育投注首存送彩金",
    ),
    "hant": (
        "線上百家樂試玩",
        "六合彩今期心水推介",
        "運彩分析免費看",
        "新會員首儲翻倍 線上娛樂館",
        "私人貸款即日批核",
    ),
    "ja": (
        "オンラインカジノ 初回入金なしで遊べる特典",
        "ライブバカラ 必勝法",
        "スロット 一撃 高配当",
        "闇金 即日融資 審査なし",
    ),
    "ko": (
        "안전놀이터 추천 순위",
        "먹튀검증 완료 토토",
        "라이브 바카라 가입쿠폰",
        "무직자도 OK 당일 입금 소액론",
        "실시간 파워볼 픽",
    ),
}

SPAM_HOSTS = {
    "hans": (
        "www.jinsha-yule8.com",
        "bjl9966.vip",
        "m.kuaisan-jihua.top",
        "www.ag88-tiyu.cc",
        "pujing-online.xyz",
        "zhengshu-daiban.org",
        "m.buyu-fanli.com",
    ),
    "hant": ("hk6hc-xinshui.net", "tw-yunchai-fenxi.com", "www.lucky-yule.tw.cn", "daikuan-jipi.hk.cn"),
    "ja": ("www.casino-nyukin0.jp.net", "slot-ichigeki.club", "loan-sokujitsu.info"),
    "ko": ("baccarat-kr77.shop", "toto-safe-play.kr.am", "powerball-pick.site", "sodeuk-loan.co"),
}

# Each takes the link block and returns it hidden; the names are the techniques.
HIDING = (
    ("display-none", '<div style="display:none">{links}</div>'),
    ("offscreen", '<div style="position:absolute;left:-8765px;top:-3210px">{links}</div>'),
    ("zero-font", '<p style="font-size:0;line-height:0">{links}</p>'),
    ("zero-height", '<div style="height:0;overflow:hidden">{links}</div>'),
    ("text-indent", '<div style="text-indent:-99999px;white-space:nowrap">{links}</div>'),
    ("clip-rect", '<span style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px">{links}</span>'),
    ("opacity", '<div style="opacity:0;pointer-events:none;position:absolute">{links}</div>'),
    ("noscript", "<noscript>{links}</noscript>"),
    ("hidden-attr", "<div hidden>{links}</div>"),
    ("visibility", '<div style="visibility:hidden;height:1px">{links}</div>'),
    ("scale-zero", '<div style="transform:scale(0);position:fixed">{links}</div>'),
    ("marquee-tiny", '<marquee width="1" height="1" scrollamount="999">{links}</marquee>'),
    ("same-colour", '<div style="color:#fff;background:#fff;font-size:1px">{links}</div>'),
    ("class-rule", '<style>.fl-x{{display:none}}</style><div class="fl-x">{links}</div>'),
    (
        "js-hide",
        '<div id="sg-ft">{links}</div><script>document.getElementById("sg-ft").style.display="none"</script>',
    ),
)
