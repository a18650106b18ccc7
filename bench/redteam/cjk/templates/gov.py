"""Mainland government portal templates: a TRS-style provincial portal, a Hanweb-style city portal,
a ministry with tabbed columns and a district site laid out in tables."""

# ruff: noqa: RUF001, E501 - page markup reads best one element a line

from __future__ import annotations

from ..data.gov_hans import SERVICES
from ..model import Item, View
from .chrome import chrome, friend_links, inline_scripts, sub_menus, topic_tiles
from .common import counter_digits, esc, md, meta_charset, mourning, notice_bar, qr, vendors, ymd

ON = ' class="on"'
GOV_FOOTER_LINKS = ("网站地图", "联系我们", "隐私声明", "使用帮助", "无障碍浏览", "长者模式")


def _gov_footer(view: View, cls: str) -> str:
    site = view.site
    nav = " | ".join(f'<a href="/{i}/">{t}</a>' for i, t in enumerate(GOV_FOOTER_LINKS))
    return f"""<div class="{cls}">
<p>{nav}</p>
<p>主办：{esc(site.name)}办公厅 &nbsp; 承办：{esc(site.name)}政务服务数据管理局</p>
<p>网站标识码：{site.site_code} &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">{site.icp}</a>
 &nbsp; <img src="/images/ga.png" alt="">公安机关备案号 {site.site_code[:6]}02000{site.site_code[-3:]}号</p>
<p>地址：{esc(site.name[:3])}市政务中心大楼 &nbsp; 邮编：650{site.site_code[-3:]} &nbsp;
 您是本站第 {view.counter} 位访客</p>
</div>"""


def trs_portal(view: View) -> str:
    site = view.site

    def row(item: Item) -> str:
        return f'<li><a href="{item.href}" target="_blank" title="{esc(item.title)}">{esc(item.title)}</a><span>{ymd(item.when)}</span></li>'

    def column(key: str, label: str) -> str:
        rows = "\n".join(row(i) for i in view.items(key))
        return f"""<div class="lm-box"><div class="lm-tit"><h3>{label}</h3><a class="more" href="/xxgk/{key}/">更多&gt;&gt;</a></div>
<ul class="list-date">{rows}</ul></div>"""

    top = view.items("ywdt")[0]
    services = "".join(
        f'<li><a href="https://zwfw.yunze.gov.cn/{i}"><i class="ico{i}"></i>{s}</a></li>'
        for i, s in enumerate(SERVICES)
    )
    camp = view.extras["campaign"]
    slides = "".join(
        f'<li{ON if n == view.banner else ""}><a href="/ztzl/zt{camp}{n}/"><img src="/images/banner/{camp}_{n}.jpg"></a></li>'
        for n in range(5)
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta_charset(view)}
<meta name="SiteName" content="{esc(site.name)}">
<meta name="SiteDomain" content="{site.host}">
<meta name="SiteIDCode" content="{site.site_code}">
<meta name="ColumnName" content="首页">
<meta name="ColumnType" content="首页">
<title>{esc(site.name)}</title>
<link rel="stylesheet" href="/images/2019/css/common.css">
<link rel="stylesheet" href="/images/2019/css/index.css">
{mourning(view)}
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="date">{view.when:%Y年%m月%d日}</span>
<a href="javascript:;" id="jt-ft">繁體</a> <a href="/english/">English</a> <a href="javascript:;" class="wza-btn">无障碍</a> <a href="/zhzx/">智能问答</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/2019/logo.png" alt="{esc(site.name)}"></a>
<form class="search" action="https://so.yunze.gov.cn/s" method="get"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/yzyw/">云泽要闻</a></li><li><a href="/xxgk/">政务公开</a></li><li><a href="https://zwfw.yunze.gov.cn/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjyz/">走进云泽</a></li></ul></div>
{sub_menus(view)}
{notice_bar(view, "jjtz")}
<div class="w1200 main">
<div class="focus"><ul class="slides">{slides}</ul></div>
<div class="toutiao"><h1><a href="{top.href}" target="_blank">{esc(top.title)}</a></h1></div>
<div class="row">{column("ywdt", "要闻动态")}{column("tzgg", "通知公告")}</div>
<div class="row">{column("zcwj", "政策文件")}{column("zcjd", "政策解读")}</div>
{topic_tiles(view)}
<div class="fwpt"><h3>便民服务</h3><ul>{services}</ul></div>
<div class="ewm">{qr("/images/2019/wx.png", "云泽发布微信")}{qr("/images/2019/app.png", "云政通APP")}</div>
</div>
{friend_links(view)}{inline_scripts(view)}
{_gov_footer(view, "footer")}
{vendors(view)}
<script src="/images/2019/js/index.js"></script>
</body>
</html>"""


def hanweb_city(view: View) -> str:
    site = view.site

    def row(item: Item) -> str:
        return f"<tr><td class=\"bt\"><a href='{item.href}' target='_blank' title='{esc(item.title)}'>{esc(item.title)}</a></td><td class=\"rq\">[{md(item.when)}]</td></tr>"

    def table(key: str, col: int, label: str) -> str:
        rows = "\n".join(row(i) for i in view.items(key))
        return f"""<div class="bt-box"><div class="bt-title"><span>{label}</span><a href="/col/col{col}/index.html">更多</a></div>
