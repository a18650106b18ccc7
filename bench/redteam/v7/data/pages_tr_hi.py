"""Edition 7's legit page texts in Turkish and Hindi."""

# ruff: noqa: RUF001

from __future__ import annotations

from .page_lang import PageLang

TR = PageLang(
    code="tr",
    direction="ltr",
    sites=(
        ("Körfez Haber Ajansı", "egepostasi.com.tr"),
        ("Kuzeykent Belediyesi", "kuzeykent.bel.tr"),
        ("Bakır Atölye", "bakiratolye.com.tr"),
        ("Yol Defteri", "yoldefteri.blog"),
    ),
    nav=("Anasayfa", "Yerel", "Ekonomi", "Yaşam", "Spor"),
    news=(
        (
            "Kordon boyundaki yeni bisiklet şeridi açıldı",
            (
                "Belediye, sekiz kilometrelik yolun hafta sonu hizmete açılacağını duyurdu.",
                "Yol boyunca dinlenme alanları ve içme suyu çeşmeleri bulunuyor.",
            ),
        ),
        (
            "Zeytin hasadı erken başladı",
            (
                "Üreticiler bu yıl rekoltenin geçen yıldan yüksek olmasını bekliyor.",
                "Kooperatif alım fiyatlarını önümüzdeki hafta açıklayacak.",
            ),
        ),
    ),
    notice=(
        "Vezne çalışma saatleri hakkında duyuru",
        (
            "Önümüzdeki aydan itibaren vezneler cumartesi günleri de öğlene kadar açık olacak.",
            "Vatandaşlarımızın kimlik belgeleriyle gelmeleri rica olunur.",
        ),
    ),
    shop=(
        "El dövmesi bakır cezve",
        "Gaziantep ustalarının elinden, kalaylı iç yüzey.",
        "640,00 TL",
        "Sepete ekle",
    ),
    blog=(
        "Kapadokya'da balon sabahı",
        (
            "Saat dörtte kalktık, hava soğuktu ama gökyüzü berraktı.",
            "Güneş doğarken yüzlerce balon aynı anda havalandı.",
        ),
    ),
    forum=(
        "Kombi bakımı ne sıklıkla yapılmalı?",
        (
            "Evdeki kombi beş yaşında, hiç bakım yaptırmadım.",
            "Her sonbahar bir kez yaptırmak yeterli.",
            "Yetkili servis çağırmanızı öneririm.",
        ),
    ),
    docs=(
        "Hızlı başlangıç: kurulum",
        (
            "Bu sayfa aracın nasıl kurulacağını ve doğrulanacağını anlatır.",
            "Kurulumdan sonra sürüm komutunu çalıştırın.",
        ),
    ),
    login=("Giriş yap", "E-posta", "Şifre", "Giriş", "Şifremi unuttum"),
    search=("Sitede ara", "“{q}” için {n} sonuç bulundu", "çöp toplama saatleri"),
    maintenance=(
        "Kısa bir mola veriyoruz",
        "Sitemiz kısa bir süre için bakımdadır. Lütfen daha sonra tekrar deneyin.",
    ),
    soon=("Yeni sitemiz yolda", "Yeni sitemiz hazırlanıyor."),
    landing=("Ustalığın sıcaklığı", "Küçük atölyelerden el yapımı ürünler."),
    notfound=("Bu adreste içerik yok", "Aradığınız sayfa kaldırılmış ya da adresi değişmiş olabilir."),
    parked=("Bu alan adı satılıktır", "Satın alma talepleriniz için alan adı sahibiyle iletişime geçin."),
    age=("Bu site alkollü içecek bilgisi içerir. 18 yaşından büyük müsünüz?", "Evet", "Hayır"),
    cookie=("Deneyiminizi iyileştirmek için çerez kullanıyoruz.", "Kabul et", "Reddet"),
    app=("Uygulamamızı indirin", "Son dakika haberleri cebinizde.", "İndir"),
    event=(
        "Ege Kitap Günleri",
        "5–8 Ekim, Kültür Park",
        "Yazar söyleşileri, imza günleri ve çocuk atölyeleri.",
    ),
    memorial=("Saygıyla anıyoruz", "Depremde hayatını kaybeden yurttaşlarımızı rahmetle anıyoruz."),
    footer="© Körfez Haber Ajansı. Tüm hakları saklıdır.",
)
HI = PageLang(
    code="hi",
    direction="ltr",
    sites=(
        ("गंगा तट दैनिक", "gangatat-dainik.in"),
        ("सीतापुर नगर पालिका परिषद", "rampur-nagarnigam.in"),
        ("हस्तशिल्प घर", "hastshilp-ghar.in"),
        ("सफ़र की डायरी", "safar-diary.in"),
    ),
    nav=("मुखपृष्ठ", "शहर", "व्यापार", "जीवन", "खेल"),
    news=(
        (
            "नदी किनारे नया पार्क जनता के लिए खुला",
            (
                "नगर निगम ने बताया कि पार्क में बच्चों के लिए खेल का मैदान भी बनाया गया है।",
                "शाम को यहाँ संगीत कार्यक्रम आयोजित किया गया।",
            ),
        ),
        (
            "गेहूँ की खरीद में इस साल बढ़ोतरी",
            (
                "मंडी में किसानों को समय पर भुगतान किया जा रहा है।",
                "अधिकारियों ने भंडारण की पूरी व्यवस्था होने की बात कही।",
            ),
        ),
    ),
    notice=(
        "जन सेवा केंद्र के समय में बदलाव की सूचना",
        ("अगले माह से केंद्र शनिवार को भी दोपहर दो बजे तक खुला रहेगा।", "कृपया अपना पहचान पत्र साथ लाएँ।"),
    ),
    shop=(
        "हथकरघा की रंगीन चादर",
        "राजस्थान के बुनकरों द्वारा बनाई गई, आकार चार गुणा छह फ़ुट।",
        "₹1,450",
        "कार्ट में डालें",
    ),
    blog=(
        "ऋषिकेश में दो दिन",
        ("सुबह गंगा किनारे की ठंडी हवा ने सारी थकान मिटा दी।", "शाम की आरती देखना एक अलग ही अनुभव था।"),
    ),
    forum=(
        "राशन कार्ड में नाम कैसे जोड़ें?",
        (
            "बच्चे का नाम जोड़ना है, क्या ऑनलाइन हो सकता है?",
            "हाँ, राज्य के पोर्टल पर आवेदन कर सकते हैं।",
            "जन्म प्रमाण पत्र की प्रति लगानी होगी।",
        ),
    ),
    docs=("शुरुआत: इंस्टॉल करना", ("यह पृष्ठ बताता है कि टूल कैसे इंस्टॉल करें और जाँचें।", "इंस्टॉल के बाद संस्करण कमांड चलाएँ।")),
    login=("लॉग इन करें", "ईमेल", "पासवर्ड", "लॉग इन", "पासवर्ड भूल गए?"),
    search=("साइट में खोजें", "“{q}” के लिए {n} परिणाम", "पानी का बिल"),
    maintenance=("वेबसाइट का उन्नयन चल रहा है", "वेबसाइट कुछ समय के लिए उपलब्ध नहीं है, कृपया बाद में आएँ।"),
    soon=("नई वेबसाइट बस तैयार है", "हमारी नई वेबसाइट तैयार हो रही है।"),
    landing=("हाथ की कारीगरी, घर की गर्माहट", "छोटे कारीगरों से सीधे आपके घर।"),
    notfound=("यह पता मौजूद नहीं है", "हो सकता है यह पृष्ठ हटा दिया गया हो या पता बदल गया हो।"),
    parked=("यह डोमेन बिक्री के लिए है", "खरीदने के लिए डोमेन मालिक से संपर्क करें।"),
    age=("क्या आपकी आयु अठारह वर्ष या उससे अधिक है?", "हाँ", "नहीं"),
    cookie=("हम बेहतर अनुभव के लिए कुकीज़ का उपयोग करते हैं।", "स्वीकार करें", "अस्वीकार करें"),
    app=("हमारा ऐप डाउनलोड करें", "शहर की हर ख़बर आपके फ़ोन पर।", "डाउनलोड"),
    event=("नगर पुस्तक मेला", "पंद्रह से बीस नवंबर, गांधी मैदान", "लेखकों से मुलाक़ात और बच्चों के लिए कहानी सत्र।"),
    memorial=("दिवंगत आत्माओं को नमन", "बाढ़ में जान गँवाने वाले नागरिकों को हम याद करते हैं।"),
    footer="© गंगा तट दैनिक, सर्वाधिकार सुरक्षित",
)
