# ruff: noqa: RUF001 (texts in their own scripts: full-width and typographic punctuation)
"""Texts of legitimate pages, part one: European languages (written for edition 9).
Each entry: site, nav words, headlines, paragraph, maintenance, not-found, login labels, security news."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .page_text_type import PageText

TEXTS_A: Mapping[str, PageText] = MappingProxyType(
    {
        "de": PageText(
            "Kreisanzeiger Oberland",
            ("Lokales", "Wirtschaft", "Sport", "Kultur"),
            (
                "Gemeinderat genehmigt Neubau der Grundschule",
                "Hochwasserschutz am Mühlbach kommt voran",
                "Musikverein feiert 150 Jahre mit großem Festzug",
            ),
            "Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern. Der Bürgermeister sprach "
            "von einem wichtigen Tag für die Gemeinde.",
            "Wegen geplanter Wartungsarbeiten ist unser Angebot bis etwa 6 Uhr eingeschränkt erreichbar.",
            "Die gewünschte Seite wurde nicht gefunden. Vielleicht wurde sie verschoben oder gelöscht.",
            ("Benutzername", "Passwort", "Anmelden"),
            "Cyberangriff auf Rathaus: Bürgerbüro arbeitet wieder mit Papierformularen",
        ),
        "en": PageText(
            "Riverside Courier",
            ("News", "Business", "Sport", "Opinion"),
            (
                "Council approves new cycle lanes on the high street",
                "Local bakery wins national award",
                "Rail services restored after weekend engineering works",
            ),
            "Residents can comment on the plans until 30 June, according to a statement from the town hall.",
            "We are performing scheduled maintenance. The site will be back shortly.",
            "Sorry, we couldn't find the page you were looking for.",
            ("Email address", "Password", "Sign in"),
            "School district hit by ransomware attack, exams moved online",
        ),
        "fr": PageText(
            "Le Journal du Vallon",
            ("Actualité", "Économie", "Sports", "Culture"),
            (
                "Le conseil municipal vote le budget du nouveau gymnase",
                "Marché de Noël : record d'affluence ce week-end",
                "La ligne de bus 12 prolongée jusqu'à la gare",
            ),
            "Les travaux débuteront au printemps prochain et devraient durer dix-huit mois, selon la mairie.",
            "Notre site est en cours de maintenance. Merci de revenir dans quelques instants.",
            "La page demandée est introuvable. Elle a peut-être été déplacée ou supprimée.",
            ("Identifiant", "Mot de passe", "Se connecter"),
            "Cyberattaque contre l'hôpital : les rendez-vous reportés d'une semaine",
        ),
        "es": PageText(
            "Diario del Sureste",
            ("Local", "Economía", "Deportes", "Cultura"),
            (
                "El ayuntamiento aprueba la reforma del mercado central",
                "Vuelve la feria del libro con más de cien casetas",
                "La sequía obliga a restringir el riego en la comarca",
            ),
            "Las obras comenzarán en otoño y tendrán un presupuesto de cuatro millones de euros, "
            "según fuentes municipales.",
            "Estamos realizando tareas de mantenimiento. Volveremos en breve.",
            "La página que buscas no existe o ha sido trasladada.",
            ("Usuario", "Contraseña", "Entrar"),
            "Un ciberataque paraliza los servicios informáticos de la diputación",
        ),
        "pt": PageText(
            "Gazeta do Litoral",
            ("Cidade", "Economia", "Esportes", "Cultura"),
            (
                "Prefeitura anuncia reforma da orla até o verão",
                "Festival de inverno confirma atrações nacionais",
                "Chuvas provocam alagamentos em três bairros",
            ),
            "A obra deve começar em março e a previsão de entrega é para dezembro, segundo a secretaria de "
            "obras.",
            "Estamos em manutenção programada. Voltamos em alguns minutos.",
            "A página que você procura não foi encontrada.",
            ("E-mail", "Senha", "Acessar"),
            "Ataque hacker tira do ar sistema da prefeitura por dois dias",
        ),
        "ru": PageText(
            "Вечерний Заречный",
            ("Город", "Экономика", "Спорт", "Культура"),
            (
                "В городе откроют новую поликлинику",
                "Мост через реку закроют на ремонт до осени",
                "Школьники заняли первое место на олимпиаде по физике",
            ),
            "Работы начнутся весной и продлятся около двух лет, сообщили в администрации района.",
            "На сайте проводятся технические работы. Пожалуйста, зайдите позже.",
            "Страница не найдена. Возможно, она была удалена или перемещена.",
            ("Логин", "Пароль", "Войти"),
            "Хакеры атаковали сайт городской администрации, данные жителей не пострадали",
        ),
        "uk": PageText(
            "Подільські новини",
            ("Місто", "Економіка", "Спорт", "Культура"),
            (
                "У місті відкрили оновлений парк",
                "Водопостачання відновлять до кінця тижня",
                "Місцева команда вийшла до фіналу кубка",
            ),
            "Роботи тривали майже рік, а фінансування надали з міського бюджету, повідомили у міськраді.",
            "Сайт тимчасово недоступний через технічні роботи.",
            "На жаль, такої сторінки на сайті немає.",
            ("Логін", "Пароль", "Увійти"),
            "Кіберполіція попереджає про фішингові листи від імені банків",
        ),
        "pl": PageText(
            "Głos Pomorza Zachodniego",
            ("Region", "Biznes", "Sport", "Kultura"),
            (
                "Rada miasta przyjęła budżet na przyszły rok",
                "Nowa linia tramwajowa ruszy we wrześniu",
                "Żeglarze z regionu wygrali regaty",
            ),
            "Prace mają potrwać do końca roku, a koszt inwestycji przekroczy dwadzieścia milionów złotych.",
            "Trwają prace serwisowe. Zapraszamy ponownie za kilka minut.",
            "Nie znaleziono strony o podanym adresie.",
            ("Login", "Hasło", "Zaloguj się"),
            "Atak hakerski na szpital powiatowy: system rejestracji nie działa",
        ),
        "tr": PageText(
            "Körfez Ekspres",
            ("Gündem", "Ekonomi", "Spor", "Kültür"),
            (
                "Belediye yeni kütüphane projesini onayladı",
                "Sahil yolu yaz sezonu öncesi yenileniyor",
                "Üniversite öğrencileri robot yarışmasında birinci oldu",
            ),
            "Çalışmaların ilkbaharda başlaması ve iki yıl sürmesi bekleniyor, belediyeden yapılan açıklamaya "
            "göre.",
            "Sitemizde bakım çalışması yapılmaktadır. Lütfen daha sonra tekrar deneyin.",
            "Bu adreste bir sayfa yok; bağlantı eski olabilir.",
            ("Kullanıcı adı", "Şifre", "Giriş yap"),
            "Siber saldırı sonrası belediyenin e-posta sistemi çöktü",
        ),
    }
)
