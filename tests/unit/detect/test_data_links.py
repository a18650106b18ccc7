"""Data links: links carried in comments, textareas, templates, selects and structured data."""

from __future__ import annotations

from tamperwatch.detect.data_links import DataLinksConfig, data_link_blocks

from .synthetic import news_page, page


def test_a_hostile_page_of_endless_link_comments_is_read_a_bounded_number_of_times() -> None:
    config = DataLinksConfig(max_containers=20)
    comments = "".join(f'<!--<a href="https://x{i}.example/">offer</a>-->' for i in range(500))
    areas = "".join(
        f"<textarea>&lt;a href='https://y{i}.example'&gt;loan&lt;/a&gt;</textarea>" for i in range(500)
    )
    blocks = data_link_blocks(page(news_page(1, footer_extra=comments + areas)), config)
    assert len(blocks) == 40  # 20 comments and 20 other containers, each a block of its own
    assert {"x0.example"} in blocks and {"y0.example"} in blocks


def test_links_without_words_and_unparseable_data_are_no_links() -> None:
    extra = (
        '<!--<a href="https://icon.example/"><img src="i.png"></a>-->'
        '<script type="application/ld+json">{"url": "https://half.example/", </script>'
        '<select><option value="https://opt.example/"></option></select>'
    )
    assert data_link_blocks(page(news_page(1, footer_extra=extra))) == []


def test_datalist_options_and_image_map_areas_are_links_with_words() -> None:
    options = "".join(f'<option value="https://d{i}.example/" label="cheap offer {i}">' for i in range(2))
    options += '<option value="cheap offer 2" label="https://d2.example/go">'  # the address in the label
    areas = "".join(f'<area coords="0,0,1,1" href="https://m{i}.example/" alt="win {i}">' for i in range(3))
    extra = (
        f'<datalist id="s">{options}</datalist><map name="m">{areas}<area href="https://bare.example/"></map>'
    )
    blocks = data_link_blocks(page(news_page(1, footer_extra=extra)))
    # each container is a block; an area that shows no words (no alt) is no link
    assert {"d0.example", "d1.example", "d2.example"} in blocks
    assert {"m0.example", "m1.example", "m2.example"} in blocks


def test_select_options_that_show_only_their_address_are_links() -> None:
    options = "".join(
        f'<option value="HTTPS://casino{i}.example/">https://casino{i}.example/</option>' for i in range(6)
    )
    blocks = data_link_blocks(page(news_page(1, footer_extra=f"<select>{options}</select>")))
    assert {f"casino{i}.example" for i in range(6)} in blocks
