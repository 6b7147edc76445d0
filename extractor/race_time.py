"""When a race told in a sentence happened: this race, an earlier one ("i fjor", "i 2019", "Da ..."),
or a planned one ("skal løpe VM i Doha"). Cues are read from the clause or sentence around a mention."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from .anchored import compile_anchored
from .lexicons import cued_search, rows
from .matchers.dates import resolve_date, told_years
from .mentions import Mention

# "tidligere verdensmester", "den tidligere skiløperen": a title, not a race before
_FORMER = r"(?!\s+(?:\p{Ll}+ske\s+)?\p{Ll}*(?:mester|løper|løpar|kaster|kastar|hopper|hoppar|sprinter|roer|helt|stjern|trener|spiller|utøver|utøvar))"
# Cues of an earlier race. Not a sentence-initial "Da" ("Da Warholm kom i mål ...": the race now told)
# nor "tidligere i dag" / "tidligere søndag" / "tirsdag forrige uke" (the day of the race told).
# "i november 2015", "i mars 2006": a month of a past year dates an earlier race as "i 2015" does
_MONTH_OF = r"(?:(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+)?"
EARLIER = regex.compile(
    r"(?:\bi\s" + _MONTH_OF + r"(?:19|20)\d\d\b|\bi fjor\b|\bfjorårets\b|\bfjorårs\w*|"
    r"\bfor\s\w+\s(?:år|uke|uker|veke|veker|måned|måneder|månad|månader|dager|dagar)\s(?:siden|sidan)\b|"
    r"\b(?<!dag\s)(?:forrige|førre)\s+(?:helg|helga|uke|veke|måned|månad|sesong|år)\b|\b(?:sist|forrige|førre)\s+(?:gang|gong)\b|"
    r"\btidligere\b(?!\s+(?:i dag|i kveld|samme dag|same dag|på dagen|\p{Ll}+dag\b))" + _FORMER + "|"
    r"\btidlegare\b(?!\s+(?:i dag|i kveld|same dag|på dagen|\p{Ll}+dag\b))" + _FORMER + "|"
    r"\bhadde\s+(?:\w+\s+){0,2}(?:løpt|sprunget|sprunge|vunnet|vunne|satt|sett|kastet|kasta|hoppet|hoppa|tatt|teke|gått|gått)\b|"
    r"\b(?:fra|frå)\s(?:19|20)\d\d\b|(?<![\w])(?:VM|EM|OL|NM)\s(?:19|20)\d\d\b|\bsatt i\s(?:19|20)\d\d|\bstammet fra\b|\bi\s(?:19|20)\d\d\)|\((?:19|20)\d\d\))", regex.I)
# One of these, case-folded, is in every match of EARLIER (a year's first digits or a cue word). Most sentences hold
# none: a look for them first spares trying EARLIER's alternatives at every word.
_EARLIER_WORDS = ("19", "20", "fjor", "siden", "sidan", "forrige", "førre", "gang", "gong", "tidligere", "tidlegare", "hadde",
                  "stammet")


def says_earlier(text: str, start: int = 0, end: int | None = None) -> bool:
    """EARLIER is found in text[start:end] (searched in the whole text: its word boundaries see what stands around)."""
    return cued_search(EARLIER, _EARLIER_WORDS, text, start, end) is not None


_DAY_GENITIVE = regex.compile(r"\b(?:\p{L}+dagens|gårsdagens|gårdagens|helgens|helgas)\s+(?:\p{L}+\s+)?$", regex.I)
# "tok sitt andre gull etter seieren på 1500 meter", "i tillegg til sølvet på 800 meter": a race won before
_EARLIER_WIN_BEFORE = regex.compile(r"\b(?:etter|i tillegg til|foruten)\s+(?:\p{L}+\s+){0,2}(?:seieren|sigeren|gullet|sølvet|bronsen|tittelen|triumfen)\s+(?:på|i)\s+$", regex.I)
_YEAR_AFTER = regex.compile(r"(?<!\s)(?:\s+i)?\s+(?:19|20)\d\d\b")     # "rekorden fra Fukuoka i 2017": an earlier race's venue
_REMAINING = "gjenstår|står att|står igjen|står for tur"          # what is left of a season: "X gjenstår"
PLANS = regex.compile(rf"\b(?:stiller|stiller med|skal|skulle|går av stabelen|neste|kommende|kommande|komande|planlegger|satser på|håper|klar for|fortsetter\s+i|fortset\s+i|målet er|målet hennes er|målet hans er|ta seg ut til|kvalifisere seg til|tatt ut til|{_REMAINING})\b", regex.I)
YEAR = regex.compile(r"\b(19|20)\d\d\b")
_CLAUSE_END = regex.compile(r"[.!?;,]")
_PLAN_CLAUSE_END = regex.compile(r"[.!?;]|\bmen\b")
_LATER_AFTER = regex.compile(r"[^.!?,;]{0,25}\b(?:(?<!\b(?:uker|uke|veker|veke|dager|dagar|døgn|måneder|månader|år|timer|timar)\s)(?:senere|seinare)(?!\s+(?:samme|same)\s)|neste|om\s+(?:\w+\s+)?(?:uker|uke|veker|veke|dager|dagar|måneder|månader))\b")
_EARLIER_CUES = regex.compile(r"\bi fjor\b|\btidligere\b|\btidlegare\b|\bfor\s\w+\sår|\b(?<!dag\s)(?:forrige|førre)\s+(?:helg|uke|veke|sesong)", regex.I)


# ", som vant NM i 2019,": a relative clause inside a sentence, about an earlier race when a cue is in it
# (not a bracketed year: "VM-sølv 800m fri (2019)" dates the merit before it)
_ASIDE = regex.compile(r",\s+(?:som|sem)\s[^,;.!?\n]*")
# ... also without the comma, after a name's age ("Koech (18) som satte ... i Roma siste fredag med 3.27,72, imponerte",
# "Svarholt (18) som i fjor var svært tett på en medalje"), with a cue of another day too; a mark inside goes with it
_AGED_ASIDE = regex.compile(r"(?<=\(\d\d\))\s+(?:som|sem)\s(?:[^,;.!?\n]|(?<=\d)[.,:](?=\d))*")
_WEEKDAY_BEFORE = (r"(?:siste|sist|forrige|førre)\s+(?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag)")


# "2.-plass etter å ha blitt nummer 24 på lørdagens normaldistanse", "nummer sju etter å ha havnet på 30.-plass dagen
# før": a perfect infinitive clause about another day's race (not "smilte etter å ha tatt gull på 3000 meter": this one)
_AFTER_HAVING = regex.compile(r"\better\s+å\s+ha\s(?:[^,;.!?\n]|\.(?=-|\s?plass|\d))*")       # not the "." of "30.-plass"
_OTHER_DAY = regex.compile(r"\b(?:\p{L}+dagens|gårsdagens|helgens|helgas|dagen\s+(?:før|i\s+forvegen|i\s+forveien)|i\s+går|"
                           + _WEEKDAY_BEFORE + r")\b", regex.I)


def another_day(clause: str) -> bool:
    """ "på lørdagens normaldistanse", "dagen før", "i går", "siste fredag": a clause about another day."""
    return _OTHER_DAY.search(clause) is not None


def earlier_asides(seg_text: str) -> list[tuple[int, int]]:
    """The relative clauses of a sentence that tell an earlier race (the sentence may tell this one:
    "Erik Sand, som vant NM i 2019, ble nummer to ..."), and its "etter å ha ..." clause about another day."""
    return [m.span() for m in _ASIDE.finditer(seg_text) if says_earlier(m.group())] \
        + [m.span() for m in _AGED_ASIDE.finditer(seg_text) if says_earlier(m.group()) or another_day(m.group())] \
        + [m.span() for m in _AFTER_HAVING.finditer(seg_text) if says_earlier(m.group()) or another_day(m.group())]


# "utepersen, frå UM i Haugesund", "innepersen sett under UM på Ranheim", "rekorden som ble satt i Kazan",
# "verdensrekorden sin fra Tokyo-OL": where a
# standing record was set, an earlier race inside a sentence that may tell this one (not "Den nye norgesrekorden
# ble satt under et stevne i Polen": the record just set)
_RECORD_SITE = regex.compile(
    r"(?<![\w-])(?P<new>(?:ny|nye|fersk|ferske)\s+(?:\p{Ll}+\s+)?)?\p{Ll}*(?:pers(?:en|a)?|rekord(?:en)?|bestenotering(?:en|a)?|bestetid(?:a|en)?)"
    r"(?:\s+(?:sin|sitt|si|hans|hennes|hennar))?(?:\s+(?:inne|ute|innendørs|innandørs|utendørs|utandørs))?,?\s+(?:(?:som\s+)?(?:ble|blei|vart)\s+)?"
    r"(?P<site>(?:sett|satt|fra|frå)\s+(?:under|på|i|ved)?\s*\p{Lu}[^,;.!?\n]*)", regex.I)


# "persen frå sist helg i Sykkylven", "Sprintmesteren fra forrige helg": what an earlier occasion gave
_FROM_BEFORE = regex.compile(r"(?<![\w-])(?:fra|frå)\s+(?:sist|forrige|førre)\s+(?:helg|helga|veke|uke)\b[^,;.!?\n]*?(?=\s+til\s|[,;.!?\n]|$)", regex.I)


def record_sites(seg_text: str) -> list[tuple[int, int]]:
    """Where a standing record was set, told inside a sentence ("bak utepersen, frå UM i Haugesund"): an
    earlier race's meet and venue, not the race the sentence tells."""
    return sorted((s, e) for _cue, s, e in _sites(seg_text))


