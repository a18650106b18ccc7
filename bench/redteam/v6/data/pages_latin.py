"""Edition 6's legit pages in Vietnamese, Spanish, Portuguese and Indonesian."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

from .page_lang import PageLang

VI = PageLang(
    code="vi",
    direction="ltr",
    sites=(
        ("Báo Bến Sông", "bensong-news.vn"),
        ("UBND Phường Tân Hòa", "tanhoa-demo.gov.vn"),
        ("Gốm Lam Bến Cũ", "nhagomxua.vn"),
        ("Diễn đàn Phượt", "phuot-forum.vn"),
    ),
    nav=("Trang chủ", "Địa phương", "Kinh tế", "Xã hội", "Thể thao", "Văn hóa"),
    footer="Bản quyền thuộc về tòa soạn.",
    article=(
        "Công viên ven sông mở cửa đón khách từ cuối tuần",
        "Công viên rộng năm héc-ta với đường đi bộ và khu vui chơi trẻ em sẽ mở cửa miễn phí từ thứ Bảy.",
        "Ban quản lý cho biết công viên hoạt động từ năm giờ sáng đến mười giờ tối.",
    ),
    headlines=(
        "Cuối tuần trời nắng nhẹ",
        "Hội sách thu hút đông người",
        "Học sinh đoạt giải cuộc thi khoa học",
        "Điều chỉnh giờ chạy xe buýt",
    ),
    notice=(
        "Thông báo về việc cấp đổi căn cước",
        "Người dân có nhu cầu vui lòng mang theo giấy tờ đến trụ sở phường.",
    ),
    product=("Bình gốm men lam vẽ tay", "Gốm Bát Tràng, cao ba mươi phân.", "450.000đ", "Thêm vào giỏ"),
    blog=("Ba ngày ở Đà Lạt mùa mưa", "Sương sớm, cà phê và những con dốc quen."),
    forum=(
        "Xin gợi ý cung đường cho người mới",
        "Mình muốn đi xe máy cuối tuần, đường không quá khó.",
        "Cung đèo phía nam khá dễ đi và đẹp.",
    ),
    docs=("Bắt đầu nhanh", "Trang này hướng dẫn cài đặt và cấu hình lần đầu."),
    login=("Đăng nhập", "Email", "Mật khẩu", "Đăng nhập"),
    search="Kết quả tìm kiếm",
    maintenance=("Hệ thống đang được nâng cấp", "Trang web tạm ngừng để nâng cấp. Xin quay lại sau ít phút."),
    soon=("Sắp ra mắt", "Cửa hàng trực tuyến mới sẽ sớm khai trương."),
    landing=("Mỗi chuyến đi, một câu chuyện", "Lên kế hoạch dễ dàng cho kỳ nghỉ tới."),
    not_found=("Trang bạn tìm hiện không tồn tại", "Trang có thể đã bị xóa hoặc địa chỉ không đúng."),
    parked="Tên miền này đang được rao bán.",
    gate=("Sử dụng cookie", "Chúng tôi dùng cookie để cải thiện trải nghiệm của bạn.", "Đồng ý", "Từ chối"),
    app=("Tải ứng dụng", "Tin tức mới nhất luôn bên bạn."),
    event=(
        "Lễ hội áo dài",
        "Trình diễn và triển lãm áo dài truyền thống.",
        "Ngày 8–10 tháng 3 · Nhà văn hóa",
    ),
    memorial=("Vô cùng thương tiếc", "Tưởng nhớ những người đã khuất trong trận lũ."),
)
ES = PageLang(
    code="es",
    direction="ltr",
    sites=(
        ("Diario del Litoral", "diariolitoral-demo.es"),
        ("Ayuntamiento de Valdehierro", "valdehierro-ayto.es"),
        ("Taller de Cerámica Sol", "ceramicasol.es"),
        ("Foro Senderista", "foro-senderista.es"),
    ),
    nav=("Portada", "Local", "Economía", "Sociedad", "Deportes", "Cultura"),
    footer="Todos los derechos reservados. Aviso legal.",
    article=(
        "El mercado de abastos reabre tras dos años de obras",
        "El mercado municipal vuelve a abrir sus puertas este sábado con cuarenta puestos renovados.",
        "El horario será de ocho de la mañana a tres de la tarde, de lunes a sábado.",
    ),
    headlines=(
        "Fin de semana soleado y templado",
        "La feria del libro bate récords",
        "Alumnos del instituto ganan un premio de ciencia",
        "Cambian los horarios del autobús urbano",
    ),
    notice=(
        "Anuncio sobre el padrón municipal",
        "Se recuerda a los vecinos que pueden actualizar sus datos en la oficina de atención ciudadana.",
    ),
    product=(
        "Cuenco de cerámica esmaltada",
        "Hecho a mano en nuestro taller, apto para lavavajillas.",
        "24,90 €",
        "Añadir a la cesta",
    ),
    blog=("Un otoño recorriendo pueblos de montaña", "Apuntes de viaje, rutas y algún que otro guiso."),
    forum=(
        "¿Ruta fácil para ir con niños?",
        "Buscamos una ruta corta y con sombra para el domingo.",
        "La del río es llana y tiene zona de merendero.",
    ),
    docs=(
        "Primeros pasos",
        "Esta página explica cómo instalar la herramienta y configurarla por primera vez.",
    ),
    login=("Iniciar sesión", "Correo electrónico", "Contraseña", "Entrar"),
    search="Resultados de la búsqueda",
    maintenance=(
        "Volvemos enseguida",
        "Estamos realizando tareas de mantenimiento. Gracias por tu paciencia.",
    ),
    soon=("Muy pronto", "Nuestra nueva tienda abrirá sus puertas en breve."),
    landing=("Tu próxima escapada empieza aquí", "Planifica rutas, reserva y disfruta."),
    not_found=("Esta página ya no existe", "Es posible que la página se haya movido o eliminado."),
    parked="Este dominio está en venta.",
    gate=(
        "¿Eres mayor de edad?",
        "Este sitio contiene información sobre bebidas alcohólicas.",
        "Sí, tengo 18 años",
        "No",
    ),
    app=("Descarga nuestra app", "Toda la actualidad en tu bolsillo."),
    event=(
        "Festival de Cine de Verano",
        "Proyecciones al aire libre cada noche.",
        "Del 1 al 7 de agosto · Plaza Mayor",
    ),
    memorial=("Descanse en paz", "Nos despedimos con tristeza de nuestro fundador."),
)
PT = PageLang(
    code="pt",
    direction="ltr",
    sites=(
        ("Jornal da Serra", "jornaldaserra-demo.com.br"),
        ("Prefeitura de Águas Claras do Sul", "aguasclaras-sul.gov-demo.br"),
        ("Ateliê Barro Vivo", "barrovivo.com.br"),
        ("Fórum Trilheiros", "forum-trilheiros.com.br"),
    ),
    nav=("Início", "Cidade", "Economia", "Sociedade", "Esportes", "Cultura"),
    footer="Todos os direitos reservados.",
    article=(
        "Biblioteca municipal passa a abrir aos domingos",
        "A partir do próximo mês, a biblioteca central funcionará também aos domingos, das nove às dezessete horas.",
        "A prefeitura informou que a medida atende a um pedido antigo dos moradores.",
    ),
    headlines=(
        "Fim de semana ensolarado",
        "Feira do livro atrai milhares",
        "Estudantes vencem olimpíada de ciências",
        "Linhas de ônibus mudam de horário",
    ),
    notice=(
        "Aviso sobre a campanha de vacinação",
        "A segunda etapa da campanha começa na segunda-feira em todos os postos de saúde.",
    ),
    product=(
        "Caneca de cerâmica artesanal",
        "Feita à mão, capacidade de trezentos mililitros.",
        "R$ 59,90",
        "Adicionar ao carrinho",
    ),
    blog=("Uma semana pelas cidades históricas", "Ladeiras, igrejas e muito pão de queijo."),
    forum=(
        "Trilha leve para iniciantes?",
        "Procuro uma trilha curta para fazer com a família.",
        "A trilha da cachoeira é tranquila e bem sinalizada.",
    ),
    docs=(
        "Guia de início rápido",
        "Esta página mostra como instalar e configurar a ferramenta pela primeira vez.",
    ),
    login=("Entrar", "E-mail", "Senha", "Acessar"),
    search="Resultados da pesquisa",
    maintenance=("Voltamos logo", "Estamos fazendo melhorias. Voltamos em instantes."),
    soon=("Em breve", "Nossa nova loja virtual está quase pronta."),
    landing=("Viaje leve", "Roteiros, passagens e hospedagem num só lugar."),
    not_found=(
        "Esta página não existe mais",
        "A página pode ter sido removida ou o endereço está incorreto.",
    ),
    parked="Este domínio está à venda.",
    gate=("Uso de cookies", "Usamos cookies para melhorar sua experiência.", "Aceitar", "Recusar"),
    app=("Baixe o aplicativo", "Notícias da cidade na palma da mão."),
    event=(
        "Festival de Inverno",
        "Música, teatro e gastronomia por dez dias.",
        "De 10 a 20 de julho · Praça Central",
    ),
    memorial=("Luto", "Lamentamos profundamente o falecimento do nosso fundador."),
)
ID = PageLang(
    code="id",
    direction="ltr",
    sites=(
        ("Warta Pesisir Kita", "kabarpesisir.id"),
        ("Pemerintah Kota Tirta", "kotatirta-demo.go.id"),
        ("Toko Anyaman", "tokoanyaman.id"),
        ("Forum Pendaki", "forum-pendaki.id"),
    ),
    nav=("Beranda", "Daerah", "Ekonomi", "Sosial", "Olahraga", "Budaya"),
    footer="Hak cipta dilindungi undang-undang.",
    article=(
        "Taman kota baru dibuka untuk umum akhir pekan ini",
        "Taman seluas tiga hektare dengan jalur jogging dan area bermain anak akan dibuka gratis mulai Sabtu.",
        "Pengelola menyebut taman buka setiap hari pukul enam pagi hingga sembilan malam.",
    ),
    headlines=(
        "Cuaca cerah di akhir pekan",
        "Pameran buku ramai pengunjung",
        "Siswa juara lomba sains",
        "Jadwal bus kota berubah",
    ),
    notice=(
        "Pengumuman pembayaran pajak bumi dan bangunan",
        "Batas akhir pembayaran adalah akhir bulan ini.",
    ),
    product=(
        "Keranjang rotan anyaman tangan",
        "Rotan alami, cocok untuk penyimpanan.",
        "Rp 185.000",
        "Tambah ke keranjang",
    ),
    blog=("Tiga hari di pulau kecil", "Catatan perjalanan, pantai sepi dan ikan bakar."),
    forum=(
        "Jalur pendakian untuk pemula?",
        "Cari jalur yang tidak terlalu curam untuk akhir pekan.",
        "Jalur timur landai dan ada pos istirahat.",
    ),
    docs=("Mulai cepat", "Halaman ini menjelaskan cara memasang dan mengatur program pertama kali."),
    login=("Masuk", "Email", "Kata sandi", "Masuk"),
    search="Hasil pencarian",
    maintenance=("Situs sedang dirapikan", "Kami sedang merapikan sistem. Mohon mampir lagi sebentar lagi."),
    soon=("Segera hadir", "Toko daring kami akan segera dibuka."),
    landing=("Jelajahi tanpa ragu", "Rencanakan liburan berikutnya dengan mudah."),
    not_found=("Maaf, halaman yang dicari tidak ada", "Halaman mungkin sudah dihapus atau alamatnya salah."),
    parked="Domain ini dijual.",
    gate=("Penggunaan cookie", "Kami memakai cookie untuk meningkatkan pengalaman Anda.", "Setuju", "Tolak"),
    app=("Unduh aplikasinya", "Berita terbaru selalu di genggaman."),
    event=(
        "Festival Layang-Layang",
        "Ratusan layang-layang menghiasi langit pantai.",
        "20–21 Juli · Pantai Timur",
    ),
    memorial=("Turut berduka cita", "Mengenang para korban banjir bandang."),
)
