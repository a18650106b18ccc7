"""Traditional Chinese templates: a Hong Kong paper, Hong Kong government press releases, a bilingual
Macao government site and a Taiwanese blog portal."""

# ruff: noqa: E501 - page markup reads best one element a line

from __future__ import annotations

from ..data.hant import MO_PT, TW_AUTHORS
from ..model import Item, View
from .chrome import friend_links, sub_menus, topic_tiles
from .common import esc, meta_charset, mourning, notice_bar, qr, vendors, ymd


def hk_news(view: View) -> str:
    def block(key: str, label: str) -> str:
        rows = "".join(
            f'<li><a href="{i.href}"><span class="ttl">{esc(i.title)}</span></a><time>{i.when:%H:%M}</time></li>'
            for i in view.items(key)
        )
        return f'<section class="blk" id="{key}"><h2>{label}</h2><ul>{rows}</ul></section>'

    lead = view.items("hk")[0]
    return f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
{meta_charset(view, http_equiv=True)}
<title>港聞日報 - 香港新聞、即時新聞、財經</title>
<meta property="og:site_name" content="港聞日報">
<link rel="stylesheet" href="/assets/css/kmd.css?20230911">
{mourning(view)}
</head>
<body>
<div id="header"><div class="masthead"><a href="/"><img src="/assets/img/kmd_logo.gif" alt="港聞日報"></a>
<span class="today">{view.when.year}年{view.when.month}月{view.when.day}日 星期{"一二三四五六日"[view.when.weekday()]}</span></div>
<ul class="menu"><li><a href="/hk/">港聞</a></li><li><a href="/instant/">即時</a></li><li><a href="/finance/">財經</a></li><li><a href="/china/">兩岸</a></li><li><a href="/world/">國際</a></li><li><a href="/sport/">體育</a></li><li><a href="/ent/">娛樂</a></li><li><a href="/column/">副刊</a></li></ul>{sub_menus(view)}</div>
{notice_bar(view, "alert")}
<div id="content">
<div class="headline"><a href="{lead.href}"><img src="/photo/{view.extras["serial"]}.jpg" alt=""><h1>{esc(lead.title)}</h1></a></div>
{block("hk", "港聞")}{block("instant", "即時新聞")}{block("finance", "財經")}
<div class="ad300"><img src="/ads/{view.extras["campaign"]}_{view.banner}.jpg" width="300" height="250" alt="廣告"></div>
</div>
{friend_links(view)}
<div id="footer"><a href="/about/">關於我們</a> | <a href="/privacy/">私隱政策</a> | <a href="/ad/">廣告查詢</a><br>© {view.when.year} 港聞日報有限公司 版權所有 不得轉載</div>
{vendors(view)}
</body>
</html>"""


def hk_press(view: View) -> str:
    rows = "".join(
        f'<li><span class="time">{i.when:%H:%M}</span> <a href="{i.href}">{esc(i.title)}</a></li>'
        for i in view.items("press")
    )
    notes = "".join(f'<p><a href="{i.href}">{esc(i.title)}</a></p>' for i in view.items("notices"))
    return f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
{meta_charset(view)}
<title>新聞公報 - {esc(view.site.name)}</title>
<link rel="stylesheet" href="/tc/css/press.css">
<link rel="alternate" hreflang="en" href="/en/">
{mourning(view)}
</head>
<body>
<a class="skip" href="#main">跳至主要內容</a>
<div id="top"><a href="/en/">English</a> | <a href="/sc/">简体</a> | <a href="/tc/txtonly/">純文字版</a> | 字型大小 <a href="#">A</a><a href="#">A+</a></div>
<div id="banner"><img src="/images/logo_tc.gif" alt="香港特別行政區政府 {esc(view.site.name)}"></div>
<div id="nav"><a href="/tc/">主頁</a><a href="/tc/press/">新聞公報</a><a href="/tc/notices/">公告</a><a href="/tc/publications/">刊物</a><a href="/tc/contact/">聯絡我們</a></div>
{notice_bar(view, "warning")}
<div id="main"><h1>新聞公報 {view.when.year}年{view.when.month}月{view.when.day}日</h1><ul class="pr-list">{rows}</ul>
<div class="notices"><h2>重要公告</h2>{notes}</div></div>
{friend_links(view)}
<div id="footer"><a href="/tc/notices/copyright.htm">重要告示</a> | <a href="/tc/privacy.htm">私隱政策</a> | <a href="/tc/accessibility.htm">無障礙瀏覽</a><br>
2024© | 最近修訂日期: {ymd(view.when)}<br><img src="/images/wcag2AA.png" alt="符合無障礙網頁內容指引2.0 AA級別"></div>
{vendors(view)}
</body>
</html>"""


