"""The invented sites of CJK edition 3: who they are, how they are served, how often they publish."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Site:
    key: str
    name: str
    host: str
    lang: str  # zh-Hans, zh-Hant, ja, ko
    second: str  # a second language on the page ("" none, "en", "pt")
    codec: str  # Python codec the server's bytes are written in
    label: str  # the charset label the server declares
    declare: str  # where: "meta", "header", "both", "meta-old" (http-equiv)
    layout: str  # template family before a redesign
    redesign: str  # template family after one
    urls: str  # article URL scheme (see content.article_url)
    topic: str  # vocabulary of its headlines (see data.vocab)
    per_hour: float  # items published per hour
    cadences: tuple[int, ...]  # hours between captures, one drawn per scenario
    region: str


SITES: tuple[Site, ...] = (
    Site("psb", "江淮省公安厅", "gat.jianghuai.gov.cn", "zh-Hans", "", "gbk", "gb2312", "meta-old",
         "trs_table", "jiyue", "trs", "police", 0.25, (24, 24, 48), "mainland"),
    Site("zjj", "临川市住房和城乡建设局", "zjj.linchuan.gov.cn", "zh-Hans", "", "utf-8", "utf-8", "both",
         "trs_table", "jiyue", "trs", "housing", 0.09, (24, 24, 72, 168), "mainland"),
    Site("county", "青岩县人民政府", "www.qingyan.gov.cn", "zh-Hans", "", "gbk", "GBK", "header",
         "jiyue", "vsb", "jcms", "county", 0.12, (24, 48, 168), "mainland"),
    Site("rmt", "云岭州融媒体中心", "www.yunlingrm.cn", "zh-Hans", "", "utf-8", "utf-8", "meta",
         "rolling", "newsportal", "seq", "live", 4.0, (1, 1, 2), "mainland"),
    Site("news", "东海网", "www.donghaiwang.com.cn", "zh-Hans", "", "gbk", "gb2312", "both",
         "newsportal", "rolling", "dated", "news", 1.5, (3, 6, 12, 24), "mainland"),
    Site("tour", "山海省文化和旅游厅", "wlt.shanhai.gov.cn", "zh-Hans", "", "gb18030", "GB18030", "meta",
         "vsb", "jiyue", "vsb", "tourism", 0.15, (24, 72, 168), "mainland"),
    Site("college", "南江职业技术学院", "www.njvtc.edu.cn", "zh-Hans", "", "gbk", "gb2312", "both",
         "vsb", "hugo", "vsb", "college", 0.2, (24, 48, 168), "mainland"),
    Site("tv", "江淮广播电视台", "www.jhtv.com.cn", "zh-Hans", "", "utf-8", "utf-8", "meta",
         "tvguide", "newsportal", "dated", "tv", 0.6, (6, 12, 24), "mainland"),
    Site("macau", "澳門海事及水務局", "www.dsamma.gov.mo", "zh-Hant", "pt", "utf-8", "utf-8", "both",
         "bilingual", "hugo", "mo", "macau", 0.08, (24, 72, 168), "macao"),
    Site("hkbody", "香港公共資訊管理局", "www.pimb.org.hk", "zh-Hant", "en", "big5hkscs", "big5", "meta",
         "hugo", "bilingual", "hk", "hk", 0.1, (24, 72), "hongkong"),
    Site("hknews", "香江日報", "news.xiangjiang.com.hk", "zh-Hant", "", "big5hkscs", "big5", "header",
         "newsportal", "ghost", "hkdated", "hknews", 1.2, (2, 6, 24), "hongkong"),
    Site("tpe", "臺中港市政府", "www.tcport.gov.tw", "zh-Hant", "", "utf-8", "utf-8", "meta",
         "bilingual", "jiyue", "tw", "taiwan", 0.2, (24, 48), "taiwan"),
    Site("twblog", "綠島部落格入口", "blog.ludao.tw", "zh-Hant", "", "big5hkscs", "big5", "meta",
         "discuz", "ghost", "discuz", "blog", 0.8, (6, 24), "taiwan"),
    Site("jpmin", "環境整備省 職員ブログ", "www.kankyo-seibi.go.jp", "ja", "", "cp932", "Shift_JIS", "meta",
         "jpcms", "hugo", "jp", "jp", 0.05, (24, 72, 168), "japan"),
    Site("krgov", "한국공공데이터진흥원", "www.kpdpa.or.kr", "ko", "", "cp949", "euc-kr", "both",
         "krgov", "jiyue", "kr", "kr", 0.1, (24, 72), "korea"),
)  # fmt: skip

BY_KEY = {site.key: site for site in SITES}
