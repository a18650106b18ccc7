"""The bulk real portals carry around their news lists: sub-menus, link directories, topic tiles,
friendly links and the small inline scripts every CMS template has. Each site gets its own class
prefix and address style, so the same data yields different markup per template family."""

# ruff: noqa: E501 - page markup reads best one element a line

from __future__ import annotations

from ..model import View
from .common import esc

MENUS = {
    "zh-Hans-gov": {
        "政务公开": (
            "政府信息公开指南",
            "政府信息公开制度",
            "法定主动公开内容",
            "政府信息公开年报",
            "政策文件",
            "政策解读",
            "财政预决算",
            "人事信息",
            "规划计划",
            "统计信息",
            "重大建设项目",
            "建议提案办理",
        ),
        "政务服务": (
            "个人办事",
            "法人办事",
            "主题服务",
            "部门服务",
            "办事指南",
            "证照查询",
            "好差评",
            "电子证照",
        ),
        "互动交流": ("领导信箱", "网上调查", "意见征集", "在线访谈", "常见问题", "12345热线"),
        "走进本地": ("概况", "历史文化", "旅游资源", "投资环境", "行政区划", "统计年鉴"),
    },
    "zh-Hans-news": {
        "新闻": ("时政", "国内", "国际", "社会", "评论", "视频", "图片", "专题"),
        "财经": ("股票", "基金", "理财", "保险", "房产", "汽车", "科技", "创投"),
        "生活": ("健康", "教育", "旅游", "美食", "时尚", "亲子", "游戏", "文化"),
        "服务": ("天气", "彩票开奖", "违章查询", "航班", "火车票", "客户端"),
    },
    "zh-Hant": {
        "新聞": ("港聞", "即時", "兩岸", "國際", "評論", "專題", "圖輯", "影片"),
        "服務": ("天氣", "交通", "樓市", "招聘", "活動", "訂閱"),
        "資訊": ("公告", "刊物", "統計", "數據", "常見問題", "聯絡"),
    },
    "ja": {
        "くらし": (
            "住民票・戸籍",
            "税金",
            "国民健康保険",
            "年金",
            "ごみ・リサイクル",
            "上下水道",
            "住まい",
            "交通",
        ),
        "子育て": ("妊娠・出産", "保育園", "手当・助成", "学校教育", "放課後児童クラブ"),
        "市政": ("市長の部屋", "市議会", "財政", "統計", "計画・施策", "入札・契約", "職員採用"),
    },
}
TOPICS = {
    "zh-Hans-gov": (
        "学习贯彻专题",
        "优化营商环境",
        "乡村振兴",
        "安全生产月",
        "文明城市创建",
        "数字政府",
        "防汛抗旱",
        "民生实事",
    ),
    "zh-Hans-news": ("两会特别报道", "高考季", "双十一观察", "春运直击", "城市更新", "老字号新生"),
    "zh-Hant": ("施政報告", "防風防雨", "長者服務", "青年發展", "文化節目", "交通安排"),
    "ja": ("防災情報", "ふるさと納税", "移住・定住", "観光案内", "子育て応援", "市民活動"),
}
FRIENDS = {
    "zh-Hans-gov": (
        "中国政府网",
        "云泽省发展和改革委员会",
        "云泽省教育厅",
        "云泽省公安厅",
        "云泽省财政厅",
        "云泽省人力资源和社会保障厅",
        "云泽省自然资源厅",
        "云泽省生态环境厅",
        "云泽省住房和城乡建设厅",
        "云泽省交通运输厅",
        "云泽省农业农村厅",
        "云泽省商务厅",
        "云泽省文化和旅游厅",
        "云泽省卫生健康委员会",
        "云泽省应急管理厅",
        "云泽省市场监督管理局",
        "青岚市人民政府",
        "东岸市人民政府",
        "临溪县人民政府",
        "滨江新区管委会",
    ),
    "zh-Hans-news": (
        "人民网",
        "新华网",
        "央视网",
        "中国新闻网",
        "东岸日报",
        "江南晨报",
        "潮讯",
        "东岸广电",
        "东岸发布",
        "东岸交警",
        "东岸气象",
        "东岸文旅",
    ),
    "zh-Hant": (
        "香港政府一站通",
        "香港天文台",
        "運輸署",
        "衞生防護中心",
        "澳門特別行政區政府入口網站",
        "澳門氣象局",
        "社會工作局",
        "旅遊局",
    ),
    "ja": (
        "内閣府",
        "総務省",
        "川浜県",
        "川浜市議会",
        "川浜市観光協会",
        "川浜市社会福祉協議会",
        "川浜市立図書館",
        "川浜消防本部",
    ),
}

