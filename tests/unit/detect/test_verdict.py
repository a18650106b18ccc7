from tamperwatch.detect.verdict import combine, has_content_evidence
from tamperwatch.models import Finding, Status


def test_no_findings_is_clean() -> None:
    assert combine([]).status is Status.CLEAN


def test_a_template_break_alone_is_suspicious_never_defaced() -> None:
    verdict = combine([Finding("template_break", 1.0, "template gone", content=False)])
    assert verdict.status is Status.SUSPICIOUS
    assert verdict.score < 0.5
    assert not has_content_evidence(verdict)


def test_strong_content_evidence_is_defaced_with_its_reason_first() -> None:
    verdict = combine(
        [
            Finding("template_break", 0.4, "template gone", content=False),
            Finding("vocabulary", 0.9, "title changed to 'Hacked by X'"),
        ]
    )
    assert verdict.status is Status.DEFACED
    assert verdict.reasons[0] == "title changed to 'Hacked by X'"
    assert 0.9 <= verdict.score <= 1.0


def test_weak_hints_from_different_detectors_do_not_add_up_to_defaced() -> None:
    verdict = combine(
        [Finding("foreign_injection", 0.35, "new script"), Finding("vocabulary", 0.3, "hacker news")]
    )
    assert verdict.status is Status.SUSPICIOUS


def test_new_vendors_count_less_when_the_template_changed() -> None:
    vendor = Finding("foreign_injection", 0.55, "script from x", evidence={"discount_on_structure": True})
    assert combine([vendor]).status is Status.DEFACED
    redesign = combine([vendor, Finding("template_break", 0.45, "template gone", content=False)])
    assert redesign.status is Status.SUSPICIOUS
