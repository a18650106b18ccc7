"""Idempotent installs the bench needs on a fresh Debian machine: nginx, zstd, urlwatch 2.29."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

URLWATCH_VERSION = "2.29"
SBIN_DIRS = ("/usr/sbin", "/sbin", "/usr/local/sbin")


def find_command(name: str) -> Path | None:
    """``name`` on PATH or in the sbin folders (nginx lives in /usr/sbin)."""
    found = shutil.which(name) or shutil.which(name, path=os.pathsep.join(SBIN_DIRS))
    return Path(found) if found else None


def ensure_apt_command(command: str, package: str) -> Path:
    """The path of ``command``, installing the Debian ``package`` with apt-get when it is missing."""
    found = find_command(command)
    if found:
        return found
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print(f"bench: installing {package} with apt-get", flush=True)
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", package],
        check=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )
    found = find_command(command)
    if not found:
        raise RuntimeError(f"{package} installed but {command} not found")
    return found


def urlwatch_version(venv: Path) -> str | None:
    exe = venv / "bin" / "urlwatch"
    if not exe.exists():
        return None
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=False)
    return result.stdout.strip().split()[-1] if result.returncode == 0 and result.stdout.strip() else None


def ensure_urlwatch(venv: Path) -> Path:
    """The urlwatch 2.29 executable in its own virtual environment ``venv``, created when missing."""
    if urlwatch_version(venv) != URLWATCH_VERSION:
        print(f"bench: installing urlwatch=={URLWATCH_VERSION} into {venv}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", f"urlwatch=={URLWATCH_VERSION}"], check=True
        )
    return venv / "bin" / "urlwatch"
