"""A mainland university's VSB-style home page and a Japanese city office's home page."""

# ruff: noqa: RUF001, E501 - page markup reads best one element a line

from __future__ import annotations

from ..model import View
from .chrome import chrome, friend_links, sub_menus, topic_tiles
from .common import esc, meta_charset, mourning, notice_bar, qr, vendors, ymd


def vsb_campus(view: View) -> str:
    def block(key: str, label: str, col: int) -> str:
        rows = "".join(
            f'<li><a href="{i.href}" target="_blank" title="{esc(i.title)}">{esc(i.title)}</a><span class="time">{ymd(i.when)}</span></li>'
            for i in view.items(key)
        )
        return f'<div class="mod mod-{key}"><div class="mod-tit"><h2>{label}</h2><a href="/list/{col}.htm">MORE+</a></div><ul>{rows}</ul></div>'

    return f"""<!DOCTYPE html>
<html>
<head>
{meta_charset(view)}
<title>{esc(view.site.name)}</title>
<meta name="pageType" content="1"><meta name="pageTitle" content="{esc(view.site.name)}">
<meta name="Generator" content="CMS">
<link rel="stylesheet" href="style/style.css">
<script type="text/javascript" src="/system/resource/js/dynclicks.js"></script>
<script type="text/javascript" src="/system/resource/js/jquery/jquery-latest.min.js"></script>
{mourning(view)}
</head>
<body>
<div class="head"><div class="logo"><img src="images/logo.png" alt="{esc(view.site.name)}"></div>
<div class="quick"><a href="https://mail.yzut.edu.cn/">邮箱</a><a href="https://vpn.yzut.edu.cn/">VPN</a><a href="https://ehall.yzut.edu.cn/">网上办事大厅</a><a href="/en/">English</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk.htm">学校概况</a></li><li><a href="/jgsz.htm">机构设置</a></li><li><a href="/rcpy.htm">人才培养</a></li><li><a href="/kxyj.htm">科学研究</a></li><li><a href="/zsjy.htm">招生就业</a></li><li><a href="/xyfw.htm">校园服务</a></li></ul></div>
{notice_bar(view, "tzl")}
<div class="banner"><img src="/__local/{view.extras["campaign"]}/{view.banner}.jpg" alt=""></div>
<div class="main">{block("news", "学校要闻", 1021)}{block("notice", "通知公告", 1022)}{block("lecture", "学术活动", 1023)}</div>
{chrome(view)}
<div class="foot"><p>地址：云泽省云泽市学府路88号 邮编：650500 &nbsp; <a href="https://beian.miit.gov.cn/">{view.site.icp}</a></p>
<p>版权所有 © {view.when.year} {esc(view.site.name)} &nbsp; 访问量：<span id="u_1">{view.counter}</span></p>{qr("images/wx.jpg", "官方微信")}</div>
{vendors(view)}
</body>
</html>"""


def jp_city(view: View) -> str:
    def block(key: str, label: str) -> str:
        rows = "".join(
            f'<li><span class="date">{i.when.year}年{i.when.month}月{i.when.day}日</span><a href="{i.href}">{esc(i.title)}</a></li>'
            for i in view.items(key)
        )
        return f'<div class="info_list"><h2>{label}</h2><ul>{rows}</ul><p class="more"><a href="/news/{key}.html">一覧を見る</a></p></div>'

    alert = notice_bar(view, "emergency")
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
{meta_charset(view, http_equiv=True)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>川浜市ホームページ</title>
<link rel="stylesheet" href="/css/style.css" media="all">
<link rel="stylesheet" href="/css/print.css" media="print">
</head>
<body>
<div id="tmp_wrapper">
<p class="skip"><a href="#tmp_contents">本文へスキップします。</a></p>
<div id="tmp_header"><h1 id="tmp_logo"><a href="/"><img src="/shared/images/logo.png" alt="川浜市"></a></h1>
<div id="tmp_means"><a href="/foreign/">Foreign Language</a> <a href="/sitemap.html">サイトマップ</a> 文字サイズ <a href="#">標準</a><a href="#">拡大</a> 背景色 <a href="#">白</a><a href="#">黒</a></div>
<ul id="tmp_gnavi"><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li><li><a href="/kenko/">健康・福祉</a></li><li><a href="/bousai/">防災・安全</a></li><li><a href="/shisei/">市政情報</a></li><li><a href="/kanko/">観光・イベント</a></li></ul>{sub_menus(view)}</div>
{alert}
<div id="tmp_contents"><div id="tmp_slide"><img src="/images/slide/{view.extras["campaign"]}_{view.banner}.jpg" alt="川浜の風景"></div>
{block("news", "新着情報")}{block("event", "イベント情報")}
<div class="banner_area"><a href="/kanko/"><img src="/images/bnr_kanko.jpg" alt="川浜観光ナビ"></a><a href="/furusato/"><img src="/images/bnr_furusato.jpg" alt="ふるさと納税"></a></div></div>
{topic_tiles(view)}{friend_links(view)}
<div id="tmp_footer"><p>川浜市役所 〒000-8601 川浜市本町1丁目1番1号 電話：0120-00-{view.counter % 10000:04d}（代表）</p>
<p>開庁時間：月曜日から金曜日 午前8時30分から午後5時15分（祝日・年末年始を除く）</p><p>Copyright © Kawahama City. All Rights Reserved.</p></div>
</div>
{vendors(view)}
</body>
</html>"""
