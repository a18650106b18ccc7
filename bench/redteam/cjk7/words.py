# ruff: noqa: RUF001 - page furniture in CJK scripts
"""The words every page of a site carries: section headings, location, home, more, live."""

from types import MappingProxyType

WORDS = MappingProxyType(
    {  # news heading, notices heading, location, home, more, live
        "zh-Hans": ("要闻动态", "通知公告", "当前位置：", "首页", "更多>>", "正在直播"),
        "zh-Hant": ("最新消息", "公告", "目前位置：", "首頁", "更多", "LIVE 直播中"),
        "ja": ("新着情報", "お知らせ", "現在位置：", "ホーム", "一覧へ", "ライブ配信中"),
        "ko": ("주요소식", "공지사항", "현재위치 : ", "홈", "더보기", "생중계"),
    }
)
