"""The bulk real portals carry below their news: topic tiles and link directories (ministries,
sister cities, partner media), the same at every capture of a site."""

# ruff: noqa: E501

from __future__ import annotations

import html

from .sites import Site
from .state import State

TILES: dict[str, tuple[str, ...]] = {
    "zh-CN": (
        "优化营商环境",
        "乡村振兴",
        "政府信息公开年报",
        "法治政府建设",
        "12345政务服务便民热线",
        "我为政府网站找错",
        "清廉建设",
        "安全生产",
        "双拥共建",
        "文明创建",
        "民生实事",
        "统计数据",
    ),
    "zh-HK": ("防洪資訊", "公眾諮詢", "工程項目", "環保教育", "招標公告", "刊物下載"),
    "zh-MO": ("澳門通", "粵澳合作", "經濟民生", "文化活動", "體育盛事"),
    "zh-TW": ("美食地圖", "旅遊懶人包", "開箱評測", "親子好去處", "部落客招募"),
    "ja": ("移住・定住", "子育て支援", "防災情報", "観光情報", "入札・契約", "県の統計"),
    "ko": ("전자민원", "정보공개청구", "시민참여예산", "생활불편신고", "여권민원", "일자리정보"),
}

DIRECTORY: dict[str, tuple[tuple[str, tuple[tuple[str, str], ...]], ...]] = {
    "zh-CN": (
        (
            "国务院部门",
            (
                ("外交部", "www.mfa.gov.cn"),
                ("国家发展改革委", "www.ndrc.gov.cn"),
                ("教育部", "www.moe.gov.cn"),
                ("科技部", "www.most.gov.cn"),
                ("工业和信息化部", "www.miit.gov.cn"),
                ("公安部", "www.mps.gov.cn"),
                ("民政部", "www.mca.gov.cn"),
                ("财政部", "www.mof.gov.cn"),
                ("自然资源部", "www.mnr.gov.cn"),
                ("生态环境部", "www.mee.gov.cn"),
            ),
        ),
        (
            "新闻媒体",
            (
                ("人民网", "www.people.com.cn"),
                ("新华网", "www.xinhuanet.com"),
                ("央视网", "www.cctv.com"),
                ("中国新闻网", "www.chinanews.com.cn"),
                ("光明网", "www.gmw.cn"),
            ),
        ),
    ),
    "zh-HK": (
        (
            "政府部門",
            (
                ("政府新聞網", "www.news.gov.hk"),
                ("香港天文台", "www.hko.gov.hk"),
                ("環境保護署", "www.epd.gov.hk"),
                ("路政署", "www.hyd.gov.hk"),
                ("土木工程拓展署", "www.cedd.gov.hk"),
                ("一站通", "www.gov.hk"),
            ),
        ),
    ),
    "zh-MO": (
        (
            "相關網站",
            (
                ("澳門特別行政區政府入口網站", "www.gov.mo"),
                ("澳門旅遊局", "www.macaotourism.gov.mo"),
                ("地球物理氣象局", "www.smg.gov.mo"),
                ("交通事務局", "www.dsat.gov.mo"),
            ),
        ),
    ),
    "zh-TW": (
        (
            "友站連結",
            (
                ("中央氣象署", "www.cwa.gov.tw"),
                ("交通部觀光署", "www.taiwan.net.tw"),
                ("台灣高鐵", "www.thsrc.com.tw"),
            ),
        ),
    ),
    "ja": (
        (
            "関連リンク",
            (
                ("首相官邸", "www.kantei.go.jp"),
                ("総務省", "www.soumu.go.jp"),
                ("気象庁", "www.jma.go.jp"),
                ("松江市", "www.city.matsue.lg.jp"),
                ("出雲市", "www.city.izumo.shimane.jp"),
            ),
        ),
    ),
    "ko": (
        (
            "관련사이트",
            (
                ("정부24", "www.gov.kr"),
                ("국민신문고", "www.epeople.go.kr"),
                ("전라북도", "www.jeonbuk.go.kr"),
                ("행정안전부", "www.mois.go.kr"),
                ("기상청", "www.kma.go.kr"),
            ),
        ),
    ),
}


TAB_SCRIPT = """<script type="text/javascript">
(function(){{var tabs=document.querySelectorAll(".{p}-topics li");for(var i=0;i<tabs.length;i++){{tabs[i].onmouseover=function(){{for(var j=0;j<tabs.length;j++){{tabs[j].className=tabs[j].className.replace(" on","");}}this.className+=" on";}};}}
var n=0,box=document.querySelector(".{p}-linkdir");if(box){{setInterval(function(){{n=(n+1)%3;box.setAttribute("data-page",n);}},5000);}}}})();
</script>"""

