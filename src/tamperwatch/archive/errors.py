"""Errors raised by archive implementations."""

from __future__ import annotations


class ArchiveError(Exception):
    """Base of every archive error."""


class DuplicateTargetError(ArchiveError, ValueError):
    """A target with this URL is already watched."""


class SigningKeyError(ArchiveError):
    """The signing key is missing, unreadable or of the wrong kind."""


class BackupError(ArchiveError):
    """A backup could not be made or restored (bad manifest, checksum mismatch, non-empty target)."""
