"""All of edition 6's attacker voices, by language."""

from __future__ import annotations

from ...v5.data.voice import Voice
from .voices_east import VOICES_EAST
from .voices_west import VOICES_WEST

VOICES: dict[str, Voice] = VOICES_EAST | VOICES_WEST
