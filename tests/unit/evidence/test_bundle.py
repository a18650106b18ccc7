"""Evidence bundles: exported on one data folder, checked with nothing but the bundle, and refused
with the file and record named when one byte of any kind of file changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tamperwatch.evidence import layout
from tamperwatch.evidence.check import check_bundle
from tamperwatch.evidence.layout import FolderBundle, MemoryBundle, open_bundle

from .helpers import URL, record_history, run, settings_at

RANGE = ["--from", "2026-11-01T08:02:00Z", "--to", "2026-11-01T08:20:00Z"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bundle of minutes 2..20 of a page defaced during minutes 10..13 (with an incident)."""
    root = tmp_path_factory.mktemp("bundle")
    record_history(settings_at(root / "data"), range(0, 25), deface=range(10, 14))
    result = run(root / "data", "evidence", "export", URL, *RANGE, "--output", str(root / "bundle"))
    assert result.exit_code == 0, result.output
    assert "19 observations" in result.stdout and "1 incidents, 2 screenshots" in result.stdout
    return root / "bundle"


@pytest.fixture
def bundle(exported: Path, tmp_path: Path) -> Path:
    """A fresh copy of the exported bundle, to change."""
    return Path(shutil.copytree(exported, tmp_path / "copy"))


def verify(bundle: Path, tmp_path: Path, *args: str) -> tuple[int, list[str]]:
    """`evidence verify` in a fresh, empty data folder; (exit status, FAILED lines)."""
    result = run(tmp_path / "fresh", "evidence", "verify", str(bundle), *args)
    return result.exit_code, [line for line in result.stdout.splitlines() if line.startswith("FAILED ")]


def flip(path: Path, at: float = 0.5) -> None:
    """Change one bit of one byte, ``at`` the fraction of the file's length."""
    data = bytearray(path.read_bytes())
    data[int(len(data) * at)] ^= 0x01
    path.write_bytes(bytes(data))


def test_an_exported_bundle_verifies_in_a_fresh_data_folder(exported: Path, tmp_path: Path) -> None:
    result = run(tmp_path / "fresh", "evidence", "verify", str(exported))
    assert result.exit_code == 0, result.output
    assert f"bundle of {URL} (target 1)" in result.stdout
    assert "19 observations, 2 log events, 8 captures (captures.wacz), 2 screenshots" in result.stdout
    assert result.stdout.rstrip().endswith("ok")
    assert not (tmp_path / "fresh" / "tamperwatch.db").exists()  # nothing of the bundle's is needed there
    names = FolderBundle(exported).names()
    for part in (
        layout.MANIFEST,
        layout.MANIFEST_SIG,
        layout.CHECKPOINT,
        layout.OBSERVATIONS,
        layout.EVENTS,
        layout.CAPTURES,
        layout.CURRENT_KEY,
        "incidents/1/screenshot_after.png",
        "incidents/1/screenshot_before.png",
        "incidents/1/incident.json",
        "incidents/1/after.html",
    ):
        assert part in names


@pytest.mark.parametrize(
    ("name", "named"),
    [
        (layout.MANIFEST, layout.MANIFEST),
        (layout.MANIFEST_SIG, layout.MANIFEST_SIG),
        (layout.CHECKPOINT, layout.CHECKPOINT),
        (layout.OBSERVATIONS, "observation 1/"),
        (layout.EVENTS, "log event "),
        (layout.CAPTURES, layout.CAPTURES),
        (layout.CURRENT_KEY, layout.CURRENT_KEY),
        ("incidents/1/screenshot_after.png", "incidents/1/screenshot_after.png"),
        ("incidents/1/after.html", "incidents/1/after.html"),
        ("incidents/1/incident.json", "incidents/1/incident.json"),
    ],
)
def test_one_changed_byte_in_any_kind_of_file_is_refused_with_it_named(
    bundle: Path, tmp_path: Path, name: str, named: str
) -> None:
    flip(bundle / name)
    status, failed = verify(bundle, tmp_path)
    assert status == 1
    assert any(named in line for line in failed), failed


