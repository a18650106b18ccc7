"""The CMS families: how each one names its classes, dates its links, and what its head and body
carry (the structure itself is written by ``render``)."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skin:
    structure: str  # table, div, html5, epaper, live
    prefix: str  # the family's class-name habit
    date: str  # iso, bracket, slash, md, cn, jp, dot
    head: str  # the family's own style sheets and scripts
    marker: str  # a comment or attribute the CMS leaves in pages
    doctype: str = "<!DOCTYPE html>"
    rows: int = 8  # links shown per column
    cards: bool = False  # html5 only: a grid of picture cards instead of link lists


_XHTML = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
)

SKINS: dict[str, Skin] = {
    "trs-wcm8": Skin(
        "table",
        "trs",
        "bracket",
        '<link href="/images/css.css" rel="stylesheet" type="text/css" />\n'
        '<script language="javascript" src="/images/jquery-1.8.3.min.js"></script>',
        "<!-- TRS WCM 8.0 发布于 {build} -->",
        _XHTML,
        9,
    ),
    "dahan-jcms7": Skin(
        "div",
        "jcms",
        "iso",
        '<link rel="stylesheet" href="/module/jslib/jquery/jpage/style.css" />\n'
        '<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>\n'
        '<script language="javascript" src="/script/0/{build}.js"></script>',
        "<!--<$[信息列表]>begin-->",
        _XHTML,
        8,
    ),
    "kaipu": Skin(
        "div",
        "ucap",
        "md",
        '<link rel="stylesheet" href="/ucap/css/common.css?v={build}">\n'
        '<script src="/ucap/js/ucap-front.min.js?v={build}"></script>',
        "<!-- ucap site publish {build} -->",
        "<!DOCTYPE html>",
        7,
    ),
    "pageadmin": Skin(
        "div",
        "pa",
        "slash",
        '<link href="/mb/css/style.css" rel="stylesheet" type="text/css" />\n'
        '<script src="/mb/js/pageadmin.js?{build}"></script>',
        "<!--PageAdmin CMS 5.0-->",
        _XHTML,
        8,
    ),
    "epaper": Skin(
        "epaper",
        "ep",
        "cn",
        '<link href="../../../styles/epaper.css" rel="stylesheet" type="text/css" />',
        "<!-- 方正数字报 {build} -->",
        _XHTML,
        6,
    ),
    "epaper2": Skin(
        "html5",
        "paper-",
        "cn",
        '<link href="/static/paper/v2/main.css?t={build}" rel="stylesheet" />',
        "<!-- paper v2 {build} -->",
        "<!DOCTYPE html>",
        7,
        cards=True,
    ),
    "jeecms": Skin(
        "live",
        "jc",
        "md",
        '<meta http-equiv="refresh" content="300">\n<link href="/r/cms/www/red/css/live.css" '
        'rel="stylesheet" />\n<script src="/r/cms/www/red/js/jquery.js"></script>',
        "<!-- jeecms v9 -->",
        "<!DOCTYPE html>",
        12,
    ),
    "boss": Skin(
        "table",
        "bs_",
        "iso",
        '<link rel="stylesheet" type="text/css" href="/res/court/css/index.css" />\n'
        '<script type="text/javascript" src="/res/js/bs-common.js"></script>',
        "<!-- boss cms {build} -->",
        _XHTML,
        8,
    ),
    "empire75": Skin(
        "div",
        "e",
        "md",
        '<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />\n'
        '<script type="text/javascript" src="/e/data/js/ajax.js"></script>',
        "<!-- 帝国CMS 7.5 -->",
        _XHTML,
        10,
    ),
    "wordpress-hk": Skin(
        "html5",
        "td",
        "cn",
        "<link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/style.css?ver={build}' "
        "type='text/css' media='all' />\n<script type='text/javascript' src='/wp-includes/js/jquery/"
        "jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n"
        '<meta name="generator" content="WordPress 6.4.3" />',
        "<!-- Performance optimized by W3 Total Cache -->",
        "<!doctype html>",
        8,
    ),
    "wordpress-cn": Skin(
        "html5",
        "zib",
        "iso",
        "<link rel='stylesheet' href='/wp-content/themes/zibll/css/main.min.css?ver={build}' "
        'type=\'text/css\' />\n<meta name="generator" content="WordPress 6.2" />',
        "<!-- zibll theme -->",
        "<!DOCTYPE html>",
        8,
        cards=True,
    ),
    "hugo": Skin(
        "html5",
        "post",
        "iso",
        '<link rel="stylesheet" href="/css/main.{build}.css">\n<meta name="generator" content="Hugo 0.121.1">',
        "",
        "<!doctype html>",
        8,
        cards=True,
    ),
    "hk-gov": Skin(
        "table",
        "dc",
        "slash",
        '<link rel="stylesheet" href="/tc_chi/css/dc_common.css" />\n<script src="/js/dc_menu.js"></script>',
        "<!-- last modified {build} -->",
        _XHTML,
        8,
    ),
    "tw-gov": Skin(
        "div",
        "gv",
        "slash",
        '<link href="/css/gov_style.css?v={build}" rel="stylesheet" />\n'
        '<script src="/Scripts/jquery-1.12.4.min.js"></script>',
        "<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>",
        "<!DOCTYPE html>",
        8,
    ),
    "jp-city": Skin(
        "div",
        "jp",
        "jp",
        '<link rel="stylesheet" href="/css/import.css" />\n<script src="/js/kikaku.js"></script>',
        '<p class="skip"><a href="#main">本文へ移動</a></p>',
        _XHTML,
        8,
    ),
    "kr-gov": Skin(
        "div",
        "kr",
        "dot",
        '<link rel="stylesheet" href="/common/css/layout.css?v={build}" />\n'
        '<script src="/common/js/jquery-1.11.3.min.js"></script>',
        '<div id="skipnavi"><a href="#contents">본문 바로가기</a></div>',
        "<!DOCTYPE html>",
        7,
    ),
    "html5-gov": Skin(
        "html5",
        "gw",
        "iso",
        '<link rel="stylesheet" href="/dist/css/app.{build}.css">\n'
        '<script defer src="/dist/js/app.{build}.js"></script>',
        "",
        "<!DOCTYPE html>",
        6,
    ),
    "html5-news": Skin(
        "html5",
        "nx",
        "md",
        '<link rel="preload" href="/assets/fonts/source-han.woff2" as="font" crossorigin>\n'
        '<link rel="stylesheet" href="/assets/index-{build}.css">',
        "",
        "<!DOCTYPE html>",
        10,
        cards=True,
    ),
}


def fmt_date(style: str, when: object) -> str:
    from datetime import datetime

    assert isinstance(when, datetime)
    return {
        "iso": when.strftime("%Y-%m-%d"),
        "bracket": when.strftime("[%m-%d]"),
        "slash": when.strftime("%Y/%m/%d"),
        "md": when.strftime("%m-%d"),
        "cn": f"{when.year}年{when.month:02d}月{when.day:02d}日",
        "jp": f"令和{when.year - 2018}年{when.month}月{when.day}日",
        "dot": when.strftime("%Y.%m.%d"),
    }[style]
