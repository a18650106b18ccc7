"""Script hosts an attacker loads from: lookalikes of the Chinese analytics and CDN vendors these
sites use, and plain never-seen hosts."""

from __future__ import annotations

LOOKALIKES = (
    "hm.baidu-tongji.cn",
    "hm.baldu.com",
    "s9.cnzz-static.com",
    "c.cnzz.top",
    "js.users.51la.net",
    "sdk.5l.la",
    "cdn.bootcdn.com.cn",
    "cdn.bootcnd.net",
    "cdn.staticfile.net.cn",
    "cdn.staticfi1e.org",
    "tajs.qq-stat.com",
    "assets.giocdn.net",
    "static.sensorsdata.com.cn",
    "zfwzgl.www.gov-cn.com",
    "dcs.conac-cn.com",
    "www.googletagmanagers.com",
    "pagead2.googlesyndicatlon.com",
    "wza.kaipuyun.net",
)
FRESH = (
    "js.ywy8.top",
    "api.tj-count.cc",
    "cdn.qzx99.xyz",
    "s.kk1688.vip",
    "static.mn-app.club",
    "t.jsq520.com",
)
REDIRECT_TARGETS = (
    "https://www.jinsha8843.vip/",
    "https://m.amxpj77.cc/?from=gov",
    "https://hgty0302.top/",
    "https://www.yule-558.app/reg",
    "https://dl.sf-mir.club/",
    "https://lhc2049.me/",
)
