# ruff: noqa: E501 - a table of page text in CJK scripts, one entry a line
"""SEO-spam material: per site, anchors and hosts of a gambling or counterfeit ring, and a hiding trick."""

from __future__ import annotations

from types import MappingProxyType

SPAM = MappingProxyType(
    {  # site: (hosts, anchors)
        "szbj": (
            ("hg0871.vip", "amwns-2288.com"),
            ("澳门威尼斯人官网注册送88元", "皇冠体育足球比分即时更新", "开元棋牌APP下载安装"),
        ),
        "hnrb": (
            ("ky7788.cc", "pgdz-mj.net"),
            ("PG电子麻将胡了2免费试玩", "湖南快三开奖结果今天", "彩票计划群稳赚不赔"),
        ),
        "gdut": (
            ("bet-lnpu.top", "ty365zq.com"),
            ("毕业论文代写代发核心期刊", "四六级答案实时更新群", "体育投注返水最高1.8%"),
        ),
        "jyyy": (
            ("yy-dp.shop", "agby.games"),
            ("医院代挂号黄牛电话", "AG百家乐真人荷官在线", "试管婴儿包成功包男孩"),
        ),
        "hxkj": (
            ("xj-fuli.xyz", "sxsp-88.cn"),
            ("星际娱乐首存即送", "私人影院福利视频在线", "外围足球投注平台推荐"),
        ),
        "hkpost": (
            ("hk6-kaijiang.com", "wsbet-hk.net"),
            ("六合彩今期開獎結果直播", "外圍波盤即時賠率", "網上賭場新會員首存百分百"),
        ),
        "mogov": (
            ("mo-bjl.asia", "cotai-vip.win"),
            ("澳門百家樂網上賭場直營", "路氹貴賓廳洗碼返佣", "線上老虎機免費玩"),
        ),
        "twu": (
            ("tw-ent88.net", "qq-bet.tw"),
            ("娛樂城體驗金免儲值", "運彩分析推薦每日穩賺", "百家樂破解程式下載"),
        ),
        "twtv": (
            ("live-taiyuan.tv", "bingo-tw.cc"),
            ("賓果賓果預測神準", "線上娛樂城出金最快", "九州娛樂城註冊送"),
        ),
        "jpcity": (
            ("brand-n-copy.jp.net", "watch-super-c.com"),
            (
                "ロレックス スーパーコピー N級品 代引き",
                "ブランドバッグ 偽物 激安通販",
                "ルイヴィトン コピー 財布",
            ),
        ),
        "jpnews": (
            ("casino-nyukinfuyo.com", "bakara-jp.bet"),
            ("オンラインカジノ 入金不要ボーナス 2025", "バカラ 必勝法 稼げる", "スロット 無料 登録だけ"),
        ),
        "jpco": (
            ("kanpou-rich.site", "fx-auto.club"),
            ("副業 1日5分 月収100万円", "FX自動売買 勝率95%", "仮想通貨 爆上げ 銘柄 無料配布"),
        ),
        "krgu": (
            ("toto-major77.com", "mtgum-check.net"),
            ("메이저 토토사이트 안전놀이터 순위", "먹튀검증 커뮤니티 1위", "스포츠토토 가입머니 3만"),
        ),
        "kruniv": (
            ("bakara-kr.vip", "powerball-sk.com"),
            ("바카라사이트 에볼루션 실시간", "파워볼 분석 픽 무료", "논문 대필 학위 보장"),
        ),
        "krhosp": (
            ("viagra-kr.shop", "casino-sg.kr"),
            ("비아그라 정품 구매 당일배송", "시알리스 처방전 없이", "온라인카지노 첫충 20%"),
        ),
    }
)

HIDING = MappingProxyType(
    {  # technique: wrapper with {links}
        "closed-dialog": "<dialog>{links}</dialog>",
        "closed-details": '<details><summary style="font-size:1px;color:transparent">.</summary>{links}</details>',
        "inert-template": "<template>{links}</template>",
        "zero-svg": '<svg width="0" height="0">{svglinks}</svg>',
        "orphan-imagemap": '<map name="m{n}">{areas}</map>',
        "hidden-attribute": "<div hidden>{links}</div>",
        "content-visibility": '<div style="content-visibility:hidden;contain-intrinsic-size:0;height:0">{links}</div>',
        "clip-circle": '<div style="position:absolute;clip-path:circle(0);pointer-events:none">{links}</div>',
        "datalist": '<datalist id="d{n}">{options}</datalist>',
        "zero-font-footer": '<span style="font-size:0;line-height:0">{links}</span>',
        "background-colour": '<p style="color:#fff;background:#fff;margin:0">{links}</p>',
        "offscreen-transform": '<div style="transform:translateX(-400vw);position:absolute">{links}</div>',
        "zero-srcdoc": '<iframe width="0" height="0" style="border:0" srcdoc="{escaped}"></iframe>',
        "misused-sr-only": '<div aria-hidden="true" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">{links}</div>',
        "noscript-head": "<noscript>{links}</noscript>",
    }
)
