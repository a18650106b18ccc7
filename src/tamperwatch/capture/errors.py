"""Fetch failure kinds and the exceptions that carry them (a failed fetch becomes a Capture with an error)."""

from __future__ import annotations

from enum import StrEnum


class FetchErrorKind(StrEnum):
    """Why a fetch failed; stored as ``Capture.error_kind``."""

    POLICY = "policy"
    TIMEOUT = "timeout"
    TOO_LARGE = "too_large"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    REDIRECT_LOOP = "redirect_loop"
    CONNECT = "connect"
    TLS = "tls"
    PROTOCOL = "protocol"
    DECODE = "decode"


class FetchError(Exception):
    """A fetch could not complete; ``str(error)`` is a message for a human, ``kind`` says why."""

    kind: FetchErrorKind = FetchErrorKind.PROTOCOL

    def __init__(self, message: str, kind: FetchErrorKind | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class PolicyError(FetchError):
    """The URL policy refused a URL or an address: nothing was sent to it."""

    kind = FetchErrorKind.POLICY

    def __init__(self, message: str, address: str = "") -> None:
        super().__init__(message)
        self.address = address


class PolicyConfigError(ValueError):
    """A URL policy setting (an allowlist entry) cannot be understood."""
