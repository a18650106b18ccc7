"""Edition 2's whole-page defacement templates (string.Template).

Placeholders: title, headline, team, lines_p, lines_br, lines_li, lines_js, greet_label, greets,
signoff, contact, email, img, audio, video, bg, fg, accent, font, lang, dir, slogan, b64, year."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: E501

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "shell-prompt": """<!doctype html>
<html lang="$lang" dir="$dir"><head><meta charset="utf-8"><title>$title</title>
<style>html,body{background:$bg;color:$fg;font:15px $font;margin:0}pre{padding:2em;white-space:pre-wrap}
.p{color:$accent}.cur{animation:b 1s steps(1) infinite}@keyframes b{50%{opacity:0}}</style></head>
<body><pre><span class="p">root@$team:~#</span> cat message.txt
<b>$headline</b>

$lines_br

<span class="p">$greet_label</span> $greets
$contact<span class="cur">_</span></pre></body></html>
""",
    "overlay-video": """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>$title</title>
<style>body{margin:0;background:#000;overflow:hidden}video{position:fixed;inset:0;width:100%;height:100%;object-fit:cover;opacity:.35}
.box{position:relative;z-index:2;color:$fg;text-align:center;top:20vh;font-family:$font}h1{color:$accent;font-size:3em}</style></head>
<body><video src="$video" autoplay muted loop playsinline></video>
<div class="box"><h1>$headline</h1>$lines_p<p><i>$signoff</i></p><p>$contact</p></div>
<audio src="$audio" autoplay loop></audio></body></html>
""",
    "typewriter-js": """<html><head><meta charset="utf-8"><title>$title</title>
<style>body{background:$bg;color:$fg;font-family:$font;padding:8vh 10vw}#t{font-size:1.4em;line-height:1.6}</style>
</head><body><h1 style="color:$accent">$team</h1><div id="t"></div>
<script>var q=$lines_js,i=0,j=0,o=document.getElementById('t');
function w(){if(i>=q.length)return;if(j<q[i].length){o.innerHTML+=q[i][j++];setTimeout(w,45)}else{o.innerHTML+='<br>';i++;j=0;setTimeout(w,400)}}w();</script>
<noscript>$lines_br</noscript>
<p style="margin-top:3em;font-size:.8em">$greet_label: $greets</p></body></html>
""",
    "base64-doc": """<html><head><meta charset="utf-8"><title>$title</title></head>
<body style="background:$bg;color:$fg">
<script>document.open();document.write(decodeURIComponent(escape(atob('$b64'))));document.close();</script>
</body></html>
""",
    "card-center": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="utf-8"><title>$title</title>
<style>*{box-sizing:border-box}body{display:grid;place-items:center;min-height:100vh;margin:0;background:radial-gradient($accent,$bg 70%);font-family:$font}
.card{max-width:640px;background:rgba(0,0,0,.75);color:$fg;border-radius:14px;padding:36px;box-shadow:0 0 40px $accent}
.card img{width:160px;border-radius:50%}</style></head>
<body><div class="card"><img src="$img" alt=""><h2>$headline</h2><ul>$lines_li</ul>
<footer><small>$greet_label &mdash; $greets</small><br><small>$email</small></footer></div></body></html>
""",
    "flag-stripes": """<!doctype html><html lang="$lang" dir="$dir"><head><meta charset="utf-8"><title>$title</title>
<style>body{margin:0;font-family:$font;color:#fff}.s{height:33.3vh;display:flex;align-items:center;justify-content:center;flex-direction:column}
.a{background:$accent}.b{background:$bg}.c{background:#2b2b2b}h1{margin:0;font-size:2.6em;text-shadow:2px 2px #000}</style></head>
<body><div class="s a"><h1>$slogan</h1></div><div class="s b">$lines_p</div><div class="s c"><p>$team &middot; $year</p><p>$contact</p></div></body></html>
""",
    "svg-banner": """<html lang="$lang"><head><meta charset="utf-8"><title>$title</title></head>
<body style="margin:0;background:$bg">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 300" width="100%"><rect width="800" height="300" fill="$bg"/>
<text x="400" y="120" fill="$accent" font-size="44" text-anchor="middle" font-family="$font">$team</text>
<text x="400" y="190" fill="$fg" font-size="24" text-anchor="middle">$headline</text></svg>
<div style="color:$fg;text-align:center;font-family:$font">$lines_p<p>$signoff</p></div></body></html>
""",
    "old-frameset": """<HTML><HEAD><TITLE>$title</TITLE></HEAD>
<BODY BGCOLOR="$bg" TEXT="$fg" LINK="$accent">
<TABLE WIDTH="100%" HEIGHT="95%"><TR><TD ALIGN="CENTER" VALIGN="MIDDLE">
<IMG SRC="$img" BORDER="0"><BR><H1><FONT COLOR="$accent">$headline</FONT></H1>
<P>$lines_br</P><HR WIDTH="40%"><P><I>$greet_label</I>: $greets</P><P>$email</P>
</TD></TR></TABLE><BGSOUND SRC="$audio" LOOP="-1"></BODY></HTML>
""",
    "bootstrapish": """<!DOCTYPE html>
<html lang="$lang" dir="$dir">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>$title</title>
<style>body{background:$bg;color:$fg;font-family:$font}.container{max-width:900px;margin:0 auto;padding:40px 15px}
.jumbotron{border:1px solid $accent;padding:30px}.badge{background:$accent;color:#000;padding:2px 8px}</style></head>
<body><div class="container"><div class="jumbotron"><span class="badge">$team</span>
<h1 class="display-4">$headline</h1><hr>$lines_p<p class="lead">$slogan</p></div>
<div class="row"><div class="col">$greet_label: $greets</div><div class="col">$contact | $email</div></div></div></body></html>
""",
    "canvas-rain": """<!doctype html><html lang="$lang" dir="$dir"><head><meta charset="utf-8"><title>$title</title>
<style>body{margin:0;background:#000;color:$fg;font-family:$font}canvas{position:fixed;inset:0;z-index:0}
main{position:relative;z-index:1;text-align:center;padding-top:25vh}h1{color:$accent}</style></head>
<body><canvas id="c"></canvas><main><h1>$headline</h1>$lines_p<p>$greets</p></main>
<script>var c=document.getElementById('c'),x=c.getContext('2d');c.width=innerWidth;c.height=innerHeight;
var d=Array(Math.floor(c.width/14)).fill(0);setInterval(function(){x.fillStyle='rgba(0,0,0,.08)';x.fillRect(0,0,c.width,c.height);
x.fillStyle='$accent';d.forEach(function(y,i){x.fillText(String.fromCharCode(48+Math.random()*40),i*14,y);d[i]=y>c.height&&Math.random()>.97?0:y+14;});},50);</script>
</body></html>
""",
    "iframe-only": """<html><head><meta charset="utf-8"><title>$title</title>
<style>body,html{margin:0;height:100%;background:$bg}iframe{border:0;width:100%;height:100%}</style></head>
<body><iframe srcdoc="&lt;body style='background:$bg;color:$fg;text-align:center;font-family:sans-serif'&gt;&lt;h1&gt;$team&lt;/h1&gt;&lt;p&gt;$slogan&lt;/p&gt;&lt;/body&gt;"></iframe>
<div style="display:none">$headline $lines_br</div></body></html>
""",
    "poem-rtl": """<!DOCTYPE html>
<html lang="$lang" dir="$dir"><head><meta charset="utf-8"><title>$title</title>
<style>body{background:$bg;color:$fg;font:20px/1.9 $font;text-align:center;padding:10vh 5vw}
blockquote{border-inline-start:4px solid $accent;margin:2em auto;max-width:32em;padding:0 1em}</style></head>
<body><h1 style="color:$accent">$slogan</h1><blockquote>$lines_br</blockquote><h3>$headline</h3>
<p>$signoff</p><p><small>$greet_label: $greets &middot; $contact</small></p></body></html>
""",
}
