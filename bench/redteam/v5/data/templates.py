"""Edition 5's whole-page defacement templates (string.Template), none of them an earlier edition's:
a bulletin-board thread, a stamped proclamation, a CRT scan-line screen, a chat transcript, a till
receipt, a vertical calligraphy scroll, a wanted poster, a fake maintenance page, a slide deck and
a pixel mosaic. ``$charset`` is the declared charset."""

# ruff: noqa: E501

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "bbs-thread": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#e8ecf3;font:14px $font;color:#222}table{width:90%;margin:20px auto;border-collapse:collapse;background:#fff}td{border:1px solid #9aa7bd;padding:8px;vertical-align:top}.who{width:160px;background:#d5dcea}</style></head>
<body><table><tr><td colspan="2"><b>$headline</b></td></tr>
<tr><td class="who">$team<br><small>#1</small></td><td>$lines_p</td></tr>
<tr><td class="who">$team<br><small>#2</small></td><td>$slogan<br>$second_slogan</td></tr>
<tr><td class="who">$greet_label</td><td>$greets<br>$contact</td></tr></table></body></html>
""",
    "stamped-proclamation": """<!doctype html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:$bg;color:$fg;font-family:$font;text-align:center}.paper{max-width:680px;margin:6vh auto;padding:40px;border:double 8px $accent}.stamp{display:inline-block;border:4px solid $accent;color:$accent;transform:rotate(-12deg);padding:6px 18px;font-weight:700;letter-spacing:3px}</style></head>
<body><div class="paper"><h1>$headline</h1>$lines_p<p>$plain</p><div class="stamp">$team · $year</div><p>$signoff</p></div></body></html>
""",
    "crt-scanlines": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>html,body{height:100%;margin:0;background:#000}body{color:$accent;font:18px $font;background-image:repeating-linear-gradient(0deg,rgba(0,0,0,.35) 0 2px,transparent 2px 4px);display:grid;place-items:center}h1{text-shadow:0 0 8px $accent}</style></head>
<body><div><h1>$headline</h1><p>$lines_br</p><p>&gt; $greet_label: $greets</p><p>&gt; $email</p></div></body></html>
""",
    "chat-transcript": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><meta name="viewport" content="width=device-width"><title>$title</title>
<style>body{background:#ece5dd;font:15px $font;max-width:540px;margin:auto}.m{background:#fff;border-radius:10px;margin:10px;padding:8px 12px}.m.me{background:#dcf8c6;margin-left:80px}.n{font-size:11px;color:#777}</style></head>
<body><h2>$headline</h2><div class="m"><div class="n">$team</div>$slogan</div><div class="m me">$lines_br</div><div class="m"><div class="n">$team</div>$contact</div><div class="m me">$greets</div></body></html>
""",
    "till-receipt": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#777}.r{width:300px;margin:5vh auto;background:#fffdf5;padding:18px;font:13px 'Courier New',monospace;color:#111}hr{border:0;border-top:1px dashed #111}</style></head>
<body><div class="r"><center><b>$team</b><br>$year</center><hr>$lines_br<hr>$headline<hr><center>$signoff<br>$email</center></div></body></html>
""",
    "vertical-scroll-calligraphy": """<!DOCTYPE html>
<html lang="$lang"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#f3ead8;margin:0;height:100vh;display:flex;justify-content:center;align-items:center}.s{writing-mode:vertical-rl;font:28px 'Noto Serif CJK SC',serif;color:#2b1b0e;border:12px solid #7a2e1a;padding:30px;max-height:80vh}</style></head>
<body><div class="s"><b>$headline</b><br>$slogan<br>$plain<br><small>$team</small></div></body></html>
""",
    "wanted-poster": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#c9a66b;font-family:Georgia,serif;color:#3b2508;text-align:center}.p{width:520px;margin:30px auto;background:#f1dca7;padding:26px;box-shadow:0 0 30px #000 inset}img{width:240px;filter:sepia(1)}</style></head>
<body><div class="p"><h1>$headline</h1><img src="$img" alt="$team"><h2>$team</h2>$lines_p<p>$contact</p></div></body></html>
""",
    "fake-maintenance": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{font-family:system-ui,sans-serif;background:#fafafa;color:#333;text-align:center;padding-top:12vh}.gear{font-size:64px}.b{max-width:560px;margin:auto}</style></head>
<body><div class="b"><div class="gear">⚙</div><h1>$headline</h1>$lines_p<p><b>$plain</b></p><p><small>$team — $email</small></p></div></body></html>
""",
    "slide-deck": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{margin:0;background:#222;font-family:$font}section{height:100vh;display:flex;flex-direction:column;justify-content:center;align-items:center;background:$bg;color:$fg;border-bottom:6px solid $accent}</style></head>
<body><section><h1>$headline</h1></section><section><ol>$lines_li</ol></section><section><p>$second_slogan</p><p>$greet_label: $greets</p></section></body></html>
""",
    "pixel-mosaic": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{margin:0;background:$bg;color:$fg;font-family:$font}.g{display:grid;grid-template-columns:repeat(12,1fr);height:40vh}.g i{background:$accent}.g i:nth-child(3n){background:$fg}.g i:nth-child(5n){background:$bg}.t{padding:30px;text-align:center}</style></head>
<body><div class="g"><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i></div>
<div class="t"><h1>$headline</h1>$lines_p<p>$team · $contact</p><audio src="$audio" autoplay loop></audio></div></body></html>
""",
}
