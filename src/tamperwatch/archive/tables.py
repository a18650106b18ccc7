"""SQLAlchemy Core tables of the archive (portable: SQLite and PostgreSQL).

Times are stored as epoch microseconds (BigInteger) so they round-trip exactly into the signed
canonical encoding of observations; JSON values are stored as text.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

metadata = MetaData()

targets = Table(
    "targets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", String(2048), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("interval_s", Float, nullable=False),
    Column("tags", Text, nullable=False),
    Column("render_policy", String(16), nullable=False),
    Column("headers", Text, nullable=False),
    Column("ignore_selectors", Text, nullable=False),
    Column("sensitivity", Float, nullable=True),
    Column("owner", String(200), nullable=False),
    Column("created_us", BigInteger, nullable=False),
    sqlite_autoincrement=True,  # never reuse the id of a removed target: its chain is kept
)

target_state = Table(
    "target_state",
    metadata,
    Column("target_id", Integer, primary_key=True, autoincrement=False),
    Column("next_due", Float, nullable=False),
    Column("etag", Text, nullable=False),
    Column("last_modified", Text, nullable=False),
    Column("last_body_hash", String(64), nullable=False),
    Column("last_status", String(16), nullable=False),
    Column("last_score", Float, nullable=False),
    Column("last_checked_at", Float, nullable=False),
    Column("consecutive_failures", Integer, nullable=False),
    Column("consecutive_suspicious", Integer, nullable=False),
    Column("rendered_at", Float, nullable=False, server_default="0"),
    Column("last_clean_hash", String(64), nullable=False, server_default=""),
    Index("ix_target_state_next_due", "next_due"),
)

observations = Table(
    "observations",
    metadata,
    Column("target_id", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("at_us", BigInteger, nullable=False),
    Column("http_status", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("tls_fingerprint", String(128), nullable=False),
    Column("resolved_ip", String(64), nullable=False),
    Column("verdict", String(16), nullable=False),
    Column("score", Float, nullable=False),
    Column("error", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("record_hash", String(64), nullable=False),
    Column("signature", String(128), nullable=False),
    Column("count", Integer, nullable=False),
    Column("until_us", BigInteger, nullable=True),
    PrimaryKeyConstraint("target_id", "seq", name="pk_observations"),
)

blobs = Table(
    "blobs",
    metadata,
    Column("hash", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("stored_us", BigInteger, nullable=False),
    Column("pruned_us", BigInteger, nullable=True),
    Index("ix_blobs_stored_us", "stored_us"),
)

profiles = Table(
    "profiles",
    metadata,
    Column("target_id", Integer, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
    Column("updated_us", BigInteger, nullable=False),
    Column("previous", LargeBinary, nullable=True),  # the profile before the last accepted baseline
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("target_id", Integer, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("state", String(32), nullable=False),
    Column("opened_us", BigInteger, nullable=False),
    Column("updated_us", BigInteger, nullable=False),
    Column("score", Float, nullable=False),
    Column("reasons", Text, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("note", Text, nullable=False),
    Index("ix_incidents_target_kind_state", "target_id", "kind", "state"),
    sqlite_autoincrement=True,
)

# The append-only log (archive/log.py): one row per leaf, gap-free from 0. Observations are found by
# (target_id, seq); an event's row in ``incident_events`` has the same idx.
LOG_INDEX = BigInteger().with_variant(Integer, "sqlite")  # SQLite: the rowid itself (64-bit), no extra index

log_leaves = Table(
    "log_leaves",
    metadata,
    Column("idx", LOG_INDEX, primary_key=True, autoincrement=False),
    Column("kind", String(16), nullable=False),
    Column("target_id", Integer, nullable=True),
    Column("seq", Integer, nullable=True),
    Column("record_hash", String(64), nullable=False),
    Index("ix_log_leaves_target_seq", "target_id", "seq"),
)

incident_events = Table(
    "incident_events",
    metadata,
    Column("idx", LOG_INDEX, primary_key=True, autoincrement=False),
    Column("incident_id", Integer, nullable=False),
    Column("change", String(32), nullable=False),
    Column("at_us", BigInteger, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("data", Text, nullable=False),
    Column("record_hash", String(64), nullable=False),
    Column("signature", String(128), nullable=False),
    Index("ix_incident_events_incident", "incident_id"),
)

# One row (id 1): the tree as of the last checkpoint (its frontier and heads), and the log's lock.
log_state = Table(
    "log_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("frontier_size", BigInteger, nullable=False),
    Column("frontier", LargeBinary, nullable=False),
    Column("heads", Text, nullable=False),
    Column("checkpoint_us", BigInteger, nullable=False),
    Column("adopted", Integer, nullable=False),  # 1 once the rows older than the log were logged
)
