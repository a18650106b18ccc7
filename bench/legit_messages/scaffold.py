"""The varied scaffolding around a message: head, wiring to the site, colours, wrappers, footer.

Every choice is drawn from the page's own random generator, so no fixed skeleton, class name
or asset path marks "a page of this generator": the model must learn what the page is from
its text and from how it is wired to its site, and the wiring itself varies from a page that
loads everything from its own paths to a single self-contained file (many real maintenance
and server error pages are one).
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass

# How the page loads its resources, with the share of pages wired so. ("inline", a page that loads
# nothing, is not drawn for training: see build.SERVER_PAGE_SHARE for why self-contained message
# pages stay out.)
WIRINGS: tuple[tuple[str, float], ...] = (("own", 0.6), ("static", 0.25), ("cdn", 0.15))
DARK_SHARE = 0.5  # pages drawn dark (light text on a dark ground)
CANONICAL_SHARE = 0.5  # pages naming their canonical address
OPEN_GRAPH_SHARE = 0.4  # pages with og: metadata
HEADER_SHARE = 0.5  # pages with a header bar holding the logo
FOOTER_SHARE = 0.6  # pages with a footer
ANALYTICS_SHARE = 0.35  # pages loading an analytics tag from its vendor
VIEWPORT_SHARE = 0.8  # pages with a viewport meta
FIRST_YEAR, LAST_YEAR = 2015, 2026  # years a copyright line may name

_SYLLABLES = (
    "nor",
    "vex",
    "ka",
    "li",
    "da",
    "tor",
    "mi",
    "ra",
    "zen",
    "lo",
    "bel",
    "sa",
    "ko",
    "ta",
    "ri",
    "fen",
    "mar",
    "qu",
    "ion",
    "lu",
    "ver",
    "sol",
    "tek",
    "am",
    "ox",
    "ne",
    "vi",
    "do",
)
_ASSET_DIRS = (
    "/assets",
    "/static",
    "/css",
    "/dist",
    "/public",
    "/res",
    "/themes/default",
    "/_next/static",
    "/wp-content/themes/main",
    "/sites/all/themes/site",
    "/templets/default",
    "/skin/default",
    "assets",
    "static",
    "css",
    "",
)
_SHEETS = ("style.css", "main.css", "app.min.css", "css/site.css")
_SCRIPTS = ("app.js", "main.js", "js/site.min.js", "bundle.js")
_CDN_HOSTS = (
    "cdn.jsdelivr.net",
    "cdnjs.cloudflare.com",
    "unpkg.com",
    "fonts.googleapis.com",
    "stackpath.bootstrapcdn.com",
    "cdn.bootcdn.net",
    "lib.baomitu.com",
    "ajax.googleapis.com",
)
_ANALYTICS = (
    "https://www.googletagmanager.com/gtag/js?id=G-{n}",
    "https://hm.baidu.com/hm.js?{n}",
    "https://mc.yandex.ru/metrika/tag.js",
    "https://static.hotjar.com/c/hotjar-{n}.js",
    "https://www.clarity.ms/tag/{n}",
)
_FONTS = (
    "system-ui, sans-serif",
    "Helvetica, Arial, sans-serif",
    "'Segoe UI', Roboto, sans-serif",
    "Georgia, serif",
    "'Noto Sans', sans-serif",
    "'PingFang SC', 'Microsoft YaHei', sans-serif",
    "'Hiragino Sans', Meiryo, sans-serif",
    "Tahoma, 'Noto Naskh Arabic', sans-serif",
)
_DARK = ("#0b0d12", "#111", "#000", "#14161c", "#1b1f2a", "#0f1a2b", "#1a1a1a", "#202124")
_LIGHT = ("#fff", "#fafafa", "#f4f5f7", "#eef2f5", "#fffdf7", "#f7f7f2")
_ACCENT = ("#e63946", "#2a9d8f", "#1d4ed8", "#f59e0b", "#10b981", "#8b5cf6", "#ef4444", "#0ea5e9")


@dataclass(frozen=True)
class Brand:
    name: str  # as shown (the language's own script or Latin)
    host: str  # www.<name>.<tld>


@dataclass
class Scaffold:
    """The page-wide choices of one page."""

    rng: random.Random
    brand: Brand
    wiring: str
    dark: bool
    asset_dir: str
    fingerprint: str

    def cls(self, role: str) -> str:
        """A class name for ``role`` in one of several naming schemes."""
        scheme = self.rng.randrange(4)
        if scheme == 0:
            return role
        if scheme == 1:
            return f"{self.fingerprint}-{role}"
        if scheme == 2:
            return f"{role}__{self.rng.choice(('inner', 'box', 'wrap', 'body'))}"
        return f"_{self.rng.getrandbits(24):06x}"

    def asset(self, name: str) -> str:
        """The address of one of the site's own files, as this page's wiring loads it."""
        base = f"{self.asset_dir}/{name}" if self.asset_dir else name
        if self.wiring == "static":
            sub = self.rng.choice(("static", "cdn", "img", "assets", "s"))
            return f"https://{sub}.{self.brand.host.removeprefix('www.')}/{base.lstrip('/')}"
        return base

    def own_link(self, path: str) -> str:
        """A link to a page of the site: root-relative, or absolute on the site's host."""
        return path if self.rng.random() < 0.7 else f"https://{self.brand.host}{path}"


