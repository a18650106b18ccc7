"""Edition 5's legit page material in Spanish, Portuguese, Indonesian and German."""

from __future__ import annotations

from .page_lang import LegitLang

ES = LegitLang(
    "es",
    "ltr",
    (
        ("Diario La Ribera", "www.diariolaribera.es"),
        ("Ayuntamiento de Valdeolmos", "www.valdeolmos.es"),
        ("Almazara Olivar", "tienda.almazaraolivar.es"),
        ("Cuaderno de Marta", "cuadernodemarta.es"),
    ),
    ("Portada", "Local", "Economía", "Sociedad", "Deportes", "Cultura"),
    "Te puede interesar",
    "© Diario La Ribera. Todos los derechos reservados",
    (
        (
            "El nuevo puente peatonal abrirá en primavera",
            (
                "Las obras avanzan según lo previsto, según el concejal.",
                "El puente unirá los dos barrios del río.",
            ),
        ),
        (
            "El Valdeolmos CF asciende tras una temporada brillante",
            (
                "El equipo sumó diez victorias consecutivas.",
                "La afición celebró el ascenso en la plaza mayor.",
            ),
        ),
    ),
    (
        (
            "Hackean la web de varios ayuntamientos y dejan mensajes políticos",
            (
                "Las páginas mostraron durante horas textos ajenos.",
                "Los técnicos restauraron las webs por la tarde.",
            ),
        ),
        (
            "Qué hacer si desfiguran tu web: guía paso a paso",
            ("Repasamos cómo actuar en la primera hora.", "Guarda los registros antes de restaurar."),
        ),
    ),
    (
        "Bando sobre el horario de invierno de las instalaciones deportivas",
        (
            "A partir del lunes, el polideportivo cerrará a las 21:00.",
            "Más información en las oficinas municipales.",
        ),
    ),
    (
        "Mi receta de lentejas de la abuela",
        ("Las lentejas de mi abuela llevaban chorizo y laurel.", "El secreto es dejarlas reposar."),
    ),
    ("Aceite de oliva virgen extra 5 l", "Cosecha temprana, variedad picual, prensado en frío.", "42,50 €"),
    ("Página no encontrada", "Lo sentimos, la página que buscas no existe o ha cambiado de dirección."),
    ("Estamos en mantenimiento", "Volvemos en unos minutos. Gracias por tu paciencia."),
    ("El sabor de nuestra tierra", "Almazara Olivar, aceite de familia desde 1952"),
)

PT = LegitLang(
    "pt",
    "ltr",
    (
        ("Jornal do Vale", "www.jornaldovale.com.br"),
        ("Prefeitura de Serra Alta", "www.serraalta.sp.gov.br"),
        ("Empório Mantiqueira", "loja.emporiomantiqueira.com.br"),
        ("Blog da Júlia", "blogdajulia.com.br"),
    ),
    ("Início", "Cidade", "Economia", "Cotidiano", "Esportes", "Cultura"),
    "Leia também",
    "© Jornal do Vale. Todos os direitos reservados",
    (
        (
            "Ciclovia nova liga o centro da cidade ao parque das águas",
            (
                "A obra tem quatro quilômetros e foi entregue no sábado.",
                "A prefeitura planeja ampliar a rede no próximo ano.",
            ),
        ),
        (
            "Festival de inverno bate recorde de público",
            ("Mais de trinta mil pessoas passaram pelo evento.", "A próxima edição já tem data marcada."),
        ),
    ),
    (
        (
            "Sites de prefeituras são invadidos e exibem mensagens políticas",
            (
                "As páginas iniciais ficaram alteradas por algumas horas.",
                "As equipes de TI já restabeleceram os sites.",
            ),
        ),
        (
            "Como detectar alterações indevidas no seu site",
            ("Explicamos como monitorar arquivos e receber alertas.", "Comece pelo diretório de uploads."),
        ),
    ),
    (
        "Comunicado sobre a campanha de vacinação",
        (
            "A vacinação ocorrerá nas unidades de saúde de segunda a sexta.",
            "Leve documento com foto e cartão de vacina.",
        ),
    ),
    (
        "Pão de queijo da minha avó",
        ("Essa receita passou por três gerações da família.", "O segredo é o polvilho azedo."),
    ),
    ("Café especial torrado 250 g", "Grãos da Serra da Mantiqueira, torra média.", "R$ 39,90"),
    ("Página não encontrada", "A página que você procura não existe ou foi removida."),
    ("Site em manutenção", "Estamos fazendo melhorias. Volte em alguns minutos."),
    ("Da montanha para a sua mesa", "Empório Mantiqueira, produtos artesanais"),
)

