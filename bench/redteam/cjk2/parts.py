"""Pieces every template shares: the charset declaration, the day's special states, vendor tags,
dates in the site's style, banners, counters and the footer."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import html
from datetime import datetime

from .sites import Site
from .state import Item, State
from .vendors import tag

META_STYLES = (
    '<meta http-equiv="Content-Type" content="text/html; charset={cs}" />',
    '<meta charset="{cs}">',
)

MOURNING_CSS = "<style>html{filter:grayscale(100%);-webkit-filter:grayscale(100%);-moz-filter:grayscale(100%);filter:progid:DXImageTransform.Microsoft.BasicImage(grayscale=1);}</style>"

BANNERS: dict[str, tuple[str, ...]] = {
    "zh-CN": (
        "深入学习贯彻党的二十大精神",
        "优化营商环境 我们在行动",
        "创建全国文明城市 共建美好家园",
        "防范电信网络诈骗 守护群众钱袋子",
        "全民国家安全教育日",
        "厉行节约 反对浪费",
        "安全生产月 人人讲安全",
    ),
    "zh-HK": ("齊心抗疫 守護香港", "夜繽紛 香港夜市", "防止蚊患 清除積水", "智方便 一個帳戶通行"),
    "zh-MO": ("澳門國際美食之都", "慶祝澳門回歸", "全民運動日", "防詐騙 要記住"),
    "zh-TW": ("新站功能上線！", "寫文章抽好禮", "年度部落客大賞開跑"),
    "ja": ("しまね移住フェア開催中", "マイナンバーカードの申請はお早めに", "防災メールに登録しましょう"),
    "ko": ("전주국제영화제 개막", "함께 만드는 탄소중립 전주", "전주시 청년정책 안내"),
}

ALERTS: dict[str, tuple[str, ...]] = {
    "zh-CN": (
        "【紧急通知】市气象台发布暴雨红色预警信号，请市民非必要不外出",
        "【重要提示】受台风影响，全市中小学今日停课",
        "【公告】本网站将于今晚22:00至次日02:00进行系统维护",
        "【防汛】请沿河低洼地带群众及时转移",
    ),
    "zh-HK": ("黑色暴雨警告信號現正生效", "八號烈風或暴風信號現正生效，請留在安全地方"),
    "zh-MO": ("八號風球現正懸掛，請市民留在室內", "黃色暴雨警告現正生效"),
    "zh-TW": ("颱風假資訊整理中，請以官方公告為準",),
    "ja": (
        "【重要】大雨特別警報が発表されました。命を守る行動をとってください",
        "【お知らせ】システムメンテナンスのため一部サービスを停止します",
    ),
    "ko": ("[긴급] 호우경보 발령, 하천변 산책로 출입을 삼가 주십시오", "[안내] 홈페이지 서비스 점검"),
}

UI: dict[str, dict[str, str]] = {
    "zh-CN": {
        "more": "更多>>",
        "search": "搜索",
        "visits": "您是第{n}位访客",
        "qr": "微信公众号",
        "home": "首页",
        "links": "友情链接",
        "login": "登录",
        "older": "下一页",
        "skip": "跳转到主要内容",
        "nojs": "请开启JavaScript以正常使用本站。",
        "reg": "注册",
        "ask": "请输入关键字",
    },
    "zh-HK": {
        "more": "更多",
        "search": "搜尋",
        "visits": "瀏覽人次：{n}",
        "qr": "WhatsApp頻道",
        "home": "主頁",
        "links": "相關網站",
        "login": "登入",
        "older": "下一頁",
        "skip": "跳至主要內容",
        "nojs": "請啟用JavaScript。",
        "reg": "註冊",
        "ask": "請輸入關鍵字",
    },
    "zh-MO": {
        "more": "更多",
        "search": "搜尋",
        "visits": "瀏覽人次：{n}",
        "qr": "微信公眾號",
        "home": "首頁",
        "links": "友好網站",
        "login": "登入",
        "older": "下一頁",
        "skip": "跳至主要內容",
        "nojs": "請啟用JavaScript。",
        "reg": "註冊",
        "ask": "請輸入關鍵字",
    },
    "zh-TW": {
        "more": "看更多",
        "search": "搜尋",
        "visits": "今日人氣：{n}",
        "qr": "加入LINE好友",
        "home": "首頁",
        "links": "推薦部落格",
        "login": "登入",
        "older": "較舊文章",
        "skip": "跳到主要內容",
        "nojs": "請開啟JavaScript。",
        "reg": "註冊",
        "ask": "搜尋文章",
    },
    "ja": {
        "more": "一覧を見る",
        "search": "検索",
        "visits": "アクセス数：{n}",
        "qr": "公式LINE",
        "home": "ホーム",
        "links": "関連リンク",
        "login": "ログイン",
        "older": "次へ",
        "skip": "本文へ移動",
        "nojs": "JavaScriptを有効にしてください。",
        "reg": "新規登録",
        "ask": "キーワードを入力",
    },
    "ko": {
        "more": "더보기",
        "search": "검색",
        "visits": "방문자수 {n}",
        "qr": "카카오톡 채널",
        "home": "홈",
        "links": "관련사이트",
        "login": "로그인",
        "older": "다음",
        "skip": "본문 바로가기",
        "nojs": "자바스크립트를 활성화해 주세요.",
        "reg": "회원가입",
        "ask": "검색어를 입력하세요",
    },
}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def ui(site: Site, key: str) -> str:
    return UI.get(site.lang, UI["zh-CN"])[key]


def charset_meta(site: Site, style: int = 0) -> str:
    """The page's own charset declaration (empty when only the server names it)."""
    if site.declare == "header":
        return ""
    return META_STYLES[style % len(META_STYLES)].replace("{cs}", site.charset)