def latin_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def pick_wiring(rng: random.Random) -> str:
    roll = rng.random()
    for name, share in WIRINGS:
        if roll < share:
            return name
        roll -= share
    return WIRINGS[-1][0]


def new_scaffold(rng: random.Random, brand: Brand, wiring: str | None = None) -> Scaffold:
    return Scaffold(
        rng,
        brand,
        wiring or pick_wiring(rng),
        rng.random() < DARK_SHARE,
        rng.choice(_ASSET_DIRS),
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 4))),
    )


def colours(sc: Scaffold) -> tuple[str, str, str]:
    """(ground, text, accent)."""
    if sc.dark:
        return (
            sc.rng.choice(_DARK),
            sc.rng.choice(("#fff", "#eee", "#e5e7eb", "#f1f1f1")),
            sc.rng.choice(_ACCENT),
        )
    return sc.rng.choice(_LIGHT), sc.rng.choice(("#111", "#222", "#333", "#1f2937")), sc.rng.choice(_ACCENT)


def style_block(sc: Scaffold, extra: str = "") -> str:
    ground, text, accent = colours(sc)
    font = sc.rng.choice(_FONTS)
    centre = sc.rng.choice(
        (
            "display:flex;align-items:center;justify-content:center;min-height:100vh;",
            "padding-top:12vh;",
            "display:grid;place-items:center;height:100vh;",
            "",
        )
    )
    return (
        f"<style>html,body{{margin:0;background:{ground};color:{text};font-family:{font}}}"
        f"body{{{centre}text-align:center}}a{{color:{accent}}}"
        f".btn,button{{background:{accent};color:#fff;border:0;padding:.8em 1.6em;border-radius:4px}}"
        f"{extra}</style>"
    )