def _sites(text: str) -> list[tuple[int, int, int]]:
    """(cue start, site start, site end) of every record site: a standing record's, then what an earlier
    occasion gave ("frå sist helg i Sykkylven") where no record site holds it."""
    folded = text.casefold()        # each pattern runs only where a word every match of it holds stands
    sites = [(m.start(), *m.span("site")) for m in _RECORD_SITE.finditer(text) if not m["new"]] \
        if any(word in folded for word in _RECORD_WORDS) else []
    if any(word in folded for word in _BEFORE_WORDS):
        sites += [(m.start(), *m.span()) for m in _FROM_BEFORE.finditer(text) if not any(s <= m.start() < e for _, s, e in sites)]
    return sites


_RECORD_WORDS = ("pers", "rekord", "bestenotering", "bestetid")        # one is in every _RECORD_SITE match
_BEFORE_WORDS = ("sist", "forrige", "førre")                          # one is in every _FROM_BEFORE match


def in_record_site(text: str, mention: Mention) -> bool:
    """The meet or venue is where a standing record was set, or what an earlier occasion gave: in a site
    whose cue starts at most SITE_REACH characters before the mention."""
    return any(cue >= mention.start - SITE_REACH and s <= mention.start < e for cue, s, e in _text_sites(text))


SITE_REACH = 100


