"""Legit page layouts for the page task: a news article, a public notice and a company page, each
in a few markup styles. Placeholders (string.Template) are filled by ``legit_pages``."""

from __future__ import annotations

HEAD_META = (
    '<meta charset="$charset">',
    '<meta http-equiv="Content-Type" content="text/html; charset=$charset">',
    "<meta charset=$charset>",
)

NEWS = (
    """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head>
$meta
<title>$headline - $site</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/site.$ver.css">
<link rel="canonical" href="https://$domain$path">
</head>
<body class="article-page">
<header class="site-header"><a class="logo" href="/">$site</a>
<nav><ul>$nav_li</ul></nav></header>
<main class="layout">
<article class="story">
<p class="breadcrumb"><a href="/">$home</a> &rsaquo; <a href="/$section/">$section_label</a></p>
<h1>$headline</h1>
<p class="meta"><time datetime="$iso">$date</time></p>
$paragraphs
</article>
<aside class="sidebar"><h2>$related</h2><ul>$related_li</ul></aside>
</main>
<footer class="site-footer"><p>$footer</p><p>&copy; $year $site</p></footer>
<script src="/static/js/app.$ver.js" defer></script>
</body>
</html>
""",
    """<html>
<head>
$meta
<title>$site | $headline</title>
<style>body{font-family:sans-serif;margin:0}#top{background:#1d3557;color:#fff;padding:10px}
#top a{color:#fff;margin:0 8px}.wrap{display:flex;max-width:1100px;margin:auto}.col{flex:3;padding:20px}
.side{flex:1;padding:20px;background:#f1f1f1}</style>
</head>
<body>
<div id="top"><b>$site</b> $nav_a</div>
<div class="wrap"><div class="col">
<h2 class="title">$headline</h2><div class="date">$date</div>
<div class="content">$paragraphs</div>
</div><div class="side"><h3>$related</h3>$related_p</div></div>
<div id="foot">$footer</div>
</body>
</html>
""",
)

NOTICE = (
    """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head>
$meta
<title>$headline</title>
<link rel="stylesheet" href="/css/gov.css">
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="banner"><a href="/">$site</a></td></tr>
<tr><td class="menu">$nav_a</td></tr></table>
<div id="main"><h1>$headline</h1><p class="date">$date</p>
$paragraphs
<p class="attach"><a href="/files/$num.pdf">$num.pdf</a></p></div>
<div id="links"><h3>$related</h3><ul>$related_li</ul></div>
<div id="footer">$footer</div>
</body></html>
""",
)

COMPANY = (
    """<!doctype html>
<html lang="$lang" dir="$dir">
<head>
$meta
<title>$headline | $site</title>
<style>.hero{padding:60px 20px;background:#eef3f8}.hero h1{margin:0}section{padding:20px}
nav a{padding:0 10px}</style>
</head>
<body>
<nav><a href="/">$site</a>$nav_a</nav>
<div class="hero"><h1>$headline</h1></div>
<section>$paragraphs</section>
<section class="news"><h2>$related</h2><ul>$related_li</ul></section>
<footer>$footer &middot; $year</footer>
</body>
</html>
""",
)
