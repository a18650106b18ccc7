"""Tuning: every weight and threshold of a detector is a named field of one frozen config, and the
operator (or a sweep) changes one by name without editing code.

A detector with tunables declares ``config_type: ClassVar[type]``, a frozen dataclass of ``int``
and ``float`` fields whose defaults are the shipped values, each with a trailing comment saying
what it is (``docs/detection.md`` lists them all: ``python -m tamperwatch.detect.tuning_docs``).
``Settings.detector_tuning`` (``TAMPERWATCH_DETECTOR_TUNING``, JSON) maps a detector name to
``{field: value}``; ``tuned`` builds the config a detector runs with.

Order with ``sensitivity``: overrides are applied, then ``from_settings`` scales what the
sensitivity scales, then the overrides are applied again. So an overridden scaling field (a
``*_at_zero`` or ``*_per_sensitivity``) moves the scaling, and an overridden scaled field holds
exactly the value given, at every sensitivity; fields no override names scale as before.

An unknown detector or field name, a value that is not a number or a fraction for a whole-number
field is a ``ConfigError`` naming the key: at start-up (``check_tuning``) and again when the
detector is built, never ignored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any, TypeVar, get_type_hints

from tamperwatch.errors import ConfigError
from tamperwatch.settings import Settings

C = TypeVar("C")
SETTING = "TAMPERWATCH_DETECTOR_TUNING"
DETECTOR_GROUP = "tamperwatch.detectors"
# Parts judged with their own config that are not detector plugins: name -> "module:Config".
COMPONENTS: Mapping[str, str] = {
    "cloaking": "tamperwatch.detect.cloaking:CloakingConfig",
    "visual_imagery": "tamperwatch.detect.visual_imagery:ImageryConfig",  # built by the visual detector
    "lookalike": "tamperwatch.detect.lookalike:LookalikeConfig",  # built by foreign_injection
    "message_blocks": "tamperwatch.detect.blocks:BlocksConfig",  # built by foreign_text
    "rehosted": "tamperwatch.detect.rehosted:RehostedConfig",  # built by foreign_injection
    "data_links": "tamperwatch.detect.data_links:DataLinksConfig",  # built by link_influx
    "verdict": "tamperwatch.detect.verdict:VerdictConfig",  # how findings combine; built by the engine
    "delta": "tamperwatch.detect.delta:DeltaConfig",  # the fast path's limits; built by DeltaGate
}
# Evidence scales with the sensitivity as SCALE_AT_ZERO + SCALE_PER_SENSITIVITY * sensitivity:
# x0.8 at 0, x1.0 at the default 0.5, x1.2 at 1.
SCALE_AT_ZERO = 0.8
SCALE_PER_SENSITIVITY = 0.4


def evidence_scale(sensitivity: float) -> float:
    """The factor evidence weights are multiplied by at ``sensitivity`` (1.0 at 0.5)."""
    return SCALE_AT_ZERO + SCALE_PER_SENSITIVITY * sensitivity


def _fields(config_type: type[Any]) -> dict[str, type[Any]]:
    hints = get_type_hints(config_type)
    return {f.name: hints[f.name] for f in dataclasses.fields(config_type)}


def checked(name: str, config_type: type[Any], overrides: Mapping[str, Any]) -> dict[str, int | float]:
    """``overrides`` for detector ``name`` as field values of ``config_type``; ConfigError names a
    bad key."""
    fields = _fields(config_type)
    out: dict[str, int | float] = {}
    for key, value in overrides.items():
        where = f"{SETTING}: {name}.{key}"
        kind = fields.get(key)
        if kind not in (int, float):
            known = ", ".join(k for k, t in fields.items() if t in (int, float))
            raise ConfigError(f"{where} is not a tunable of {name} (its tunables: {known})")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{where} must be a number, not {value!r}")
        if kind is int:
            if not float(value).is_integer():
                raise ConfigError(f"{where} must be a whole number, not {value!r}")
            out[key] = int(value)
        else:
            out[key] = float(value)
    return out


def tuned(settings: Settings, name: str, config: C, scale: Callable[[C, float], C] | None = None) -> C:
    """``config`` with the operator's overrides for ``name``, scaled by ``scale(config,
    sensitivity)`` in between (see the module's note on the order)."""
    given = settings.detector_tuning.get(name, {})
    values = checked(name, type(config), given) if given else {}
    config = dataclasses.replace(config, **values) if values else config  # type: ignore[type-var]
    if scale is None:
        return config
    config = scale(config, settings.sensitivity)
    return dataclasses.replace(config, **values) if values else config  # type: ignore[type-var]


def config_type_of(name: str) -> type[Any] | None:
    """The config class of detector or component ``name`` (None: it has no tunables); ConfigError
    for a name that is neither."""
    if name in COMPONENTS:
        module, _, attr = COMPONENTS[name].partition(":")
        found: type[Any] = getattr(import_module(module), attr)
        return found
    from tamperwatch.plugins import PluginCatalog, PluginError

    try:
        detector = PluginCatalog().load(DETECTOR_GROUP, name)
    except PluginError as exc:
        raise ConfigError(f"{SETTING}: {name!r} is no detector ({exc})") from exc
    config_type: type[Any] | None = getattr(detector, "config_type", None)
    return config_type


def check_tuning(settings: Settings) -> None:
    """Every overridden detector and field exists and every value fits its field (at start-up)."""
    for name, overrides in settings.detector_tuning.items():
        config_type = config_type_of(name)
        if config_type is None:
            raise ConfigError(f"{SETTING}: detector {name!r} has no tunables")
        checked(name, config_type, overrides)
