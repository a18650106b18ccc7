"""Edition 2's invented attacker signatures: team names, member handles, contacts, media hosts."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: RUF001

from __future__ import annotations

TEAMS: tuple[str, ...] = (
    "Cobalt Heron Syndicate",
    "Grey Tamarind",
    "Unit Karst 9",
    "Lembah Sunyi Team",
    "Garuda Pasir Crew",
    "Bozkır Yelkovan",
    "Qamar Nine Collective",
    "Saffron Static",
    "Null Orchard",
    "Marea Negra Team",
    "Cá Mập Đêm",
    "Tiger Lily 0x1F",
    "Ash Pelican Brigade",
    "Helix Vagrant",
    "Ombak Hitam 88",
    "Тихий Филин",
    "Sessiz Akrep",
    "Paper Monsoon",
    "Sudut Gelap Sec",
    "Iron Kettle Kids",
    "Sayeh Sorkh",
    "Ratu Gelombang",
)

HANDLES: tuple[str, ...] = (
    "v4nt4bl4ck",
    "Mr.Senja",
    "qu1etl0cust",
    "b4yu_angin",
    "0xKettle",
    "Tamarind_R",
    "Lord.Kemarau",
    "s1l4h",
    "heron_c0b",
    "mon500n",
    "Akr3p_s",
    "p3l1kan",
    "Tr4n.Dem",
    "n0rchard",
    "y4s1n_x",
    "karst.09",
)

CONTACTS: tuple[str, ...] = (
    "telegram: @cobaltheron_news",
    "t.me/greytamarind",
    "t.me/karst9_unit",
    "t.me/lembahsunyi_id",
    "signal: qamar9.77",
    "t.me/nullorchard_ops",
    "discord: ironkettle#4471",
    "t.me/papermonsoon",
    "icq: 771044219",
    "session: 05f3a9c1d2e8b7",
)

EMAILS: tuple[str, ...] = (
    "heron.cobalt@tutanota.example",
    "tamarind-grey@cock.test",
    "karst9@onionmail.example",
    "sunyi.lembah@posteo.test",
    "orchard.null@dnmx.example",
    "monsoon.paper@mailfence.test",
)

IMAGE_HOSTS: tuple[str, ...] = (
    "https://i.ibb-share.example/",
    "https://files.catbox-mirror.test/",
    "https://img.postimage-free.example/u/",
    "https://upload.gambar-kita.test/img/",
    "https://s3.pixhole.example/raw/",
)

AUDIO_HOSTS: tuple[str, ...] = (
    "https://a.voca-drop.example/",
    "https://media.lagu-kita.test/mp3/",
    "https://cdn.soundpit.example/t/",
)

VIDEO_HOSTS: tuple[str, ...] = (
    "https://v.clipvault.example/",
    "https://stream.tontonan.test/v/",
)

FONTS: tuple[str, ...] = (
    "Consolas, monospace",
    "Share Tech Mono, monospace",
    "Press Start 2P, cursive",
    "Trebuchet MS, sans-serif",
    "Arial Black, sans-serif",
    "Palatino, serif",
)

PALETTES: tuple[tuple[str, str, str], ...] = (
    ("#020202", "#9cff57", "#ff2e63"),
    ("#0d1117", "#c9d1d9", "#58a6ff"),
    ("#100010", "#f0e6ff", "#bb86fc"),
    ("#1b0000", "#ffd6d6", "#ff1f1f"),
    ("#000814", "#ffc300", "#ffffff"),
    ("#001a00", "#b3ffb3", "#00e676"),
    ("#141414", "#ededed", "#e50914"),
)
