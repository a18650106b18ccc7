"""Users, tokens and the audit log in the archive's database; session cookies; login throttling."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tamperwatch.api.auth_store import AuthStore
from tamperwatch.api.passwords import TEST_COST, Passwords
from tamperwatch.api.roles import Role, effective
from tamperwatch.api.sessions import SessionSigner, load_or_create_key
from tamperwatch.api.throttle import LoginThrottle, ThrottleLimits
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.errors import ConfigError
from tamperwatch.settings import Settings


@pytest.fixture
async def store(settings: Settings) -> AsyncIterator[AuthStore]:
    async with SqlArchive.from_settings(settings) as archive:
        yield AuthStore(archive.db)


async def test_users_keep_only_an_argon2_hash_and_names_are_unique(store: AuthStore) -> None:
    passwords = Passwords(TEST_COST)
    user = await store.add_user("alice", Role.ADMIN, passwords.hash("correct horse battery"))
    found = await store.user_with_hash("alice")
    assert found is not None and found[0] == user
    assert found[1].startswith("$argon2id$") and "correct horse" not in found[1]
    assert passwords.verify(found[1], "correct horse battery")
    assert not passwords.verify(found[1], "wrong horse battery")
    assert not passwords.verify(None, "correct horse battery")
    with pytest.raises(ConfigError, match="already exists"):
        await store.add_user("alice", Role.VIEWER, passwords.hash("another password!"))
    with pytest.raises(ConfigError, match="12 to"):
        passwords.hash("short")


async def test_tokens_are_hashed_scoped_and_revocable(store: AuthStore) -> None:
    user = await store.add_user("bob", Role.OPERATOR, "x")
    token, secret = await store.create_token(user.id, "ci", Role.VIEWER)
    authed = await store.authenticate_token(secret)
    assert authed is not None and authed[0].id == user.id and authed[1].scope is Role.VIEWER
    assert effective(user.role, token.scope) is Role.VIEWER
    assert effective(Role.VIEWER, Role.ADMIN) is Role.VIEWER  # a token never lifts its user's role
    assert await store.authenticate_token(secret + "x") is None
    assert await store.revoke_token(token.id) and not await store.revoke_token(token.id)
    assert await store.authenticate_token(secret) is None


async def test_expired_tokens_and_disabled_users_authenticate_nobody(store: AuthStore) -> None:
    user = await store.add_user("carol", Role.ADMIN, "x")
    _, old = await store.create_token(user.id, "old", Role.ADMIN, datetime.now(UTC) - timedelta(seconds=1))
    assert await store.authenticate_token(old) is None
    _, live = await store.create_token(user.id, "live", Role.ADMIN)
    assert await store.authenticate_token(live) is not None
    await store.update_user(user.id, disabled=True)
    assert await store.authenticate_token(live) is None


async def test_the_audit_log_pages_newest_first(store: AuthStore) -> None:
    for n in range(5):
        await store.audit("alice", "target.create", f"target:{n}", "127.0.0.1", {"n": n})
    first = await store.audit_entries(limit=2)
    assert [e.subject for e in first] == ["target:4", "target:3"]
    rest = await store.audit_entries(before_id=first[-1].id, limit=10)
    assert [e.subject for e in rest] == ["target:2", "target:1", "target:0"]
    assert rest[0].actor == "alice" and rest[0].remote == "127.0.0.1" and rest[0].detail == {"n": 2}


def test_a_session_cookie_cannot_be_changed_to_another_user(tmp_path: Path) -> None:
    signer = SessionSigner(load_or_create_key(tmp_path))
    assert load_or_create_key(tmp_path) == load_or_create_key(tmp_path)
    assert (tmp_path / "session.key").stat().st_mode & 0o777 == 0o600
    cookie, session = signer.issue(1, expires=2000.0)
    assert signer.read(cookie, now=1000.0) == session
    assert signer.read(cookie, now=2001.0) is None  # expired
    other_cookie, _ = signer.issue(2, expires=2000.0)
    forged = other_cookie.split(".")[0] + "." + cookie.split(".")[1]
    assert signer.read(forged, now=1000.0) is None
    assert SessionSigner(b"k" * 32).read(cookie, now=1000.0) is None
    assert signer.csrf_ok(session, signer.csrf_token(session))
    assert not signer.csrf_ok(session, "") and not signer.csrf_ok(session, "0" * 64)


def test_throttling_locks_a_name_out_for_the_window() -> None:
    now = [0.0]
    throttle = LoginThrottle(ThrottleLimits(max_failures=3, window_s=60.0), clock=lambda: now[0])
    for _ in range(3):
        assert throttle.retry_after("user:a", "ip:1") == 0
        throttle.failed("user:a", "ip:1")
    assert throttle.retry_after("user:a") == pytest.approx(60.0)
    assert throttle.retry_after("user:b", "ip:1") > 0  # the address is locked out too
    now[0] = 61.0
    assert throttle.retry_after("user:a", "ip:1") == 0
