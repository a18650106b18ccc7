from tamperwatch.detect.template_break import TemplateBreakDetector

from .synthetic import defacement_page, news_page, page, redesign_page


def learned(det: TemplateBreakDetector, days: int = 4) -> dict[str, object]:
    part: dict[str, object] = {}
    for day in range(days):
        det.learn(part, page(news_page(day)))
    return part


def test_same_template_with_new_stories_is_not_a_break() -> None:
    det = TemplateBreakDetector()
    part = learned(det)
    assert det.detect(part, page(news_page(day=30))) == []


def test_full_replacement_is_a_structure_only_finding() -> None:
    det = TemplateBreakDetector()
    part = learned(det)
    [finding] = det.detect(part, page(defacement_page()))
    assert finding.content is False
    assert "template break" in finding.reason
    assert finding.evidence["missing_fraction"] > 0.9


def test_operator_accept_makes_the_new_template_the_baseline() -> None:
    det = TemplateBreakDetector()
    part = learned(det)
    assert det.detect(part, page(redesign_page(5)))
    det.operator_accept(part, page(redesign_page(5)))
    assert det.detect(part, page(redesign_page(6))) == []


def test_profile_part_stays_bounded_on_pages_with_thousands_of_classes() -> None:
    det = TemplateBreakDetector()
    part: dict[str, object] = {}
    for day in range(5):
        noise = "".join(f'<div class="c{day}-{i}">x</div>' for i in range(3000))
        det.learn(part, page(news_page(day, body_extra=noise)))
    assert len(part["seen"]) <= 240  # type: ignore[arg-type]
