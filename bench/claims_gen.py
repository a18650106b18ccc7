"""A claims set of the six kinds of ``../shared/claims/README.md``, generated from corpus pages with
this file's own slogans, pasted blocks and edits: an honest second figure beside the dev set.

    python -m bench.claims_gen --corpus /tmp/corpus/dev --out /tmp/claims-gen [--per-kind 6] [--seed 7]

Writes ``OUT/claims-gen/`` with ``claims.jsonl``, ``labels.json``, ``screenshots/`` and ``sources/``
in the dev set's layout. Screenshots are renders of the captured HTML in Chromium with no network
and JavaScript off (phones at 3x, which the verifier does not render at), then made to look posted
by this file's own transforms: edge crops, rescaling, JPEG at varied quality or PNG, watermarks, a
phone status bar, JPEG twice, an editor's Software tag. Nothing here reads the dev claims.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import random
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageStat

from tamperwatch.settings import Settings
from tamperwatch.verify.evidence import ArchivedCapture
from tamperwatch.verify.render import ChromiumRenderer, Viewport
from tamperwatch.verify.warc_write import warc_bytes

KINDS = ("genuine", "doctored-paste", "doctored-inspector", "mismatched", "no-evidence", "fake-defacement")
VERDICT = {
    "genuine": ("confirmed", []),
    "doctored-paste": ("doctored", ["refuted"]),
    "doctored-inspector": ("doctored", ["refuted"]),
    "mismatched": ("refuted", ["doctored"]),
    "no-evidence": ("unverifiable", []),
    "fake-defacement": ("refuted", ["doctored"]),
}
SLOGANS = (
    "OWNED BY SILENT FALCON TEAM",
    "Your servers belong to the Night Owls",
    "We warned you. Patch your systems.",
    "Defaced for justice - Crew 1701",
    "Greetings from the Ghost Harbour hackers",
    "This portal is under our control now",
    "Security is a myth here. We proved it.",
    "Hacked by R3D_M1RR0R // no mercy",
    "Down with the censors! Free the net!",
    "Your data is ours - signed Blue Lantern",
)
HANDLES = ("@falcon_leaks", "t.me/nightowl_ops", "crew1701", "@ghost_harbour")
EDITORS = ("GIMP 2.10.38", "Adobe Photoshop 26.1 (Macintosh)", "Pixelmator Pro 3.6")
VIEWPORTS = (
    Viewport("desktop-1366", 1366, 768),
    Viewport("desktop-1920", 1920, 1080),
    Viewport("desktop-1280", 1280, 800),
    Viewport("phone-390", 390, 844, scale=3.0, mobile=True),
)
FULL_PAGE_MAX = 3000  # posted full pages stop at this height (device px)
BLANK_STD = 8.0  # a view whose grey levels vary less than this shows nothing
DIFF_LEVEL = 40  # grey levels: where a defaced render first differs from the clean one
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HEADLINE = re.compile(rb"(<h[123][^>]*>\s*(?:<a[^>]*>)?\s*)([^<]{12,160}?)(\s*(?:</a>)?\s*</h[123]>)", re.I)


@dataclass
class Scenario:
    id: str
    url: str
    files: list[Path]
    times: list[datetime]
    labels: dict[int, str]  # index -> family of the evaluated snapshots


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def load_corpus(root: Path) -> tuple[list[Scenario], list[Path]]:
    labels = json.loads((root / "labels.json").read_text())
    out = []
    for sid, marks in sorted(labels["scenarios"].items()):
        meta = json.loads((root / "scenarios" / sid / "meta.json").read_text())
        files = [root / "scenarios" / sid / s["file"] for s in meta["snapshots"]]
        times = [_time(s["captured_at"]) for s in meta["snapshots"]]
        out.append(
            Scenario(sid, meta["target_url"], files, times, {int(i): m["family"] for i, m in marks.items()})
        )
    deface_pages = sorted(
        root / "pages" / f"{p}.html" for p, m in labels["pages"].items() if m["family"] == "deface-page"
    )
    return out, deface_pages


def blank(image: Image.Image) -> bool:
    return bool(ImageStat.Stat(image.convert("L")).stddev[0] < BLANK_STD)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default(size=size)


class Generator:
    def __init__(self, corpus: Path, out: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.scenarios, self.deface_pages = load_corpus(corpus)
        self.out = out
        self.renderer = ChromiumRenderer.from_settings(Settings(_env_file=None))
        self.claims: list[dict[str, object]] = []
        self.labels: dict[str, dict[str, object]] = {}

    async def render(self, url: str, html: bytes, viewport: Viewport) -> Image.Image:
        capture = ArchivedCapture(url, datetime.now(UTC), html, "gen")
        (done,) = await self.renderer.render(capture, [viewport])
        if not done.png:
            raise RuntimeError(done.error)
        return Image.open(io.BytesIO(done.png)).convert("RGB")

    def view(self, image: Image.Image, viewport: Viewport) -> Image.Image:
        """First screen, or the full page (capped), or one screen scrolled a little."""
        screen = round(viewport.height * viewport.scale)
        pick = self.rng.random()
        if pick < 0.55:
            return image.crop((0, 0, image.width, min(image.height, screen)))
        if pick < 0.85:
            return image.crop((0, 0, image.width, min(image.height, FULL_PAGE_MAX)))
        top = self.rng.randint(0, max(0, min(image.height - screen, screen)))
        return image.crop((0, top, image.width, min(image.height, top + screen)))

    def post(self, image: Image.Image, phone: bool) -> tuple[bytes, str]:
        """What sharing does to a screenshot; returns the file bytes and its extension."""
        rng = self.rng
        w, h = image.size
        cut = [round(rng.uniform(0, 0.05) * s) for s in (w, h, w, h)]
        image = image.crop((cut[0], cut[1], w - cut[2], h - cut[3]))
        scale = rng.uniform(0.45, 1.0) if not phone else rng.uniform(0.4, 0.7)
        image = image.resize(
            (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
            Image.Resampling.LANCZOS,
        )
        if phone and rng.random() < 0.6:
            draw = ImageDraw.Draw(image)
            bar = max(14, round(image.width * 0.06))
            draw.rectangle((0, 0, image.width, bar), fill=rng.choice([(0, 0, 0), (250, 250, 250)]))
            ink = (255, 255, 255) if image.getpixel((1, 1)) == (0, 0, 0) else (0, 0, 0)
            draw.text(
                (bar // 2, bar // 5),
                f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}",
                fill=ink,
                font=_font(bar * 2 // 3),
            )
            draw.text(
                (image.width - bar * 3, bar // 5),
                f"{rng.randint(10, 99)}%",
                fill=ink,
                font=_font(bar * 2 // 3),
            )
        if rng.random() < 0.35:
            layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
            size = max(12, image.width // 18)
            ImageDraw.Draw(layer).text(
                (rng.randint(0, image.width // 2), rng.randint(0, max(1, image.height - size))),
                rng.choice(HANDLES),
                fill=(128, 128, 128, rng.randint(50, 110)),
                font=_font(size),
            )
            image = Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")
        exif = Image.Exif()
        if rng.random() < 0.2:
            exif[305] = rng.choice(EDITORS)
        if rng.random() < 0.2:
            buf = io.BytesIO()
            image.save(buf, "PNG", exif=exif.tobytes() if exif else None)
            return buf.getvalue(), "png"
        for _ in range(2 if rng.random() < 0.2 else 1):
            buf = io.BytesIO()
            image.save(buf, "JPEG", quality=rng.randint(55, 92), exif=exif.tobytes() if exif else b"")
            image = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
        return buf.getvalue(), "jpg"

    def write_sources(self, cid: str, captures: list[ArchivedCapture]) -> list[str]:
        if not captures:
            return []
        self.rng.shuffle(captures)  # records are not always in date order
        parts = [captures] if len(captures) < 3 or self.rng.random() < 0.8 else [captures[:1], captures[1:]]
        names = []
        for n, part in enumerate(parts, 1):
            stem = cid if len(parts) == 1 else f"{cid}-{n}"
            data = warc_bytes(
                part, with_requests=self.rng.random() < 0.5, gzip_payloads=self.rng.random() < 0.3
            )
            if self.rng.random() < 1 / 7:
                buf = io.BytesIO()
                with zipfile.ZipFile(buf, "w") as wacz:
                    wacz.writestr("archive/data.warc.gz", data)
                    wacz.writestr(
                        "datapackage.json", json.dumps({"profile": "data-package", "wacz_version": "1.1.1"})
                    )
                names.append(f"sources/{stem}.wacz")
                (self.out / names[-1]).write_bytes(buf.getvalue())
            else:
                names.append(f"sources/{stem}.warc.gz")
                (self.out / names[-1]).write_bytes(data)
        return names

    def add(
        self, kind: str, url: str, when: datetime, shot: tuple[bytes, str], captures: list[ArchivedCapture]
    ) -> None:
        cid = f"g-{self.rng.getrandbits(40):010x}"
        (self.out / "screenshots" / f"{cid}.{shot[1]}").write_bytes(shot[0])
        sources = self.write_sources(cid, captures)
        self.claims.append(
            {
                "id": cid,
                "url": url,
                "time": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "screenshot": f"screenshots/{cid}.{shot[1]}",
                "sources": sources,
            }
        )
        verdict, accept = VERDICT[kind]
        self.labels[cid] = {"kind": kind, "verdict": verdict, "accept": [verdict, *accept]}

    def caps(
        self, sc: Scenario, indexes: list[int], shift: dict[int, datetime] | None = None
    ) -> list[ArchivedCapture]:
        shift = shift or {}
        return [
            ArchivedCapture(sc.url, shift.get(i, sc.times[i]), sc.files[i].read_bytes(), "gen")
            for i in indexes
        ]

    def legit(self) -> tuple[Scenario, int]:
        while True:
            sc = self.rng.choice(self.scenarios)
            ok = [i for i in range(3, len(sc.files)) if sc.labels.get(i, "legit") == "legit"]
            if ok:
                return sc, self.rng.choice(ok)

    async def shot_of(self, url: str, html: bytes) -> tuple[Image.Image, Viewport]:
        """A posted view of the page; a blank one (a page that shows nothing without its scripts,
        or a scroll past its end) is taken again from the top, as nobody posts a blank shot."""
        viewport = self.rng.choice(VIEWPORTS)
        page = await self.render(url, html, viewport)
        shot = self.view(page, viewport)
        if blank(shot):
            shot = page.crop((0, 0, page.width, min(page.height, FULL_PAGE_MAX)))
        return shot, viewport

    async def deface_page(self, viewport: Viewport) -> Image.Image:
        """A render of a real defacement page that shows something without its scripts."""
        for _ in range(20):
            page = await self.render(
                "https://deface.invalid/", self.rng.choice(self.deface_pages).read_bytes(), viewport
            )
            if not blank(
                page.crop((0, 0, page.width, min(page.height, round(viewport.height * viewport.scale))))
            ):
                return page
        raise RuntimeError("no defacement page of the corpus shows anything")

    async def genuine(self) -> None:
        sc = self.rng.choice(
            [s for s in self.scenarios if set(s.labels.values()) & {"replace", "inject", "tamper"}]
        )
        k = max(i for i, f in sc.labels.items() if f in ("replace", "inject", "tamper"))
        when = sc.times[k] + timedelta(hours=self.rng.uniform(0.2, 5.5))
        shift = (
            {k - 1: sc.times[k] - timedelta(hours=self.rng.uniform(1, 12))} if self.rng.random() < 0.5 else {}
        )
        vp = self.rng.choice(VIEWPORTS)
        defaced = await self.render(sc.url, sc.files[k].read_bytes(), vp)
        clean = await self.render(sc.url, sc.files[k - 1].read_bytes(), vp)
        image = self.part_that_matters(defaced, clean, vp)
        self.add(
            "genuine", sc.url, when, self.post(image, vp.mobile), self.caps(sc, [k - 2, k - 1, k], shift)
        )

    def part_that_matters(self, defaced: Image.Image, clean: Image.Image, viewport: Viewport) -> Image.Image:
        """The first screen or the full page when they show the defacement, else one screen
        scrolled to where the defaced render first differs from the clean one."""
        h = min(defaced.height, clean.height)
        a = np.asarray(defaced.convert("L").crop((0, 0, defaced.width, h)), np.int16)
        b = np.asarray(clean.convert("L").crop((0, 0, min(clean.width, defaced.width), h)), np.int16)
        width = min(a.shape[1], b.shape[1])
        rows = np.flatnonzero((np.abs(a[:, :width] - b[:, :width]) > DIFF_LEVEL).any(axis=1))
        first = int(rows[0]) if len(rows) else 0
        screen = round(viewport.height * viewport.scale)
        if first < screen * 0.8 and self.rng.random() < 0.6:
            return defaced.crop((0, 0, defaced.width, min(defaced.height, screen)))
        if first < FULL_PAGE_MAX * 0.8 and self.rng.random() < 0.5:
            return defaced.crop((0, 0, defaced.width, min(defaced.height, FULL_PAGE_MAX)))
        top = max(0, min(first - screen // 4, defaced.height - screen))
        return defaced.crop((0, top, defaced.width, min(defaced.height, top + screen)))

    async def pasted(self) -> None:
        sc, k = self.legit()
        image, vp = await self.shot_of(sc.url, sc.files[k].read_bytes())
        w, h = image.size
        bw, bh = round(w * self.rng.uniform(0.3, 0.6)), round(min(h, w) * self.rng.uniform(0.12, 0.25))
        x, y = self.rng.randint(0, w - bw), self.rng.randint(round(h * 0.1), max(round(h * 0.1), h - bh))
        style = self.rng.random()
        if style < 0.4:
            block = Image.new("RGB", (bw, bh), self.rng.choice([(0, 0, 0), (120, 0, 0), (10, 40, 10)]))
            ImageDraw.Draw(block).text(
                (bw // 20, bh // 4), self.rng.choice(SLOGANS), fill=(0, 255, 90), font=_font(max(10, bh // 4))
            )
        elif style < 0.7:
            block = Image.new("RGB", (bw, bh))
            colours = self.rng.sample(
                [(200, 16, 46), (255, 255, 255), (0, 122, 61), (0, 56, 168), (252, 209, 22), (0, 0, 0)], 3
            )
            draw = ImageDraw.Draw(block)
            for i, c in enumerate(colours):
                draw.rectangle((0, i * bh // 3, bw, (i + 1) * bh // 3), fill=c)
        else:
            page = await self.deface_page(VIEWPORTS[0])
            block = page.crop((0, 0, page.width, min(page.height, page.width * bh // bw))).resize((bw, bh))
        image.paste(block, (x, y))
        when = sc.times[k] + timedelta(hours=self.rng.uniform(-3, 3))
        self.add(
            "doctored-paste", sc.url, when, self.post(image, vp.mobile), self.caps(sc, [k - 2, k - 1, k])
        )

    async def inspector(self) -> None:
        for _ in range(20):
            sc, k = self.legit()
            html = sc.files[k].read_bytes()
            found = HEADLINE.search(html)
            if found:
                break
        else:
            raise RuntimeError("no page with a headline to edit")
        slogan = self.rng.choice(SLOGANS).encode()
        edited = html[: found.start(2)] + slogan + html[found.end(2) :]
        image, vp = await self.shot_of(sc.url, edited)
        when = sc.times[k] + timedelta(hours=self.rng.uniform(-3, 3))
        self.add(
            "doctored-inspector", sc.url, when, self.post(image, vp.mobile), self.caps(sc, [k - 2, k - 1, k])
        )

    async def mismatched(self) -> None:
        sc, k = self.legit()
        if self.rng.random() < 0.5:
            other, j = self.legit()
            while other.url == sc.url:
                other, j = self.legit()
            image, vp = await self.shot_of(other.url, other.files[j].read_bytes())
        else:
            vp = self.rng.choice(VIEWPORTS)
            page = await self.deface_page(vp)
            image = page.crop((0, 0, page.width, min(page.height, round(vp.height * vp.scale))))
        when = sc.times[k] + timedelta(hours=self.rng.uniform(-3, 3))
        self.add("mismatched", sc.url, when, self.post(image, vp.mobile), self.caps(sc, [k - 1, k]))

    async def no_evidence(self) -> None:
        sc, k = self.legit()
        image, vp = await self.shot_of(sc.url, sc.files[k].read_bytes())
        when = sc.times[k] + timedelta(days=self.rng.uniform(31, 90))
        captures = [] if self.rng.random() < 0.3 else self.caps(sc, [k - 2, k - 1, k])
        self.add("no-evidence", sc.url, when, self.post(image, vp.mobile), captures)

    async def fake(self) -> None:
        sc, k = self.legit()
        viewport = self.rng.choice(VIEWPORTS[:3])
        site = await self.render(sc.url, sc.files[k].read_bytes(), viewport)
        deface = await self.deface_page(viewport)
        band = site.crop((0, 0, site.width, self.rng.randint(90, 180)))
        screen = deface.crop((0, 0, deface.width, min(deface.height, viewport.height)))
        image = Image.new("RGB", (screen.width, band.height + screen.height))
        image.paste(band, (0, 0))
        image.paste(screen, (0, band.height))
        when = sc.times[k] + timedelta(hours=self.rng.uniform(-3, 3))
        self.add("fake-defacement", sc.url, when, self.post(image, False), self.caps(sc, [k - 1, k]))

    async def run(self, per_kind: int) -> None:
        (self.out / "screenshots").mkdir(parents=True, exist_ok=True)
        (self.out / "sources").mkdir(parents=True, exist_ok=True)
        makers = {
            "genuine": self.genuine,
            "doctored-paste": self.pasted,
            "doctored-inspector": self.inspector,
            "mismatched": self.mismatched,
            "no-evidence": self.no_evidence,
            "fake-defacement": self.fake,
        }
        try:
            for _ in range(per_kind):
                for kind in KINDS:
                    await makers[kind]()
        finally:
            await self.renderer.aclose()
        order = self.rng.sample(self.claims, len(self.claims))
        (self.out / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in order))
        (self.out / "labels.json").write_text(json.dumps(self.labels, indent=1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/corpus/dev"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/claims-gen"))
    ap.add_argument("--per-kind", type=int, default=6)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    if not (args.corpus / "labels.json").is_file():
        print(f"claims_gen: no corpus at {args.corpus} (unpack ../shared/corpus/dev.tar.zst, see its README)")
        return 2
    out = args.out / "claims-gen"
    asyncio.run(Generator(args.corpus, out, args.seed).run(args.per_kind))
    print(f"claims_gen: {args.per_kind * len(KINDS)} claims in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