def content_type(site: Site) -> str:
    if site.declare in ("header", "both"):
        return f"text/html; charset={site.charset.upper() if site.charset.startswith('gb') else site.charset}"
    return "text/html"


def day(when: datetime, site: Site, short: bool = False) -> str:
    if site.lang == "ja":
        return f"{when.year}年{when.month}月{when.day}日" if not short else f"{when.month}月{when.day}日"
    if site.lang == "ko":
        return f"{when.year}.{when.month:02d}.{when.day:02d}"
    if short:
        return f"{when.month:02d}-{when.day:02d}"
    return f"{when.year}-{when.month:02d}-{when.day:02d}"


def special_head(state: State) -> str:
    return MOURNING_CSS if state.mourning else ""


def vendor_tags(site: Site, state: State) -> str:
    ids = state.ids
    return "\n".join(
        tag(v, site.host, ids["num"], ids["id8"], ids["id32"], ids["code"]) for v in state.vendors
    )


def banner_text(site: Site, state: State) -> str:
    texts = BANNERS.get(site.lang, BANNERS["zh-CN"])
    return texts[state.banner % len(texts)]


def alert_bar(state: State, cls: str) -> str:
    if not state.alert:
        return ""
    return f'<div class="{cls}" style="background:#c00;color:#fff;padding:6px 0;text-align:center;font-weight:bold">{esc(state.alert)}</div>\n'


def counter(site: Site, state: State, cls: str) -> str:
    return f'<span class="{cls}">{esc(ui(site, "visits").replace("{n}", str(state.counter)))}</span>'


def footer_lines(site: Site, sep: str = "<br>\n") -> str:
    return sep.join(esc(line) for line in site.footer)


def li_list(
    site: Site, items: list[Item], cls: str, date_cls: str, short: bool = True, limit: int = 8
) -> str:
    rows = [
        f'<li class="{cls}"><a href="{it.url}" target="_blank" title="{html.escape(it.title)}">{esc(it.title)}</a><span class="{date_cls}">{day(it.when, site, short)}</span></li>'
        for it in items[:limit]
    ]
    return "\n".join(rows)


def nav_links(site: Site, fmt: str) -> str:
    return "\n".join(fmt.format(i=i, label=esc(label)) for i, label in enumerate(site.nav))
