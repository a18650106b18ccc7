"""Third-party tags the sites really carry, written for this edition: Chinese analytics and CDNs,
the government-site badges, and the foreign sites' own. ``{id}`` is filled per site."""

# ruff: noqa: E501

from __future__ import annotations

VENDORS: dict[str, str] = {
    "baidu-tongji": '<script>\nvar _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement("script");\n  hm.src = "https://hm.baidu.com/hm.js?{id}";\n  var s = document.getElementsByTagName("script")[0];\n  s.parentNode.insertBefore(hm, s);\n})();\n</script>',
    "cnzz": '<span style="display:none"><script src="https://s9.cnzz.com/z_stat.php?id=12{num}&web_id=12{num}" language="JavaScript"></script></span>',
    "51la": '<script charset="UTF-8" id="LA_COLLECT" src="//sdk.51.la/js-sdk-pro.min.js"></script>\n<script>LA.init({id:"{id8}",ck:"{id8}"})</script>',
    "qq-tajs": '<script src="https://tajs.qq.com/stats?sId=6{num}" charset="UTF-8"></script>',
    "jweixin": '<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>',
    "bootcdn": '<script src="https://cdn.bootcdn.net/ajax/libs/jquery/1.12.4/jquery.min.js"></script>',
    "baomitu": '<link rel="stylesheet" href="https://lib.baomitu.com/Swiper/4.5.1/css/swiper.min.css">',
    "staticfile": '<script src="https://cdn.staticfile.org/layer/3.1.1/layer.js"></script>',
    "baidu-push": "<script>\n(function(){\n    var bp = document.createElement('script');\n    bp.src = 'https://zz.bdstatic.com/linksubmit/push.js';\n    var s = document.getElementsByTagName(\"script\")[0];\n    s.parentNode.insertBefore(bp, s);\n})();\n</script>",
    "conac": '<span id="_ideConac"><script type="text/javascript" src="https://dcs.conac.cn/js/{area}/{id8}.js"></script></span>',
    "jiucuo": "<script id=\"_jiucuo_\" sitecode='{code}' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>",
    "wza": '<script defer src="https://wza.{host}/wza2024/aria.js?appid={id8}" charset="utf-8"></script>',
    "gtag": "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-{id8}\"></script>\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-{id8}');</script>",
    "addtoany": '<script async src="https://static.addtoany.com/menu/page.js"></script>',
    "readspeaker": '<script src="//cdn1.readspeaker.com/script/{num}/webReader/webReader.js?pids=wr" type="text/javascript"></script>',
    "naver-wcs": '<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>\n<script type="text/javascript">if(!wcs_add) var wcs_add = {};wcs_add["wa"] = "{id8}";if(window.wcs) {wcs_do();}</script>',
    "kakao": '<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.6.0/kakao.min.js" crossorigin="anonymous"></script>',
    "adsense": '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-{num}{num}" crossorigin="anonymous"></script>',
    "fb-sdk": '<div id="fb-root"></div>\n<script async defer crossorigin="anonymous" src="https://connect.facebook.net/zh_HK/sdk.js#xfbml=1&version=v18.0"></script>',
    "wp-emoji": '<script src="/wp-includes/js/wp-emoji-release.min.js?ver=6.4.3" defer></script>',
}

# Which tags each kind of site draws from (the first two are there from the start).
POOLS: dict[str, tuple[str, ...]] = {
    "zh-CN-gov": ("jiucuo", "conac", "baidu-tongji", "wza", "jweixin", "bootcdn", "cnzz"),
    "zh-CN-news": (
        "baidu-tongji",
        "cnzz",
        "51la",
        "baidu-push",
        "jweixin",
        "qq-tajs",
        "staticfile",
        "baomitu",
    ),
    "zh-CN-other": ("baidu-tongji", "jweixin", "cnzz", "51la", "bootcdn", "baidu-push"),
    "zh-HK": ("gtag", "fb-sdk", "addtoany", "adsense"),
    "zh-MO": ("gtag", "fb-sdk", "adsense", "addtoany"),
    "zh-TW": ("gtag", "adsense", "wp-emoji", "fb-sdk", "addtoany"),
    "ja": ("gtag", "readspeaker"),
    "ko": ("naver-wcs", "kakao", "gtag"),
}


def pool_for(lang: str, style: str) -> tuple[str, ...]:
    if lang == "zh-CN":
        if style in ("provincial-portal", "municipal-portal", "ministry", "service-hall"):
            return POOLS["zh-CN-gov"]
        if style in ("news-portal", "live-news", "county-media"):
            return POOLS["zh-CN-news"]
        return POOLS["zh-CN-other"]
    return POOLS[lang]


def tag(name: str, host: str, num: str, id8: str, id32: str, code: str) -> str:
    return (
        VENDORS[name]
        .replace("{id}", id32)
        .replace("{id8}", id8)
        .replace("{num}", num)
        .replace("{code}", code)
        .replace("{area}", "bm" if "mwr" in host else "jx")
        .replace("{host}", host.removeprefix("www."))
    )