LINK_SUFFIX = {"zh-Hans-gov": "gov.cn", "zh-Hans-news": "com.cn", "zh-Hant": "gov.hk", "ja": "lg.jp"}


def _pack(view: View) -> str:
    site = view.site
    if site.lang == "ja":
        return "ja"
    if site.lang == "zh-Hant":
        return "zh-Hant"
    return "zh-Hans-gov" if site.group in ("gov", "uni") else "zh-Hans-news"


def _prefix(view: View) -> str:
    return view.site.key.split("-")[0][:4]


def sub_menus(view: View) -> str:
    """Drop-down sub-menus under the main navigation."""
    p, pack = _prefix(view), _pack(view)
    blocks = []
    for n, (head, items) in enumerate(MENUS[pack].items()):
        links = "".join(f'<li><a href="/{p}/m{n}/{k}/">{esc(t)}</a></li>' for k, t in enumerate(items))
        blocks.append(f'<div class="{p}-sub" data-menu="{n}"><h4>{esc(head)}</h4><ul>{links}</ul></div>')
    return f'<div class="{p}-subnav" style="display:none">{"".join(blocks)}</div>'


def topic_tiles(view: View) -> str:
    p, pack = _prefix(view), _pack(view)
    tiles = "".join(
        f'<li><a href="/{p}/zt/{k}/" target="_blank"><img src="/{p}/images/zt/{k}.jpg" alt="{esc(t)}"><span>{esc(t)}</span></a></li>'
        for k, t in enumerate(TOPICS[pack])
    )
    return f'<div class="{p}-zt"><ul>{tiles}</ul></div>'


def friend_links(view: View) -> str:
    p, pack = _prefix(view), _pack(view)
    suffix = LINK_SUFFIX[pack]
    options = "".join(
        f'<option value="https://www.{p}{k:02d}.{suffix}/">{esc(t)}</option>'
        for k, t in enumerate(FRIENDS[pack])
    )
    return f'<div class="{p}-links"><select onchange="if(this.value)window.open(this.value)"><option value="">{esc(_label(pack))}</option>{options}</select></div>'


def _label(pack: str) -> str:
    return {"ja": "関連リンク", "zh-Hant": "相關網站"}.get(pack, "友情链接")


def inline_scripts(view: View) -> str:
    """The small inline scripts such templates carry: tab switching, a clock, a back-to-top button."""
    p = _prefix(view)
    return (
        "<script>\n"
        f"$(function(){{$('.{p}-tab li').hover(function(){{var i=$(this).index();$(this).addClass('on').siblings().removeClass('on');"
        f"$(this).parents('.{p}-tabs').find('.{p}-pane').eq(i).show().siblings('.{p}-pane').hide();}});"
        f"$('.{p}-gotop').click(function(){{$('html,body').animate({{scrollTop:0}},300)}});}});\n"
        "function showDate(){var d=new Date(),w=['日','一','二','三','四','五','六'];"
        f"var el=document.getElementById('{p}-clock');if(el)el.innerHTML=d.getFullYear()+'-'+(d.getMonth()+1)+'-'+d.getDate()+' 星期'+w[d.getDay()];}}\n"
        "showDate();\n</script>"
        f'<a class="{p}-gotop" href="javascript:;" title="top">^</a><span id="{p}-clock"></span>'
    )


def chrome(view: View) -> str:
    """All of it, for templates that keep it in one place (most keep it before the footer)."""
    return sub_menus(view) + topic_tiles(view) + friend_links(view) + inline_scripts(view)
