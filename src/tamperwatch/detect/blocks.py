"""Message blocks: new text written into a page as a block of its own, outside the site's template.

Read from the alignment of the previous clean capture's text lines with this one's
(``slots.changes``). A **message block** is a run of new lines inserted where the page had at
most one line, none of them inside a link (a publish adds teasers that link to articles; a
message links nowhere), together long enough to say something. The lines right after a new
teaser are its summary, not a block, when written like the teaser or the page (script and
language); a single new line, or a short run of them, is one when
its own markup paints it (below) and it names a contact handle the page never showed. Its
**markup** is judged too: a
block whose own new wrapper elements paint their own colours (an inline ``style`` with
``color`` or ``background``, or the presentational ``font``, ``center`` and ``marquee`` tags)
and carry no ``class`` lies outside the site's style sheets: a page built by a CMS styles its
content through classes, while text pasted in by someone who cannot edit the site's CSS brings
its own paint. Neither trait reads a word.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from tamperwatch.detect.langid import identify
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite_text import (
    MESSENGER_HOSTS,
    MIXED_SCRIPTS,
    char_script,
    page_language,
    page_script,
    script_of,
)
from tamperwatch.detect.slots import changes, linked_lines

PAINTING_TAGS = frozenset({"font", "center", "marquee"})  # tags that paint without a style sheet
_DRAWN_TEXT = frozenset({"text", "tspan", "textpath"})  # SVG text: drawn in colours by its nature
_WIDE = ("han", "kana", "hangul")
WIDE_LETTER = 2  # letters a Chinese, Japanese or Korean character counts as (a word's worth)
_VOWEL_MARKS = frozenset({"Mn", "Mc"})  # combining marks: the vowel signs of abugidas (and accents)
_LAST_ASCII = "\x7f"
_PROBE_CHARS = 40  # leading characters of a line looked for in the page's source
_MIN_LEAD_CHARS = 12  # a shorter lead (before a character written as an entity) is too common to look for
_MAX_LEAD_TRIES = 8  # places of a line's lead checked for the rest of the line
_ENTITY_SPAN = 8  # source characters read per character of a line (entities are longer)
_ESCAPABLE = re.compile("[&<>\"'\u00a0]")  # characters a page's source may write as entities
_ENTITY_PROBE_CHARS = 16  # leading characters of a line looked for with each one written as an entity
_MIN_ENTITY_PROBE_CHARS = 4  # a shorter line is too common to look for that way
_MAX_REFERENCE_SCANS = 3  # whole-source scans for lines written with references, per page
_PATTERN_CACHE = 256  # compiled patterns of such lines kept
_NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\u00a0": "&nbsp;"}


@dataclass(frozen=True, slots=True)
class BlocksConfig:
    """What makes new lines a message block (tunable as ``message_blocks``: foreign_text builds it)."""

    min_block_lines: int = 2  # a message has a heading and at least one line
    kicker_lines: int = 1  # lines right before a new linked headline that belong to its teaser
    min_block_letters: int = 40  # letters of a block (CJK characters counting two)
    # A single new line (or a short run of them) counts as a block when its own markup paints it and it
    # names a new contact handle (a banner line signed by its authors, pasted above a headline), and it
    # has this many letters
    painted_line_letters: int = 16
    max_blocks: int = 4  # blocks judged per check
    max_signed_runs: int = 16  # short runs of new lines read for a signature, per check
    markup_window: int = 600  # characters before a block's first line searched for its opening tags
    media_window: int = 300  # characters after a block's last line searched for its media
    # lines of a block whose opening tags are read for its paint (a changed date line right above an
    # inserted banner opens the run of new lines, the banner's own tags come before its next line)
    paint_lines: int = 3
    # letters a headline and the run after it need before their scripts are compared (a teaser's
    # summary is written in its headline's script and language; a message pasted after it need not be)
    voice_letters: int = 12
    voice_chars: int = 400  # characters of a teaser's linked lines read for its voice


_DEFAULT = BlocksConfig()
Voice = tuple[str, str]  # a text's script and language ('' where unclear)


@cache
def _opening_tail() -> re.Pattern[str]:
    return re.compile(r"(?:<[a-zA-Z][^<>]*>\s*)+$")


@cache
def _tag() -> re.Pattern[str]:
    return re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>")


@cache
def _paint() -> re.Pattern[str]:
    return re.compile(r"""\bstyle\s*=\s*["'][^"']*(?:color|background|border|outline)""", re.IGNORECASE)


@cache
def _media() -> re.Pattern[str]:
    return re.compile(
        r"""<(?:img|audio|video|source|embed|iframe)\b[^>]*?\bsrc\s*=\s*["']?(?:https?:)?//([^/"'\s>:]+)""",
        re.IGNORECASE,
    )


@cache
def _class() -> re.Pattern[str]:
    return re.compile(r"\bclass\s*=", re.IGNORECASE)


@cache
def _ascii_letter() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z]")


