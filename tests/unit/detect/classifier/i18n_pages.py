# ruff: noqa: RUF001  (multilingual text: full-width punctuation in Chinese and Japanese is intended)
"""Ordinary news and notice pages in several languages, written for these tests (never from a corpus).

Every language tells the same story in the same article layout (navigation, article, related
links, footer), so the only difference between two of them is the language and script.
"""

from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    lang: str
    site: str
    title: str
    nav: tuple[str, ...]
    headline: str
    paragraphs: tuple[str, ...]
    related_heading: str
    related: tuple[str, ...]
    footer: tuple[str, ...]
    rtl: bool = False


def render(story: Story, charset: str = "utf-8") -> str:
    """The story as a normal article page."""
    esc = html.escape
    nav = "".join(f'<li><a href="/section/{k}">{esc(t)}</a></li>' for k, t in enumerate(story.nav))
    paras = "".join(f"<p>{esc(p)}</p>" for p in story.paragraphs)
    related = "".join(f'<li><a href="/article/{100 + k}">{esc(t)}</a></li>'
                      for k, t in enumerate(story.related))
    footer = " ".join(f'<a href="/info/{k}">{esc(t)}</a>' for k, t in enumerate(story.footer[:-1]))
    direction = ' dir="rtl"' if story.rtl else ""
    return (
        f'<!DOCTYPE html><html lang="{story.lang}"{direction}><head><meta charset="{charset}">'
        f"<title>{esc(story.title)} - {esc(story.site)}</title>"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="stylesheet" href="/static/site.css"></head>'
        f'<body><header><a class="logo" href="/">{esc(story.site)}</a><nav><ul>{nav}</ul></nav></header>'
        f"<main><article><h1>{esc(story.headline)}</h1>"
        f'<p class="byline"><time datetime="2024-03-04">2024-03-04</time></p>{paras}</article>'
        f"<aside><h2>{esc(story.related_heading)}</h2><ul>{related}</ul></aside></main>"
        f"<footer>{footer} <span>{esc(story.footer[-1])}</span></footer>"
        f'<script src="/static/site.js"></script></body></html>'
    )


LIBRARY_EN = Story(
    "en", "Evening News", "City library reopens after two years of renovation",
    ("Home", "Local", "Politics", "Economy", "Sport", "Weather"),
    "City library reopens after two years of renovation",
    ("The central library reopened on Monday after a renovation that took two years. The building now "
     "has a new reading room for children and longer opening hours.",
     "The mayor said the project cost less than planned. About three thousand residents visited on the "
     "first day, and many of them borrowed books.",
     "The library will be open every day from nine in the morning to eight in the evening. Entry remains "
     "free for all residents."),
    "Related stories",
    ("New bus line to the university", "Weekend weather: sunny and warm", "Schools prepare for the new term"),
    ("About us", "Contact", "Privacy policy", "© Evening News"),
)

LIBRARY_ZH_HANS = Story(
    "zh-CN", "晚报", "市图书馆翻修两年后重新开放",
    ("首页", "本地", "政治", "经济", "体育", "天气"),
    "市图书馆翻修两年后重新开放",
    ("中心图书馆在历时两年的翻修后于周一重新开放。大楼现在设有新的儿童阅览室，开放时间也更长。",
     "市长表示，该项目的花费低于计划。第一天约有三千名居民前来参观，其中许多人借阅了图书。",
     "图书馆将每天上午九点至晚上八点开放。所有居民仍可免费入馆。"),
    "相关新闻",
    ("通往大学的新公交线路", "周末天气：晴朗温暖", "学校为新学期做准备"),
    ("关于我们", "联系我们", "隐私政策", "版权所有 晚报"),
)

LIBRARY_JA = Story(
    "ja", "夕刊ニュース", "市立図書館、2年間の改装を終えて再開",
    ("ホーム", "地域", "政治", "経済", "スポーツ", "天気"),
    "市立図書館、2年間の改装を終えて再開",
    ("中央図書館は2年間にわたる改装工事を終え、月曜日に再開した。建物には子ども向けの新しい閲覧室が設けられ、"
     "開館時間も延長された。",
     "市長は、事業費が計画を下回ったと述べた。初日には約3千人の住民が訪れ、その多くが本を借りた。",
     "図書館は毎日午前9時から午後8時まで開館する。入館は引き続きすべての住民に無料である。"),
    "関連記事",
    ("大学への新しいバス路線", "週末の天気：晴れて暖かく", "新学期に向けて学校が準備"),
    ("会社概要", "お問い合わせ", "プライバシーポリシー", "© 夕刊ニュース"),
)

LIBRARY_KO = Story(
    "ko", "저녁뉴스", "시립도서관, 2년간의 리모델링 마치고 재개관",
    ("홈", "지역", "정치", "경제", "스포츠", "날씨"),
    "시립도서관, 2년간의 리모델링 마치고 재개관",
    ("중앙도서관이 2년에 걸친 리모델링 공사를 마치고 월요일에 다시 문을 열었다. 건물에는 어린이를 위한 새 "
     "열람실이 생겼고 개관 시간도 늘어났다.",
     "시장은 사업비가 계획보다 적게 들었다고 밝혔다. 첫날에는 주민 약 3천 명이 방문했으며 그중 많은 사람이 "
     "책을 빌렸다.",
     "도서관은 매일 오전 9시부터 오후 8시까지 운영된다. 모든 주민은 계속 무료로 입장할 수 있다."),
    "관련 기사",
    ("대학교로 가는 새 버스 노선", "주말 날씨: 맑고 따뜻함", "새 학기를 준비하는 학교들"),
    ("회사 소개", "문의하기", "개인정보 처리방침", "© 저녁뉴스"),
)

