# ruff: noqa: RUF001  (multilingual text: Cyrillic and Turkish letters are intended)
import pytest

from tamperwatch.detect.vocabulary import VocabularyDetector

from .synthetic import news_page, page


def learned(det: VocabularyDetector, **kwargs: object) -> dict[str, object]:
    part: dict[str, object] = {}
    for day in range(3):
        det.learn(part, page(news_page(day, **kwargs)))  # type: ignore[arg-type]
    return part


@pytest.mark.parametrize(
    "slogan",
    [
        "Hacked by Shadow Crew",
        "Defaced By xXx_team",
        "pwned by n0b0dy",
        "Security is an illusion",
        "Hackeado por Los Fantasmas",
        "Site invadido por Equipe Zero",
        "Di hack oleh Garuda Team",
        "Bu site Karanlık Ekip tarafından hacklendi",
        "Сайт взломан командой",
        "تم اختراق الموقع بواسطة فريق",
        "本站已被黑客入侵",
        "Piraté par la Légion",
        "Website ini diretas oleh tim",
    ],
)
def test_defacement_signatures_in_many_languages_make_a_strong_finding(slogan: str) -> None:
    det = VocabularyDetector()
    [finding] = det.detect(learned(det), page(news_page(4, top=f"<h1>{slogan}</h1>")))
    assert finding.score >= 0.5 and finding.content


def test_title_changed_to_a_defacement_title_is_named_in_the_reason() -> None:
    det = VocabularyDetector()
    [finding] = det.detect(learned(det), page(news_page(4, title="Hacked by Shadow Crew")))
    assert finding.score >= 0.5
    assert "title" in finding.reason and "Hacked by Shadow Crew" in finding.reason


def test_a_news_article_about_hackers_does_not_fire() -> None:
    det = VocabularyDetector()
    story = [
        "Hackers stole data from a hospital, police say",
        "Security experts warn of new password attacks",
    ]
    findings = det.detect(learned(det), page(news_page(4, headlines=story + ["Weather stays mild"] * 4)))
    assert all(f.score < 0.5 for f in findings)


def test_hits_already_in_known_good_captures_are_not_new() -> None:
    det = VocabularyDetector()
    banner = "<h1>We are legion: the hacker museum is open</h1>"
    part = learned(det, top=banner)
    assert det.detect(part, page(news_page(7, top=banner))) == []


def test_a_headline_whose_text_no_longer_matches_its_link_is_a_slogan_slot() -> None:
    det = VocabularyDetector()
    part = learned(det)
    html = news_page(4).replace(
        "Council approves budget number 40 for the city", "Stop the war, free Palestine, hackers reveal lies"
    )
    [finding] = det.detect(part, page(html))
    assert finding.score >= 0.5
    assert "swapped headline" in finding.reason


def test_new_marquee_and_unrelated_title_together_are_defacement_imagery() -> None:
    det = VocabularyDetector()
    html = news_page(4, title="RakusOP - Rakus", top="<marquee>IM BACK</marquee>")
    [finding] = det.detect(learned(det), page(html))
    assert finding.score >= 0.5
