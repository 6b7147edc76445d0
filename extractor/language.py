"""Language identification for Norwegian sports news.

``detect_language(text)`` returns a :class:`LanguageGuess` whose ``code`` is one of
``nb`` (Bokmål), ``nn`` (Nynorsk), ``sv``, ``da``, ``en`` or ``other``.  Swedish,
Danish and English texts are skipped by the extractor; nb vs nn switches a few rules.

How a text is decided
---------------------
1. Word tokens are read from the text (letters only: numbers, times, marks and
   table junk never count).  Marker words from ``lexicons/language_markers.tsv``
   are counted per list (``nb``, ``nn``, ``no``, ``da``, ``sv``, ``en``, see the
   file's header).  A capitalised word counts only at the start of a sentence
   or line, so names ("Ho", "Berre") are not taken for marker words.
2. Weak text (empty, or fewer than ``MIN_CONTENT_WORDS`` lower-case words: a
   headline fragment, a caption, a bare result list of names and marks) gets a
   low confidence (at most 0.5) and is Norwegian only if something Norwegian is
   found:
     * a Norwegian marker word (lists ``no``, ``nb``, ``nn``; e.g. "vant",
       "ikkje", "NM", "IL") -> ``nb``, or ``nn`` if Nynorsk markers outnumber
       Bokmål ones;
     * else, if no sv/da/en marker word is present and lingua gives Norwegian
       (nb + nn) at least ``WEAK_LINGUA_MIN`` -> ``nb`` (``nn`` only if lingua's
       nn is ``NN_WEAK_RATIO`` times its nb);
     * else -> ``other`` (confidence 0.0 when the text has no words at all,
       otherwise 0.1).  Short Swedish/Danish/English fragments ("He won.",
       "Han vandt.") are thus ``other``, never a Norwegian code.
3. Other text goes to lingua (restricted to Bokmål, Nynorsk, Swedish, Danish,
   English and German; German stands for "other"), run on a cleaned copy
   (HTML tags, URLs, tokens with digits and table junk removed; first
   ``MAX_CHARS`` characters, which bounds the cost on long pages).  The
   language family (Norwegian / sv / da / en / other) is chosen by lingua's
   log-probability plus ``MARKER_WEIGHT`` per marker word of that family, the
   vote being capped at ``MARKER_CAP`` words so that long texts stay lingua's.
   Shortcut: with at least ``MARKER_CAP`` Norwegian (``no``) marker words, a
   Norwegian vote at least ``MARKER_LEAD`` words ahead of each sv/da/en one
   (a Norwegian report names "Sverige" or quotes "the" now and then), and a
   Bokmål/Nynorsk marker lean (step 4) beyond ``LINGUA_NBNN_CLIP``, lingua is
   not asked (it is most of the cost): it could then change the answer only
   by giving Norwegian under e^-4 of another language, which no corpus, dev or
   unlabelled article comes near (lingua gives each of them Norwegian over
   0.9999999, every other language under 1e-8; 425 of 491 take the shortcut,
   all with the code the full decision gives). The confidence is then the
   least step 4 could give.
4. Within Norwegian, Bokmål vs Nynorsk is the sign of ``NN_PRIOR`` (a small
   lean to Bokmål, the usual case) plus lingua's log-odds
   (clipped to +-``LINGUA_NBNN_CLIP``) plus ``NBNN_MARKER_WEIGHT`` per
   (nn - nb) marker word difference: marker words are the stronger signal on
   short sports texts, lingua's own nb/nn split being weak there.

The lingua detector is built once, on first use (module-level cache), in high-accuracy
mode.  Its models load lazily, as lingua needs them: texts of 120 characters and more
need only some of the n-gram models, so a run of articles loads ~15 MB in well under a
second; the first short text that goes to lingua (a brief, a caption) loads the rest,
~180 MB of peak memory and 1-3 s, as much as preloading every model up front cost each
process.  The detection is the same either way (up to lingua's own last-digit float
noise, which differs from run to run in either mode).  Then ~0.5-1 ms per document.
Low-accuracy mode starts in <0.1 s but was clearly worse on sentence-length text (see
``with_low_accuracy_mode`` in lingua's docs), so it is not used.

Known limit: languages outside the six (French, Finnish, ...) are not modelled and
may come back as ``en``/``sv``/``da`` with moderate confidence.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LanguageGuess", "detect_language", "CODES"]

CODES = ("nb", "nn", "sv", "da", "en", "other")

MARKERS_PATH = Path(__file__).resolve().parent / "lexicons" / "language_markers.tsv"
MARKER_LISTS = ("nb", "nn", "no", "da", "sv", "en")

#: Fewer lower-case words than this: decided by marker words alone.
MIN_CONTENT_WORDS = 3
#: Weak text without marker words is Norwegian if lingua gives Norwegian at least this.
WEAK_LINGUA_MIN = 0.5
#: ... and Nynorsk only if lingua's nn exceeds nb by this factor.
NN_WEAK_RATIO = 2.0
#: Only the first MAX_CHARS characters of the cleaned text are given to lingua.
MAX_CHARS = 2000
#: Log-score added per marker word of a family (Norwegian, sv, da, en).
MARKER_WEIGHT = 1.0
#: At most this many marker words of one family are counted in the family vote.
MARKER_CAP = 6
#: Lingua is not asked when the full Norwegian vote leads every other family's by this many words (step 3).
MARKER_LEAD = 4
#: Floor for lingua probabilities before taking logs.
EPS = 1e-3
#: Lingua's nb/nn log-odds are clipped to +- this.
LINGUA_NBNN_CLIP = 2.0
#: Weight per (nn - nb) marker word in the Bokmål/Nynorsk decision.
NBNN_MARKER_WEIGHT = 1.0
#: Prior log-odds of Nynorsk vs Bokmål (most Norwegian sports news is Bokmål).
NN_PRIOR = -0.3


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # one of CODES
    confidence: float  # 0..1
    reason: str


# --------------------------------------------------------------------------- markers

_markers_lock = threading.Lock()
# (lower-case word -> lists, case-sensitive word -> lists); loaded once
_markers: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None = None


def load_markers(path: Path = MARKERS_PATH) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Read the marker TSV: ({lower-case word: lists}, {case-sensitive word: lists})."""
    lower: dict[str, list[str]] = {}
    exact: dict[str, list[str]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if parts == ["language", "word"]:
            continue
        if len(parts) != 2 or parts[0] not in MARKER_LISTS or not parts[1]:
            raise ValueError(f"{path}:{n}: expected 'language<TAB>word' with language in {MARKER_LISTS}")
        lang, word = parts[0], unicodedata.normalize("NFC", parts[1])
        table = lower if word == word.lower() else exact
        langs = table.setdefault(word, [])
        if lang not in langs:
            langs.append(lang)
    return ({w: tuple(v) for w, v in lower.items()}, {w: tuple(v) for w, v in exact.items()})


def _get_markers():
    global _markers
    if _markers is None:
        with _markers_lock:
            if _markers is None:
                _markers = load_markers()
    return _markers


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# characters after which a capitalised word is taken as sentence-initial
_SENT_START_CHARS = set(".!?:;–—-\"«»“”'(\n")


# a word with what stands before it: a sentence-start character and spaces (group 1) make it initial
_WORD_AFTER_RE = re.compile("([" + "".join(map(re.escape, sorted(_SENT_START_CHARS))) + r"][ \t\r\u00a0]*)?(" + _WORD_RE.pattern + ")")
_LEADING_SPACE = " \t\r\u00a0"


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Word tokens with a flag: True when the word starts a sentence or line (the previous
    non-space character is one of _SENT_START_CHARS, or there is none)."""
    out = [(word, bool(before)) for before, word in _WORD_AFTER_RE.findall(text)]
    if out and not out[0][1]:
        first = _WORD_RE.search(text)
        out[0] = (out[0][0], not text[:first.start()].strip(_LEADING_SPACE))
    return out


def _count_markers(tokens: list[tuple[str, bool]]) -> tuple[Counter, dict[str, list[str]]]:
    lower, exact = _get_markers()
    counts: Counter = Counter()
    hits: dict[str, list[str]] = {k: [] for k in MARKER_LISTS}
    for word, initial in tokens:
        langs = exact.get(word, ())
        low = word.lower()
        if word == low or initial:
            langs = langs + lower.get(low, ())
        for lang in langs:
            counts[lang] += 1
            hits[lang].append(word if word in exact else low)
    return counts, hits


# --------------------------------------------------------------------------- lingua

_detector_lock = threading.Lock()
_detector = None
_LINGUA_CODE: dict = {}


def _get_detector():
    """The lingua detector, built once (first call pays the model loading)."""
    global _detector
    if _detector is None:
        with _detector_lock:
            if _detector is None:
                from lingua import Language, LanguageDetectorBuilder

                langs = {
                    Language.BOKMAL: "nb",
                    Language.NYNORSK: "nn",
                    Language.SWEDISH: "sv",
                    Language.DANISH: "da",
                    Language.ENGLISH: "en",
                    Language.GERMAN: "other",
                }
                _LINGUA_CODE.update(langs)
                # Models load lazily, as lingua needs them (see the module docstring): preloading
                # them all cost ~180 MB of peak memory and 1-3 s in every process.
                _detector = LanguageDetectorBuilder.from_languages(*langs).build()
    return _detector


def _lingua_probs(text: str) -> dict[str, float]:
    det = _get_detector()
    probs = {"nb": 0.0, "nn": 0.0, "sv": 0.0, "da": 0.0, "en": 0.0, "other": 0.0}
    for cv in det.compute_language_confidence_values(text):
        probs[_LINGUA_CODE[cv.language]] += cv.value
    return probs


_TAG_RE = re.compile(r"<[^>\n]{0,500}>")
# e-mail addresses from a word's start, one "@" split: "\S+@\S+" took cubic time on a run of "@" (4,000: 22 s)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)[^\s@]+@\S+\.\w+", re.I)
_DIGIT_RE = re.compile(r"\d")
_JUNK_RE = re.compile(r"[|_=*#•►▪<>\[\]{}/\\+~^]+")


def clean_for_detection(text: str) -> str:
    """Text with HTML tags, URLs, number tokens (marks, times, dates) and table junk removed,
    cut to the first MAX_CHARS characters (a longer token to its first MAX_CHARS: lingua's cost grows
    with the square of a word's length, 100,000 letters without a space took 1.8 s)."""
    text = _JUNK_RE.sub(" ", _URL_RE.sub(" ", _TAG_RE.sub(" ", text)))
    out: list[str] = []
    size = 0
    for tok in text.split():
        if _DIGIT_RE.search(tok):
            continue
        tok = tok[:MAX_CHARS]
        out.append(tok)
        size += len(tok) + 1
        if size >= MAX_CHARS:
            break
    return " ".join(out)


# --------------------------------------------------------------------------- decision


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    exps = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}


def _fmt_hits(hits: dict[str, list[str]], langs: tuple[str, ...]) -> str:
    parts = []
    for lang in langs:
        if hits[lang]:
            words = list(dict.fromkeys(hits[lang]))[:5]
            parts.append(f"{lang}:{len(hits[lang])}({','.join(words)})")
    return " ".join(parts) or "none"


def _nb_or_nn(counts: Counter) -> str:
    return "nn" if counts["nn"] > counts["nb"] else "nb"


def detect_language(text: str, *, shortcut: bool = True) -> LanguageGuess:
    """Guess the language of a sports news text (see the module docstring; `shortcut=False`
    always asks lingua)."""
    text = unicodedata.normalize("NFC", text or "")
    text = _URL_RE.sub(" ", _TAG_RE.sub(" ", text))
    tokens = _tokens(text)
    if not tokens:
        return LanguageGuess("other", 0.0, "no words")
    counts, hits = _count_markers(tokens)
    content = sum(1 for w, _ in tokens if len(w) > 1 and w == w.lower())
    norwegian_markers = counts["no"] + counts["nb"] + counts["nn"]

    if content < MIN_CONTENT_WORDS:
        if norwegian_markers:
            code = _nb_or_nn(counts)
            conf = min(0.5, 0.25 + 0.05 * norwegian_markers)
            return LanguageGuess(
                code, conf,
                f"short text ({content} lower-case words); Norwegian markers "
                f"{_fmt_hits(hits, ('no', 'nb', 'nn'))}",
            )
        foreign = counts["sv"] + counts["da"] + counts["en"]
        cleaned = clean_for_detection(text)
        probs = _lingua_probs(cleaned) if cleaned else {}
        p_no = probs.get("nb", 0.0) + probs.get("nn", 0.0)
        if not foreign and p_no >= WEAK_LINGUA_MIN:
            code = "nn" if probs["nn"] > probs["nb"] * NN_WEAK_RATIO else "nb"
            return LanguageGuess(
                code, round(0.4 * p_no, 3),
                f"short text ({content} lower-case words), no marker words; "
                f"lingua Norwegian={p_no:.2f} (nb={probs['nb']:.2f} nn={probs['nn']:.2f})",
            )
        return LanguageGuess(
            "other", 0.1,
            f"short text ({content} lower-case words), nothing Norwegian found "
            f"(markers: {_fmt_hits(hits, ('sv', 'da', 'en'))}; lingua Norwegian={p_no:.2f})",
        )

    marker_lo = NBNN_MARKER_WEIGHT * (counts["nn"] - counts["nb"])
    if (shortcut and counts["no"] >= MARKER_CAP and MARKER_CAP - max(counts["sv"], counts["da"], counts["en"]) >= MARKER_LEAD
            and abs(NN_PRIOR + marker_lo) > LINGUA_NBNN_CLIP):
        # Markers decide alone (step 3 skipped, ~1 ms): the Norwegian vote is full and far ahead of
        # any other family's, and the nb/nn lean is past anything lingua's clipped log-odds could turn.
        lo = NN_PRIOR + marker_lo
        return LanguageGuess(
            "nn" if lo > 0 else "nb", round(1.0 / (1.0 + math.exp(-(abs(lo) - LINGUA_NBNN_CLIP))), 3),
            f"markers decide, lingua not asked: {_fmt_hits(hits, ('nb', 'nn', 'no'))}",
        )

    cleaned = clean_for_detection(text)
    probs = _lingua_probs(cleaned)

    # family vote: lingua log-probability + capped marker words
    fam_p = {
        "no": probs["nb"] + probs["nn"],
        "sv": probs["sv"],
        "da": probs["da"],
        "en": probs["en"],
        "other": probs["other"],
    }
    fam_m = {"no": counts["no"], "sv": counts["sv"], "da": counts["da"], "en": counts["en"], "other": 0}
    scores = {
        f: math.log(max(p, EPS)) + MARKER_WEIGHT * min(fam_m[f], MARKER_CAP) for f, p in fam_p.items()
    }
    fam_post = _softmax(scores)
    family = max(fam_post, key=fam_post.get)
    lingua_top = max(probs, key=probs.get)
    lingua_desc = f"lingua {lingua_top}={probs[lingua_top]:.2f}"

    if family != "no":
        return LanguageGuess(
            family, round(fam_post[family], 3),
            f"{lingua_desc}; markers {_fmt_hits(hits, ('no', 'sv', 'da', 'en'))}",
        )

    # Bokmål vs Nynorsk
    lingua_lo = math.log(max(probs["nn"], EPS) / max(probs["nb"], EPS))
    lingua_lo = max(-LINGUA_NBNN_CLIP, min(LINGUA_NBNN_CLIP, lingua_lo))
    lo = NN_PRIOR + lingua_lo + marker_lo
    code = "nn" if lo > 0 else "nb"
    p_variety = 1.0 / (1.0 + math.exp(-abs(lo)))
    conf = round(fam_post["no"] * p_variety, 3)
    return LanguageGuess(
        code, conf,
        f"{lingua_desc} (nb={probs['nb']:.2f} nn={probs['nn']:.2f}); "
        f"markers {_fmt_hits(hits, ('nb', 'nn', 'no', 'sv', 'da', 'en'))}",
    )
