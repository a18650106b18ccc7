"""Front-page templates of mainland CMSs, written for this edition: Hanweb (大汉), TRS WCM, a
service-hall single-page app shell, DedeCMS (织梦), PHPCMS and EmpireCMS (帝国)."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

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


def _cols(site: Site, st: State, p: str, limit: int = 8) -> list[tuple[int, str, str]]:
    return [
        (i, name, li_list(site, st.columns[name], f"{p}-li", f"{p}-date", limit=limit))
        for i, name in enumerate(st.columns)
    ]


def hanweb(site: Site, st: State, p: str) -> str:
    boxes = "\n".join(
        f'<div class="{p}_box {p}_box{i}" id="{p}_col{1229 + 17 * i}">\n<div class="{p}_tit"><span>{esc(name)}</span><a class="more" href="/col/col{1229 + 17 * i}/index.html">{ui(site, "more")}</a></div>\n<ul class="{p}_list">\n{body}\n</ul>\n</div>'
        for i, name, body in _cols(site, st, p)
    )
    first = next(iter(st.columns.values()))[0]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(site)}
<meta name="SiteName" content="{esc(site.name)}">
<meta name="SiteDomain" content="{site.host}">
<meta name="SiteIDCode" content="{st.ids["code"]}">
<meta name="ColumnName" content="首页">
<title>{esc(site.name)}</title>
<link href="/images/{st.build}/index.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/script/0/{st.build}.js"></script>
{special_head(st)}
</head>
<body>
<div id="barrierfree_container">
{alert_bar(st, p + "_alert")}<div class="{p}_top"><div class="{p}_w1200"><span class="{p}_date" id="{p}_today"></span><a href="javascript:void(0)" id="cniil_wza">无障碍浏览</a> | <a href="/col/col{st.ids["num"][:4]}/index.html">长者模式</a> | <a href="https://www.{site.host.split(".", 1)[1]}/" target="_blank">English</a></div></div>
<div class="{p}_head"><div class="{p}_w1200"><a href="/" class="{p}_logo"><img src="/picture/0/{st.build}_logo.png" alt="{esc(site.name)}" /></a>
<form action="/jrobot/search.do" method="get" class="{p}_search" target="_blank"><input type="hidden" name="webid" value="1" /><input name="q" type="text" class="{p}_ipt" placeholder="请输入关键字" /><input type="submit" value="{ui(site, "search")}" /></form></div></div>
<div class="{p}_nav"><ul class="{p}_w1200">
{nav_links(site, '<li class="' + p + '_nav{i}"><a href="/col/col90{i}/index.html">{label}</a></li>')}
</ul></div>
<div class="{p}_banner" style="background:url(/picture/0/{st.build}_{st.banner % 7}.jpg) center top no-repeat"><div class="{p}_bantxt">{esc(banner_text(site, st))}</div></div>
<div class="{p}_w1200 {p}_main">
<div class="{p}_focus"><h2><a href="{first.url}" target="_blank">{esc(first.title)}</a></h2></div>
{boxes}
<div class="{p}_links"><select onchange="if(this.value!='')window.open(this.value)"><option value="">——{ui(site, "links")}——</option><option value="https://www.gov.cn/">中国政府网</option><option value="http://www.ndrc.gov.cn/">国家发展改革委</option></select></div>
</div>
<div class="{p}_foot"><div class="{p}_w1200">
{footer_lines(site)}<br>
{counter(site, st, p + "_count")}
<img src="/picture/0/qrcode_wx.png" alt="{ui(site, "qr")}" width="90" height="90" />
</div></div>
</div>
<script type="text/javascript">$(function(){{var d=new Date();$("#{p}_today").html(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");}});</script>
{vendor_tags(site, st)}
</body>
</html>
"""


