"""Edition 4's legit page layouts for the page task (string.Template): a table-built government portal
of the kind many older Chinese and Japanese portals still serve, a modern article page with
structured data, a dated list of headlines, and a company news page. Filled by
``pages.legit_page``; ``$meta`` is empty for an unlabelled page."""

# ruff: noqa: E501

from __future__ import annotations

HEAD_META = (
    '<meta charset="$charset">',
    '<meta http-equiv="Content-Type" content="text/html; charset=$charset">',
    '<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=$charset">',
)

GOV_TABLE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="$lang" dir="$dir">
<head>
$meta
<title>${headline}_$site</title>
<meta name="keywords" content="$site,$section_label">
<link href="/css/gov_$ver.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/common_$ver.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="110" class="banner"><img src="/images/banner_$ver.jpg" width="1000" height="110" alt="$site"></td></tr>
<tr><td class="menu" height="36">$nav_a</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="250" valign="top" class="left"><div class="ltitle">$related</div><ul>$related_dated</ul></td>
<td width="750" valign="top" class="right">
<div class="location">$home &gt;&gt; <a href="/$section/">$section_label</a></div>
<div class="title"><h1>$headline</h1></div>
<div class="date">$date &nbsp; <span id="count">$num</span></div>
<div class="text" id="zoom">$paragraphs</div>
<div class="print"><a href="javascript:window.print()">[print]</a> <a href="javascript:window.close()">[close]</a></div>
</td></tr></table>
<table width="1000" border="0" align="center"><tr><td class="foot" align="center">$footer<br>$domain</td></tr></table>
</body>
</html>
"""

NEWS_MODERN = """<!doctype html>
<html lang="$lang" dir="$dir">
<head>
$meta
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>$headline | $site</title>
<meta name="description" content="$summary">
<meta property="og:site_name" content="$site">
<meta property="og:title" content="$headline">
<link rel="canonical" href="https://$domain/$section/$num.html">
<link rel="stylesheet" href="https://$domain/assets/app.$ver.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"$headline","datePublished":"$iso"}</script>
</head>
<body>
<header class="masthead"><a class="brand" href="/">$site</a><nav><ul>$nav_li</ul></nav></header>
<main>
<article>
<p class="crumbs"><a href="/">$home</a> / <a href="/$section/">$section_label</a></p>
<h1>$headline</h1>
<p class="byline"><time datetime="$iso">$date</time></p>
$paragraphs
</article>
<aside><h2>$related</h2><ul>$related_li</ul></aside>
</main>
<footer><p>$footer</p></footer>
<script src="https://$domain/assets/app.$ver.js" defer></script>
</body>
</html>
"""

HEADLINE_LIST = """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<title>$section_label - $site</title>
<link rel="stylesheet" href="/static/list.$ver.css">
</head>
<body>
<div id="top"><div class="logo">$site</div><div class="nav">$nav_a</div></div>
<div id="main">
<div class="col-l"><h2 class="lead"><a href="/$section/$num.html">$headline</a></h2><p>$summary</p>
<ul class="list">$related_dated</ul></div>
<div class="col-r"><h3>$related</h3>$related_br</div>
</div>
<div id="foot">$footer</div>
</body>
</html>
"""

COMPANY = """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>$site - $headline</title>
<link rel="stylesheet" href="/theme/style.css?v=$ver">
</head>
<body class="page-news">
<div class="topbar"><div class="container"><a href="/" class="logo">$site</a><ul class="menu">$nav_li</ul></div></div>
<section class="news-detail container">
<h1 class="news-title">$headline</h1>
<div class="news-meta">$date</div>
<div class="news-body">$paragraphs</div>
<div class="news-more"><h4>$related</h4>$related_p</div>
</section>
<div class="copyright">$footer &copy; $year</div>
</body>
</html>
"""
