"""Headlines and notice titles the sites publish, written for this edition: patterns with slots, one
pool per voice (a provincial government writes differently from a Macao newspaper or a Korean city).
Names with GBK-only or HKSCS-only characters appear on purpose (喆, 镕, 堃, 鰂)."""

# ruff: noqa: RUF001

from __future__ import annotations

import random
import re

from .voice import Voice
from .voices_abroad import HK_GOV, HK_NEWS, JA_PREF, KO_CITY, MO_NEWS, TW_BLOG

_HANS_SLOTS = {
    "place": (
        "南昌",
        "赣州",
        "九江",
        "上饶",
        "吉安",
        "景德镇",
        "洛阳",
        "偃师",
        "栾川",
        "宜阳",
        "安吉",
        "孝丰镇",
        "天荒坪镇",
        "递铺街道",
        "合肥",
        "芜湖",
        "安庆",
    ),
    "topic": (
        "高标准农田建设",
        "营商环境优化",
        "城市更新",
        "防汛备汛",
        "秸秆综合利用",
        "农村人居环境整治",
        "数字政府建设",
        "安全生产",
        "文明城市创建",
        "乡村振兴",
        "义务教育均衡",
        "医保支付方式改革",
        "生态环境保护督察整改",
        "招商引资",
        "一件事一次办",
    ),
    "who": ("王喆", "李堃", "张珺", "刘镕", "陈立新", "赵海峰", "周晓燕", "孙建国", "吴明"),
    "org": (
        "省发展改革委",
        "市自然资源和规划局",
        "县农业农村局",
        "市生态环境局",
        "省教育厅",
        "市卫生健康委",
        "县应急管理局",
        "市市场监管局",
        "省人力资源社会保障厅",
        "市住房城乡建设局",
    ),
    "n": ("2", "3", "5", "12", "15", "28", "30", "46", "100", "1200"),
    "month": ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
    "thing": (
        "一季度经济运行",
        "重点项目建设",
        "春季植树造林",
        "汛期水库调度",
        "中小学招生入学",
        "老旧小区改造",
        "农民工工资支付",
        "企业开办",
        "退役军人服务保障",
        "消费券发放",
    ),
}

GOV = Voice(
    news=(
        "{place}召开{topic}工作推进会",
        "{who}主持召开常务会议 研究部署{thing}等工作",
        "{place}{thing}取得阶段性成效",
        "{org}举行{topic}新闻发布会",
        "{place}：{n}个重点项目集中开工",
        "全省{topic}现场会在{place}召开",
        "{who}到{place}调研{topic}工作",
        "{place}{topic}经验做法获国务院通报表扬",
        "我省{thing}工作综述",
        "{org}部署开展{topic}专项行动",
        "{place}举办网络安全攻防演练",
        "{org}召开网络安全和信息化工作会议",
        "{place}出台{n}条措施推动{topic}",
        "{month}月份全市{thing}情况通报",
    ),
    notices=(
        "关于{thing}有关事项的通知",
        "{org}关于公开征求《{place}{topic}实施方案（征求意见稿）》意见的公告",
        "关于做好{month}月份{thing}工作的通知",
        "{org}{n}年度部门预算公开",
        "关于{place}{topic}专项资金拟安排项目的公示",
        "{org}关于公开招聘事业单位工作人员的公告",
        "关于印发《{topic}三年行动计划》的通知",
        "{org}行政许可事项清单（{n}年版）",
        "关于{month}月份政府信息公开工作情况的报告",
        "关于开展{topic}“回头看”的通知",
    ),
    slots=_HANS_SLOTS,
    notice_words=("通知", "公告", "政策", "人事", "服务"),
)

SERVICE = Voice(
    news=(
        "{thing}“一件事”上线运行",
        "{place}{thing}实现全程网办",
        "身份证换领可在{n}个自助终端办理",
        "{org}{thing}事项纳入“跨省通办”",
        "社保卡申领",
        "公积金提取",
        "不动产登记查询",
        "个体工商户设立登记",
        "居住证办理",
        "出入境证件预约",
        "医保异地就医备案",
        "车辆违章处理",
    ),
    notices=(
        "关于{month}月{n}日系统升级暂停部分服务的公告",
        "{org}办事大厅{month}月份服务时间调整公告",
        "关于{thing}事项办理流程优化的说明",
        "关于启用新版电子营业执照的公告",
        "{place}政务服务中心节假日值班安排",
    ),
    slots=_HANS_SLOTS,
    notice_words=("公告",),
)