def trs(site: Site, st: State, p: str) -> str:
    boxes = "\n".join(
        f'<div class="{p}-panel"><div class="{p}-panel-hd"><h3>{esc(name)}</h3><a href="./{("xwzx", "zwgk", "zcwj", "zcjd", "jcdt")[i % 5]}/" class="{p}-more">{ui(site, "more")}</a></div><div class="{p}-panel-bd"><ul class="{p}-list">\n{body}\n</ul></div></div>'
        for i, name, body in _cols(site, st, p, 7)
    )
    top = next(iter(st.columns.values()))[:3]
    slides = "\n".join(
        f'<li><a href="{it.url}"><img src="./images/{it.when:%Y%m}/W0{it.when:%Y%m%d}{n}.jpg" alt=""><p>{esc(it.title)}</p></a></li>'
        for n, it in enumerate(top)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
{charset_meta(site, 1)}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(site.name)}</title>
<meta name="keywords" content="{esc(site.name)}">
<link rel="stylesheet" href="./images/{p}_common.css?v={st.build}">
<link rel="stylesheet" href="./images/{p}_index.css?v={st.build}">
<script src="./images/jquery-1.11.3.min.js"></script>
<!--[if lt IE 9]><script src="./images/html5shiv.min.js"></script><![endif]-->
{special_head(st)}
</head>
<body>
{alert_bar(st, p + "-notice-bar")}<div class="{p}-header">
<div class="{p}-wrap"><div class="{p}-logo"><a href="./"><img src="./images/{p}_logo.png" alt="{esc(site.name)}"></a></div>
<div class="{p}-tools"><a href="./wza/">无障碍</a><a href="./ydb/">移动版</a><a href="./en/">EN</a></div>
<form class="{p}-so" action="/was5/web/search" target="_blank"><input type="text" name="searchword"><button>{ui(site, "search")}</button></form></div>
</div>
<div class="{p}-menu"><div class="{p}-wrap"><ul>
{nav_links(site, '<li><a href="./c{i}/">{label}</a><div class="' + p + '-sub" style="display:none"><a href="./c{i}/s1/">动态</a><a href="./c{i}/s2/">专题</a></div></li>')}
</ul></div></div>
<div class="{p}-wrap {p}-index">
<div class="{p}-slide"><ul class="{p}-slide-list">
{slides}
</ul></div>
<div class="{p}-ad"><a href="./ztzl/"><img src="./images/{p}_zt{st.banner % 5}.jpg" alt="{esc(banner_text(site, st))}"></a></div>
{boxes}
<div class="{p}-hdjl"><a href="./hdjl/szxx/">领导信箱</a><a href="./hdjl/zxdc/">在线调查</a><a href="./hdjl/zjdc/">征集调查</a></div>
</div>
<div class="{p}-footer"><div class="{p}-wrap">
<p><a href="./wzdt/">网站地图</a> | <a href="./lxwm/">联系我们</a> | <a href="./sybz/">使用帮助</a></p>
<p>{footer_lines(site, "</p><p>")}</p>
<p>{counter(site, st, p + "-pv")}</p>
<div class="{p}-badge"><a href="https://bszs.conac.cn/" target="_blank"><img src="./images/red.png" alt="党政机关"></a><img src="./images/{p}_jc.png" alt="政府网站找错"></div>
</div></div>
<script src="./images/{p}_index.js?v={st.build}"></script>
{vendor_tags(site, st)}
</body>
</html>
"""


def spa(site: Site, st: State, p: str) -> str:
    cards = "\n".join(
        f'<section class="{p}-card" data-col="{i}"><header class="{p}-card__hd">{esc(name)}</header><ol class="{p}-card__bd">\n{body}\n</ol></section>'
        for i, name, body in _cols(site, st, p, 10)
    )
    return f"""<!doctype html>