def test_every_byte_of_a_small_file_is_covered(bundle: Path, tmp_path: Path) -> None:
    """Every single-byte change of the signed manifest, at every position, is caught."""
    original = (bundle / layout.MANIFEST_SIG).read_bytes()
    for i in range(len(original)):
        changed = bytearray(original)
        changed[i] ^= 0x01
        (bundle / layout.MANIFEST_SIG).write_bytes(bytes(changed))
        assert not check_bundle(FolderBundle(bundle)).ok, i


def test_a_record_edited_with_the_manifest_recomputed_is_still_refused(bundle: Path, tmp_path: Path) -> None:
    """A forger who fixes the manifest's hashes (and drops its signature) still meets each record's
    own signature, hash and inclusion proof."""
    lines = (bundle / layout.OBSERVATIONS).read_text().splitlines()
    doc = json.loads(lines[8])
    doc["verdict"] = "clean"  # hide the defacement
    lines[8] = json.dumps(doc)
    (bundle / layout.OBSERVATIONS).write_text("\n".join(lines) + "\n")
    _reseal(bundle)
    status, failed = verify(bundle, tmp_path)
    assert status == 1
    assert failed == [
        f"FAILED {layout.MANIFEST_SIG}: missing: the manifest is not signed",
        f"FAILED observation 1/{doc['seq']} ({layout.OBSERVATIONS} line 9): its fields do not hash to its "
        "record hash (edited)",
    ]


def test_a_readable_time_that_differs_from_the_signed_one_is_refused(bundle: Path, tmp_path: Path) -> None:
    lines = (bundle / layout.OBSERVATIONS).read_text().splitlines()
    doc = json.loads(lines[0])
    doc["at"] = "2026-11-01T07:00:00+00:00"  # the hash covers at_us; people read at
    lines[0] = json.dumps(doc)
    (bundle / layout.OBSERVATIONS).write_text("\n".join(lines) + "\n")
    _reseal(bundle)
    status, failed = verify(bundle, tmp_path)
    assert status == 1
    assert any(
        line.startswith(f"FAILED {layout.OBSERVATIONS} line 1: not a valid record (ValueError: at ")
        for line in failed
    ), failed


def test_a_record_left_out_breaks_the_chain(bundle: Path, tmp_path: Path) -> None:
    lines = (bundle / layout.OBSERVATIONS).read_text().splitlines()
    gone = json.loads(lines.pop(10))
    (bundle / layout.OBSERVATIONS).write_text("\n".join(lines) + "\n")
    _reseal(bundle)
    status, failed = verify(bundle, tmp_path)
    assert status == 1
    assert f"FAILED {layout.MANIFEST_SIG}: missing: the manifest is not signed" in failed
    assert any(
        f"observation 1/{gone['seq'] + 1}: the hash chain from {gone['seq'] - 1} is broken" in line
        for line in failed
    ), failed


def test_a_pinned_key_must_be_the_signer(exported: Path, tmp_path: Path) -> None:
    key = json.loads((exported / layout.MANIFEST).read_text())["key_fingerprint"]
    assert verify(exported, tmp_path, "--key", key[:16])[0] == 0
    status, failed = verify(exported, tmp_path, "--key", "0" * 64)
    assert status == 1 and "not by the pinned key" in failed[0]


def test_a_zip_bundle_verifies_and_a_changed_byte_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    record_history(settings_at(data), range(0, 6))
    out = tmp_path / "evidence.zip"
    spelled = "HTTPS://Portal.Example.gov.cn:443/#top"  # the watched URL, spelled otherwise
    assert (
        run(data, "evidence", "export", spelled, "--from", "2026-11-01", "--output", str(out)).exit_code == 0
    )
    assert verify(out, tmp_path)[0] == 0
    flip(out, 0.3)
    assert not check_bundle(open_bundle(out)).ok


