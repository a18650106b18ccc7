"""Script traits: how much a new script, frame or loader from an unseen origin looks injected.

New third-party scripts are common on real sites, so a plain new script is weak evidence; it
grows with traits of injected loaders: a bare tag (on a site whose own third-party tags carry
more attributes), a hyphenated or infrastructure-mimicking domain name ('cdn', 'update',
'analytics'), a path imitating a well-known library (neither counts for the genuine library CDN
or analytics host itself; a minified file's ``.min.js`` imitates nothing: every vendor ships
one). Other resource kinds weigh what their kind weighs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tamperwatch.detect.lookalike import genuine, published_release, shared_host
from tamperwatch.detect.resources import Resource

if TYPE_CHECKING:
    from tamperwatch.detect.foreign_injection import ForeignInjectionConfig

_INFRA_WORD = re.compile(
    r"cdn|api|static|update|analytic|stat|track|pixel|metric|counter|cache|secure|plugin|check|ajax|font|"
    r"jquery|script|tag|cloud|collect|host|widget|js|min|web",
)
_LIBRARY_PATH = re.compile(r"jquery|emoji|analytics|core\.js|track|stats|counter|loader|pixel", re.I)
QUIET_ATTRS = frozenset({"src", "type", "charset", "language"})  # a tag with no other attribute is bare
_FRAME_ATTRS = frozenset({"width", "height", "frameborder", "style", "border", "scrolling"})
# Resource kind -> the config field of its weight (scripts and frames are scored by their traits).
_BASE = {
    "refresh": "refresh",
    "js-redirect": "js_redirect",
    "skimmer": "skimmer",
    "base": "base",
    "object": "object",
    "popup": "popup",
    "popunder": "popunder",
    "form": "form",
    "stylesheet": "stylesheet",
}


def _bare_name(name: str) -> str:
    """A package or file name without a trailing 'js' ('popperjs' and 'popper' name one library)."""
    name = name.lower()
    return name[:-2].rstrip(".-_") if name.endswith("js") and len(name) > 2 else name


def writes_bare_tags(resources: list[Resource]) -> bool:
    """Whether a page loads a third-party script with a bare tag (``resources``: its foreign ones)."""
    return any(r.kind == "script" and not set(r.attrs) - QUIET_ATTRS for r in resources)


def script_score(res: Resource, config: ForeignInjectionConfig, bare_usual: bool = False) -> float:
    """How much a new external script or frame looks injected rather than a vendor's tag.

    ``bare_usual``: the site's known-good pages load third-party scripts with bare tags (only
    ``src``, ``type``, ``charset``, ``language``), as many Chinese portals and their analytics
    snippets do: a bare new tag is then the site's own style, no trait of an injected one."""
    c = config
    label = res.domain.split(".")[0]
    score = c.script_start
    extra = [a for a in res.attrs if a not in QUIET_ATTRS]
    if res.kind == "iframe":
        score += c.hidden_frame if res.hidden else -c.visible_frame
        extra = [a for a in extra if a not in _FRAME_ATTRS]
    if not extra and not (bare_usual and res.kind == "script"):
        score += c.bare_tag
    # names that imitate infrastructure are traits of a host passing for one, not of the genuine
    # library CDN or analytics host itself (a site adding jQuery from a public CDN); a host that
    # serves anyone's files (a storage bucket, a CDN of any repository) keeps them, except its own
    # name on a versioned package release there, and the file name of a package's own file
    named_like = not genuine(res.domain) or shared_host(res.domain)
    release = published_release(res.url) if named_like else ()
    if named_like and not release and "-" in label:
        score += c.hyphen_label
    if named_like and not release and _INFRA_WORD.search(label):
        score += c.infra_label
    file_name = res.url.split("?")[0].rsplit("/", 1)[-1] if "/" in res.url else ""
    own_file = bool(release) and _bare_name(re.split(r"[.\-_]", file_name, maxsplit=1)[0]) in {
        _bare_name(name) for name in release
    }
    if named_like and not own_file and _LIBRARY_PATH.search(file_name):
        score += c.library_path
    if len(extra) >= c.many_attrs:
        score -= c.many_attrs_discount
    if "async" in res.attrs or "defer" in res.attrs:
        score -= c.async_discount
    return round(max(c.script_floor, min(c.script_max, score)), 3)


def resource_score(res: Resource, config: ForeignInjectionConfig, bare_usual: bool = False) -> float:
    """How much a new resource from an unseen origin looks injected, by its kind and traits."""
    c = config
    if res.kind in ("script", "iframe"):
        return script_score(res, c, bare_usual)
    if res.kind == "inline-script":  # ad and consent loaders rotate vendors: weak on its own
        return round(min(c.inline_cap, script_score(res, c, bare_usual) - c.inline_discount), 3)
    if res.kind in ("obfuscated-script", "hidden-loader"):  # hidden from readers: how injected loaders hide
        return round(min(c.script_max, script_score(res, c, bare_usual) + c.hidden_boost), 3)
    if res.kind == "object" and res.hidden:
        return max(c.object, c.hidden_object)
    weight: float = getattr(c, _BASE[res.kind]) if res.kind in _BASE else c.other_kind
    return weight
