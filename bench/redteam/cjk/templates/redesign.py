"""Redesigns: the new templates five of the sites move to mid-history (new markup, new CSS classes, new
navigation, often a new front-end framework), as real relaunches do."""

# ruff: noqa: RUF001, E501 - page markup reads best one element a line

from __future__ import annotations

from ..data.gov_hans import SERVICES
from ..model import View
from .chrome import chrome, sub_menus, topic_tiles
from .common import esc, meta_charset, mourning, notice_bar, qr, vendors, ymd


def gov_modern_a(view: View) -> str:
    site = view.site

    def cards(key: str) -> str:
        return "".join(
            f'<a class="yz-news-card" href="{i.href}"><span class="yz-news-card__title">{esc(i.title)}</span><time datetime="{ymd(i.when)}">{ymd(i.when)}</time></a>'
            for i in view.items(key)
        )

    tiles = "".join(
        f'<a class="yz-service" href="https://zwfw.yunze.gov.cn/item/{n}">{s}</a>'
        for n, s in enumerate(SERVICES[:8])
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta_charset(view)}
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="SiteName" content="{esc(site.name)}"><meta name="SiteIDCode" content="{site.site_code}">
<title>首页 | {esc(site.name)}</title>
<link rel="stylesheet" href="/static/v2024/yz-ui.min.css">
{mourning(view)}
</head>
<body class="yz-page yz-page--home">
<header class="yz-header"><div class="yz-container"><img class="yz-logo" src="/static/v2024/img/logo.svg" alt="{esc(site.name)}">
<nav class="yz-nav" aria-label="主导航"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/zfxxgk/">政府信息公开</a><a href="/bsfw/">办事服务</a><a href="/hygq/">回应关切</a><a href="/sjkf/">数据开放</a><a href="/yzgk/">云泽概况</a></nav>
{sub_menus(view)}<div class="yz-tools"><button class="yz-elder">长者模式</button><a href="/en/">EN</a></div></div></header>
{notice_bar(view, "yz-alert")}
<main class="yz-container">
<section class="yz-hero"><h1 class="yz-hero__title"><a href="{view.items("ywdt")[0].href}">{esc(view.items("ywdt")[0].title)}</a></h1></section>
<section class="yz-grid"><div class="yz-col"><h2>要闻动态</h2>{cards("ywdt")}</div><div class="yz-col"><h2>通知公告</h2>{cards("tzgg")}</div></section>
<section class="yz-grid"><div class="yz-col"><h2>最新文件</h2>{cards("zcwj")}</div><div class="yz-col"><h2>解读回应</h2>{cards("zcjd")}</div></section>
{topic_tiles(view)}
<section class="yz-services"><h2>高频服务</h2>{tiles}</section>
</main>
<footer class="yz-footer"><div class="yz-container"><p>主办单位：{esc(site.name)}办公厅 | 网站标识码：{site.site_code} | <a href="https://beian.miit.gov.cn/">{site.icp}</a></p>
<div class="yz-qrs">{qr("/static/v2024/img/qr-wx.png", "微信")}{qr("/static/v2024/img/qr-app.png", "云政通")}</div></div></footer>
{vendors(view)}
<script type="module" src="/static/v2024/yz-app.4c1f2.js"></script>
</body>
</html>"""


def gov_modern_b(view: View) -> str:
    site = view.site

    def lst(key: str, title: str) -> str:
        rows = "".join(
            f'<li class="news-li"><a href="{i.href}" target="_blank">{esc(i.title)}</a><em>{ymd(i.when)}</em></li>'
            for i in view.items(key)
        )
        return f'<div class="qlzf-panel"><div class="qlzf-panel-hd"><b>{title}</b><a href="/qlzf/{key}/">查看更多</a></div><ul>{rows}</ul></div>'

    return f"""<!DOCTYPE html>
