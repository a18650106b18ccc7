# ruff: noqa: RUF001  (multilingual text: fullwidth punctuation, Greek and roman numerals are intended)
"""Body decoding as browsers do it (WHATWG Encoding Standard, HTML's encoding sniffing).

Chinese, Japanese and Korean pages in their legacy encodings, labelled by header, by <meta> or not
at all, must decode to exactly the text they hold: no U+FFFD, no mojibake.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tamperwatch.capture import decoding
from tamperwatch.capture.decoding import CODECS, LABELS, body_charset, decode_body, encoding_for_label

# Simplified Chinese: a city government's news item (GB2312 characters only).
ZH = (
    "本市今天召开全市经济工作会议，总结过去一年的经济运行情况，部署明年的重点工作。会议指出，今年以来，"
    "全市上下坚持稳中求进工作总基调，经济运行总体平稳，产业结构持续优化，城乡居民收入稳步增长。会议要求，"
    "各级各部门要进一步优化营商环境，加大对中小企业的支持力度，扎实推进重大项目建设，切实保障和改善民生。"
    "市政府办公厅、发展改革委员会、财政局、教育局、卫生健康委员会等部门负责同志参加会议。市民可以通过政府"
    "门户网站查询有关政策文件，也可以拨打服务热线咨询办理事项。近期天气多变，请广大市民注意防寒保暖。"
)
# GBK-only characters (not in GB2312): pages labelled gb2312 use them all the time.
ZH_GBK_ONLY = "朱镕基总理、张堃教授和王喆先生出席了会议。"
# Traditional Chinese: an association's announcement (Big5 characters).
TW = (
    "本會今日舉行年度會員大會，檢討過去一年的工作成果，並討論未來發展方向。主席在會上表示，過去一年本會積極"
    "推動社區服務，舉辦多項文化及康樂活動，得到各界人士的熱烈支持。會議通過了新一屆理事會的選舉結果，並決定"
    "加強與政府部門及其他團體的合作，為市民提供更完善的服務。各位會員如有任何意見或建議，歡迎透過電話、電子"
    "郵件或親臨辦事處與我們聯絡。本會網站亦會定期更新活動消息，敬請留意。"
)
# Cantonese with HKSCS characters (㗎, 嘅, 哋, 靚 are not in plain Big5).
HK = "呢度嘅嘢好靚㗎，我哋下個禮拜再嚟。"
# Japanese: a city hall's press note.
JA = (
    "本日、市役所において定例記者会見が行われ、市長が来年度の予算案について説明しました。市長は、子育て支援"
    "や高齢者福祉の充実に重点を置き、地域経済の活性化にも取り組むと述べました。また、災害に強いまちづくりを"
    "進めるため、防災設備の整備や避難所の改善を計画していることを明らかにしました。市民の皆様からのご意見や"
    "ご要望は、ホームページのお問い合わせフォーム、または電話にてお受けしております。"
)
# NEC and IBM extensions that Windows (cp932) and browsers decode but plain shift_jis lacks.
JA_NEC = "①会場は２階です。㈱東京商事 №12 ⅰ"
KO = "대한민국 정부는 오늘 새로운 경제 정책을 발표했습니다. 똠양꿍 맛집 소개."  # 똠: cp949 (UHC) only


def page(text: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"


def meta(label: str) -> str:
    return f'<meta charset="{label}">'


def html(label: str) -> str:
    return f"text/html; charset={label}"


def test_the_test_texts_need_the_extended_encodings() -> None:
    for text, narrow in ((ZH_GBK_ONLY, "gb2312"), (HK, "big5"), (JA_NEC, "shift_jis")):
        with pytest.raises(UnicodeEncodeError):
            text.encode(narrow)
    assert len("똠".encode("cp949")) == 2  # UHC; Python's euc_kr spells it as an 8-byte jamo sequence
    assert len("똠".encode("euc_kr")) == 8


# --- labels --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "encoding"),
    [
        ("gb2312", "gbk"),
        ("GB2312", "gbk"),
        (" x-gbk ", "gbk"),
        ("chinese", "gbk"),
        ("csgb2312", "gbk"),
        ("iso-ir-58", "gbk"),
        ("gb_2312-80", "gbk"),
        ("gb18030", "gb18030"),
        ("big5-hkscs", "big5"),
        ("cn-big5", "big5"),
        ("x-x-big5", "big5"),
        ("iso-8859-1", "windows-1252"),
        ("latin1", "windows-1252"),
        ("US-ASCII", "windows-1252"),
        ("ms_kanji", "shift_jis"),
        ("windows-31j", "shift_jis"),
        ("x-sjis", "shift_jis"),
        ("ks_c_5601-1987", "euc-kr"),
        ("windows-949", "euc-kr"),
        ("iso-2022-kr", "replacement"),
        ("hz-gb-2312", "replacement"),
        ("csiso2022kr", "replacement"),
        ("utf-16", "utf-16le"),
        ("koi8-r", "koi8-r"),
        ("utf-32", ""),
        ("x-no-such", ""),
        ("\u212aoi8-r", ""),  # the Kelvin sign lowercases to 'k' in Python, not in ASCII
    ],
)
def test_labels_name_the_standards_encodings(label: str, encoding: str) -> None:
    assert encoding_for_label(label) == encoding


def test_every_encoding_has_a_python_codec() -> None:
    assert set(CODECS) == set(LABELS.values())
    for codec in CODECS.values():
        codecs.lookup(codec)
    assert CODECS["gbk"] == CODECS["gb18030"] == "gb18030"
    assert (CODECS["big5"], CODECS["shift_jis"], CODECS["euc-kr"]) == ("big5hkscs", "cp932", "cp949")


# --- Chinese, Japanese, Korean as labelled -------------------------------------------------------


def test_a_gb2312_label_on_gbk_only_characters_decodes_exactly() -> None:
    text = page(ZH + ZH_GBK_ONLY)
    body = text.encode("gbk")

    assert decode_body(body, html("gb2312")) == text
    assert decode_body(page(ZH_GBK_ONLY, meta("gb2312")).encode("gbk"), "text/html") == page(
        ZH_GBK_ONLY, meta("gb2312")
    )
    assert body_charset(body, html("GB2312")) == "gb18030"


def test_a_gb2312_page_decodes_exactly() -> None:
    text = page(ZH)
    assert decode_body(text.encode("gb2312"), html("gb2312")) == text


def test_gb18030_four_byte_characters_decode_under_gb18030_and_gbk_labels() -> None:
    text = page("𠀀𪚥 (U+20000, U+2A6A5) and ‰ ∶ ㊣ " + ZH[:40])
    body = text.encode("gb18030")
    assert any(len(ch.encode("gb18030")) == 4 for ch in "𠀀𪚥")

    assert decode_body(body, html("gb18030")) == text
    assert decode_body(body, html("gbk")) == text  # browsers read GBK with the GB18030 decoder


def test_traditional_chinese_in_big5_and_hkscs_under_a_big5_label() -> None:
    big5 = page(TW)
    hkscs = page(TW + HK, meta("big5"))

    assert decode_body(big5.encode("big5"), html("big5")) == big5
    assert decode_body(hkscs.encode("big5hkscs"), "text/html") == hkscs
    assert decode_body(hkscs.encode("big5hkscs"), html("big5-hkscs")) == hkscs


def test_shift_jis_with_nec_and_ibm_extensions() -> None:
    text = page(JA + JA_NEC, meta("shift_jis"))
    body = text.encode("cp932")

    assert decode_body(body, "text/html") == text
    assert decode_body(body, html("x-sjis")) == text
    assert "\ufffd" not in decode_body(body, html("Shift_JIS"))


def test_euc_jp_and_iso_2022_jp() -> None:
    text = page(JA)
    assert decode_body(text.encode("euc_jp"), html("euc-jp")) == text
    assert decode_body(text.encode("iso2022_jp"), html("iso-2022-jp")) == text


def test_euc_kr_label_reads_cp949_syllables() -> None:
    text = page(KO, meta("euc-kr"))
    body = text.encode("cp949")

    assert decode_body(body, "text/html") == text
    assert decode_body(body, html("ks_c_5601-1987")) == text


def test_other_legacy_encodings() -> None:
    for text, label, codec in (
        ("Привет, мир", "koi8-r", "koi8-r"),
        ("Привет, мир", "windows-1251", "cp1251"),
        ("مرحبا بالعالم", "windows-1256", "cp1256"),
        ("Γειά σου κόσμε", "iso-8859-7", "iso8859-7"),
        ("สวัสดีชาวโลก", "tis-620", "cp874"),
    ):
        assert decode_body(page(text).encode(codec), html(label)) == page(text)


def test_utf16_labels_with_real_utf16_bytes() -> None:
    text = page(ZH[:20])
    assert decode_body(text.encode("utf-16-le"), html("utf-16le")) == text
    assert decode_body(text.encode("utf-16-le"), html("utf-16")) == text  # 'utf-16' is UTF-16LE
    assert decode_body(text.encode("utf-16-be"), html("utf-16be")) == text


# --- windows-1252 and the latin-1 rule ------------------------------------------------------------


def test_an_iso_8859_1_label_reads_cp1252_bytes() -> None:
    body = b"<p>\x80 5, \x93quoted\x94 \x96 caf\xe9</p>"
    assert decode_body(body, html("iso-8859-1")) == "<p>€ 5, “quoted” – café</p>"
    assert decode_body(body, html("us-ascii")) == "<p>€ 5, “quoted” – café</p>"
    assert body_charset(body, html("latin1")) == "cp1252"


def test_a_latin1_label_on_valid_utf8_reads_utf8() -> None:
    """Kept on purpose (browsers would show mojibake): such labels are server defaults."""
    body = page("café — 朱镕基").encode()
    assert decode_body(body, html("iso-8859-1")) == page("café — 朱镕基")
    assert decode_body(page("café", meta("windows-1252")).encode(), "text/html") == page(
        "café", meta("windows-1252")
    )
    assert body_charset(body, html("latin1")) == "utf-8"


def test_other_single_byte_labels_are_not_second_guessed() -> None:
    body = "café".encode()
    assert decode_body(body, html("iso-8859-15")) == "cafÃ©"  # as a browser shows it


# --- the order: BOM, header, meta ------------------------------------------------------------------


def test_a_bom_overrides_the_header() -> None:
    text = page(ZH)
    assert decode_body(codecs.BOM_UTF8 + text.encode(), html("gbk")) == text
    assert decode_body(text.encode("utf-16"), html("big5")) == text
    assert decode_body(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), html("utf-8")) == text
    assert body_charset(codecs.BOM_UTF8 + b"x", html("gbk")) == "utf-8-sig"


def test_the_header_overrides_meta() -> None:
    text = page(ZH_GBK_ONLY, meta("big5"))
    assert decode_body(text.encode("gbk"), html("gbk")) == text


def test_http_equiv_meta() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    text = page(ZH + ZH_GBK_ONLY, head)
    assert decode_body(text.encode("gbk"), "text/html") == text
    single_quoted = page(TW, "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=\"big5\"'>")
    assert decode_body(single_quoted.encode("big5"), "") == single_quoted


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="description" content="text/html; charset=gb2312">',  # no http-equiv pragma
        "<!-- <meta charset=gbk> -->",  # in a comment
        '<link title="<meta charset=gbk>">',  # inside another tag's attribute value
        "<meta charset=no-such-label>",
    ],
)
def test_metas_the_prescan_does_not_count(head: str) -> None:
    body = page("café", head).encode()  # valid UTF-8, so an ignored meta leaves it UTF-8
    assert decode_body(body, "text/html") == page("café", head)


def test_the_first_meta_with_an_encoding_wins() -> None:
    text = page(
        ZH_GBK_ONLY, '<meta charset="x-nope"><meta name="viewport"><meta charset="gbk"><meta charset="big5">'
    )
    assert decode_body(text.encode("gbk"), "text/html") == text


def test_a_meta_declaring_utf16_means_utf8() -> None:
    text = page("朱镕基", meta("utf-16"))
    assert decode_body(text.encode(), "text/html") == text
    assert body_charset(text.encode(), "text/html") == "utf-8"


def test_a_meta_cut_by_the_1024_byte_boundary_is_not_read_by_the_prescan() -> None:
    padding = "<!-- " + "x" * 1000 + " -->"
    text = page("café", padding + meta("koi8-r"))
    assert decode_body(text.encode(), "text/html") == text  # valid UTF-8 stays UTF-8


def test_a_late_meta_decides_a_page_that_is_not_utf8() -> None:
    """Past the prescan's 1024 bytes a browser's parser still meets the meta and re-decodes."""
    text = page(ZH_GBK_ONLY, "<script>" + "var a = 1;\n" * 200 + "</script>" + meta("gbk"))
    assert decode_body(text.encode("gbk"), "text/html") == text


def test_replacement_labels_decode_to_one_replacement_character() -> None:
    body = b"<p>\x1b$)C\x0e!!\x0f</p>"
    assert decode_body(body, html("iso-2022-kr")) == "\ufffd"
    codec = body_charset(body, html("hz-gb-2312"))
    assert b"<p>".decode(codec, "replace") == "\ufffd"  # usable as a codec, as detect/delta does
    assert "plain".encode(codec) == b"plain"
    assert decode_body(codecs.BOM_UTF8 + b"ok", html("iso-2022-kr")) == "ok"  # the BOM still wins


def test_x_user_defined() -> None:
    assert decode_body(b"a\x80\xff", html("x-user-defined")) == "a\uf780\uf7ff"
    assert decode_body(b"<meta charset=x-user-defined>\x80", "") == "<meta charset=x-user-defined>€"


# --- unlabelled pages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (ZH, "gbk", "gb18030"),
        (ZH + ZH_GBK_ONLY, "gbk", "gb18030"),
        (TW, "big5", "big5hkscs"),
        (JA, "shift_jis", "cp932"),
        (JA + JA_NEC, "cp932", "cp932"),
        (JA, "euc_jp", "euc_jp"),
        (KO, "cp949", "cp949"),
    ],
)
def test_unlabelled_pages_are_detected(text: str, codec: str, expected: str) -> None:
    body = page(text).encode(codec)
    assert body_charset(body, "text/html") == expected
    assert decode_body(body, "text/html") == page(text)


def test_detection_looks_past_a_long_ascii_head() -> None:
    text = page(ZH, "<style>" + "p { margin: 0 }\n" * 6000 + "</style>")
    assert len(text) > 90_000
    assert decode_body(text.encode("gbk"), "text/html") == text


def test_unlabelled_utf8_is_utf8_and_ascii_never_reaches_the_detector() -> None:
    assert body_charset(page(ZH).encode(), "text/html") == "utf-8"
    assert decode_body(b"<p>plain</p>", "text/html; charset=x-no-such") == "<p>plain</p>"


def test_unlabelled_latin_text_in_windows_1252() -> None:
    body = b"<p>caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve \x93quoted\x94</p>"
    assert decode_body(body) == "<p>café crème brûlée, naïve “quoted”</p>"


class FakeDetector:
    """Stands in for cchardet: answers ``guess`` and keeps the windows it was given."""

    def __init__(self) -> None:
        self.guess: str | None = None
        self.windows: list[bytes] = []

    def detect(self, window: bytes) -> dict[str, str | float | None]:
        self.windows.append(window)
        return {"encoding": self.guess, "confidence": 0.9}


@pytest.fixture
def detector(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDetector]:
    fake = FakeDetector()
    decoding._guess.cache_clear()
    monkeypatch.setattr(decoding.cchardet, "detect", fake.detect)
    yield fake
    decoding._guess.cache_clear()


@pytest.mark.parametrize(
    "guess", [None, "UTF-16", "UTF-16LE", "ISO-2022-KR", "HZ-GB-2312", "EUC-TW", "IBM855"]
)
def test_a_guess_browsers_would_never_make_falls_back_to_windows_1252(
    detector: FakeDetector, guess: str | None
) -> None:
    detector.guess = guess
    body = b"<p>\x00 caf\xe9</p>"
    assert body_charset(body) == "cp1252"
    assert decode_body(body) == "<p>\x00 café</p>"
    assert detector.windows == [body]


def test_the_detector_reads_a_bounded_window_once_per_body(detector: FakeDetector) -> None:
    detector.guess = "GB18030"
    body = page(ZH, "<script>" + "var a = 1;\n" * 10_000 + "</script>").encode("gbk") * 3
    assert len(body) > 300_000
    for _ in range(3):
        assert decode_body(body, "text/html") == body.decode("gb18030")
        assert body_charset(body, "text/html") == "gb18030"
    assert len(detector.windows) == 1  # several stages decode one body: one guess
    window = detector.windows[0]
    assert len(window) == 16 * 1024 and ZH[:100].encode("gbk") in window  # past the long script


def test_a_utf8_body_cut_mid_character_by_the_size_cap_stays_utf8() -> None:
    body = page(ZH).encode()[: -len("</p></body></html>") - 1]  # ends inside the last character
    assert body_charset(body) == "utf-8"
    assert decode_body(body) == body.decode("utf-8", "replace")
    assert decode_body(body).endswith("\ufffd") and ZH[:-1] in decode_body(body)


# --- mislabelled pages: follow the label, as browsers do -------------------------------------------


def test_gbk_bytes_labelled_utf8_decode_as_utf8_with_replacements() -> None:
    body = page(ZH).encode("gbk")
    text = decode_body(body, html("utf-8"))

    assert text == body.decode("utf-8", "replace")
    assert "\ufffd" in text and text.startswith("<!DOCTYPE html><html><head><title>t</title>")


def test_utf8_bytes_labelled_gbk_decode_as_gbk() -> None:
    body = page(ZH[:30]).encode()
    assert decode_body(body, html("gbk")) == body.decode("gb18030", "replace")


def test_a_utf16_header_on_ascii_compatible_bytes_is_ignored() -> None:
    text = page(ZH, meta("gbk"))
    assert decode_body(text.encode("gbk"), html("utf-16")) == text


# --- never raises ----------------------------------------------------------------------------------

_SOME_LABELS = [*sorted(LABELS), "", "utf-32", "x-no-such", '"', "gbk\x00", "big5;"]


@given(st.binary(max_size=2000), st.text(max_size=60))
def test_arbitrary_bytes_and_content_types_never_raise(body: bytes, content_type: str) -> None:
    assert isinstance(decode_body(body, content_type), str)
    codec = body_charset(body, content_type)
    assert isinstance(body.decode(codec, "replace"), str)


@given(st.binary(max_size=600), st.sampled_from(_SOME_LABELS), st.booleans())
def test_every_label_decodes_arbitrary_bytes(body: bytes, label: str, in_meta: bool) -> None:
    if in_meta:
        text = decode_body(f"<meta charset={label}>".encode("latin-1", "replace") + body, "text/html")
    else:
        text = decode_body(body, html(label))
    assert isinstance(text, str)


@given(
    st.lists(
        st.sampled_from(
            ["<meta", " ", "charset", "=", '"', "'", "gbk", ">", "<!--", "-->", "/", "<a", "content"]
        ),
        max_size=80,
    ),
    st.binary(max_size=200),
)
def test_prescan_survives_markup_fragments(parts: list[str], tail: bytes) -> None:
    assert isinstance(decode_body("".join(parts).encode() + tail, "text/html"), str)
