"""The message of each kind of legitimate message-shaped page: (title, body content)."""

from __future__ import annotations

import html
from collections.abc import Callable

from .scaffold import Scaffold, logo

Texts = dict[str, str]
Message = tuple[str, str, str]  # (title, body inner HTML, extra CSS)
HTTP_ERRORS = (
    ("404", "notfound_title", "notfound_line"),
    ("500", "error_title", "error_line"),
    ("503", "maint_title", "maint_line"),
    ("403", "forbidden_title", "notfound_line"),
    ("502", "error_title", "error_line"),
)
MAX_COUNTDOWN_DAYS = 90  # a countdown shows at most this many days


def _e(text: str) -> str:
    return html.escape(text)


def _title(sc: Scaffold, message: str) -> str:
    """The title in one of the shapes sites use: message, brand, or both either way round."""
    sep = sc.rng.choice((" - ", " | ", " \u2013 ", "丨", " :: ", " · "))
    return sc.rng.choice(
        (message, f"{message}{sep}{sc.brand.name}", f"{sc.brand.name}{sep}{message}", sc.brand.name)
    )


def _heading(sc: Scaffold, text: str) -> str:
    tag = sc.rng.choice(("h1", "h1", "h2", "div", "p"))
    return f'<{tag} class="{sc.cls("title")}">{_e(text)}</{tag}>'


def _para(sc: Scaffold, text: str) -> str:
    tag = sc.rng.choice(("p", "p", "div", "span"))
    return f'<{tag} class="{sc.cls("text")}">{_e(text)}</{tag}>'


def _button(sc: Scaffold, text: str, href: str) -> str:
    return f'<a class="{sc.cls("btn")} btn" href="{href}">{_e(text)}</a>'


def _email_form(sc: Scaffold, t: Texts) -> str:
    action = sc.rng.choice(
        (
            "/subscribe",
            "subscribe.php",
            "/api/newsletter",
            "",
            f"https://{sc.rng.choice(('list-manage.com', 'forms.example-mail.net'))}/subscribe/post",
        )
    )
    return (
        f'<form method="post" action="{action}" class="{sc.cls("form")}">'
        f'<input type="email" name="email" placeholder="{html.escape(t["email"], quote=True)}" required>'
        f'<button type="submit">{_e(t["notify"])}</button></form>'
    )


def maintenance(sc: Scaffold, t: Texts) -> Message:
    parts = [
        logo(sc) if sc.rng.random() < 0.6 else "",
        _heading(sc, t["maint_title"]),
        _para(sc, t["maint_line"]),
        _para(sc, t["back"]),
    ]
    if sc.rng.random() < 0.4:
        mail = f"support@{sc.brand.host.removeprefix('www.')}"
        parts.append(f'<p><a href="mailto:{mail}">{mail}</a></p>')
    return _title(sc, t["maint_title"]), "".join(parts), ""


def coming_soon(sc: Scaffold, t: Texts) -> Message:
    units = t["units"].split("|")
    values = (
        sc.rng.randint(1, MAX_COUNTDOWN_DAYS),
        sc.rng.randint(0, 23),
        sc.rng.randint(0, 59),
        sc.rng.randint(0, 59),
    )
    cells = "".join(
        f'<div class="{sc.cls("cell")}"><span id="{u[:1]}{k}">{v:02d}</span><small>{_e(u)}</small></div>'
        for k, (u, v) in enumerate(zip(units, values, strict=True))
    )
    script = ""
    if sc.rng.random() < 0.5:
        script = (
            "<script>var end=Date.now()+"
            + str(values[0] * 86400000)
            + ";setInterval(function(){var s=Math.max(0,(end-Date.now())/1000|0);"
            "document.title=document.title;},1000);</script>"
        )
    body = (
        logo(sc)
        + _heading(sc, t["soon_title"])
        + _para(sc, t["soon_line"])
        + f'<div class="{sc.cls("countdown")}">{cells}</div>'
        + _email_form(sc, t)
        + script
    )
    return _title(sc, t["soon_title"]), body, ""


def landing(sc: Scaffold, t: Texts) -> Message:
    sc.dark = True
    video = ""
    if sc.wiring != "inline" and sc.rng.random() < 0.5:
        video = (
            f'<video autoplay muted loop playsinline poster="{sc.asset("hero.jpg")}" class="{sc.cls("bg")}">'
            f'<source src="{sc.asset("media/hero.mp4")}" type="video/mp4"></video>'
        )
    css = ""
    if sc.wiring != "inline":
        css = f".hero,section{{background:url({sc.asset('img/hero-bg.jpg')}) center/cover}}"
    nav = ""
    if sc.rng.random() < 0.3:
        about, contact = sc.own_link("/about"), sc.own_link("/contact")
        nav = f'<a href="{about}">{_e(t["landing_more"])}</a> · <a href="{contact}">{_e(t["contact"])}</a>'
    headline = sc.rng.choice((sc.brand.name, t["landing_line"]))
    body = (
        video
        + logo(sc)
        + _heading(sc, headline)
        + _para(sc, t["landing_line"])
        + _button(
            sc, t["landing_more"], sc.own_link(sc.rng.choice(("/about", "/products", "/en/", "/start")))
        )
        + nav
    )
    return _title(sc, t["landing_line"]), body, css