<html>
<head>
{meta_charset(view)}
<meta name="renderer" content="webkit">
<title>{esc(site.name)}门户网站</title>
<meta name="SiteIDCode" content="{site.site_code}">
<link rel="stylesheet" href="/qlzf/2024/css/base.css"><link rel="stylesheet" href="/qlzf/2024/css/home.css">
{mourning(view)}
</head>
<body>
<div class="qlzf-top"><div class="qlzf-w"><span>欢迎访问{esc(site.name)}门户网站</span><a href="/qlzf/zhs/">智能客服</a><a href="/qlzf/wza/">无障碍</a><a href="/qlzf/zhzf/">长者版</a></div></div>
<div class="qlzf-head"><div class="qlzf-w"><img src="/qlzf/2024/img/logo.png"><div class="qlzf-search"><input placeholder="搜索政策、服务、新闻"><i></i></div></div></div>
<div class="qlzf-nav"><div class="qlzf-w"><a href="/">首页</a><a href="/qlzf/zwdt/">政务动态</a><a href="/qlzf/zfxxgk/">政府信息公开</a><a href="/qlzf/zwfw/">政务服务</a><a href="/qlzf/hdjl/">互动交流</a><a href="/qlzf/mlql/">魅力青岚</a></div></div>
{notice_bar(view, "qlzf-tip")}
<div class="qlzf-w qlzf-body"><div class="qlzf-swiper"><div class="swiper-wrapper"><div class="swiper-slide"><img src="/qlzf/2024/banner/{view.extras["campaign"]}.jpg"></div></div></div>
{lst("news", "青岚要闻")}{lst("notice", "通知公告")}{lst("dept", "部门动态")}</div>
{chrome(view)}
<div class="qlzf-foot"><p>主办：{esc(site.name)}办公室 承办：青岚市大数据中心</p><p>{site.icp} 网站标识码：{site.site_code}</p></div>
{vendors(view)}
</body>
</html>"""


def news_modern(view: View) -> str:
    top = view.items("top")

    def feed(key: str) -> str:
        return "".join(
            f'<div class="feed-item" data-type="{key}"><a href="{i.href}" target="_blank"><h3 class="feed-title">{esc(i.title)}</h3></a><p class="feed-meta">{i.when:%m-%d %H:%M}</p></div>'
            for i in view.items(key)
        )

    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta_charset(view)}
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>东岸新闻 - 有温度的新闻客户端</title>
<link rel="stylesheet" href="https://cdn.donganews.com.cn/web/_next/static/css/0b7c1a.css">
{mourning(view)}
</head>
<body>
<div id="__next"><div class="layout"><header class="nav-bar"><a class="brand" href="/">东岸新闻</a>
<nav><a href="/">推荐</a><a href="/hot">热榜</a><a href="/video">视频</a><a href="/china">国内</a><a href="/world">国际</a><a href="/finance">财经</a><a href="/sports">体育</a></nav><a class="dl" href="/app">下载APP</a>{sub_menus(view)}</header>
{notice_bar(view, "urgent-bar")}
<main class="content"><section class="hero"><a href="{top[0].href}"><h1>{esc(top[0].title)}</h1></a></section>
<section class="feed">{feed("china")}{feed("world")}{feed("finance")}{feed("sports")}</section></main>
<footer class="site-footer">{view.site.icp} | 互联网新闻信息服务许可证：31120170008 | © donganews</footer></div></div>
{vendors(view)}
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"ts":{int(view.when.timestamp())}}}}},"page":"/","buildId":"r2024"}}</script>
<script src="https://cdn.donganews.com.cn/web/_next/static/chunks/main-4d1a.js" defer></script>
</body>
</html>"""


def live_modern(view: View) -> str:
    rows = "".join(
        f'<li class="tl-node"><time class="tl-time">{i.when:%H:%M}</time><p class="tl-text"><a href="{i.href}">{esc(i.title)}</a></p></li>'
        for i in view.items("flash")
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>快讯 - 潮讯</title>
<link rel="stylesheet" href="https://static.chaoxun.cn/next/live.9f02.css">
{mourning(view)}
</head>
<body>
<div id="app" class="cx-app"><div class="cx-top"><a class="cx-logo" href="https://www.chaoxun.cn/">潮讯</a><div class="cx-tabs"><a class="on">全部</a><a>重要</a><a>A股</a><a>港美股</a><a>宏观</a></div></div>
{notice_bar(view, "cx-pin")}
<ul class="tl">{rows}</ul>
<div class="cx-foot">{view.site.icp}</div></div>
{vendors(view)}
<script src="https://static.chaoxun.cn/next/live.9f02.js" defer></script>
</body>
</html>"""


def campus_modern(view: View) -> str:
    def block(key: str, label: str) -> str:
        rows = "".join(
            f'<div class="item"><div class="d"><b>{i.when.day:02d}</b><span>{i.when:%Y.%m}</span></div><a href="{i.href}">{esc(i.title)}</a></div>'
            for i in view.items(key)
        )
        return f'<section class="sec-{key}"><div class="sec-head"><h3>{label}</h3></div><div class="list">{rows}</div></section>'

    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta_charset(view)}
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(view.site.name)} - 厚德笃学 求是创新</title>
<link rel="stylesheet" href="/dist/css/main.2024.css">
{mourning(view)}
</head>
<body>
<div class="page"><header class="hd"><img src="/dist/img/logo-white.png" alt=""><nav><a href="/">首页</a><a href="/gk/">学校概况</a><a href="/jy/">教育教学</a><a href="/ky/">科学研究</a><a href="/zs/">招生</a><a href="/rc/">人才招聘</a><a href="/fw/">服务</a></nav></header>
{notice_bar(view, "hd-notice")}
<div class="kv"><video src="/dist/media/kv{view.extras["campaign"]}.mp4" muted autoplay loop></video></div>
{block("news", "学校要闻")}{block("notice", "通知公告")}{block("lecture", "学术讲座")}
{topic_tiles(view)}
<footer class="ft">{esc(view.site.name)} © {view.when.year} | {view.site.icp}</footer></div>
{vendors(view)}
</body>
</html>"""
