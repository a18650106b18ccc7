"""Ways a link farm is hidden in a page (the ``seo-spam`` family): an opening and a closing piece
of markup around the links, ``{n}`` a per-page number."""

from __future__ import annotations

HIDING: dict[str, tuple[str, str]] = {
    "display-none": ('<div style="display:none">', "</div>"),
    "offscreen": ('<div style="position:absolute;left:-8000px;top:-8000px">', "</div>"),
    "font-zero": ('<div style="font-size:0;line-height:0;height:0">', "</div>"),
    "tiny-box": ('<div style="height:1px;width:1px;overflow:hidden">', "</div>"),
    "text-indent": (
        '<p style="text-indent:-99999px;overflow:hidden;white-space:nowrap;height:12px">',
        "</p>",
    ),
    "same-colour": ('<div style="color:#ffffff;background-color:#ffffff;font-size:12px">', "</div>"),
    "opacity": ('<div style="opacity:0;filter:alpha(opacity=0)">', "</div>"),
    "clip": ('<div style="position:absolute;clip:rect(1px,1px,1px,1px);width:1px;height:1px">', "</div>"),
    "scale-zero": ('<div style="transform:scale(0);-webkit-transform:scale(0);height:0">', "</div>"),
    "hidden-attr": ("<div hidden>", "</div>"),
    "marquee": ('<marquee width="1" height="1" scrollamount="3000">', "</marquee>"),
    "max-height": ('<div style="max-height:0;overflow:hidden">', "</div>"),
    "class-rule": (
        '<style>.lk{n}a{{visibility:hidden;position:absolute;width:0}}</style><div class="lk{n}a">',
        "</div>",
    ),
    "js-hide": (
        '<div id="yq{n}">',
        '</div><script>document.getElementById("yq{n}").style.display="none";</script>',
    ),
    "fixed-away": ('<div style="position:fixed;top:-3000px;left:-3000px">', "</div>"),
    "under-layer": (
        '<div style="position:absolute;z-index:-999;width:0;height:0;overflow:hidden">',
        "</div>",
    ),
}
PLACES = ("after-footer-record", "body-top", "before-body-end", "in-sidebar", "head-of-main")
