"""Edition 3's invented attacker teams, handles, contacts, emoji, media hosts, fonts and colours."""

from __future__ import annotations

TEAMS: tuple[str, ...] = (
    "Kelpie Syndicate",
    "NULLMOTH",
    "Saffron Wolves 404",
    "Team Orchid Shell",
    "Karakum Byte Riders",
    "Mekong Phantoms",
    "Nimbus Cell 77",
    "Brass Jackal Crew",
    "Zaytun Cyber Front",
    "Tanuki Overflow",
    "Salju Hitam Team",
    "Obsidian Kayak",
    "GhostLantern-Sec",
    "Hangul Rootkit Club",
    "Desierto Rojo",
    "Dunia Gelap Squad",
    "QuietFalcon.ir",
    "PixelJanissary",
)

HANDLES: tuple[str, ...] = (
    "@m0thr4_xx",
    "@zerokelp",
    "@sh4dowkayak",
    "@ruhi_404",
    "@lantern.exe",
    "@tanuk1_of",
    "@bitsaffron",
    "@kr4kum",
    "@nimb0s77",
    "@jackal_brass",
    "@merah.put1h",
    "@o_bsid1an",
)

CONTACTS: tuple[str, ...] = (
    "t.me/kelpiesyndicate_official",
    "t.me/mekong_phantoms_ch",
    "signal: nullmoth.77",
    "session id 05f3a9c1e8d7b2kelp",
    "tox: 9F12AC77E0NULLMOTH",
    "discord.gg/obsidkayak",
    "matrix: @saffronwolves:tchncl.im",
    "jabber: tanuki@xmpp.rip",
)

EMAILS: tuple[str, ...] = (
    "kelpie.syndicate@onionmail.org",
    "nullmoth@cock.li",
    "mekongphantoms@tutamail.com",
    "saffron404@proton.me",
    "brassjackal@dnmx.org",
)

EMOJI: tuple[str, ...] = ("🔥", "💀", "✊", "🏴", "☠️", "⚡", "🐺", "🕊️", "🩸", "👁️")

IMAGE_HOSTS: tuple[str, ...] = (
    "https://files.catbox.moe/",
    "https://i.postimg.cc/",
    "https://i.imgur.com/",
    "https://img.kelpcdn.xyz/",
    "https://pic.nimbus-cell.top/",
)
AUDIO_HOSTS: tuple[str, ...] = ("https://audio.jackal-hub.icu/", "https://files.catbox.moe/")
VIDEO_HOSTS: tuple[str, ...] = ("https://vid.phantomstream.click/", "https://files.catbox.moe/")

FONTS: tuple[str, ...] = (
    "'Share Tech Mono',monospace",
    "'Press Start 2P',cursive",
    "Tahoma,Verdana,sans-serif",
    "'Noto Sans',Arial,sans-serif",
    "'Ubuntu Mono',monospace",
    "Georgia,serif",
)

# background, foreground, accent
PALETTES: tuple[tuple[str, str, str], ...] = (
    ("#050505", "#d8d8d8", "#ff2e63"),
    ("#0b132b", "#e0fbfc", "#ffb703"),
    ("#1b0000", "#ffe5e5", "#ff0000"),
    ("#000000", "#39ff14", "#39ff14"),
    ("#f5f0e1", "#1e3d59", "#ff6e40"),
    ("#101820", "#f2aa4c", "#f2aa4c"),
    ("#2d0036", "#fbe7ff", "#b967ff"),
)
