"""Interface words of each language (navigation, footers, labels), written for this edition."""

# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime

NAV = {
    "zh-Hans": ("首页", "政务公开", "政务服务", "互动交流", "数据发布", "专题专栏", "走进本地"),
    "zh-Hans-news": ("首页", "要闻", "本地", "财经", "社会", "文旅", "视频", "评论", "专题"),
    "zh-Hans-edu": ("学校首页", "学校概况", "机构设置", "教育教学", "招生就业", "校园文化", "信息公开"),
    "zh-Hant": ("首頁", "關於我們", "新聞稿", "公共服務", "公告", "刊物", "聯絡我們"),
    "zh-Hant-news": ("首頁", "港聞", "兩岸", "國際", "財經", "體育", "娛樂", "社評"),
    "zh-Hant-blog": ("首頁", "熱門文章", "旅遊", "美食", "生活", "3C", "相簿", "論壇"),
    "ja": ("ホーム", "新着情報", "職員ブログ", "政策", "報道発表", "統計", "お問い合わせ"),
    "ko": ("홈", "기관소개", "사업안내", "알림마당", "정보공개", "고객센터"),
}
NAV_NEW = {  # the navigation a redesign brings
    "zh-Hans": ("首页", "要闻动态", "信息公开", "政务服务", "政民互动", "数据开放", "专题专栏", "无障碍浏览"),
    "zh-Hans-news": ("首页", "时政", "民生", "经济", "法治", "文旅", "直播", "融媒号", "客户端"),
    "zh-Hans-edu": (
        "首页",
        "学院概况",
        "院系专业",
        "人才培养",
        "科研服务",
        "合作交流",
        "招生就业",
        "智慧校园",
    ),
    "zh-Hant": ("主頁", "最新消息", "服務指南", "資訊中心", "開放數據", "常見問題", "聯絡"),
    "zh-Hant-news": ("即時", "港澳", "中國", "國際", "經濟", "體育", "影音", "專題"),
    "zh-Hant-blog": ("首頁", "探索", "旅行日記", "吃吃喝喝", "生活誌", "科技玩物", "社群"),
    "ja": ("トップ", "お知らせ", "ブログ一覧", "政策・施策", "報道・広報", "データ", "よくある質問"),
    "ko": ("홈", "진흥원 소개", "주요사업", "소통·참여", "정보공개", "데이터 서비스", "ENGLISH"),
}
COLUMNS = {
    "zh-Hans": ("通知公告", "工作动态", "政策文件", "政策解读"),
    "zh-Hans-news": ("要闻", "本地", "财经", "社会"),
    "zh-Hans-edu": ("学校要闻", "通知公告", "学术动态", "媒体聚焦"),
    "zh-Hant": ("新聞稿", "公告", "活動"),
    "zh-Hant-news": ("港聞", "財經", "體育", "即時"),
    "zh-Hant-blog": ("最新文章", "熱門討論", "精選"),
    "ja": ("新着情報", "職員ブログ", "報道発表"),
    "ko": ("공지사항", "보도자료", "입찰공고"),
}
WORDS = {
    "zh-Hans": {"more": "更多>>", "search": "搜索", "searchph": "请输入关键字", "visits": "访问量",
                "contact": "联系电话", "address": "地址", "sitemap": "网站地图", "about": "关于本站",
                "hotline": "政务服务热线", "today": "今天是", "mobile": "手机版", "older": "长者模式",
                "access": "无障碍", "scan": "扫一扫关注微信公众号", "home": "首页", "here": "当前位置"},
    "zh-Hant": {"more": "更多", "search": "搜尋", "searchph": "請輸入關鍵字", "visits": "瀏覽人次",
                "contact": "查詢電話", "address": "地址", "sitemap": "網站地圖", "about": "關於本網站",
                "hotline": "查詢熱線", "today": "今天是", "mobile": "手機版", "older": "長者模式",
                "access": "無障礙", "scan": "掃描關注官方帳號", "home": "首頁", "here": "目前位置"},
    "ja": {"more": "一覧へ", "search": "検索", "searchph": "サイト内検索", "visits": "アクセス数",
           "contact": "お問い合わせ", "address": "所在地", "sitemap": "サイトマップ", "about": "このサイトについて",
           "hotline": "代表電話", "today": "本日", "mobile": "スマートフォン版", "older": "文字サイズ",
           "access": "アクセシビリティ", "scan": "公式アカウント", "home": "ホーム", "here": "現在地"},
    "ko": {"more": "더보기", "search": "검색", "searchph": "검색어를 입력하세요", "visits": "방문자",
           "contact": "대표전화", "address": "주소", "sitemap": "사이트맵", "about": "개인정보처리방침",
           "hotline": "고객센터", "today": "오늘", "mobile": "모바일", "older": "글자크기",
           "access": "웹접근성", "scan": "공식 채널", "home": "홈", "here": "현재 위치"},
}  # fmt: skip
KIND_OF_TOPIC = {"news": "news", "live": "news", "tv": "news", "hknews": "news", "college": "edu",
                 "blog": "blog"}  # fmt: skip


def flavour(lang: str, topic: str) -> str:
    """The key of NAV/COLUMNS for a site: its language, and its kind where that has its own words."""
    kind = KIND_OF_TOPIC.get(topic, "")
    key = f"{lang}-{kind}" if kind else lang
    return key if key in NAV else lang


def nav_labels(lang: str, topic: str, gen: int) -> tuple[str, ...]:
    """The site's navigation: the old one, or after a redesign the new one."""
    return (NAV_NEW if gen else NAV)[flavour(lang, topic)]


def words(lang: str) -> dict[str, str]:
    return WORDS["zh-Hant" if lang == "zh-Hant" else lang if lang in WORDS else "zh-Hans"]


def date(when: datetime, lang: str, style: int = 0) -> str:
    if lang == "ko":
        return f"{when:%Y.%m.%d}"
    if lang in ("ja", "zh-Hant") and style:
        return f"{when.year}年{when.month}月{when.day}日"
    return f"{when:%Y-%m-%d}" if style == 0 else f"{when:%m-%d}"
