"""All of edition 5's attacker voices, by language."""

from __future__ import annotations

from .voice import Voice
from .voices_east import VOICES_EAST
from .voices_west import VOICES_WEST

VOICES: dict[str, Voice] = VOICES_EAST | VOICES_WEST
