"""All of edition 4's attacker voices, by language."""

from __future__ import annotations

from ...v2.data.voices import Voice
from .voices_a import VOICES_A
from .voices_b import VOICES_B

VOICES: dict[str, Voice] = VOICES_A | VOICES_B
