"""Who each athlete mention is: full names, surnames and given names alone, spelling variants, and the
descriptions that stand for a named athlete ("nordmannen", "26-åringen", "Fitjarjenta", "han"/"hun").

`resolve_athletes` turns the athlete mentions into refs (one per mention, each naming the athlete it
stands for); the linker gives marks, places and flags to them.
"""
from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import lexicons
from .clauses import HOLDER_BEFORE, NAME_GLUE, SIDE_BEFORE, role_before
from .matchers.athletes import ACTION_VERBS, CLUB_ACRONYMS, RESULT_VERBS, is_given_name
from .mentions import Mention


@dataclass
class AthleteRef:
    start: int
    end: int
    name: str
    via: str                     # full | surname | descriptor | pronoun | row
    side: str = ""               # not the subject: "possessive" ("Klosters åpning"), "object" (after "foran", "passerte" ...)
                                 # "holder" ("rekorden til X") or "role" ("NRK-ekspert X")

_ROLE_AFTER = regex.compile(
    r"\s(?P<role>(?:jenta|jenten|gutten|guten|kvinnen|kvinna|mannen|løperen|løparen|utøveren|utøvaren|hekkeløperen|"
    r"sprinteren|hopperen|hopparen|kasteren|kastaren|stjerna|stjernen|talentet|veteranen|mangekjemperen|\d{2}-åringen))(?![\w])",
    regex.I)
_DEFINITE_AFTER = regex.compile(r"\s(?P<role>\p{Ll}{3,}(?:en|a))(?![\w])")
_HOME_DESCRIPTOR = regex.compile(r"(?<![\w-])(?P<home>\p{Lu}\p{Ll}+)-?(?:gutten|guten|jenta|jenten|mannen|kvinnen|kvinna|løperen|løparen)(?![\w])")
_TAKING_PART = frozenset("deltok deltek forbedret forbetra starta startet gjekk gikk".split())
_SAID_BEFORE = regex.compile(r"\b(?:sa|sier|seier|fortalte|fortalde|forteller|fortel|konstaterte|smilte|lo)\s+(?:den\s+)?$", regex.I)
_WORD_AFTER_NAME = regex.compile(r"(?<!\s)\s*+(?:\([^)]*\)\s*)?,?\s*(\p{Ll}+)")
_SENTENCE_START_BEFORE = regex.compile(r"(?:^|[.!?:\n]\s*|[–-]\s)$")
_ROW_NUMBER_BEFORE = regex.compile(r"(?:^|\s)\d{1,3}[.)]\s$")
_ORDINAL_ARTICLE_BEFORE = regex.compile(r"(?:^|\s)(?:det|den|dei|de|the)\s\d{1,3}\.\s$", regex.I)     # "i det 51. Holmøyskarrennet": a meet's edition
_ARTICLE_BEFORE = regex.compile(r"(?:^|\s)(?:den|det)\s$", regex.I)
# V2 inversion: a fronted phrase, then a verb of running or finishing, then the subject ("I mål var Johaug ...",
# "Dermed vant Öberg ..."); not a name before the verb (then the name after is no subject: "Weng slo Johaug")
_INVERTED_BEFORE = regex.compile(r"(?<![\p{L}\d,.])(?:[\p{Ll}\d][\p{L}\d,.]{0,30}|[IPV] mål) (?:var|ble|blei|vart|gikk|gjekk|kom|endte|enda|vant|vann|havnet|hamnet|hamna) $")
# "X (26) fra Nederland": the country named right after a name is that athlete's (a later "nederlenderen" is X)
_FROM_COUNTRY_BEFORE = regex.compile(r"(?:\s\([^()\n]{1,12}\))?\s(?:fra|frå)\s$")
_PRONOUN = regex.compile(r"(?<![\w])(?:[Hh]an|[Hh]un|[Hh]o)(?![\w])")


