"""Lookalike origins: hosts built to pass for a well-known CDN, analytics, tag or payment host.

Injected loaders and skimmers hide among a page's ordinary vendors by borrowing their names:
'googletagmanager.co', 'google-analytics-cdn.com', 'jsdelivr-cdn.net', 'cdnjs-cloudflare.org',
'hm-baidu.cn'; with letters of other scripts ('googletagmanager.com' with a Cyrillic 'o', written
as Unicode or punycode: ``homoglyphs.py``); or with the whole well-known name as a subdomain of
their own ('www.google-analytics.com.stats-host.ru'). The well-known hosts below are
infrastructure names, not defacement words: a host that is not one of them (nor under one) but
spells one with another suffix, a small typo, added words or look-alike letters, or puts one
before its own registrable domain, is an imitation, whatever the page's language or the
attacker's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from tamperwatch.detect.homoglyphs import mixed_script, skeleton
from tamperwatch.detect.origins import registrable_domain

# Registrable domains of widely embedded script, font, tag and analytics hosts (global and Chinese).
WELL_KNOWN = (
    "googletagmanager.com",
    "google-analytics.com",
    "googleapis.com",
    "gstatic.com",
    "googlesyndication.com",
    "doubleclick.net",
    "cloudflare.com",
    "cloudflareinsights.com",
    "jsdelivr.net",
    "unpkg.com",
    "jquery.com",
    "bootstrapcdn.com",
    "fontawesome.com",
    "facebook.net",
    "fbcdn.net",
    "twimg.com",
    "cloudfront.net",
    "akamaihd.net",
    "amazonaws.com",
    "hotjar.com",
    "baidu.com",
    "bdstatic.com",
    "cnzz.com",
    "alicdn.com",
    "gtimg.cn",
    "recaptcha.net",
    # payment pages' own scripts: what a card skimmer pretends to be
    "stripe.com",
    "paypal.com",
    "paypalobjects.com",
    "braintreegateway.com",
    "adyen.com",
    "klarna.com",
    "squareup.com",
    "authorize.net",
    "alipay.com",
    # public CDNs (global and Chinese) and other widely embedded hosts
    "bootcdn.net",
    "bootcss.com",
    "staticfile.org",
    "aspnetcdn.com",
    "polyfill.io",
    "akamaized.net",
    "azureedge.net",
    "yandex.ru",
    "umeng.com",
    "youtube.com",
    "gravatar.com",
    "cdnjs.com",
    "akamai.com",
    "newrelic.com",
    "sentry.io",
    "magento.com",
    "shopify.com",
    # analytics and image hosts embedded across Chinese portals
    "mmstat.com",
    "growingio.com",
    "sensorsdata.cn",
    "qhimg.com",
    "sinaimg.cn",
    "gtimg.com",
    "qpic.cn",
)
# Other real domains of the same owners, under names the rules below would otherwise take for
# imitations ('cloudflare-ipfs.com' holds 'cloudflare').
GENUINE = (
    "facebook.com",
    "google.com",
    "googleusercontent.com",
    "googleadservices.com",
    "googletagservices.com",
    "googleoptimize.com",
    "cloudflare.net",
    "cloudflare-ipfs.com",
    "cloudflarestream.com",
    "cloudflarestorage.com",
    "cloudflareaccess.com",
    "baidu.cn",
    "bdimg.com",
    "baidustatic.com",
    "qq.com",
    "amazon.com",
    "amazon-adsystem.com",
    "jqueryui.com",
    "ampproject.org",  # the AMP cache names hosts after the sites it serves ('www-example-com.cdn...')
    "stripe.network",
    "paypal.me",
    "alipayobjects.com",
    "klarnaservices.com",
    "klarnacdn.net",
    "adyenpayments.com",
    "squarecdn.com",
    "braintree-api.com",
    "akamai.net",
    "yandex.net",
    "yastatic.net",
    "youtube-nocookie.com",
    "ytimg.com",
    "googlevideo.com",
    "akamaiedge.net",
    "akamaitechnologies.com",
    "nr-data.net",
    "sentry-cdn.com",
    "shopifycdn.com",
    "myshopify.com",
    "shopifysvc.com",
    # Chinese public CDNs and portals' own static hosts under their other names (Staticfile moved
    # to staticfile.net in 2023; Sina's and 360's script hosts)
    "staticfile.net",
    "sinajs.cn",
    "qhres.com",
    "qhres2.com",
)


@dataclass(frozen=True, slots=True)
class LookalikeConfig:
    min_label: int = 5  # shorter names ('qq', 'baidu' stays) are compared only for an exact label match
    min_word_label: int = 4  # a name this long counts as a whole word of a host ('cnzz-stat'), not inside one
    max_typo: int = 1  # edits (insert, delete, replace, swap) a typo of a name may have
    min_typo_label: int = 7  # a typo inside a longer name counts for names this long ('facebook')
    long_label: int = 10  # names this long ('cloudflare', 'doubleclick') are imitated with up to two edits
    max_typo_long: int = 2  # edits a typo of a long name may have ('cloudflair', 'dubbleclick')


_DEFAULT = LookalikeConfig()
_SEPARATORS = "-_."
HOSTS_REMEMBERED = 4096  # hosts whose answer is kept (the detector asks again for its reasons)


@cache
def _labels() -> dict[str, str]:
    """Label (the name before the suffix, hyphens dropped) -> the well-known domain."""
    return {d.rsplit(".", 1)[0].replace("-", "").replace(".", ""): d for d in WELL_KNOWN}


def _within_one_edit(a: str, b: str, max_typo: int) -> bool:
    if abs(len(a) - len(b)) > max_typo:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) <= 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b`` (``limit + 1`` once it exceeds ``limit``)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
        if min(row) > limit:
            return limit + 1
    return row[-1]


def _typo_inside(flat: str, label: str, c: LookalikeConfig) -> bool:
    """Whether ``flat`` holds ``label`` with one edit (two for a long name), alone or among other
    letters."""
    if len(label) < c.min_typo_label and len(flat) != len(label):
        return _within_one_edit(flat, label, c.max_typo)
    typo = c.max_typo_long if len(label) >= c.long_label else c.max_typo
    for size in range(len(label) - typo, len(label) + typo + 1):
        for start in range(max(0, len(flat) - size + 1)):
            window = flat[start : start + size]
            if _within_one_edit(window, label, c.max_typo) or (
                typo > c.max_typo and _edits(window, label, typo) <= typo
            ):
                return True
    return False


# Well-known hosts that serve anyone's files (storage buckets, CDNs of any repository or
# package, user content): being genuine, they imitate nothing, but a loader there is no vendor's.
SHARED_HOSTS = (
    "jsdelivr.net",
    "unpkg.com",
    "amazonaws.com",
    "cloudfront.net",
    "googleapis.com",
    "googleusercontent.com",
    "azureedge.net",
    "akamaized.net",
    "akamaihd.net",
    "cloudflare-ipfs.com",
    "cloudflarestorage.com",
    "github.io",
    "githubusercontent.com",
    "myshopify.com",
)


# A versioned release of a package on a public package CDN (jsDelivr's ``/npm/jquery@3.7.1/``,
# ``unpkg.com/swiper@8.4.7/``): the CDN's host name is not the uploader's choice. Anyone can publish
# a package, so only the host's name is excused; the file name still counts unless it is the
# package's own (``jquery@3.7.1/dist/jquery.min.js``, not ``jquery-cdn-loader@1.0.0/jquery.min.js``).
_RELEASE = re.compile(
    r"^(?:https?:)?//(?:[a-z0-9-]+\.)?(?:jsdelivr\.net/npm|unpkg\.com)/(?:@([\w.-]+)/)?([\w.-]+)@\d[\w.+-]*/",
    re.IGNORECASE,
)
_DOT_SEGMENT = re.compile(r"/\.{1,2}(?:/|$)|%2e", re.IGNORECASE)  # a path the browser resolves elsewhere


def published_release(url: str) -> tuple[str, ...]:
    """The package's names (its scope's, if any, and its own) when ``url`` is a file of a versioned
    package release on a public package CDN, else (). A path with dot segments
    (``/npm/jquery@3.7.1/../../gh/...``) is none."""
    match = _RELEASE.match(url)
    if match is None or _DOT_SEGMENT.search(url.split("?", 1)[0]):
        return ()
    return tuple(name.lower() for name in match.groups() if name)


def shared_host(domain: str) -> bool:
    """Whether ``domain`` is (under) a well-known host that serves anyone's files."""
    domain = domain.lower().strip(".")
    return any(domain == d or domain.endswith("." + d) for d in SHARED_HOSTS)