<html lang="{site.lang}">
<head>
{charset_meta(site, 1)}
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(site.name)}</title>
<link href="/static/css/chunk-vendors.{st.build}.css" rel="stylesheet">
<link href="/static/css/app.{st.build}.css" rel="stylesheet">
{special_head(st)}
</head>
<body>
<noscript><strong>{ui(site, "nojs")}</strong></noscript>
{alert_bar(st, p + "-alert")}<div id="app">
<header class="{p}-top"><a class="{p}-brand" href="/">{esc(site.name)}</a>
<nav class="{p}-tabs">{nav_links(site, '<a class="' + p + '-tab" href="/#/t{i}">{label}</a>')}</nav>
<div class="{p}-user"><a href="/uc/login">{ui(site, "login")}</a> | <a href="/uc/reg">{ui(site, "reg")}</a></div></header>
<div class="{p}-hero"><h2>{esc(banner_text(site, st))}</h2><input class="{p}-q" placeholder="{ui(site, "ask")}"></div>
<main class="{p}-main">
{cards}
</main>
<footer class="{p}-foot">{footer_lines(site)}<br>{counter(site, st, p + "-uv")}</footer>
</div>
<script>window.__INITIAL_STATE__={{"region":"{st.ids["code"]}","ts":{int(st.now.timestamp())}}}</script>
<script src="/static/js/chunk-vendors.{st.build}.js"></script>
<script src="/static/js/app.{st.build}.js"></script>
{vendor_tags(site, st)}
</body>
</html>
"""


def dede(site: Site, st: State, p: str) -> str:
    boxes = "\n".join(
        f'<div class="listbox {p}box"><div class="titlebar"><strong>{esc(name)}</strong><a href="/a/c{i}/" class="more">{ui(site, "more")}</a></div>\n<ul class="d1 ico3">\n{body}\n</ul></div>'
        for i, name, body in _cols(site, st, p)
    )
    first = next(iter(st.columns.values()))[0]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(site)}
<title>{esc(site.name)}_{esc(site.nav[1])}</title>
<meta name="keywords" content="{esc(site.name)},{esc(site.nav[1])}" />
<meta name="description" content="{esc(site.name)}是县委县政府主办的综合性新闻网站" />
<link href="/templets/{p}/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
{special_head(st)}
</head>
<body class="index">
{alert_bar(st, p + "alert")}<div class="header_top"><div class="w960 center"><span class="time">{day(st.now, site)}</span><span class="toplinks"><a href="/member/">会员中心</a> | <a href="/data/rss/1.xml">RSS</a></span></div></div>
<div class="header"><div class="w960 center"><div class="logo"><a href="/"><img src="/templets/{p}/images/logo.gif" height="60" alt="{esc(site.name)}"/></a></div><div class="banner"><script src="/plus/ad_js.php?aid={st.banner % 4 + 1}" language="javascript"></script></div></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>
<li><a href="/"><span>{ui(site, "home")}</span></a></li>
{nav_links(site, '<li><a href="/a/c{i}/" rel="dropmenu{i}"><span>{label}</span></a></li>')}
</ul></div>
<div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." /><button type="submit" class="search-submit">{ui(site, "search")}</button></form></div></div>
<div class="w960 center clear mt1">
<div class="pleft"><div class="headline"><h2><a href="{first.url}">{esc(first.title)}</a></h2></div>
{boxes}
</div>
<div class="pright"><div class="{p}qr"><img src="/uploads/allimg/qrcode.jpg" alt="{ui(site, "qr")}"/><p>{ui(site, "qr")}</p></div>
<div class="commend"><dl class="tbox"><dt><strong>{esc(banner_text(site, st))}</strong></dt></dl></div></div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">{footer_lines(site)}<br />{counter(site, st, "count")}</p></div></div>
{vendor_tags(site, st)}
</body>
</html>
"""


