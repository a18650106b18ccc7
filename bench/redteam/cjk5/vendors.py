"""Legitimate third-party scripts and widgets the sites add (or drop) over their lives."""

from __future__ import annotations

import hashlib

from .sites import Site


def _id(site: Site, vendor: str, length: int = 32) -> str:
    return hashlib.sha256(f"{site.key}/{vendor}".encode()).hexdigest()[:length]


def _num(site: Site, vendor: str, digits: int = 10) -> str:
    return str(int(_id(site, vendor, 12), 16))[:digits]


def snippet(site: Site, vendor: str) -> str:
    """The markup a vendor's embed code puts into the page (ids stable per site)."""
    if vendor == "baidu-tongji":
        return (
            '<script>\nvar _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement("script");\n'
            f'  hm.src = "https://hm.baidu.com/hm.js?{_id(site, vendor)}";\n'
            '  var s = document.getElementsByTagName("script")[0];\n  s.parentNode.insertBefore(hm, s);\n'
            "})();\n</script>"
        )
    if vendor == "cnzz":
        n = _num(site, vendor)
        return (
            f'<span id="cnzz_stat_icon_{n}"></span><script src="https://s4.cnzz.com/z_stat.php?id={n}&w'
            f'eb_id={n}" '
            'type="text/javascript"></script>'
        )
    if vendor == "51la":
        return (
            f'<script charset="UTF-8" id="LA_COLLECT" src="//sdk.51.la/js-sdk-pro.min.js"></script>\n'
            f'<script>LA.init({{id:"{_id(site, vendor, 16)}",ck:"{_id(site, vendor, 16)}"}})</script>'
        )
    if vendor == "jquery-bootcdn":
        return '<script src="https://cdn.bootcdn.net/ajax/libs/jquery/3.7.1/jquery.min.js"></script>'
    if vendor == "swiper-jsdelivr":
        return '<script src="https://cdn.jsdelivr.net/npm/swiper@11/swiper-bundle.min.js"></script>'
    if vendor == "layui-staticfile":
        return '<script src="https://cdn.staticfile.net/layui/2.9.8/layui.min.js"></script>'
    if vendor == "dayjs-unpkg":
        return '<script src="https://unpkg.com/dayjs@1.11.10/dayjs.min.js"></script>'
    if vendor == "wechat-jssdk":
        return (
            '<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>\n'
            f"<script>wx.config({{debug:false,appId:'wx{_id(site, vendor, 16)}',timestamp:0,nonceStr:'',"
            "signature:'',jsApiList:['updateAppMessageShareData']});</script>"
        )
    if vendor == "baidu-map":
        return f'<script src="https://api.map.baidu.com/api?v=3.0&ak={_id(site, vendor, 24)}"></script>'
    if vendor == "amap":
        return f'<script src="https://webapi.amap.com/maps?v=2.0&key={_id(site, vendor, 32)}"></script>'
    if vendor == "hls-player":
        return (
            '<script src="https://cdn.jsdelivr.net/npm/hls.js@1.5.7/dist/hls.min.js"></script>\n'
            '<script src="https://g.alicdn.com/apsara-media-box/imp-web-player/2.20.3/aliplayer-min.js"></script>'
        )
    if vendor == "gtag":
        g = _id(site, vendor, 10).upper()
        return (
            f'<script async src="https://www.googletagmanager.com/gtag/js?id=G-{g}"></script>\n'
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            f"gtag('js',new Date());gtag('config','G-{g}');</script>"
        )
    if vendor == "kakao-sdk":
        return (
            '<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js" crossorigin="anonymo'
            'us"></script>\n'
            f"<script>Kakao.init('{_id(site, vendor)}');</script>"
        )
    if vendor == "naver-wcs":
        return (
            '<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>\n'
            f'<script type="text/javascript">if(!wcs_add) var wcs_add = {{}};wcs_add["wa"] = '
            f'"{_id(site, vendor, 14)}";'
            "if(window.wcs) {wcs_do();}</script>"
        )
    if vendor == "kakao-map":
        return (
            f'<script src="//dapi.kakao.com/v2/maps/sdk.js?appkey={_id(site, vendor)}&libraries=service'
            's"></script>'
        )
    if vendor == "line-share":
        return (
            '<script src="https://www.line-website.com/social-plugins/js/thirdparty/loader.min.js" asyn'
            'c="async" '
            'defer="defer"></script>'
        )
    if vendor == "x-widgets":
        return '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
    if vendor == "zoomsight":
        return f'<script src="https://zoomsight-sv.jp/{_id(site, vendor, 6)}/controller/zsv.js"></script>'
    if vendor == "readspeaker":
        return (
            f'<script src="https://cdn-apac.readspeaker.com/script/{_num(site, vendor, 5)}/webReader/we'
            "bReader.js"
            '?pids=wr" id="rs_req_Init"></script>'
        )
    if vendor == "youtube":
        return (
            f'<iframe width="360" height="203" src="https://www.youtube.com/embed/{_id(site, vendor, 11)}" '
            'title="YouTube video player" frameborder="0" allowfullscreen></iframe>'
        )
    if vendor == "nprotect":
        return '<script src="/nppfs/nppfs-1.13.0.js" charset="utf-8"></script>'
    if vendor == "recaptcha":
        return '<script src="https://www.google.com/recaptcha/api.js" async defer></script>'
    raise KeyError(vendor)


POOLS: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "baidu-tongji",
        "cnzz",
        "51la",
        "jquery-bootcdn",
        "swiper-jsdelivr",
        "layui-staticfile",
        "dayjs-unpkg",
        "wechat-jssdk",
        "baidu-map",
        "amap",
    ),
    "zh-Hant": (
        "gtag",
        "jquery-bootcdn",
        "swiper-jsdelivr",
        "youtube",
        "x-widgets",
        "readspeaker",
        "dayjs-unpkg",
    ),
    "ja": ("gtag", "zoomsight", "readspeaker", "line-share", "x-widgets", "youtube", "swiper-jsdelivr"),
    "ko": ("naver-wcs", "kakao-sdk", "kakao-map", "gtag", "nprotect", "recaptcha", "swiper-jsdelivr"),
}


def pool(site: Site) -> tuple[str, ...]:
    extra = ("hls-player",) if site.kind == "tv-live" else ()
    return POOLS[site.language] + extra
