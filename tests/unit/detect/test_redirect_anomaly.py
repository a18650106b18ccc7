from tamperwatch.detect.redirect_anomaly import RedirectAnomalyDetector

from .synthetic import SITE, news_page, page


def learned(det: RedirectAnomalyDetector) -> dict[str, object]:
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day)))
    return part


def test_landing_on_a_new_domain_is_content_evidence() -> None:
    det = RedirectAnomalyDetector()
    chain = (SITE, "https://bet-now.example/")
    [finding] = det.detect(
        learned(det), page(news_page(4), final_url="https://bet-now.example/", chain=chain)
    )
    assert finding.content and finding.score >= 0.5
    assert "bet-now.example" in finding.reason


def test_moving_within_the_same_site_is_fine() -> None:
    det = RedirectAnomalyDetector()
    assert det.detect(learned(det), page(news_page(4), final_url="https://www.news.example.org/home")) == []


def test_soft_404_replacing_the_content_is_suspicious_only() -> None:
    det = RedirectAnomalyDetector()
    part = learned(det)
    part["text"] = 5000.0
    gone = "<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1></body></html>"
    [finding] = det.detect(part, page(gone))
    assert finding.content is False
    assert "soft 404" in finding.reason
