# ruff: noqa: E501
"""Ways to keep spam links out of a visitor's sight but in the markup a crawler reads."""

from __future__ import annotations

from collections.abc import Callable, Mapping

Hider = Callable[[str, str], str]  # (links markup, a short random class name) -> markup


def _style(css: str) -> Hider:
    return lambda links, cls: f'<div style="{css}">{links}</div>'


def _class_rule(rule: str) -> Hider:
    return lambda links, cls: f'<style>.{cls}{{{rule}}}</style><div class="{cls}">{links}</div>'


def _hidden_attr(links: str, cls: str) -> str:
    return f"<section hidden>{links}</section>"


def _closed_details(links: str, cls: str) -> str:
    return f'<details class="{cls}"><summary style="list-style:none;font-size:0">&#8203;</summary>{links}</details>'


def _script_hides(links: str, cls: str) -> str:
    return (
        f'<div id="{cls}">{links}</div>'
        f"<script>document.getElementById('{cls}').style.setProperty('display','none','important')</script>"
    )


def _template(links: str, cls: str) -> str:
    return f'<template id="{cls}">{links}</template>'


def _noscript(links: str, cls: str) -> str:
    return f"<noscript><div>{links}</div></noscript>"


def _svg_zero(links: str, cls: str) -> str:
    return f'<svg width="0" height="0" aria-hidden="true"><foreignObject width="1" height="1">{links}</foreignObject></svg>'


def _collapsed_row(links: str, cls: str) -> str:
    return f'<table style="border:0"><tr style="visibility:collapse"><td>{links}</td></tr></table>'


HIDING: Mapping[str, Hider] = {
    "clip-path-inset-half": _style(
        "position:absolute;clip-path:inset(50%);width:1px;height:1px;overflow:hidden"
    ),
    "scale-zero-transform": _style("transform:scale(0);transform-origin:0 0;position:absolute"),
    "fixed-far-above": _style("position:fixed;top:-3200px;left:0"),
    "max-height-nil-clipped": _style("max-height:0;overflow:hidden;margin:0;padding:0"),
    "skipped-content-block": _style("content-visibility:hidden;contain-intrinsic-size:0;height:0"),
    "opacity-near-zero-no-pointer": _style("opacity:.003;pointer-events:none;height:2px;overflow:hidden"),
    "class-rule-offscreen-right": _class_rule("position:absolute;left:120vw;white-space:nowrap"),
    "class-rule-zero-columns": _class_rule("columns:1;width:0;height:0;overflow:clip"),
    "html-hidden-attribute": _hidden_attr,
    "closed-details-blank-summary": _closed_details,
    "hidden-after-load-by-script": _script_hides,
    "inert-template": _template,
    "noscript-only": _noscript,
    "zero-size-svg-foreign-object": _svg_zero,
    "collapsed-table-row": _collapsed_row,
}