ID = LegitLang(
    "id",
    "ltr",
    (
        ("Warta Pesisir", "www.wartapesisir.co.id"),
        ("Pemerintah Kota Tanjung Raya", "www.tanjungraya.go.id"),
        ("Toko Batik Sekar", "toko.batiksekar.id"),
        ("Catatan Dimas", "catatandimas.blogspot.com"),
    ),
    ("Beranda", "Daerah", "Ekonomi", "Sosial", "Olahraga", "Budaya"),
    "Berita Terkait",
    "Hak cipta dilindungi undang-undang Warta Pesisir",
    (
        (
            "Pelabuhan baru Tanjung Raya mulai beroperasi",
            ("Pelabuhan ini diharapkan memperlancar distribusi barang.", "Peresmian dihadiri gubernur."),
        ),
        (
            "Festival kuliner pesisir ramai pengunjung",
            ("Lebih dari seratus stan ikut meramaikan festival.", "Acara berlangsung hingga Minggu malam."),
        ),
    ),
    (
        (
            "Situs sejumlah instansi diretas, tampilan depan diubah",
            (
                "Halaman depan beberapa situs menampilkan pesan asing.",
                "Tim teknis sudah memulihkan situs tersebut.",
            ),
        ),
        (
            "Panduan singkat mengamankan situs dari deface",
            (
                "Artikel ini membahas langkah dasar pengamanan.",
                "Jangan lupa memperbarui plugin secara rutin.",
            ),
        ),
    ),
    (
        "Pengumuman jadwal pelayanan KTP elektronik",
        ("Pelayanan dibuka setiap hari kerja pukul 08.00.", "Warga diminta membawa kartu keluarga."),
    ),
    (
        "Mendaki Gunung Prau bersama teman kantor",
        ("Pemandangan matahari terbit sangat indah.", "Jalurnya cukup ramah untuk pemula."),
    ),
    ("Kain batik tulis motif parang", "Dibuat tangan oleh perajin di Solo.", "Rp 850.000"),
    ("Halaman tidak ditemukan", "Maaf, halaman yang Anda cari tidak tersedia."),
    ("Sedang dalam pemeliharaan", "Situs sedang diperbarui. Silakan kembali beberapa saat lagi."),
    ("Warisan budaya dalam selembar kain", "Toko Batik Sekar, batik tulis asli"),
)

DE = LegitLang(
    "de",
    "ltr",
    (
        ("Ostfriesen-Kurier", "www.ostfriesen-kurier.de"),
        ("Gemeinde Hollerbach", "www.hollerbach.de"),
        ("Kaffeerösterei Brandt", "shop.roesterei-brandt.de"),
        ("Jonas kocht", "jonas-kocht.de"),
    ),
    ("Startseite", "Region", "Wirtschaft", "Panorama", "Sport", "Kultur"),
    "Mehr zum Thema",
    "© Ostfriesen-Kurier. Alle Rechte vorbehalten",
    (
        (
            "Neue Fährverbindung nach Borkum ab Mai",
            ("Die Reederei setzt ein zusätzliches Schiff ein.", "Tickets sind ab sofort buchbar."),
        ),
        (
            "Sturmflutwarnung für die Küste aufgehoben",
            ("Der Wasserstand blieb unter den erwarteten Werten.", "Die Deiche hielten stand."),
        ),
    ),
    (
        (
            "Hacker verändern Webseiten mehrerer Gemeinden",
            (
                "Auf den Startseiten standen stundenlang fremde Botschaften.",
                "Die Seiten sind inzwischen wiederhergestellt.",
            ),
        ),
        (
            "Defacement erkennen: Was Admins jetzt prüfen sollten",
            ("Wir zeigen, wie man Dateiänderungen überwacht.", "Wichtig sind aktuelle Backups."),
        ),
    ),
    (
        "Bekanntmachung: Sperrung der Dorfstraße",
        (
            "Wegen Kanalarbeiten ist die Dorfstraße ab Montag gesperrt.",
            "Die Umleitung über den Mühlenweg ist ausgeschildert.",
        ),
    ),
    ("Grünkohl wie bei Oma", ("Grünkohl braucht Frost und Geduld.", "Dazu gehören Pinkel und Kartoffeln.")),
    (
        "Espresso Hausmischung 500 g",
        "Schonend im Trommelröster geröstet, kräftig und schokoladig.",
        "14,90 €",
    ),
    ("Seite nicht gefunden", "Die gesuchte Seite existiert nicht oder wurde verschoben."),
    ("Wartungsarbeiten", "Unser Shop ist in Kürze wieder für Sie da."),
    ("Frisch geröstet an der Küste", "Kaffeerösterei Brandt seit 1961"),
)
