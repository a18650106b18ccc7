"""Legit page material in Russian and Turkish."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: E501, RUF001

from __future__ import annotations

from .page_lang import PageLang

RU = PageLang(
    "ru",
    "ltr",
    (
        ("Вечерний Приреченск", "www.prirechensk-vesti.example"),
        ("Администрация города Озёрска-на-Луге", "www.ozersk-luga.example"),
        ("ООО «Северный Ветер»", "www.severny-veter.example"),
    ),
    ("Главная", "Город", "Экономика", "Спорт", "Культура", "Происшествия", "Мнения"),
    "Читайте также",
    "Все права защищены. Перепечатка материалов только с согласия редакции.",
    (
        (
            "В центре города открылся обновлённый сквер",
            (
                "После реконструкции в сквере появились новые скамейки, фонтан и детская площадка.",
                "Работы заняли почти год и обошлись бюджету дешевле запланированного.",
                "Жители уже назвали сквер любимым местом для прогулок.",
            ),
        ),
        (
            "Городской театр представил премьеру сезона",
            (
                "Спектакль по пьесе местного драматурга собрал полный зал.",
                "Режиссёр рассказал, что репетиции шли больше четырёх месяцев.",
            ),
        ),
        (
            "Местная команда выиграла областной турнир по хоккею",
            (
                "В финале хоккеисты обыграли соперников со счётом 4:2.",
                "Тренер отметил, что победу принесла слаженная игра в обороне.",
            ),
        ),
    ),
    (
        (
            "Сайт районной больницы подвергся взлому",
            (
                "Во вторник на главной странице сайта больницы появились посторонние надписи.",
                "Специалисты восстановили работу ресурса в течение часа, персональные данные пациентов, по словам главврача, не пострадали.",
                "Больница обратилась в полицию.",
            ),
        ),
        (
            "Эксперты: устаревшие сайты становятся лёгкой добычей злоумышленников",
            (
                "Чаще всего атакуют ресурсы с давно не обновлявшимися плагинами.",
                "Злоумышленники встраивают скрытые ссылки на сомнительные сайты и вредоносные скрипты.",
            ),
        ),
    ),
    (
        (
            "Об отключении горячей воды",
            (
                "В связи с плановыми работами горячая вода будет отключена с 10 по 20 июня.",
                "Перечень адресов размещён на информационных стендах управляющих компаний.",
                "Просим отнестись с пониманием.",
            ),
        ),
    ),
    (
        (
            "О компании",
            (
                "Компания «Северный Ветер» с 2008 года производит вентиляционное оборудование.",
                "Мы работаем с заказчиками по всей стране и предоставляем гарантию на всю продукцию.",
                "Свяжитесь с нами, чтобы получить расчёт стоимости.",
            ),
        ),
    ),
)


TR = PageLang(
    "tr",
    "ltr",
    (
        ("Ege Postası", "www.egepostasi.example"),
        ("Yeşilköy Belediyesi", "www.yesilkoy-bel.example"),
        ("Marmara Yazılım A.Ş.", "www.marmara-yazilim.example"),
    ),
    ("Ana Sayfa", "Gündem", "Ekonomi", "Spor", "Kültür", "Yaşam", "Yazarlar"),
    "İlgili Haberler",
    "Tüm hakları saklıdır. İzinsiz kullanılamaz.",
    (
        (
            "Sahil yolundaki bisiklet yolu tamamlandı",
            (
                "Yaklaşık sekiz kilometre uzunluğundaki bisiklet yolu hizmete açıldı.",
                "Belediye, yol boyunca dinlenme alanları ve içme suyu noktaları kurdu.",
                "Hafta sonu düzenlenen açılışa yüzlerce bisikletli katıldı.",
            ),
        ),
        (
            "Zeytin hasadında verim beklentisi yüksek",
            (
                "Üreticiler bu yıl yağışların hasada olumlu yansıdığını söylüyor.",
                "Ziraat odası, fiyatların geçen yılın üzerinde olmasını bekliyor.",
            ),
        ),
        (
            "Gençlik korosu uluslararası yarışmadan ödülle döndü",
            (
                "Koro, yirmi ülkeden katılımcıların yarıştığı festivalde ikinci oldu.",
                "Şef, başarının uzun soluklu çalışmanın ürünü olduğunu belirtti.",
            ),
        ),
    ),
    (
        (
            "Belediyenin internet sitesi hacklendi",
            (
                "Belediyenin resmi internet sitesinin ana sayfası dün gece bir süreliğine değiştirildi.",
                "Sayfada belediye hizmetleriyle ilgisi olmayan ifadeler yer aldı.",
                "Yetkililer, vatandaşların kişisel verilerinin etkilenmediğini açıkladı.",
            ),
        ),
        (
            "Uzmanlar uyarıyor: Güncellenmeyen siteler risk altında",
            (
                "Eski eklentiler kullanan siteler saldırganların ilk hedefi oluyor.",
                "Sitelere gizli bahis bağlantıları yerleştirildiği de görülüyor.",
            ),
        ),
    ),
    (
        (
            "Su kesintisi hakkında duyuru",
            (
                "Ana hat bakım çalışması nedeniyle cumartesi günü bazı mahallelerde su kesintisi yaşanacaktır.",
                "Çalışmaların akşam saatlerinde tamamlanması planlanmaktadır.",
                "Vatandaşlarımızın anlayışına sunarız.",
            ),
        ),
    ),
    (
        (
            "Hakkımızda",
            (
                "Marmara Yazılım, 2011 yılından bu yana işletmelere stok ve satış yazılımları geliştiriyor.",
                "Müşterilerimize kurulumdan eğitime kadar destek veriyoruz.",
                "Demo talebiniz için bize ulaşın.",
            ),
        ),
    ),
)
