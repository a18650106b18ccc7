"""Edition 8's attacker voices for East, South and South-East Asian languages (written fresh)."""

# ruff: noqa: RUF001 - one text a line

from __future__ import annotations

from .voice import Voice

ASIA = {
    "zh-Hans": Voice(
        ("致贵站管理员的一封公开信", "本页面已由夜航船接管"),
        (
            "你们的防火墙比你们的新闻还要空洞",
            "温馨提示：本网站今日起暂停发布谎言，恢复时间另行通知",
            "江水不语，却记得每一个被删掉的名字",
            "我们只是路过，顺便替读者说了句实话",
            "三年前我们写过邮件，没有人回信，所以今天换一种方式",
            "告全体读者书：本站首页内容已依法移交人民审阅",
            "密码是生日，安全是笑话",
        ),
        ("夜航船小组", "青石巷技术组"),
    ),
    "zh-Hant": Voice(
        ("給編輯部的最後通知", "此站暫由北風社代為保管"),
        (
            "頭條已更正：真相今日休刊",
            "公告：本站伺服器已贈送給無人認領的良心",
            "霧散之後，城牆上只剩我們的字",
            "你們刪得掉留言，刪不掉記憶",
            "敬告讀者：今日所有報導均屬虛構，唯獨此句屬實",
            "管理員大人，您的後台密碼還在便利貼上嗎",
            "為被遺忘的村莊點一盞燈",
        ),
        ("北風社", "燈塔十三號"),
    ),
    "ja": Voice(
        ("管理者様へのお知らせ", "このページは月影連合が預かりました"),
        (
            "ご不便をおかけしますが、本日の見出しは我々が担当いたします",
            "更新履歴：真実を一件追加しました",
            "散る花も 声なき民の 叫びかな",
            "パスワードの使い回しは、やめたほうがいいですよ",
            "公式発表：編集部は本日付で全員有給休暇に入りました",
            "三度通報しても無視された脆弱性の記念碑です",
            "忘れられた港町のために、この一行を残す",
        ),
        ("月影連合", "灰色カラス"),
    ),
    "ko": Voice(
        ("관리자님께 드리는 안내문", "이 페이지는 새벽바람이 잠시 빌렸습니다"),
        (
            "오늘의 주요 기사: 귀사의 보안 담당자는 어디에 있습니까",
            "공지: 본 사이트의 진실 코너는 당분간 외주로 운영됩니다",
            "바람은 지워진 이름들을 기억한다",
            "세 번 제보했지만 답장이 없어서 직접 왔습니다",
            "정부 공식 발표를 흉내 내는 것도 이제 지겹다",
            "관리자 비밀번호 1q2w3e4r 축하드립니다",
            "잊혀진 섬마을 아이들을 위하여",
        ),
        ("새벽바람", "검은갈매기단"),
    ),
    "hi": Voice(
        ("प्रशासक के नाम एक खुला पत्र", "यह पन्ना अब रात्रि प्रहरी के पास है"),
        (
            "आज की मुख्य खबर: आपकी सुरक्षा छुट्टी पर है",
            "सूचना: इस वेबसाइट पर झूठ का प्रसारण अस्थायी रूप से बंद है",
            "नदी चुप है, पर हर डूबा गाँव उसे याद है",
            "हमने तीन बार ईमेल भेजा, जवाब नहीं आया, इसलिए खुद आ गए",
            "भारत माता के नाम, बिना अनुमति के",
            "आपका पासवर्ड आपके शहर का नाम था, बधाई हो",
            "भगवान सब देखता है, और अब हम भी",
        ),
        ("रात्रि प्रहरी", "नीलकंठ दल"),
    ),
    "id": Voice(
        ("Surat Terbuka untuk Admin", "Halaman ini Dititipkan pada Kami"),
        (
            "Berita utama hari ini: keamanan situs Anda sedang cuti bersama",
            "Pengumuman resmi: redaksi dibebaskan dari tugas mulai pukul 00.00",
            "Laut tidak pernah lupa nama nelayan yang hilang",
            "Sudah tiga kali kami lapor, tidak ada balasan, jadi kami mampir",
            "Untuk saudara kami di timur yang tidak pernah masuk berita",
            "Kata sandi admin123 di tahun ini? Sungguh berani",
            "Tuhan Maha Melihat, kami hanya membantu sedikit",
        ),
        ("Barisan Kabut Pagi", "Tim Lentera Senja"),
    ),
    "vi": Voice(
        ("Thư gửi quản trị viên", "Trang này tạm thời do Gió Bấc quản lý"),
        (
            "Tin nóng: bức tường lửa của quý vị làm bằng giấy",
            "Thông báo: trang tin ngừng đăng bài sai sự thật cho đến khi có quyết định mới",
            "Sông vẫn chảy, nhưng bến cũ đã không còn ai",
            "Chúng tôi đã báo lỗi ba lần mà không ai trả lời",
            "Vì những ngư dân không bao giờ được nhắc tên",
            "Mật khẩu quản trị là ngày sinh, thật đáng khen",
            "Người làm báo mà sợ sự thật thì nên đổi nghề",
        ),
        ("Nhóm Gió Bấc", "Đội Sao Khuya"),
    ),
    "th": Voice(
        ("จดหมายเปิดผนึกถึงผู้ดูแลระบบ", "หน้านี้อยู่ในความดูแลของกลุ่มเงาจันทร์"),
        (
            "ข่าวด่วน: ระบบป้องกันของท่านลาพักร้อน",
            "ประกาศ: เว็บไซต์งดเผยแพร่ข่าวเท็จชั่วคราว",
            "สายน้ำไม่พูด แต่จำทุกหมู่บ้านที่จมหาย",
            "เราแจ้งช่องโหว่ไปสามครั้งแล้วไม่มีใครตอบ",
            "รหัสผ่านคือวันเกิดของแมว ยินดีด้วย",
            "เพื่อชาวนาที่ไม่เคยได้ขึ้นหน้าหนึ่ง",
        ),
        ("กลุ่มเงาจันทร์",),
    ),
    "ms": Voice(
        ("Notis kepada Pentadbir", "Laman ini Dipinjam Sebentar"),
        (
            "Berita utama: sistem keselamatan anda sedang bercuti panjang",
            "Makluman rasmi: sidang pengarang digantung tugas serta-merta",
            "Ombak tidak berbohong, hanya akhbar yang berbohong",
            "Kami sudah hantar emel tiga kali tanpa jawapan",
            "Untuk anak-anak kampung yang dilupakan kerajaan",
        ),
        ("Angkatan Pasir Senja",),
    ),
    "bn": Voice(
        ("প্রশাসকের প্রতি খোলা চিঠি", "এই পাতাটি এখন ভোরের পাখির হাতে"),
        (
            "আজকের প্রধান খবর: আপনার নিরাপত্তা ছুটিতে আছে",
            "বিজ্ঞপ্তি: এই সাইটে মিথ্যা প্রচার সাময়িকভাবে বন্ধ",
            "নদী কথা বলে না, তবু সব ভাঙা ঘর মনে রাখে",
            "আমরা তিনবার জানিয়েছিলাম, কেউ উত্তর দেয়নি",
            "শহীদদের স্মরণে, অনুমতি ছাড়াই",
        ),
        ("ভোরের পাখি দল",),
    ),
}
