"""``tamperwatch evidence verify``: check a bundle offline, with nothing but the bundle.

In order: every file against the manifest (SHA-256 and size; none added or missing); the manifest
against its signature; the checkpoint against the current key; each log event and observation
against its hash, its signature and its inclusion proof; the retired keys against the rotation
records; the WACZ file's own digests and each capture's body against its observation's signed
content hash and time; each incident file against the hashes its signed records name. Every
problem is one line naming the file and record; ``ok`` when there is none.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tamperwatch.archive.keys import KEY_ROTATED
from tamperwatch.archive.log import Checkpoint, LogEvent
from tamperwatch.evidence import layout
from tamperwatch.evidence.check_records import check_events, check_observations
from tamperwatch.evidence.layout import BundleFiles
from tamperwatch.evidence.records import content_changes
from tamperwatch.evidence.trust import SHORT_FINGERPRINT, KeyRing, load_key, pin_reaches, vouched_keys
from tamperwatch.evidence.wacz import warc_date
from tamperwatch.evidence.wacz_check import check_wacz

_HASH = re.compile(r"[0-9a-f]{64}")
_SIGNATURE = re.compile(r"[0-9a-f]{128}")


@dataclass(slots=True)
class BundleReport:
    problems: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _read_files(files: BundleFiles, report: BundleReport) -> dict[str, bytes]:
    contents = {}
    for name in files.names():
        try:
            contents[name] = files.read(name)
        except Exception as exc:  # OSError, or a damaged zip entry (BadZipFile, zlib.error)
            report.problems.append(f"{name}: cannot be read ({type(exc).__name__}: {exc})")
    return contents


def _manifest(contents: dict[str, bytes], report: BundleReport) -> dict[str, Any] | None:
    try:
        manifest = json.loads(contents[layout.MANIFEST])
        if manifest.get("kind") != layout.BUNDLE_KIND or manifest.get("format") != layout.BUNDLE_FORMAT:
            raise ValueError("not a tamperwatch evidence bundle of a known format")
        listed = dict(manifest["files"])
        manifest["scope"]["from"], manifest["scope"]["to"]  # both must be there
    except KeyError:
        report.problems.append(f"{layout.MANIFEST}: missing, or a field of it is missing")
        return None
    except (ValueError, TypeError, AttributeError) as exc:
        report.problems.append(f"{layout.MANIFEST}: cannot be read ({exc})")
        return None
    for name, entry in sorted(listed.items()):
        data = contents.get(name)
        if data is None:
            report.problems.append(f"{name}: listed in the manifest but missing from the bundle")
        elif entry.get("sha256") != layout.sha256_hex(data) or entry.get("bytes") != len(data):
            report.problems.append(f"{name}: its SHA-256 differs from the manifest's (changed after export)")
    for name in sorted(set(contents) - set(listed) - {layout.MANIFEST, layout.MANIFEST_SIG}):
        report.problems.append(f"{name}: not listed in the manifest (added after export)")
    return dict(manifest)


def _keys(contents: dict[str, bytes], report: BundleReport) -> tuple[KeyRing | None, dict[str, Any]]:
    current = load_key(contents.get(layout.CURRENT_KEY, b""))
    if current is None:
        report.problems.append(f"{layout.CURRENT_KEY}: missing or not an Ed25519 public key")
        return None, {}
    retired = {}
    for name in sorted(n for n in contents if n.startswith(layout.RETIRED_KEYS)):
        key = load_key(contents[name])
        if key is None or name != f"{layout.RETIRED_KEYS}{key.fingerprint}.pub":
            report.problems.append(f"{name}: not an Ed25519 public key named by its fingerprint")
        else:
            retired[key.fingerprint] = key
    return KeyRing(current, ()), retired


def _checkpoint(contents: dict[str, bytes], ring: KeyRing, report: BundleReport) -> Checkpoint | None:
    try:
        checkpoint = Checkpoint.from_json(json.loads(contents[layout.CHECKPOINT]))
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        report.problems.append(f"{layout.CHECKPOINT}: missing or cannot be read ({exc})")
        return None
    if not checkpoint.signature_ok(ring.current):
        report.problems.append(
            f"{layout.CHECKPOINT}: its signature does not verify with {layout.CURRENT_KEY}"
        )
    return checkpoint


def _manifest_signature(contents: dict[str, bytes], ring: KeyRing, report: BundleReport) -> None:
    raw = contents.get(layout.MANIFEST_SIG)
    if raw is None:
        report.problems.append(f"{layout.MANIFEST_SIG}: missing: the manifest is not signed")
        return
    signature = raw.decode("ascii", errors="replace").removesuffix("\n")
    if not _SIGNATURE.fullmatch(signature):
        report.problems.append(f"{layout.MANIFEST_SIG}: not one Ed25519 signature in lower-case hex")
        return
    if not ring.current.verify_bytes(layout.manifest_message(contents[layout.MANIFEST]), signature):
        report.problems.append(f"{layout.MANIFEST_SIG}: the manifest's signature does not verify")


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text)


def check_bundle(files: BundleFiles, pinned: str = "") -> BundleReport:
    """Every problem of the bundle, and a summary of what it proves."""
    report = BundleReport()
    contents = _read_files(files, report)
    manifest = _manifest(contents, report)
    ring, retired = _keys(contents, report)
    if manifest is None or ring is None:
        return report
    checkpoint = _checkpoint(contents, ring, report)
    if checkpoint is None:
        return report
    _manifest_signature(contents, ring, report)
    every_key = KeyRing(ring.current, tuple(retired.values()))
    events = check_events(contents.get(layout.EVENTS, b""), every_key.verifies, checkpoint, report.problems)
    rotations = [e for e in events if e.change == KEY_ROTATED]
    vouched, strangers = vouched_keys(retired, rotations)
    report.problems.extend(
        f"{layout.RETIRED_KEYS}{fp}.pub: no rotation record in the bundle names this key" for fp in strangers
    )
    ring = KeyRing(ring.current, tuple(vouched.values()))
    if pinned and not pin_reaches(pinned, ring.current, rotations):
        short = ring.current.fingerprint[:SHORT_FINGERPRINT]
        report.problems.append(
            f"{layout.CURRENT_KEY}: the bundle is signed by key {short}..., "
            f"not by the pinned key {pinned} nor by a key it handed over to"
        )
    scope = manifest["scope"]
    start, end = _when(scope["from"]), _when(scope["to"])
    observations = check_observations(
        contents.get(layout.OBSERVATIONS, b""),
        ring.verifies,
        checkpoint,
        (int(scope["target_id"]), start, end),
        report.problems,
    )
    captures = _check_captures(contents, manifest, observations, report)
    screenshots = _check_incidents(contents, events, report)
    counts = (len(observations), len(events), captures, screenshots)
    report.summary[:0] = _summary(scope, checkpoint, ring, counts)
    return report


def _summary(
    scope: dict[str, Any], checkpoint: Checkpoint, ring: KeyRing, counts: tuple[int, int, int, int]
) -> list[str]:
    observations, events, captures, screenshots = counts
    incident = f", incident {scope['incident']}" if scope.get("incident") else ""
    vouched = ", ".join(key.fingerprint[:SHORT_FINGERPRINT] + "..." for key in ring.vouched)
    return [
        f"bundle of {scope['url']} (target {scope['target_id']}) "
        f"from {scope['from']} to {scope['to']}{incident}",
        f"{observations} observations, {events} log events, {captures} captures ({layout.CAPTURES}), "
        f"{screenshots} screenshots",
        f"checkpoint of {checkpoint.tree_size} log entries signed by key "
        f"{ring.current.fingerprint[:SHORT_FINGERPRINT]}..."
        + (f"; retired keys vouched by rotation records: {vouched}" if vouched else ""),
    ]


def _check_captures(
    contents: dict[str, bytes], manifest: dict[str, Any], observations: list[Any], report: BundleReport
) -> int:
    data = contents.get(layout.CAPTURES)
    if data is None:
        report.problems.append(f"{layout.CAPTURES}: missing")
        return 0
    wacz = check_wacz(data, layout.CAPTURES)
    report.problems.extend(wacz.problems)
    by_id = {f"{o.target_id}/{o.seq}": o for o in observations}
    url = manifest["scope"]["url"]
    for capture in wacz.captures:
        obs = by_id.get(capture.observation)
        where = (
            f"{layout.CAPTURES} record of observation {capture.observation or '?'} (offset {capture.offset})"
        )
        if obs is None:
            report.problems.append(f"{where}: no observation in the bundle has that name")
            continue
        if capture.payload_sha256 != obs.content_hash:
            report.problems.append(f"{where}: its body differs from the observation's signed content hash")
        if capture.warc_date != warc_date(obs.at) or capture.url != url:
            report.problems.append(f"{where}: its WARC-Date or URL differs from the signed observation")
    if not wacz.warc_read:  # already one problem; not one more per capture
        return len(wacz.captures)
    pruned = set(manifest.get("captures_pruned", []))
    held = {c.observation for c in wacz.captures}
    for obs in content_changes(sorted(observations, key=lambda o: o.seq)):
        if obs.seq not in pruned and f"{obs.target_id}/{obs.seq}" not in held:
            report.problems.append(
                f"observation {obs.target_id}/{obs.seq}: its capture is missing from {layout.CAPTURES}"
            )
    return len(wacz.captures)


def _signed_hashes(value: object, into: set[str]) -> None:
    if isinstance(value, str) and _HASH.fullmatch(value):
        into.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            _signed_hashes(item, into)
    elif isinstance(value, list):
        for item in value:
            _signed_hashes(item, into)


def _check_incidents(contents: dict[str, bytes], events: list[LogEvent], report: BundleReport) -> int:
    """Each incident file is one the incident's signed records name by SHA-256 (but the derived
    incident.json and diff.txt, covered by the manifest); returns the screenshots checked."""
    signed: dict[str, set[str]] = {}
    for event in events:
        _signed_hashes(event.data, signed.setdefault(str(event.incident_id), set()))
    screenshots = 0
    for name, data in sorted(contents.items()):
        if not name.startswith(layout.INCIDENTS):
            continue
        incident, _, file = name.removeprefix(layout.INCIDENTS).partition("/")
        if file in layout.DERIVED_INCIDENT_FILES:
            continue
        if layout.sha256_hex(data) not in signed.get(incident, set()):
            report.problems.append(
                f"{name}: no signed record of incident {incident} names this file's SHA-256"
            )
        elif name.endswith(".png"):
            screenshots += 1
    return screenshots
