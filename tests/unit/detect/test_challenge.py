from tamperwatch.detect.challenge import looks_like_challenge_page

from .synthetic import news_page, page


def test_bot_challenge_pages_are_recognised() -> None:
    cf = (
        "<html><head><title>Just a moment...</title></head><body><div id='cf-chl-widget'></div></body></html>"
    )
    assert looks_like_challenge_page(page(cf))


def test_an_ordinary_page_is_not_a_challenge() -> None:
    assert not looks_like_challenge_page(page(news_page(1)))
