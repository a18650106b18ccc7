"""SEO spam written for this edition: gambling, lottery, private game servers, fake certificates and
replica goods, as link anchors, with invented domains."""

from __future__ import annotations

ANCHORS = {
    "zh": (
        "金沙娱乐城官网",
        "皇朝真人视讯",
        "北京赛车PK拾计划群",
        "幸运飞艇开奖直播",
        "香港马会资料大全",
        "重庆时时彩走势图",
        "百家乐技巧稳赢",
        "体育投注返水最高",
        "棋牌游戏提现秒到",
        "捕鱼达人真钱版",
        "新开传奇发布站",
        "热血江湖私服1.80",
        "奇迹MU变态服",
        "梦幻西游私服一条龙",
        "代办各类证书",
        "高仿名表一比一",
        "网赌输了怎么追回",
        "彩票平台注册送彩金",
        "澳门线上赌场排行",
        "二八杠在线玩",
        "足球比分即时推荐",
        "电子游艺爆分技巧",
        "斗地主赢话费",
        "真人荷官在线发牌",
    ),
    "zh-Hant": ("線上娛樂城推薦", "運彩分析神準", "百家樂預測程式", "六合彩明牌", "老虎機破解"),
    "ja": ("オンラインカジノ入金不要ボーナス", "スロット攻略法", "競馬予想的中", "パチンコ新台情報"),
    "ko": ("안전놀이터 추천", "토토사이트 먹튀검증", "바카라 필승법"),
    "vi": ("nhà cái uy tín nhất", "soi cầu lô đề miễn phí", "tài xỉu online"),
    "en": (
        "best online casino bonus",
        "replica watches cheap",
        "sports betting tips today",
        "buy followers fast",
    ),
    "th": ("สล็อตเว็บตรง", "แทงบอลออนไลน์"),
}
DOMAIN_STEMS = (
    "jinsha",
    "amxpj",
    "hgty",
    "jsyl",
    "xyft",
    "bjscpk",
    "lhzl",
    "qpyx",
    "byyx",
    "cqsxc",
    "hjyl",
    "tyxz",
    "dzsc",
)
TLDS = (".vip", ".cc", ".top", ".xyz", ".com", ".net", ".app", ".me", ".club", ".shop")
