"""Edition 2's legit page layouts for the page task (string.Template), new markup styles: a portal
front with link lists, an article with a comment box, a notice with a table, a company page with
a card grid. Filled by ``pages.legit_page``."""

# ruff: noqa: E501

from __future__ import annotations

HEAD_META = (
    '<meta charset="$charset">',
    '<meta http-equiv="content-type" content="text/html;charset=$charset">',
)

ARTICLE = (
    """<!doctype html>
<html lang="$lang" dir="$dir">
<head>
$meta
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>$headline | $site</title>
<meta property="og:title" content="$headline">
<meta property="og:site_name" content="$site">
<link rel="stylesheet" href="/assets/main.$ver.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-$ga"></script>
</head>
<body>
<div class="topbar"><a href="/" class="brand">$site</a><ul class="menu">$nav_li</ul></div>
<div class="container"><div class="content">
<div class="crumbs"><a href="/">$home</a> / <a href="/$section/">$section_label</a></div>
<h1 class="entry-title">$headline</h1>
<div class="byline">$date</div>
<div class="entry">$paragraphs</div>
<div class="share"><a href="https://twitter.com/intent/tweet?url=https://$domain$path">X</a> <a href="https://www.facebook.com/sharer.php?u=https://$domain$path">f</a></div>
<form class="comment" action="/comment" method="post"><textarea name="c" rows="3"></textarea><button>OK</button></form>
</div>
<div class="sidebar"><h3>$related</h3><ol>$related_li</ol></div></div>
<div class="footer">$footer &copy; $year</div>
</body>
</html>
""",
    """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="$lang" dir="$dir"><head>
$meta
<title>$site - $headline</title>
<style type="text/css">body{margin:0;font:14px/1.6 sans-serif}#hd{border-bottom:3px solid #a00}#bd{width:960px;margin:0 auto}#main{float:left;width:680px}#side{float:right;width:260px}</style>
</head><body>
<div id="hd"><div id="bd"><a href="/"><b>$site</b></a> | $nav_a</div></div>
<div id="bd"><div id="main"><h2>$headline</h2><p class="info">$date</p>$paragraphs</div>
<div id="side"><h4>$related</h4>$related_p</div></div>
<div style="clear:both;text-align:center">$footer</div>
</body></html>
""",
)

PORTAL = (
    """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<title>$site</title>
<link rel="stylesheet" href="/static/portal.$ver.css">
</head>
<body>
<header><h1 class="logo"><a href="/">$site</a></h1><nav>$nav_a</nav></header>
<main>
<section class="lead"><h2><a href="/$section/$num.html">$headline</a></h2>$first_paragraph</section>
<section class="list"><h3>$related</h3><ul>$related_li</ul></section>
</main>
<footer>$footer</footer>
<script src="/static/portal.$ver.js"></script>
</body>
</html>
""",
)

NOTICE = (
    """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head>
$meta
<title>$headline - $site</title>
<link rel="stylesheet" href="/style/gov.$ver.css">
</head><body>
<div class="header"><a href="/"><img src="/images/emblem.png" alt="$site"></a> <span>$site</span></div>
<div class="nav">$nav_a</div>
<div class="main"><h1>$headline</h1>
<table class="meta"><tr><td>$date</td><td>No. $num</td></tr></table>
$paragraphs
<p><a href="/upload/$num.docx">$num.docx</a></p></div>
<div class="links"><h3>$related</h3><ul>$related_li</ul></div>
<div class="footer">$footer</div>
</body></html>
""",
)

COMPANY = (
    """<!doctype html>
<html lang="$lang" dir="$dir"><head>
$meta
<title>$site | $headline</title>
<style>.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}.card{border:1px solid #ddd;padding:12px}</style>
</head><body>
<nav class="navbar"><a class="navbar-brand" href="/">$site</a> $nav_a</nav>
<header class="banner"><h1>$headline</h1></header>
<section>$paragraphs</section>
<section class="grid">$related_cards</section>
<footer class="foot">$footer &middot; $year</footer>
</body></html>
""",
)
