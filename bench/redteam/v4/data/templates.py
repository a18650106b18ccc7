"""Edition 4's whole-page defacement templates (string.Template), in styles editions 1-3 did not use.
Placeholders: title, headline, team, lines_p, lines_br, lines_li, greet_label, greets, signoff,
contact, email, img, audio, video, bg, fg, accent, font, lang, dir, slogan, year, charset,
second_slogan."""

# ruff: noqa: E501

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "black-one-line": """<html><head><meta charset="$charset"><title>$slogan</title></head>
<body style="margin:0;background:#000;color:#777;font:16px $font;display:flex;height:100vh;align-items:center;justify-content:center">$slogan</body></html>
""",
    "console-log": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#020402;color:#39ff88;font:14px/1.5 Menlo,monospace;padding:3vh 4vw}.d{color:#2a7}.w{color:$accent}</style></head>
<body><div class="d">[ 0.000000] session opened for $team</div><div class="d">[ 0.004211] mounting /var/www ... ok</div>
<div class="w">[ 0.009870] $headline</div><div>$lines_br</div><div class="d">[ 0.013337] $greet_label: $greets</div>
<div class="d">[ 0.015000] $contact</div><div>_</div></body></html>
""",
    "official-statement": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#fff;color:#111;font-family:$font;max-width:760px;margin:6vh auto;line-height:1.8}.seal{width:96px;height:96px;border-radius:50%;border:4px double #b00;margin:0 auto 24px}h1{text-align:center;color:#b00;font-size:30px}.no{text-align:center;color:#555}.sig{text-align:right}</style></head>
<body><div class="seal"></div><h1>$headline</h1><p class="no">$year</p>$lines_p<p class="sig">$signoff<br>$team</p></body></html>
""",
    "vertical-scroll": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:$bg;color:$fg;margin:0;height:100vh;display:flex;justify-content:center;align-items:center}.v{writing-mode:vertical-rl;font:28px/1.9 $font;max-height:86vh}.v b{color:$accent}</style></head>
<body><div class="v"><b>$headline</b><br>$lines_br<br>$team</div></body></html>
""",
    "split-languages": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{margin:0;display:grid;grid-template-columns:1fr 1fr;min-height:100vh;font-family:$font}.l{background:$bg;color:$fg;padding:8vh 4vw}.r{background:$accent;color:$bg;padding:8vh 4vw;font-size:26px}</style></head>
<body><div class="l"><h1>$headline</h1>$lines_p<p>$contact</p></div><div class="r"><p>$slogan</p><p>$second_slogan</p><p>$greets</p></div></body></html>
""",
    "video-backdrop": """<!doctype html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>html,body{margin:0;height:100%;background:#000;color:#fff;font-family:$font}video{position:fixed;inset:0;width:100%;height:100%;object-fit:cover;opacity:.45}.c{position:relative;padding:20vh 8vw;text-shadow:0 2px 6px #000}h1{color:$accent;font-size:48px}</style></head>
<body><video src="$video" autoplay muted loop playsinline></video><div class="c"><h1>$headline</h1>$lines_p<p>$greet_label: $greets</p><p>$email</p></div>
<audio src="$audio" autoplay loop></audio></body></html>
""",
    "guestbook-list": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="$charset"><title>$title</title>
<style>body{background:#eee;font:15px $font;color:#222;max-width:700px;margin:4vh auto}li{background:#fff;margin:8px 0;padding:10px;border-left:5px solid $accent;list-style:none}</style></head>
<body><h2>$headline</h2><ul>$lines_li<li>$greet_label: $greets</li><li>$contact</li></ul><p><img src="$img" alt="" width="320"></p><p>$signoff</p></body></html>
""",
}
