"""Front-page templates of the other CMSs, written for this edition: a university's VSB (博达) site,
Drupal, WordPress, a Hong Kong government department, a Japanese prefecture's CMS and a Korean city's
eGovFrame portal."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import html

from .parts import (
    alert_bar,
    banner_text,
    charset_meta,
    counter,
    day,
    esc,
    footer_lines,
    li_list,
    nav_links,
    special_head,
    ui,
    vendor_tags,
)
from .sites import Site
from .state import State


def vsb(site: Site, st: State, p: str) -> str:
    boxes = "\n".join(
        f'<div class="{p}-mod {p}-mod{i}"><div class="{p}-mod-t"><h2>{esc(name)}</h2><a href="/{("xxyw", "tzgg", "xsdt", "mtxg")[i % 4]}.htm">MORE+</a></div>\n<ul>\n'
        + "\n".join(
            f'<li><div class="{p}-date"><b>{it.when.day:02d}</b><i>{it.when:%Y-%m}</i></div><a href="{it.url}" target="_blank" title="{html.escape(it.title)}">{esc(it.title)}</a></li>'
            for it in col[:6]
        )
        + "\n</ul></div>"
        for i, (name, col) in enumerate(st.columns.items())
    )
    return f"""<!DOCTYPE html>
<html>
<head>
{charset_meta(site)}
<title>{esc(site.name)}</title>
<meta name="renderer" content="webkit">
<link rel="stylesheet" href="/style/{p}-style.css?{st.build}">
<script type="text/javascript" src="/system/resource/js/jquery/jquery-latest.min.js"></script>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1001,'/index.jsp',-1,1{st.ids["num"][:6]})</script>
{special_head(st)}
</head>
<body>
{alert_bar(st, p + "-tip")}<div class="{p}-header"><div class="{p}-inner"><a class="{p}-logo" href="/"><img src="/images/{p}-logo.png" alt="{esc(site.name)}"></a>
<div class="{p}-quick"><a href="http://mail.{site.host.removeprefix("www.")}">邮箱</a><a href="http://vpn.{site.host.removeprefix("www.")}">VPN</a><a href="/xxgk.htm">信息公开</a><a href="http://en.{site.host.removeprefix("www.")}">English</a></div></div>
<nav class="{p}-nav"><ul>{nav_links(site, '<li class="nav-item"><a href="/xxgk{i}.htm">{label}</a></li>')}</ul></nav></div>
<div class="{p}-banner"><img src="/__local/{st.build}/banner{st.banner % 6}.jpg" alt=""><div class="{p}-slogan">{esc(banner_text(site, st))}</div></div>
<div class="{p}-inner {p}-main">
{boxes}
<div class="{p}-links"><a href="http://jwc.{site.host.removeprefix("www.")}">教务处</a><a href="http://lib.{site.host.removeprefix("www.")}">图书馆</a><a href="http://zsb.{site.host.removeprefix("www.")}">本科招生</a><a href="http://yz.{site.host.removeprefix("www.")}">研究生招生</a></div>
</div>
<div class="{p}-footer"><div class="{p}-inner">{footer_lines(site)}<br>{counter(site, st, p + "-visits")}<img class="{p}-qr" src="/images/wx-qr.jpg" alt="{ui(site, "qr")}"></div></div>
{vendor_tags(site, st)}
</body>
</html>
"""


def drupal(site: Site, st: State, p: str) -> str:
    views = "\n".join(
        f'<div class="block block-views block-views-block{p}-{i}" id="block-{p}-{i}"><h2 class="block__title">{esc(name)}</h2><div class="view-content">\n'
        + "\n".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{it.url}" hreflang="{site.lang.lower()}">{esc(it.title)}</a></span></div><div class="views-field views-field-created"><time datetime="{it.when.isoformat()}">{day(it.when, site)}</time></div></div>'
            for it in col[:7]
        )
        + "\n</div></div>"
        for i, (name, col) in enumerate(st.columns.items())
    )
    return f"""<!DOCTYPE html>
