"""Small PNG screenshots as a render tier's twin returns them: a company page (a blue banner over
grey text lines on white), or a defacement (a black screen with a red block in the middle)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

SIZE = (320, 200)


def page_screenshot(defaced: bool) -> bytes:
    image = Image.new("RGB", SIZE, (0, 0, 0) if defaced else (255, 255, 255))
    draw = ImageDraw.Draw(image)
    if defaced:
        draw.rectangle((110, 85, 210, 115), fill=(230, 0, 0))
    else:
        draw.rectangle((0, 0, 320, 25), fill=(26, 77, 143))
        for line in range(6):
            draw.rectangle((15, 40 + line * 20, 230, 46 + line * 20), fill=(90, 90, 90))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
