"""Settings validated when a command starts, before it reads or saves anything.

Every mistake becomes a ``ConfigError``: one line naming the setting (as its environment
variable), what is wrong with it and how to fix it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tamperwatch.errors import ConfigError

if TYPE_CHECKING:
    from pydantic import ValidationError

    from tamperwatch.settings import Settings

_FIELD_IN_SETTINGS_ERROR = re.compile(r'field "([a-z0-9_]+)"')
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def env_name(field: str) -> str:
    return f"TAMPERWATCH_{field.upper()}"


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def validation_message(exc: ValidationError) -> str:
    """One line for all of a ValidationError's problems, each under its environment variable."""
    parts = []
    for error in exc.errors():
        field = ".".join(str(p) for p in error.get("loc", ()))
        name = env_name(field) if field else "settings"
        parts.append(f"{name}: {error.get('msg', 'invalid')} (got {_shown(error.get('input'))})")
    return "invalid settings: " + "; ".join(parts)


def load_settings(data_dir: Path | None = None) -> Settings:
    """Settings from the environment, .env and ``data_dir``; a ConfigError on any mistake."""
    from pydantic import ValidationError
    from pydantic_settings import SettingsError

    from tamperwatch.settings import Settings

    try:
        return Settings(data_dir=data_dir) if data_dir is not None else Settings()
    except ValidationError as exc:
        raise ConfigError(validation_message(exc)) from exc
    except SettingsError as exc:  # a list or mapping setting that is not valid JSON
        found = _FIELD_IN_SETTINGS_ERROR.search(str(exc))
        field = found.group(1) if found else ""
        if not field:
            raise ConfigError(f"invalid settings: {exc}") from exc
        example = "'[\"127.0.0.1/32:8080\"]'" if field == "url_allowlist" else '\'["first", "second"]\''
        raise ConfigError(
            f"{env_name(field)} is not valid JSON: write a list in JSON with each entry in double "
            f"quotes, e.g. {env_name(field)}={example}"
        ) from exc


def check_settings(settings: Settings) -> None:
    """What a single field's validation cannot see: the settings must work together."""
    from tamperwatch.capture.allowlist import parse_allow_rule
    from tamperwatch.capture.errors import PolicyConfigError

    for entry in settings.url_allowlist:
        try:
            parse_allow_rule(entry)
        except PolicyConfigError as exc:
            raise ConfigError(f"TAMPERWATCH_URL_ALLOWLIST: {exc}") from exc
    if settings.webhook_urls and not settings.webhook_secret:
        raise ConfigError(
            "TAMPERWATCH_WEBHOOK_URLS is set but TAMPERWATCH_WEBHOOK_SECRET is empty: set a shared "
            "secret so receivers can verify the signature (or unset TAMPERWATCH_WEBHOOK_URLS)"
        )
    if settings.log_level.upper() not in _LOG_LEVELS:
        raise ConfigError(
            f"TAMPERWATCH_LOG_LEVEL {settings.log_level!r} is not a logging level: use one of "
            + ", ".join(_LOG_LEVELS)
        )
    if settings.database_url:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            make_url(settings.database_url)
        except ArgumentError as exc:
            raise ConfigError(
                f"TAMPERWATCH_DATABASE_URL is not a database URL ({exc}): write it as "
                "postgresql+asyncpg://user:pass@host/db, or leave it empty for SQLite in the data folder"
            ) from exc
    if settings.detector_tuning:
        from tamperwatch.detect.tuning import check_tuning

        check_tuning(settings)
    model = settings.classifier_model_path
    if model and not Path(model).is_file():
        raise ConfigError(
            f"TAMPERWATCH_CLASSIFIER_MODEL_PATH {model} is not a file: give the .npz `make train` "
            "wrote, or leave it empty for the packaged model"
        )
    if settings.min_interval_s > settings.max_interval_s:
        raise ConfigError(
            f"TAMPERWATCH_MIN_INTERVAL_S ({settings.min_interval_s:g}) is above TAMPERWATCH_MAX_INTERVAL_S "
            f"({settings.max_interval_s:g}): lower the first or raise the second"
        )
    if not settings.min_interval_s <= settings.default_interval_s <= settings.max_interval_s:
        raise ConfigError(
            f"TAMPERWATCH_DEFAULT_INTERVAL_S ({settings.default_interval_s:g}) is outside "
            f"{settings.min_interval_s:g}..{settings.max_interval_s:g} s: choose an interval in that range"
        )


def check_data_dir(settings: Settings) -> None:
    """The data folder must be a folder tamperwatch can write (SQLite writes beside its file even
    to read), or not exist yet under a folder it can create it in."""
    hint = "set TAMPERWATCH_DATA_DIR or --data-dir to a folder this user can write"
    try:
        _check_data_dir(settings.data_dir, hint)
    except OSError as exc:  # a folder on the way that this user may not enter
        why = exc.strerror or type(exc).__name__
        raise ConfigError(f"data folder {settings.data_dir} cannot be reached ({why}): {hint}") from exc


def _check_data_dir(folder: Path, hint: str) -> None:
    if folder.exists() or folder.is_symlink():
        if not folder.is_dir():
            raise ConfigError(f"data folder {folder} is not a folder: {hint}")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise ConfigError(f"data folder {folder} is not writable by this user: {hint}")
        for name in ("tamperwatch.db", "blobs"):
            inside = folder / name
            if inside.exists() and not os.access(inside, os.W_OK):
                raise ConfigError(f"{inside} is not writable by this user: fix its owner or mode, or {hint}")
        return
    parent = folder.absolute().parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise ConfigError(f"data folder {folder} does not exist and cannot be created in {parent}: {hint}")


def start(settings: Settings, data: bool = True) -> Settings:
    """Validate ``settings`` for a command; ``data``: the command uses the data folder."""
    check_settings(settings)
    if data:
        check_data_dir(settings)
    return settings
