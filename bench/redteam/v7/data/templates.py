"""Edition 7's full-page defacement templates (``string.Template``), written for it alone."""

# ruff: noqa: E501

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "bare-text-lines": """<html><head><meta charset="$charset"><title>$title</title></head>
<body>
$lines_br
<br><br>$team / $contact
</body></html>
""",
    "single-centered-sentence": """<!doctype html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><meta name="viewport" content="width=device-width">
<title>$team</title>
<style>html,body{height:100%;margin:0}body{display:grid;place-items:center;background:$bg;color:$fg;font:600 2.2rem $font;text-align:center;padding:0 8vw}</style>
</head><body><p>$slogan</p></body></html>
""",
    "terminal-log": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#050805;color:#7dff8a;font:15px/1.6 'Courier New',monospace;padding:4vh 5vw}b{color:$accent}</style>
</head><body>
<div>root@$team_slug:~# cat /var/www/README</div>
<h1><b>$headline</b></h1>
$lines_p
<div>root@$team_slug:~# echo $$CONTACT</div>
<div>$contact</div>
<div>root@$team_slug:~# ls /home</div>
<div>$greets</div>
</body></html>
""",
    "newspaper-parody-front": """<!doctype html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{max-width:860px;margin:auto;font-family:Georgia,serif;background:#fbf8f1;color:#191919}
.mast{border-bottom:4px double #191919;text-align:center;font-size:3rem;letter-spacing:.08em}
.lead{font-size:2rem;font-weight:700;margin:24px 0 8px}.cols{column-count:2;column-gap:30px}</style>
</head><body>
<div class="mast">$team</div>
<p style="text-align:center">$year · $signoff</p>
<div class="lead">$slogan</div>
<div class="cols">$lines_p<p>$plain</p></div>
<p><i>$greet_label: $greets</i></p>
</body></html>
""",
    "ultimatum-countdown": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:$bg;color:$fg;font-family:$font;text-align:center;padding-top:12vh}
#cd{font-size:5rem;color:$accent;font-variant-numeric:tabular-nums}</style>
</head><body>
<h1>$headline</h1>
<div id="cd">72:00:00</div>
$lines_p
<p>$contact</p>
<script>var t=259200;setInterval(function(){t=Math.max(0,t-1);var h=Math.floor(t/3600),m=Math.floor(t%3600/60),s=t%60;
document.getElementById('cd').textContent=[h,m,s].map(function(x){return String(x).padStart(2,'0')}).join(':')},1000);</script>
</body></html>
""",
    "video-backdrop": """<!doctype html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{margin:0;background:#000;color:#fff;font-family:$font}video{position:fixed;inset:0;width:100%;height:100%;object-fit:cover;opacity:.45}
main{position:relative;padding:20vh 10vw;text-align:center}h1{color:$accent}</style>
</head><body>
<video autoplay muted loop playsinline src="$video"></video>
<main><h1>$headline</h1>$lines_p<p>$greet_label: $greets</p><p>$signoff</p></main>
</body></html>
""",
    "letter-to-admin": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#ececec;font-family:$font}.sheet{background:#fff;max-width:680px;margin:6vh auto;padding:48px;box-shadow:0 1px 6px #999}</style>
</head><body><div class="sheet">
<p>$greet_admin</p>
$lines_p
<p>$plain</p>
<p>— $team<br>$email</p>
</div></body></html>
""",
}
GREET_ADMIN: dict[str, str] = {"en": "To the administrator,", "de": "An die Administration,"}
