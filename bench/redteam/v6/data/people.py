"""Edition 6's invented groups, handles, contacts, colours and media hosts."""

from __future__ import annotations

TEAMS = (
    "Harbour Owl Syndicate",
    "Mangrove Static",
    "Paper Typhoon",
    "Kowloon Lantern Bureau",
    "Abyssal Pigeon",
    "Rust Monsoon Cell",
    "Night Ferry Union",
    "Vanta Magpie",
    "Cobalt Dumpling",
    "Sable Pagoda",
    "Teal Shrike Guild",
    "Granite Cicada",
    "Lychee Breakers",
    "Hollow Junk Boat",
)
HANDLES = (
    "@harbour_owl",
    "@mangrove.static",
    "@papertyphoon_x",
    "@klb_lantern",
    "@abyssalpigeon",
    "@rustmonsoon",
    "@nightferry_u",
    "@vanta.magpie",
    "@cobaltdumpling",
    "@sablepagoda",
    "@tealshrike",
    "@granitecicada",
    "@lychee_brk",
    "@hollowjunk",
)
CONTACTS = (
    "t.me/harbourowl_ch",
    "t.me/papertyphoon_news",
    "signal.me/#u/vantamagpie.07",
    "matrix.to/#/@nightferry:envs.net",
    "session id 05c1f0ab77d2 (Night Ferry)",
    "tox: 7E3A91C2B0 (Sable Pagoda)",
    "x.com/cobaltdumpling",
    "discord.gg/lycheebrk",
    "keybase.io/granitecicada",
    "wickr: tealshrike_guild",
)
EMAILS = (
    "harbourowl@onionmail.org",
    "papertyphoon@cock.li",
    "vanta.magpie@tutamail.com",
    "nightferry@dismail.de",
    "sablepagoda@mailfence.com",
    "lychee.breakers@proton.me",
)
IMAGE_HOSTS = (
    "https://i.postimg.cc/owl6/",
    "https://files.catbox.moe/",
    "https://i.ibb.co/pgd6/",
    "https://litter.catbox.moe/",
    "https://img.tg-cdn.su/ferry/",
)
AUDIO_HOSTS = ("https://files.catbox.moe/", "https://a.uguu.se/")
LINKS = (
    "https://t.me/harbourowl_ch",
    "https://t.me/papertyphoon_news",
    "https://x.com/cobaltdumpling",
    "https://matrix.to/#/#nightferry:envs.net",
)
PALETTES = (
    ("#0b0f14", "#d7dde4", "#ff2e63"),
    ("#101010", "#c8ffd4", "#39ff14"),
    ("#fffdf6", "#1b1b1b", "#b5121b"),
    ("#1a0033", "#f0e6ff", "#ffcc00"),
    ("#002b36", "#eee8d5", "#cb4b16"),
    ("#f4f1ea", "#2b2b2b", "#0a5c36"),
)
FONTS = (
    "'Courier Prime', monospace",
    "'IBM Plex Mono', monospace",
    "'Noto Serif SC', serif",
    "'Press Start 2P', cursive",
    "Tahoma, sans-serif",
)