<table width="100%" cellspacing="0" cellpadding="0" border="0">{rows}</table></div>"""

    pic = view.items("news")[0]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta_charset(view, http_equiv=True)}
<title>{esc(site.name)}</title>
<meta name="SiteName" content="{esc(site.name)}" />
<meta name="SiteIDCode" content="{site.site_code}" />
<link href="/module/jslib/jquery/jquery-ui.css" rel="stylesheet" type="text/css" />
<link href="/images/qlsite/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
{mourning(view)}
</head>
<body>
<div id="container">
<div class="tops"><span>今天是：{view.when:%Y年%m月%d日}</span><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="/col/col1380/index.html">网站导航</a> | <a href="javascript:void(0)" id="cniil_wza">无障碍浏览</a></div>
<div class="banner"><img src="/images/qlsite/img/banner_{view.extras["campaign"]}.jpg" width="1000" height="160" alt="" /></div>
<div class="menu"><a href="/">首 页</a><a href="/col/col1229/index.html">政务动态</a><a href="/col/col1230/index.html">信息公开</a><a href="/col/col1231/index.html">网上办事</a><a href="/col/col1232/index.html">政民互动</a><a href="/col/col1233/index.html">魅力青岚</a></div>
{notice_bar(view, "tzgd")}
<table width="1000" border="0" cellspacing="0" cellpadding="0" class="main"><tr>
<td width="400" valign="top"><div class="tpxw"><a href="{pic.href}" target="_blank"><img src="/picture/0/{view.extras["serial"]}.jpg" width="390" height="260" /></a><p><a href="{pic.href}" target="_blank">{esc(pic.title)}</a></p></div></td>
<td width="600" valign="top">{table("news", 1229, "青岚要闻")}</td></tr>
<tr><td valign="top">{table("dept", 1234, "部门动态")}</td><td valign="top">{table("notice", 1235, "通知公告")}</td></tr></table>
<div class="yqlj"><select onchange="window.open(this.value)"><option>---国家部委网站---</option><option value="https://www.gov.cn/">中国政府网</option></select>
<select onchange="window.open(this.value)"><option>---县区政府网站---</option><option value="http://www.nanyu.gov.cn/">南屿区</option><option value="http://www.linxi.gov.cn/">临溪县</option></select></div>
{chrome(view)}
{_gov_footer(view, "bottom")}
</div>
<script>document.write('<script src="/module/visitcount/visit.jsp?type=3&i_webid=1&i_columnid=0"><\\/script>');</script>
{vendors(view)}
</body>
</html>"""


