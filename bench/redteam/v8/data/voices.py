"""Every edition-8 attacker voice by language tag."""

from __future__ import annotations

from .voice import Voice
from .voices_asia import ASIA
from .voices_world import WORLD

VOICES: dict[str, Voice] = {**ASIA, **WORLD}
