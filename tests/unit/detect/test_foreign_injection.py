import pytest

from tamperwatch.detect.foreign_injection import ForeignInjectionDetector

from .synthetic import news_page, page


def trusted_part(det: ForeignInjectionDetector) -> dict[str, object]:
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day)))
    return part


def rotating_part(det: ForeignInjectionDetector) -> dict[str, object]:
    """The history of a site that adds ad vendors: its second capture brought a new script origin."""
    part: dict[str, object] = {}
    det.learn_trusted(part, page(news_page(0)))
    det.learn_trusted(
        part, page(news_page(1, head_extra='<script src="https://ads.rotator.example/a.js"></script>'))
    )
    det.learn_trusted(part, page(news_page(2)))
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
    findings = det.detect(rotating_part(det), page(news_page(9, head_extra=vendor + "</script>")))
    assert all(f.score < 0.4 for f in findings)


def test_the_first_unseen_origin_of_a_site_that_never_added_one_is_suspicious() -> None:
    det = ForeignInjectionDetector()
    vendor = '<script async id="vendor" data-config="x" crossorigin="anonymous" src="https://widgets.vendor.example/w.js">'
    [finding] = det.detect(trusted_part(det), page(news_page(9, head_extra=vendor + "</script>")))
    assert 0.4 <= finding.score < 0.5 and "never added a script origin" in finding.reason


def test_a_clean_check_with_a_new_vendor_marks_the_site_as_rotating() -> None:
    det = ForeignInjectionDetector()
    part = trusted_part(det)
    assert det.stable(part)
    det.learn(
        part, page(news_page(5, head_extra='<script src="https://cdn.othervendor.example/x.js"></script>'))
    )
    assert not det.stable(part)


@pytest.mark.parametrize(
    "origin",
    ["googletagmanager.co", "google-analytics-cdn.com", "jsdelivr-cdn.net", "hm-baidu.cn", "gstatlc.com"],
)
def test_an_origin_named_like_a_well_known_host_is_strong_even_where_vendors_rotate(origin: str) -> None:
    det = ForeignInjectionDetector()
    tag = f'<script async id="x" data-a="1" crossorigin="anonymous" src="https://www.{origin}/gtag.js"></script>'
    [finding] = det.detect(rotating_part(det), page(news_page(9, head_extra=tag)))
    assert finding.score >= 0.5 and "named like" in finding.reason


def test_the_well_known_hosts_themselves_are_no_lookalikes() -> None:
    from tamperwatch.detect.lookalike import WELL_KNOWN, imitated

    assert [d for d in WELL_KNOWN if imitated(d) or imitated("www." + d)] == []
    assert [
        d for d in ("facebook.com", "adform.net", "criteo.com", "taboola.com", "ioam.de") if imitated(d)
    ] == []


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


def test_a_long_well_known_name_is_imitated_with_two_edits_and_real_vendors_are_not() -> None:
    from tamperwatch.detect.lookalike import imitated

    assert imitated("cdn-cloudflear.net") == "cloudflare.com"  # two edits inside a longer name
    assert imitated("doubbleclik.org") == "doubleclick.net"
    assert imitated("googletagmanagr-cdn.com") == "googletagmanager.com"
    real = ("doubleverify.com", "cleverpush.com", "outbrain.com", "criteo.net", "adnxs.com", "weibo.com")
    assert [d for d in (*real, "gov.cn", "people.com.cn", "xinhuanet.com", "nhk.or.jp") if imitated(d)] == []
    # a short name still needs one edit at most: 'unpkg' is not imitated by 'unpack'
    assert imitated("unpack-tools.com") == ""


@pytest.mark.parametrize(
    "injection, expected",
    [
        (  # an SVG script: its code comes from href, not src
            '<svg width="0" height="0"><script href="https://pkg.tallowmere.example/r.js"></script></svg>',
            "code outside a script block",
        ),
        (
            '<embed src="https://pkg.tallowmere.example/p.html" type="text/html" width="1" height="1">',
            "hidden object",
        ),
        (
            "<script>document.addEventListener('click',function(){"
            "window.open('https://pkg.tallowmere.example/offer','_blank')},{once:true});</script>",
            "at any click on the page",
        ),
    ],
)
def test_code_and_pages_pulled_in_from_unusual_places_are_decisive(injection: str, expected: str) -> None:
    det = ForeignInjectionDetector()
    [finding] = det.detect(trusted_part(det), page(news_page(9, body_extra=injection)))
    assert finding.score >= 0.5
    assert expected in finding.reason and "tallowmere.example" in finding.reason


