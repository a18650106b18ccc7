import pytest

from tamperwatch.detect.foreign_injection import ForeignInjectionDetector

from .synthetic import news_page, page


def trusted_part(det: ForeignInjectionDetector) -> dict[str, object]:
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day)))
    return part


def test_known_origins_raise_nothing() -> None:
    det = ForeignInjectionDetector()
    assert det.detect(trusted_part(det), page(news_page(9))) == []


@pytest.mark.parametrize(
    "injection, expected",
    [
        ('<meta http-equiv="refresh" content="0;url=https://lucky-spin-casino.example/">', "meta refresh"),
        ('<script>window.location.href="https://pills-discount.example/";</script>', "JavaScript redirect"),
        ('<script src="https://cdn-static-update.example/js/jquery.min.js"></script>', "script"),
        (
            '<iframe src="https://web-stat-counter.example/x.html" width="0" height="0" '
            'style="display:none"></iframe>',
            "hidden iframe",
        ),
    ],
)
def test_injected_loaders_and_redirects_to_unseen_domains_are_content_evidence(
    injection: str, expected: str
) -> None:
    det = ForeignInjectionDetector()
    [finding] = det.detect(trusted_part(det), page(news_page(9, body_extra=injection)))
    assert finding.content and finding.score >= 0.5
    assert expected in finding.reason


def test_a_new_vendor_tag_with_ordinary_attributes_is_only_weak_evidence() -> None:
    det = ForeignInjectionDetector()
    vendor = '<script async id="vendor" data-config="x" crossorigin="anonymous" src="https://widgets.vendor.example/w.js">'
    findings = det.detect(trusted_part(det), page(news_page(9, head_extra=vendor + "</script>")))
    assert all(f.score < 0.4 for f in findings)


def test_online_learning_never_trusts_a_new_script_origin() -> None:
    det = ForeignInjectionDetector()
    part = trusted_part(det)
    injected = page(news_page(9, body_extra='<script src="https://tracker-js-host.example/t.js"></script>'))
    det.learn(part, injected)
    assert det.detect(part, injected)
    det.learn_trusted(part, injected)  # operator acceptance
    assert det.detect(part, injected) == []


def test_redirect_to_the_sites_own_domain_is_fine() -> None:
    det = ForeignInjectionDetector()
    own = '<meta http-equiv="refresh" content="300;url=https://www.news.example.org/">'
    assert det.detect(trusted_part(det), page(news_page(9, head_extra=own))) == []
