"""Legit page material in Vietnamese and Hindi."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.

from __future__ import annotations

from .page_lang import PageLang

VI = PageLang(
    "vi",
    "ltr",
    (
        ("Báo Sông Hương", "www.baosonghuong.example"),
        ("UBND Phường An Bình", "www.anbinh-phuong.example"),
        ("Công ty Lúa Vàng", "www.luavang.example"),
    ),
    ("Trang chủ", "Thời sự", "Kinh tế", "Thể thao", "Văn hóa", "Đời sống", "Giáo dục"),
    "Tin liên quan",
    "Giấy phép hoạt động báo chí điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    (
        (
            "Khánh thành cây cầu mới nối hai bờ sông",
            (
                "Cây cầu dài gần bốn trăm mét chính thức thông xe vào sáng nay.",
                "Người dân cho biết thời gian di chuyển giữa hai xã đã giảm một nửa.",
                "Công trình được hoàn thành sớm hơn kế hoạch hai tháng.",
            ),
        ),
        (
            "Lễ hội ẩm thực đường phố thu hút đông đảo du khách",
            (
                "Hơn một trăm gian hàng giới thiệu các món ăn đặc sản của địa phương.",
                "Ban tổ chức cho biết lễ hội sẽ kéo dài đến hết cuối tuần.",
            ),
        ),
        (
            "Học sinh thành phố giành huy chương vàng Olympic Toán",
            (
                "Em đã vượt qua nhiều thí sinh mạnh để giành giải cao nhất.",
                "Giáo viên chủ nhiệm cho biết em luôn tự giác học tập.",
            ),
        ),
    ),
    (
        (
            "Trang web của một trường đại học bị tấn công thay đổi giao diện",
            (
                "Sáng qua, trang chủ của trường bị thay bằng những dòng chữ không liên quan.",
                "Bộ phận kỹ thuật đã khôi phục trang web sau khoảng hai giờ.",
                "Nhà trường khẳng định dữ liệu của sinh viên không bị ảnh hưởng.",
            ),
        ),
        (
            "Chuyên gia cảnh báo nguy cơ từ các website không được cập nhật",
            (
                "Nhiều website vẫn dùng plugin cũ có lỗ hổng đã được công bố.",
                "Kẻ xấu thường chèn liên kết quảng cáo cờ bạc ẩn vào các trang này.",
            ),
        ),
    ),
    (
        (
            "Thông báo lịch tiếp công dân tháng này",
            (
                "Ủy ban nhân dân phường tiếp công dân vào sáng thứ Ba và thứ Năm hằng tuần.",
                "Công dân mang theo giấy tờ tùy thân khi đến làm việc.",
                "Mọi thắc mắc xin liên hệ bộ phận một cửa.",
            ),
        ),
    ),
    (
        (
            "Giới thiệu công ty",
            (
                "Lúa Vàng chuyên cung cấp gạo sạch cho các bếp ăn trường học và nhà hàng.",
                "Chúng tôi hợp tác trực tiếp với nông dân tại đồng bằng.",
                "Hãy liên hệ để nhận báo giá mới nhất.",
            ),
        ),
    ),
)


HI = PageLang(
    "hi",
    "ltr",
    (
        ("नगर समाचार", "www.nagar-samachar.example"),
        ("जिला प्रशासन सुरजपुर", "www.surajpur-zila.example"),
        ("नवरंग वस्त्र उद्योग", "www.navrang-vastra.example"),
    ),
    ("मुख्य पृष्ठ", "देश", "राज्य", "व्यापार", "खेल", "मनोरंजन", "शिक्षा"),
    "संबंधित खबरें",
    "सर्वाधिकार सुरक्षित। बिना अनुमति सामग्री का उपयोग वर्जित है।",
    (
        (
            "शहर में नए सामुदायिक अस्पताल का उद्घाटन",
            (
                "पचास बिस्तरों वाले इस अस्पताल में आपातकालीन सेवाएँ चौबीस घंटे उपलब्ध रहेंगी।",
                "स्थानीय निवासियों ने कहा कि अब इलाज के लिए दूर नहीं जाना पड़ेगा।",
                "अस्पताल में जल्द ही बच्चों का विशेष वार्ड भी शुरू होगा।",
            ),
        ),
        (
            "किसानों के लिए मौसम आधारित सलाह सेवा शुरू",
            (
                "कृषि विभाग अब हर सप्ताह मोबाइल पर मौसम की जानकारी भेजेगा।",
                "अधिकारियों के अनुसार इससे बुवाई की योजना बनाने में मदद मिलेगी।",
            ),
        ),
        (
            "जिला स्तरीय कबड्डी प्रतियोगिता में गाँव की टीम विजेता",
            ("फाइनल मुकाबला बेहद रोमांचक रहा।", "विजेता टीम को ट्रॉफी और नकद पुरस्कार दिया गया।"),
        ),
    ),
    (
        (
            "नगर निगम की वेबसाइट हैक, होमपेज पर दिखे आपत्तिजनक संदेश",
            (
                "सोमवार सुबह नगर निगम की वेबसाइट का मुख्य पृष्ठ कुछ समय के लिए बदल दिया गया।",
                "तकनीकी टीम ने लगभग एक घंटे में वेबसाइट को बहाल कर दिया।",
                "निगम ने साइबर सेल में शिकायत दर्ज कराई है।",
            ),
        ),
        (
            "विशेषज्ञों की सलाह: वेबसाइट को नियमित रूप से अपडेट करें",
            (
                "पुराने प्लगइन वाली वेबसाइटें हमलावरों के निशाने पर रहती हैं।",
                "विशेषज्ञों ने मज़बूत पासवर्ड और दो-चरणीय सत्यापन अपनाने की सलाह दी।",
            ),
        ),
    ),
    (
        (
            "मतदाता सूची पुनरीक्षण के संबंध में सूचना",
            (
                "मतदाता सूची का विशेष पुनरीक्षण अगले माह की पहली तारीख से शुरू होगा।",
                "नागरिक अपने नाम की जाँच निकटतम मतदान केंद्र पर कर सकते हैं।",
                "अधिक जानकारी के लिए जिला निर्वाचन कार्यालय से संपर्क करें।",
            ),
        ),
    ),
    (
        (
            "हमारे बारे में",
            (
                "नवरंग वस्त्र उद्योग पिछले तीस वर्षों से हथकरघा कपड़ों का निर्माण कर रहा है।",
                "हम स्थानीय बुनकरों के साथ मिलकर काम करते हैं।",
                "थोक ऑर्डर के लिए हमसे संपर्क करें।",
            ),
        ),
    ),
)
