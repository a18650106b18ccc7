"""The blocks most portals carry besides their news: a service grid, the mailbox list, the
family's inline tab and slider script, topic banners and related sites above the footer."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import html
import zlib

from . import words as w
from .labels import MAILBOX_STATE, MAILBOX_TITLE, RELATED, RELATED_TITLE, SERVICES, TOPICS_TITLE
from .sites import Site
from .skins import Skin, fmt_date
from .state import State

MAILBOX_ROWS = 6
LETTER = {
    "zh-Hans": ("关于{place}{topic}的咨询", w.HANS_PLACES, w.HANS_TOPICS),
    "zh-Hant": ("有關{place}{topic}的意見", w.HANT_PLACES, w.HANT_TOPICS),
    "ja": ("{place}の{topic}について", w.JA_PLACES, w.JA_TOPICS),
    "ko": ("{place} {topic} 관련 문의", w.KO_PLACES, w.KO_TOPICS),
}
SERVICE_KINDS = frozenset({"gov", "court", "hotline", "univ"})
INLINE_JS = """<script type="text/javascript">
$(function () {{
  $(".{p}-tab span, .{p}-tit").on("mouseover", function () {{
    var i = $(this).index();
    $(this).addClass("cur").siblings().removeClass("cur");
    $(".{p}-list").hide().eq(i).show();
  }});
  var n = 0, slides = $("#focusPic li"), total = slides.length;
  function next() {{ slides.hide().eq(n).fadeIn(400); n = (n + 1) % total; }}
  if (total > 1) {{ next(); setInterval(next, 5000); }}
  $("#fontBig").click(function () {{ $("#zoom").css("font-size", "18px"); }});
  $("#fontSmall").click(function () {{ $("#zoom").css("font-size", "14px"); }});
}});
function addFavorite(url, title) {{
  try {{ window.external.addFavorite(url, title); }}
  catch (e) {{ try {{ window.sidebar.addPanel(title, url, ""); }} catch (e2) {{ alert("{fav}"); }} }}
}}
</script>"""
FAVOURITE = {
    "zh-Hans": "加入收藏失败，请使用Ctrl+D进行添加",
    "zh-Hant": "請按 Ctrl+D 加入書籤",
    "ja": "Ctrl+Dでブックマークしてください",
    "ko": "Ctrl+D를 눌러 즐겨찾기에 추가하세요",
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def services(site: Site, state: State, skin: Skin) -> str:
    """The service grid, the mailbox list (letters from the site's own recent items) and the
    family's inline script."""
    p = skin.prefix
    grid = "\n".join(
        f'<li><a href="/service/item{k}.html" target="_blank"><i class="{p}-ico {p}-ico-{k}"></i><span>{esc(name)}</span></a></li>'
        for k, name in enumerate(SERVICES[site.lang])
    )
    states = MAILBOX_STATE[site.lang]
    pattern, places, topics = LETTER[site.lang]
    rows = []
    for k, it in enumerate(state.lists[-1][2 : 2 + MAILBOX_ROWS]):
        n = zlib.crc32(it.url.encode())
        title = pattern.format(place=places[n % len(places)], topic=topics[(n // 7) % len(topics)])
        rows.append(
            f'<tr><td class="{p}-mb-t"><a href="/hdjl/xx/{it.date:%Y%m%d}{k}.html">{esc(title)}</a></td>'
            f"<td>{states[k % 3 == 0]}</td><td>{fmt_date('iso', it.date)}</td></tr>"
        )
    letters = "\n".join(rows)
    script = "" if skin.structure in ("html5", "live") else INLINE_JS.format(p=p, fav=FAVOURITE[site.lang])
    return (
        f'<div class="{p}-service"><ul class="{p}-grid-ico">\n{grid}\n</ul></div>\n'
        f'<div class="{p}-mailbox"><h3>{MAILBOX_TITLE[site.lang]}</h3><table class="{p}-mb" width="100%">\n{letters}\n</table></div>\n'
        f"{script}"
    )


def extras(site: Site, state: State, skin: Skin) -> str:
    """The topic banners and the related-sites block most portals show above the footer."""
    p, tld = skin.prefix, site.host.rsplit(".", 2)[-2:]
    suffix = ".".join(tld)
    topics = "\n".join(
        f'<li><a href="/ztzl/zt{k}/index.html"><img src="/images/zt/{p}zt{k}_{state.build[:4]}.jpg" alt="" '
        f'width="230" height="70" /></a></li>'
        for k in range(4)
    )
    if skin.structure in ("table", "div"):
        options = "".join(
            f'<option value="http://{stem}.{suffix}">{esc(name)}</option>'
            for name, stem in RELATED[site.lang]
        )
        related = (
            f'<select class="{p}-links" onchange="if(this.value)window.open(this.value)"><option value="">'
            f"---{RELATED_TITLE[site.lang]}---</option>{options}</select>"
        )
    else:
        related = (
            "<ul>"
            + "".join(
                f'<li><a href="https://{stem}.{suffix}/" rel="noopener">{esc(name)}</a></li>'
                for name, stem in RELATED[site.lang]
            )
            + "</ul>"
        )
    return (
        f'<div class="{p}-zt"><h3>{TOPICS_TITLE[site.lang]}</h3><ul>\n{topics}\n</ul></div>\n'
        f'<div class="{p}-related"><h3>{RELATED_TITLE[site.lang]}</h3>{related}</div>'
    )


CSS_PARTS = (
    "top",
    "nav",
    "main",
    "left",
    "right",
    "list",
    "tab",
    "focus",
    "footer",
    "service",
    "mailbox",
    "zt",
    "related",
    "more",
    "time",
    "count",
    "qr",
    "urgent",
    "special",
    "header",
    "menu",
    "block",
    "feed",
    "card",
    "grid",
    "aside",
    "lead",
    "crumb",
    "article",
    "info",
    "content",
    "attach",
    "tools",
    "pn",
)
CSS_RULES = (
    "margin:0 auto;width:1200px;overflow:hidden",
    "float:left;height:42px;line-height:42px;font-size:16px",
    "color:#333;text-decoration:none",
    "border-bottom:1px dashed #ddd;padding:6px 0",
    "background:#0b5aa2;color:#fff",
    'font-family:"Microsoft YaHei","PingFang SC",SimSun,sans-serif',
    "display:block;position:relative",
    "color:#999;float:right;font-size:13px",
    "border:1px solid #e5e5e5;margin-top:12px",
)


def inline_css(skin: Skin) -> str:
    """The family's own inline style sheet, as CMS templates write one into every page."""
    p = skin.prefix
    rules = []
    for k, part in enumerate(CSS_PARTS):
        rules.append(f".{p}-{part}{{{CSS_RULES[k % len(CSS_RULES)]}}}")
        rules.append(
            f".{p}-{part} a:hover{{color:#c00}} .{p}-{part} li{{{CSS_RULES[(k * 5 + 2) % len(CSS_RULES)]}}}"
        )
    rules.append(
        f"@media (max-width:768px){{.{p}-main,.{p}-top,.{p}-nav{{width:100%}}.{p}-right,.{p}-aside{{display:none}}}}"
    )
    return '<style type="text/css">\n' + "\n".join(rules) + "\n</style>"


def mobile_menu(labels: list[str], columns: tuple[str, ...], prefix: str) -> str:
    """The menu a phone sees, repeated in the page and hidden on wide screens."""
    items = "".join(f'<li><a href="/m/col{i}/">{esc(x)}</a></li>' for i, x in enumerate([*labels, *columns]))
    return f'<div class="{prefix}-mnav" id="mobileNav" style="display:none"><ul>{items}</ul></div>'