@cache
def contact_handle() -> re.Pattern[str]:
    """A contact handle: a messenger link, a mail address or an @name."""
    return re.compile(
        MESSENGER_HOSTS + r"[\w.]+|" r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,255}|(?<![\w.])@[a-z0-9_]{4,}",
        re.IGNORECASE,
    )


def letters(text: str, wide: int = WIDE_LETTER) -> int:
    """Letters of ``text``, a Chinese, Japanese or Korean character counting ``wide``. The vowel
    signs of Devanagari, Bengali, Thai and the other scripts that write vowels as marks on a
    consonant count as letters too, as a vowel does in a Latin word."""
    if text.isascii():  # its letters are A to Z, each counting one
        return len(_ascii_letter().findall(text))
    return sum(
        (wide if char_script(c) in _WIDE else 1)
        for c in text
        if c.isalpha() or (c > _LAST_ASCII and unicodedata.category(c) in _VOWEL_MARKS)
    )


def is_sentence(text: str, min_letters: int, min_words: int) -> bool:
    """At least ``min_letters`` letters in ``min_words`` words or more (Chinese, Japanese and
    Korean text, written without spaces between words, needs no spaces)."""
    count = letters(text)
    unspaced = count > letters(text, 1)  # Chinese, Japanese or Korean characters
    return count >= min_letters and (unspaced or len(text.split()) >= min_words)


@dataclass(frozen=True, slots=True)
class MessageBlock:
    lines: tuple[str, ...]
    painted: bool  # its own new wrappers paint their colours and carry no class
    foreign_media: bool  # it shows an image, sound or frame from a host the page never named

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def _find(source: str, line: str, start: int, references: bool = False) -> int:
    """Where ``line`` starts in the page's source: as written, with its markup characters escaped,
    or by its lead up to the first character a page may write as an entity (``&#x27;``). With
    ``references``, a line that holds a character a page may write as a reference (``&#40657;``,
    any non-ASCII one) is looked for with each character as itself or as a reference: a scan of
    the whole source, which callers budget per page."""
    probe = line[:_PROBE_CHARS]
    at = source.find(probe, start)
    if at < 0:
        at = source.find(html.escape(probe, quote=False), start)
    if at < 0:
        lead = _ESCAPABLE.split(probe, maxsplit=1)[0]
        at = source.find(lead, start) if len(lead) >= _MIN_LEAD_CHARS else -1
        for _ in range(_MAX_LEAD_TRIES):  # the lead where the whole probe follows, entities read
            if at < 0 or html.unescape(source[at : at + _ENTITY_SPAN * len(probe)]).startswith(probe):
                break
            at = source.find(lead, at + 1)
        else:
            at = -1
    referable = not probe.isascii() or _ESCAPABLE.search(probe) is not None
    if at < 0 and references and referable and len(probe) >= _MIN_ENTITY_PROBE_CHARS:
        match = _as_entities(probe[:_ENTITY_PROBE_CHARS]).search(source, start)
        at = match.start() if match else -1
    return at


def _find_budgeted(page: Page, source: str, line: str, start: int) -> int:
    """``_find`` with its reference scan while the page's budget of them (``_MAX_REFERENCE_SCANS``)
    lasts: a hostile page of many new lines gets a few whole-source scans, not one per line."""
    at = _find(source, line, start)
    used = int(page.features.get("blocks.reference_scans", 0))
    if at < 0 and used < _MAX_REFERENCE_SCANS:
        page.features["blocks.reference_scans"] = used + 1
        at = _find(source, line, start, references=True)
    return at


