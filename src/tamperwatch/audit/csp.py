"""Content-Security-Policy: parsed, classified as the Observatory classifies it, and judged on the
question that matters against defacement: would it stop an injected inline or foreign script?

Several policies (headers, a comma-joined header, ``<meta http-equiv>``) are all enforced by a
browser, so a directive present in several keeps only the sources every one of them allows.
``frame-ancestors``, ``report-uri`` and ``sandbox`` are ignored in a meta policy, as browsers do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DANGEROUSLY_BROAD = frozenset(
    {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"}
)
UNSAFE_INLINE = frozenset({"'unsafe-inline'", "data:"})
BROAD_OR_INLINE = DANGEROUSLY_BROAD | UNSAFE_INLINE
PASSIVE_DIRECTIVES = ("img-src", "media-src")
NONCE_HASH_PREFIXES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")
META_IGNORED = frozenset({"frame-ancestors", "report-uri", "sandbox"})
ALLOWED_DUPLICATES = frozenset({"report-uri", "report-to"})
SHORTEST_POLICY = len("img-src") - 1  # the Observatory refuses shorter policies as unparsable

Policy = dict[str, set[str]]


class CspInvalid(ValueError):
    """A policy the Observatory counts as unparsable (empty, too short, a repeated directive)."""


def split_policies(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",")]


def parse_one(text: str) -> tuple[Policy, bool]:
    """One policy -> directives and their (lower-cased) sources; True when a report directive
    was repeated (allowed, but reported)."""
    text = text.replace("\r", "").replace("\n", "").strip()
    if len(text) < SHORTEST_POLICY:
        raise CspInvalid(f"policy too short: {text!r}")
    policy: Policy = {}
    duplicates = False
    for entry in text.split(";"):
        words = entry.split()
        if not words:
            continue
        directive = words[0].lower()
        if directive in policy:
            if directive not in ALLOWED_DUPLICATES:
                raise CspInvalid(f"directive {directive} appears twice")
            duplicates = True
            continue
        sources = {w.lower() for w in words[1:]}
        if not sources and directive.endswith("-src"):
            sources = {"'none'"}
        policy[directive] = sources
    return policy, duplicates


def combine(policies: list[Policy]) -> Policy:
    """What every policy allows: a directive set by several keeps the sources common to all."""
    merged: Policy = {}
    for policy in policies:
        for directive, sources in policy.items():
            merged[directive] = merged[directive] & sources if directive in merged else set(sources)
    return {d: (s if s else {"'none'"}) for d, s in merged.items()}


def _has_nonce_or_hash(sources: set[str]) -> bool:
    return any(s.startswith(NONCE_HASH_PREFIXES) for s in sources)


def _broad_host(source: str) -> bool:
    """A wildcard that covers a whole public suffix (``*.com``, ``https://*.net``)."""
    host = source.split("://", 1)[-1]
    return host.startswith("*.") and "." not in host[2:]


@dataclass(slots=True)
class CspVerdict:
    result: str
    directives: dict[str, list[str]] = field(default_factory=dict)
    stops_inline_script: bool = False
    stops_foreign_script: bool = False
    frame_ancestors: bool = False
    notes: list[str] = field(default_factory=list)


def _effective(policy: Policy, name: str) -> set[str]:
    return set(policy.get(name) or policy.get("default-src") or {"*"})


def analyze(header_values: list[str], meta_values: list[str], report_only: bool, https: bool) -> CspVerdict:
    """Classify the page's policy with the Observatory's expectation names."""
    header_texts, meta_texts = split_policies(header_values), split_policies(meta_values)
    try:
        parsed = [parse_one(t) for t in header_texts] + [parse_one(t) for t in meta_texts]
    except CspInvalid as exc:
        return CspVerdict("csp-header-invalid", notes=[str(exc)])
    header_policies = [p for p, _ in parsed[: len(header_texts)]]
    meta_policies = [
        {d: s for d, s in p.items() if d not in META_IGNORED} for p, _ in parsed[len(header_texts) :]
    ]
    duplicates = any(dup for _, dup in parsed)
    if not any(header_policies) and not any(meta_policies):
        return CspVerdict(
            "csp-not-implemented-but-reporting-enabled" if report_only else "csp-not-implemented"
        )
    csp = combine(header_policies + meta_policies)
    header_only = combine(header_policies)
    verdict = CspVerdict("", directives={d: sorted(s) for d, s in sorted(csp.items())})
    script, style, objects = (
        _effective(csp, "script-src"),
        _effective(csp, "style-src"),
        _effective(csp, "object-src"),
    )
    for sources in (script, style):
        if _has_nonce_or_hash(sources):
            sources.discard("'unsafe-inline'")
    result: str | None = None
    strict_dynamic = "'strict-dynamic'" in script and _has_nonce_or_hash(script)
    if "'strict-dynamic'" in script:
        if strict_dynamic:
            script = {
                s
                for s in script
                if not (s.startswith(tuple(DANGEROUSLY_BROAD)) or s in ("'self'", "'unsafe-inline'"))
            }
        else:
            result = "csp-header-invalid"
    active = [s for d, srcs in csp.items() if d not in PASSIVE_DIRECTIVES and d != "script-src" for s in srcs]
    active += list(script)
    passive = [s for d in PASSIVE_DIRECTIVES for s in (csp.get(d) or csp.get("default-src") or set())]
    insecure = ("http:", "ftp:")
    checks = (
        (
            bool(script & BROAD_OR_INLINE) or bool(objects & DANGEROUSLY_BROAD),
            "csp-implemented-with-unsafe-inline",
        ),
        (https and any(s.startswith(insecure) for s in active), "csp-implemented-with-insecure-scheme"),
        ("'unsafe-eval'" in (script | style), "csp-implemented-with-unsafe-eval"),
        (
            https and any(s.startswith(insecure) for s in passive),
            "csp-implemented-with-insecure-scheme-in-passive-content-only",
        ),
        (bool(style & BROAD_OR_INLINE), "csp-implemented-with-unsafe-inline-in-style-src-only"),
        (csp.get("default-src") == {"'none'"}, "csp-implemented-with-no-unsafe-default-src-none"),
        (True, "csp-implemented-with-no-unsafe"),
    )
    for hit, name in checks:
        if result is None and hit:
            result = name
    assert result is not None
    passing = ("csp-implemented-with-no-unsafe", "csp-implemented-with-no-unsafe-default-src-none",
               "csp-implemented-with-unsafe-inline-in-style-src-only",
               "csp-implemented-with-insecure-scheme-in-passive-content-only")  # fmt: skip
    if duplicates and result in passing:
        result = "csp-implemented-but-duplicate-directives"
    verdict.result = result
    defined = "script-src" in csp or "default-src" in csp
    verdict.stops_inline_script = defined and not (script & UNSAFE_INLINE)
    # with 'strict-dynamic' and a nonce or hash, browsers ignore host sources: only trusted
    # scripts load others
    hosts = [] if strict_dynamic else [s for s in script if not s.startswith("'")]
    verdict.stops_foreign_script = (
        defined and not (set(hosts) & DANGEROUSLY_BROAD) and not any(_broad_host(s) for s in hosts)
        and "data:" not in script
    )  # fmt: skip
    verdict.frame_ancestors = "frame-ancestors" in header_only
    if header_only.get("frame-ancestors", set()) & DANGEROUSLY_BROAD:
        verdict.notes.append("frame-ancestors allows any site to frame the page")
    return verdict
