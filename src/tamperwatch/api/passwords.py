"""Password hashing with Argon2id (argon2-cffi) and the rules a new password must meet."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from tamperwatch.errors import ConfigError

MIN_PASSWORD_CHARS = 12
MAX_PASSWORD_CHARS = 1024  # hashing a megabyte of "password" is a denial of service


@dataclass(frozen=True, slots=True)
class HashCost:
    """Argon2id parameters (RFC 9106's second recommended option, lighter on memory)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1


DEFAULT_COST = HashCost()
TEST_COST = HashCost(time_cost=1, memory_kib=8, parallelism=1)  # tests only: fast, never stored for real


class Passwords:
    def __init__(self, cost: HashCost = DEFAULT_COST) -> None:
        self._hasher = PasswordHasher(
            time_cost=cost.time_cost, memory_cost=cost.memory_kib, parallelism=cost.parallelism
        )
        self._dummy = self._hasher.hash("tamperwatch-not-a-password")

    def hash(self, password: str) -> str:
        check_password(password)
        return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        """True when ``password`` matches; with no stored hash a dummy one is checked, so an
        unknown user name takes as long to refuse as a wrong password."""
        if len(password) > MAX_PASSWORD_CHARS:
            return False
        try:
            return self._hasher.verify(stored or self._dummy, password) and stored is not None
        except (VerificationError, InvalidHashError):
            return False


def check_password(password: str) -> None:
    if not MIN_PASSWORD_CHARS <= len(password) <= MAX_PASSWORD_CHARS:
        raise ConfigError(
            f"a password needs {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters (got {len(password)})"
        )
