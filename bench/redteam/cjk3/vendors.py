"""Third-party tags these sites really carry (analytics, CDNs, share buttons, accessibility
toolbars, the government site error-report button), written as plausible tags for this edition.
Which of them a site carries, and when, is decided per scenario (history.py)."""

# ruff: noqa: E501

from __future__ import annotations

import random

VENDORS: dict[str, str] = {
    "tongji": '<script>\nvar _hmt = _hmt || [];\n(function() {{\n  var hm = document.createElement("script");\n'
    '  hm.src = "https://hm.baidu.com/hm.js?{hex}";\n  var s = document.getElementsByTagName("script")[0];\n'
    "  s.parentNode.insertBefore(hm, s);\n}})();\n</script>",
    "cnzz": '<span id="cnzz_stat_icon_{num}" style="display:none"></span><script src="https://s9.cnzz.com/'
    'z_stat.php?id={num}&web_id={num}" type="text/javascript"></script>',
    "la51": '<script charset="UTF-8" id="LA_COLLECT" src="//sdk.51.la/js-sdk-pro.min.js"></script>\n'
    '<script>LA.init({{id:"{short}",ck:"{short}"}})</script>',
    "jiucuo": "<script id=\"_jiucuo_\" sitecode='{code}' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'>"
    "</script>",
    "conac": '<span id="_ideConac"><script type="text/javascript" src="https://dcs.conac.cn/js/{prov}/000/'
    '0000/{num}/CA{prov}0000000{num}0001.js"></script></span>',
    "bootcdn": '<script src="https://cdn.bootcdn.net/ajax/libs/jquery/1.12.4/jquery.min.js"></script>',
    "staticfile": '<script src="https://cdn.staticfile.net/swiper/4.5.1/js/swiper.min.js"></script>',
    "bdshare": '<script>window._bd_share_config={{"common":{{"bdText":"","bdMini":"2","bdStyle":"0",'
    '"bdSize":"16"}},"share":{{}}}};with(document)0[(getElementsByTagName("head")[0]||body).appendChild('
    "createElement('script')).src='https://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js"
    "?cdnversion='+~(-new Date()/36e5)];</script>",
    "wza": '<script defer src="https://wza.cloudaccess.com.cn/cniil/assist.js?sid={short}"></script>',
    "gtag": '<script async src="https://www.googletagmanager.com/gtag/js?id=G-{upper}"></script>\n<script>'
    "window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());"
    "gtag('config','G-{upper}');</script>",
    "naver": '<script src="//wcs.naver.net/wcslog.js"></script>\n<script>if(!wcs_add) var wcs_add = {{}};'
    'wcs_add["wa"] = "{short}";if(window.wcs){{wcs_do();}}</script>',
    "kakao": '<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js" crossorigin="anonymous">'
    "</script>",
    "fbsdk": '<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.'
    'facebook.net/zh_TW/sdk.js#xfbml=1&version=v19.0"></script>',
    "adsense": '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client='
    'ca-pub-{num}{num}" crossorigin="anonymous"></script>',
    "readspeaker": '<script src="https://cdn-apse1.readspeaker.com/script/{short}/webReader/webReader.js?pids='
    'wr" id="rs_req_Init"></script>',
    "tencentmap": '<script charset="utf-8" src="https://map.qq.com/api/gljs?v=1.exp&key={upper}-{upper}">'
    "</script>",
    "aliplayer": '<link rel="stylesheet" href="https://g.alicdn.com/apsara-media-box/imp-web-player/2.16.3/'
    'skins/default/aliplayer-min.css"><script src="https://g.alicdn.com/apsara-media-box/imp-web-player/'
    '2.16.3/aliplayer-min.js"></script>',
}

POOLS = {
    "mainland-gov": ("tongji", "jiucuo", "conac", "bootcdn", "wza", "cnzz", "bdshare"),
    "mainland-news": ("tongji", "cnzz", "la51", "staticfile", "bdshare", "aliplayer", "tencentmap"),
    "mainland-edu": ("tongji", "la51", "bootcdn", "wza", "conac"),
    "hk": ("gtag", "readspeaker", "fbsdk"),
    "hknews": ("gtag", "adsense", "fbsdk"),
    "taiwan": ("gtag", "fbsdk", "adsense"),
    "japan": ("gtag", "readspeaker"),
    "korea": ("naver", "kakao", "gtag"),
}


def pool(region: str, topic: str) -> tuple[str, ...]:
    if region == "mainland":
        kind = {"news": "news", "live": "news", "tv": "news", "college": "edu"}.get(topic, "gov")
        return POOLS[f"mainland-{kind}"]
    if region == "hongkong":
        return POOLS["hknews" if topic == "hknews" else "hk"]
    if region == "macao":
        return POOLS["hk"]
    return POOLS[region]


def tag(name: str, site_key: str) -> str:
    """The vendor's tag with the site's own account numbers (stable per site)."""
    rng = random.Random(f"cjk3-vendor:{site_key}:{name}")
    hexes = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    upper = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return VENDORS[name].format(
        hex=hexes,
        num=str(rng.randrange(10**7, 10**8)),
        short=hexes[:17].upper(),
        code=str(rng.randrange(10**9, 10**10)),
        prov=str(rng.choice((32, 34, 36, 42, 53))),
        upper=upper,
    )
