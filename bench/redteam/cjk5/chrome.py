# ruff: noqa: RUF001 - full-width CJK punctuation is the text itself
"""Per-language page furniture: navigation words, date lines, footers, banners and alerts."""

from __future__ import annotations

from datetime import datetime

from .sites import Site

WEEK = {
    "zh-Hans": "一二三四五六日",
    "zh-Hant": "一二三四五六日",
    "ja": "月火水木金土日",
    "ko": "월화수목금토일",
}
WORDS = {
    "zh-Hans": {
        "home": "首页",
        "more": "更多>>",
        "search": "请输入关键字",
        "go": "搜索",
        "switch": "繁體",
        "a11y": "无障碍浏览",
        "elder": "长者模式",
        "visits": "访问量",
        "top": "头条",
    },
    "zh-Hant": {
        "home": "首頁",
        "more": "更多",
        "search": "請輸入關鍵字",
        "go": "搜尋",
        "switch": "簡體版",
        "a11y": "無障礙瀏覽",
        "elder": "大字版",
        "visits": "瀏覽人次",
        "top": "焦點",
    },
    "ja": {
        "home": "トップページ",
        "more": "一覧へ",
        "search": "サイト内検索",
        "go": "検索",
        "switch": "English",
        "a11y": "文字サイズ・色合い変更",
        "elder": "やさしい日本語",
        "visits": "アクセス数",
        "top": "注目情報",
    },
    "ko": {
        "home": "홈",
        "more": "더보기",
        "search": "검색어를 입력하세요",
        "go": "검색",
        "switch": "English",
        "a11y": "글자크기",
        "elder": "쉬운 화면",
        "visits": "방문자",
        "top": "주요소식",
    },
}
BANNERS = {
    "zh-Hans": (
        "热烈庆祝中华人民共和国成立77周年",
        "欢度春节 阖家幸福",
        "优化营商环境 我们一直在行动",
        "创建全国文明城市 共建美好家园",
        "全民国家安全教育日",
        "“清廉{r}”建设专题",
    ),
    "zh-Hant": (
        "恭賀新禧 萬事如意",
        "中秋佳節 月圓人團圓",
        "{r}市民開放日",
        "全民國家安全教育日",
        "共建無障礙社區",
    ),
    "ja": (
        "ふるさと納税受付中",
        "年末年始の業務について",
        "マイナンバーカード出張申請受付",
        "秋の交通安全運動",
        "{r}制施行70周年記念事業",
    ),
    "ko": (
        "설 명절 연휴 운영 안내",
        "2026 시민 참여 예산 공모",
        "개인정보 보호의 달",
        "추석 연휴 비상근무 안내",
        "{r} 청렴 캠페인",
    ),
}
ALERTS = {
    "zh-Hans": (
        "暴雨红色预警：请广大市民减少外出，注意防范",
        "关于系统升级维护期间暂停网上办事服务的公告",
        "寒潮蓝色预警：请注意防寒保暖",
        "台风“海葵”逼近，请做好防御准备",
    ),
    "zh-Hant": (
        "八號烈風或暴風信號生效期間，所有服務暫停",
        "颱風警報：今日停止上班上課",
        "黑色暴雨警告信號現正生效",
        "系統維護期間網上服務將暫停",
    ),
    "ja": (
        "【緊急】大雨警報が発表されています。今後の情報に注意してください",
        "【重要】システムメンテナンスのため一部サービスを停止します",
        "【お知らせ】台風接近に伴う臨時休業",
    ),
    "ko": (
        "[긴급] 한파로 인한 수도 계량기 동파 주의",
        "[안내] 시스템 점검으로 서비스가 일시 중단됩니다",
        "[재난문자] 호우경보 발효 중, 외출을 자제하여 주십시오",
    ),
}
FOOTERS = {
    "zh-Hans": '主办：{n}　网站标识码：{c}　{icp}　<img src="/images/gaba.png" alt="">公网安备 {p}号',
    "zh-Hant": "版權所有 &copy; {y} {n}　最佳瀏覽解像度 1280 × 1024　私隱政策　免責聲明",
    "ja": "Copyright &copy; {n} All Rights Reserved.　〒000-0000　法人番号 {c}",
    "ko": "{n}　대표전화 1588-{p4}　개인정보처리방침　저작권정책　Copyright &copy; {y} All rights reserved.",
}


def words(site: Site) -> dict[str, str]:
    return WORDS[site.language]


def date_line(site: Site, when: datetime) -> str:
    day = WEEK[site.language][when.weekday()]
    if site.language == "zh-Hans":
        return f"今天是{when.year}年{when.month}月{when.day}日 星期{day}"
    if site.language == "zh-Hant":
        return f"{when.year}年{when.month}月{when.day}日（星期{day}）"
    if site.language == "ja":
        return f"{when.year}年{when.month}月{when.day}日（{day}）更新"
    return f"{when.year}.{when.month:02d}.{when.day:02d} ({day})"


def footer(site: Site, when: datetime) -> str:
    code = str(abs(hash_text(site.key)) % 10**10).zfill(10)
    icp = f"滇ICP备{code[:8]}号-1" if site.extra.get("region") != "院" else f"粤ICP备{code[2:10]}号"
    return FOOTERS[site.language].format(
        n=site.name, c=code, icp=icp, p=code + "0" * 4, y=when.year, p4=code[:4]
    )


def banner_text(site: Site, index: int) -> str:
    options = BANNERS[site.language]
    return options[index % len(options)].replace("{r}", site.name[:2])


def alert_text(site: Site, index: int) -> str:
    options = ALERTS[site.language]
    return options[index % len(options)]


def hash_text(text: str) -> int:
    """A process-independent hash (``hash()`` changes with PYTHONHASHSEED)."""
    value = 0
    for ch in text:
        value = (value * 131 + ord(ch)) % (2**61 - 1)
    return value
