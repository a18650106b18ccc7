# ruff: noqa: RUF001, E501 - a table of page text in CJK scripts, one entry a line
"""Legitimate changes that look dangerous: security news, warnings, maintenance notices, new vendors."""

from __future__ import annotations

from types import MappingProxyType

SECURITY_NEWS = MappingProxyType(
    {
        "zh-Hans": (
            "网信部门通报：{p}一家单位网站遭黑客篡改 责任人被约谈",
            "警方破获一起非法侵入计算机信息系统案 {n}名嫌疑人落网",
            "关于防范不法分子冒充政府网站实施诈骗的风险提示",
            "国家网络安全宣传周｜警惕“博彩”“刷单”类诈骗链接",
        ),
        "zh-Hant": (
            "網絡攻擊｜黑客入侵{p}一間機構系統　{n}萬客戶資料恐外洩",
            "快訊／境外駭客攻擊政府網站　數位部：已全數阻擋",
            "警方拘捕{n}人涉竄改網頁及勒索　涉款逾百萬",
            "提防假冒網站！當局提醒市民切勿點擊不明連結",
        ),
        "ja": (
            "ランサムウェア被害　{p}の病院で電子カルテ停止",
            "市ホームページへの不正アクセスについて（お詫びとご報告）",
            "サイバー攻撃で受注システム障害　{n}社に影響",
            "なりすましメールにご注意ください",
        ),
        "ko": (
            "개인정보 유출 사고 관련 사과문",
            "해킹 메일(피싱) 주의 안내",
            "홈페이지 변조 시도 차단 관련 안내",
            "경찰, 불법 도박사이트 운영 조직 {n}명 검거",
        ),
    }
)

BANNERS = MappingProxyType(
    {
        "zh-Hans": (
            "系统升级公告：本站将于{m}月{d}日00:00至06:00进行系统维护，期间部分栏目暂停访问。",
            "重要提醒：本单位从未通过短信发送退税、补贴领取链接，谨防诈骗！",
        ),
        "zh-Hant": (
            "系統維護通知：{m}月{d}日凌晨2時至5時暫停網上服務。",
            "緊急通告：因颱風影響，今日所有服務暫停。",
        ),
        "ja": (
            "【重要】システムメンテナンスのため、{m}月{d}日 1:00〜5:00 一部サービスを停止します。",
            "【大雨警報】避難情報を確認してください。",
        ),
        "ko": (
            "[점검안내] {m}월 {d}일 02:00~06:00 홈페이지 서버 점검이 있습니다.",
            "[긴급] 태풍 대비 비상근무 체계 운영 중",
        ),
    }
)

# (html, kind) snippets of real vendors a site may adopt later in its history.
NEW_VENDORS = MappingProxyType(
    {
        "zh-Hans": (
            '<script id="_jiucuo_" sitecode="3301080001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>',
            '<script src="https://static.meiqia.com/widget/loader.js" async></script>',
            '<script charset="UTF-8" id="LA_COLLECT" src="//sdk.51.la/js-sdk-pro.min.js"></script>',
        ),
        "zh-Hant": (
            '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0191a2b3"></script>',
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
            '<script async defer crossorigin="anonymous" src="https://connect.facebook.net/zh_TW/sdk.js"></script>',
        ),
        "ja": (
            '<script async src="https://s.yimg.jp/images/listing/tool/cv/ytag.js"></script>',
            '<script src="https://cdn.channel.io/plugin/ch-plugin-web.js" async></script>',
            '<script src="https://cdn.treasuredata.com/sdk/2.5/td.min.js"></script>',
        ),
        "ko": (
            '<script type="text/javascript" src="//t1.daumcdn.net/kas/static/kp.js"></script>',
            '<script src="https://cdn.channel.io/plugin/ch-plugin-web.js" async></script>',
            '<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js" crossorigin="anonymous"></script>',
        ),
    }
)

BASE_VENDORS = MappingProxyType(
    {
        "zh-Hans": '<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");'
        'hm.src="https://hm.baidu.com/hm.js?{h}";var s=document.getElementsByTagName("script")[0];'
        "s.parentNode.insertBefore(hm,s);}})();</script>",
        "zh-Hant": '<script async src="https://www.googletagmanager.com/gtag/js?id=G-{h}"></script>',
        "ja": '<script async src="https://www.googletagmanager.com/gtag/js?id=G-{h}"></script>',
        "ko": '<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>'
        '<script>if(!wcs_add) var wcs_add={{}};wcs_add["wa"]="{h}";wcs_do();</script>',
    }
)