def resolve_athletes(text: str, mentions: dict[str, list[Mention]], variants: dict[str, str]) -> list[AthleteRef]:
    """The athlete refs of the text; `variants` are its spelling variants (`spelling_variants` of its full names)."""
    names = [m for m in mentions.get("athlete", []) if m.info.get("full")]
    canonical = _canonical_names([m.value for m in names], variants)
    refs: list[AthleteRef] = []
    full_positions: list[tuple[int, str]] = []
    for m in names:
        full_positions.append((m.start, canonical.get(m.value, m.value)))
    # "sa mor og trener Unn Lie ... Lie løp inn til 49,85": a surname shared with one named in a role is the athlete's
    in_role_full = {canonical.get(m.value, m.value) for m in names if role_before(text, m.start)}
    full_names = _FullNames(full_positions, in_role_full)
    alone = [(m, full_names.resolve(m.value, m.start)) for m in mentions.get("athlete", []) if not m.info.get("full")]
    # "Skotheim vant øvelsen" makes every "Skotheim" him, before it too ("sier Skotheim", "Skotheim peker på ...")
    # "Sunnmøringen vann", "Canadiaren sette": a lone word shaped like a definite demonym or agent noun,
    # never the surname of a full name here, is a descriptor of the athlete in focus, not a new athlete
    described = [m for m, target in alone if not target and _DEFINITE_AGENT.fullmatch(m.value) and _described_acts(text, m)]
    standalone = {m.value for m, target in alone if not target and _standalone(text, m)} - {m.value for m in described}
    targets = {m.start: target for m, target in alone}
    for m in mentions.get("athlete", []):
        side = "object" if SIDE_BEFORE.search(text, max(0, m.start - 25), m.start) else "possessive" if m.info.get("possessive") \
            else "holder" if HOLDER_BEFORE.search(text, max(0, m.start - 40), m.start) else ""
        if m.info.get("full"):
            refs.append(AthleteRef(m.start, m.end, canonical.get(m.value, m.value), "full", side))
            continue
        target = targets[m.start]
        if target:
            refs.append(AthleteRef(m.start, m.end, target, "surname", side))
        elif m.value in standalone:
            refs.append(AthleteRef(m.start, m.end, m.value, "surname", side))
    refs.sort(key=lambda r: r.start)
    _objects_joined(text, refs)
    # "sa NRK-ekspert Vebjørn Rodal ... la Rodal til": no athlete of this text, nor what a pronoun or descriptor stands for
    in_role = {r.name for r in refs if role_before(text, r.start)}
    _in_role(refs, in_role)
    return _in_role(_add_descriptors(text, refs, mentions, described), in_role)


def _objects_joined(text: str, refs: list[AthleteRef]) -> None:
    """"foran Mathias Holbæk og Oskar Vike", "slo A, B og C": the names joined to one beaten or passed are too (over a
    comma only inside the chain: "foran A, B ble tredje" keeps B the subject)."""
    for i in range(1, len(refs)):
        prev, ref = refs[i - 1], refs[i]
        glue = NAME_GLUE.fullmatch(text, prev.end, ref.start)
        if prev.side != "object" or ref.side or glue is None:
            continue
        following = refs[i + 1] if i + 1 < len(refs) else None
        if glue.group().rstrip().endswith("og") or (following is not None and NAME_GLUE.fullmatch(text, ref.end, following.start)):
            ref.side = "object"


def resolve_teams(teams: list[Mention]) -> list[AthleteRef]:
    """In a relay article the teams are the athletes: "Tjalve" is "IK Tjalve" when the article names
    it so; "laget", "klubben", "Oslo-klubben" are the team last named."""
    names = [t.value for t in teams if t.value]
    core = lambda name: " ".join(w for w in name.split() if w not in CLUB_ACRONYMS and w.upper() != w or w == name)
    longest: dict[str, str] = {}        # a word or core -> the first longest name holding it (linear, not quadratic)
    for n in names:
        for key in n.split() + [core(n)]:
            if len(n) > len(longest.get(key, "")):
                longest[key] = n
    fullest = {}
    for name in names:
        best = longest.get(core(name), "")
        fullest[name] = best if len(best) > len(name) else name
    refs: list[AthleteRef] = []
    for t in teams:
        if t.value:
            refs.append(AthleteRef(t.start, t.end, fullest[t.value], "team", "possessive" if t.info.get("possessive") else ""))
        elif refs:
            refs.append(AthleteRef(t.start, t.end, refs[-1].name, "descriptor"))
    return refs