def genuine(domain: str) -> bool:
    """Whether ``domain`` is one of the well-known hosts (or under one): it imitates nothing."""
    return any(domain == d or domain.endswith("." + d) for d in (*WELL_KNOWN, *GENUINE))


def imitated(domain: str, config: LookalikeConfig = _DEFAULT) -> str:
    """The well-known domain ``domain`` imitates, or '' (a well-known domain imitates nothing)."""
    domain = domain.lower().strip(".")
    if not domain or genuine(domain):
        return ""
    name = domain.rsplit(".", 1)[0] if "." in domain else domain
    words = set("".join(c if c not in _SEPARATORS else " " for c in name).split())
    for label, known in _labels().items():
        if len(label) >= config.min_word_label and label in words:
            return known  # the name as a word of its own ('cnzz-stat')
    return _imitated_name("".join(c for c in name if c not in _SEPARATORS), config)


@lru_cache(maxsize=HOSTS_REMEMBERED)
def imitated_host(host: str, config: LookalikeConfig = _DEFAULT) -> str:
    """The well-known domain the whole ``host`` imitates, or '': by its registrable domain (as
    written, and as it looks once look-alike letters are read as Latin ones), or by a well-known
    name put before its own registrable domain (the subdomain trick). A host whose
    label mixes Latin with Cyrillic or Greek letters imitates something even when its name is
    not on the list: the answer is then its Latin look."""
    host = host.lower().strip(".")
    domain = registrable_domain(host)
    if not domain or genuine(domain):
        return ""
    look = skeleton(domain)
    if look != domain and genuine(look):  # a well-known name spelled with look-alike letters
        return next(d for d in (*WELL_KNOWN, *GENUINE) if look == d or look.endswith("." + d))
    found = imitated(domain, config) or imitated(look, config)
    if found:
        return found
    front = host[: -len(domain)].strip(".") if host.endswith(domain) else ""
    if front:
        flat_front = "".join(c for c in skeleton(front) if c not in _SEPARATORS)
        for label, known in _labels().items():
            if len(label) >= config.min_label and label in flat_front:
                return known
            if len(label) >= config.long_label and _typo_inside(flat_front, label, config):
                return known  # a typo of the name in front ('www.googel-analytics.com.host.ru')
    return skeleton(domain) if mixed_script(host) else ""


def _imitated_name(flat: str, c: LookalikeConfig) -> str:
    exact = _labels().get(flat)
    if exact:
        return exact  # the same name under another suffix
    for label, known in _labels().items():
        if len(label) >= c.min_label and label in flat:
            return known  # the name with words added ('google-analytics-cdn')
        if len(label) >= c.min_label and _typo_inside(flat, label, c):
            return known  # a typo of the name, alone or with words added ('connect-facebok')
    return ""