def mo_bilingual(view: View) -> str:
    def cards(key: str) -> str:
        return "".join(
            f'<div class="card"><a href="{i.href}"><p class="dt">{ymd(i.when, "/")}</p><h3>{esc(i.title)}</h3></a></div>'
            for i in view.items(key)
        )

    pt = "".join(f'<a href="/pt/{n}/">{t}</a>' for n, t in enumerate(MO_PT))
    return f"""<!DOCTYPE html>
<html lang="zh-MO">
<head>
{meta_charset(view)}
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(view.site.name)} | Portal de Informação Municipal</title>
<link rel="stylesheet" href="/static/css/app.9c1e.css">
{mourning(view)}
</head>
<body>
<header class="site-header"><div class="brand"><img src="/static/img/emblem.svg" alt=""><span>{esc(view.site.name)}</span><small>Portal de Informação Municipal</small></div>
<nav class="lang"><a href="/zh_tw/">繁體</a><a href="/zh_cn/">简体</a><a href="/pt/">Português</a><a href="/en/">English</a></nav>
<nav class="main-nav"><a href="/zh_tw/">首頁</a><a href="/zh_tw/news/">新聞</a><a href="/zh_tw/services/">公共服務</a><a href="/zh_tw/aviso/">通告</a><a href="/zh_tw/contact/">聯絡我們</a></nav></header>
{notice_bar(view, "typhoon-bar")}
<main><section class="hero" style="background-image:url(/media/hero/{view.extras["campaign"]}_{view.banner}.jpg)"></section>
<section><h2>最新消息 / Notícias</h2><div class="cards">{cards("news")}</div></section>
<section><h2>通告 / Avisos</h2><div class="cards small">{cards("aviso")}</div></section></main>
{topic_tiles(view)}
<footer>{friend_links(view)}<div class="pt">{pt}</div><p>© {view.when.year} {esc(view.site.name)} 版權所有 | Todos os direitos reservados</p>{qr("/static/img/wechat.png", "微信公眾號")}</footer>
{vendors(view)}
</body>
</html>"""


def tw_portal(view: View) -> str:
    def post(item: Item, n: int) -> str:
        author = TW_AUTHORS[(n + len(item.title)) % len(TW_AUTHORS)]
        return (
            f'<article class="post"><a href="{item.href}"><img src="/thumb/{item.href.rsplit("/", 1)[-1]}.jpg"></a>'
            f'<h3><a href="{item.href}">{esc(item.title)}</a></h3><p class="meta">{esc(author)} · {ymd(item.when, "/")}</p></article>'
        )

    hot = "".join(post(i, n) for n, i in enumerate(view.items("hot")))
    new = "".join(f'<li><a href="{i.href}">{esc(i.title)}</a></li>' for i in view.items("new"))
    return f"""<!DOCTYPE html>
<html lang="zh-TW">
<head>
{meta_charset(view, http_equiv=True)}
<title>部落客大本營 - 台灣最大的部落格社群</title>
<link rel="stylesheet" href="//s.bloghub.com.tw/css/portal.min.css">
</head>
<body>
<div class="gnb"><a href="/">首頁</a><a href="/cat/food">美食</a><a href="/cat/travel">旅遊</a><a href="/cat/3c">3C</a><a href="/cat/family">親子</a><a href="/cat/money">理財</a><a class="login" href="/login">登入 / 註冊</a></div>
<div class="banner"><a href="/event/{view.extras["campaign"]}"><img src="//s.bloghub.com.tw/banner/{view.extras["campaign"]}_{view.banner}.jpg"></a></div>
<div class="container"><main><h2>熱門文章</h2>{hot}</main>
<aside><h2>最新發表</h2><ul>{new}</ul><div class="ad"><ins class="adsbygoogle" style="display:block" data-ad-slot="{view.counter % 9999999}"></ins></div></aside></div>
<footer>© {view.when.year} BlogHub 部落客大本營 | <a href="/terms">服務條款</a> | <a href="/privacy">隱私權政策</a> | 今日瀏覽 {view.counter}</footer>
{vendors(view)}
</body>
</html>"""
