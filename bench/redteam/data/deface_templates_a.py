"""Whole-page defacement templates, part one: minimal and old-school markup.

Placeholders (string.Template): title, headline, team, lines_p, lines_br, lines_li, lines_js,
greet_label, greets, signoff, tg, email, img, audio, bg, fg, accent, font, lang, dir, slogan."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.

from __future__ import annotations

TEMPLATES_A: dict[str, str] = {
    "minimal": """<html><head><title>$title</title></head>
<body bgcolor="$bg" text="$fg"><center><h1>$headline</h1>
$lines_br<br><br><b>$greet_label:</b> $greets<br>$tg | $email</center></body></html>
""",
    "font-tags": """<HTML>
<HEAD><TITLE>$title</TITLE><META http-equiv="Content-Type" content="text/html; charset=utf-8"></HEAD>
<BODY BGCOLOR="$bg">
<CENTER>
<FONT FACE="$font" SIZE="7" COLOR="$accent"><B>$team</B></FONT><BR>
<FONT FACE="$font" SIZE="5" COLOR="$fg">$headline</FONT><BR><BR>
<FONT FACE="$font" SIZE="3" COLOR="$fg">$lines_br</FONT><BR><BR>
<FONT SIZE="2" COLOR="$accent">$greet_label: $greets</FONT><BR>
<FONT SIZE="2" COLOR="#888888">$tg &middot; $email</FONT>
</CENTER>
</BODY>
</HTML>
""",
    "table-layout": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="utf-8"><title>$title</title></head>
<body style="background:$bg;color:$fg;margin:0">
<table width="100%" height="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td align="center" valign="middle">
<table border="1" bordercolor="$accent" cellpadding="18" style="border-collapse:collapse">
<tr><td align="center"><img src="$img" width="220" alt=""></td></tr>
<tr><td align="center" style="font:bold 30px $font;color:$accent">$headline</td></tr>
<tr><td style="font:15px $font">$lines_br</td></tr>
<tr><td align="center" style="font:13px $font">$greet_label: $greets<br>$tg</td></tr>
</table></td></tr></table>
</body></html>
""",
    "marquee-retro": """<html>
<head><title>$title</title></head>
<body style="background-color:$bg;color:$fg;font-family:$font">
<marquee behavior="alternate" scrollamount="8"><h1 style="color:$accent">$team</h1></marquee>
<center><img src="$img" alt="$team" height="260"><h2>$headline</h2>
<p>$lines_br</p>
<marquee direction="left" scrollamount="4" style="color:$accent">$greet_label $greets</marquee>
<p><small>$email</small></p></center>
<audio src="$audio" autoplay loop></audio>
</body></html>
""",
    "pre-ascii": """<html><head><meta charset="utf-8"><title>$title</title>
<style>body{background:$bg;color:$fg;font-family:$font}pre{color:$accent}</style></head><body>
<pre>
  ____________________________________________
 |                                            |
 |   $team
 |____________________________________________|
</pre>
<h2>$headline</h2>
<p>$lines_br</p>
<pre>-- $greet_label: $greets --</pre>
<p>$tg</p>
</body></html>
""",
    "blink-center": """<html>
<head><title>$title</title>
<style>.b{animation:bl 1s step-start infinite}@keyframes bl{50%{opacity:0}}</style></head>
<body bgcolor="$bg"><br><br><center>
<h1 class="b" style="color:$accent;font-family:$font">$headline</h1>
<h3 style="color:$fg;font-family:$font">$slogan</h3>
<div style="color:$fg;font-family:$font;width:70%">$lines_p</div>
<hr width="40%" color="$accent">
<p style="color:$fg">$greet_label: <b>$greets</b></p>
<p style="color:#777">$email</p>
</center></body></html>
""",
    "list-greets": """<!doctype html>
<html lang="$lang" dir="$dir"><head><meta charset="utf-8"><title>$title</title></head>
<body style="background:$bg;color:$fg;font-family:$font;text-align:center">
<h1 style="color:$accent">$headline</h1>
<ul style="list-style:none;padding:0">$lines_li</ul>
<h4>$greet_label</h4><p>$greets</p>
<p><a href="https://$tg" style="color:$accent">$tg</a></p>
</body></html>
""",
}
