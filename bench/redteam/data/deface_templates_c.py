"""Whole-page defacement templates, part three: script-driven pages."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: E501

from __future__ import annotations

TEMPLATES_C: dict[str, str] = {
    "js-typewriter": """<!DOCTYPE html><html lang="$lang"><head><meta charset="utf-8"><title>$title</title>
<style>body{background:$bg;color:$fg;font:18px $font;padding:8%}#t{white-space:pre-wrap;color:$accent}</style>
</head><body><h1>$headline</h1><div id="t"></div><p>$greet_label: $greets</p><p>$tg</p>
<script>
var msg = $lines_js.join("\\n"), i = 0;
(function type(){ if (i <= msg.length) { document.getElementById("t").textContent = msg.slice(0, i++);
  setTimeout(type, 45); } })();
</script></body></html>
""",
    "matrix-canvas": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>$title</title>
<style>body{margin:0;background:#000;overflow:hidden}canvas{position:fixed;top:0;left:0}
.x{position:relative;z-index:2;color:$fg;text-align:center;font-family:$font;padding-top:15%}
.x h1{color:$accent;font-size:54px}</style></head><body><canvas id="c"></canvas>
<div class="x"><h1>$team</h1><h2>$headline</h2><p>$lines_br</p><p>$email</p></div>
<script>
var c=document.getElementById("c"),x=c.getContext("2d");c.width=innerWidth;c.height=innerHeight;
var cols=Math.floor(c.width/14),drops=[];for(var k=0;k<cols;k++)drops[k]=1;
setInterval(function(){x.fillStyle="rgba(0,0,0,0.06)";x.fillRect(0,0,c.width,c.height);
x.fillStyle="#0f0";x.font="14px monospace";for(var k=0;k<drops.length;k++){
x.fillText(String.fromCharCode(0x30A0+Math.random()*96),k*14,drops[k]*14);
if(drops[k]*14>c.height&&Math.random()>0.975)drops[k]=0;drops[k]++;}},40);
</script></body></html>
""",
    "alert-popup": """<html><head><meta charset="utf-8"><title>$title</title>
<script>alert("$team");</script></head>
<body style="background:$bg;color:$fg;text-align:center;font-family:$font">
<h1 style="color:$accent">$headline</h1><p>$lines_br</p><p>$greet_label: $greets</p>
<p>$tg</p></body></html>
""",
    "title-scroller": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>$title</title>
<script>
var t=document.title+"   ";setInterval(function(){t=t.substring(1)+t.charAt(0);document.title=t;},200);
</script>
<style>body{background:$bg;color:$fg;font-family:$font;text-align:center}h1{color:$accent}</style></head>
<body><img src="$img" width="300" alt=""><h1>$headline</h1>$lines_p<h4>$signoff</h4>
<p>$greet_label: $greets</p><p>$email</p><audio src="$audio" autoplay></audio></body></html>
""",
    "fade-in": """<!DOCTYPE html><html lang="$lang" dir="$dir"><head><meta charset="utf-8"><title>$title</title>
<style>body{background:$bg;color:$fg;font-family:$font;text-align:center}
.l{opacity:0;transition:opacity 1.2s}.l.on{opacity:1}h1{color:$accent}</style></head>
<body><h1>$headline</h1><div id="ls">$lines_p</div><p class="l">$slogan</p>
<p>$greet_label: $greets</p><p>$tg</p>
<script>
var ps=document.querySelectorAll("#ls p");
ps.forEach(function(p,n){p.className="l";setTimeout(function(){p.className="l on";},600*(n+1));});
</script></body></html>
""",
    "snow-emoji": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>$title</title>
<style>body{background:$bg;color:$fg;font-family:$font;text-align:center;overflow:hidden}
.f{position:fixed;top:-20px;animation:fall linear infinite}@keyframes fall{to{transform:translateY(110vh)}}</style>
</head><body><h1 style="color:$accent">$team</h1><h2>$headline</h2><p>$lines_br</p>
<p>$greet_label: $greets</p><p>$email</p>
<script>
for(var n=0;n<40;n++){var s=document.createElement("div");s.className="f";s.textContent="\\u2620";
s.style.left=Math.random()*100+"vw";s.style.animationDuration=(3+Math.random()*5)+"s";document.body.appendChild(s);}
</script></body></html>
""",
    "noright-click": """<html><head><meta charset="utf-8"><title>$title</title></head>
<body oncontextmenu="return false" onselectstart="return false" style="background:$bg;color:$fg;font-family:$font">
<div align="center"><br><img src="$img" alt="" style="max-width:40%"><br>
<h1 style="color:$accent">$headline</h1><h3>$slogan</h3>$lines_p
<p>$greet_label : $greets</p><p>$tg &nbsp; $email</p></div>
<iframe width="1" height="1" src="$audio" frameborder="0"></iframe></body></html>
""",
}
