"""Third-party tags these sites really carry (analytics, share buttons, accessibility toolbars,
CDN libraries, the government-site identity and error-report badges), written as each vendor's
embed code looks; ``{id}`` is a per-site account number."""

# ruff: noqa: E501

from __future__ import annotations

VENDORS: dict[str, tuple[tuple[str, ...], str]] = {
    "baidu-tongji": (
        ("mainland", "mo"),
        (
            '<script>\nvar _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement("script");\n'
            '  hm.src = "https://hm.baidu.com/hm.js?{id}";\n  var s = document.getElementsByTagName("script")[0];\n'
            "  s.parentNode.insertBefore(hm, s);\n})();\n</script>"
        ),
    ),
    "cnzz": (
        ("mainland",),
        (
            '<span style="display:none"><script type="text/javascript">document.write(unescape("%3Cspan '
            "id='cnzz_stat_icon_{num}'%3E%3C/span%3E%3Cscript src='https://s4.cnzz.com/z_stat.php%3Fid%3D{num}' "
            "type='text/javascript'%3E%3C/script%3E\"));</script></span>"
        ),
    ),
    "la51": (
        ("mainland",),
        '<script charset="UTF-8" id="LA_COLLECT" src="//sdk.51.la/js-sdk-pro.min.js"></script>\n'
        '<script>LA.init({id:"{id}",ck:"{id}"})</script>',
    ),
    "baidu-share": (
        ("mainland",),
        (
            '<div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more"></a><a href="#" '
            'class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" '
            'data-cmd="tsina" title="分享到新浪微博"></a></div>\n<script>window._bd_share_config={"common":'
            '{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};'
            "with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src="
            "'/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>"
        ),
    ),
    "jweixin": (("mainland",), '<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>'),
    "jiucuo": (
        ("mainland",),
        (
            '<span id="_span_jiucuo"></span><script id="_jiucuo_" sitecode=\'{bsm}\' '
            "src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>"
        ),
    ),
    "conac": (
        ("mainland",),
        (
            '<span id="_ideConac"><script type="text/javascript" src="https://dcs.conac.cn/js/33/000/0000/'
            '{num}/CA330000000{num}0002.js"></script></span>'
        ),
    ),
    "wza-toolbar": (
        ("mainland",),
        '<script defer async type="text/javascript" '
        'src="https://www.wzatoolbar.cn/cniil/assist.js?sid={num}&pos=left"></script>',
    ),
    "bootcdn-jquery": (
        ("mainland",),
        '<script src="https://cdn.bootcdn.net/ajax/libs/jquery/1.12.4/jquery.min.js"></script>',
    ),
    "staticfile-swiper": (
        ("mainland",),
        '<script src="https://cdn.staticfile.org/Swiper/4.5.1/js/swiper.min.js"></script>',
    ),
    "gtag": (
        ("hk", "mo", "tw", "jp", "kr"),
        (
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-{ID}"></script>\n<script>\n'
            "  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n"
            "  gtag('js', new Date());\n  gtag('config', 'G-{ID}');\n</script>"
        ),
    ),
    "addtoany": (
        ("hk", "mo", "tw"),
        '<script async src="https://static.addtoany.com/menu/page.js"></script>',
    ),
    "fb-sdk": (
        ("tw", "mo"),
        '<div id="fb-root"></div>\n<script async defer crossorigin="anonymous" '
        'src="https://connect.facebook.net/zh_TW/sdk.js#xfbml=1&version=v18.0"></script>',
    ),
    "jsdelivr": (
        ("hk", "tw", "jp", "kr", "mo"),
        '<script src="https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js"></script>',
    ),
    "naver-wcs": (
        ("kr",),
        '<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>\n'
        '<script type="text/javascript">if(!wcs_add) var wcs_add = {};wcs_add["wa"] = "{id}";'
        "if(window.wcs) {wcs_do();}</script>",
    ),
    "readspeaker": (
        ("jp", "hk"),
        '<script src="https://cdn-apse1.readspeaker.com/script/{num}/webReader/webReader.js'
        '?pids=wr" type="text/javascript" id="rs_req_Init"></script>',
    ),
    "kakao": (
        ("kr",),
        '<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.6.0/kakao.min.js" crossorigin="anonymous">'
        "</script>",
    ),
}


def vendor_tag(key: str, account: int) -> str:
    _, tag = VENDORS[key]
    return (
        tag.replace("{id}", f"{account:032x}"[:32])
        .replace("{num}", str(account % 10**9))
        .replace("{ID}", f"{account:010X}"[:10])
        .replace("{bsm}", str(account % 10**10))
    )


def vendors_for(region: str) -> list[str]:
    return [key for key, (regions, _) in VENDORS.items() if region in regions]