LIBRARY_AR = Story(
    "ar", "أخبار المساء", "إعادة افتتاح مكتبة المدينة بعد عامين من التجديد",
    ("الرئيسية", "محليات", "سياسة", "اقتصاد", "رياضة", "الطقس"),
    "إعادة افتتاح مكتبة المدينة بعد عامين من التجديد",
    ("أعيد افتتاح المكتبة المركزية يوم الاثنين بعد أعمال تجديد استمرت عامين. ويضم المبنى الآن قاعة مطالعة "
     "جديدة للأطفال وساعات عمل أطول.",
     "وقال رئيس البلدية إن تكلفة المشروع جاءت أقل من المخطط لها. وزار المكتبة نحو ثلاثة آلاف من السكان في "
     "اليوم الأول، واستعار كثير منهم الكتب.",
     "ستفتح المكتبة أبوابها يوميا من الساعة التاسعة صباحا حتى الثامنة مساء. "
     "ويبقى الدخول مجانيا لجميع السكان."),
    "أخبار ذات صلة",
    ("خط حافلات جديد إلى الجامعة", "طقس نهاية الأسبوع: مشمس ودافئ", "المدارس تستعد للفصل الدراسي الجديد"),
    ("من نحن", "اتصل بنا", "سياسة الخصوصية", "© أخبار المساء"),
    rtl=True,
)

LIBRARY_RU = Story(
    "ru", "Вечерние новости", "Городская библиотека открылась после двухлетнего ремонта",
    ("Главная", "Город", "Политика", "Экономика", "Спорт", "Погода"),
    "Городская библиотека открылась после двухлетнего ремонта",
    ("Центральная библиотека вновь открылась в понедельник после ремонта, который длился два года. Теперь в "
     "здании есть новый читальный зал для детей, а часы работы стали дольше.",
     "Мэр сообщил, что проект обошёлся дешевле, чем планировалось. В первый день библиотеку посетили около "
     "трёх тысяч жителей, и многие из них взяли книги.",
     "Библиотека будет работать ежедневно с девяти утра до восьми вечера. Вход по-прежнему бесплатный для "
     "всех жителей."),
    "Читайте также",
    ("Новый автобусный маршрут до университета", "Погода на выходные: солнечно и тепло",
     "Школы готовятся к новому учебному году"),
    ("О нас", "Контакты", "Политика конфиденциальности", "© Вечерние новости"),
)

ROADWORKS_EN = Story(
    "en", "City Government", "Notice on road maintenance works on Zhongshan Road",
    ("Home", "About the government", "News", "Public notices", "Services", "Contact"),
    "Notice on road maintenance works on Zhongshan Road",
    ("To improve road safety, the Transport Department will resurface Zhongshan Road from 3 March to "
     "28 March. Work will take place every night from 10 p.m. to 6 a.m.",
     "During the works, one lane in each direction will stay open. Buses will keep their usual routes, but "
     "some stops will move temporarily.",
     "Residents can call the city service line with questions. We apologise for the inconvenience and thank "
     "the public for its understanding."),
    "Related notices",
    ("Water supply interruption in the eastern district", "Applications open for the youth summer programme",
     "Public consultation on the new park"),
    ("Privacy policy", "Accessibility", "Site map", "© City Government"),
)

ROADWORKS_ZH_HANT = Story(
    "zh-TW", "市政府", "有關中山路道路維修工程的公告",
    ("首頁", "政府簡介", "新聞", "公告", "市民服務", "聯絡我們"),
    "有關中山路道路維修工程的公告",
    ("為提升道路安全，交通局將於三月三日至三月二十八日重鋪中山路路面。工程於每晚十時至翌日清晨六時進行。",
     "施工期間，每個方向將保留一條行車線。公車維持原有路線，但部分車站將暫時遷移。",
     "市民如有疑問，可致電市政服務專線查詢。對於造成的不便，本府深表歉意，並感謝市民的體諒。"),
    "相關公告",
    ("東區暫停供水通知", "青年暑期計劃開放申請", "新公園公眾諮詢"),
    ("隱私政策", "無障礙服務", "網站地圖", "© 市政府"),
)

#: (translated story, the English story of the same meaning)
TRANSLATED: dict[str, tuple[Story, Story]] = {
    "zh-hans": (LIBRARY_ZH_HANS, LIBRARY_EN),
    "zh-hant": (ROADWORKS_ZH_HANT, ROADWORKS_EN),
    "ja": (LIBRARY_JA, LIBRARY_EN),
    "ko": (LIBRARY_KO, LIBRARY_EN),
    "ar": (LIBRARY_AR, LIBRARY_EN),
    "ru": (LIBRARY_RU, LIBRARY_EN),
}
