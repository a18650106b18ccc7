"""Edition 4's invented attacker groups, their contact handles on many networks, media hosts, fonts
and colours."""

from __future__ import annotations

TEAMS: tuple[str, ...] = (
    "Cormorant Relay",
    "Jade Lantern Unit",
    "VANTA-9",
    "Paper Crane Collective",
    "Monsoon Static",
    "Basalt Heron",
    "Ox Horn Assembly",
    "Teal Kestrel Group",
    "Sindbad Null",
    "Kumo Driftnet",
    "Lotus Voltage",
    "Bristlecone 7",
    "Harbor Moth",
    "Amur Tideline",
    "Copper Ibis",
    "Gecko Meridian",
    "Quiet Tamarind",
    "Stormpetrel Kollektiv",
)

# messaging handles: Telegram, X, Matrix, Tox, QQ, WeChat, Session, Signal-style usernames
HANDLES: tuple[str, ...] = (
    "t.me/cormo_relay",
    "t.me/vanta9_news",
    "x.com/papercrane_cx",
    "@kumo.drift:matrix.org",
    "@ibis_copper:envs.net",
    "QQ 28174639520",
    "QQ群 771390246",
    "微信号 heron_basalt88",
    "WeChat: tamarind_q7",
    "tox 6F3A91C0D4E2B7588A1C",
    "session 05af83c19e77d2",
    "signal tidel1ne.42",
)

CONTACTS: tuple[str, ...] = (
    "Telegram: monsoon_static_ch",
    "X @lotus_voltage",
    "Matrix #moth-harbor:tchncs.de",
    "QQ 19933057714",
    "微信公众号 纸鹤夜读",
    "Tox 9B02E7D1AC54F6093E",
    "LINE id kumo_drift",
    "KakaoTalk open.kakao.com/o/gK7pQx2",
)

EMAILS: tuple[str, ...] = (
    "cormorant.relay@tuta.io",
    "vanta9@onionmail.org",
    "jade.lantern@cock.li",
    "amur.tideline@proton.me",
    "stormpetrel@disroot.org",
)

EMOJI: tuple[str, ...] = ("🕯️", "🌊", "🦩", "🪁", "🌒", "🏮", "🪶", "⚓")

IMAGE_HOSTS: tuple[str, ...] = (
    "https://img.paperrelay.cc/u/",
    "https://files.tidemoth.net/p/",
    "https://i.kestrelbin.site/",
)
AUDIO_HOSTS: tuple[str, ...] = ("https://snd.paperrelay.cc/a/", "https://audio.ibisvault.top/")
VIDEO_HOSTS: tuple[str, ...] = ("https://v.tidemoth.net/clip/", "https://media.kestrelbin.site/v/")

FONTS: tuple[str, ...] = (
    "'Noto Serif SC',serif",
    "'Source Han Sans',sans-serif",
    "Menlo,monospace",
    "'Trebuchet MS',sans-serif",
    "Impact,fantasy",
)

# (background, text, accent)
PALETTES: tuple[tuple[str, str, str], ...] = (
    ("#0b0b0b", "#d8d8d8", "#ffb000"),
    ("#101820", "#f2f2f2", "#2ec4b6"),
    ("#2b0000", "#ffe8e8", "#ff5c5c"),
    ("#f7f3e8", "#222222", "#8a1c1c"),
    ("#001b2e", "#cfe8ff", "#6ad1ff"),
    ("#1a1423", "#eeeeee", "#c77dff"),
)
