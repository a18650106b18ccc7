"""Synthetic 1280 x 800 screenshots for the visual imagery tests (Pillow and a seeded RNG)."""

from __future__ import annotations

import functools
import io

import numpy as np
from PIL import Image, ImageDraw

W, H = 1280, 800
RGB = tuple[int, int, int]


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def photo(width: int, height: int, seed: int) -> Image.Image:
    """A photo-like block: a colour gradient with texture and a few shapes."""
    return Image.fromarray(_photo_pixels(width, height, seed), "RGB")


@functools.cache
def _photo_pixels(width: int, height: int, seed: int) -> np.typing.NDArray[np.uint8]:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    base = np.stack(
        [120 + 80 * np.sin(x / 97 + seed), 110 + 70 * np.cos(y / 61), 90 + 60 * np.sin((x + y) / 143)],
        axis=-1,
    )
    noisy = np.clip(base + rng.normal(0, 25, base.shape), 0, 255).astype(np.uint8)
    image = Image.fromarray(noisy, "RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x0, y0 = int(rng.integers(0, width - 40)), int(rng.integers(0, height - 40))
        colour = tuple(int(c) for c in rng.integers(0, 255, 3))
        draw.ellipse((x0, y0, x0 + int(rng.integers(20, 200)), y0 + int(rng.integers(20, 150))), fill=colour)
    pixels = np.asarray(image).copy()
    pixels.flags.writeable = False  # cached: shared by every call
    return pixels


def news_page(seed: int = 1) -> Image.Image:
    """A bright news page: header bar, navigation, headlines and text lines, photos."""
    image = Image.new("RGB", (W, H), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, W, 80), fill=(200, 16, 46))
    draw.rectangle((0, 80, W, 120), fill=(30, 30, 30))
    for i in range(3):
        image.paste(photo(360, 220, seed + i), (60 + i * 400, 150))
        for line in range(5):
            draw.rectangle((60 + i * 400, 400 + line * 40, 400 + i * 400, 416 + line * 40), fill=(60, 60, 60))
    image.paste(photo(1160, 130, seed + 9), (60, 640))
    return image


def hero_page(seed: int = 3) -> Image.Image:
    """A landing page with one big hero photo under a white header, a headline over it."""
    image = Image.new("RGB", (W, H), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, W, 90), fill=(255, 255, 255))
    draw.rectangle((60, 30, 260, 60), fill=(20, 90, 200))
    image.paste(photo(W, 560, seed), (0, 90))
    draw.rectangle((340, 330, 940, 390), fill=(255, 255, 255))
    for line in range(3):
        draw.rectangle((100, 680 + line * 35, 1180, 695 + line * 35), fill=(80, 80, 80))
    return image


def dark_theme_page(headline_width: int = 700) -> Image.Image:
    """A dark site: near-black background, light text lines, a round light logo in the middle."""
    image = Image.new("RGB", (W, H), (18, 18, 22))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, W, 70), fill=(35, 35, 40))
    draw.ellipse((560, 150, 720, 310), fill=(225, 225, 225))
    draw.rectangle((640 - headline_width // 2, 360, 640 + headline_width // 2, 400), fill=(210, 210, 210))
    for line in range(5):
        draw.rectangle((200, 450 + line * 50, 1080, 466 + line * 50), fill=(150, 150, 150))
    return image


def flag_banner(
    colours: list[RGB], vertical: bool = False, box: tuple[int, int, int, int] | None = None
) -> Image.Image:
    """``colours`` as equal bands filling ``box`` (default: a large banner in the middle of a page)."""
    image = news_page() if box is not None else Image.new("RGB", (W, H), (255, 255, 255))
    x0, y0, x1, y1 = box if box is not None else (0, 0, W, H)
    draw = ImageDraw.Draw(image)
    for i, colour in enumerate(colours):
        if vertical:
            step = (x1 - x0) / len(colours)
            draw.rectangle((x0 + round(i * step), y0, x0 + round((i + 1) * step) - 1, y1), fill=colour)
        else:
            step = (y1 - y0) / len(colours)
            draw.rectangle((x0, y0 + round(i * step), x1, y0 + round((i + 1) * step) - 1), fill=colour)
    return image


def mask_on_black() -> Image.Image:
    """A pale, symmetric face-like mask centred on black, with dark eyes, brows, moustache and beard."""
    image = Image.new("RGB", (W, H), (0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((470, 160, 810, 680), fill=(236, 232, 224))
    for side in (-1, 1):
        cx = 640 + side * 80
        draw.ellipse((cx - 45, 330, cx + 45, 370), fill=(10, 10, 10))
        draw.polygon([(cx - 60, 300), (cx + 60, 300), (cx, 285)], fill=(40, 30, 30))
    draw.polygon([(560, 520), (640, 490), (720, 520), (700, 540), (640, 520), (580, 540)], fill=(40, 30, 30))
    draw.polygon([(625, 600), (655, 600), (640, 670)], fill=(40, 30, 30))
    return image


def solid_hero_page() -> Image.Image:
    """A plain landing page: a large solid brand-colour section across the middle, white around it
    (three even bands, like a flag of one colour on white)."""
    image = Image.new("RGB", (W, H), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 200, W, 600), fill=(20, 90, 200))
    return image


def sparse_page() -> Image.Image:
    """A sparse page: a red header and a dark navigation bar over a mostly empty white page."""
    image = Image.new("RGB", (W, H), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, W, 110), fill=(200, 16, 46))
    draw.rectangle((0, 110, W, 190), fill=(30, 30, 30))
    draw.rectangle((60, 700, 300, 716), fill=(90, 90, 90))
    return image
