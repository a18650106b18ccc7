"""Mainland news templates: a portal front page with channels and ads, a rolling 7x24 live page and a
regional paper's old table layout."""

# ruff: noqa: RUF001, E501 - page markup reads best one element a line

from __future__ import annotations

from ..data.news_hans import ADS, SECTIONS
from ..model import Item, View
from .chrome import chrome, friend_links, sub_menus, topic_tiles
from .common import esc, md, meta_charset, mourning, notice_bar, qr, vendors, ymd


def news_portal(view: View) -> str:
    site = view.site
    top = view.items("top")
    channels = "".join(f'<a href="/{slug}/" target="_blank">{name}</a>' for name, slug in SECTIONS)

    def block(key: str, label: str) -> str:
        rows = "".join(
            f'<li><a href="{i.href}" target="_blank">{esc(i.title)}</a></li>' for i in view.items(key)
        )
        return f'<div class="part part-{key}"><div class="part-hd"><h2>{label}</h2></div><ul class="news-list">{rows}</ul></div>'

    ads = "".join(
        f'<a class="ad-txt" href="https://ad.donganews.com.cn/c?ad={n}" target="_blank">{t}</a>'
        for n, t in enumerate(ADS)
    )
    hot = "".join(f"<li><em>{n + 1}</em>{esc(i.title)}</li>" for n, i in enumerate(view.items("china")[:5]))
    return f"""<!DOCTYPE html>
<html>
<head>
{meta_charset(view)}
<title>{esc(site.name)}_权威新闻_东岸门户</title>
<meta name="keywords" content="东岸新闻,新闻,财经,体育,国际">
<meta name="description" content="东岸新闻网是东岸地区重点新闻网站，提供7×24小时新闻资讯。">
<link rel="stylesheet" href="//static.donganews.com.cn/index/css/index_v3.css">
{mourning(view)}
</head>
<body>
<div class="topbar"><div class="wrap"><a href="//passport.donganews.com.cn/login">登录</a><a href="//m.donganews.com.cn/">手机版</a><span class="weather" id="weather">东岸 晴 18~26℃</span></div></div>
<div class="header wrap"><a class="logo" href="/"><img src="//static.donganews.com.cn/index/img/logo.png" alt="东岸新闻网"></a><div class="channel">{channels}</div></div>
{sub_menus(view)}
{notice_bar(view, "breaking")}
<div class="wrap">
<div class="top-news"><h1><a href="{top[0].href}" target="_blank">{esc(top[0].title)}</a></h1>
<p class="sub">{" ".join(f'<a href="{i.href}">{esc(i.title)}</a>' for i in top[1:])}</p></div>
<div class="slide"><img src="//img.donganews.com.cn/focus/{view.extras["campaign"]}_{view.banner}.jpg" alt=""></div>
<div class="col-l">{block("china", "国内")}{block("world", "国际")}</div>
<div class="col-r">{block("finance", "财经")}{block("sports", "体育")}
<div class="rank"><h3>24小时热榜</h3><ol>{hot}</ol></div>
<div class="ads">{ads}</div>
<div class="app">{qr("//static.donganews.com.cn/index/img/app_qr.png", "下载东岸新闻客户端")}</div></div>
</div>
{topic_tiles(view)}
<div class="footer">{friend_links(view)}<p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/jubao/">违法和不良信息举报</a> | <a href="/ad/">广告服务</a></p>
<p>互联网新闻信息服务许可证：31120170008 &nbsp; <a href="https://beian.miit.gov.cn/">{site.icp}</a> &nbsp; 沪公网安备 31010602001234号</p>
<p>Copyright © 2006-{view.when.year} donganews.com.cn All Rights Reserved</p></div>
{vendors(view)}
</body>
</html>"""


def _flash_row(item: Item) -> str:
    return (
        f'<div class="flash-item" id="f{item.href.rsplit("/", 1)[-1][:-5]}"><span class="time">{item.when:%H:%M}</span>'
        f'<div class="content"><a href="{item.href}" target="_blank">{esc(item.title)}</a></div>'
        '<div class="share"><a class="wx">微信</a><a class="wb">微博</a></div></div>'
    )