FLOAT = """<div id="{p}_float" style="position:absolute;z-index:999;left:10px;top:120px;width:220px"><a href="/ztzl/{slug}/" target="_blank"><img src="/images/float/{slug}.jpg" width="220" alt="{alt}"></a><span onclick="this.parentNode.style.display='none'" style="cursor:pointer;position:absolute;right:0;top:0;background:#fff">关闭</span></div>
<script type="text/javascript">(function(){{var f=document.getElementById("{p}_float"),x=10,y=120,dx=1,dy=1;var t=setInterval(function(){{var w=document.documentElement.clientWidth-230,h=document.documentElement.clientHeight-150;x+=dx;y+=dy;if(x<0||x>w)dx=-dx;if(y<0||y>h)dy=-dy;f.style.left=x+"px";f.style.top=(y+document.documentElement.scrollTop)+"px";}},30);f.onmouseover=function(){{clearInterval(t);}};}})();</script>"""

FLOAT_TOPICS = (
    ("gjaqr", "全民国家安全教育日"),
    ("wlaqxcz", "国家网络安全宣传周"),
    ("yhyshj", "优化营商环境投诉举报"),
    ("rkpc", "全国经济普查"),
)


def floating_window(prefix: str, turn: int) -> str:
    """The floating promo window (飘窗) mainland portals show some weeks and not others."""
    if turn % 3:
        return ""
    slug, alt = FLOAT_TOPICS[turn // 3 % len(FLOAT_TOPICS)]
    return FLOAT.format(p=prefix, slug=slug, alt=html.escape(alt)) + "\n"


def bulk(site: Site, prefix: str) -> str:
    tiles = TILES.get(site.lang, TILES["zh-CN"])
    tile_html = "\n".join(
        f'<li class="{prefix}-tile{n % 4}"><a href="/ztzl/zt{n:02d}/"><img src="/images/zt/{n:02d}.jpg" alt="{html.escape(t)}"><span>{html.escape(t)}</span></a></li>'
        for n, t in enumerate(tiles)
    )
    groups = "\n".join(
        f'<dl class="{prefix}-linkgroup"><dt>{html.escape(name)}</dt>'
        + "".join(
            f'<dd><a href="http://{host}/" target="_blank">{html.escape(label)}</a></dd>'
            for label, host in links
        )
        + "</dl>"
        for name, links in DIRECTORY.get(site.lang, DIRECTORY["zh-CN"])
    )
    script = TAB_SCRIPT.format(p=prefix)
    return f'<div class="{prefix}-topics"><ul>\n{tile_html}\n</ul></div>\n<div class="{prefix}-linkdir">\n{groups}\n</div>\n{script}\n'


HOT: dict[str, str] = {
    "zh-CN": "热点排行",
    "zh-HK": "熱門",
    "zh-MO": "熱門",
    "zh-TW": "人氣文章",
    "ja": "よく見られているページ",
    "ko": "많이 본 소식",
}
PHOTOS: dict[str, str] = {
    "zh-CN": "图片新闻",
    "zh-HK": "圖輯",
    "zh-MO": "圖片",
    "zh-TW": "精選照片",
    "ja": "フォトニュース",
    "ko": "포토뉴스",
}
HOT_COUNT, PHOTO_COUNT = 10, 4


def sidebar(site: Site, state: State, prefix: str) -> str:
    """The most-read list (its own order, drifting as items come and go) and a photo strip."""
    items = [it for col in state.columns.values() for it in col]
    hot = sorted(items, key=lambda it: (hash_url(it.url), it.title))[:HOT_COUNT]
    rows = "\n".join(
        f'<li><em>{n + 1}</em><a href="{it.url}" target="_blank">{html.escape(it.title)}</a></li>'
        for n, it in enumerate(hot)
    )
    first = next(iter(state.columns.values()))
    photos = "\n".join(
        f'<li><a href="{it.url}"><img src="/images/{it.when:%Y%m}/p{n}{it.when:%d%H}.jpg" alt="{html.escape(it.title)}"><p>{html.escape(it.title)}</p></a></li>'
        for n, it in enumerate(first[1 : 1 + PHOTO_COUNT])
    )
    return (
        f'<div class="{prefix}-side"><div class="{prefix}-hot"><h3>{HOT[site.lang]}</h3><ol>\n{rows}\n</ol></div>\n'
        f'<div class="{prefix}-photos"><h3>{PHOTOS[site.lang]}</h3><ul>\n{photos}\n</ul></div></div>\n'
    )


def hash_url(url: str) -> int:
    """A stable pseudo read count for an address (Python's hash() is salted per process)."""
    return sum((i + 1) * ord(c) for i, c in enumerate(url)) % 9973