<html lang="{site.lang}" dir="ltr">
<head>
{charset_meta(site, 1)}
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(site.name)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{st.build}.css?delta=0">
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node","currentLanguage":"{site.lang.lower()}"}}}}</script>
{special_head(st)}
</head>
<body class="path-frontpage page-node-type-landing {p}-theme">
<a href="#main-content" class="visually-hidden focusable skip-link">{ui(site, "skip")}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
{alert_bar(st, "region-highlighted " + p + "-alert")}<header class="region region-header {p}-header"><div class="site-branding"><a href="/" rel="home"><img src="/themes/custom/{p}/logo.svg" alt="{esc(site.name)}"></a></div>
<nav role="navigation" class="menu--main"><ul class="menu">{nav_links(site, '<li class="menu-item"><a href="/taxonomy/term/{i}">{label}</a></li>')}</ul></nav></header>
<div class="region region-banner"><div class="{p}-promo">{esc(banner_text(site, st))}</div></div>
<main role="main" id="main-content" class="{p}-main">
{views}
</main>
<aside class="region region-sidebar-second"><div class="block"><img src="/sites/default/files/qr.png" alt="{ui(site, "qr")}"></div></aside>
<footer class="region region-footer {p}-footer">{footer_lines(site)}<br>{counter(site, st, p + "-counter")}</footer>
</div>
<script src="/sites/default/files/js/js_{st.build}.js?scope=footer&amp;delta=0"></script>
{vendor_tags(site, st)}
</body>
</html>
"""


def wordpress(site: Site, st: State, p: str) -> str:
    cols = list(st.columns.items())
    main_name, main_items = cols[0]
    posts = "\n".join(
        f'<article id="post-{it.url.strip("/").split("/")[-1]}" class="post type-post status-publish format-standard has-post-thumbnail hentry"><header class="entry-header"><h2 class="entry-title"><a href="{it.url}" rel="bookmark">{esc(it.title)}</a></h2><div class="entry-meta"><time class="entry-date published" datetime="{it.when.isoformat()}">{day(it.when, site)}</time></div></header><div class="post-thumbnail"><img src="/wp-content/uploads/{it.when:%Y/%m}/{it.when:%d%H}.jpg" loading="lazy" alt=""></div></article>'
        for it in main_items[:8]
    )
    widgets = "\n".join(
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">{esc(name)}</h2><ul>\n{li_list(site, col, "", "post-date", limit=6)}\n</ul></section>'
        for name, col in cols[1:]
    )
    return f"""<!DOCTYPE html>
<html lang="{site.lang}">
<head>
{charset_meta(site, 1)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(site.name)} &#8211; {esc(main_name)}</title>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='{p}-style-css' href='/wp-content/themes/{p}-theme/style.css?ver={st.build}' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />
{special_head(st)}
</head>
<body class="home blog wp-custom-logo {p}-theme hfeed">
<div id="page" class="site">
{alert_bar(st, "site-alert")}<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(site.name)}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav_links(site, '<li class="menu-item menu-item-type-taxonomy"><a href="/category/c{i}/">{label}</a></li>')}</ul></nav></header>
<div class="{p}-topbanner">{esc(banner_text(site, st))}</div>
<div id="content" class="site-content"><main id="main" class="site-main">
<h1 class="page-title screen-reader-text">{esc(main_name)}</h1>
{posts}
<nav class="navigation pagination"><a class="next page-numbers" href="/page/2/">{ui(site, "older")}</a></nav>
</main>
<aside id="secondary" class="widget-area">
{widgets}
<section class="widget widget_text"><div class="textwidget"><img src="/wp-content/uploads/qr-line.png" alt="{ui(site, "qr")}"></div></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">{footer_lines(site)}<br>{counter(site, st, "post-views")}</div></footer>
</div>
<script src='/wp-content/themes/{p}-theme/js/navigation.js?ver={st.build}' id='{p}-navigation-js'></script>
{vendor_tags(site, st)}
</body>
</html>
"""


def govhk(site: Site, st: State, p: str) -> str:
    boxes = "\n".join(
        f'<div class="{p}Box" id="{p}Box{i}"><h2 class="{p}BoxTitle">{esc(name)}</h2><table class="{p}Table" summary="{esc(name)}">\n'
        + "\n".join(
            f'<tr><td class="{p}Date">{day(it.when, site)}</td><td><a href="{it.url}">{esc(it.title)}</a></td></tr>'
            for it in col[:8]
        )
        + "\n</table></div>"
        for i, (name, col) in enumerate(st.columns.items())
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-HK" xml:lang="zh-HK">
<head>
{charset_meta(site)}
<title>{esc(site.name)} - 主頁</title>
<link rel="stylesheet" type="text/css" href="/common/css/{p}_main.css" />
<script type="text/javascript" src="/common/js/{p}_common.js"></script>
{special_head(st)}
</head>
<body>
<a href="#content" class="skipLink">跳至主要內容</a>
{alert_bar(st, p + "Warning")}<div id="{p}Header"><div id="govhkLogo"><a href="https://www.gov.hk/tc/"><img src="/common/images/govhk_logo.gif" alt="GovHK 香港政府一站通" /></a></div>
<div id="{p}Logo"><a href="/tc/home/"><img src="/common/images/{p}_logo_tc.gif" alt="{esc(site.name)}" /></a></div>
<div id="{p}Lang"><a href="/en/home/">English</a> | <a href="/sc/home/">简体</a> | <a href="/tc/sitemap/">網頁指南</a></div></div>
<ul id="{p}Menu">{nav_links(site, '<li><a href="/tc/m{i}/index.html">{label}</a></li>')}</ul>
<div id="content"><div class="{p}Highlight"><img src="/tc/images/highlight{st.banner % 4}.jpg" alt="{esc(banner_text(site, st))}" /></div>
{boxes}
</div>
<div id="{p}Footer"><p>{footer_lines(site, "</p><p>")}</p><p>最近修訂日期：{day(st.now, site)}</p><p><a href="/tc/accessibility/">無障礙瀏覽</a></p></div>
{vendor_tags(site, st)}
</body>
</html>
"""


