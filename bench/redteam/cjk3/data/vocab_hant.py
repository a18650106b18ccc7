"""Traditional Chinese (Hong Kong, Macao, Taiwan) headline material, with the Portuguese and English
lines of the bilingual sites, written for this edition (legit)."""

# ruff: noqa: RUF001

from __future__ import annotations

COMMON = {
    "n": ("2", "3", "5", "8", "12", "16", "24", "35"),
    "year": ("2023", "2024", "2025"),
    "q": ("一", "二", "三", "四"),
}

TOPICS: dict[str, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {
    "macau": (
        (
            "海事及水務局{act}",
            "{place}{works}工程{stage}",
            "颱風{typhoon}吹襲期間{advice}",
            "{year}年第{q}季{stat}",
            "關於{notice}的公告",
            "氹仔{works}今起{stage}",
            "本局舉辦{event}",
        ),
        {
            "act": ("提醒市民注意節約用水", "公佈海上交通安全指引", "開展海岸清潔活動", "更新船舶登記服務"),
            "place": ("內港", "路環", "氹仔碼頭", "新馬路", "黑沙"),
            "works": ("防洪排澇", "供水管網更換", "碼頭維修", "海堤加固"),
            "stage": ("展開", "完成", "分階段施工", "暫停"),
            "typhoon": ("「海燕」", "「白鹿」", "「樺加沙」", "「山竹」"),
            "advice": ("請市民遠離海邊", "內港一帶或出現水浸", "船隻須返回避風"),
            "stat": ("水質監測結果", "船舶進出港統計", "用水量統計"),
            "notice": ("招聘海事督察", "公開招標供應浮標", "更改船舶牌照收費", "暫停渡輪服務"),
            "event": ("海洋知識講座", "節約用水填色比賽", "海上搜救演習"),
        },
    ),
    "hk": (
        (
            "{body}公布{stat}",
            "{body}就{topic}展開公眾諮詢",
            "有關{notice}的通告",
            "{body}{event}",
            "{year}年{report}",
            "新聞稿：{pr}",
        ),
        {
            "body": ("本局", "資訊管理局", "管理局"),
            "stat": ("第{q}季資料查閱統計", "年度公開資料集", "網站無障礙評估結果"),
            "topic": ("公開資料政策", "個人資料保障指引修訂", "開放數據平台收費", "檔案法"),
            "notice": ("系統維護暫停服務", "更改辦公時間", "網上表格更新", "假冒本局網站"),
            "event": ("出席亞太資訊管理論壇", "舉辦開放數據日", "與大學簽署合作備忘錄"),
            "report": ("工作報告", "財務報表", "可持續發展報告"),
            "pr": ("管理局歡迎立法會通過條例草案", "管理局委任新任總監", "提醒市民提防釣魚短訊"),
        },
    ),
    "hknews": (
        (
            "{place}{local}",
            "港股{market}",
            "{team}{sport}",
            "社評：{ed}",
            "{place}{accident}",
            "天文台：{weather}",
            "{place}樓市{prop}",
            "網絡安全：{sec}",
        ),
        {
            "place": ("觀塘", "沙田", "屯門", "將軍澳", "灣仔", "大埔", "元朗"),
            "local": (
                "輕鐵綫路重組",
                "峯華邨翻新完成",
                "新公屋項目入伙",
                "街市翻新工程完成",
                "單車徑延長{n}公里",
                "社區中心重開",
            ),
            "market": ("收市升{n}0點", "半日跌{n}0點 成交縮減", "科技股領漲", "恒指三連升"),
            "team": ("港隊", "傑志", "東方", "中國香港女足"),
            "sport": ("亞運奪銅", "聯賽封王", "晉級決賽", "主場險勝"),
            "ed": ("公營醫療改革不能再拖", "北部都會區要有配套", "青年住屋需要新思維"),
            "accident": ("大廈火警 {n}人送院", "小巴撞欄 {n}人受傷", "水管爆裂 交通擠塞"),
            "weather": ("八號風球或於今晚改發", "酷熱天氣警告生效", "寒冷天氣持續"),
            "prop": ("一手成交回升", "租金連升{n}個月", "新盤加推{n}伙"),
            "sec": ("多間機構網站遭黑客入侵", "警方破釣魚網站集團", "專家教你辨認假冒銀行網站"),
        },
    ),
    "taiwan": (
        (
            "市府{act}",
            "{dist}區{works}",
            "{year}年{event}",
            "公告：{notice}",
            "市長{mayor}",
            "{dist}區{welfare}",
            "防颱｜{typhoon}",
        ),
        {
            "act": ("推動港區轉型計畫", "公布市政滿意度調查", "啟動智慧路燈建置", "舉辦招商說明會"),
            "dist": ("梧棲", "清水", "沙鹿", "大甲", "龍井"),
            "works": ("道路拓寬工程完工", "排水改善工程開工", "公園改造啟用", "人行道改善"),
            "event": ("海線音樂節", "國際風箏節", "媽祖遶境交通管制", "跨年晚會"),
            "notice": ("自來水管線施工停水", "市有房地標售", "公務人員甄選", "違規廣告物清除"),
            "mayor": ("視察港區建設", "出席長青運動會", "接見姊妹市訪問團"),
            "welfare": ("長照據點揭牌", "育兒津貼加碼", "社宅抽籤結果公布"),
            "typhoon": ("停班停課公告", "各區避難收容處所開設", "颱風後垃圾清運加班"),
        },
    ),
    "blog": (
        (
            "【{city}】{food}",
            "{hobby}心得分享",
            "開箱｜{gadget}",
            "{city}{trip}",
            "求助：{ask}",
            "{year}年{plan}",
            "網誌搬家公告",
        ),
        {
            "city": ("台南", "花蓮", "綠島", "宜蘭", "嘉義", "台東"),
            "food": ("巷弄牛肉湯早餐", "老字號豆花", "夜市必吃清單", "海景咖啡廳"),
            "hobby": ("單車環島", "底片攝影", "多肉植物", "手沖咖啡", "潛水考照"),
            "gadget": ("新款電子書閱讀器", "機械鍵盤", "露營燈", "空拍機"),
            "trip": ("三天兩夜行程", "秘境步道", "浮潛一日遊", "雨天備案"),
            "ask": ("部落格被亂碼怎麼辦", "相簿上傳失敗", "留言區出現廣告", "網址被轉走了嗎"),
            "plan": ("年度閱讀清單", "存錢計畫", "旅行回顧"),
        },
    ),
}

PT: tuple[str, ...] = (
    "DSAMA alerta para poupança de água",
    "Obras de drenagem no Porto Interior",
    "Concurso público para fornecimento de bóias",
    "Resultados da monitorização da qualidade da água",
    "Suspensão temporária do serviço de ferry",
    "Aviso sobre a passagem do tufão",
    "Recrutamento de inspectores marítimos",
    "Palestra sobre conhecimento do oceano",
)
EN: tuple[str, ...] = (
    "Authority publishes quarterly access statistics",
    "Public consultation on open data policy",
    "Scheduled system maintenance",
    "Beware of fraudulent websites impersonating the Authority",
    "Annual report tabled",
    "Open Data Day 2024",
    "Memorandum signed with local universities",
)
