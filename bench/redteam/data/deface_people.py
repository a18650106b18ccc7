"""Invented team names, member handles, contact handles and media hosts for defacement pages."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.

from __future__ import annotations

TEAMS: tuple[str, ...] = (
    "Obsidian Wasp Crew",
    "Moonless Sparrow",
    "Team Rust Phoenix",
    "Tinta Hitam Squad",
    "Bayang Merah Crew",
    "Kuzgun Gölgesi Tim",
    "Sahra Falcon Team",
    "Velvet Anarchy",
    "Ghost Quill Unit",
    "Sombra Azul Team",
    "Hiu Biru Sec",
    "07 Silent Kirin",
    "Cyber Jackal Brigade",
    "Lotus Noir",
    "Nusantara Lubang Kunci",
    "Северный Дятел",
    "Kara Mürekkep",
    "Zero Cedar Collective",
    "Pasukan Kabut 404",
    "Red Lantern Kids",
)

HANDLES: tuple[str, ...] = (
    "./xv3rt",
    "Mr.Kelabu",
    "N1ghtM0th",
    "Sh4d0wQuill",
    "rafi_x0",
    "K4PT3N",
    "LordGerhana",
    "z3r0cedar",
    "Hantu_Senyap",
    "d4rkm4ng0",
    "Ab1d_ir",
    "B0zkurt_x",
    "mis7ral",
    "Tuan.Sepi",
    "c0balt_fox",
    "Y4m1-chan",
    "root_kuning",
    "Pr0f.Hantu",
)

TELEGRAM: tuple[str, ...] = (
    "t.me/obsidianwasp_ops",
    "t.me/moonless_sparrow",
    "t.me/rustphoenix_team",
    "t.me/tintahitam_official",
    "t.me/kuzgun_golgesi",
    "t.me/ghostquill_chat",
    "t.me/silentkirin07",
    "t.me/kabut404",
)

EMAILS: tuple[str, ...] = (
    "wasp.ops@securemail.example",
    "sparrow_moonless@mailbox.test",
    "phoenix.rust@onionpost.example",
    "tinta.hitam@kotakpos.test",
    "kirin07@silentmail.example",
    "quill.ghost@protonic.test",
)

IMAGE_HOSTS: tuple[str, ...] = (
    "https://i.picvault.example/",
    "https://img.freeshots.test/u/",
    "https://cdn.imgdrop.example/files/",
    "https://pics.upload-bebas.test/",
)

AUDIO_HOSTS: tuple[str, ...] = (
    "https://files.soundbox.example/mp3/",
    "https://audio.tracklocker.test/",
    "https://cdn.lagu-gratis.example/music/",
)

FONTS: tuple[str, ...] = (
    "Courier New, monospace",
    "Lucida Console, monospace",
    "Orbitron, sans-serif",
    "Verdana, sans-serif",
    "Tahoma, sans-serif",
    "Georgia, serif",
    "Impact, sans-serif",
)

PALETTES: tuple[tuple[str, str, str], ...] = (
    ("#000000", "#00ff41", "#ff0033"),
    ("#050505", "#e0e0e0", "#d4af37"),
    ("#0b0b16", "#7df9ff", "#ff00c8"),
    ("#000", "#fff", "#f00"),
    ("#111111", "#f5f5f5", "#1e90ff"),
    ("#0a0000", "#ff4444", "#ffffff"),
    ("#001100", "#33ff33", "#ffff00"),
    ("#1a1a1a", "#c0c0c0", "#ff8c00"),
)