def jpcms(site: Site, st: State, p: str) -> str:
    boxes = "\n".join(
        f'<div class="{p}_info" id="{p}_tab{i}"><h2><span>{esc(name)}</span></h2><dl class="{p}_news">\n'
        + "\n".join(
            f'<dt>{day(it.when, site)}</dt><dd><a href="{it.url}">{esc(it.title)}</a></dd>' for it in col[:8]
        )
        + f'\n</dl><p class="{p}_more"><a href="/site/list{i}.html">{ui(site, "more")}</a></p></div>'
        for i, (name, col) in enumerate(st.columns.items())
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
{charset_meta(site)}
<title>{esc(site.name)}公式ホームページ</title>
<link rel="stylesheet" href="/css/{p}_base.css?{st.build}" media="all">
<script src="/js/{p}_switch.js"></script>
{special_head(st)}
</head>
<body id="toppage">
<p class="skip"><a href="#main">本文へ移動</a></p>
{alert_bar(st, p + "_kinkyu")}<div id="{p}_header"><div class="{p}_logo"><a href="/"><img src="/img/{p}_logo.png" alt="{esc(site.name)}"></a></div>
<ul class="{p}_util"><li><a href="/foreign/">Foreign language</a></li><li>文字サイズ <a href="javascript:fsChange(1)">大</a><a href="javascript:fsChange(0)">標準</a></li><li><a href="/sitemap.html">サイトマップ</a></li></ul>
<form action="https://search.{site.host.removeprefix("www.")}/search" class="{p}_srch"><input type="text" name="q"><input type="submit" value="{ui(site, "search")}"></form></div>
<div id="{p}_gnavi"><ul>{nav_links(site, '<li><a href="/life/{i}/">{label}</a></li>')}</ul></div>
<div id="main" class="{p}_main">
<div class="{p}_pickup"><a href="/site/pickup.html"><img src="/img/banner/{st.banner % 3}.jpg" alt="{esc(banner_text(site, st))}"></a></div>
{boxes}
</div>
<div id="{p}_footer"><address>{footer_lines(site)}</address><p>{counter(site, st, p + "_count")}</p></div>
{vendor_tags(site, st)}
</body>
</html>
"""


def egov(site: Site, st: State, p: str) -> str:
    boxes = "\n".join(
        f'<div class="{p}-board {p}-board{i}"><h3 class="{p}-board-tit"><a href="#{p}b{i}">{esc(name)}</a></h3><ul class="{p}-board-list" id="{p}b{i}">\n'
        + "\n".join(
            f'<li><a href="{html.escape(it.url)}" title="{html.escape(it.title)}">{esc(it.title)}</a><span class="date">{day(it.when, site)}</span></li>'
            for it in col[:6]
        )
        + f'\n</ul><a class="{p}-more" href="/planweb/board/list.9is?boardUid={i}" title="{esc(name)} {ui(site, "more")}">+</a></div>'
        for i, (name, col) in enumerate(st.columns.items())
    )
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
{charset_meta(site)}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(site.name)}</title>
<link rel="stylesheet" type="text/css" href="/planweb/css/{p}/main.css?v={st.build}">
<script type="text/javascript" src="/planweb/js/jquery-3.6.0.min.js"></script>
{special_head(st)}
</head>
<body>
<div id="skip_nav"><a href="#container">본문 바로가기</a></div>
{alert_bar(st, p + "-emergency")}<div id="header" class="{p}-header"><div class="{p}-gnb-top"><a href="https://www.gov.kr" target="_blank">정부24</a><a href="/eng/">ENGLISH</a></div>
<h1 class="{p}-logo"><a href="/index.9is"><img src="/planweb/img/{p}/logo.png" alt="{esc(site.name)}"></a></h1>
<ul id="gnb" class="{p}-gnb">{nav_links(site, '<li><a href="/index.9is?contentUid=menu{i}">{label}</a></li>')}</ul></div>
<div id="container" class="{p}-main">
<div class="{p}-visual"><p>{esc(banner_text(site, st))}</p></div>
{boxes}
</div>
<div id="footer" class="{p}-footer"><address>{footer_lines(site)}</address><p>{counter(site, st, p + "-cnt")}</p></div>
{vendor_tags(site, st)}
</body>
</html>
"""