def live_rolling(view: View) -> str:
    site = view.site
    rows = "\n".join(_flash_row(i) for i in view.items("flash"))
    hot = "".join(f'<li><a href="{i.href}">{esc(i.title)}</a></li>' for i in view.items("hot"))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>7×24小时快讯_实时滚动新闻_潮讯</title>
<meta http-equiv="refresh" content="300">
<link rel="stylesheet" href="https://static.chaoxun.cn/live/css/kx.3f9a1c.css">
{mourning(view)}
</head>
<body>
<div class="kx-head"><a class="logo" href="https://www.chaoxun.cn/">潮讯</a><nav><a href="https://www.chaoxun.cn/">首页</a><a class="active" href="/kuaixun/">快讯</a><a href="https://www.chaoxun.cn/market/">行情</a><a href="https://www.chaoxun.cn/column/">专栏</a></nav></div>
{notice_bar(view, "kx-notice")}
<div class="kx-main">
<div class="kx-date"><b>{view.when:%m月%d日}</b> 星期{"一二三四五六日"[view.when.weekday()]} <span class="upd">更新于 {view.when:%H:%M}</span></div>
<div class="kx-list" id="kxList">
{rows}
</div>
<a class="load-more" href="javascript:;" data-last="{view.extras["serial"]}">加载更多</a>
</div>
<aside class="kx-side"><h3>热门文章</h3><ul>{hot}</ul>{qr("https://static.chaoxun.cn/live/img/qr.png", "扫码下载潮讯APP")}</aside>
{friend_links(view)}
<footer class="kx-foot"><a href="https://beian.miit.gov.cn/">{site.icp}</a> · 浙公网安备 33010602011234号 · 互联网新闻信息服务许可证 33120190005</footer>
{vendors(view)}
<script src="https://static.chaoxun.cn/live/js/kx.8b21e0.js"></script>
</body>
</html>"""


def regional_tables(view: View) -> str:
    site = view.site

    def block(key: str, label: str) -> str:
        rows = "".join(
            f'<tr><td class="t">·<a href="{i.href}" target="_blank">{esc(i.title)}</a></td><td class="d">{md(i.when)}</td></tr>'
            for i in view.items(key)
        )
        return f'<table class="bk" width="100%" cellpadding="0" cellspacing="0"><tr><td class="bt" colspan="2">{label}</td></tr>{rows}</table>'

    lead = view.items("yaowen")[0]
    return f"""<html>
<head>
{meta_charset(view, http_equiv=True)}
<title>江南晨报网--江南第一都市报</title>
<meta name="keywords" content="江南晨报,江南新闻,晨报网">
<link href="/css/jncb2012.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/date.js"></script>
{mourning(view)}
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/logo2012.gif" width="300" height="80"><img src="/ad/top_{view.banner}.gif" width="660" height="80"></td></tr>
<tr><td class="dh"><a href="/">首页</a> <a href="/yaowen/">要闻</a> <a href="/local/">本地</a> <a href="/shehui/">社会</a> <a href="/epaper/">数字报</a> <a href="/tupian/">图片</a> <a href="/bbs/">江南论坛</a></td></tr>
<tr><td>{notice_bar(view, "gd")}</td></tr>
<tr><td class="lead"><h2><a href="{lead.href}" target="_blank">{esc(lead.title)}</a></h2>{ymd(view.when, ".")} 第{view.when.timetuple().tm_yday}期 本报今日{12 + view.banner * 4}版</td></tr>
<tr><td><table width="100%"><tr><td width="50%" valign="top">{block("yaowen", "要闻")}</td><td valign="top">{block("local", "本地")}</td></tr>
<tr><td valign="top">{block("shehui", "社会")}</td><td valign="top"><div class="szb"><a href="/epaper/{view.when:%Y%m%d}/"><img src="/epaper/{view.when:%Y%m%d}/A01s.jpg" width="200"></a><br>今日晨报电子版</div></td></tr></table></td></tr>
<tr><td>{chrome(view)}</td></tr>
<tr><td class="bottom" align="center">江南晨报社版权所有 未经书面授权不得复制或建立镜像<br><a href="https://beian.miit.gov.cn/">{site.icp}</a> 新闻热线：0512-6{view.counter % 10000:04d}1</td></tr>
</table>
{vendors(view)}
</body>
</html>"""
