# ruff: noqa: RUF001 (texts in their own scripts: full-width and typographic punctuation)
"""Texts of legitimate pages, part two: Asian and Middle Eastern languages (written for edition 9)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .page_text_type import PageText

TEXTS_B: Mapping[str, PageText] = MappingProxyType(
    {
        "zh-Hans": PageText(
            "滨江都市报",
            ("本地", "财经", "体育", "文化"),
            ("市政府公布老旧小区改造计划", "地铁五号线南延段年底通车", "本周末将迎来大范围降温"),
            "据介绍，改造工程将于明年春季启动，预计惠及居民三万余户，相关部门将广泛听取市民意见。",
            "系统维护中，预计凌晨六点前恢复访问，给您带来不便敬请谅解。",
            "抱歉，您要找的网页已经删除或者移动了。",
            ("用户名", "密码", "登录"),
            "某市医院信息系统遭网络攻击 警方已立案调查",
        ),
        "zh-Hant": PageText(
            "維港晨訊",
            ("本地", "財經", "體育", "副刊"),
            ("政府宣布擴建郊野公園步道", "新巴士路線下月起投入服務", "本港天文台發出寒冷天氣警告"),
            "有關工程預計明年第一季展開，當局表示會盡量減少對附近居民的影響。",
            "系統維護中，請稍後再試。",
            "找不到您要求的網頁。",
            ("帳號", "密碼", "登入"),
            "多間學校電腦系統遭勒索軟件攻擊 警方介入調查",
        ),
        "ja": PageText(
            "北陸中央新聞",
            ("地域", "経済", "スポーツ", "文化"),
            (
                "市議会が新しい図書館の建設計画を可決",
                "週末は各地で雪の予報、交通機関に注意",
                "地元高校が全国大会への出場を決める",
            ),
            "工事は来年春に始まり、完成は二年後の予定です。市は住民説明会を開く方針です。",
            "ただいまメンテナンス中です。しばらくしてから再度アクセスしてください。",
            "お探しのページは見つかりませんでした。",
            ("ユーザー名", "パスワード", "ログイン"),
            "市役所のサーバーに不正アクセス、住民情報流出の可能性",
        ),
        "ko": PageText(
            "남도일보",
            ("지역", "경제", "스포츠", "문화"),
            (
                "시의회, 청년 주거 지원 조례 통과",
                "주말 사이 전국에 비 소식",
                "지역 축제에 관광객 10만 명 몰려",
            ),
            "사업은 내년 상반기에 착수해 2년 안에 마무리할 계획이라고 시 관계자는 밝혔다.",
            "서비스 점검 중입니다. 잠시 후 다시 이용해 주세요.",
            "요청하신 페이지를 찾을 수 없습니다.",
            ("아이디", "비밀번호", "로그인"),
            "대학 홈페이지 해킹 피해, 학생 개인정보 유출 여부 조사",
        ),
        "ar": PageText(
            "جريدة النخيل اليومية",
            ("محليات", "اقتصاد", "رياضة", "ثقافة"),
            (
                "البلدية تعلن عن مشروع جديد لتطوير الحدائق العامة",
                "افتتاح معرض الكتاب بمشاركة مئة دار نشر",
                "ارتفاع درجات الحرارة خلال الأيام المقبلة",
            ),
            "ومن المتوقع أن تبدأ الأعمال في الربيع المقبل وتستمر نحو عامين بحسب بيان البلدية.",
            "الموقع قيد الصيانة حاليا، يرجى المحاولة لاحقا.",
            "لم نعثر على هذه الصفحة، ربما تغير رابطها.",
            ("اسم المستخدم", "كلمة المرور", "دخول"),
            "هجوم إلكتروني يعطل أنظمة شركة الكهرباء لساعات",
        ),
        "fa": PageText(
            "روزنامه البرز",
            ("شهری", "اقتصاد", "ورزش", "فرهنگ"),
            (
                "شورای شهر طرح توسعه پارک‌ها را تصویب کرد",
                "نمایشگاه کتاب با حضور ناشران استانی آغاز شد",
                "پیش‌بینی بارش باران در پایان هفته",
            ),
            "اجرای این طرح از بهار آینده آغاز می‌شود و حدود دو سال طول خواهد کشید.",
            "سایت در حال به‌روزرسانی است. لطفا بعدا مراجعه کنید.",
            "این صفحه وجود ندارد یا جابه‌جا شده است.",
            ("نام کاربری", "رمز عبور", "ورود"),
            "حمله سایبری به سامانه یک بانک، خدمات اینترنتی چند ساعت قطع شد",
        ),
        "vi": PageText(
            "Báo Đồng Bằng",
            ("Thời sự", "Kinh tế", "Thể thao", "Văn hóa"),
            (
                "Thành phố khởi công cầu mới qua sông Hậu",
                "Giá lúa tăng nhẹ trong tuần qua",
                "Lễ hội trái cây thu hút đông đảo du khách",
            ),
            "Công trình dự kiến hoàn thành sau hai năm, góp phần giảm ùn tắc giao thông khu vực trung tâm.",
            "Hệ thống đang bảo trì, vui lòng quay lại sau.",
            "Trang này không còn tồn tại hoặc đã được chuyển đi.",
            ("Tên đăng nhập", "Mật khẩu", "Đăng nhập"),
            "Website cơ quan nhà nước bị tấn công, cơ quan chức năng vào cuộc",
        ),
        "id": PageText(
            "Warta Nusantara",
            ("Daerah", "Ekonomi", "Olahraga", "Budaya"),
            (
                "Pemkot resmikan pasar tradisional yang baru direnovasi",
                "Jalur kereta bandara beroperasi penuh bulan depan",
                "Festival kuliner digelar selama tiga hari",
            ),
            "Pembangunan ditargetkan selesai akhir tahun dengan anggaran dari pemerintah provinsi.",
            "Situs sedang dalam pemeliharaan. Silakan kembali beberapa saat lagi.",
            "Halaman yang Anda cari tidak ditemukan.",
            ("Nama pengguna", "Kata sandi", "Masuk"),
            "Pusat data nasional diserang ransomware, layanan publik terganggu",
        ),
    }
)
CHARSETS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "de": ("utf-8", "iso-8859-1", "windows-1252"),
        "en": ("utf-8", "us-ascii"),
        "fr": ("utf-8", "iso-8859-15"),
        "es": ("utf-8", "iso-8859-1"),
        "pt": ("utf-8", "iso-8859-1"),
        "ru": ("windows-1251", "koi8-r", "utf-8"),
        "uk": ("windows-1251", "utf-8"),
        "pl": ("iso-8859-2", "windows-1250", "utf-8"),
        "tr": ("windows-1254", "iso-8859-9", "utf-8"),
        "zh-Hans": ("gb2312", "gbk", "gb18030", "utf-8"),
        "zh-Hant": ("big5", "utf-8"),
        "ja": ("shift_jis", "euc-jp", "utf-8"),
        "ko": ("euc-kr", "utf-8"),
        "ar": ("windows-1256", "utf-8"),
        "fa": ("utf-8", "windows-1256"),
        "vi": ("utf-8",),
        "id": ("utf-8",),
    }
)