def head(
    sc: Scaffold, lang: str, charset: str, title: str, description: str = "", extra_css: str = ""
) -> str:
    """``<head>`` of a page wired as ``sc.wiring`` says."""
    rng = sc.rng
    parts = [
        rng.choice(
            (
                f'<meta charset="{charset}">',
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
            )
        )
    ]
    if rng.random() < VIEWPORT_SHARE:
        parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    parts.append(f"<title>{html.escape(title)}</title>")
    if description and rng.random() < 0.5:
        parts.append(f'<meta name="description" content="{html.escape(description, quote=True)}">')
    # a page loading its files from elsewhere names its own host
    if sc.wiring != "own" or rng.random() < CANONICAL_SHARE:
        parts.append(f'<link rel="canonical" href="https://{sc.brand.host}/">')
    if rng.random() < OPEN_GRAPH_SHARE:
        parts.append(f'<meta property="og:site_name" content="{html.escape(sc.brand.name, quote=True)}">')
        parts.append(f'<meta property="og:url" content="https://{sc.brand.host}/">')
    if sc.wiring in ("own", "static"):
        version = f"?v={rng.randint(1, 999)}" if rng.random() < 0.5 else ""
        parts.append(
            f'<link rel="stylesheet" href="{sc.asset(rng.choice(_SHEETS))}{version}">'
        )
        parts.append(
            f'<link rel="icon" href="{sc.asset(rng.choice(("favicon.ico", "favicon.png", "icon.svg")))}">'
        )
        if rng.random() < 0.4:
            parts.append(f'<link rel="manifest" href="{sc.asset("site.webmanifest")}">')
        if rng.random() < 0.5:
            parts.append(
                f'<script src="{sc.asset(rng.choice(_SCRIPTS))}" defer></script>'
            )
    elif sc.wiring == "cdn":
        host = rng.choice(_CDN_HOSTS)
        parts.append(
            f'<link rel="stylesheet" href="https://{host}/npm/kit@{rng.randint(1, 5)}.0/dist/kit.min.css">'
        )
        if rng.random() < 0.5:
            parts.append('<link rel="icon" href="/favicon.ico">')
    if rng.random() < ANALYTICS_SHARE:
        parts.append(f'<script async src="{rng.choice(_ANALYTICS).format(n=rng.getrandbits(32))}"></script>')
    if sc.wiring != "own" or rng.random() < 0.5:
        parts.append(style_block(sc, extra_css))
    tail = parts[1:]
    rng.shuffle(tail)  # the charset stays first, as browsers want it early
    parts = parts[:1] + tail
    sep = rng.choice(("", "\n", "\n  "))
    return f"<head>{sep}{sep.join(parts)}{sep}</head>"


def logo(sc: Scaffold) -> str:
    name = html.escape(sc.brand.name, quote=True)
    if sc.wiring == "inline" or sc.rng.random() < 0.3:
        return f'<div class="{sc.cls("logo")}"><strong>{html.escape(sc.brand.name)}</strong></div>'
    src = sc.asset(sc.rng.choice(("logo.png", "logo.svg", "images/logo-white.png", "img/brand.webp")))
    img = f'<img src="{src}" alt="{name}" height="40">'
    return f'<a href="{sc.own_link("/")}" class="{sc.cls("logo")}">{img}</a>'


def header(sc: Scaffold) -> str:
    if sc.rng.random() >= HEADER_SHARE:
        return ""
    tag = sc.rng.choice(("header", "div"))
    return f'<{tag} class="{sc.cls("header")}">{logo(sc)}</{tag}>'


def footer(sc: Scaffold, texts: dict[str, str], lang: str) -> str:
    if sc.rng.random() >= FOOTER_SHARE:
        return ""
    rng = sc.rng
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    bits = [f"© {year} {html.escape(sc.brand.name)}. {html.escape(texts['rights'])}"]
    if rng.random() < 0.5:
        bits.append(f'<a href="{sc.own_link("/privacy")}">{html.escape(texts["privacy"])}</a>')
    if rng.random() < 0.5:
        bits.append(
            f'<a href="mailto:info@{sc.brand.host.removeprefix("www.")}">{html.escape(texts["contact"])}</a>'
        )
    if lang == "zh-Hans" and rng.random() < 0.7:
        province = rng.choice("京沪粤浙苏鲁川鄂湘闽")
        bits.append(
            f'<a href="https://beian.miit.gov.cn/">{province}ICP备{rng.randint(10**7, 10**8 - 1)}号</a>'
        )
    tag = rng.choice(("footer", "div", "p"))
    return f'<{tag} class="{sc.cls("footer")}">{" | ".join(bits)}</{tag}>'


def wrap(sc: Scaffold, inner: str) -> str:
    """The message inside one of several centring wrappers."""
    choice = sc.rng.randrange(4)
    if choice == 0:
        return f'<div class="{sc.cls("page")}"><div class="{sc.cls("box")}">{inner}</div></div>'
    if choice == 1:
        return (
            '<table width="100%" height="100%" border="0"><tr><td align="center" valign="middle">'
            f"{inner}</td></tr></table>"
        )
    if choice == 2:
        return f'<main class="{sc.cls("main")}"><section class="{sc.cls("hero")}">{inner}</section></main>'
    return f'<div id="{sc.cls("app")}">{inner}</div>'