def test_export_refuses_what_it_cannot_prove_and_writes_nothing(exported: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    record_history(settings_at(data), range(0, 3))
    out = tmp_path / "b"
    empty = run(data, "evidence", "export", URL, "--from", "2025-01-01", "--to", "2025-02-01", "-o", str(out))
    assert empty.exit_code == 2 and "no observations of" in empty.output
    assert (
        run(
            data, "evidence", "export", "https://nowhere.example/", "--from", "2026-01-01", "-o", str(out)
        ).exit_code
        == 2
    )
    assert run(data, "evidence", "export", URL, "--from", "yesterday", "-o", str(out)).exit_code == 2
    assert run(data, "evidence", "export", "--incident", "7", "-o", str(out)).exit_code == 2
    assert not out.exists() and not list(tmp_path.glob(".b.tmp-*"))
    taken = run(data, "evidence", "export", URL, "--from", "2026-01-01", "-o", str(exported))
    assert taken.exit_code == 2 and "exists" in taken.output


def test_an_incident_bundle_holds_its_history_and_screenshots(tmp_path: Path) -> None:
    data = tmp_path / "data"
    record_history(settings_at(data), range(0, 200), deface=range(100, 110))
    out = tmp_path / "incident"
    result = run(data, "evidence", "export", "--incident", "1", "--output", str(out))
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / layout.MANIFEST).read_text())
    assert manifest["scope"]["incident"] == 1
    assert manifest["scope"]["from"] == "2026-11-01T08:40:00+00:00"  # an hour before it opened
    assert "2 screenshots" in result.stdout
    assert verify(out, tmp_path)[0] == 0


def _reseal(bundle: Path) -> None:
    """What a forger without the key can do: recompute the manifest's hashes, drop its signature."""
    (bundle / layout.MANIFEST_SIG).unlink()
    manifest = json.loads((bundle / layout.MANIFEST).read_text())
    for name in manifest["files"]:
        data = (bundle / name).read_bytes()
        manifest["files"][name] = {"sha256": layout.sha256_hex(data), "bytes": len(data)}
    (bundle / layout.MANIFEST).write_text(json.dumps(manifest, indent=1))


def test_bodies_pruned_by_retention_are_listed_and_damaged_ones_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    record_history(settings_at(data), range(0, 12))
    assert run(data, "archive", "prune", "--days", "1").exit_code == 0  # all but the current body
    out = tmp_path / "pruned"
    assert run(data, "evidence", "export", URL, "--from", "2026-11-01", "-o", str(out)).exit_code == 0
    manifest = json.loads((out / layout.MANIFEST).read_text())
    assert manifest["captures_pruned"] == [1, 4, 7]  # the bodies of minutes 0, 3 and 6
    status, failed = verify(out, tmp_path)
    assert status == 0, failed
    for blob in (data / "blobs").rglob("*.zst"):
        blob.unlink()  # gone without a retention record
    refused = run(data, "evidence", "export", URL, "--from", "2026-11-01", "-o", str(tmp_path / "x"))
    assert refused.exit_code == 2
    assert "the body of observation 1/10 is missing: run `tamperwatch archive verify`" in refused.output


def test_a_missing_file_is_named_and_json_lists_the_problems(exported: Path, tmp_path: Path) -> None:
    folder = FolderBundle(exported)
    files = {
        name: folder.read(name) for name in folder.names() if name != "incidents/1/screenshot_before.png"
    }
    report = check_bundle(MemoryBundle(files))
    assert report.problems == [
        "incidents/1/screenshot_before.png: listed in the manifest but missing from the bundle"
    ]
    result = run(tmp_path / "fresh", "evidence", "verify", str(exported), "--json")
    doc = json.loads(result.stdout)
    assert result.exit_code == 0 and doc["ok"] and doc["problems"] == [] and len(doc["summary"]) == 3