def test_a_share_button_opening_a_site_the_page_already_links_to_is_weak() -> None:
    det = ForeignInjectionDetector()
    part = trusted_part(det)
    part["seen"] = [*part.get("seen", []), "sharebook.example"]  # type: ignore[list-item]
    share = (
        "<script>function share(){window.open('https://sharebook.example/share?u='+location.href)}</script>"
    )
    [finding] = det.detect(part, page(news_page(9, body_extra=share)))
    assert finding.score < 0.5 and "opening a window on unseen domain sharebook.example" in finding.reason
    # a share button to a network the page never linked to is a pop-up, suspicious at most
    fresh = "<script>function share(){window.open('https://newnet.example/intent?u='+location.href)}</script>"
    [finding] = det.detect(trusted_part(det), page(news_page(9, body_extra=fresh)))
    assert finding.score < 0.5 and "pop-up" in finding.reason


def test_a_script_file_the_site_always_loaded_now_fetched_from_an_unseen_origin_is_decisive() -> None:
    """The tag is kept and only its host swapped: decisive even where vendors rotate; a new script
    with a path of its own stays weak there."""
    det = ForeignInjectionDetector()
    own = '<script src="/wp-content/themes/savona/assets/js/custom-plugins.js" id="plugins-js"></script>'
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day, head_extra=own)))
    part.update(rotating_part(det) | {"script_paths": part["script_paths"]})
    swapped = own.replace('src="/', 'src="https://cdn.folmip.example/')
    [finding] = det.detect(part, page(news_page(9, head_extra=swapped)))
    assert finding.score >= 0.8
    assert "custom-plugins.js, which the site served itself, now from folmip.example" in finding.reason
    other = '<script src="https://cdn.folmip.example/lib/widgets/carousel.js" id="w"></script>'
    [weak] = det.detect(part, page(news_page(9, head_extra=other)))
    assert weak.score < 0.5


def test_own_files_moved_to_a_cdn_or_a_vendors_file_moved_between_mirrors_are_no_swap() -> None:
    """A CDN migration moves several files (or the style sheets too) to one host; a vendor's path
    is the vendor's to move: neither is a swapped tag."""
    det = ForeignInjectionDetector()
    own = (
        '<script src="/wp-includes/js/jquery/jquery.min.js"></script>'
        '<script src="/wp-content/themes/savona/assets/js/custom-plugins.js"></script>'
        '<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.6.0/jquery.min.js"></script>'
    )
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day, head_extra=own)))
    moved = own.replace('src="/', 'src="https://site.b-cdn.example/').replace(
        "ajax.googleapis.example", "cdnjs.mirror.example"
    )
    findings = det.detect(part, page(news_page(9, head_extra=moved)))
    assert findings and all("which the site served itself" not in f.reason for f in findings)


def test_a_bare_new_tag_is_a_trait_only_where_the_site_never_writes_bare_tags() -> None:
    """Chinese portals and their analytics snippets write bare script tags (only ``src``, ``type``,
    ``charset``): on such a site a bare new vendor tag is the site's own style and stays suspicious;
    on a site whose tags all carry more attributes it is a trait of an injected one."""
    det = ForeignInjectionDetector()
    tag = '<script src="https://tongji.qiyu.example/stats?id=3" charset="utf-8"></script>'
    [strict] = det.detect(trusted_part(det), page(news_page(9, head_extra=tag)))
    assert strict.score >= 0.5
    own_style = '<script src="https://s4.cnzz.com/z_stat.php?id=1" type="text/javascript"></script>'
    bare_site: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(bare_site, page(news_page(day, head_extra=own_style)))
    [usual] = det.detect(bare_site, page(news_page(9, head_extra=own_style + tag)))
    assert 0.4 <= usual.score < 0.5 and "never added a script origin" in usual.reason
    # the site's own scripts written bare say nothing of how it writes third-party tags
    own_files: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(
            own_files, page(news_page(day, head_extra='<script src="/static/js/site.js"></script>'))
        )
    [still] = det.detect(own_files, page(news_page(9, head_extra=tag)))
    assert still.score >= 0.5