@lru_cache(maxsize=_PATTERN_CACHE)
def _as_entities(probe: str) -> re.Pattern[str]:
    """``probe`` with each character as itself or as a character reference (``&#40657;``,
    ``&#x9ed1;``, ``&amp;``): a page in a legacy charset writes the characters it cannot encode as
    references, any of them. One alternative per character, each a fixed string: linear."""
    parts = []
    for c in probe:
        if c == " ":  # a page's source spaces its text as it likes
            parts.append(r"(?:\s|&nbsp;|&#160;|&#[xX]0*[aA]0;)+")
            continue
        hexa = "".join(f"[{h}{h.upper()}]" if h.isalpha() else h for h in f"{ord(c):x}")
        named = [re.escape(_NAMED[c])] if c in _NAMED else []
        parts.append("(?:" + "|".join([re.escape(c), f"&#0*{ord(c)};", f"&#[xX]0*{hexa};", *named]) + ")")
    return re.compile("".join(parts))


def _markup(page: Page, previous: Page, block: tuple[str, ...], config: BlocksConfig) -> tuple[bool, bool]:
    """(painted, foreign media) of a block, read from the page's source around its lines.

    Painted: the opening tags right before one of its first lines (``paint_lines``) that are new
    to the page paint their own colours and none of them has a class. Tags without attributes
    (``<b>``, ``<h2>``) count as the block's own; a tag with attributes the previous page already
    had is the site's.
    Painting is an inline colour, background, border or outline, or a painting tag. Foreign media:
    an image, sound, video or frame inside the block (its opening tags included) from a host the
    previous page never named."""
    source = page.html
    start = max(0, source.find("<body"))
    places = [_find_budgeted(page, source, line, start) for line in block[: config.paint_lines]]
    found = [at for at in places if at >= 0]
    if not found:
        return False, False
    first = found[0]
    painted = any(_paints(source[max(start, at - config.markup_window) : at], previous) for at in found)
    last = _find(source, block[-1], first)
    end = (last if last >= 0 else first) + len(block[-1]) + config.media_window
    # the block's own opening tags before its first line hold its media too (a card's picture)
    tail = _opening_tail().search(source, max(start, first - config.markup_window), first)
    begin = tail.start() if tail is not None else first
    hosts = {m.group(1).lower() for m in _media().finditer(source, begin, end)}
    return painted, any(host not in previous.html for host in hosts)


def _paints(before: str, previous: Page) -> bool:
    """Whether the opening tags that end ``before`` (the source right before a line) and are new to
    the page paint their own colours, none of them with a class."""
    tail = _opening_tail().search(before)
    if tail is None:
        return False
    own = [
        (match.group(1).lower(), match.group(2))
        for match in _tag().finditer(tail.group(0))
        if (not match.group(2).strip() or match.group(0) not in previous.html)
        and match.group(1).lower() not in _DRAWN_TEXT  # a chart label: its fill, at new coordinates
    ]
    return not any(_class().search(attrs) for _, attrs in own) and any(
        name in PAINTING_TAGS or _paint().search(attrs) for name, attrs in own
    )


def _signed_lines(
    previous: Page, page: Page, lines: list[tuple[str, ...]], config: BlocksConfig
) -> list[MessageBlock]:
    """The short runs of new lines (one line, or a few too short for a block) that are messages:
    each names a contact handle the previous page did not show (a signature, a channel to write
    to) and paints itself outside the site's style sheets. A painted line alone ('LIVE: ...' in an
    editor's red) is the site's own news."""
    found: list[MessageBlock] = []
    old: set[str] | None = None
    for one_line in lines[: config.max_signed_runs]:
        handles = {h for line in one_line for h in contact_handle().findall(line)}
        if not handles:
            continue
        old = set(contact_handle().findall(previous.text)) if old is None else old
        if not handles - old:
            continue
        painted, media = _markup(page, previous, one_line, config)
        if painted:
            found.append(MessageBlock(one_line, painted, media))
            if len(found) >= config.max_blocks:
                break
    return found


