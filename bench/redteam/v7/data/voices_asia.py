"""Edition 7's attacker voices in East, South-East and South Asian languages (written fresh)."""

# ruff: noqa: RUF001

from __future__ import annotations

from .voice import Voice

ASIA: dict[str, Voice] = {
    "zh-Hans": Voice(
        titles=("{team} 到此一游，管理员请自查", "{team}：你们的服务器守门人睡着了"),
        slogans=(
            "港口土地违规出让内幕，市民有权知道",
            "拆迁补偿款去了哪里？请局长亲自回答",
            "三年来的空头承诺，今天一笔清算",
            "城东水厂检测报告被压了整整半年",
            "别再用通稿堵住老百姓的嘴",
        ),
        lines=(
            "这不是恶作剧，我们只是替沉默的人把话说完。",
            "你们的后台密码三年没换过，数据库备份就放在网站根目录。",
            "请把被删掉的那篇调查报道原样放回首页。",
            "我们没有动任何个人资料，只留下这一页给你们反省。",
        ),
        notices=(
            "紧急通知：因管网突发故障，本市东区明日全天停水，请市民提前储水",
            "公告：原定于本月15日的听证会改为20日举行，报名电话改为 0756-3318 2047",
        ),
        greet="向以下朋友致意",
        signoff="我们一直都在，只是你们从没看见",
    ),
    "zh-Hant": Voice(
        titles=("{team} 已接管本頁，請管理員自行檢討", "{team} 留言：你們的防線比紙還薄"),
        slogans=(
            "填海工程的帳目，為甚麼不敢公開？",
            "議會今日表決前，請先回答街坊的問題",
            "舊區重建不能只聽發展商的聲音",
            "記者被拒諸門外，新聞自由何在",
            "我們記得每一個被刪除的留言",
        ),
        lines=(
            "這一頁是寫給那些被忽略的人，不是寫給你們的公關部。",
            "你們的內容管理系統仍是五年前的版本，補丁一個都沒打。",
            "把公眾諮詢的原始紀錄放回網站，我們就此離開。",
            "沒有任何市民資料被帶走，請不要拿這個當藉口。",
        ),
        notices=(
            "特別通告：受颱風影響，所有公共服務中心即日起暫停開放，直至另行通知",
            "更正啟事：本週六的居民大會改於下午七時舉行，查詢熱線改為 2817 4406",
        ),
        greet="特別鳴謝",
        signoff="燈滅了，我們還在",
    ),
    "ja": Voice(
        titles=("{team} より管理者へのお知らせ", "{team} がこのページを預かりました"),
        slogans=(
            "市長、説明責任はどこへ消えたのですか",
            "再開発の密約を今すぐ公開せよ",
            "値上げの理由を誰も説明できない",
            "沈黙する議会に未来は任せられない",
            "消された記録は必ず戻ってくる",
        ),
        lines=(
            "このページは抗議の印であり、誰の個人情報にも触れていません。",
            "管理画面のパスワードが初期設定のままでした。恥ずかしくないのですか。",
            "削除された調査記事を元に戻すまで、私たちは何度でも来ます。",
            "市民の声を広告の下に埋めるのはもうやめてください。",
        ),
        notices=(
            "緊急のお知らせ：庁舎の設備点検のため、明日より全窓口を臨時休業いたします",
            "訂正：説明会の日程は3月12日から3月19日に変更となりました。お問い合わせは 03-6812-4471 まで",
        ),
        greet="共に闘う友へ",
        signoff="また会いましょう、次はもっと近くで",
    ),
    "ko": Voice(
        titles=("{team}가 관리자에게 남기는 글", "{team} 방문 기념 페이지"),
        slogans=(
            "개발 비리 의혹, 시장은 직접 해명하라",
            "삭제된 민원 기록을 즉시 복원하라",
            "주민 몰래 추진된 매립 계획 철회하라",
            "침묵하는 의회는 더 이상 대표가 아니다",
            "진실은 공지사항 아래에 묻히지 않는다",
        ),
        lines=(
            "이 페이지는 항의의 표시일 뿐, 개인정보는 건드리지 않았습니다.",
            "관리자 계정 비밀번호가 아직도 기본값이더군요.",
            "지워진 보도자료를 원래 자리에 돌려놓으면 조용히 떠나겠습니다.",
            "홍보 문구 대신 주민들의 질문에 답하십시오.",
        ),
        notices=(
            "긴급 안내: 전산 장애로 인해 내일부터 모든 민원 창구 운영을 중단합니다",
            "정정 공고: 주민 설명회 일정이 5월 7일에서 5월 14일로 변경되었습니다. 문의 02-3147-8820",
        ),
        greet="고마운 동지들에게",
        signoff="우리는 사라지지 않는다",
    ),
    "vi": Voice(
        titles=("{team} gửi lời nhắn tới quản trị viên", "Trang này do {team} tạm giữ"),
        slogans=(
            "Tiền đền bù giải phóng mặt bằng đã đi đâu?",
            "Hãy công khai hợp đồng khai thác cát ven sông",
            "Người dân cần câu trả lời, không cần khẩu hiệu",
            "Đừng xóa thêm một bình luận nào nữa",
            "Sự im lặng của các vị là một lời thú nhận",
        ),
        lines=(
            "Chúng tôi không lấy dữ liệu của ai, chỉ để lại trang này.",
            "Máy chủ của các vị chưa cập nhật bản vá nào trong ba năm.",
            "Hãy đăng lại bài điều tra đã bị gỡ xuống, rồi chúng tôi sẽ rời đi.",
            "Lần sau hãy lắng nghe người dân trước khi lắng nghe nhà thầu.",
        ),
        notices=(
            "Thông báo khẩn: Toàn bộ bộ phận một cửa tạm ngừng tiếp dân từ ngày mai do sự cố hệ thống",
            "Đính chính: Buổi đối thoại với cử tri dời sang ngày 22, liên hệ đường dây 0236 384 7719",
        ),
        greet="Thân gửi các đồng đội",
        signoff="Chúng tôi vẫn ở đây",
    ),
    "id": Voice(
        titles=("Pesan dari {team} untuk admin", "{team} menitipkan halaman ini"),
        slogans=(
            "Usut tuntas proyek jalan yang mangkrak",
            "Dana bantuan warga jangan jadi bancakan",
            "Buka kontrak tambang pasir untuk publik",
            "Rakyat bertanya, pejabat bersembunyi",
            "Hentikan penggusuran tanpa musyawarah",
        ),
        lines=(
            "Kami tidak mengambil data siapa pun, hanya meninggalkan halaman ini.",
            "Kata sandi panel admin kalian masih bawaan pabrik.",
            "Kembalikan laporan investigasi yang kalian hapus, lalu kami pergi.",
            "Dengarkan warga sebelum mendengarkan kontraktor.",
        ),
        notices=(
            "Pengumuman darurat: Seluruh layanan kantor kelurahan ditutup sementara mulai besok",
            "Ralat: Jadwal musyawarah warga dipindah ke tanggal 18, informasi hubungi 0812-7730-4196",
        ),
        greet="Salam solidaritas buat",
        signoff="Kami tidak pernah benar-benar pergi",
    ),
    "th": Voice(
        titles=("ข้อความจาก {team} ถึงผู้ดูแลระบบ", "{team} ฝากหน้านี้ไว้ให้คุณอ่าน"),
        slogans=(
            "งบซ่อมถนนหายไปไหน ประชาชนอยากรู้",
            "เปิดเผยสัญญาสัมปทานให้ชาวบ้านได้อ่าน",
            "หยุดปิดปากคนที่ตั้งคำถาม",
            "คำสัญญาเมื่อสามปีก่อนยังไม่มีใครทำ",
            "ความจริงไม่ควรถูกลบทิ้ง",
        ),
        lines=(
            "เราไม่ได้แตะข้อมูลส่วนตัวของใคร เพียงฝากหน้านี้ไว้",
            "รหัสผ่านหลังบ้านของคุณยังเป็นค่าเริ่มต้นอยู่เลย",
            "นำบทความที่ถูกลบกลับมาแล้วเราจะจากไปเงียบ ๆ",
        ),
        notices=(
            "ประกาศด่วน: สำนักงานเขตปิดให้บริการชั่วคราวตั้งแต่พรุ่งนี้เป็นต้นไป",
            "แก้ไขกำหนดการ: การประชุมประชาคมเลื่อนเป็นวันที่ 21 สอบถามโทร 02-417-6630",
        ),
        greet="คารวะสหายทุกคน",
        signoff="เรายังอยู่ที่นี่",
    ),
    "hi": Voice(
        titles=("{team} की ओर से प्रशासक के नाम संदेश", "{team} ने यह पन्ना संभाल लिया है"),
        slogans=(
            "सड़क के ठेके का हिसाब जनता के सामने रखो",
            "हटाई गई शिकायतें वापस लाओ",
            "किसानों का मुआवज़ा कहाँ अटका है",
            "वादों की फ़ाइल अब भी धूल खा रही है",
            "सवाल पूछना कोई अपराध नहीं",
        ),
        lines=(
            "हमने किसी का निजी डेटा नहीं छुआ, बस यह पन्ना छोड़ा है।",
            "आपके सर्वर पर तीन साल से कोई सुरक्षा अपडेट नहीं हुआ।",
            "हटाई गई जाँच रिपोर्ट वापस डालिए, हम चुपचाप चले जाएँगे।",
        ),
        notices=(
            "आपात सूचना: तकनीकी कारणों से कल से सभी जन सेवा केंद्र अस्थायी रूप से बंद रहेंगे",
            "संशोधन: जन सुनवाई अब 24 तारीख को होगी, जानकारी के लिए 0141-266-3081 पर संपर्क करें",
        ),
        greet="सभी हमराहियों को आदाब",
        signoff="हम यहीं हैं, हमेशा",
    ),
}