NEWS = Voice(
    news=(
        "{place}一小区电梯故障 消防员{n}分钟破拆救人",
        "{place}{n}岁老人坚持义务巡河十年",
        "{month}月CPI同比上涨0.{n}%",
        "{place}地铁{n}号线开通初期运营",
        "油价{month}月{n}日迎年内第{n}次调整",
        "{place}暴雨致部分路段积水 交警发布绕行提示",
        "{who}：{topic}要久久为功",
        "国足主场1比0战胜对手 保留出线希望",
        "{place}一公司服务器遭黑客入侵 警方已立案侦查",
        "国家网络安全宣传周在{place}开幕",
        "{place}“村超”火出圈 {n}万游客涌入",
        "高考报名今日开始 这些变化要注意",
        "{place}一企业拖欠农民工工资被立案查处",
        "春运首日 {place}站发送旅客{n}万人次",
        "{place}新开一家大型商场 周末客流爆满",
        "网购退货运费险新规出台",
        "{place}：{thing}进度过半",
        "男子冒充民警诈骗{n}万元被刑拘",
    ),
    notices=("{place}{month}月{n}日停水通知", "关于{place}部分路段临时交通管制的通告"),
    slots=_HANS_SLOTS,
    notice_words=("公告",),
)

COUNTY = Voice(
    news=(
        "{place}白茶开采 茶农迎来丰收季",
        "{place}举办{topic}培训班",
        "竹林碳汇交易在{place}落地",
        "{place}：{n}户农户喜领分红",
        "县委书记{who}督导{topic}工作",
        "{place}美丽乡村夜游火了",
        "一图读懂{place}{thing}",
        "视频｜{place}的清晨",
        "{place}开展文明劝导志愿服务",
        "县领导走访慰问困难群众",
        "{place}新增{n}个共享停车位",
    ),
    notices=("关于{month}月份县融媒体中心招聘编外人员的公告",),
    slots=_HANS_SLOTS,
    notice_words=("公告",),
)

EDU = Voice(
    news=(
        "学校召开{n}年党风廉政建设工作会议",
        "我校{n}项成果获省级教学成果奖",
        "我校科研团队在{field}领域取得重要进展",
        "学校举行{n}届毕业典礼暨学位授予仪式",
        "{field}学院举办国际学术研讨会",
        "校领导带队走访用人单位 拓展就业渠道",
        "我校学子在全国大学生{field}竞赛中获一等奖",
        "学校与{place}签署校地合作协议",
        "{who}教授当选中国工程院院士",
    ),
    notices=(
        "关于{month}月份教职工体检安排的通知",
        "关于{n}年研究生招生复试工作的通知",
        "关于开展{n}年度科研项目申报的通知",
        "关于校园网出口带宽升级的通知",
        "关于{month}月{n}日停电的通知",
        "图书馆关于延长开放时间的通知",
        "关于公布{n}年本科优秀毕业论文的通知",
    ),
    slots=_HANS_SLOTS
    | {"field": ("材料科学", "智能制造", "航空宇航", "电子信息", "机械工程", "化学工程", "计算机")},
    notice_words=("通知", "公告"),
)

SOE = Voice(
    news=(
        "集团公司召开{n}年工作会议",
        "集团党委理论学习中心组开展集中学习",
        "{place}分公司{thing}创历史新高",
        "集团与{place}签署战略合作协议",
        "{who}赴{place}基层单位调研安全生产",
        "集团所属{n}家企业入选国资委“双百企业”",
        "集团召开{topic}专题推进会",
        "{place}光伏电站并网发电",
    ),
    notices=(
        "{n}年度集团公司招聘公告",
        "关于{thing}项目招标的公告",
        "集团公司{n}年度社会责任报告发布",
        "关于{place}风电项目中标候选人的公示",
    ),
    slots=_HANS_SLOTS,
    notice_words=("通知", "公告"),
)

