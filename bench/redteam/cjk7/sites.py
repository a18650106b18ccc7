"""The fifteen invented sites: where they are, what they are, and how they label their bytes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Site:
    key: str
    host: str
    lang: str  # zh-Hans, zh-Hant, ja or ko
    register: str  # gov, news, univ, hospital, company, tv
    name: str
    places: tuple[str, ...]  # districts, wards, departments: fillers for headlines
    people: tuple[str, ...]  # names (some with charset-extension characters)
    nav: tuple[str, ...]
    url: str  # article URL pattern: {y} {m} {d} {id}
    labels: tuple[str, ...]  # charset label per era; "utf-8" after a migration
    where: str = "meta"  # meta, header, both, or mislabel (header ISO-8859-1, meta the real one)
    https_era: int = 1  # the design era from which the site serves https
    footer: str = ""
    captures: int = 40


def all_sites() -> tuple[Site, ...]:
    return (
        Site("szbj", "www.binjiang.gov.cn", "zh-Hans", "gov", "滨江区人民政府", ("西湖街道", "长河街道", "浦沿街道", "区发改局", "区住建局"),
             ("王喆", "李玥", "陈堃", "周镕"), ("首页", "政务公开", "政务服务", "互动交流", "走进滨江", "专题专栏"),
             "/art/{y}/{m}/{d}/art_1229_{id}.html", ("gb2312", "gb2312", "utf-8"), "meta", 1,
             "主办：滨江区人民政府办公室 浙ICP备05003172号 浙公网安备 33010802011873号", 64),
        Site("hnrb", "www.xiangjiangdaily.com.cn", "zh-Hans", "news", "湘江日报", ("长沙", "株洲", "湘潭", "岳阳", "常德"),
             ("刘犇", "谭珺", "何昇"), ("首页", "时政", "经济", "社会", "文旅", "评论", "视频"),
             "/content/{y}-{m}/{d}/content_{id}.htm", ("gbk", "utf-8"), "header", 1,
             "湘江日报社版权所有 未经授权禁止转载 湘ICP备12019433号-1", 78),
        Site("gdut", "www.lnpu.edu.cn", "zh-Hans", "univ", "岭南理工大学", ("机械工程学院", "计算机学院", "材料学院", "经管学院"),
             ("陈䶮", "黄祎", "罗瑄"), ("学校概况", "机构设置", "教育教学", "科学研究", "招生就业", "校园文化"),
             "/info/1042/{id}.htm", ("gb18030", "gb18030"), "meta", 1,
             "版权所有 © 岭南理工大学 地址：广州市番禺区大学城外环西路 粤ICP备05008833号", 46),
        Site("jyyy", "www.jyrmyy.com", "zh-Hans", "hospital", "江阳市人民医院", ("心血管内科", "神经外科", "儿科", "急诊科", "体检中心"),
             ("赵琤", "孙玥"), ("医院概况", "就医指南", "科室导航", "专家介绍", "健康科普", "党建工作"),
             "/news/show-{id}.html", ("utf-8",), "both", 0,
             "江阳市人民医院 地址：江阳市龙马大道88号 急诊电话：0830-3165120 川ICP备10012288号", 36),
        Site("hxkj", "www.huaxin-tech.com", "zh-Hans", "company", "华芯微电子股份有限公司", ("无锡", "合肥", "苏州", "深圳"),
             ("杜喆",), ("关于华芯", "产品中心", "解决方案", "投资者关系", "新闻中心", "加入我们"),
             "/news/{y}{m}/{id}.html", ("gbk", "utf-8"), "header", 1,
             "Copyright © 华芯微电子股份有限公司 苏ICP备14022987号-2", 28),
        Site("hkpost", "news.harbourpost.hk", "zh-Hant", "news", "港灣日報", ("觀塘", "沙田", "屯門", "灣仔", "元朗"),
             ("陳嘉嚟", "梁啲"), ("港聞", "兩岸", "國際", "財經", "體育", "娛樂", "評論"),
             "/article/{id}/", ("big5", "big5-hkscs"), "both", 1,
             "港灣日報有限公司 版權所有 不得轉載", 72),
        Site("mogov", "www.gov.mo.example.mo", "zh-Hant", "gov", "澳門特別行政區政府入口網站", ("社會工作局", "旅遊局", "交通事務局", "衛生局"),
             ("何安然", "黃嘉琪"), ("政府資訊", "公共服務", "新聞", "施政報告", "電子服務", "聯絡我們"),
             "/zh-hant/news/{id}/", ("utf-8",), "both", 0, "澳門特別行政區政府 版權所有 © 2025", 30),
        Site("twu", "www.ncyu-tech.edu.tw", "zh-Hant", "univ", "國立嘉南科技大學", ("教務處", "學務處", "資訊工程系", "圖書館"),
             ("林志鴻", "張雅婷"), ("認識嘉南", "行政單位", "學術單位", "招生資訊", "校園公告", "English"),
             "/p/406-1000-{id}.php", ("big5", "utf-8"), "meta", 1, "國立嘉南科技大學 嘉義縣民雄鄉學府路300號 電話：05-2717000", 40),
        Site("twtv", "www.formosa-live.tv", "zh-Hant", "tv", "福爾摩沙新聞台", ("台北", "台中", "高雄", "花蓮"),
             ("吳柏翰", "蔡宜臻"), ("直播", "即時", "政治", "生活", "國際", "節目表"),
             "/news/{y}{m}{d}/{id}.html", ("utf-8",), "header", 0, "福爾摩沙電視股份有限公司 © All Rights Reserved", 58),
        Site("jpcity", "www.city.hamakaze.lg.jp", "ja", "gov", "浜風市", ("中央区", "北区", "港南地区", "市民課"),
             ("髙橋和夫", "山﨑正人"), ("くらし・手続き", "子育て・教育", "健康・福祉", "防災・安全", "市政情報", "観光"),
             "/soshiki/4/{id}.html", ("shift_jis", "shift_jis", "utf-8"), "meta", 2,
             "浜風市役所 〒430-8652 法人番号4000020221309 代表電話 053-457-2111", 52),
        Site("jpnews", "www.sanriku-shimpo.co.jp", "ja", "news", "三陸新報", ("気仙沼", "大船渡", "釜石", "宮古"),
             ("佐藤健一", "菅原さくら"), ("ニュース", "スポーツ", "地域", "おくやみ", "イベント", "購読"),
             "/news/{y}/{m}/{id}.html", ("euc-jp", "euc-jp"), "both", 1, "Copyright (C) 三陸新報社 記事・写真の無断転載を禁じます", 66),
        Site("jpco", "www.kurogane-kogyo.co.jp", "ja", "company", "黒鉄工業株式会社", ("本社", "北九州工場", "名古屋支店"),
             ("田中誠",), ("企業情報", "製品情報", "IR情報", "サステナビリティ", "採用情報", "お問い合わせ"),
             "/ir/news/{y}/{id}.html", ("utf-8",), "header", 0, "© KUROGANE KOGYO CO., LTD. All Rights Reserved.", 24),
        Site("krgu", "www.seongbuk-gu.example.kr", "ko", "gov", "한빛구청", ("한빛1동", "월계동", "복지정책과", "교통행정과"),
             ("김똠이", "박햏수"), ("구정소식", "민원안내", "분야별정보", "정보공개", "참여소통", "한빛소개"),
             "/board/view.do?bbsId=BBSMSTR_000000000312&nttId={id}", ("euc-kr", "euc-kr"), "meta", 1,
             "한빛구청 (02841) 서울특별시 한빛구 보문로 168 대표전화 02-2241-3114", 60),
        Site("kruniv", "www.dongsan.ac.kr", "ko", "univ", "동산대학교", ("공과대학", "인문대학", "학생처", "국제교류원"),
             ("이서준", "최민지"), ("대학소개", "입학", "학사안내", "대학생활", "공지사항", "열린광장"),
             "/bbs/board.php?bo_table=notice&wr_id={id}", ("utf-8",), "both", 0, "동산대학교 | 대전광역시 유성구 동산로 99", 44),
        Site("krhosp", "www.saemaeul-hosp.co.kr", "ko", "hospital", "새마을병원", ("내과", "정형외과", "소아청소년과", "건강검진센터"),
             ("정우성", "한지민"), ("병원소개", "진료안내", "의료진", "건강정보", "고객의소리", "오시는길"),
             "/notice/view.asp?idx={id}", ("euc-kr",), "mislabel", 9, "새마을병원 대표전화 031-552-7000 사업자등록번호 128-81-02215", 34),
    )
