# ruff: noqa: E501
"""A small synthetic dev corpus for edition 10's tests: German front pages with every slot a
tamper of edition 10 can rewrite (ticker, breadcrumb, time, credits, buttons, alt and title texts)."""

from __future__ import annotations

import json
from pathlib import Path

STORIES = (
    "Stadtwerke modernisieren das Fernwärmenetz im Westen 12 Monate lang",
    "Landesbühne zeigt eine neue Inszenierung von Goethes Faust",
    "Zoo freut sich über Nachwuchs bei den Roten Pandas",
    "Kreistag stimmt für den Ausbau der Radschnellwege",
    "Handballerinnen gewinnen das Derby vor ausverkauftem Haus",
    "Wochenmarkt zieht wegen Bauarbeiten auf den Domplatz um",
    "Polizei sucht Zeugen nach Unfall auf der Umgehungsstraße",
    "Musikschule feiert ihr fünfzigjähriges Bestehen mit einem Konzert",
)
THIRD_PARTY = (
    "https://cmp.consentbox.example/v2/cmp.js",
    "https://ads.werbenetz.example/tag.js",
    "https://count.reichweite.example/c.js",
)
HOURS = 8
LEARN = 6


def front_page(day: int) -> str:
    order = [STORIES[(day + i) % len(STORIES)] for i in range(6)]
    teasers = "\n".join(
        f'<article class="teaser"><a href="/lokales/{i}-{5000 + day * 10 + i}.html" title="Zum Artikel über {t[:20]}">'
        f'<span class="kicker">Lokales</span><h2>{t}</h2></a>'
        f'<p class="lead">Ein ausführlicher Vorspann zu dieser Meldung, der länger ist als vierzig Zeichen.</p>'
        f'<img src="/img/{i}.jpg" alt="Symbolbild zu einer lokalen Meldung Nummer {i}">'
        f'<small class="credit">Foto: Stadtarchiv / M. Beispiel</small>'
        f'<time datetime="2024-01-0{1 + day % 8}">0{1 + day % 8}.01.2024, 08:{10 + i} Uhr</time></article>'
        for i, t in enumerate(order)
    )
    scripts = "".join(f'<script async src="{u}"></script>' for u in THIRD_PARTY)
    return (
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>Rundschau Mitte | Nachrichten</title>\n'
        '<meta name="description" content="Nachrichten aus der Region Mitte">'
        '<meta property="og:title" content="Rundschau Mitte"><meta property="og:description" content="Aus der Region">'
        f"{scripts}<script>window.site={{}};</script></head>\n<body>\n"
        '<div class="news-ticker"><a href="/ticker">Bauarbeiten auf der Hauptstraße dauern länger als geplant</a></div>\n'
        '<nav><a href="/lokales/">Lokales</a> <a href="/sport/">Sport</a> <a href="/kultur/">Kultur</a></nav>\n'
        '<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li>Lokales</li></ol>\n'
        f'<main>\n{teasers}\n<button class="more">Mehr laden</button></main>\n'
        '<footer><p>© 2024 Rundschau Verlag GmbH</p><a href="/impressum">Impressum</a></footer>\n'
        '<script src="/js/app.js"></script>\n</body></html>\n'
    )


def synthetic_corpus(root: Path, histories: int = 4) -> Path:
    """``histories`` legit histories: eight hourly captures, then two monthly ones."""
    dev = root / "dev"
    labels: dict[str, dict[str, object]] = {"scenarios": {}, "pages": {}}
    times = [f"2024-01-0{1 + h // 24}T{h % 24:02d}:00:00Z" for h in range(0, HOURS * 5, 5)]
    times += ["2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z"]
    for n in range(histories):
        sid = f"s-ten{n}"
        folder = dev / "scenarios" / sid
        folder.mkdir(parents=True)
        snaps = []
        for i, when in enumerate(times):
            page = front_page(i + n if i < HOURS else 50 + i)
            if i >= HOURS:
                page = page.replace('class="teaser"', 'class="card"')
            (folder / f"{i:02d}.html").write_bytes(page.encode("utf-8"))
            headers = {"content-type": "text/html; charset=utf-8"}
            snaps.append({"file": f"{i:02d}.html", "captured_at": when, "status": 200, "headers": headers})
        meta = {
            "id": sid,
            "target_url": f"https://www.rundschau-{n}.example/",
            "learn": LEARN,
            "snapshots": snaps,
        }
        (folder / "meta.json").write_text(json.dumps(meta))
        labels["scenarios"][sid] = {
            str(i): {"label": "legit", "family": "legit"} for i in range(LEARN, len(times))
        }
    (dev / "labels.json").write_text(json.dumps(labels))
    return dev
