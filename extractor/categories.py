"""Race categories: the class a race is for (women, men, girls, boys, a youth class such as G15 or K19,
senior or junior). A category comes from a heading over a list ("Kvinner:", "100 m menn senior"), from the
clause that tells the result ("vant for kvinner", "tok bronse i K18", "På herresiden vant ..."), or from a
sentence before it: a class named in the prose ("I dameklassen var det også fart fra start.", "Klassen vart
vunnen av ...") holds for the sentences after it until another class is named, a heading starts another
part of the text, or a result of the other sex is told ("Lars Lunde var i en egen klasse på 5 km" after
the women's class). Two classes of one discipline at one meet are two races (races.py)."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from .anchored import compile_anchored
from .frames import HEADER_WORDS
from .layout import CAPTION, HEADING, HEADLINE
from .lexicons import alternation, rows
from .matchers.athletes import given_name_sex
from .mentions import ByStart, Mention

if TYPE_CHECKING:
    from .segments import Segment

_BARE = "menn|kvinner|herrer|damer|gutter|jenter|gutar"
_AGE = r"(?:\s*,?\s*(?:senior|junior|U\d\d))"         # "kvinner junior", "Menn, U20": one class in two words
_CATEGORY_HEADING = regex.compile(r"(?<![\w])(?:menn|kvinner|herrer|damer|gutter|jenter|herreklassen|kvinneklassen|dameklassen|U\d\d|senior|junior)(?:\s*,\s*(?:menn|kvinner)|" + _AGE + r")?(?=\s*[:,])", regex.I)
_CATEGORY_LINE = regex.compile(r"^\s*(?:" + _BARE + r")" + _AGE + r"?(?![\w])", regex.I)
_CATEGORY_WORD = regex.compile(r"(?<![\w])(?:(?:" + _BARE + r")" + _AGE + r"?|U\d\d)(?![\w])", regex.I)
# A youth class: girls' and boys' classes (J15, G-16, "G18/19"), women's and men's junior classes (K19,
# "M20-22"), under-N (U20, "U-23"), and "J19-klassa", "klasse J13"; not a masters class (M35, K40-44),
# which is a class inside an open race
_YOUTH_CLASS = r"[GJKMU]\s?-?\s?(?:1\d|2[0-3])(?:\s?[-–/]\s?\d\d)?(?:-klass(?:en|a|e))?"
_SEXES = {"kvinner": "f", "jenter": "f", "menn": "m", "gutter": "m"}
_CODE_SEXES = {"k": "f", "j": "f", "m": "m", "g": "m"}
_PRONOUN_SEXES = {"han": "m", "hun": "f", "ho": "f", "hon": "f"}
_SENTENCE_END = regex.compile(r"[.!?»\"]\s*$")
_CODE = regex.compile(r"[gjkmu]\d")
# A masters class: a class inside an open race ("klasse M35-39", "M 50–54 år", "klasse K 60", "50-årsklassen",
# "veteranklassen"), whose places are no places in the race, unless a championship is its competition
_MASTERS = regex.compile(r"(?<![\w])(?:(?:klasse|klassa|klassen)\s+[KM]\s?-?\s?(?:3[5-9]|[4-9]\d)|[KM]\s?(?:3[5-9]|[4-9]\d)"
                         r"\s?[-–]\s?\d\d|[3-9]\d-årsklass\w*|veteranklass\w*)(?![\w])", regex.I)
_MASTERS_AFTER = compile_anchored(r"\s+(?:(?:i|av)\s+)?" + _MASTERS.pattern, regex.I)      # match() at a placing's end
_MASTERS_BEFORE = regex.compile(_MASTERS.pattern + r"\s*:\s*$", regex.I)
_CHAMPIONSHIP = regex.compile(r"(?<![\w])(?:NM|VM|EM|KM|\w*mesterskap\w*|\w*meisterskap\w*|masters)(?![\w])", regex.I)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, str]]:
    """Each category word, lower case -> (its class, the form it is named in)."""
    return {word: (category, form) for word, category, form in rows("categories.tsv")}


def _words(form: str) -> str:
    return alternation(w for w, (_, f) in _lexicon().items() if f == form)


@lru_cache(maxsize=1)
def _inline() -> regex.Pattern:
    """A category named inside a sentence, each form after the words it needs before it."""
    return regex.compile(
        r"(?<![\w])(?:(?:for|i)\s+(?:klassen\s+)?(?P<category>(?:" + _words("bare") + r")(?:\s+(?:senior|junior))?)"
        r"|(?:for|i|av|blant|hos|vant|vann|i\s+klasse)\s+(?P<category>" + _YOUTH_CLASS + r")"
        r"|(?:blant|hos|for|av)\s+(?P<category>" + _words("group") + r")"
        r"|(?:beste|raskeste|første|fyrste|andre|tredje)\s+(?:norske\s+)?(?P<category>" + _words("best") + r")"
        r"|(?P<category>" + _words("side") + r"))(?![\w-])", regex.I)


def written(category: str) -> str:
    """The category as a record carries it: the word as written, lower case, without hyphens ("G-16" ->
    "g16", "U-23" -> "u23"); a class code without its "-klassa" ("J19-klassa" -> "j19"), a span of ages
    kept ("m20-22"); a group or a best one by its class ("blant damene", "beste kvinne": "kvinner")."""
    word = category.lower()
    if _lexicon().get(word, ("", ""))[1] in ("group", "best"):
        return _lexicon()[word][0]          # "blant damene", "beste kvinne": the class, not the word
    if regex.match(r"[gjkmu]\s?-?\s?\d", word):
        return regex.sub(r"-klass\w*$", "", regex.sub(r"^(\w)[\s-]*(\d)", r"\1\2", word))
    return word.replace("-", "")


def category_class(category: str | None) -> str | None:
    """The class a category word stands for ("kvinneklassen" -> "kvinner"); other words for themselves."""
    if category is None:
        return None
    found = _lexicon().get(category)
    return found[0] if found else category


def class_words(category: str) -> frozenset[str]:
    """The classes a category names: "kvinner seniorklassen" -> {kvinner, senior}."""
    return frozenset(category_class(w) for w in regex.split(r"[\s,]+", category.lower()) if w)


def refined(category: str | None, others) -> str | None:
    """The one category of `others` that names the same class more closely ("for kvinner" in the lead, "100 m
    kvinner senior" over the list), else the category itself."""
    if category is None:
        return None
    mine = class_words(category)
    closer = {o for o in others if mine < class_words(o)}
    return closer.pop() if len(closer) == 1 else category


def category_sex(category: str | None) -> str | None:
    """"f" or "m" when the category is a women's or girls' / a men's or boys' class ("K19", "G15"), else None."""
    if category is None:
        return None
    cls = category_class(regex.split(r"[\s,]+", category)[0])       # "kvinner junior": a women's class
    if cls in _SEXES:
        return _SEXES[cls]
    return _CODE_SEXES.get(cls[0]) if _CODE.match(cls) else None


def athlete_sex(name: str, pronouns: list[str] = ()) -> str | None:
    """The sex a given name tells ("Ola Dahl": "m"), else a pronoun the text uses for the athlete ("ho": "f")."""
    sex = given_name_sex(name.split()[0]) if " " in name else None
    if sex is None:
        sex = next((_PRONOUN_SEXES[p.lower()] for p in pronouns if p.lower() in _PRONOUN_SEXES), None)
    return sex


def in_masters_class(seg_text: str, seg_start: int, placing: Mention) -> bool:
    """A place told in a masters class of an open race ("kom på 2.-plass i klasse M35-39 år", "vant
    50-årsklassen på 19.28", "vann M 50–54 år", "Plassering M55-59: nr. 1"): the class stands right after
    it (or before it, as a label), and the sentence names no championship ("vant klasse M50 i veteran-NM")."""
    start, end = placing.start - seg_start, placing.end - seg_start
    if not (_MASTERS_AFTER.match(seg_text, end) or _MASTERS_BEFORE.search(seg_text[max(0, start - 30):start])):
        return False
    return not _CHAMPIONSHIP.search(seg_text)


@lru_cache(maxsize=1)
def _heading() -> regex.Pattern:
    """A class a heading line names: a label before ":" or "," ("Kvinner, 800 m:"), or a side ("Herreklassen")."""
    return regex.compile(_CATEGORY_HEADING.pattern + r"|(?<![\w])(?:" + _words("side") + r")(?![\w])", regex.I)


def heading_category(seg_text: str, row_place: int | None, row_header: str, names_discipline: bool) -> str | None:
    """The category a heading or list header names ("Kvinner", "Menn 5000 m:", "100 m menn senior"). In a
    sentence ("På kvinnesiden vant ...") a class is named for its clause (SegmentCategories) and for the
    sentences after it (CategoryInForce)."""
    short = len(seg_text.split()) <= HEADER_WORDS
    heading_line = row_place is not None or (short and not _SENTENCE_END.search(seg_text))
    label = row_header if row_place is not None else seg_text[:40]
    found = (_heading() if heading_line else _CATEGORY_HEADING).search(label)
    if not found and row_place is None and short:
        found = _CATEGORY_LINE.match(seg_text) or (_CATEGORY_WORD.search(seg_text) if names_discipline
                                                   and not seg_text.rstrip().endswith((".", "!", "?")) else None)
    return found.group().lower() if found else None


class SegmentCategories:
    """The categories a segment names in its clauses ("Dahl vant 1500 meter for menn på 3.38,41, og Moe
    vant for kvinner"): an item's is the last one named before it in its clause, else the first after it
    there, else the last one before it in the segment, else the segment's first; `own` is True when its
    own clause names it."""

    def __init__(self, seg_text: str, seg_start: int):
        self.text, self.start = seg_text, seg_start
        named = []
        for m in _inline().finditer(seg_text):
            if named and not seg_text[named[-1].end - seg_start:m.start()].strip(" ,"):
                m0 = named.pop()        # "i kvinner seniorklassen": one class named in two words
                named.append(Mention("category", m0.start, seg_start + m.end(), m0.text + " " + m.group(),
                                     m0.value + " " + written(m["category"])))
            else:
                named.append(Mention("category", seg_start + m.start(), seg_start + m.end(), m.group(), written(m["category"])))
        self.named = ByStart(named)

    def at(self, position: int) -> tuple[str | None, bool]:
        if not self.named.items:
            return None, False
        at = position - self.start
        clause_start = self.start + max(self.text.rfind(",", 0, at), self.text.rfind(";", 0, at)) + 1
        ends = [e for e in (self.text.find(",", at), self.text.find(";", at)) if e >= 0]
        clause_end = self.start + (min(ends) if ends else len(self.text))
        own = self.named.within(clause_start, clause_end)
        named = own or self.named.items
        before = [c for c in named if c.start < position]
        return (before[-1] if before else named[0]).value, bool(own)

    def last(self) -> str | None:
        return self.named.items[-1].value if self.named.items else None


class CategoryInForce:
    """The category the linker reads on with: the class a heading named (for the rows and sentences under it
    until another heading names one), and the class the prose named last (for the sentences after it until
    another is named, a heading comes, or a result of the other sex is told)."""

    def __init__(self):
        self.heading: str | None = None
        self.told: str | None = None
        self.named = SegmentCategories("", 0)       # the classes the segment being read names
        self.prose = False                          # it is a sentence of the report: what it names holds on
        self.pronouns: dict[str, list[str]] = {}

    def see(self, seg: Segment) -> None:
        """The next segment: the sentence before hands on its class; a heading (or a list header) names the
        class of what follows it; a sentence naming another discipline ends a side's class ("Laurdag vart Noreg
        nummer to på stafetten" after "beste norske kvinne på normaldistansen"), not a youth class's ("I J15-klassa
        vann Kari 100 meter. Eva vann 200 meteren")."""
        if self.prose and self.named.last() is not None:
            self.told = self.named.last()
        row = seg.row
        named = heading_category(seg.text, row.place, row.header, bool(seg.disciplines))
        self.heading = named or self.heading
        heading = seg.kind in (HEADING, HEADLINE)
        if heading or (named and row.place is None and not _SENTENCE_END.search(seg.text)):
            self.told = None
        self.named = SegmentCategories(seg.text, seg.start)
        self.pronouns = {}                          # athlete -> the pronouns the segment uses for them
        for r in seg.refs:
            if r.via == "pronoun":
                self.pronouns.setdefault(r.name, []).append(seg.text[r.start - seg.start:r.end - seg.start])
        self.prose = row.place is None and not seg.elsewhere and not heading and seg.kind != CAPTION

    def of(self, position: int, athlete: str, seg: Segment) -> str | None:
        """The category of an item of the segment: its clause's, else the one the segment or the prose before
        named, else the heading's; none that its athlete's sex contradicts (a man's result after "I kvinneklassen
        ...")."""
        sex = athlete_sex(athlete, self.pronouns.get(athlete, ()))
        here, own = self.named.at(position)
        if own:
            return here
        if sex and self.told and category_sex(self.told) not in (None, sex):
            self.told = None                # "Lars Lunde var i en egen klasse på 5 km" after the women's class
        in_row = seg.row.place is not None
        # a caption stands apart from the sentences around it
        for category in (here, None if seg.kind == CAPTION else self.told, self.heading):
            if category is not None and (in_row or not sex or category_sex(category) in (None, sex)):
                return category
        return None


def joined_classes(claims, race_of) -> dict[int, str]:
    """The class a claim told without one joins: "Arne Lie vant 5 km på 16.00. Nest beste mann blei Ola Dahl
    ... Beste kvinne på 5 km blei Eva Moe": of the classes of its race (`race_of`: discipline, meet, ...), the
    one whose places it shares none of and whose sex is its own (a class of no sex, "U20", "senior": whose
    places none of the race's uncategorised results share). id(claim) -> its category."""
    by_race: dict = {}
    for c in claims:
        by_race.setdefault(race_of(c), {}).setdefault(category_class(c.category), []).append(c)
    joined = {}
    for classes in by_race.values():
        loose = classes.pop(None, [])
        sorted_out = {c.athlete for cs in classes.values() for c in cs}      # their own class holds them (races.py)
        loose = [c for c in loose if c.athlete not in sorted_out]
        all_places = {p for c in loose for p, *_ in c.places}
        for c in loose:
            sex, own = athlete_sex(c.athlete), {p for p, *_ in c.places}
            fitting = [cs[0].category for cs in classes.values()
                       if not (own if category_sex(cs[0].category) else all_places) & {p for x in cs for p, *_ in x.places}
                       and category_sex(cs[0].category) in (None, sex) and (sex or not category_sex(cs[0].category))]
            if len(fitting) == 1:
                joined[id(c)] = fitting[0]
    return joined
