"""``tamperwatch evidence export``: write the evidence of one target over a time range (or of one
incident) as a bundle a third party can check offline (docs/evidence.md; check.py checks it).

Everything is read from the archive and proved before anything is written; the bundle is built in
a temporary folder next to the output and renamed into place (or zipped, then renamed), so a
crash leaves no half bundle under the output's name.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tamperwatch import __version__
from tamperwatch.archive.base import Observation
from tamperwatch.archive.chain import record_hash_of
from tamperwatch.archive.errors import ArchiveError
from tamperwatch.archive.fsutil import fsync_dir
from tamperwatch.archive.keys import KEY_ROTATED
from tamperwatch.archive.log import Checkpoint, LeafRow, LogEvent
from tamperwatch.archive.proofs import leaf_hashes
from tamperwatch.archive.signing import Signer, retired_keys_dir
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.errors import ConfigError
from tamperwatch.evidence import layout
from tamperwatch.evidence.prover import TreeProver
from tamperwatch.evidence.records import content_changes, event_json, json_lines, observation_json
from tamperwatch.evidence.wacz import CaptureRecord, write_wacz
from tamperwatch.incidents.export import export_incident
from tamperwatch.models import Incident, IncidentState
from tamperwatch.target_url import UrlError, normalise_url

INCIDENT_CONTEXT = timedelta(hours=1)  # observations kept before an incident opened and after it closed
ACTIVE = (IncidentState.OPEN, IncidentState.ACKNOWLEDGED)


@dataclass(frozen=True, slots=True)
class Scope:
    target_id: int
    url: str
    start: datetime
    end: datetime
    incident_id: int | None = None


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    observations: int
    captures: int
    events: int
    incidents: int
    screenshots: int


async def scope_of_target(archive: SqlArchive, target: str, start: datetime, end: datetime) -> Scope:
    found = await archive.get_target(int(target) if target.isdigit() else target)
    if found is None and not target.isdigit():  # another spelling of a watched URL
        try:
            found = await archive.get_target(normalise_url(target))
        except UrlError:
            found = None
    if found is None:
        raise ConfigError(f"no target {target!r}: name one by id or URL (`tamperwatch list`)")
    if end < start:
        raise ConfigError(f"--to ({end.isoformat()}) is before --from ({start.isoformat()})")
    return Scope(found.id, found.url, start, end)


async def scope_of_incident(archive: SqlArchive, incident_id: int, now: datetime) -> Scope:
    incident = await archive.get_incident(incident_id)
    if incident is None:
        raise ConfigError(f"no incident {incident_id} (`tamperwatch incidents list`)")
    target = await archive.get_target(incident.target_id)
    events = [e for e in await archive.log_events() if e.incident_id == incident_id]
    closed = now if incident.state in ACTIVE or not events else max(e.at for e in events)
    return Scope(
        incident.target_id,
        target.url if target is not None else f"#{incident.target_id} (removed)",
        incident.opened_at - INCIDENT_CONTEXT,
        closed + INCIDENT_CONTEXT,
        incident_id,
    )


def _overlaps(incident: Incident, events: list[LogEvent], scope: Scope) -> bool:
    if scope.incident_id is not None:
        return incident.id == scope.incident_id
    last = max((e.at for e in events), default=incident.updated_at)
    return incident.target_id == scope.target_id and incident.opened_at <= scope.end and last >= scope.start


async def _checkpoint(archive: SqlArchive) -> Checkpoint:
    """A checkpoint signed now: it covers every record and is signed by the key that signs the manifest."""
    signed = await archive.checkpoint() if archive.signer.can_sign else None
    if signed is None:
        raise ConfigError(
            "the private signing key is missing: a bundle is signed by the installation, so export from "
            "the installation that holds it (or copy signing.key back into the data folder)"
        )
    return signed


def _checked(obs: Observation, leaf: LeafRow | None) -> LeafRow:
    if leaf is None or record_hash_of(obs) != obs.record_hash or leaf.record_hash != obs.record_hash:
        raise ConfigError(
            f"observation {obs.target_id}/{obs.seq} does not match the log: run `tamperwatch archive verify`"
        )
    return leaf


def _captures(observations: list[Observation], url: str, bodies: dict[str, bytes]) -> list[CaptureRecord]:
    """One record per change of content whose body is still stored."""
    return [
        CaptureRecord(url, o.at, o.http_status, bodies[o.content_hash], f"{o.target_id}/{o.seq}")
        for o in content_changes(observations)
        if o.content_hash in bodies
    ]


async def _bodies(archive: SqlArchive, changes: list[Observation]) -> tuple[dict[str, bytes], list[int]]:
    """The bodies of the captures, and the seqs whose body retention pruned. A body missing or
    damaged without a retention record is refused: the archive itself needs checking first."""
    bodies: dict[str, bytes] = {}
    pruned = []
    for obs in changes:
        body = await archive.load_body(obs.content_hash)
        if body is not None:
            bodies[obs.content_hash] = body
            continue
        state = (await archive.blob_states({obs.content_hash})).get(obs.content_hash, "missing")
        if state != "pruned":
            raise ConfigError(
                f"the body of observation {obs.target_id}/{obs.seq} is {state}: "
                "run `tamperwatch archive verify`"
            )
        pruned.append(obs.seq)
    return bodies, pruned


def _public_keys(key_path: Path, current_pem: str) -> dict[str, bytes]:
    current = Signer.from_public_pem(current_pem.encode())
    keys = {layout.CURRENT_KEY: current.public_pem()}
    folder = retired_keys_dir(key_path)
    for path in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
        retired = Signer.from_public_pem(path.read_bytes())
        if retired.fingerprint != current.fingerprint:
            keys[f"{layout.RETIRED_KEYS}{retired.fingerprint}.pub"] = retired.public_pem()
    return keys


async def export_bundle(
    archive: SqlArchive,
    scope: Scope,
    output: Path,
    key_path: Path,
    summary: Callable[[Incident], dict[str, Any]],
    now: datetime,
) -> ExportResult:
    """Write the bundle of ``scope`` at ``output`` (a folder; a zip file when it ends in .zip)."""
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise ConfigError(f"{output} exists; name a new folder or .zip file")
    chain = [o for o in await archive.full_chain(scope.target_id) if scope.start <= o.at <= scope.end]
    if not chain:
        raise ConfigError(
            f"no observations of {scope.url} between {scope.start.isoformat()} and {scope.end.isoformat()}"
        )
    leaves = {leaf.seq: leaf for leaf in await archive.target_leaves(scope.target_id)}
    obs_leaves = [_checked(o, leaves.get(o.seq)) for o in chain]
    all_events = await archive.log_events()
    incidents = [
        i
        for i in await archive.list_incidents()
        if _overlaps(i, [e for e in all_events if e.incident_id == i.id], scope)
    ]
    ids = {i.id for i in incidents}
    events = [e for e in all_events if e.incident_id in ids or e.change == KEY_ROTATED]
    checkpoint = await _checkpoint(archive)
    events = [e for e in events if e.idx < checkpoint.tree_size]
    try:
        prover = TreeProver(await leaf_hashes(archive, checkpoint.tree_size))
    except ArchiveError as exc:
        raise ConfigError(str(exc)) from None
    if prover.root().hex() != checkpoint.root_hash:
        raise ConfigError("the log no longer matches its checkpoint: run `tamperwatch archive verify`")
    bodies, pruned = await _bodies(archive, content_changes(chain))
    captures = _captures(chain, scope.url, bodies)

    tmp = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        files: dict[str, bytes] = {
            layout.OBSERVATIONS: json_lines(
                [
                    observation_json(o, leaf.idx, prover.proof(leaf.idx))
                    for o, leaf in zip(chain, obs_leaves, strict=True)
                ]
            ),
            layout.EVENTS: json_lines(
                [event_json(e, prover.proof(e.idx)) for e in sorted(events, key=lambda e: e.idx)]
            ),
            layout.CHECKPOINT: json.dumps(checkpoint.to_json(), indent=1).encode(),
            **_public_keys(key_path, checkpoint.public_key),
        }
        for name, data in files.items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_bytes(data)
        write_wacz(
            captures, tmp / layout.CAPTURES, now, f"tamperwatch {__version__}", f"{scope.url} captures"
        )
        screenshots = 0
        for incident in incidents:
            written = await export_incident(
                archive,
                incident,
                [e for e in events if e.incident_id == incident.id],
                summary(incident),
                tmp / layout.INCIDENTS / str(incident.id),
            )
            screenshots += sum(1 for p in written if p.suffix == ".png")
        _write_manifest(tmp, archive.signer, checkpoint, scope, now, pruned)
        _finish(tmp, output)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return ExportResult(output, len(chain), len(captures), len(events), len(incidents), screenshots)


def _write_manifest(
    tmp: Path, signer: Signer, checkpoint: Checkpoint, scope: Scope, now: datetime, missing: list[int]
) -> None:
    listed = {p.relative_to(tmp).as_posix(): p.read_bytes() for p in sorted(tmp.rglob("*")) if p.is_file()}
    manifest = {
        "kind": layout.BUNDLE_KIND,
        "format": layout.BUNDLE_FORMAT,
        "created": now.isoformat(),
        "software": f"tamperwatch {__version__}",
        "scope": {
            "target_id": scope.target_id,
            "url": scope.url,
            "from": scope.start.isoformat(),
            "to": scope.end.isoformat(),
            "incident": scope.incident_id,
        },
        "key_fingerprint": fingerprint_of(checkpoint.public_key),
        "captures_pruned": missing,  # observations whose body retention removed: no capture for them
        "files": {
            name: {"sha256": layout.sha256_hex(data), "bytes": len(data)} for name, data in listed.items()
        },
    }
    data = json.dumps(manifest, indent=1, ensure_ascii=False).encode()
    (tmp / layout.MANIFEST).write_bytes(data)
    if signer.fingerprint != manifest["key_fingerprint"]:
        raise ConfigError("the checkpoint was signed by another key than the installation's: export again")
    signature = signer.sign_bytes(layout.manifest_message(data))
    (tmp / layout.MANIFEST_SIG).write_bytes(signature.encode() + b"\n")


def fingerprint_of(pem: str) -> str:
    return Signer.from_public_pem(pem.encode()).fingerprint


def _finish(tmp: Path, output: Path) -> None:
    """Move the finished bundle into place: renamed as a folder, or zipped and renamed."""
    output.parent.mkdir(parents=True, exist_ok=True)
    if output.suffix.lower() == ".zip":
        zipped = output.with_name(f".{output.name}.zip-tmp")
        try:
            with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zf:
                for path in sorted(tmp.rglob("*")):
                    if path.is_file():
                        zf.write(path, path.relative_to(tmp).as_posix())
            _fsync(zipped)
            os.replace(zipped, output)
        finally:
            zipped.unlink(missing_ok=True)
    else:
        for path in tmp.rglob("*"):
            if path.is_file():
                _fsync(path)
        if output.is_dir():
            output.rmdir()  # an empty folder the user made for it
        os.replace(tmp, output)
    fsync_dir(output.parent)


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
