"""Synthetic page pictures for the verification tests: text lines and boxes drawn with PIL."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
WORDS = (
    "council",
    "budget",
    "harbour",
    "bridge",
    "election",
    "school",
    "museum",
    "weather",
    "railway",
    "festival",
    "library",
    "hospital",
    "market",
    "science",
    "river",
    "orchestra",
    "football",
    "minister",
    "village",
    "airport",
    "theatre",
)


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default(size=size)


def page(seed: int, width: int = 1000, height: int = 1600, lines: list[str] | None = None) -> Image.Image:
    """A news-page-like picture: a header band, headlines, paragraphs and grey image boxes."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 70), fill=(20 + seed % 50, 40, 120))
    draw.text((24, 18), f"Daily Courier {seed}", fill="white", font=font(30))
    y = 100
    text = list(lines or [])
    while y < height - 60:
        if rng.random() < 0.25:
            draw.rectangle((24, y, 24 + rng.randint(200, 400), y + 120), fill=(rng.randint(150, 230),) * 3)
            y += 140
            continue
        line = text.pop(0) if text else " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8)))
        size = 28 if rng.random() < 0.3 else 18
        draw.text((24, y), line.capitalize(), fill=(10, 10, 10), font=font(size))
        y += size + 16
    return image


def png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def jpeg(image: Image.Image, quality: int = 70, **extra: object) -> bytes:
    buf = io.BytesIO()
    image.convert("RGB").save(buf, "JPEG", quality=quality, **extra)
    return buf.getvalue()


def posted(
    image: Image.Image, scale: float = 0.7, crop: tuple[int, int, int, int] = (8, 0, 8, 400)
) -> Image.Image:
    """What posting does: a crop at the edges (left, top, right, bottom) and a rescale."""
    left, top, right, bottom = crop
    part = image.crop((left, top, image.width - right, image.height - bottom))
    return part.resize((round(part.width * scale), round(part.height * scale)), Image.Resampling.LANCZOS)


def watermark(image: Image.Image, text: str = "@claimant") -> Image.Image:
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    ImageDraw.Draw(layer).text(
        (image.width // 3, image.height // 2), text, fill=(120, 120, 120, 60), font=font(40)
    )
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")


def status_bar(image: Image.Image, height: int = 30) -> Image.Image:
    out = image.copy()
    draw = ImageDraw.Draw(out)
    draw.rectangle((0, 0, out.width, height), fill="black")
    draw.text((12, 6), "9:41", fill="white", font=font(16))
    draw.text((out.width - 60, 6), "87%", fill="white", font=font(16))
    return out


def paste_box(
    image: Image.Image, box: tuple[int, int, int, int], text: str = "HACKED BY NOBODY"
) -> Image.Image:
    out = image.copy()
    draw = ImageDraw.Draw(out)
    draw.rectangle(box, fill=(0, 0, 0))
    draw.text((box[0] + 12, box[1] + 12), text, fill=(0, 255, 0), font=font(24))
    return out


def gray_of(image: Image.Image) -> np.ndarray:  # type: ignore[type-arg]
    return np.asarray(image.convert("L"), np.uint8)
