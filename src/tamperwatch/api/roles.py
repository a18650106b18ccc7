"""Roles of users and scopes of API tokens, and what each may do.

A user is a viewer (reads), an operator (reads and changes targets and incidents) or an admin
(also users, tokens and the audit log). A token has a scope of the same three levels and never
gives more than its user's role: the effective level is the lower of the two.
"""

from __future__ import annotations

from enum import IntEnum

from tamperwatch.errors import ConfigError


class Role(IntEnum):
    """Ordered: a higher role may do everything a lower one may."""

    VIEWER = 1
    OPERATOR = 2
    ADMIN = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ConfigError(f"unknown role {text!r}: use admin, operator or viewer") from None


ROLE_NAMES = tuple(role.label for role in Role)
READ, WRITE, ADMIN = Role.VIEWER, Role.OPERATOR, Role.ADMIN  # what a route needs


def effective(role: Role, scope: Role | None) -> Role:
    """What a request may do: the user's role, lowered to the token's scope when it has one."""
    return role if scope is None else min(role, scope)
