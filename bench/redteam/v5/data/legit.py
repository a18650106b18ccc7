"""Edition 5's legitimate additions: ad and analytics vendors a site adds, the site's own new social
and contact links, and site-wide notices."""

# ruff: noqa: RUF001

from __future__ import annotations

# (script URL template, optional inline setup run before it); {id} is the publisher number
VENDORS: tuple[tuple[str, str | None], ...] = (
    ("https://cdn.lumenbid-exchange.com/{id}/lb.js", "window.lbq=window.lbq||[];lbq.push(['init','{id}']);"),
    ("https://js.scrolldepth-metrics.io/sd.js?site={id}", None),
    ("https://tags.quillmark-ads.de/{id}/qm.min.js", None),
    ("https://static.heronpath-analytics.com/{id}/hp.js", "window._hp={{site:'{id}'}};"),
    ("https://embed.cliptrail-video.net/{id}/player.js", None),
    ("https://cmp.fairconsent-hub.eu/{id}/loader.js", None),
    ("https://w.nextread-recirc.com/{id}/nr.js", None),
    ("https://sdk.bellwire-push.com/{id}/init.js", None),
    ("https://cdn.auditorium-measure.io/{id}.js", None),
    ("https://widgets.votecraft-polls.de/{id}/embed.js", None),
)
INLINE_LOADER = (
    "(function(d){{var s=d.createElement('script');s.async=1;s.src='{url}';"
    "(d.head||d.documentElement).appendChild(s);}})(document);"
)
SOCIAL: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        ("Folgen Sie uns auf Mastodon", "https://mastodon.social/@{site}"),
        ("Unser WhatsApp-Kanal", "https://whatsapp.com/channel/{site}"),
        ("Hinweise an die Redaktion über Threema", "https://threema.id/{site}"),
        ("Jetzt auch auf Bluesky", "https://bsky.app/profile/{site}"),
    ),
    "en": (
        ("Follow us on Mastodon", "https://mastodon.social/@{site}"),
        ("Join our WhatsApp channel", "https://whatsapp.com/channel/{site}"),
        ("Send tips securely via Signal", "https://signal.me/#eu/{site}"),
        ("Now on Bluesky", "https://bsky.app/profile/{site}"),
    ),
}
NOTICES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        ("wartung", "Heute ab 23 Uhr kurze Wartungsarbeiten – Kommentare sind vorübergehend geschlossen."),
        ("abo", "Neu: Das Digitalabo jetzt vier Wochen kostenlos testen."),
        ("umfrage", "Ihre Meinung zählt: Nehmen Sie an unserer Leserumfrage teil."),
    ),
    "en": (
        ("maintenance", "Brief maintenance tonight from 11 pm – comments will be closed for a while."),
        ("subscribe", "New: try our digital subscription free for four weeks."),
        ("survey", "Tell us what you think: take our reader survey."),
    ),
}
