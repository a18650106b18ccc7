"""Whole-page defacement templates, part two: CSS-heavy layouts."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: E501

from __future__ import annotations

TEMPLATES_B: dict[str, str] = {
    "glitch-css": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>$title</title>
<style>
html,body{height:100%;margin:0;background:$bg;color:$fg;font-family:$font}
.wrap{display:flex;flex-direction:column;align-items:center;justify-content:center;height:100%}
.g{font-size:64px;position:relative;color:$accent;text-shadow:2px 0 #0ff,-2px 0 #f0f}
.g:after{content:attr(data-t);position:absolute;left:3px;top:0;clip-path:inset(40% 0 30% 0)}
p{max-width:640px;line-height:1.6}
</style></head><body><div class="wrap">
<div class="g" data-t="$team">$team</div>
<h2>$headline</h2>$lines_p
<footer>$greet_label: $greets &bull; $tg</footer></div></body></html>
""",
    "terminal": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>$title</title>
<style>body{background:#000;color:#0f0;font:15px/1.5 $font;padding:30px}
.p:before{content:"root@box:~# ";color:#ff0}.c{animation:c 1s infinite}@keyframes c{50%{opacity:0}}</style>
</head><body>
<div class="p">whoami</div><div>$team</div>
<div class="p">cat message.txt</div><div><b>$headline</b><br>$lines_br</div>
<div class="p">cat greets.txt</div><div>$greets</div>
<div class="p">contact</div><div>$tg / $email</div>
<div class="p"><span class="c">_</span></div>
</body></html>
""",
    "card-shadow": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="utf-8"><title>$title</title>
<style>
body{background:radial-gradient(circle,$bg 40%,#000);min-height:100vh;margin:0;display:grid;place-items:center}
.card{background:rgba(0,0,0,.7);border:1px solid $accent;box-shadow:0 0 40px $accent;padding:40px;max-width:700px;
color:$fg;font-family:$font;border-radius:12px;text-align:center}
.card img{max-width:200px;border-radius:50%}h1{color:$accent;letter-spacing:4px}
</style></head><body><div class="card"><img src="$img" alt="">
<h1>$headline</h1>$lines_p<p><i>$signoff</i></p><small>$greet_label: $greets</small><br><small>$email</small>
</div></body></html>
""",
    "bg-image": """<html><head><meta charset="utf-8"><title>$title</title>
<style>body{background:$bg url('$img') no-repeat center center fixed;background-size:cover;color:$fg;
font-family:$font;text-align:center;padding-top:12%}
h1{font-size:56px;color:$accent;text-shadow:0 0 12px #000}.m{background:rgba(0,0,0,.6);display:inline-block;padding:16px}</style>
</head><body><h1>$team</h1><div class="m"><h3>$headline</h3>$lines_br</div>
<p>$greet_label: $greets</p><p>$tg</p><embed src="$audio" autostart="true" hidden="true"></body></html>
""",
    "neon-grid": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>$title</title><style>
*{box-sizing:border-box}body{margin:0;background:$bg;color:$fg;font-family:$font}
header{padding:30px;text-align:center;border-bottom:3px solid $accent}
header h1{margin:0;font-size:48px;color:$accent;text-shadow:0 0 5px $accent,0 0 20px $accent}
main{display:grid;grid-template-columns:1fr 1fr;gap:20px;padding:30px}
section{border:1px dashed $accent;padding:20px}footer{text-align:center;padding:20px;opacity:.7}
</style></head><body><header><h1>$headline</h1></header>
<main><section><h2>$team</h2>$lines_p</section><section><h2>$greet_label</h2><p>$greets</p>
<p>$slogan</p></section></main><footer>$tg &middot; $email</footer></body></html>
""",
    "rtl-banner": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="utf-8"><title>$title</title>
<style>body{background:$bg;color:$fg;font-family:$font;margin:0}
.band{background:$accent;color:$bg;padding:14px;font-size:22px;text-align:center}
.main{padding:40px;text-align:center;font-size:19px}</style></head><body>
<div class="band">$slogan</div><div class="main"><img src="$img" width="180" alt="">
<h1>$headline</h1>$lines_p<p>$greet_label: $greets</p></div>
<div class="band">$team &mdash; $tg</div></body></html>
""",
    "split-screen": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>$title</title>
<style>body{margin:0;display:flex;height:100vh;font-family:$font}
.l{flex:1;background:$accent;display:flex;align-items:center;justify-content:center}
.l h1{color:$bg;font-size:70px;transform:rotate(-8deg)}
.r{flex:1;background:$bg;color:$fg;padding:60px;overflow:auto}</style></head>
<body><div class="l"><h1>$team</h1></div><div class="r"><h2>$headline</h2>$lines_p
<p>$signoff</p><p>$greet_label: $greets</p><p>$email</p></div></body></html>
""",
    "fullscreen-video-like": """<html><head><meta charset="utf-8"><title>$title</title>
<style>body{background:#000;color:$fg;overflow:hidden;font-family:$font}
.ov{position:fixed;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center;
background:repeating-linear-gradient(0deg,rgba(255,255,255,.03) 0 2px,transparent 2px 4px)}
h1{font-size:5vw;color:$accent}</style></head><body><div class="ov">
<h1>$headline</h1><h3>$team</h3><div>$lines_br</div><p>$tg</p></div>
<audio autoplay loop><source src="$audio" type="audio/mpeg"></audio></body></html>
""",
}