def ministry_tabs(view: View) -> str:
    site = view.site

    def pane(key: str, active: bool) -> str:
        rows = "".join(
            f'<li><span class="date">{ymd(i.when, "-")}</span><a href="{i.href}" target="_blank">{esc(i.title)}</a></li>'
            for i in view.items(key)
        )
        return f'<div class="tab-pane{" active" if active else ""}" id="pane-{key}"><ul>{rows}</ul></div>'

    return f"""<!doctype html>
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(site.name)}</title>
<meta name="keywords" content="地理信息,测绘,公共服务,{esc(site.name)}">
<link rel="stylesheet" href="/res/css/ngis.min.css?v=20231018">
{mourning(view)}
</head>
<body class="home">
<header class="hd"><div class="wrap"><img class="logo" src="/res/img/logo_ngis.png" alt="{esc(site.name)}">
<div class="hd-right"><a href="/en/">English</a><a href="/sitemap/">网站地图</a><form action="/search/"><input type="text" name="searchword" placeholder="站内搜索"></form></div></div></header>
<nav class="mainnav"><a class="cur" href="/">首页</a><a href="/jgsz/">机构设置</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/sjfw/">数据服务</a><a href="/hdjl/">互动交流</a></nav>
{sub_menus(view)}
{notice_bar(view, "alert-line")}
<section class="wrap news-area">
<div class="tabs"><ul class="tab-nav"><li class="on" data-pane="xwfb">新闻发布</li><li data-pane="tzgg">通知公告</li><li data-pane="zcfg">政策法规</li></ul>
{pane("xwfb", True)}{pane("tzgg", False)}{pane("zcfg", False)}</div>
<aside class="side"><div class="side-box"><h4>数据服务</h4><a href="/sjfw/dt/">在线地图</a><a href="/sjfw/bzdt/">标准地图服务</a><a href="/sjfw/dmcx/">地名查询</a></div>
<div class="side-box">{qr("/res/img/qr_gzh.png", "官方公众号")}</div></aside>
</section>
{friend_links(view)}
<footer class="ft"><p>{esc(site.name)} 版权所有 &nbsp; <a href="https://beian.miit.gov.cn/">{site.icp}</a> &nbsp; 网站标识码：{site.site_code}</p>
<p>技术支持：{esc(site.name)}信息中心 &nbsp; 建议使用1280×800以上分辨率浏览</p></footer>
{vendors(view)}
<script src="/res/js/tabs.js"></script>
</body>
</html>"""


def district_table(view: View) -> str:
    site = view.site

    def block(key: str, label: str) -> str:
        rows = "".join(
            f'<tr><td width="12"><img src="/images/dot.gif"></td><td><a href="{i.href}" target="_blank">{esc(i.title)}</a></td><td width="80" class="date">{ymd(i.when, "/")}</td></tr>'
            for i in view.items(key)
        )
        return f'<table class="lm" width="100%"><tr><th colspan="2">{label}</th><th><a href="/nyqrmzf/{key}/list.shtml">更多</a></th></tr>{rows}</table>'

    return f"""<html>
<head>
{meta_charset(view, http_equiv=True)}
<title>{esc(site.name)}门户网站</title>
<link href="/css/nanyu.css" rel="stylesheet" type="text/css">
{mourning(view)}
</head>
<body topmargin="0" leftmargin="0">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top_{view.extras["campaign"]}.jpg" width="980" height="150"></td></tr>
<tr><td class="nav"><a href="/">网站首页</a> | <a href="/nyqrmzf/zwgk/">政务公开</a> | <a href="/nyqrmzf/bsfw/">办事服务</a> | <a href="/nyqrmzf/hdjl/">互动交流</a> | <a href="/nyqrmzf/zjny/">走进南屿</a> | <a href="/nyqrmzf/xxgkml/">信息公开目录</a></td></tr>
<tr><td>{notice_bar(view, "tz")}</td></tr>
<tr><td><table width="100%"><tr><td width="50%" valign="top">{block("qydt", "区域动态")}</td><td valign="top">{block("tzgg", "通知公告")}</td></tr>
<tr><td valign="top">{block("bmdt", "部门动态")}</td><td valign="top"><div class="ldxx"><h4>领导信箱</h4><a href="/nyqrmzf/hdjl/qzxx/">区长信箱</a> <a href="/nyqrmzf/hdjl/zxts/">在线投诉</a></div>
<div class="counter">访问量：{counter_digits(view.counter)}</div></td></tr></table></td></tr>
<tr><td>{topic_tiles(view)}{friend_links(view)}</td></tr>
<tr><td class="foot" align="center">主办：{esc(site.name)}办公室 &nbsp; {site.icp} &nbsp; 网站标识码：{site.site_code}<br>联系电话：0871-6{site.site_code[-4:]}8 &nbsp; 技术支持：青岚市大数据中心</td></tr>
</table>
{vendors(view)}
</body>
</html>"""
