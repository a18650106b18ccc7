# ruff: noqa: RUF001, E501  (CJK text is written with its own full-width punctuation)
"""Legitimate changes that look dangerous: security news in the site's language, new vendor
scripts, notices and banners, per language."""

from __future__ import annotations

SECURITY_NEWS = {
    "hans": (
        "市网信办通报：{n}家单位网站存在被篡改风险，限期整改",
        "警惕！冒充“医保局”的钓鱼网站又出现了",
        "黑客入侵多家网站植入赌博链接 两名男子被判刑",
        "网络安全宣传周｜教你识别挂马网页和虚假客服",
        "勒索病毒攻击致{p}一企业停产 警方提醒及时备份",
    ),
    "hant": (
        "網站遭駭客入侵置換首頁 警方已介入調查",
        "假冒銀行網站詐騙 {n}人受害損失逾百萬",
        "資安週報：惡意程式藏身廣告 竊取信用卡資料",
        "{p}某機構網頁被植入賭博廣告 已緊急下架",
        "勒索軟體攻擊醫院系統 掛號暫停{n}小時",
    ),
    "ja": (
        "市のホームページが改ざん被害 不正なリンク埋め込まれる",
        "ランサムウェア攻撃で病院の電子カルテ停止 {p}",
        "通販サイトに不正スクリプト カード情報{n}件流出か",
        "「サポート詐欺」の偽警告画面に注意 県警が呼び掛け",
    ),
    "ko": (
        "해커 조직, 공공기관 홈페이지 변조…경찰 수사 착수",
        "쇼핑몰 결제창에 악성코드 심어 카드정보 {n}건 빼돌려",
        "{p} 대학 홈페이지에 도박 광고 링크…긴급 삭제",
        "랜섬웨어 공격에 병원 전산 마비…진료 차질",
    ),
}

NOTICES = {
    "hans": (
        "系统维护公告：本站将于{n}日凌晨0:00至6:00进行安全升级，期间暂停访问。",
        "郑重声明：近期发现有不法分子冒用本单位名义建立虚假网站，请广大群众提高警惕。",
    ),
    "hant": (
        "系統維護公告：本網站將於本月{n}日凌晨進行資安更新，暫停服務約四小時。",
        "重要聲明：近日有假冒本機構之網站及簡訊，請勿點擊不明連結。",
    ),
    "ja": (
        "【重要】システムメンテナンスのため、{n}日 2:00～5:00 は閲覧できません。",
        "当社を装った不審なメールにご注意ください。添付ファイルは開かずに削除してください。",
    ),
    "ko": (
        "[공지] 서버 보안 점검으로 {n}일 새벽 2시부터 4시까지 접속이 제한됩니다.",
        "본 기관을 사칭한 피싱 문자에 주의하시기 바랍니다.",
    ),
}

MOURNING = {
    "hans": "沉痛悼念遇难同胞",
    "hant": "深切哀悼罹難者",
    "ja": "犠牲になられた方々に謹んで哀悼の意を表します",
    "ko": "희생자분들의 명복을 빕니다",
}

VENDORS = {
    "hans": (
        '<script src="https://hm.baidu.com/hm.js?{hex}"></script>',
        '<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>',
        '<script src="https://s9.cnzz.com/z_stat.php?id=12{n}88&amp;web_id=12{n}88"></script>',
        '<script src="https://g.alicdn.com/AWSC/AWSC/awsc.js" async></script>',
    ),
    "hant": (
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-{HEX}"></script>',
        '<script async defer src="https://connect.facebook.net/zh_TW/sdk.js#xfbml=1"></script>',
        '<script src="https://cdn.jsdelivr.net/npm/swiper@11/swiper-bundle.min.js"></script>',
    ),
    "ja": (
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-{HEX}"></script>',
        '<script src="https://b.st-hatena.com/js/bookmark_button.js" async></script>',
        '<script src="https://platform.twitter.com/widgets.js" charset="utf-8" async></script>',
    ),
    "ko": (
        '<script src="//wcs.naver.net/wcslog.js"></script>',
        '<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js" crossorigin="anonymous"></script>',
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-{HEX}"></script>',
    ),
}

CAPTIONS = {
    "hans": "图为{p}现场。（记者 摄）",
    "hant": "圖為{p}現場。（資料照片）",
    "ja": "{p}の様子（本社撮影）",
    "ko": "{p} 현장 모습. 한빛일보 DB",
}
