"""Edition 7's crews, handles, contacts and the hosts their images come from (all invented)."""

from __future__ import annotations

TEAMS = (
    "Lantern Moth Collective",
    "Kraitline Crew",
    "Zero Tide Brigade",
    "Saffron Relay",
    "Paper Kite Union",
    "Basalt Owl Team",
    "Quiet Anvil Cell",
    "Red Lotus Wire",
    "Mangrove Drift Unit",
    "Frostgate Six",
    "Ember Quay Boys",
    "Cobalt Harrier",
)
HANDLES = (
    "n0ctua",
    "rustwren",
    "kaiju_mint",
    "d3lta.reed",
    "v0lkhov",
    "sumire_x",
    "tanuki404",
    "qilin.dust",
    "m4rrow",
    "byakko_7",
    "sandgrouse",
    "pyre.koi",
    "yuzu_h3x",
    "ostrakon",
    "k1ngfern",
    "halvard_q",
)
CONTACTS = (
    "t.me/lanternmoth_ops",
    "tg: @krait_line_relay",
    "signal: zerotide.81",
    "wa.me/447700914388",
    "WeChat: paperkite_u",
    "session: 05a9f3c1ee7d",
    "matrix: @basalt_owl:envs.net",
    "tox: quietanvil",
)
EMAILS = (
    "lanternmoth@onionmail.org",
    "kraitline@cock.li",
    "zerotide@tuta.io",
    "saffron.relay@proton.me",
    "mangrove.static@dnmx.org",
)
IMAGE_HOSTS = (
    "https://i.postimg.cc/x7Lq/",
    "https://files.catbox.moe/",
    "https://i.imgur.com/",
    "https://pomf2.lain.la/f/",
    "https://img.ly0s.net/u/",
)
PALETTES = (
    ("#0b0f14", "#d7e3f4", "#ff5e3a"),
    ("#1a0004", "#ffe9ec", "#ff1f4b"),
    ("#f2efe6", "#1f1b16", "#b8321b"),
    ("#021a0f", "#b9ffd9", "#00e676"),
    ("#120a2a", "#efe7ff", "#a77bff"),
    ("#000000", "#f5f5f5", "#ffd000"),
)
FONTS = ("'Courier New', monospace", "Georgia, serif", "Impact, sans-serif", "system-ui, sans-serif")
