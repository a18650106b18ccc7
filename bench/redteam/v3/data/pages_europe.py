"""Edition 3's legit pages for the page task in Russian, Ukrainian, Turkish and Portuguese,
written for edition 3 (no hidden-set source)."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

from ...data.page_lang import PageLang

RU = PageLang(
    "ru",
    "ltr",
    (
        ("Вести Прикамья", "vesti-prikamye.ru"),
        ("Администрация города Озёрска", "adm-ozersk.ru"),
        ("Уральский хлебозавод", "uralhleb.ru"),
    ),
    ("Главная", "Город", "Экономика", "Общество", "Спорт", "Культура"),
    "Читайте также",
    "© Вести Прикамья. При перепечатке ссылка обязательна",
    (
        (
            "На набережной появилась велодорожка вдоль реки",
            (
                "Протяжённость дорожки составила почти четыре километра, вдоль неё установили освещение и скамейки.",
                "Летом здесь также будет работать пункт проката велосипедов.",
            ),
        ),
        (
            "Областная больница получила новый томограф",
            (
                "Аппарат позволит проводить до сорока обследований в сутки и сократит очередь.",
                "Записаться можно через регистратуру или портал госуслуг.",
            ),
        ),
    ),
    (
        (
            "Мошенники рассылают поддельные письма от имени налоговой",
            (
                "В письмах содержится ссылка на сайт, внешне похожий на личный кабинет налогоплательщика.",
                "В ведомстве напоминают, что не запрашивают данные банковских карт по почте.",
            ),
        ),
    ),
    (
        (
            "Об отключении горячей воды на период профилактических работ",
            (
                "В связи с плановыми работами на тепловых сетях горячее водоснабжение будет временно прекращено.",
                "График отключений по адресам размещён на сайте управляющей компании.",
            ),
        ),
    ),
    (
        (
            "Хлебозавод запустил линию бездрожжевого хлеба",
            (
                "Новая линия выпускает до двух тонн продукции в смену.",
                "Хлеб появится в магазинах области уже в этом месяце.",
            ),
        ),
    ),
)

UK = PageLang(
    "uk",
    "ltr",
    (
        ("Поділля сьогодні", "podillia-sogodni.ua"),
        ("Вінницька районна рада", "vinrayrada.gov.ua"),
        ("Агрофірма Світанок", "svitanok-agro.ua"),
    ),
    ("Головна", "Місто", "Економіка", "Суспільство", "Спорт", "Культура"),
    "Читайте також",
    "© Поділля сьогодні. Усі права захищено",
    (
        (
            "У місті відкрили оновлену дитячу бібліотеку",
            (
                "Після ремонту бібліотека отримала нові меблі, комп'ютерний клас і зону для читання.",
                "Записатися можна безкоштовно за наявності свідоцтва про народження дитини.",
            ),
        ),
        (
            "Фермери району завершили збір ранніх зернових",
            (
                "Середня врожайність пшениці цього року перевищила торішню майже на десять відсотків.",
                "Частину зерна вже відвантажили на елеватори області.",
            ),
        ),
    ),
    (
        (
            "Кіберполіція попереджає про фальшиві сторінки допомоги",
            (
                "Шахраї створюють сайти, схожі на державні, і просять ввести дані платіжної картки.",
                "Перевіряйте адресу сайту та не повідомляйте коди з SMS.",
            ),
        ),
    ),
    (
        (
            "Оголошення про громадські слухання щодо бюджету громади",
            (
                "Запрошуємо мешканців взяти участь в обговоренні проєкту бюджету на наступний рік.",
                "Пропозиції приймаються письмово до кінця місяця.",
            ),
        ),
    ),
    (
        (
            "Агрофірма Світанок відкрила власну сироварню",
            (
                "Підприємство виготовлятиме тверді сири з молока місцевих господарств.",
                "Продукція продаватиметься у фірмових магазинах області.",
            ),
        ),
    ),
)

TR = PageLang(
    "tr",
    "ltr",
    (
        ("Karadeniz Postası", "karadenizpostasi.com.tr"),
        ("Çamlıkoy Belediyesi", "camlikoy.bel.tr"),
        ("Yıldız Tekstil", "yildiztekstil.com.tr"),
    ),
    ("Anasayfa", "Yerel", "Ekonomi", "Yaşam", "Spor", "Kültür"),
    "İlgili Haberler",
    "© Karadeniz Postası. Tüm hakları saklıdır",
    (
        (
            "Sahil yolu yenileme çalışmaları tamamlandı",
            (
                "Belediye ekipleri sahil yolundaki asfalt ve kaldırım çalışmalarını planlanan tarihten önce bitirdi.",
                "Yolun trafiğe açılmasıyla şehir merkezine ulaşım kolaylaştı.",
            ),
        ),
        (
            "Fındık hasadında verim yüzde on arttı",
            (
                "Üreticiler bu yıl hava koşullarının hasada olumlu yansıdığını söyledi.",
                "Ziraat odası fiyatların önümüzdeki hafta netleşmesini bekliyor.",
            ),
        ),
    ),
    (
        (
            "Siber saldırganlar belediyenin e-posta sistemini hedef aldı",
            (
                "Belediye, e-posta sunucusuna yönelik saldırının kısa sürede durdurulduğunu açıkladı.",
                "Vatandaşların kişisel verilerinin etkilenmediği belirtildi.",
            ),
        ),
    ),
    (
        (
            "Su kesintisi duyurusu",
            (
                "Ana isale hattındaki bakım çalışması nedeniyle yarın bazı mahallelerde su kesintisi yaşanacaktır.",
                "Kesintinin akşam saatlerinde sona ermesi planlanmaktadır.",
            ),
        ),
    ),
    (
        (
            "Yıldız Tekstil yeni fabrikasını açtı",
            (
                "Yeni fabrikada yılda iki milyon metre kumaş üretilecek.",
                "Tesis bölgede dört yüz kişiye istihdam sağlayacak.",
            ),
        ),
    ),
)

PT = PageLang(
    "pt",
    "ltr",
    (
        ("Gazeta do Vale", "gazetadovale.com.br"),
        ("Prefeitura de Serra Azul", "serraazul.sp.gov.br"),
        ("Laticínios Boa Vista", "laticiniosboavista.com.br"),
    ),
    ("Início", "Cidade", "Economia", "Cotidiano", "Esportes", "Cultura"),
    "Leia também",
    "© Gazeta do Vale. Todos os direitos reservados",
    (
        (
            "Nova ciclovia liga o centro ao parque municipal",
            (
                "A ciclovia tem cinco quilômetros e recebeu iluminação de LED em todo o trajeto.",
                "A prefeitura pretende ampliar a rede até os bairros da zona norte.",
            ),
        ),
        (
            "Feira de agricultura familiar cresce e ganha novo endereço",
            (
                "A feira passa a funcionar na praça da matriz todos os sábados pela manhã.",
                "São mais de quarenta bancas com produtos orgânicos da região.",
            ),
        ),
    ),
    (
        (
            "Golpe do falso boleto faz novas vítimas na cidade",
            (
                "Criminosos enviam boletos falsos por aplicativo de mensagens em nome de lojas conhecidas.",
                "A polícia orienta conferir os dados do beneficiário antes de pagar.",
            ),
        ),
    ),
    (
        (
            "Comunicado sobre o calendário de vacinação contra a gripe",
            (
                "A campanha de vacinação começa na próxima segunda-feira em todas as unidades de saúde.",
                "É necessário apresentar documento com foto e cartão do SUS.",
            ),
        ),
    ),
    (
        (
            "Laticínios Boa Vista lança linha de queijos artesanais",
            (
                "A nova linha usa leite de produtores locais e maturação de sessenta dias.",
                "Os produtos chegam aos supermercados da região neste mês.",
            ),
        ),
    ),
)
