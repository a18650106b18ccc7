"""What the spammers and script droppers bring: link anchors, their domains, and foreign scripts."""

from __future__ import annotations

SPAM: dict[str, tuple[tuple[str, str], ...]] = {
    "gambling-zh": (
        ("金沙城真人荷官在线", "jsc8869.cc"),
        ("北京赛车pk10计划群", "pk10-jh.vip"),
        ("腾龙棋牌下载送彩金", "tlqp66.top"),
        ("幸运飞艇开奖直播", "xyft-kj.live"),
        ("六合彩特码资料大全", "6hc-zl.xyz"),
        ("体育投注平台排行", "ty-rank.net"),
        ("老虎机注册送88元", "lhj88zc.bet"),
        ("快三大小单双技巧", "k3dxds.club"),
        ("电子游艺爆分平台", "dzyy-bf.com"),
        ("时时彩后二稳赚计划", "ssc-h2.cc"),
        ("真人百家乐官网入口", "bjl-gw.vip"),
        ("足球外围下注网址", "zqww-xz.top"),
        ("皇家娱乐城开户", "hjylc.app"),
        ("捕鱼游戏提现秒到", "by-tx.cc"),
        ("棋牌斗地主赢现金", "ddz-xj.net"),
    ),
    "adult-zh": (
        ("国产精品自拍偷窥", "zpk-01.live"),
        ("午夜影院在线观看", "wyyy9.cc"),
        ("同城约炮软件", "tcyp.app"),
        ("成人直播免费看", "crzb-free.tv"),
        ("外围女上门服务", "wwn-sm.vip"),
        ("日韩无码高清区", "rhwm-hd.xyz"),
    ),
    "grey-zh": (
        ("代开增值税发票", "dkfp-88.com"),
        ("办理各类证件", "blzj.top"),
        ("刷单兼职日结", "sd-jz.cc"),
        ("网贷口子秒下款", "wdkz.app"),
        ("高仿手表一比一", "gfsb11.shop"),
        ("黑客接单查人", "hkjd-cr.net"),
    ),
    "ja": (
        ("オンラインカジノ 入金不要ボーナス", "oncasi-bonus.jp.net"),
        ("スーパーコピー 時計 n級品", "sc-tokei.com"),
        ("バイアグラ 通販 即日発送", "via-tsuhan.shop"),
        ("出会い系 無料 即会い", "deai-sokuai.net"),
        ("パチスロ 攻略 稼げる", "pachislo-kk.xyz"),
    ),
    "ko": (
        ("토토사이트 먹튀검증 업체", "toto-mt.kr.ht"),
        ("바카라 사이트 추천 순위", "bacara-good.com"),
        ("카지노 꽁머니 지급", "kkong-money.net"),
        ("성인 출장안마 24시", "chuljang24.xyz"),
        ("비아그라 정품 구매", "via-kr.shop"),
        ("파워볼 픽 분석", "pwb-pick.co"),
    ),
    "pharma-en": (
        ("cheap tadalafil no prescription", "rx-tadal.store"),
        ("buy modafinil overnight", "modaf-fast.com"),
        ("replica watches swiss grade", "repwatch-ch.net"),
        ("payday loan instant approval", "payday-now.biz"),
    ),
}

# one injected external script, each from a domain the site never used
SCRIPT_HOSTS = (
    "cdn.jqueri-static.com/jquery-3.7.1.min.js",
    "js.tongjii.cc/z.js",
    "hm.baidu-tj.top/hm.js",
    "api.stat-count.xyz/c.js",
    "static.wx-qq.net/sdk.js",
    "analytics.kakaocdn-api.com/k.js",
    "cdn.jsdelivr-npm.org/npm/swiper@11/swiper.min.js",
    "cdn.bootcdn-net.cc/ajax/libs/layer/3.5.1/layer.js",
    "s9.cnzz-stat.top/z_stat.php",
    "unpkg-cdn.net/vue@3/dist/vue.global.js",
)
SKIMMER_HOSTS = ("pay-verify-cn.com/checkout.js", "secure-form-kr.net/v.js", "card-auth.jp.net/s.js")
REDIRECT_TARGETS = (
    "https://www.hg6688.vip/?f=gov",
    "https://m.xpj3399.cc/",
    "https://yabo-ty.app/reg?code=88",
    "https://kasino-jp.bet/",
    "https://tt-toto.kr.ht/",
    "https://am-jsc.cc/m/",
    "https://lucky-ft.live/",
)
IFRAME_TARGETS = (
    "https://tj.tongji-88.cc/frame.html",
    "https://count.webstat-cn.top/i.html",
    "https://ad.kr-clicks.net/pop.html",
)
IMAGE_HOSTS = (
    "https://img.darkpic.cc/u/{t}.png",
    "https://i.imgpile.top/{t}.jpg",
    "https://files.pixdrop.xyz/{t}.gif",
)
AUDIO_HOSTS = ("https://audio.sndbin.cc/{t}.mp3", "https://a.mp3drop.top/{t}.mp3")
