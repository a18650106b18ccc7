# ruff: noqa: RUF001 (texts in their own scripts: full-width and typographic punctuation)
"""Defacement slogans and crew signatures in 18 languages (written for edition 9)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

SLOGANS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "zh-Hans": (
            "此站已被北斗残影小组接管，管理员请好好反省你们的安全意识",
            "你们的防火墙就像纸糊的窗户，一捅就破",
            "今天只是警告，下次删库跑路",
            "谁动了我们的海岛，我们就动谁的服务器",
        ),
        "zh-Hant": (
            "本站已由夜梟聯盟接管，請站長自行檢討",
            "你們的密碼比早餐店的菜單還好猜",
            "這只是第一槍，伺服器裡的東西我們全都帶走了",
            "自由不是口號，資料外洩才是現實",
        ),
        "ja": (
            "このサイトは紅月クルーが制圧しました。管理者は反省してください",
            "パスワードが「admin123」のままでしたよ、お疲れさまです",
            "我々は見ている。次はデータベースを公開する",
            "セキュリティ担当者へ：もっと勉強しましょう",
        ),
        "ko": (
            "이 사이트는 검은파도 팀이 점령했다. 관리자는 각성하라",
            "보안 점검 결과: 낙제. 다음엔 데이터를 공개한다",
            "너희 서버는 우리 놀이터가 되었다",
            "경고는 이번 한 번뿐이다",
        ),
        "ar": (
            "تم اختراق الموقع بواسطة فرقة الصقر الرقمي، ولن نصمت بعد اليوم",
            "رسالتنا واضحة: أوقفوا دعم الاحتلال أو انتظروا المزيد",
            "أمنكم الإلكتروني وهم، وقد أثبتنا ذلك",
            "هذه البداية فقط، والبيانات بين أيدينا",
        ),
        "fa": (
            "این سایت توسط گروه سایه‌های البرز تصرف شد",
            "امنیت شما یک شوخی است، مدیر سایت بیدار شو",
            "صدای مردم را نمی‌توانید خاموش کنید",
            "داده‌های شما اکنون در دست ماست",
        ),
        "ru": (
            "Сайт взят под контроль группой Полярный Сбой. Админ, учи матчасть",
            "Ваша защита держалась ровно четыре минуты",
            "Это ответ на ваши санкции. Следующий удар будет по базе",
            "Привет редакции от тех, кого вы называете ботами",
        ),
        "tr": (
            "Bu site Bozkurt Siber Timi tarafından ele geçirildi",
            "Güvenlik açığınızı kapatın yoksa bir dahaki sefere veritabanı gider",
            "Sessiz kalmayacağız, bu sadece bir uyarıdır",
            "Yöneticiye selamlar, şifreni değiştirmeyi unutma",
        ),
        "id": (
            "Situs ini diretas oleh Garuda Senyap Team, admin tolong belajar lagi",
            "Keamanan kalian bocor seperti ember tua",
            "Kami hanya mampir, salam dari anak-anak Nusantara",
            "Perbaiki sistem kalian sebelum data pengguna kami sebar",
        ),
        "vi": (
            "Trang web này đã bị nhóm Bóng Ma Sông Hồng chiếm quyền",
            "Bảo mật của các bạn mỏng như giấy pơ-luya",
            "Quản trị viên ơi, đổi mật khẩu đi thôi",
            "Đây chỉ là lời cảnh cáo đầu tiên",
        ),
        "hi": (
            "यह साइट काली आँधी टीम के कब्ज़े में है, एडमिन जागो",
            "तुम्हारी सुरक्षा एक मज़ाक है, अगली बार डेटा जाएगा",
            "हम चुप नहीं बैठेंगे, यह सिर्फ़ चेतावनी है",
            "पासवर्ड बदल लो भाई, बहुत आसान था",
        ),
        "es": (
            "Sitio intervenido por Colectivo Cóndor Negro: su seguridad es de cartón",
            "Administrador, la próxima vez publicamos la base de datos completa",
            "No somos delincuentes, somos su auditoría gratuita",
            "Saludos a la redacción desde el otro lado del servidor",
        ),
        "pt": (
            "Site invadido pela Equipe Sombra do Cerrado, fica a dica pro admin",
            "A segurança de vocês é uma peneira furada",
            "Da próxima vez vazamos tudo, recado dado",
            "Nenhum sistema é seguro quando o admin usa senha fraca",
        ),
        "en": (
            "This newsroom now belongs to Cold Harbor Unit. Patch your CMS",
            "Your editors were warned twice. Nobody listened",
            "We walked in through an unpatched plugin and left this note",
            "Next time the subscriber list goes public",
        ),
        "de": (
            "Diese Seite gehört jetzt der Gruppe Nebelkrähe. Admins, schlaft weiter",
            "Eure Sicherheit hat genau drei Minuten gehalten",
            "Grüße an die Chefredaktion, eure Abonnentendaten liegen bei uns",
            "Wer so schlecht patcht, verdient diesen Besuch",
        ),
        "fr": (
            "Site repris en main par le Collectif Mistral Noir, courage aux admins",
            "Votre sécurité tient avec du scotch et de la bonne volonté",
            "La prochaine fois, on publie la base des abonnés",
        ),
        "uk": (
            "Сайт під контролем групи Степовий Вітер, адміне, прокидайся",
            "Ваш захист протримався менше, ніж кава охолола",
            "Це лише попередження, наступного разу буде витік",
        ),
        "pl": (
            "Strona przejęta przez ekipę Szary Jastrząb, pozdrowienia dla admina",
            "Wasze zabezpieczenia są jak płot z dziurami",
            "Następnym razem opublikujemy bazę użytkowników",
        ),
    }
)

CREWS: tuple[str, ...] = (
    "Nebelkrähe",
    "Cold Harbor Unit",
    "Polar Sboy",
    "Garuda Senyap Team",
    "Bozkurt Siber Timi",
    "0xKestrel",
    "Sombra do Cerrado",
    "Night Owl Alliance",
    "Black Tide Crew",
    "Red Moon Crew",
    "Falcon Digital Squad",
    "Condor Negro",
)

# Each language's own crew (as it signs in its own script); CREWS above are the Latin-script handles.
LOCAL_CREWS: Mapping[str, str] = MappingProxyType(
    {
        "zh-Hans": "北斗残影小组",
        "zh-Hant": "夜梟聯盟",
        "ja": "紅月クルー",
        "ko": "검은파도 팀",
        "ar": "فرقة الصقر الرقمي",
        "fa": "گروه سایه‌های البرز",
        "ru": "Полярный Сбой",
        "tr": "Bozkurt Siber Timi",
        "id": "Garuda Senyap Team",
        "vi": "Bóng Ma Sông Hồng",
        "hi": "काली आँधी टीम",
        "es": "Colectivo Cóndor Negro",
        "pt": "Equipe Sombra do Cerrado",
        "en": "Cold Harbor Unit",
        "de": "Nebelkrähe",
        "fr": "Collectif Mistral Noir",
        "uk": "Степовий Вітер",
        "pl": "Szary Jastrząb",
    }
)
LOCAL_SHARE = 0.7


def crew_for(lang: str, draw: float, handle: str) -> str:
    """The language's own crew for ``draw`` below ``LOCAL_SHARE``, else the Latin ``handle``."""
    return LOCAL_CREWS.get(lang, handle) if draw < LOCAL_SHARE else handle
