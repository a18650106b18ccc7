"""Edition 5's invented groups, handles, contacts, colours and media hosts."""

from __future__ import annotations

TEAMS = (
    "Kelp Lantern Crew",
    "OrchidVolt",
    "Tanuki Nightshift",
    "Silent Abacus",
    "Jade Kite Society",
    "Sandgrouse Unit",
    "Murmuration 77",
    "Basalt Choir",
    "Gecko Parliament",
    "Quiet Monsoon",
    "Lotus Relay",
    "Copper Heron",
    "Saffron Semaphore",
    "Nordlicht Kollektiv",
    "Obsidian Lullaby",
    "Tidewater Clan",
)
HANDLES = (
    "@kelp_lantern",
    "@orchid.volt",
    "@tanuki_nite",
    "@abacus_quiet",
    "@jadekite_soc",
    "@sandgrouse_u",
    "@murmur77",
    "@basaltchoir",
    "@gecko.parl",
    "@monsoon_q",
    "@lotusrelay",
    "@copperheron_x",
    "@saffronstatic",
    "@nordlicht_k",
)
CONTACTS = (
    "t.me/kelplanternchat",
    "t.me/orchidvolt_room",
    "discord.gg/tanukiNite",
    "signal.me/#p/+88216000377",
    "session id 05af3c9e71b2d40e",
    "matrix: @abacus:tchncs.de",
    "wa.me/62818000731",
    "qq 3318207741",
    "line id: jadekite77",
    "x.com/copper_heron_x",
)
LINKS = (
    "https://t.me/kelplanternchat",
    "https://t.me/orchidvolt_room",
    "https://discord.gg/tanukiNite",
    "https://wa.me/62818000731",
    "https://x.com/copper_heron_x",
)
EMAILS = (
    "kelp.lantern@cock.li",
    "orchidvolt@onionmail.org",
    "tanuki.nite@tutamail.com",
    "basalt.choir@disroot.org",
    "gecko.parl@mailfence.com",
    "lotusrelay@riseup.net",
)
PALETTES = (
    ("#0b1d13", "#d9f2e3", "#35c46a"),
    ("#1b0f24", "#efe3ff", "#b160ff"),
    ("#fff7e0", "#3a2a00", "#e0a100"),
    ("#101820", "#f2aa4c", "#f2aa4c"),
    ("#00204a", "#ffffff", "#fdbb2d"),
    ("#2b0000", "#ffd6d6", "#ff3b3b"),
    ("#f4f1ea", "#222222", "#8a1c1c"),
    ("#002b36", "#93a1a1", "#2aa198"),
)
FONTS = (
    "'Courier Prime', monospace",
    "'Noto Serif', Georgia, serif",
    "'Trebuchet MS', sans-serif",
    "'Lucida Console', monospace",
    "Impact, 'Arial Black', sans-serif",
    "'Palatino Linotype', serif",
)
IMAGE_HOSTS = (
    "https://i.snapdrift.cc/",
    "https://files.pebblebox.top/u/",
    "https://img.tukar-gambar.xyz/",
    "https://cdn.fotokantin.site/i/",
    "https://up.kelpimg.one/",
)
AUDIO_HOSTS = ("https://a.tuneshard.click/", "https://sound.lagunight.live/")
EMOJI = ("🌙", "🦎", "🪁", "🌊", "🪨", "🦉", "🕯️", "🧭")