def test_a_library_from_a_genuine_public_cdn_has_no_traits_of_an_imitation() -> None:
    """jQuery from the genuine public CDN is a site's ordinary addition: its 'cdn' name and
    library path are traits of a host passing for one, not of the CDN itself."""
    det = ForeignInjectionDetector()
    genuine = '<script src="https://cdn.bootcdn.net/ajax/libs/jquery/3.6.0/jquery.min.js"></script>'
    [finding] = det.detect(trusted_part(det), page(news_page(9, head_extra=genuine)))
    assert finding.score < 0.5
    imitation = '<script src="https://cdn.bootcdn-net.example/ajax/libs/jquery/3.6.0/jquery.min.js"></script>'
    [found] = det.detect(trusted_part(det), page(news_page(9, head_extra=imitation)))
    assert found.score >= 0.5
    # a genuine host that serves anyone's files (a CDN of any repository, a storage bucket) keeps them
    for shared in (
        "https://cdn.jsdelivr.net/gh/quietkit/kit@1/jquery.min.js",
        "https://storage.googleapis.com/quietbucket/analytics.js",
    ):
        [loader] = det.detect(
            trusted_part(det), page(news_page(9, head_extra=f'<script src="{shared}"></script>'))
        )
        assert loader.score >= 0.5, shared


@pytest.mark.parametrize(
    "release",
    [
        "https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js",
        "//unpkg.com/@popperjs/core@2.11.8/dist/umd/popper.min.js",
        "https://fastly.jsdelivr.net/npm/swiper@8.4.7/swiper-bundle.min.js",
    ],
)
def test_a_versioned_package_release_on_a_public_package_cdn_is_no_imitation(release: str) -> None:
    """A versioned release of a package is the package's file, and the CDN's 'cdn' label the CDN's
    name: neither is a trait of a loader passing for a library. Unversioned and repository paths
    on the same CDN keep their traits (the test above)."""
    det = ForeignInjectionDetector()
    tag = f'<script src="{release}"></script>'
    [finding] = det.detect(trusted_part(det), page(news_page(9, head_extra=tag)))
    assert finding.score < 0.5
    unversioned = tag.replace("@", "-at-", 1) if "/@" not in release else tag.replace("@2.11.8", "", 1)
    [loader] = det.detect(trusted_part(det), page(news_page(9, head_extra=unversioned)))
    assert loader.score >= finding.score
    if "jsdelivr" in release:  # the CDN's 'cdn' label counts again off a release path
        assert loader.score > finding.score


@pytest.mark.parametrize(
    "loader",
    [
        # anyone can publish a package: a file named like a library in a package of another name
        "https://cdn.jsdelivr.net/npm/jquery-cdn-loader@1.0.0/dist/analytics.js",
        "https://cdn.jsdelivr.net/npm/jquery-cdn-loader@1.0.0/jquery.min.js",
        # a release path the browser resolves into a repository's files
        "https://cdn.jsdelivr.net/npm/jquery@3.7.1/../../gh/quietkit/kit/jquery.min.js",
        "https://cdn.jsdelivr.net/npm/jquery@3.7.1/%2e%2e/%2e%2e/gh/quietkit/kit/jquery.min.js",
    ],
)
def test_a_release_path_does_not_excuse_a_file_that_is_not_the_packages_own(loader: str) -> None:
    det = ForeignInjectionDetector()
    genuine = '<script src="https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js"></script>'
    [release] = det.detect(trusted_part(det), page(news_page(9, head_extra=genuine)))
    [found] = det.detect(
        trusted_part(det), page(news_page(9, head_extra=f'<script src="{loader}"></script>'))
    )
    assert found.score > release.score