def message_blocks(previous: Page, page: Page, config: BlocksConfig = _DEFAULT) -> list[MessageBlock]:
    """New unlinked blocks of text in ``page`` (largest first), with their markup: runs of
    consecutive new lines, none in a link, inside the changed stretches of the page. A run right
    after a new linked line is a teaser's summary when written like the teaser or the page
    (``_speaks_as``), and the line right before one its kicker: neither is a message (the lines
    before a kicker still can be)."""
    cached = page.features.get("blocks.messages")
    c = config
    key = (id(previous), len(previous.text_lines), c)
    if cached is not None and cached[0] == key:
        return list(cached[1])
    lines, before = page.text_lines, set(previous.text_lines)
    linked: Mapping[str, object] | None = None
    voice: Voice | None = None  # the page's script and language, read when a teaser needs them
    runs: list[tuple[str, ...]] = []
    single: list[tuple[str, ...]] = []  # short runs: blocks only when painted and signed
    for tag, _, _, j1, j2 in changes(previous, page):
        if tag == "delete":
            continue
        run: list[str] = []
        after_link = False  # the run follows a new linked line: a teaser's summary
        headline = ""  # that linked line (and the new linked lines right before it)
        for line in [*lines[j1:j2], ""]:
            new_link = False
            if line and line not in before:
                if linked is None:
                    linked = linked_lines(page)
                if line not in linked:
                    run.append(line)
                    continue
                new_link = True
            if new_link and not after_link:
                # the line right before a new headline is its kicker (in its own paint, it is not)
                kickers = run[max(0, len(run) - c.kicker_lines) :]
                single.extend((t,) for t in kickers if letters(t) >= c.painted_line_letters)
                run = run[: max(0, len(run) - c.kicker_lines)]
            block = len(run) >= c.min_block_lines and sum(letters(t) for t in run) >= c.min_block_letters
            # a line or a few, too short for a block: a message only when painted and signed
            lone = not block and bool(run) and sum(letters(t) for t in run) >= c.painted_line_letters
            if after_link and (block or lone) and voice is None:
                voice = (page_script(previous), page_language(previous))
            summary = after_link and (block or lone) and _speaks_as(headline, run, voice or ("", ""), c)
            if block and not summary:
                runs.append(tuple(run))
            elif lone and not summary:
                single.append(tuple(run))
            # a teaser's linked lines read together (its headline, kicker, a comment count)
            headline = f"{headline} {line}"[-c.voice_chars :] if new_link and after_link and not run else line
            run, after_link = [], new_link
    runs.sort(key=lambda r: -sum(letters(t) for t in r))
    found = [MessageBlock(block, *_markup(page, previous, block, c)) for block in runs[: c.max_blocks]]
    found.extend(_signed_lines(previous, page, single, c))
    page.features["blocks.messages"] = (key, found)
    return list(found)


def _voice(text: str, config: BlocksConfig) -> Voice:
    return script_of(text, config.voice_letters), identify(text)


def _differs(a: Voice, b: Voice) -> bool:
    """Whether two texts are clearly written apart: in scripts a page does not mix (either way
    round: a kanji headline over a kana summary is one voice), or in two named languages."""
    scripts = (a[0], b[0])
    if all(scripts) and a[0] != b[0] and scripts not in MIXED_SCRIPTS and scripts[::-1] not in MIXED_SCRIPTS:
        return True
    return bool(a[1] and b[1] and a[1] != b[1])


def _speaks_as(headline: str, run: list[str], page: Voice, config: BlocksConfig) -> bool:
    """Whether ``run`` can be the summary of the teaser whose linked lines read ``headline``: a
    teaser's summary is written like its headline or like the page (an English product name over
    a Chinese summary, a bilingual portal's teasers). A message pasted after a teaser in another
    script or language than both is not, whatever it says. Unclear cases count as a summary."""
    voice = _voice(" ".join(run), config)
    return not (_differs(voice, _voice(headline[: config.voice_chars], config)) and _differs(voice, page))