def http_error(sc: Scaffold, t: Texts) -> Message:
    code, title_key, line_key = sc.rng.choice(HTTP_ERRORS)
    big = f'<div class="{sc.cls("code")}" style="font-size:{sc.rng.randint(64, 160)}px">{code}</div>'
    body = (
        (logo(sc) if sc.rng.random() < 0.5 else "")
        + big
        + _heading(sc, t[title_key])
        + _para(sc, t[line_key])
    )
    body += _button(sc, t["home"], sc.own_link("/"))
    return _title(sc, f"{code} {t[title_key]}" if sc.rng.random() < 0.5 else t[title_key]), body, ""


def parked(sc: Scaffold, t: Texts) -> Message:
    domain = sc.brand.host.removeprefix("www.")
    parker = sc.rng.choice(("parking-lot.example", "domainpark.net", "sedo-like.com", "parkpage.io"))
    links = "".join(
        f'<li><a href="https://{parker}/search?q={k}&amp;d={domain}">{_e(w)}</a></li>'
        for k, w in enumerate(t["parked_more"].split("|"))
    )
    body = (
        f'<h1 class="{sc.cls("domain")}">{domain}</h1>'
        + _para(sc, t["parked_line"])
        + f"<ul>{links}</ul>"
        + f'<script src="https://{parker}/js/park.js"></script>'
    )
    return domain, body, ""


def age_gate(sc: Scaffold, t: Texts) -> Message:
    sc.dark = sc.rng.random() < 0.8
    leave = sc.rng.choice(("https://www.google.com/", "about:blank", "javascript:history.back()"))
    body = (
        logo(sc)
        + _para(sc, t["age_q"])
        + _button(sc, t["yes"], sc.own_link("/?age=ok"))
        + " "
        + _button(sc, t["no"], leave)
    )
    return _title(sc, sc.brand.name), body, ""


def cookie_wall(sc: Scaffold, t: Texts) -> Message:
    body = (
        logo(sc)
        + f'<div class="{sc.cls("consent")}" role="dialog">'
        + _para(sc, t["cookie_line"])
        + f'<button id="accept">{_e(t["accept"])}</button> <button id="prefs">{_e(t["settings"])}</button>'
        + f' <a href="{sc.own_link("/privacy")}">{_e(t["privacy"])}</a></div>'
    )
    return _title(sc, sc.brand.name), body, ""


def app_download(sc: Scaffold, t: Texts) -> Message:
    qr = f'<img src="{sc.asset("img/qr-app.png")}" alt="QR" width="160">' if sc.wiring != "inline" else ""
    app_id, package = sc.rng.randint(10**8, 10**9), sc.brand.host.split(".")[1]
    stores = (
        f'<a href="https://apps.apple.com/app/id{app_id}">App Store</a> '
        f'<a href="https://play.google.com/store/apps/details?id=com.{package}.app">Google Play</a>'
    )
    body = logo(sc) + _heading(sc, t["app_line"]) + qr + _para(sc, t["app_more"]) + f"<p>{stores}</p>"
    return _title(sc, t["app_line"]), body, ""


def login(sc: Scaffold, t: Texts) -> Message:
    action = sc.rng.choice(
        ("/login", "/user/login", "login.php", "/api/auth/signin", "", "/member/index.php")
    )
    body = (
        logo(sc)
        + _heading(sc, t["login_title"])
        + f'<form method="post" action="{action}"><input name="username" placeholder="{_e(t["user"])}">'
        f'<input type="password" name="password" placeholder="{_e(t["password"])}">'
        f'<button type="submit">{_e(t["login_title"])}</button></form>'
        f'<a href="{sc.own_link("/password/reset")}">{_e(t["forgot"])}</a>'
    )
    return _title(sc, t["login_title"]), body, ""


def campaign(sc: Scaffold, t: Texts) -> Message:
    banner = (
        f'<img src="{sc.asset("img/campaign-banner.jpg")}" alt="{_e(t["campaign_title"])}">'
        if sc.wiring != "inline"
        else ""
    )
    body = (
        logo(sc)
        + banner
        + _heading(sc, t["campaign_title"])
        + _para(sc, t["campaign_line"])
        + _button(sc, t["cta"], sc.own_link("/sale"))
    )
    return _title(sc, t["campaign_title"]), body, ""


def mourning(sc: Scaffold, t: Texts) -> Message:
    css = "html{filter:grayscale(100%);-webkit-filter:grayscale(1)}"
    body = logo(sc) + _heading(sc, t["mourning_line"]) + _para(sc, t["mourning_more"])
    return _title(sc, sc.brand.name), body, css


KINDS: dict[str, Callable[[Scaffold, Texts], Message]] = {
    "maintenance": maintenance,
    "coming-soon": coming_soon,
    "landing": landing,
    "http-error": http_error,
    "parked": parked,
    "age-gate": age_gate,
    "cookie-wall": cookie_wall,
    "app-download": app_download,
    "login": login,
    "campaign": campaign,
    "mourning": mourning,
}
