"""Sixteen ways to hide a block of links from readers while search crawlers still read them
(edition 9): each wraps the link markup ``links`` with a fresh class or id ``tag``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

Hider = Callable[[str, str], str]


def _css_class(rule: str) -> Hider:
    def hide(links: str, tag: str) -> str:
        return f'<style>.{tag}{{{rule}}}</style><div class="{tag}">{links}</div>'

    return hide


def _inline(style: str, element: str = "div") -> Hider:
    def hide(links: str, tag: str) -> str:
        return f'<{element} id="{tag}" style="{style}">{links}</{element}>'

    return hide


def _attr(markup: str, element: str = "div") -> Hider:
    def hide(links: str, tag: str) -> str:
        return f'<{element} id="{tag}" {markup}>{links}</{element}>'

    return hide


def _dialog(links: str, tag: str) -> str:
    return f'<dialog id="{tag}">{links}</dialog>'


def _template(links: str, tag: str) -> str:
    return f'<template id="{tag}"><nav>{links}</nav></template>'


def _foreign(links: str, tag: str) -> str:
    return (
        f'<svg id="{tag}" width="0" height="0" aria-hidden="true" focusable="false">'
        f'<foreignObject width="1" height="1"><div xmlns="http://www.w3.org/1999/xhtml">{links}</div>'
        "</foreignObject></svg>"
    )


def _script_hidden(links: str, tag: str) -> str:
    hide = f"<script>document.getElementById('{tag}').style.display='none'</script>"
    return f'<div id="{tag}">{links}</div>{hide}'


def _summary(links: str, tag: str) -> str:
    summary = '<summary style="display:none"></summary>'
    return f'<details id="{tag}" style="list-style:none">{summary}{links}</details>'


def _media_print(links: str, tag: str) -> str:
    style = f"<style>#{tag}{{display:none}}@media print{{#{tag}{{display:block}}}}</style>"
    return f'{style}<div id="{tag}">{links}</div>'


HIDING: Mapping[str, Hider] = MappingProxyType(
    {
        "popover-closed": _attr('popover="auto"'),
        "dialog-closed": _dialog,
        "template-inert": _template,
        "content-visibility-off": _inline("content-visibility:hidden;contain-intrinsic-size:0;height:0"),
        "clip-path-inset-full": _inline("clip-path:inset(50%);position:absolute;width:1px;height:1px"),
        "scale-to-nothing": _css_class("transform:scale(0);transform-origin:0 0;position:absolute"),
        "max-height-zero": _css_class("max-height:0;overflow:hidden;margin:0;padding:0"),
        "indent-far-left": _inline("text-indent:-10000vw;white-space:nowrap;overflow:hidden;height:1em"),
        "zero-font-lineheight": _inline("font-size:0;line-height:0;color:transparent", "p"),
        "opacity-nil-fixed": _inline("opacity:0;position:fixed;top:0;left:0;pointer-events:none;z-index:-1"),
        "bare-hidden-flag": _attr("hidden"),
        "svg-foreign-zero": _foreign,
        "script-collapses": _script_hidden,
        "details-no-summary": _summary,
        "print-only": _media_print,
        "inert-above-viewport": _attr('inert style="position:absolute;top:-300vh;left:0"'),
    }
)
