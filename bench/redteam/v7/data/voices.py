"""Every edition 7 voice by language code."""

from __future__ import annotations

from .voice import Voice
from .voices_asia import ASIA
from .voices_world import WORLD

VOICES: dict[str, Voice] = ASIA | WORLD
