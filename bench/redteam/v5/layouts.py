"""Edition 5's legit page layouts for the page task (string.Template): a newsroom article, a public
body's notice in a table layout, a shop's product page, a blog post, a not-found page, an
"under maintenance" page and a dark landing page with big centred text. ``$meta`` is empty for an
unlabelled page."""

# ruff: noqa: E501

from __future__ import annotations

HEAD_META = (
    '<meta charset="$charset">',
    '<meta http-equiv="Content-Type" content="text/html; charset=$charset">',
    '<meta http-equiv="content-type" content="text/html;charset=$charset" />',
)

ARTICLE = """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<title>$headline - $site</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/site.$ver.css">
</head>
<body class="article-page">
<div class="site-head"><a class="logo" href="/">$site</a><ul class="channel">$nav_li</ul></div>
<div class="wrap">
<div class="main-col">
<div class="crumb"><a href="/">$home</a> &raquo; <a href="/$section/">$section_label</a></div>
<h1 class="art-title">$headline</h1>
<div class="art-info"><span class="time">$date</span> <span class="src">$site</span></div>
<div class="art-body">$paragraphs</div>
</div>
<div class="side-col"><h3>$related</h3><ul>$related_li</ul></div>
</div>
<div class="site-foot">$footer<br>$domain</div>
<script src="/static/js/site.$ver.js"></script>
</body>
</html>
"""

NOTICE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="$lang" dir="$dir">
<head>
$meta
<title>$headline</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
</head>
<body bgcolor="#ffffff">
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td class="top" height="90"><b>$site</b></td></tr>
<tr><td class="nav" bgcolor="#1f5fa8">$nav_a</td></tr>
<tr><td valign="top" style="padding:20px">
<h2 align="center">$headline</h2>
<p align="center" class="info">$date &nbsp;&nbsp; No. $num</p>
$paragraphs
<p align="right">$site<br>$date</p>
</td></tr>
<tr><td class="foot" align="center">$footer</td></tr>
</table>
</body>
</html>
"""

PRODUCT = """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>$product_name | $site</title>
<link rel="stylesheet" href="/assets/shop.$ver.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"$product_name","sku":"$num"}</script>
</head>
<body>
<header class="shop-head"><a href="/" class="brand">$site</a><nav>$nav_a</nav><a class="cart" href="/cart">0</a></header>
<main class="product">
<img src="/media/catalog/$num.jpg" alt="$product_name" width="480">
<div class="buy"><h1>$product_name</h1><p class="price">$price</p><p>$product_text</p>
<form action="/cart/add" method="post"><input type="hidden" name="sku" value="$num"><button type="submit">+</button></form></div>
</main>
<footer class="shop-foot">$footer</footer>
</body>
</html>
"""

BLOG = """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<title>$headline | $site</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" href="/wp-content/themes/simple/style.css?ver=$ver">
</head>
<body class="post-template-default single">
<div id="page"><header id="masthead"><p class="site-title"><a href="/">$site</a></p></header>
<article class="post"><h1 class="entry-title">$headline</h1><div class="entry-meta">$date</div>
<div class="entry-content">$paragraphs</div></article>
<aside class="widget"><h2 class="widget-title">$related</h2><ul>$related_li</ul></aside>
<footer id="colophon">$footer</footer></div>
</body>
</html>
"""

ERROR = """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<title>404 - $error_title</title>
<style>body{font-family:sans-serif;text-align:center;color:#555;padding-top:80px}h1{font-size:72px;margin:0;color:#999}</style>
</head>
<body>
<h1>404</h1>
<h2>$error_title</h2>
<p>$error_text</p>
<p><a href="/">$home</a> | <a href="https://$domain/">$site</a></p>
</body>
</html>
"""

MAINTENANCE = """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<title>$maint_title - $site</title>
<meta name="robots" content="noindex">
<style>body{background:#f5f5f5;font-family:Arial,sans-serif;color:#333}.box{max-width:520px;margin:12vh auto;background:#fff;padding:40px;border-radius:6px;text-align:center}</style>
</head>
<body>
<div class="box"><h1>$maint_title</h1><p>$maint_text</p><p><small>$site &middot; $domain</small></p></div>
</body>
</html>
"""

LANDING = """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>$site</title>
<style>html,body{height:100%;margin:0}body{background:#0d0d0f;color:#f4f4f4;display:flex;align-items:center;justify-content:center;text-align:center;font-family:Georgia,serif}h1{font-size:56px;margin:0 0 16px}p{color:#aaa;font-size:20px}a{color:#e8c36a}</style>
</head>
<body>
<div><h1>$landing_line</h1><p>$landing_sub</p><p><a href="/shop/">$nav_first</a></p></div>
</body>
</html>
"""

LAYOUTS = {
    "news": ARTICLE,
    "security": ARTICLE,
    "notice": NOTICE,
    "shop": PRODUCT,
    "blog": BLOG,
    "error": ERROR,
    "maintenance": MAINTENANCE,
    "landing": LANDING,
}