def _in_role(refs: list[AthleteRef], names: set[str]) -> list[AthleteRef]:
    for r in refs:
        if r.name in names:
            r.side = "role"
    return refs


def spelling_variants(names: list[str]) -> dict[str, str]:
    """Later spellings of a full name one letter off an earlier one, in one word of five letters or more
    ("Mariann Roe" after "Marianne Roe", "Matias Sunde" after "Matias Lunde") -> the first spelling.
    Names are compared only with those sharing every other word (no pairwise scan of a long list)."""
    out: dict[str, str] = {}
    by_rest: dict[tuple, list[tuple[str, str]]] = defaultdict(list)   # (word index, the other words) -> [(word, earlier name)]
    for name in dict.fromkeys(names):
        words = name.split()
        for i, word in enumerate(words):
            key = (i, tuple(words[:i] + words[i + 1:]))
            if name not in out and len(word) >= 5:
                first = next((earlier for earlier_word, earlier in by_rest[key] if _one_edit(earlier_word, word)), None)
                if first:
                    out[name] = first
            by_rest[key].append((word, name))
    return out


def _one_edit(a: str, b: str) -> bool:
    """One letter substituted, added or left out (not equal, not a case change)."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def _canonical_names(names: list[str], variants: dict[str, str]) -> dict[str, str]:
    """Shorter forms of the same person map to the fullest: "Karoline Grøvdal" -> "Karoline Bjerkeli Grøvdal",
    the double given name alone ("Trond Olav") -> "Trond Olav Berg"; a later spelling one letter off to the first ("Mariann Roe" -> "Marianne Roe")."""
    names = [variants.get(n, n) for n in names]
    out = {}
    unique = sorted(dict.fromkeys(names), key=lambda n: -len(n.split()))     # longest first, then text order
    by_ends: dict[tuple, dict[int, int]] = defaultdict(dict)  # (first, last word) -> {word count: first index in unique}
    by_tail: dict[tuple, int] = {}                            # the last k words (k under the count) -> first index
    by_head: dict[tuple, int] = {}                            # the first k words (2 <= k < the count) -> first index
    for i, longer in enumerate(unique):
        words = longer.split()
        by_ends[(words[0], words[-1])].setdefault(len(words), i)
        for k in range(1, len(words)):
            by_tail.setdefault(tuple(words[-k:]), i)
            if k >= 2:
                by_head.setdefault(tuple(words[:k]), i)
    for name in unique:
        tokens = name.split()
        candidates = [i for count, i in by_ends.get((tokens[0], tokens[-1]), {}).items() if count > len(tokens)]
        if not is_given_name(tokens[0]) and tuple(tokens) in by_tail:
            candidates.append(by_tail[tuple(tokens)])   # "Nesheim Bø", "Lunde Pedersen": the surnames of "Sigrid Nesheim Bø"
        elif tuple(tokens) in by_head and all(is_given_name(t) for t in tokens):
            candidates.append(by_head[tuple(tokens)])   # "Ole Jakob", "Trond Olav": the given names of "Ole Jakob Lie Dahl"
        if candidates:
            out[name] = unique[min(candidates)]
    for written, first in variants.items():
        out[written] = out.get(first, first)
    return out


class _FullNames:
    """Where each full name is written, asked which one a surname or given name alone stands for:
    by the words and trailing words of the distinct names, not by comparing with every mention."""

    def __init__(self, full_positions: list[tuple[int, str]], in_role: set[str] = frozenset()):
        self.in_role = in_role                                         # names written after a role word ("trener X")
        self.positions: dict[str, list[int]] = defaultdict(list)     # name -> where it is written, ascending
        for pos, name in sorted(full_positions):
            self.positions[name].append(pos)
        self.by_word: dict[str, list[str]] = defaultdict(list)       # a word of a name of 2+ words -> names
        self.by_tail: dict[tuple, list[str]] = defaultdict(list)     # its last k words (k under the count) -> names
        for name in self.positions:
            words = name.split()
            for word in dict.fromkeys(words if len(words) > 1 else ()):
                self.by_word[word].append(name)
            for k in range(2, len(words)):
                self.by_tail[tuple(words[-k:])].append(name)

    def resolve(self, value: str, position: int) -> str | None:
        """The full name a partial one at the position stands for: the only one it fits, else the
        last one written before it that fits, else the first one written; one written in a role
        only when no other fits."""
        tokens = tuple(value.split())
        if not tokens:
            return None
        names = self.by_word.get(tokens[0], []) if len(tokens) == 1 else self.by_tail.get(tokens, [])
        if not names:
            return None
        if len(names) > 1 and self.in_role:
            names = [n for n in names if n not in self.in_role] or names
        if len(names) == 1:
            return names[0]
        before = []
        for name in names:
            i = bisect_left(self.positions[name], position)
            if i:
                before.append((self.positions[name][i - 1], name))
        return max(before)[1] if before else min((self.positions[name][0], name) for name in names)[1]


# "Sunnmøringen", "Strandaren", "Canadiaren", "Vossingen", "Norgesmesteren", "Hardbaggløparen": a demonym or
# agent noun in its definite form (a surname such as "Rønningen" is named in full first, so has a target)
# ("Topplasseringen", "Rekordforbedringen": a verbal noun, no person)
_DEFINITE_AGENT = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:(?<!er)ingen|aren|eren|esteren|eisteren)")
_DESCRIBED_VERBS = frozenset("gjekk gikk vart ble blei hevet heva leverte stod sto fekk fikk".split())


def _described_acts(text: str, m: Mention) -> bool:
    """The descriptor opens a sentence and a result verb follows it ("Vossingen hevet seg til 20,67")."""
    after = _WORD_AFTER_NAME.match(text[m.end:m.end + 40])
    return bool(after and _SENTENCE_START_BEFORE.search(text[max(0, m.start - 4):m.start])
                and not is_given_name(m.value)
                and after.group(1) in ACTION_VERBS | _TAKING_PART | _DESCRIBED_VERBS)


def _standalone(text: str, m: Mention) -> bool:
    """A lone capitalised word is an athlete when a result verb follows it or it heads a list row."""
    after = _WORD_AFTER_NAME.match(text[m.end:m.end + 40])
    sentence_start = _SENTENCE_START_BEFORE.search(text[max(0, m.start - 4):m.start])
    if after and not is_given_name(m.value):
        if after.group(1) in (ACTION_VERBS if sentence_start else RESULT_VERBS):
            return True
    if after and sentence_start and "-" in m.value and after.group(1) in ACTION_VERBS | _TAKING_PART:
        return True             # "Astri-Louise forbetra ...": a double given name the article uses alone
    if not is_given_name(m.value) and _INVERTED_BEFORE.search(text, max(0, m.start - 40), m.start):
        return True             # "I mål var Johaug 18,5 sekunder foran", "Fire startnumre senere gikk Johaug i mål"
    before = text[max(0, m.start - 6):m.start]
    return bool(_ROW_NUMBER_BEFORE.search(before)) and not is_given_name(m.value) \
        and not _ORDINAL_ARTICLE_BEFORE.search(text, max(0, m.start - 10), m.start)


def not_object(ref: AthleteRef) -> bool:
    return not ref.side or ref.side == "possessive"


def _not_side(ref: AthleteRef) -> bool:
    return not ref.side


class RefsBefore:
    """Refs in text order (appended by start), asked for the last one ending by a position (that
    passes a test): by bisection and running "last index passing" arrays instead of a scan of every
    ref per question, which was quadratic on a long page of "han" and "23-åringen"."""

    def __init__(self, refs: Iterable[AthleteRef] = (), tests: dict[str, Callable[[AthleteRef], bool]] | None = None):
        self.refs: list[AthleteRef] = []
        self.starts: list[int] = []
        self._max_end: list[int] = []            # running maximum of the ends: refs[:k] all end by _max_end[k-1]
        self._tests = tests or {}
        self._last: dict[str, list[int]] = {name: [] for name in self._tests}   # index of the last passing in refs[:i+1], or -1
        self._longest = 0
        for ref in refs:
            self.append(ref)

    def append(self, ref: AthleteRef) -> None:
        i = len(self.refs)
        self.refs.append(ref)
        self.starts.append(ref.start)
        self._max_end.append(max(ref.end, self._max_end[-1]) if i else ref.end)
        self._longest = max(self._longest, ref.end - ref.start)
        for name, test in self._tests.items():
            self._last[name].append(i if test(ref) else (self._last[name][-1] if i else -1))

    def _ended_by(self, position: int) -> tuple[int, int]:
        """(k, p): every ref of refs[:k] ends by the position, some of refs[k:p] may, none after p does."""
        p = bisect_right(self.starts, position)
        return bisect_right(self._max_end, position, 0, p), p

    def last(self, position: int, test: str | None = None) -> int:
        """Index of the last ref ending by the position (passing the named test), or -1."""
        k, p = self._ended_by(position)
        for i in range(p - 1, k - 1, -1):
            ref = self.refs[i]
            if ref.end <= position and (test is None or self._tests[test](ref)):
                return i
        return -1 if k == 0 else (self._last[test][k - 1] if test else k - 1)

    def last_of(self, position: int, indices: list[int]) -> int:
        """The last of the given indices (ascending) whose ref ends by the position, or -1."""
        k, p = self._ended_by(position)
        j = bisect_left(indices, p) - 1
        while j >= 0 and indices[j] >= k:
            if self.refs[indices[j]].end <= position:
                return indices[j]
            j -= 1
        return indices[j] if j >= 0 else -1

    def backwards(self, position: int, reach: int, test: Callable[[AthleteRef], bool] | None = None) -> Iterator[AthleteRef]:
        """Refs that end between `reach` and the position (and pass the test), last first."""
        for i in range(bisect_right(self.starts, position) - 1, -1, -1):
            ref = self.refs[i]
            if ref.start + self._longest < reach:
                return                          # this one and every earlier one ends before reach
            if reach <= ref.end <= position and (test is None or test(ref)):
                yield ref


def _later(first: RefsBefore, i: int, second: RefsBefore, j: int) -> AthleteRef | None:
    """The later in text order of first.refs[i] and second.refs[j] (-1: none); the second on a tie."""
    if j >= 0 and (i < 0 or second.refs[j].start >= first.refs[i].start):
        return second.refs[j]
    return first.refs[i] if i >= 0 else None


_HOME_GLUE = regex.compile(r"(?<!\s)\s*(?:,|\(|fra|frå)\s*")
_WORD_RUN = regex.compile(r"\w+")


def _home_after(text: str, ref: AthleteRef) -> str | None:
    """The word after "Name, " / "Name (" / "Name fra ": where the text says the athlete is from."""
    window = text[ref.end:ref.end + 40]
    glue = _HOME_GLUE.match(window)
    word = glue and _WORD_RUN.match(window, glue.end())
    return word.group() if word else None


@lru_cache(maxsize=1)
def _thing_heads() -> tuple[str, ...]:
    return tuple(lexicons.words("thing_nouns.txt"))


def _names_thing(noun: str) -> bool:
    """"rekorden", "innendørsrekorden", "trioen": a definite noun that is no person."""
    return noun.lower().endswith(_thing_heads())


def _add_descriptors(text: str, refs: list[AthleteRef], mentions, agents: list[Mention] = ()) -> list[AthleteRef]:
    """'nordmannen', '26-åringen', 'Sunnmøringen', 'han'/'hun': the athlete most recently named."""
    descriptors = [(m.start, m.end, "descriptor", m) for m in mentions.get("nationality", []) if m.info.get("form") == "noun" and m.info.get("definite")]
    descriptors += [(m.start, m.end, "descriptor", m) for m in mentions.get("age", []) if m.info.get("form") == "descriptor"]
    for n in mentions.get("nationality", []):
        if n.info.get("form") != "adjective":
            continue
        role = _ROLE_AFTER.match(text, n.end) or (_DEFINITE_AFTER.match(text, n.end)
                                                   if _ARTICLE_BEFORE.search(text[max(0, n.start - 5):n.start]) else None)
        if role and not _names_thing(role["role"]):
            descriptors.append((role.start(1), role.end(1), "descriptor", n))    # "den norske jenta", "den norske svømmestjerna"
    for d in _HOME_DESCRIPTOR.finditer(text):
        home = Mention("home", d.start(), d.end(), d.group(), d["home"])
        descriptors.append((d.start(), d.end(), "descriptor", home))             # "Skjetten-gutten", "Fitjarjenta"
    for a in agents:
        descriptors.append((a.start, a.end, "descriptor", Mention("home", a.start, a.end, a.text, a.value)))
    for p in _PRONOUN.finditer(text):
        descriptors.append((p.start(), p.end(), "pronoun", None))
    # The refs given are the named athletes (full name or surname), in text order; a descriptor takes
    # the last one named before it that is not merely mentioned: not "... foran svenske Elin
    # Bergqvist", and for "han"/"hun" not "Klosters åpning" either (unless no other one is named).
    named = RefsBefore(refs, {"subject": not_object, "pronoun": _not_side})
    described = RefsBefore()                   # refs added for descriptors: a pronoun may take them too
    known_ages = {}
    for a in mentions.get("age", []):
        if a.info.get("form") in ("parenthesis", "on_years"):
            ref = next(named.backwards(a.start, a.start - 2), None)
            if ref:
                known_ages.setdefault(ref.name, a.value)
    known_nats = {}                             # "etiopiske Tigst Assefa": the adjective right before the name
    ends = {r.end: r for r in named.refs}
    for n in mentions.get("nationality", []):
        if n.info.get("form") in ("adjective", "noun"):
            ref = named_at(named, n.end)           # "kenyanske X", "Amerikaneren Rai Benjamin"
            if ref:
                known_nats.setdefault(ref.name, n.value)
        elif n.info.get("form") == "country":
            glue = _FROM_COUNTRY_BEFORE.search(text, max(0, n.start - 30), n.start)      # "Thomas Krol (26) fra Nederland"
            ref = ends.get(glue.start()) if glue else None
            if ref:
                known_nats.setdefault(ref.name, n.value)
    context = _DescriptorContext(text, named, known_ages, known_nats)
    named_starts = set(named.starts)
    added: list[AthleteRef] = []
    for start, end, via, m in sorted(descriptors, key=lambda x: x[0]):
        if any(end + gap in named_starts for gap in range(3)):
            continue                # apposition: "amerikaneren CJ Allen" describes the name after it
        if via == "pronoun":
            target = _later(named, named.last(start, "pronoun"), described, described.last(start)) \
                or _later(named, named.last(start), described, -1)
        else:
            target = context.target(start, m)
        if target is None:
            continue
        ref = AthleteRef(start, end, target.name, via)
        added.append(ref)
        context.add(ref)
        if via == "descriptor":
            described.append(ref)
    return sorted(refs + added, key=lambda r: r.start)


def named_at(named: "RefsBefore", position: int) -> AthleteRef | None:
    """The named ref starting 0-2 characters after the position."""
    i = bisect_left(named.starts, position)
    return named.refs[i] if i < len(named.refs) and named.starts[i] - position <= 2 else None


class _DescriptorContext:
    """What a descriptor ("23-åringen", "Fitjarjenta", "den norske jenta") is matched against: the
    named athletes, the ages and home places the text gives them, how often each is named."""

    def __init__(self, text: str, named: RefsBefore, known_ages: dict[str, int], known_nats: dict[str, str]):
        self.text, self.named, self.known_ages, self.known_nats = text, named, known_ages, known_nats
        self.by_age: dict[tuple, list[int]] = {}                # (age, subjects only) -> indices of refs that age
        self.by_home: dict[str, list[int]] = defaultdict(list)  # "Fitjar" -> indices of refs followed by ", Fitjar"
        for i, r in enumerate(named.refs):
            home = _home_after(text, r)
            if home:
                self.by_home[home].append(i)
        self._ends = [(r.end, r.name) for r in named.refs]    # a heap of the refs not yet counted
        heapq.heapify(self._ends)
        self._counts: Counter = Counter()       # names of the refs (named and added) ending by the last position asked

    def add(self, ref: AthleteRef) -> None:
        heapq.heappush(self._ends, (ref.end, ref.name))

    def _times_named(self, position: int) -> Counter:
        while self._ends and self._ends[0][0] <= position:    # positions are asked in text order
            self._counts[heapq.heappop(self._ends)[1]] += 1
        return self._counts

    def target(self, start: int, m: Mention) -> AthleteRef | None:
        named = self.named
        chosen = named.last(start, "subject")
        subjects = chosen >= 0                  # else every ref named before
        if not subjects:
            chosen = named.last(start)
            if chosen < 0:
                return None
        if m.kind == "age":
            # "23-åringen" is the athlete said to be 23, if one was: "Ingebrigtsen (23) ... Hocker ... 23-åringen"
            key = (m.value, subjects)
            if key not in self.by_age:
                self.by_age[key] = [i for i, r in enumerate(named.refs)
                                    if self.known_ages.get(r.name) == m.value and (not subjects or not_object(r))]
            hit = named.last_of(start, self.by_age[key])
            if hit >= 0:
                chosen = hit
            elif _SAID_BEFORE.search(self.text, max(0, start - 12), start):
                # "– Jeg er sykt fornøyd, sa 29-åringen": the one speaking is the athlete the article is about
                return self._most_named(start, subjects) or named.refs[chosen]
        elif m.kind == "home":
            # "Anna S. Bø, Fitjar ... Fitjarjenta": the athlete from that place, if the text says who
            hit = named.last_of(start, self.by_home.get(m.value, []))
            if hit >= 0:
                chosen = hit
        elif m.kind == "nationality" and m.info.get("form") == "noun":
            known = self.known_nats.get(named.refs[chosen].name)
            if m.value != "NOR" and known != m.value:
                # "finske Joni Mäkelä ... lå Berg på andreplass, 1,4 sekunder bak finnen": the athlete the text
                # called Finnish, subject or not. (Norwegians go unmarked in Norwegian news: "nordmannen"
                # keeps to the subject.)
                said = next((r for r in named.backwards(start, start - 600) if self.known_nats.get(r.name) == m.value), None)
                if said is not None:
                    return said
            if known not in (None, m.value):
                # "Eliud Kipchoge vant ... etiopiske Tigst Assefa ... Den 38 år gamle kenyaneren": not the Ethiopian
                fits = next((r for r in named.backwards(start, start - 600, not_object if subjects else None)
                             if self.known_nats.get(r.name, m.value) == m.value), None)
                if fits is not None:
                    return fits
        elif m.kind == "nationality" and m.info.get("form") == "adjective":
            if m.value != "NOR":
                # "Kun svenske Ebba Andersson var i nærheten, men den svenske jenta ...": the athlete the text
                # called Swedish, not the one in focus (as for "finnen" above; Norwegians go unmarked)
                said = next((r for r in named.backwards(start, start - 600) if self.known_nats.get(r.name) == m.value), None)
                if said is not None:
                    return said
            # "den norske svømmestjerna": of the athletes just named, the one the article is about
            most = self._most_named(start, subjects)
            if most is not None:
                return most
        return named.refs[chosen]

    def _most_named(self, start: int, subjects: bool) -> AthleteRef | None:
        """Of the athletes named in the 600 characters before, the one named most often so far (None: just one)."""
        recent = list(self.named.backwards(start, start - 600, not_object if subjects else None))     # last first
        if len({r.name for r in recent}) <= 1:
            return None
        counts = self._times_named(start)
        best = max(counts[r.name] for r in recent)
        return next(r for r in recent if counts[r.name] == best)