def phpcms(site: Site, st: State, p: str) -> str:
    boxes = "\n".join(
        f'<div class="box cat-area"><h5 class="title-2">{esc(name)}<a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={6 + i}" class="more">{ui(site, "more")}</a></h5><div class="content"><ul class="list lh24 f14">\n{body}\n</ul></div></div>'
        for i, name, body in _cols(site, st, p)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(site)}
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{esc(site.name)}</title>
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/default_{p}.css?{st.build}" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="/statics/js/jquery.sgallery.js"></script>
{special_head(st)}
</head>
<body>
{alert_bar(st, "notice-" + p)}<div class="body-top"><div class="content"><span class="rt"><a href="/index.php?m=member&amp;c=index&amp;a=login">{ui(site, "login")}</a> <a href="/index.php?m=member&amp;c=index&amp;a=register">注册</a></span>{day(st.now, site)}</div></div>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/{p}/logo.png" /></a></div>
<div class="search"><form action="/index.php" method="get" target="_blank"><input type="hidden" name="m" value="search"/><input type="text" name="q" id="q"/><input type="submit" value="{ui(site, "search")}" class="button"/></form></div>
<div class="banner"><a href="/index.php?m=poster&amp;c=index&amp;a=poster_click&amp;id={st.banner % 5 + 1}"><img src="/uploadfile/poster/{st.build}_{st.banner % 5}.jpg" alt="{esc(banner_text(site, st))}" /></a></div>
<div class="nav-bar"><map><ul class="nav-site">
<li><a href="/"><span>{ui(site, "home")}</span></a></li>
{nav_links(site, '<li class="line">|</li><li><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={i}"><span>{label}</span></a></li>')}
</ul></map></div></div>
<div class="main">
<div class="col-left">
{boxes}
</div>
<div class="col-auto"><div class="box"><h5 class="title-2">{ui(site, "qr")}</h5><img src="/uploadfile/qrcode_{p}.png" width="120" /></div>
<div class="box"><h5 class="title-2">{ui(site, "links")}</h5><ul class="link"><li><a href="http://www.gov.cn/">中国政府网</a></li><li><a href="http://www.xinhuanet.com/">新华网</a></li></ul></div></div>
</div>
<div class="footer"><p class="info">{footer_lines(site)}<br />{counter(site, st, "hits")}</p></div>
<script type="text/javascript">$(function(){{$(".nav-site li").hover(function(){{$(this).addClass("on")}},function(){{$(this).removeClass("on")}});}});</script>
{vendor_tags(site, st)}
</body>
</html>
"""


def empire(site: Site, st: State, p: str) -> str:
    items = [it for col in st.columns.values() for it in col]
    items.sort(key=lambda it: it.when, reverse=True)
    rows = "\n".join(
        f'<li><span class="{p}-t">{it.when:%H:%M}</span><a href="{it.url}" target="_blank">{esc(it.title)}</a><span class="{p}-d">{day(it.when, site, True)}</span></li>'
        for it in items[:40]
    )
    return f"""<!DOCTYPE html>
<html>
<head>
{charset_meta(site)}
<title>{esc(site.name)}_{esc(site.nav[0])}新闻</title>
<meta http-equiv="refresh" content="300">
<link href="/skin/{p}/css/style.css?{st.build}" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/{p}/js/jquery-1.8.3.min.js"></script>
{special_head(st)}
</head>
<body>
{alert_bar(st, p + "-flash")}<div class="{p}-top"><div class="{p}-w"><a href="/" class="{p}-logo">{esc(site.name)}</a>
<ul class="{p}-nav">{nav_links(site, '<li><a href="/{i}/">{label}</a></li>')}</ul></div></div>
<div class="{p}-w {p}-body">
<div class="{p}-left"><h1 class="{p}-h1">{esc(site.nav[0])}</h1><p class="{p}-upd">最后更新：{st.now:%Y-%m-%d %H:%M}</p>
<ul class="{p}-roll">
{rows}
</ul>
<div class="{p}-page"><a href="/e/action/ListInfo/?classid=1&amp;page=1">{ui(site, "older")}</a></div></div>
<div class="{p}-right"><div class="{p}-box"><h3>{esc(banner_text(site, st))}</h3></div><div class="{p}-box"><img src="/d/file/qr.png" alt="{ui(site, "qr")}"/></div></div>
</div>
<div class="{p}-foot">{footer_lines(site)}<br><script src="/e/public/ViewClick/?classid=1&amp;id=1&amp;addclick=1"></script>{counter(site, st, p + "-cnt")}</div>
{vendor_tags(site, st)}
</body>
</html>
"""