HOSPITAL = Voice(
    news=(
        "我院成功开展首例{op}",
        "我院举办{n}年护士节表彰大会",
        "{dept}开展义诊进社区活动",
        "我院顺利通过三级医院评审",
        "专家提醒：春季谨防{ill}",
        "我院{dept}获评省级临床重点专科",
        "医院党委开展主题党日活动",
        "{who}主任医师赴{place}开展帮扶",
    ),
    notices=(
        "{month}月{n}日专家门诊停诊通知",
        "关于{n}年公开招聘编外护理人员的公告",
        "{dept}门诊搬迁公告",
        "医保结算系统升级期间就诊须知",
    ),
    slots=_HANS_SLOTS
    | {
        "op": (
            "达芬奇机器人辅助手术",
            "经导管主动脉瓣置换术",
            "ECMO转运",
            "人工耳蜗植入术",
            "胸腔镜肺段切除术",
        ),
        "dept": ("心血管内科", "儿科", "骨科", "急诊科", "肿瘤科", "眼科"),
        "ill": ("过敏性鼻炎", "诺如病毒", "手足口病", "流感", "带状疱疹"),
    },
    notice_words=("通知", "公告", "门诊"),
)

VOICES: dict[str, Voice] = {
    "gov": GOV,
    "service": SERVICE,
    "news": NEWS,
    "county": COUNTY,
    "edu": EDU,
    "soe": SOE,
    "hospital": HOSPITAL,
    "hk-news": HK_NEWS,
    "hk-gov": HK_GOV,
    "mo-news": MO_NEWS,
    "tw-blog": TW_BLOG,
    "ja-pref": JA_PREF,
    "ko-city": KO_CITY,
}


# Where each site's news happens (its own province, city or county); others use the voice's list.
SITE_PLACES: dict[str, tuple[str, ...]] = {
    "gan": ("南昌", "赣州", "九江", "上饶", "吉安", "景德镇", "萍乡", "抚州"),
    "luoyang": ("洛阳", "偃师区", "栾川县", "宜阳县", "孟津区", "洛龙区", "嵩县", "伊川县"),
    "anji": ("安吉", "孝丰镇", "天荒坪镇", "递铺街道", "鄣吴镇", "灵峰街道"),
    "jianghuai": ("合肥", "芜湖", "安庆", "蚌埠", "阜阳", "六安", "黄山"),
    "nanfang": ("广州", "深圳", "佛山", "东莞", "珠海", "汕头"),
    "yzyy": ("宜州", "庆远镇", "怀远镇", "德胜镇"),
    "hkpost": ("鰂魚涌", "深水埗", "屯門", "將軍澳", "元朗", "東涌", "沙田", "觀塘"),
    "hkdept": ("鰂魚涌", "深水埗", "屯門", "元朗", "大埔", "荃灣", "上水"),
    "macao": ("黑沙環", "氹仔", "路環", "祐漢", "新馬路", "下環", "筷子基"),
    "dao": ("台北", "台中", "高雄", "花蓮", "台南", "宜蘭", "新竹"),
}


YEARS = (2023, 2024, 2025)


def headline(voice: Voice, column: str, rng: random.Random, places: tuple[str, ...] = ()) -> str:
    """A fresh title for ``column`` of a site written in ``voice``; ``places`` replaces the voice's."""
    pool = voice.notices if any(w in column for w in voice.notice_words) else voice.news
    pattern = rng.choice(pool)
    pattern = re.sub(
        r"\{month\}(月|월 ?)\{n\}", lambda m: "{month}" + m.group(1) + str(rng.randint(1, 28)), pattern
    )
    pattern = re.sub(r"\{n\}(?=年|년)", lambda _: str(rng.choice(YEARS)), pattern)
    for slot, words in voice.slots.items():
        choices = places if slot == "place" and places else words
        while "{" + slot + "}" in pattern:
            pattern = pattern.replace("{" + slot + "}", rng.choice(choices), 1)
    return pattern


EDIT_SUFFIX = {
    "zh-CN": ("（图）", "（附全文）", "【视频】", "（更新）"),
    "zh-HK": ("（多圖）", "（更新）", "（有片）"),
    "zh-MO": ("（多圖）", "（更新）"),
    "zh-TW": ("（更新）", "（內有影片）"),
    "ja": ("（更新）", "【終了しました】"),
    "ko": ("(수정)", "(사진)"),
}
