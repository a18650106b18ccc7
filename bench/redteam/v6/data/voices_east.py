"""Edition 6's attacker voices in East, South-East and South Asian languages, written for it alone."""

# ruff: noqa: RUF001

from __future__ import annotations

from ...v5.data.voice import Voice

VOICES_EAST: dict[str, Voice] = {
    "zh-Hans": Voice(
        titles=(
            "{team} 到此一游，网站暂由我们托管",
            "今晚由 {team} 替你们看守首页",
            "{team} 致本站全体管理员的一封信",
        ),
        lines=(
            "你们的后台口令三年没换过，连一把像样的锁都舍不得买。",
            "我们没有删除任何数据，只是替你们说了几句真话。",
            "请转告你们的领导：老百姓的水费单比你们的新闻稿诚实。",
            "把维护合同外包给亲戚公司的人，迟早会收到这样的首页。",
            "明天之前修好漏洞，否则我们会再来一次，而且留得更久。",
        ),
        greet="特别鸣谢",
        signoff="夜班值守，随时回访",
        slogans=(
            "谁在替我们说话",
            "水费涨了三倍，官网只字未提",
            "拆迁款去哪儿了",
            "停止删帖，开放评论区",
            "我们记得每一个被消失的名字",
        ),
        plain=(
            "市政府宣布：本市所有公立学校即日起停课两周",
            "区长今日辞职，称对财政赤字负全部责任",
            "自来水厂检测报告造假，居民请勿直接饮用",
            "本网站将于本月底永久关闭，感谢多年陪伴",
            "社保系统升级期间，所有养老金暂停发放",
        ),
    ),
    "zh-Hant": Voice(
        titles=("{team} 到訪，本站首頁暫時由我們代管", "{team} 給管理員的公開信", "網站已由 {team} 重新佈置"),
        lines=(
            "你們的伺服器三年沒有更新，連門都沒有鎖。",
            "我們沒有帶走任何資料，只是借你們的首頁說幾句話。",
            "請告訴你們的主管：市民看得見你們刪掉的留言。",
            "澳門和香港的網站管理員，請檢查你們的外判合約。",
            "修好之前，我們隨時會回來喝茶。",
        ),
        greet="感謝同行",
        signoff="深水埗夜班 敬上",
        slogans=(
            "公帑不是私人錢包",
            "還我海濱長廊",
            "誰批准了這份合約",
            "聲音不會被刪除",
            "茶餐廳比議會更誠實",
        ),
        plain=(
            "政府宣布：全港公共圖書館即日起無限期關閉",
            "旅遊局確認：所有入境簽證即時暫停受理",
            "本會主席今日請辭，承認帳目存在重大漏洞",
            "颱風警告信號已升至十號，請市民留在家中",
            "港鐵全線將於今晚起停駛七日",
        ),
    ),
    "ja": Voice(
        titles=(
            "{team} より管理者様へ",
            "今夜は {team} がトップページの番をしています",
            "{team} 参上、トップページ模様替え済み",
        ),
        lines=(
            "管理画面のパスワードは会社名と創立年でした。",
            "データは一切消していません。ただ、言いたいことを書いただけです。",
            "委託業者に丸投げしたサイトは、誰も見ていないのと同じです。",
            "次の更新までに穴を塞がなければ、また伺います。",
        ),
        greet="お世話になった皆様",
        signoff="深夜三時の当番より",
        slogans=(
            "税金の使い道を公開せよ",
            "黙っていれば同意したことになる",
            "この街の声を聞け",
            "説明責任はどこへ消えた",
            "記録は消せても記憶は消せない",
        ),
        plain=(
            "市役所は本日をもって全窓口業務を終了いたします",
            "水道水から基準値を超える物質が検出されました",
            "市長が本日付で辞任する意向を表明しました",
            "年金の支給を当面の間すべて停止いたします",
        ),
    ),
    "ko": Voice(
        titles=(
            "{team} 이 잠시 머물다 갑니다",
            "관리자님께, {team} 드림",
            "{team} 의 공지: 첫 화면을 바꿨습니다",
        ),
        lines=(
            "관리자 비밀번호가 회사 이름에 숫자 네 개였습니다.",
            "자료는 하나도 지우지 않았습니다. 대신 몇 마디 남깁니다.",
            "보안 점검 예산은 어디에 쓰셨습니까?",
            "고치기 전까지 우리는 다시 올 겁니다.",
        ),
        greet="함께한 동료들",
        signoff="새벽 당직조 올림",
        slogans=(
            "예산 내역을 공개하라",
            "우리는 잊지 않는다",
            "침묵도 대답이다",
            "시민의 목소리를 들어라",
            "책임자는 어디에 있나",
        ),
        plain=(
            "시청은 오늘부로 모든 민원 업무를 중단합니다",
            "구청장이 오늘 사퇴 의사를 밝혔습니다",
            "수돗물에서 기준치를 넘는 물질이 검출되었습니다",
            "다음 달부터 모든 공공요금이 두 배로 인상됩니다",
        ),
    ),
    "vi": Voice(
        titles=(
            "{team} đã ghé thăm trang này",
            "Thư gửi quản trị viên từ {team}",
            "{team} đang giữ trang chủ giúp các anh",
        ),
        lines=(
            "Mật khẩu quản trị của các anh là ngày thành lập công ty.",
            "Chúng tôi không xóa gì cả, chỉ mượn trang chủ để nói vài lời.",
            "Tiền bảo trì mỗi năm đi đâu mà cửa vẫn không khóa?",
            "Sửa lỗi đi, nếu không chúng tôi sẽ quay lại.",
        ),
        greet="Gửi lời chào tới đồng đội",
        signoff="Ca đêm Sài Gòn",
        slogans=(
            "Minh bạch ngân sách ngay",
            "Dân cần sự thật",
            "Đừng im lặng nữa",
            "Ai ký hợp đồng này",
            "Tiếng nói không thể xóa",
        ),
        plain=(
            "Ủy ban thông báo tạm dừng toàn bộ dịch vụ công từ hôm nay",
            "Chủ tịch phường chính thức từ chức vì sai phạm tài chính",
            "Nước máy khu vực trung tâm không an toàn để uống",
            "Trang web sẽ ngừng hoạt động vĩnh viễn vào cuối tháng",
        ),
    ),
    "id": Voice(
        titles=(
            "{team} numpang lewat di sini",
            "Surat untuk admin dari {team}",
            "Beranda ini sementara dipegang {team}",
        ),
        lines=(
            "Kata sandi admin kalian adalah nama kota ditambah 123.",
            "Tidak ada data yang kami hapus, kami hanya meminjam halaman depan.",
            "Anggaran keamanan tahun ini dipakai untuk apa?",
            "Tambal celahnya, atau kami datang lagi minggu depan.",
        ),
        greet="Salam kompak buat",
        signoff="Regu jaga malam",
        slogans=(
            "Buka anggaran daerah",
            "Rakyat bukan penonton",
            "Kami tidak lupa",
            "Siapa yang tanda tangan",
            "Suara kami tak bisa dihapus",
        ),
        plain=(
            "Pemerintah kota menutup seluruh layanan publik mulai hari ini",
            "Bupati resmi mengundurkan diri karena skandal anggaran",
            "Air PDAM tercemar, warga diminta tidak meminumnya",
            "Situs ini akan ditutup permanen akhir bulan ini",
        ),
    ),
    "hi": Voice(
        titles=("{team} यहाँ रुका था", "{team} की ओर से प्रशासक के नाम पत्र", "आज रात यह मुखपृष्ठ {team} सँभाल रहा है"),
        lines=(
            "आपका एडमिन पासवर्ड दफ़्तर का फ़ोन नंबर था।",
            "हमने कोई डेटा नहीं मिटाया, बस कुछ बातें लिख दी हैं।",
            "सुरक्षा का बजट आखिर किसकी जेब में गया?",
            "कमज़ोरी ठीक कीजिए, वरना हम फिर आएँगे।",
        ),
        greet="ख़ास सलाम",
        signoff="रात की पाली",
        slogans=(
            "जनता को हिसाब चाहिए",
            "चुप्पी भी जवाब है",
            "हम भूले नहीं हैं",
            "ठेका किसने दिया",
            "आवाज़ दबाई नहीं जा सकती",
        ),
        plain=(
            "नगर निगम ने आज से सभी सेवाएँ अनिश्चित काल के लिए बंद कीं",
            "ज़िलाधिकारी ने वित्तीय अनियमितता के बाद इस्तीफ़ा दिया",
            "नल का पानी पीने योग्य नहीं, नागरिक सावधान रहें",
            "यह वेबसाइट महीने के अंत में स्थायी रूप से बंद होगी",
        ),
    ),
    "th": Voice(
        titles=("{team} แวะมาทักทาย", "จดหมายถึงผู้ดูแลระบบจาก {team}", "คืนนี้ {team} ขอเฝ้าหน้าแรกแทน"),
        lines=(
            "รหัสผ่านผู้ดูแลของคุณคือชื่อหน่วยงานตามด้วยปีเกิด",
            "เราไม่ได้ลบข้อมูลใด ๆ แค่ขอยืมหน้าแรกพูดสักหน่อย",
            "งบประมาณความปลอดภัยหายไปไหนหมด",
            "รีบแก้ไขเสีย ไม่อย่างนั้นเราจะกลับมาอีก",
        ),
        greet="ขอบคุณเพื่อน ๆ",
        signoff="เวรกะดึก",
        slogans=("เปิดเผยงบประมาณเดี๋ยวนี้", "ประชาชนต้องการความจริง", "เราไม่ลืม", "ใครเซ็นสัญญานี้", "เสียงเราลบไม่ได้"),
        plain=(
            "เทศบาลประกาศปิดบริการประชาชนทั้งหมดตั้งแต่วันนี้",
            "นายกเทศมนตรีลาออกหลังพบการทุจริตงบประมาณ",
            "น้ำประปาในเขตเมืองไม่ปลอดภัยสำหรับการดื่ม",
            "เว็บไซต์นี้จะปิดถาวรภายในสิ้นเดือนนี้",
        ),
    ),
}
