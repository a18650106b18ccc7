"""Edition 7's legit page texts in Spanish, Portuguese, Indonesian and Vietnamese."""

# ruff: noqa: RUF001

from __future__ import annotations

from .page_lang import PageLang

ES = PageLang(
    code="es",
    direction="ltr",
    sites=(
        ("Diario del Valle", "diariodelvalle.es"),
        ("Concello de Ribadelouro", "ribadelouro.gal"),
        ("Alfarería Molino", "alfareriamolino.es"),
        ("Cuaderno de ruta", "cuadernoderuta.blog"),
    ),
    nav=("Portada", "Local", "Economía", "Sociedad", "Deportes"),
    news=(
        (
            "Abre el nuevo paseo fluvial con carril bici",
            (
                "El tramo de cuatro kilómetros une el casco antiguo con el polideportivo.",
                "El ayuntamiento ha plantado doscientos árboles a lo largo del recorrido.",
            ),
        ),
        (
            "La vendimia arranca con uvas de gran calidad",
            (
                "Los viticultores esperan una cosecha algo menor pero muy sana.",
                "La cooperativa publicará los precios la próxima semana.",
            ),
        ),
    ),
    notice=(
        "Aviso sobre el nuevo horario de la oficina de atención",
        (
            "A partir del lunes la oficina abrirá también por las tardes de cuatro a siete.",
            "Se recomienda pedir cita previa en la sede electrónica.",
        ),
    ),
    shop=(
        "Botijo de barro cocido",
        "Hecho a mano en nuestro taller, mantiene el agua fresca en verano.",
        "24,90 €",
        "Añadir al carrito",
    ),
    blog=(
        "Tres días caminando por la Ribeira Sacra",
        (
            "Las terrazas de viñedo sobre el río son todavía más bonitas de lo que imaginaba.",
            "La última noche cenamos pulpo en una casa de comidas del pueblo.",
        ),
    ),
    forum=(
        "¿Merece la pena cambiar a placas solares?",
        (
            "Vivo en un adosado con tejado orientado al sur.",
            "En dos veranos ya notamos la diferencia en la factura.",
            "Pide varios presupuestos, los precios varían mucho.",
        ),
    ),
    docs=(
        "Primeros pasos: instalación",
        (
            "Esta página explica cómo instalar la herramienta y comprobar que funciona.",
            "Tras instalarla, ejecuta el comando de versión.",
        ),
    ),
    login=("Iniciar sesión", "Correo electrónico", "Contraseña", "Entrar", "¿Olvidaste tu contraseña?"),
    search=("Buscar en el sitio", "{n} resultados para «{q}»", "recogida de enseres"),
    maintenance=(
        "Estamos ajustando unas tuercas, vuelve en un rato",
        "Volveremos a estar disponibles en unos minutos. Gracias por tu paciencia.",
    ),
    soon=("Abrimos en breve", "Estamos preparando nuestra nueva tienda en línea."),
    landing=("Barro, fuego y tiempo", "Cerámica hecha a mano desde 1962."),
    notfound=(
        "Aquí no hay nada",
        "Es posible que la página se haya movido o que la dirección no sea correcta.",
    ),
    parked=("Este dominio está a la venta", "Si te interesa, ponte en contacto con su titular."),
    age=("Este sitio contiene información sobre bebidas alcohólicas. ¿Eres mayor de edad?", "Sí", "No"),
    cookie=("Usamos cookies para mejorar tu experiencia de navegación.", "Aceptar todas", "Rechazar"),
    app=("Descarga nuestra aplicación", "Las noticias de tu comarca, siempre contigo.", "Descargar"),
    event=(
        "Feria del Libro del Valle",
        "Del 3 al 6 de octubre, Plaza Mayor",
        "Presentaciones, firmas y cuentacuentos para toda la familia.",
    ),
    memorial=("En memoria", "Recordamos a las víctimas de la riada y acompañamos a sus familias."),
    footer="© Diario del Valle. Todos los derechos reservados.",
)
PT = PageLang(
    code="pt",
    direction="ltr",
    sites=(
        ("Folha do Vale do Itaúna", "jornaldaserra.com.br"),
        ("Prefeitura de Águas Claras", "aguasclaras.gov.br"),
        ("Ateliê Cerrado", "ateliecerrado.com.br"),
        ("Diário de Bordo", "diariodebordo.blog.br"),
    ),
    nav=("Início", "Cidade", "Economia", "Cotidiano", "Esportes"),
    news=(
        (
            "Ciclovia da avenida beira-rio é entregue à população",
            (
                "A obra tem três quilômetros e recebeu iluminação em LED.",
                "A prefeitura promete ampliar o trajeto até o fim do ano.",
            ),
        ),
        (
            "Safra de café deve superar a do ano passado",
            (
                "Produtores relatam grãos maiores e de boa qualidade.",
                "A cooperativa espera preços firmes no mercado interno.",
            ),
        ),
    ),
    notice=(
        "Comunicado sobre o horário de atendimento ao público",
        (
            "A partir de segunda-feira, o atendimento passa a funcionar das oito às dezessete horas.",
            "Agende seu atendimento pelo portal do cidadão.",
        ),
    ),
    shop=(
        "Cesto de palha de buriti",
        "Trançado à mão por artesãs do Jalapão.",
        "R$ 129,90",
        "Adicionar à sacola",
    ),
    blog=(
        "Um fim de semana na Chapada",
        (
            "Acordamos cedo para pegar a trilha antes do calor.",
            "A cachoeira no fim do caminho valeu cada passo.",
        ),
    ),
    forum=(
        "Como regularizar um imóvel sem escritura?",
        (
            "Comprei uma casa com contrato de gaveta há anos.",
            "O caminho costuma ser a usucapião, procure um advogado.",
            "No meu caso o cartório ajudou bastante.",
        ),
    ),
    docs=(
        "Primeiros passos: instalação",
        (
            "Esta página explica como instalar a ferramenta e verificar se funciona.",
            "Depois de instalar, execute o comando de versão.",
        ),
    ),
    login=("Entrar na conta", "E-mail", "Senha", "Entrar", "Esqueci minha senha"),
    search=("Buscar no site", "{n} resultados para “{q}”", "coleta seletiva"),
    maintenance=("Voltamos num instante", "Estamos fazendo melhorias e voltamos em breve."),
    soon=("Estamos quase prontos", "Nossa loja virtual está quase pronta."),
    landing=("O cerrado nas suas mãos", "Artesanato feito por comunidades locais."),
    notfound=("Ops, esse endereço não existe", "O endereço pode ter mudado ou a página foi removida."),
    parked=("Este domínio está à venda", "Entre em contato com o proprietário para negociar."),
    age=("Este site contém informações sobre bebidas alcoólicas. Você tem 18 anos ou mais?", "Sim", "Não"),
    cookie=("Este site utiliza cookies para medir audiência e personalizar conteúdo.", "Aceitar", "Recusar"),
    app=("Baixe nosso aplicativo", "As notícias da região no seu celular.", "Baixar"),
    event=(
        "Festival de Inverno da Serra",
        "De 18 a 21 de julho, Praça da Matriz",
        "Shows, oficinas e uma feira de produtores locais.",
    ),
    memorial=("Nossa homenagem", "Lembramos com carinho as vítimas do deslizamento."),
    footer="© Folha do Vale do Itaúna. Todos os direitos reservados.",
)
ID = PageLang(
    code="id",
    direction="ltr",
    sites=(
        ("Warta Teluk Biru", "wartatelukbiru.id"),
        ("Pemerintah Kota Sukamaju", "sukamaju.go.id"),
        ("Toko Anyaman Lestari", "anyamanlestari.id"),
        ("Catatan Jalan", "catatanjalan.id"),
    ),
    nav=("Beranda", "Daerah", "Ekonomi", "Gaya Hidup", "Olahraga"),
    news=(
        (
            "Taman kota baru resmi dibuka untuk warga",
            (
                "Wali kota meresmikan taman seluas dua hektare itu pada Minggu pagi.",
                "Taman dilengkapi jalur lari dan area bermain anak.",
            ),
        ),
        (
            "Panen raya padi dimulai lebih awal",
            (
                "Petani memperkirakan hasil panen naik dibanding tahun lalu.",
                "Dinas pertanian menyiapkan pengering gabah tambahan.",
            ),
        ),
    ),
    notice=(
        "Pengumuman perubahan jam layanan kependudukan",
        (
            "Mulai bulan depan layanan dibuka hingga pukul enam belas.",
            "Warga diminta membawa kartu keluarga asli.",
        ),
    ),
    shop=(
        "Tas anyaman pandan",
        "Dianyam tangan oleh perajin di Tasikmalaya.",
        "Rp185.000",
        "Tambah ke keranjang",
    ),
    blog=(
        "Dua hari di Danau Toba",
        ("Pagi di Samosir terasa sejuk dan tenang.", "Sore harinya kami naik perahu keliling danau."),
    ),
    forum=(
        "Cara mengurus balik nama motor bekas?",
        (
            "Saya baru beli motor bekas dari teman.",
            "Bawa BPKB, STNK, dan kuitansi ke Samsat.",
            "Prosesnya sekitar satu minggu.",
        ),
    ),
    docs=(
        "Memulai: instalasi",
        (
            "Halaman ini menjelaskan cara memasang alat dan memeriksanya.",
            "Setelah terpasang, jalankan perintah versi.",
        ),
    ),
    login=("Masuk", "Email", "Kata sandi", "Masuk", "Lupa kata sandi?"),
    search=("Cari di situs", "{n} hasil untuk “{q}”", "jadwal angkut sampah"),
    maintenance=("Sedang dalam perbaikan", "Situs sedang diperbarui, silakan kembali beberapa saat lagi."),
    soon=("Toko kami hampir buka", "Toko daring kami sedang disiapkan."),
    landing=("Anyaman tangan, cerita nusantara", "Kerajinan dari perajin desa."),
    notfound=("Alamat ini tidak tersedia", "Halaman mungkin sudah dipindahkan atau dihapus."),
    parked=("Domain ini dijual", "Hubungi pemilik domain untuk penawaran."),
    age=("Apakah Anda berusia 21 tahun atau lebih?", "Ya", "Tidak"),
    cookie=("Kami menggunakan cookie agar situs nyaman digunakan.", "Terima", "Tolak"),
    app=("Unduh aplikasi kami", "Berita daerah langsung di ponsel Anda.", "Unduh"),
    event=(
        "Festival Kuliner Pesisir",
        "12–14 September, Lapangan Merdeka",
        "Lebih dari seratus gerai makanan khas daerah.",
    ),
    memorial=("Mengenang mereka yang telah pergi", "Kami mengenang para korban banjir bandang."),
    footer="© Warta Teluk Biru",
)
VI = PageLang(
    code="vi",
    direction="ltr",
    sites=(
        ("Báo Miền Sông", "baomiensong.vn"),
        ("UBND phường An Hòa", "anhoa.gov.vn"),
        ("Gốm Làng Cổ", "gomlangco.vn"),
        ("Nhật ký xê dịch", "nhatkyxedich.vn"),
    ),
    nav=("Trang chủ", "Địa phương", "Kinh tế", "Đời sống", "Thể thao"),
    news=(
        (
            "Công viên ven sông chính thức mở cửa",
            (
                "Công trình rộng ba héc-ta có lối đi bộ và khu vui chơi cho trẻ em.",
                "Buổi tối có chương trình ca nhạc phục vụ người dân.",
            ),
        ),
        (
            "Nông dân vào vụ thu hoạch lúa hè thu",
            ("Năng suất năm nay ước tăng so với cùng kỳ.", "Giá lúa tại ruộng vẫn giữ ổn định."),
        ),
    ),
    notice=(
        "Thông báo thay đổi giờ tiếp công dân",
        (
            "Từ tháng sau, bộ phận một cửa làm việc cả sáng thứ Bảy.",
            "Người dân vui lòng mang theo căn cước công dân.",
        ),
    ),
    shop=("Bình gốm men lam", "Gốm thủ công Bát Tràng, cao ba mươi phân.", "450.000 ₫", "Thêm vào giỏ"),
    blog=(
        "Hai ngày ở Hội An",
        ("Sáng sớm phố cổ vắng người, chỉ có tiếng xe đạp.", "Tối thả đèn hoa đăng trên sông Hoài."),
    ),
    forum=(
        "Hỏi về thủ tục đổi giấy phép lái xe",
        (
            "Bằng của mình sắp hết hạn, làm online được không?",
            "Được, nộp trên cổng dịch vụ công.",
            "Nhớ đi khám sức khỏe trước.",
        ),
    ),
    docs=(
        "Bắt đầu: cài đặt",
        (
            "Trang này hướng dẫn cài đặt công cụ và kiểm tra hoạt động.",
            "Sau khi cài, chạy lệnh xem phiên bản.",
        ),
    ),
    login=("Đăng nhập", "Email", "Mật khẩu", "Đăng nhập", "Quên mật khẩu?"),
    search=("Tìm kiếm", "Tìm thấy {n} kết quả cho “{q}”", "lịch thu gom rác"),
    maintenance=("Hệ thống đang bảo trì", "Trang web tạm ngừng để nâng cấp, vui lòng quay lại sau."),
    soon=("Chúng tôi sắp khai trương", "Cửa hàng trực tuyến của chúng tôi sắp hoàn thiện."),
    landing=("Đất, lửa và bàn tay", "Gốm thủ công từ làng nghề."),
    notfound=("Đường dẫn không còn tồn tại", "Trang có thể đã bị xóa hoặc đổi địa chỉ."),
    parked=("Tên miền này đang được rao bán", "Liên hệ chủ sở hữu để thương lượng."),
    age=("Bạn đã đủ 18 tuổi chưa?", "Đã đủ", "Chưa"),
    cookie=("Trang web sử dụng cookie để thống kê lượt truy cập và hiển thị tốt hơn.", "Đồng ý", "Từ chối"),
    app=("Tải ứng dụng của chúng tôi", "Tin tức địa phương ngay trên điện thoại.", "Tải về"),
    event=(
        "Lễ hội Áo dài Miền Sông",
        "Ngày 8–10 tháng 3, Quảng trường trung tâm",
        "Trình diễn áo dài và chợ phiên thủ công.",
    ),
    memorial=("Thành kính tưởng nhớ", "Tưởng nhớ các nạn nhân của cơn bão vừa qua."),
    footer="© Báo Miền Sông",
)
