"""The archive's SQL stays portable: the schema and the upserts compile for PostgreSQL."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateTable

from tamperwatch.archive import tables
from tamperwatch.archive.upsert import _on_conflict_statement


def test_schema_compiles_for_postgresql() -> None:
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    ddl = {t.name: str(CreateTable(t).compile(dialect=dialect)) for t in tables.metadata.sorted_tables}
    assert "SERIAL" in ddl["targets"] and "BYTEA" in ddl["profiles"]
    assert "AUTOINCREMENT" not in " ".join(ddl.values())


def test_upserts_compile_for_postgresql() -> None:
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    for table, keys in ((tables.target_state, ("target_id",)), (tables.blobs, ("hash",)),
                        (tables.profiles, ("target_id",))):
        sql = str(_on_conflict_statement("postgresql", table, keys).compile(dialect=dialect))
        assert f"ON CONFLICT ({keys[0]}) DO UPDATE" in sql


def test_log_statements_compile_for_postgresql() -> None:
    from tamperwatch.archive import log_queries

    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    ddl = {t.name: str(CreateTable(t).compile(dialect=dialect)) for t in tables.metadata.sorted_tables}
    assert "idx BIGINT NOT NULL" in ddl["log_leaves"] and "frontier BYTEA" in ddl["log_state"]
    sql = str(log_queries.INSERT_OBSERVATION_LEAF.compile(dialect=dialect))
    assert sql.startswith("INSERT INTO log_leaves (idx, kind, target_id, seq, record_hash) SELECT")
    assert "coalesce(max(log_leaves.idx)" in sql
    assert "ORDER BY log_leaves.idx" in str(log_queries.SELECT_LEAVES.compile(dialect=dialect))
