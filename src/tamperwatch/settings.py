"""The one Settings object. Nothing else in tamperwatch reads the environment.

Every field is read from ``TAMPERWATCH_<NAME>`` environment variables, a ``.env``
file, or keyword arguments. Each field's ``description`` is its documentation:
the README's configuration reference is generated from it (``make docs``) and a
test fails when a field is missing from the README.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """tamperwatch configuration."""

    model_config = SettingsConfigDict(
        env_prefix="TAMPERWATCH_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # --- storage ---------------------------------------------------------------
    data_dir: Path = Field(
        Path("./tamperwatch-data"),
        description="Folder holding the SQLite database, the blob store and the signing key.",
    )
    database_url: str = Field(
        "",
        description="SQLAlchemy URL of the metadata database. Empty means SQLite (WAL mode) at "
        "DATA_DIR/tamperwatch.db. PostgreSQL: postgresql+asyncpg://user:pass@host/db.",
    )
    blob_retention_days: int = Field(
        90,
        ge=0,
        description="Days to keep capture bodies that no incident references; 0 keeps them forever. "
        "Observations and incident evidence are never pruned.",
    )

    # --- fetching --------------------------------------------------------------
    max_body_bytes: int = Field(
        10 * 1024 * 1024,
        gt=0,
        description="Largest response body accepted, counted after decompression (bytes).",
    )
    fetch_timeout_s: float = Field(
        20.0, gt=0, description="Total deadline for one fetch, redirects included (seconds)."
    )
    connect_timeout_s: float = Field(5.0, gt=0, description="Deadline to open one connection (seconds).")
    max_redirects: int = Field(10, ge=0, description="Most redirects followed for one fetch.")
    max_header_bytes: int = Field(
        32 * 1024, gt=0, description="Largest response header line or field accepted (bytes)."
    )
    user_agent: str = Field(
        "tamperwatch/0.1 (+defacement monitor)", description="User-Agent sent with every fetch."
    )
    url_allowlist: list[str] = Field(
        default_factory=list,
        description="Address ranges the URL policy opens although they are private or loopback, each "
        "'CIDR:PORT' or 'CIDR:LOW-HIGH' (e.g. '127.0.0.1/32:8080'). IPv6: '[::1]/128:8080'. "
        "Empty: only public addresses are fetched.",
    )

    # --- fetching extras (added by the fetcher work) ---------------------------

    # --- scheduling ------------------------------------------------------------
    default_interval_s: float = Field(
        300.0, gt=0, description="Check interval of a target added without one."
    )
    min_interval_s: float = Field(
        10.0,
        gt=0,
        description="Shortest check interval `add` and `import` accept (seconds); shorter ones are refused.",
    )
    max_interval_s: float = Field(
        7 * 86400.0,
        gt=0,
        description="Longest check interval `add` and `import` accept (seconds; default 7 days).",
    )
    max_url_length: int = Field(
        2048, gt=0, description="Longest target URL `add`, `import` and `check` accept (characters)."
    )
    jitter_fraction: float = Field(
        0.1, ge=0, le=0.5, description="Random spread added to each interval, as a fraction of it."
    )
    max_concurrency: int = Field(50, gt=0, description="Most checks running at once in this process.")
    per_host_concurrency: int = Field(4, gt=0, description="Most checks running at once against one host.")
    gap_failures: int = Field(
        3, gt=0, description="Consecutive failed fetches after which a monitoring-gap alert fires."
    )

    # --- detection -------------------------------------------------------------
    learn_captures: int = Field(
        3, ge=1, description="Known-good captures a new target's baseline learns from before it alerts."
    )
    detectors: list[str] = Field(
        default_factory=lambda: [
            "template_break",
            "foreign_injection",
            "hidden_links",
            "link_influx",
            "vocabulary",
            "rewrite",
            "foreign_text",
            "metadata",
            "generated_text",
            "offpage_text",
            "unseen_script",
            "unseen_language",
            "layout",
            "identity",
            "redirect_anomaly",
            "content_classifier",
            "visual",
        ],
        description="Detectors run on every changed capture, in order, by plugin name "
        "(entry point group 'tamperwatch.detectors').",
    )
    sensitivity: float = Field(
        0.5, ge=0, le=1, description="Default detection sensitivity, 0 (fewest alerts) to 1 (most)."
    )
    defaced_threshold: float = Field(
        0.5, ge=0, le=1, description="Verdict score at or above which a capture is 'defaced'."
    )
    auto_accept_after: int = Field(
        3,
        ge=0,
        description="Consecutive consistent 'suspicious' checks without content evidence after which a "
        "redesign becomes the new baseline; 0 disables.",
    )
    delta_check: bool = Field(
        True,
        description="Clear a changed page whose previous check was clean from the change alone when it "
        "is small and plain (a few text runs, known kinds of tags, classes and hosts, no defacement "
        "term); anything else goes to the full detection engine.",
    )
    delta_learn_every: int = Field(
        64,
        ge=0,
        description="One change in this many that the delta check clears (picked by its content hash) is "
        "still parsed and learned from. A plain change holds nothing the profile does not know (known "
        "classes and hosts, no lexicon term); the sample follows slow drift such as text size; 0: never.",
    )
    delta_max_runs: int = Field(
        24,
        ge=1,
        description="Most added text runs (and half the removed ones) a change may have to be cleared.",
    )

    # --- detection engine extras (added by the detection work) ----------------
    suspicious_threshold: float = Field(
        0.3,
        ge=0,
        le=1,
        description="Verdict score at or above which a capture is 'suspicious' (recorded, listed).",
    )
    escalation_detectors: list[str] = Field(
        default_factory=lambda: ["content_classifier"],
        description="Detectors run only on cold start or after another detector found something "
        "(expensive ones such as the content classifier), by plugin name.",
    )
    max_analysed_chars: int = Field(
        4_000_000,
        gt=0,
        description="Characters of a decoded page the detectors analyse; the rest is ignored.",
    )
    classifier_model_path: str = Field(
        "",
        description="Content-classifier model file (.npz written by `make train`); empty uses the model "
        "shipped in the package.",
    )
    detector_tuning: dict[str, dict[str, float]] = Field(
        default_factory=dict,
        description="Overrides of detector weights and thresholds by name, as JSON: "
        '{"detector": {"field": value}}, e.g. {"layout": {"max_links": 15}}. The fields are those of '
        "each detector's config (docs/detection.md lists them with their defaults); an unknown name or "
        "a fraction for a whole-number field stops the start. An overridden field keeps its value at "
        "every sensitivity.",
    )

    # --- cloaking (added by the cloaking work) ---------------------------------
    cloaking_enabled: bool = Field(
        True,
        description="Live checks also fetch the page as search crawlers and as a search-referred visitor "
        "and compare with the normal view (SEO cloaking, conditional redirects); never in replay.",
    )
    cloaking_interval_hours: float = Field(
        6.0,
        gt=0,
        description="Hours between cloaking checks of one target; a check whose verdict is suspicious or "
        "defaced, or that has any finding, runs one at once.",
    )
    cloaking_user_agents: list[str] = Field(
        default_factory=lambda: [
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
        ],
        description="User agents of the search-crawler views compared with the normal view.",
    )
    cloaking_referer: str = Field(
        "https://www.google.com/search?q={host}",
        description="Referer of the search-referred visitor view ({host} is the target's host); "
        "empty disables that view.",
    )
    cloaking_min_score: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Evidence a difference between the views needs to be reported as cloaking.",
    )

    # --- incidents and notifications -------------------------------------------
    confirm_refetch: bool = Field(
        True, description="Re-fetch once and require the same verdict before opening an incident."
    )
    notify_suspicious: bool = Field(False, description="Also notify on 'suspicious' verdicts.")
    notify_urls: list[str] = Field(
        default_factory=list,
        description="Apprise URLs notified on every incident state change (mailto://, slack://, ...).",
    )
    webhook_urls: list[str] = Field(
        default_factory=list,
        description="URLs that receive a JSON POST, signed with HMAC-SHA256 in the "
        "'X-Tamperwatch-Signature' header, on every incident state change.",
    )
    webhook_secret: str = Field("", description="Shared secret of the webhook HMAC signature.")
    notify_retries: int = Field(4, ge=0, description="Retries of a failed notification, with backoff.")
    notify_backoff_s: float = Field(1.0, ge=0, description="First retry delay; doubles on each retry.")
    notify_repeat_s: float = Field(
        0.0,
        ge=0,
        description="Re-notify an incident still open (not acknowledged, resolved or false positive) this "
        "many seconds after it opened, and again every as many seconds; 0: never (one message per change).",
    )

    # --- archive extras (added by the archive work) ----------------------------
    sqlite_synchronous: str = Field(
        "NORMAL",
        pattern="^(NORMAL|FULL|normal|full)$",
        description="SQLite 'synchronous' mode (WAL), also applied to the blob store. NORMAL: every "
        "committed check survives a crash or kill -9 of tamperwatch; FULL: also survives power loss or "
        "an OS crash, at an fsync per check (and per stored body).",
    )
    checkpoint_every: int = Field(
        1000,
        gt=0,
        description="Log entries (observations and incident events) after which the archive signs a "
        "checkpoint of its append-only log into DATA_DIR/checkpoints/ (incident events sign one at once).",
    )
    checkpoint_interval_s: float = Field(
        300.0,
        gt=0,
        description="A checkpoint is also signed at the first log entry this many seconds after the last "
        "one, and when the archive closes with entries not yet covered.",
    )

    # --- rendering (added by the browser work) -------------------------------
    render_enabled: bool = Field(
        True,
        description="Run the render tier (headless Chromium) for targets whose render policy asks for it "
        "(new targets: 'periodic'). It only starts when CHROMIUM_PATH exists; false: HTTP only.",
    )
    chromium_path: str = Field(
        "/usr/bin/chromium", description="The Chromium executable the render tier drives (never downloaded)."
    )
    render_interval_s: float = Field(
        4 * 3600.0,
        gt=0,
        description="A 'periodic' target renders at least this often (seconds), even when its served "
        "HTML shows no change, so JavaScript-only injections are caught within one interval.",
    )
    render_deadline_s: float = Field(
        30.0, gt=0, description="Deadline for one rendered check: load, screenshot and DOM (seconds)."
    )
    render_recycle_checks: int = Field(
        50, gt=0, description="Rendered checks after which the worker's browser is replaced by a fresh one."
    )
    render_memory_ceiling_mb: int = Field(
        1500,
        gt=0,
        description="Memory (PSS of all browser processes, MiB) above which the browser is recycled "
        "after its current checks.",
    )
    render_viewport_width: int = Field(1280, gt=0, description="Viewport width of rendered checks (px).")
    render_viewport_height: int = Field(800, gt=0, description="Viewport height of rendered checks (px).")
    render_full_page_max_px: int = Field(
        16000, gt=0, description="Height cap of full-page screenshots taken for evidence (px)."
    )

    # --- hardening audit (`tamperwatch audit`) ---------------------------------
    audit_max_body_bytes: int = Field(
        2 * 1024 * 1024,
        gt=0,
        description="Largest answer an audit request reads, counted after decompression (bytes); "
        "exposure probes ask for the first 64 KiB only.",
    )
    audit_probe_concurrency: int = Field(
        4, gt=0, description="Most audit requests in flight at once against one site."
    )
    audit_site_concurrency: int = Field(
        8, gt=0, description="Most sites audited at once by `tamperwatch audit --targets`."
    )
    audit_ca_file: Path | None = Field(
        None,
        description="PEM file of extra certificate authorities an audit trusts besides the system's "
        "(an internal CA); unset: the system's only.",
    )
    audit_interval_s: float = Field(
        86400.0,
        gt=0,
        description="The scheduled audit (in `serve`, or `tamperwatch audit --targets --incidents` from "
        "cron) re-audits a target when its last audit is at least this old (seconds; default daily).",
    )
    audit_scheduled: bool = Field(
        True,
        description="`serve` audits every watched web target once per AUDIT_INTERVAL_S; new findings open "
        "'exposure' incidents. false: only the audit command audits.",
    )
    audit_start_delay_s: float = Field(
        600.0,
        ge=0,
        description="`serve` starts its scheduled audits this long after it starts (seconds), once the "
        "checks have settled.",
    )
    audit_osv_dump: Path | None = Field(
        None,
        description="OSV-format vulnerability dump (folder, zip or JSON) the scheduled audit matches "
        "software versions against; unset: versions are listed, not matched.",
    )

    # --- streams and screens (`stream` and `screen` targets, `stream replay`) ---
    stream_sample_fps: float = Field(
        1.0,
        gt=0,
        le=25,
        description="Frames sampled per second of stream time; only keyframes are decoded when they are "
        "at least this dense.",
    )
    stream_persistence_s: float = Field(
        3.0,
        gt=0,
        description="Unapproved content (or text) must last this long in stream time before it is a "
        "finding (seconds); shorter flashes stay quiet.",
    )
    stream_black_min_s: float = Field(
        2.0,
        gt=0,
        description="A black picture lasting this long is a `black` finding (ffmpeg blackdetect's d).",
    )
    stream_frozen_min_s: float = Field(
        2.0,
        gt=0,
        description="A picture (clock and ticker included) unchanged this long is a `frozen` finding "
        "(ffmpeg freezedetect's d).",
    )
    stream_stall_s: float = Field(
        5.0, gt=0, description="A gap in stream time longer than this is a `stall` finding (seconds)."
    )
    stream_silent_min_s: float = Field(
        2.0,
        gt=0,
        description="Audio below `stream_silent_db` this long is a `silent` finding (seconds; ffmpeg "
        "silencedetect's d). Streams without audio are never silent.",
    )
    stream_silent_db: float = Field(
        -60.0,
        lt=0,
        description="Audio level (RMS per 0.1 s window, dB below full scale) under which a stream counts "
        "as silent (ffmpeg silencedetect's noise).",
    )
    stream_work_width: int = Field(
        480,
        ge=160,
        le=1920,
        description="Width frames are matched at (px); the height follows the stream's shape. OCR reads "
        "the frame at its own resolution.",
    )
    stream_ocr: bool = Field(
        True,
        description="Read on-screen text (OCR) where a frame differs from its approved picture, and "
        "flag text that appears in no approved content.",
    )
    stream_blocked_phrases: list[str] = Field(
        default_factory=list,
        description="Phrases that are a text-policy finding wherever they appear on screen "
        "(JSON list; matched ignoring case, spaces and punctuation).",
    )
    stream_segment_max_bytes: int = Field(
        32 * 1024 * 1024,
        gt=0,
        description="Largest HLS segment tamperwatch downloads (bytes); a larger one ends the connection "
        "with a recorded error.",
    )
    stream_playlist_max_bytes: int = Field(
        1024 * 1024, gt=0, description="Largest HLS playlist tamperwatch downloads (bytes)."
    )
    stream_segment_timeout_s: float = Field(
        20.0,
        gt=0,
        description="Deadline for downloading one HLS playlist or segment (seconds, redirects included).",
    )
    stream_http_stall_s: float = Field(
        10.0,
        gt=0,
        description="An http(s) stream that is not HLS (MPEG-TS over HTTP) must bring at least 4 KiB in "
        "every window this long (seconds), else the connection is a stall: closed, recorded and "
        "reconnected.",
    )
    stream_evidence_after_s: float = Field(
        5.0,
        ge=0,
        le=60,
        description="Seconds of stream (or screen) time after a finding whose frames are added to the "
        "incident's signed evidence and clip (0: frames before the finding only).",
    )
    stream_off_schedule_defaced: bool = Field(
        False,
        description="Count approved content shown outside its library's schedule (`off-schedule`) as a "
        "defacement (an incident, notified); by default it is its own finding, recorded as a suspicious "
        "observation without an incident.",
    )

    screen_max_frame_bytes: int = Field(
        8 * 1024 * 1024,
        gt=0,
        description="Largest screenshot a screen may push to POST /api/v1/screens/{id}/frames (bytes); "
        "a larger body is refused (413) before it is read whole.",
    )
    screen_silent_s: float = Field(
        120.0,
        gt=0,
        description="A screen that has pushed no frame for this long raises a monitoring-gap incident "
        "(seconds); its next frame resolves it.",
    )

    # --- anti-tamper agent (tamperwatch agent) ----------------------------------
    agent_dir: Path | None = Field(
        None,
        description="Folder of the agent's signed baselines, golden copies and quarantine; keep it outside "
        "every web root and unwritable by the web server. Empty: DATA_DIR/agent.",
    )
    agent_mode: str = Field(
        "restore",
        pattern="^(restore|alert)$",
        description="What the agent does on a change under a protected root: 'restore' puts the golden "
        "copy back (and records it), 'alert' only records and notifies.",
    )
    agent_exclude: list[str] = Field(
        default_factory=list,
        description="Paths under a root the agent neither protects nor restores: glob patterns relative "
        "to the root, e.g. [\"uploads/**\", \"cache/**\", \"*.log\"] (JSON list).",
    )
    agent_include: list[str] = Field(
        default_factory=list,
        description="When set, the agent protects only paths matching one of these patterns (e.g. "
        "[\"*.html\", \"*.php\", \"*.js\"]); empty protects everything not excluded. A new file "
        "of another type outside the excluded folders is still removed (a dropped web shell).",
    )
    agent_writers: list[str] = Field(
        default_factory=list,
        description="Programs (absolute paths of deployment tools, e.g. [\"/usr/bin/rsync\"]; never "
        "the web server's interpreter, which runs any web shell) whose writes of files under "
        "a root the agent accepts (baseline updated, signed record naming the program) instead of "
        "restoring; the kernel names the writer through fanotify (root or CAP_SYS_ADMIN): the agent "
        "refuses to start with this set where fanotify is unavailable.",
    )
    agent_rescan_s: float = Field(
        3600.0,
        gt=0,
        description="Seconds between the agent's full rescans of each root (a safety net under the "
        "real-time watch; one also runs at every start).",
    )
    agent_max_file_bytes: int = Field(
        64 * 1024 * 1024,
        gt=0,
        description="Largest file the agent keeps a golden copy of (bytes); a larger one is still "
        "watched and alerted on, but not restored.",
    )
    agent_report_url: str = Field(
        "",
        description="Base URL of a central `tamperwatch serve` (https://...) the agent also reports its "
        "incidents to, signed with agent_report_token; empty: the agent records only in its own archive.",
    )
    agent_report_token: str = Field(
        "",
        description="This agent's secret for agent_report_url (the same as its entry in the central "
        "serve's agent_tokens); reports are HMAC-signed with it like webhooks.",
    )
    agent_tokens: list[str] = Field(
        default_factory=list,
        description="On the central serve: the agents allowed to report to POST /api/v1/agents/events, "
        "each 'HOST:SECRET' (HOST: the agent's host name, as in its file://HOST/ROOT targets).",
    )

    # --- claim verification (`tamperwatch verify`) ----------------------------
    cdx_url: str = Field(
        "",
        description="CDX API of a Wayback-compatible web archive that `verify` consults for captures "
        "near a claimed time (e.g. https://web.archive.org/cdx/search/cdx, or a pywb "
        "http://host:8080/COLLECTION/cdx); every request passes the URL policy. Empty: none.",
    )

    # --- server ----------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address `tamperwatch serve` listens on.")
    port: int = Field(8080, ge=0, le=65535, description="Port `tamperwatch serve` listens on.")
    content_port: int | None = Field(
        None,
        ge=0,
        le=65535,
        description="Port of the content origin that serves captured pages to the dashboard's sandboxed "
        "frames (signed, short-lived URLs); default: port + 1, or any free port when port is 0.",
    )
    tls_certfile: Path | None = Field(
        None, description="TLS certificate (PEM) for `serve` to answer HTTPS itself; with tls_keyfile."
    )
    tls_keyfile: Path | None = Field(None, description="Private key (PEM) of tls_certfile.")
    session_ttl_s: float = Field(
        12 * 3600.0, gt=0, description="How long a dashboard login lasts (seconds) before logging in again."
    )
    login_max_failures: int = Field(
        5, gt=0, description="Failed logins allowed per user name and per address within login_window_s."
    )
    login_window_s: float = Field(
        300.0, gt=0, description="Window of login_max_failures (seconds); a locked-out login waits it out."
    )
    metrics_token: str = Field(
        "", description="Bearer token required by /metrics; empty leaves /metrics closed (403)."
    )
    log_level: str = Field("INFO", description="Logging level: DEBUG, INFO, WARNING or ERROR.")
    log_json: bool = Field(True, description="Write logs as JSON lines (structured); false for plain text.")

    @property
    def effective_database_url(self) -> str:
        """The database URL in use: ``database_url`` or SQLite under ``data_dir``."""
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'tamperwatch.db').resolve()}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def key_path(self) -> Path:
        return self.data_dir / "signing.key"

    @property
    def agent_path(self) -> Path:
        """The anti-tamper agent's folder: ``agent_dir`` or DATA_DIR/agent."""
        return self.agent_dir if self.agent_dir is not None else self.data_dir / "agent"
