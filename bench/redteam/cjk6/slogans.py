# ruff: noqa: RUF001  (CJK text is written with its own full-width punctuation)
"""Invented defacement crews, their slogans and contact lines (replace and inject families)."""

from __future__ import annotations

CREWS = (
    "霜刃安全小组",
    "北辰渗透部",
    "夜枭联盟",
    "Garuda Senyap Team",
    "Mekong Phantom 404",
    "KhmerByte Legion",
    "Sylhet Shadow Unit",
    "黒潮サイバー連合",
    "붉은늑대 해킹단",
    "0xPetirHitam",
    "BinaryMonsoon",
    "Laskar Siluman",
    "幽灵旗帜",
    "Team VoidLotus",
    "CyberKris Selatan",
)

SLOGANS = {
    "hans": (
        "你们的服务器形同虚设，管理员请回家种地。",
        "此站已被我们接管，补丁打完再来找我们聊。",
        "安全不是口号，下次记得改默认密码。",
        "我们来过，我们看见，我们留下了这一页。",
    ),
    "hant": (
        "你們的防火牆只是一張紙，管理員快醒醒。",
        "這個網站現在由我們說了算。",
        "資安不是預算表上的一行字。",
    ),
    "ja": (
        "このサイトのセキュリティは紙より薄い。",
        "管理者へ：パスワードは「admin」のままでしたね。",
        "我々は静かに来て、痕跡だけを残す。",
    ),
    "ko": (
        "관리자님, 보안 패치는 언제 하실 건가요?",
        "이 사이트는 우리가 잠시 접수했습니다.",
        "너희 서버는 문이 활짝 열려 있었다.",
    ),
    "en": (
        "Your firewall was a welcome mat. We just walked in.",
        "Patch your CMS or meet us again next week.",
        "No data was harmed. Only your pride.",
    ),
    "id": (
        "Keamanan kalian cuma pajangan, admin tolong bangun.",
        "Kami datang tanpa diundang, pergi tanpa pamit.",
    ),
    "vi": (
        "Bảo mật của các bạn chỉ là lớp giấy mỏng.",
        "Quản trị viên ơi, cập nhật hệ thống đi nào.",
    ),
    "bn": ("তোমাদের নিরাপত্তা শুধু কাগজে কলমে।",),
}

POLITICS = {
    "hans": ("释放所有被关押的网民！", "还我言论自由，还我真相！", "台湾是台湾人的台湾"),
    "hant": ("光復網絡，時代資安", "拒絕紅色滲透，守護民主台灣", "澳門人要真普選"),
    "ja": ("竹島も尖閣も渡さない", "政府は裏金を全部公開せよ"),
    "ko": ("독도는 대한민국 영토다, 일본은 망언을 멈춰라", "우리 민족끼리, 외세를 몰아내자"),
    "en": ("Free Palestine. Stop the silence.", "Justice for Myanmar, now."),
}

CONTACTS = (
    "TG: @frostblade_sec",
    "t.me/beichen_pentest",
    "Telegram @garudasenyap_team",
    "mail: voidlotus@proton.me",
    "contact → petirhitam[at]tuta.io",
    "QQ群 8836 7120 4",
    "discord.gg/mkphantom404",
)

GREETS = (
    "greetz: 寒山 / Rinjani / 0xKuro / 달그림자 / NullKhan",
    "thanks to all brothers of Laskar Siluman & BinaryMonsoon",
    "致敬：所有未署名的白帽",
)
