"""The packaged language identifier on headlines written for this test."""

from __future__ import annotations

import pytest

from tamperwatch.detect.langid import identify

SENTENCES = {
    "en": "The city council approved the new budget for schools and libraries on Monday",
    "de": "Der Stadtrat hat am Montag den neuen Haushalt für Schulen und Bibliotheken beschlossen",
    "fr": "Le conseil municipal a approuvé lundi le nouveau budget pour les écoles et les bibliothèques",
    "es": "El ayuntamiento aprobó el lunes el nuevo presupuesto para las escuelas y las bibliotecas",
    "tr": "Belediye meclisi pazartesi günü okullar ve kütüphaneler için yeni bütçeyi onayladı",  # noqa: RUF001
    "id": "Dewan kota menyetujui anggaran baru untuk sekolah dan perpustakaan pada hari Senin",
    "vi": "Hội đồng thành phố đã thông qua ngân sách mới cho các trường học và thư viện vào thứ Hai",
    "ru": "Городской совет в понедельник утвердил новый бюджет для школ и библиотек",
    "zh": "市议会周一批准了学校和图书馆的新预算方案",
    "ja": "市議会は月曜日に学校と図書館の新しい予算を承認しました",
    "ko": "시의회는 월요일 학교와 도서관을 위한 새 예산을 승인했다",
    "ar": "وافق مجلس المدينة يوم الاثنين على الميزانية الجديدة للمدارس والمكتبات",
}


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_a_sentence_is_identified(code: str) -> None:
    assert identify(SENTENCES[code]) == code


def test_short_texts_get_no_answer() -> None:
    assert identify("Gold!") == ""
    assert identify("") == ""


def test_a_text_is_foreign_to_a_page_though_two_close_languages_compete_for_it() -> None:
    from tamperwatch.detect.langid import foreign_to

    spanish = "Actualicen el servidor antes de que lleguen otros visitantes."
    assert foreign_to(spanish, ["de"]) in {"es", "pt", "ca", "it"}
    assert foreign_to(spanish, ["es"]) == ""
    assert foreign_to("Die Bundesregierung hat am Montag neue Regeln beschlossen", ["de"]) == ""
    assert foreign_to(spanish, [""]) == ""  # no known page language: no answer
    assert foreign_to("zu kurz", ["de"]) == ""


def test_chinese_text_is_never_japanese_or_korean_without_their_own_letters() -> None:
    """Japanese is written with kana and Korean with Hangul; a text of Chinese characters alone
    (traditional characters share many Japanese kanji words) is not called either."""
    from tamperwatch.detect.langid import foreign_to

    hong_kong = "新聞公報 - 香港公共資訊署 新聞公報 2022年1月23日 重要公告"
    assert identify(hong_kong) in {"", "zh"}
    assert foreign_to(hong_kong, ["zh"]) == ""
    # the middle dot and the long-vowel mark are written in Chinese too, and so is a stylish 'の'
    for chinese in (
        "資訊 時間 変更 発表 株価 台湾・日本 約翰・李",
        "台灣の美食 市政府公布年度旅遊數字 歡迎市民參加",
    ):
        assert identify(chinese) in {"", "zh"}, chinese
        assert foreign_to(chinese, ["zh"]) == "", chinese
    assert identify("東京都は明日から新しい制度を始めると発表しました") == "ja"
    assert identify("서울시는 내일부터 새로운 제도를 시작한다고 발표했다") == "ko"