@lru_cache(maxsize=4)
def _text_sites(text: str) -> tuple[tuple[int, int, int], ...]:
    """The record sites of the whole text (`_sites`), found once per text."""
    return tuple(_sites(text))


def without(seg_text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans blanked (offsets kept)."""
    for s, e in spans:
        seg_text = seg_text[:s] + " " * (e - s) + seg_text[e:]
    return seg_text


# "hadde løpt på 6,65 i semifinalen tidligere på dagen", "Tidlegare same dag vart Hovde nummer tre": a round or race of the day told
_SAME_DAY = regex.compile(r"\b(?:tidligere|tidlegare)\s+(?:på\s+dagen|i\s+dag|samme\s+dag|same\s+dag)\b", regex.I)


def told_earlier(told: str, base: dt.date | None, sites: list[tuple[int, int]] | None = None) -> bool:
    """A sentence about an earlier race ("i fjor", "i 2021", "Da ...", a past month: other_month), not one naming only this year or
    a race earlier the same day, nor one naming only where a standing record was set ("betre enn
    gamlepersen inne, sett under UM i Sandnes i mars 2012"). `sites`: its record_sites, when the caller has them."""
    told = without(told, record_sites(told) if sites is None else sites)
    return (says_earlier(told) and not (base and only_current_year(told, base)) and not _SAME_DAY.search(told)) \
        or other_month(told, base) or _COMPARISON.search(told) is not None


# "Til sammenlikning så løp X på 4.50,01 da han satte europeisk rekord under Impossible Games på Bislett", "mens det til
# sammenligning var 15 løpere under 60 minutter i København": another race, set beside the one told
_COMPARISON = regex.compile(r"\btil\s+(?:sammenligning|sammenlikning|samanlikning)\b", regex.I)
_SENTENCE_ENDS = regex.compile(r"[.!?](?=\s)")


def _compared(text: str, mention: Mention) -> bool:
    """The mention stands in a sentence that sets another race beside the one told, after its cue."""
    return _COMPARISON.search(_SENTENCE_ENDS.split(text[max(0, mention.start - 200):mention.start])[-1]) is not None


def other_month(told: str, base: dt.date | None) -> bool:
    """A result told in the past tense in a month other than the article's, without a day ("løp inn til 49,85 under
    et stevne i Sveits i midten av juli" in August, "Det var i Trondheim i midten av desember" in January,
    "I sesongavslutningen i Falun i mars ble hun nummer tre" in December): an earlier race."""
    if base is None:
        return False
    pattern, months = _month_only()
    return any(months[m["month"].lower()] != base.month for m in pattern.finditer(told)) and _PAST_RESULT.search(told) is not None


@lru_cache(maxsize=1)
def _month_only() -> tuple[regex.Pattern, dict[str, int]]:
    months = {w: int(v) for w, kind, v in rows("calendar.tsv") if kind == "month" and (len(w) > 3 or w == "mai")}   # not "jan", "des"
    names = "|".join(sorted(months, key=len, reverse=True))
    return regex.compile(rf"\bi\s+(?:(?:midten|starten|slutten|begynnelsen|byrjinga|enden)\s+av\s+)?(?P<month>{names})\b(?!\s*[\d/-])",
                         regex.I), months


def earlier_venue(text: str, venue: Mention) -> bool:
    """"på Bislett i fjor", "rekorden fra Fukuoka i 2017", "under EM i København for to år siden": a venue of an earlier race;
    "Til sammenligning løp X ... på Bislett": of another race."""
    return says_earlier(clause_before(text, venue)) or _compared(text, venue) or bool(_YEAR_AFTER.match(text, venue.end)) \
        or says_earlier(clause_after(text, venue)) or in_record_site(text, venue)


def clause_after(text: str, mention: Mention) -> str:
    """The rest of a mention's clause: up to the next comma, semicolon or sentence end."""
    return _CLAUSE_END.split(text[mention.end:mention.end + 80], 1)[0]


def clause_before(text: str, mention: Mention) -> str:
    """The clause a mention ends: back to the last comma, semicolon or sentence end."""
    return _CLAUSE_END.split(text[max(0, mention.start - 120):mention.start])[-1]


# What remains of a season: "Nå er det bare NM og løp i Berlin igjen", "berre ei stafett att", "... gjenstår"
_ONLY_BEFORE = regex.compile(r"\b(?:bare|berre|kun)\b", regex.I)
_LEFT_AFTER = regex.compile(r"[^.!?]{0,40}?\b(?:igjen|att)\b(?!\s+(?:og|med|i|på)\b)(?=\s*(?:[.!?,]|før\b|$))", regex.I)
_REMAINS_AFTER = regex.compile(rf"[^.!?]{{0,30}}?\b(?:{_REMAINING})\b", regex.I)


# "Laurdag skal kvinnene gå jaktstart i Östersund", "Kommende helg skal eliten i aksjon i X": a race to come, said with
# the future modal (not "går av stabelen i helgen", which may be the meet now told)
_FUTURE = regex.compile(r"\b(?:skal|skulle)\b", regex.I)


def plan_clause(text: str, position: int) -> str:
    """The clause that ends at `position` (up to 80 characters back), where a plan or a standard is said."""
    return _PLAN_CLAUSE_END.split(text[max(0, position - 80):position])[-1]


def told_as_future(text: str, mention: Mention) -> bool:
    """A place named in a clause that says the race is still to come ("skal ... i X")."""
    return bool(_FUTURE.search(plan_clause(text, mention.start)))


# "under kravet til sommerens EM", "A-kravet til EM 2010", "kravet til U-20 EM": the meet of a qualifying standard
_STANDARD_BEFORE = regex.compile(r"\bkrav(?:et)?\s+(?:til|for)\s+(?:\p{L}+[.]?\s+){0,3}$", regex.I)


# "Han er sjølv med i Maratonkarusellen", "øvelsen er ikke med i VM innendørs", "har vært med i OL": a series one
# takes part in, a programme an event is part of
_PART_OF_BEFORE = regex.compile(r"\b(?:er|har\s+vært|har\s+vore|har\s+vorte|har\s+blitt)\s+(?:\p{Ll}+\s+){0,2}med\s+i\s+$", regex.I)


# "kvalifiserte seg også til junior NM", "kvalifiserte seg og til NM senior", "er kvalifiserte til NM", "hadde kvalifisert
# seg til senior-NM", "kvalifiserte seg til sleggekonkurransen under NM": the meet a result qualified for (not a round of
# the meet told: "kvalifiserte seg til finalen i VM", "til VM-finalen")
_QUALIFIED_BEFORE = regex.compile(r"\bkvalifiser(?:te|t|er|ar|a)\s+(?:seg\s+)?(?:(?:også|og|òg)\s+)?(?:til|for)\s+"
                                  r"(?:(?!(?:semi|kvart)?finale)\p{Ll}+\s+(?:(?:under|i|på|ved)\s+)?)?$", regex.I)


def standard_for(text: str, mention: Mention) -> bool:
    """"under kravet til sommerens EM": the meet a qualifying standard is for, in the sentence of the result;
    "er med i Maratonkarusellen": a series or programme something is part of; "kvalifiserte seg til junior-NM": the
    meet a result qualified for. None is a race run."""
    return _standard_in(plan_clause(text, mention.start)) or _qualified_for(text, mention)


def _qualified_for(text: str, mention: Mention) -> bool:
    return mention.kind == "meet" and not mention.info.get("medal_suffix") \
        and _QUALIFIED_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None


def _standard_in(clause: str) -> bool:
    return _STANDARD_BEFORE.search(clause) is not None or _PART_OF_BEFORE.search(clause) is not None


_HELD = regex.compile(r"\bgår av stabelen\b", regex.I)
_THIS_WEEKEND_AFTER = regex.compile(r"(?<!\s)\s+(?:i\s+(?:helga|helgen|dag|kveld)|denne\s+helg(?:a|en)?)\b", regex.I)


# "to dager etter Bislett Games", "en måned før VM", "en liten trøst etter OL", "forberedelsene mot EM", "ett år før OL i
# Tokyo": another meet named as a time anchor (not a compound: "før VM-finalen", "etter EM-sølvet" tell the race's own)
_ANCHOR = r"(?i:før|etter|foran|oppunder|(?:fram|frem|inn|på\s+vei|på\s+veg)\s+mot|(?:forberedelsene|forberedelser|oppkjøringa|oppkjøringen|opptakten)\s+(?:mot|til))"
_ANCHOR_MEET = regex.compile(rf"(?<![\w]){_ANCHOR}\s+(?:(?!(?:at|som|det|den)\s)\p{{Ll}}+\s+)?$")
_ANCHOR_VENUE = regex.compile(rf"(?<![\w]){_ANCHOR}\s+(?:\p{{Ll}}+\s+)?(?:\p{{L}}+-)?\p{{Lu}}[\p{{L}}\d]*+(?!-)(?:\s+\p{{Lu}}[\p{{L}}\d]*+){{0,2}}\s+(?:i|på)\s+$")


# "med et unntak i Turku to dager etter Bislett Games": a place dated from another meet is another race's
_ANCHOR_AFTER = compile_anchored(r"\s++(?:\p{Ll}+\s+){0,2}(?:dager|dagar|uker|veker|dagen|uka|veka|døgn)\s+(?:etter|før)\s+[\p{Lu}\d]")


# "Bronsevinneren fra Tokyo-OL", "Bronsevinneren på 1500 meter fra VM i Budapest", "Jaktstartvinneren fra Oberhof": where a
# title was won, another race than the one told
_TITLE_FROM_BEFORE = regex.compile(r"\p{L}*(?:vinneren|vinnaren|mesteren|meisteren|medaljøren|medaljevinneren|medaljevinnaren)"
                                   r"(?:\s+(?:på|i)\s+[\w ]{1,25}?)?\s+(?:fra|frå)\s+(?:(?:\p{L}+-)?(?:VM|EM|OL|NM)\s+(?:i|på)\s+)?$")


def anchor(text: str, mention: Mention) -> bool:
    """A meet (or the venue of one) named as the time of something else, or as where a title was won: it is no race's here."""
    before = text[max(0, mention.start - 60):mention.start]
    if _TITLE_FROM_BEFORE.search(before):
        return True
    if mention.kind == "meet":
        return not mention.info.get("medal_suffix") and text[mention.end:mention.end + 1] != "-" and _ANCHOR_MEET.search(before) is not None
    return _ANCHOR_VENUE.search(before) is not None or _ANCHOR_AFTER.match(text, mention.end) is not None


def planned(text: str, mention: Mention) -> bool:
    """A place or meet in a plan, not a race run: "skulle ta stevnet ... til stevnet i Götziz senere i vår",
    "Nå er det bare NM og løp i Berlin igjen", "... øvelser gjenstår med 800 meter"; or named as the time of
    something else ("to dager etter Bislett Games")."""
    if anchor(text, mention):
        return True
    told = plan_clause(text, mention.start)
    after = text[mention.end:mention.end + 60]
    clause = _HELD.sub(" ", told) if _THIS_WEEKEND_AFTER.match(after) else told     # "går av stabelen i Steinkjer i helga": the meet now told
    return bool(PLANS.search(clause) or _standard_in(told) or _qualified_for(text, mention) or _LATER_AFTER.match(after) or _REMAINS_AFTER.match(after)
                or (_ONLY_BEFORE.search(clause) and _LEFT_AFTER.match(after)))


# "Søndag er det sprint på programmet", "I dag er det klart for fellesstart", "Lørdag løper han for mer metall",
# "Onsdag kveld går semifinalen": a day opening a sentence before a verb in the present tense is a day to come
# (a report tells its races in the past: "Lørdag vant ...", "Søndag var det ...")


def _opens_sentence(before: str) -> bool:
    """What stands before a word (a few characters) ends a sentence or a line, or is nothing: the text's
    start, a sentence end and a space, or a line break and spaces. (A `...$` pattern searched instead
    tried every position of a long run of spaces: quadratic, test_hostile_cost.)"""
    words = before.rstrip()
    spaces = before[len(words):]
    return not before or "\n" in spaces or bool(spaces) and words.endswith((".", "!", "?", "»", ":"))
_PRESENT_AFTER = compile_anchored(r"\s+(?!(?:var|har|for|morges)\b)(?:skal|kan|vil|\p{Ll}*(?:er|ar|år|ir|ør|es|ast))\b")
# "etter lørdagens sprintseier", "Etter fredagens gode resultater", "før torsdagens finale", "kvalifiserte seg til
# søndagens hopprenn", "tolv hakk fra lørdagens sprint": the day of a race before or after the one told
_OTHER_RACE_BEFORE = regex.compile(r"(?<![\w])(?:etter|før|foran|inntil|fra|frå|(?:kvalifiserte|kvalifiserer|kvalifiserar)\s+seg\s+(?:også\s+|òg\s+)?til|klar\s+for)\s+$", regex.I)


# "Finalen går fredag kveld", "Mesterskapet fortsetter med sprint på lørdag", "Junior-NM blir avslutta med stafettar
# søndag": a day after a programme's verb in the present tense, in a clause telling no result, is a day to come
_COMES_BEFORE = regex.compile(r"\b(?:går|starter|startar|fortsetter|fortset|held\s+fram|blir|avsluttes|avsluttast|venter|ventar)\b", regex.I)


# "Dei to beste frå rennet laurdag bytte plass", "resultater fra fredag": a day another race or result came from
_FROM_DAY_BEFORE = regex.compile(r"(?<![\w])(?:fra|frå)\s+(?:\p{Ll}+\s+)?$", regex.I)


def race_day(text: str, date: Mention) -> bool:
    """A date that can be the race's: not a plan ("skal ... lørdag", "klar for finale i kveld", "Søndag er det ...",
    "Finalen går fredag"), nor the day of another race named as a time ("etter lørdagens sprintseier", "før søndagens finale")."""
    if date.text[:1].isupper() and _PRESENT_AFTER.match(text, date.end) and _opens_sentence(text[max(0, date.start - 3):date.start]):
        return False
    if date.text.lower().endswith("ens") and _OTHER_RACE_BEFORE.search(text[max(0, date.start - 40):date.start]):
        return False
    if date.info.get("form") == "relative" and _FROM_DAY_BEFORE.search(text[max(0, date.start - 30):date.start]):
        return False
    clause = clause_before(text, date)
    if _COMES_BEFORE.search(clause) and not _PAST_RESULT.search(clause):
        return False
    return not PLANS.search(plan_clause(text, date.start))


def dated(text: str, dates: list[Mention], published: dt.date | None, base: dt.date | None, lang: str) -> list[Mention]:
    """The date mentions with what the text around them tells: the year of a day and month in a text with no
    publication date (told_years), the date of a day told from the race day in force (told_days)."""
    return told_days(text, dates if published else told_years(text, dates), published, base, lang)


def told_days(text: str, dates: list[Mention], published: dt.date | None, base: dt.date | None, lang: str) -> list[Mention]:
    """Each day told from the race day in force ("På lørdagens 15-kilometer ... Dagen etter endte hun på pallen") with
    its date in info "day": the day after (or before) the last date before it that can be a race's day and has one."""
    out, last = [], None
    for d in dates:
        form = d.info.get("form")
        if form == "told":
            day = last + dt.timedelta(days=d.info["step"]) if last else None
            d, last = Mention(d.kind, d.start, d.end, d.text, d.value, {**d.info, "day": day}), day
        elif race_day(text, d):
            last = resolve_date(d.text, form, published if form == "relative" else d.info.get("base", base), lang) or last
        out.append(d)
    return out


def other_day(text: str, d: Mention) -> bool:
    """A race of another day told in passing: "Etter fredagens sprint, der han ble nummer fem",
    "etter seieren på 1500 meter": the next sentences go on with the race told before. (Not "Søndag ... løp inn til gullet på
    3000-meteren" after a lead about Friday: a day alone can be the race the article is about.)"""
    return bool(_DAY_GENITIVE.search(text, max(0, d.start - 16), d.start)
                or _EARLIER_WIN_BEFORE.search(text, max(0, d.start - 40), d.start))


def only_current_year(seg_text: str, published: dt.date) -> bool:
    years = {int(y.group()) for y in YEAR.finditer(seg_text)}
    cues = _EARLIER_CUES.search(seg_text)
    return bool(years) and years <= {published.year} and not cues


def current_sentences(text: str, sentences: list[tuple[int, int]], base: dt.date | None) -> list[tuple[int, int]]:
    """The sentences not about an earlier race."""
    return [(s, e) for s, e in sentences
            if not (says_earlier(text, s, e) and not (base and only_current_year(text[s:e], base))) and not other_month(text[s:e], base)
            and not _COMPARISON.search(text, s, e)]


# "VM i Doha i september/oktober", "utendørs-EM i Roma denne sommeren": a meet or venue dated in a month or
# season later in the year than the article was published is a plan (not "ble nummer åtte i EM i Roma i juni")
_SEASON_STARTS = {"sommer": 6, "sommeren": 6, "høst": 9, "høsten": 9, "haust": 9, "hausten": 9}
_PAST_RESULT = regex.compile(r"\b(?:ble|blei|vart|vant|vann|tok|løp|sprang|satte|sette|kastet|kasta|hoppet|hoppa|endte|enda|fikk|hadde)\b", regex.I)
_SENTENCE_START = regex.compile(r"[.!?\n][^.!?\n]*$")


@lru_cache(maxsize=1)
def _later_pattern() -> tuple[regex.Pattern, dict[str, int]]:
    months = {w: int(v) for w, kind, v in rows("calendar.tsv") if kind == "month" and len(w) > 3}
    names = "|".join(sorted(months, key=len, reverse=True))
    seasons = "|".join(sorted(_SEASON_STARTS, key=len, reverse=True))
    return regex.compile(rf"(?<!\s)(?:\s+(?:i|på)\s+\p{{Lu}}[\p{{L}}-]+)?\s+(?:i\s+(?P<month>{names})(?:\s*[/-]\s*(?:{names}))?"
                         rf"|(?:i|denne|til)\s+(?P<season>{seasons}))(?![\w])(?!\s*\d)", regex.I), months


def dated_later(text: str, mention: Mention, base: dt.date | None) -> bool:
    """A meet or venue told with a month or season after the article's month (`base`: the last day of
    the published month), in a sentence that tells no result before it: a plan."""
    if base is None or base.month == 12:
        return False
    pattern, months = _later_pattern()
    m = pattern.match(text, mention.end)
    if m is None:
        return False
    month = months[m["month"].lower()] if m["month"] else _SEASON_STARTS[m["season"].lower()]
    if month <= base.month:
        return False
    before = text[max(0, mention.start - 200):mention.start]
    opening = _SENTENCE_START.search(before)
    return not _PAST_RESULT.search(before[opening.start():] if opening else before)


def without_later(text: str, mentions: dict[str, list[Mention]], base: dt.date | None) -> dict[str, list[Mention]]:
    """The mentions without the meets and venues dated later in the year than the article (plans)."""
    if base is None:
        return mentions
    return dict(mentions, **{kind: [m for m in mentions.get(kind, []) if not dated_later(text, m, base)]
                             for kind in ("meet", "venue")})


# "Selv har Post løpt maraton på 2,33.32. Det skjedde i Berlin i 2014.", "Iuel har også rekorden på 54,72.
# Den ble satt under VM i Qatar i 2019.", "En gang har hun gått til topps. Det var i Trondheim i desember.":
# a sentence that only says where and when the result before it was set tells that race.
_TOLD_BACK = regex.compile(
    r"(?:Det|Den|Dette|Tiden|Tida|Rekorden|Resultatet|Persen)\s+(?:skjedde|kom|var|ble\s+satt|blei\s+sett|vart\s+sett|ble\s+sett)"
    r"\s+(?:(?:i|på|under|ved)\s+(?:\p{Lu}|\d|\p{Ll}+-?(?:VM|EM|NM|OL)\b)|(?:i|på|under|ved)\s+(?:\d+\s+)?\p{Ll}+\s+(?:i|på)\s+\p{Lu})")


def told_back(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, each such "where and when" sentence joined to the one before it in its paragraph."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out and _TOLD_BACK.match(text, s) and "\n" not in text[out[-1][1]:s] and "\n" not in text[out[-1][0]:out[-1][1]].strip():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
