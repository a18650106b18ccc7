"""Script tags of the analytics, CDN and government-service vendors such sites really embed, with
per-site ids. Written for this edition; ids are derived from the site key, so a site keeps its ids."""

# ruff: noqa: E501 - page markup reads best one element a line

from __future__ import annotations

import hashlib

from .model import Site


def _hex(site: Site, salt: str, length: int) -> str:
    return hashlib.sha256(f"{site.key}:{salt}".encode()).hexdigest()[:length]


def _num(site: Site, salt: str, digits: int) -> str:
    return str(int(_hex(site, salt, 12), 16))[:digits]


def tag(name: str, site: Site) -> str:
    """The markup of vendor ``name`` as ``site`` embeds it."""
    if name == "baidu-tongji":
        return (
            '<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
            f'hm.src = "https://hm.baidu.com/hm.js?{_hex(site, "hm", 32)}";'
            'var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>'
        )
    if name == "cnzz":
        sid = _num(site, "cnzz", 10)
        return (
            f'<span id="cnzz_stat_icon_{sid}" style="display:none"></span>'
            f'<script src="https://s4.cnzz.com/z_stat.php?id={sid}&amp;web_id={sid}" type="text/javascript">'
            "</script>"
        )
    if name == "51la":
        return (
            '<script charset="UTF-8" id="LA_COLLECT" src="//sdk.51.la/js-sdk-pro.min.js"></script>'
            f'<script>LA.init({{id:"{_hex(site, "la", 16)}",ck:"{_hex(site, "la", 16)}"}})</script>'
        )
    if name == "jiucuo":
        return (
            f"<script id=\"_jiucuo_\" sitecode='{site.site_code}' "
            "src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>"
        )
    if name == "conac":
        return (
            '<span id="_ideConac"><script type="text/javascript">document.write(unescape('
            f"\"%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/{_num(site, 'c', 2)}/"
            f"{_num(site, 'c2', 3)}/{_num(site, 'c3', 4)}/{_hex(site, 'conac', 24)}.js' "
            "type='text/javascript'%3E%3C/script%3E\"));</script></span>"
        )
    if name == "wza":
        return (
            '<script defer src="https://wza.kaipuyun.cn/wza/wza.min.js" data-site="'
            + site.site_code
            + '"></script>'
        )
    if name == "jquery-bootcdn":
        return '<script src="https://cdn.bootcdn.net/ajax/libs/jquery/1.12.4/jquery.min.js"></script>'
    if name == "jquery-staticfile":
        return '<script src="https://cdn.staticfile.org/jquery/3.6.0/jquery.min.js"></script>'
    if name == "swiper":
        return '<script src="https://cdn.bootcdn.net/ajax/libs/Swiper/5.4.5/js/swiper.min.js"></script>'
    if name == "tencent-ta":
        return f'<script src="//tajs.qq.com/stats?sId={_num(site, "ta", 8)}" charset="UTF-8"></script>'
    if name == "growingio":
        return (
            "<script>!function(e,t,n,g,i){e[i]=e[i]||function(){(e[i].q=e[i].q||[]).push(arguments)},"
            'n=t.createElement("script"),tag=t.getElementsByTagName("script")[0],n.async=1,'
            "n.src=('https:'==document.location.protocol?'https://':'http://')+g,"
            'tag.parentNode.insertBefore(n,tag)}(window,document,"script","assets.giocdn.com/2.1/gio.js","gio");'
            f"gio('init','{_hex(site, 'gio', 16)}', {{}});gio('send');</script>"
        )
    if name == "sensors":
        return (
            '<script src="https://static.sensorsdata.cn/sdk/1.25.8/sensorsdata.min.js"></script>'
            f"<script>sensors.init({{server_url:'https://sc.{site.host.split('.', 1)[1]}/sa?project=production',"
            "show_log:false});sensors.quick('autoTrack');</script>"
        )
    if name == "gtag":
        gid = "G-" + _hex(site, "ga", 10).upper()
        return (
            f'<script async src="https://www.googletagmanager.com/gtag/js?id={gid}"></script>'
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            f"gtag('js',new Date());gtag('config','{gid}');</script>"
        )
    if name == "adsense":
        return (
            '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-'
            f'{_num(site, "ads", 16)}" crossorigin="anonymous"></script>'
        )
    if name == "baidu-share":
        return (
            "<script>window._bd_share_config={common:{bdSnsKey:{},bdText:'',bdMini:'2',bdStyle:'0',bdSize:'16'},"
            "share:{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script'))"
            ".src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>"
        )
    if name == "ali-cnzz-web":
        return f'<script src="https://v1.cnzz.com/z_stat.php?id={_num(site, "v1", 10)}&amp;online=1" async></script>'
    if name == "jp-fontsize":
        return '<script src="/js/fontsize.js"></script><script src="/js/jquery.cookie.js"></script>'
    if name == "jp-translate":
        return '<script src="https://j-server.example-honyaku.jp/js/translate.js" defer></script>'
    raise KeyError(name)


# per site kind: vendors present from the start, and vendors that come and go over a history
BASE: dict[str, tuple[str, ...]] = {
    "gov": ("jquery-bootcdn", "conac", "jiucuo"),
    "news": ("jquery-staticfile", "baidu-tongji", "cnzz"),
    "live": ("jquery-bootcdn", "sensors"),
    "hk": ("gtag",),
    "mo": ("gtag",),
    "uni": ("jquery-bootcdn", "51la"),
    "tw": ("gtag", "adsense"),
    "jp": ("jp-fontsize",),
}
CHURN: dict[str, tuple[str, ...]] = {
    "gov": ("wza", "baidu-tongji", "51la", "swiper"),
    "news": ("growingio", "tencent-ta", "baidu-share", "ali-cnzz-web", "sensors"),
    "live": ("baidu-tongji", "growingio", "cnzz"),
    "hk": ("adsense", "jquery-bootcdn"),
    "mo": ("jquery-staticfile",),
    "uni": ("baidu-tongji", "wza", "swiper"),
    "tw": ("baidu-tongji", "ali-cnzz-web"),
    "jp": ("gtag", "jp-translate"),
}
