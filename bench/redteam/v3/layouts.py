"""Edition 3's legit page layouts for the page task (string.Template): a newsroom article, a
table-built government notice as many older portals still serve, a portal list of headlines and a
company news page. Filled by ``pages.legit_page``."""

# ruff: noqa: E501

from __future__ import annotations

HEAD_META = (
    '<meta charset="$charset">',
    '<meta http-equiv="Content-Type" content="text/html; charset=$charset">',
)

ARTICLE = """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$headline - $site</title>
<meta name="description" content="$summary">
<meta property="og:title" content="$headline">
<meta property="og:type" content="article">
<link rel="stylesheet" href="https://$domain/css/site.$ver.css">
<script src="https://$domain/js/jquery.min.js"></script>
</head>
<body class="article-page">
<div class="site-header"><a class="logo" href="https://$domain/">$site</a>
<ul class="channels">$nav_li</ul></div>
<div class="wrap">
<div class="position"><a href="/">$home</a> &gt; <a href="/$section/">$section_label</a></div>
<div class="article">
<h1>$headline</h1>
<div class="info"><span class="time">$date</span> <span class="source">$site</span></div>
<div class="content">$paragraphs</div>
</div>
<div class="side"><div class="side-title">$related</div><ul>$related_li</ul></div>
</div>
<div class="site-footer"><p>$footer</p></div>
</body>
</html>
"""

NOTICE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="$lang" dir="$dir">
<head>
$meta
<title>$headline</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="110" background="/images/top_bg.jpg"><img src="/images/logo.png" alt="$site" /></td></tr>
<tr><td class="nav">$nav_a</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td class="position">$home &gt; $section_label</td></tr>
<tr><td align="center" class="title"><h2>$headline</h2></td></tr>
<tr><td align="center" class="date">$date &nbsp; No. $num</td></tr>
<tr><td class="text">$paragraphs</td></tr>
<tr><td class="links"><b>$related</b><br />$related_br</td></tr>
</table>
<table width="1000" border="0" align="center"><tr><td align="center" class="footer">$footer</td></tr></table>
</body>
</html>
"""

PORTAL = """<!doctype html>
<html lang="$lang" dir="$dir">
<head>
$meta
<title>$site</title>
<meta name="keywords" content="$site">
<link rel="stylesheet" href="/static/index.$ver.css">
</head>
<body>
<div id="top"><h1 class="logo"><a href="/">$site</a></h1><div class="menu">$nav_a</div></div>
<div id="focus"><h2><a href="/$section/$num.html">$headline</a></h2><p>$summary</p></div>
<div id="list"><h3>$related</h3><ul>$related_dated</ul></div>
<div id="bottom">$footer</div>
<script src="/static/index.$ver.js"></script>
</body>
</html>
"""

COMPANY = """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<title>$headline | $site</title>
<link rel="icon" href="/favicon.ico">
<style>.news-detail{max-width:860px;margin:0 auto}.news-detail h1{font-size:26px}.more a{display:block}</style>
</head>
<body>
<header class="top"><a href="/"><img src="/img/logo.svg" alt="$site" height="40"></a><nav>$nav_a</nav></header>
<main class="news-detail"><h1>$headline</h1><p class="date">$date</p>$paragraphs
<div class="more"><h4>$related</h4>$related_p</div></main>
<footer>$footer $year</footer>
</body>
</html>
"""
