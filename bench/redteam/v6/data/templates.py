"""Edition 6's whole-page defacement templates (string.Template), none of them an earlier edition's:
minimal ones (bare text with no style, one <pre>, a title and one small line, one image and one
line) and dressed ones (a newspaper front page, an official letterhead, a boot log, a muted video
hero, scrolling film credits, an error page in disguise, a guestbook). ``$charset`` is the
declared charset."""

# ruff: noqa: E501

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "bare-text-no-style": """<html><head><meta charset="$charset"><title>$title</title></head>
<body>$headline<br><br>
$lines_br<br><br>
$team - $contact
</body></html>
""",
    "lone-pre-block": """<!DOCTYPE html><html lang="$lang"><head><meta charset="$charset"><title>$title</title></head><body><pre>
$headline

$lines_nl

$greet_label: $greets
$email
</pre></body></html>
""",
    "title-and-one-line": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title></head>
<body style="margin:0;background:$bg"><p style="position:fixed;bottom:8px;right:12px;margin:0;color:$fg;font:12px $font">$slogan</p></body></html>
""",
    "one-image-one-line": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><meta name="viewport" content="width=device-width"><title>$title</title></head>
<body style="margin:0;min-height:100vh;background:#000 url('$img') center/cover no-repeat;display:flex;align-items:flex-end;justify-content:center">
<h1 style="color:$accent;font-family:$font;background:rgba(0,0,0,.6);padding:10px 20px">$headline</h1></body></html>
""",
    "newspaper-front": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#f7f3e8;color:#111;font-family:Georgia,serif;max-width:960px;margin:auto}header{border-bottom:4px double #111;text-align:center}header h1{font-size:54px;margin:10px 0}.cols{column-count:3;column-gap:28px}.cols h2{column-span:all;font-size:34px}</style></head>
<body><header><h1>$team</h1><small>$year · $signoff</small></header>
<div class="cols"><h2>$headline</h2>$lines_p<p><b>$plain</b></p><p>$second_slogan</p><p>$contact</p></div></body></html>
""",
    "official-letterhead": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#e9e9e9;font-family:$font}.sheet{background:#fff;max-width:720px;margin:30px auto;padding:50px 60px;box-shadow:0 0 12px #999}.head{border-bottom:2px solid $accent;padding-bottom:10px;margin-bottom:24px;color:$accent;font-weight:700;letter-spacing:1px}.sign{margin-top:40px;text-align:right}</style></head>
<body><div class="sheet"><div class="head">$team · No. $year/$year</div><h2>$headline</h2>$lines_p<p>$plain</p><p class="sign">$signoff<br>$email</p></div></body></html>
""",
    "boot-log": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#000;color:#bbb;font:14px monospace;padding:20px}.ok{color:#3c3}.hl{color:$accent}</style></head>
<body><div>[    0.000000] init: starting</div><div>[    0.412771] <span class="ok">OK</span> mounted /var/www</div>
<div class="hl">[    1.000000] $headline</div><div>$lines_br</div><div>[    2.718281] $greet_label: $greets</div><div>[    3.141592] $contact</div></body></html>
""",
    "muted-video-hero": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><meta name="viewport" content="width=device-width"><title>$title</title>
<style>html,body{margin:0;height:100%;background:#000;overflow:hidden}video{position:fixed;inset:0;width:100%;height:100%;object-fit:cover;opacity:.5}.t{position:relative;color:$fg;text-align:center;top:35vh;font-family:$font}.t h1{color:$accent;font-size:6vw}</style></head>
<body><video autoplay muted loop playsinline src="$audio"></video><div class="t"><h1>$headline</h1><p>$slogan</p><p>$team</p></div></body></html>
""",
    "scrolling-credits": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{margin:0;height:100vh;overflow:hidden;background:$bg;color:$fg;font-family:$font;text-align:center}.roll{position:absolute;width:100%;animation:up 40s linear infinite}@keyframes up{from{top:100%}to{top:-150%}}h1{color:$accent}</style></head>
<body><div class="roll"><h1>$headline</h1>$lines_p<p>$greet_label</p><p>$greets</p><p>$signoff</p><p>$email</p></div></body></html>
""",
    "error-page-disguise": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{font-family:-apple-system,Segoe UI,sans-serif;background:#fafafa;color:#333;display:grid;place-items:center;height:100vh;margin:0}.box{max-width:520px}.code{font-size:72px;color:#ccc;font-weight:700}</style></head>
<body><div class="box"><div class="code">451</div><h1>$headline</h1>$lines_p<p style="color:#999">$team · $contact</p></div></body></html>
""",
    "guestbook": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#fff8dc;font:15px $font}.entry{border:1px dashed #b8860b;margin:14px auto;max-width:640px;padding:12px}.entry b{color:$accent}</style></head>
<body><h1 style="text-align:center">$headline</h1>
<div class="entry"><b>$team</b> · $year<br>$lines_br</div>
<div class="entry"><b>$greet_label</b><br>$greets</div>
<div class="entry"><b>$slogan</b><br>$second_slogan</div></body></html>
""",
}
