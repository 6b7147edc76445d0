"""Ages and nationalities bound to the athletes they describe: "kenyanske Kipyegon", "Nordås (26)",
"Jakob Ingebrigtsen, Norge", "HYNNE Hedda NOR", groups ("de norske", "to norske brødre") and
compatriots ("landsmannen X")."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator

import regex

from .anchored import compile_anchored
from .clauses import NAME_GLUE
from .coreference import AthleteRef, RefsBefore, named_at
from .lexicons import finditer_at, starts_of
from .matchers.nationalities import adjective_codes, country_codes, group_codes, noun_codes
from .mentions import Mention


# "Isene og Pedersen er de eneste norske i feltet": every athlete named before it in the sentence.
_GROUP_NATIONALITY = regex.compile(r"\b(?:er|var|blir|vart|blei)\s(?:de|dei)\s(?:\p{Ll}+\s)?(?P<adj>\p{Ll}+(?:ske|menn|ar))(?![\w])", regex.I)
# "De andre norske deltakerne var A i spyd, B på 200 meter, og C", "Andre nordmenn under VM var A":
# every athlete named after it up to the sentence end (a period before a capital or a line end, so
# "hhv. nr. 45" does not end it).
_GROUP_NATIONALITY_AFTER = regex.compile(
    r"(?<![\w])(?:(?:de|dei)\s+)?(?:andre|øvrige|resterende|to|tre|fire|fem|seks)\s+(?P<adj>\p{Ll}+)"
    r"(?:\s+[\p{L}-]+){0,3}?\s+(?:var|er|ble|blei|vart)\s", regex.I)
# "Dei to norske løparane Henrik og Filip Ingebrigtsen", "dei to svenskane Ebba Andersson og Frida Karlsson"
_GROUP_APPOSITION = regex.compile(r"(?<![\w])(?:de|dei)\s+(?:to|tre|fire|fem|seks|andre|øvrige)\s+"
                                  r"(?:(?P<adj>\p{Ll}+ske)\s+\p{Ll}+(?:ne|ane|ene)|(?P<adj>\p{Ll}+(?:ne|ane|ene|na)))\s", regex.I)
# "Viktor Olsen (født 1924) var en norsk langdistanseløper", "Ho er ei kenyansk tidlegare løpar": the subject
_PREDICATIVE = regex.compile(r"(?<![\w])(?P<verb>er|var|blir|ble|blei|vart)\s+(?:(?P<inverted>han|hun|ho)\s+)?(?:en|ein|ei)\s+"
                             r"(?:\p{Ll}+\s+)?(?P<adj>\p{Ll}+sk)\s+(?!rekord)\p{Ll}", regex.I)
# "A vant 400 meter og var én av seks norske vinnere", "Hun er en av de norske utøverne som ...",
# "ble en av nordmennene i finalen": the subject (not "en av de eldste norske rekordene": no person)
_ONE_OF_GROUP = regex.compile(r"(?<![\w])(?:er|var|blir|ble|blei|vart)\s+(?:én|en|ein|ei)\s+av\s+(?:(?:de|dei)\s+)?"
                              r"(?:(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|\d{1,2})\s+)?(?:(?P<adj>\p{Ll}+ske)\s+(?!\p{Ll}*rekord)"
                              r"\p{Ll}+(?:ere|erne|arar|arane|ene|ane|ne)|(?P<adj>\p{Ll}+(?:menn|mennene|menna|ene|ane)))(?![\w])", regex.I)
_SUBJECT_GLUE = regex.compile(r"(?<!\s)\s*+(?:\([^()\n]{0,80}\)\s*+)?")
# "Marte Olsbu Røiseland vart best av dei norske skiskyttarane", "Raskest av de norske i Sverige var A og B"
_BEST_OF_GROUP = regex.compile(r"(?<![\w])(?:beste?|raskeste?|fremste?)\s+(?:av|blant)\s+(?:de|dei)\s+(?P<adj>\p{Ll}+)(?![\w])", regex.I)
# a Wikipedia infobox row, its label and value run together: "NasjonalitetNorge"
_INFOBOX_NATIONALITY = regex.compile(r"(?m)^[ \t]*(?:Nasjonalitet|Nasjon)[ \t]*:?[ \t]*(?P<country>\p{Lu}[\p{L} ]*?)[ \t]*$")
_GROUP_SENTENCE_END = regex.compile(r"[.!?](?=\s+\p{Lu}|\s*$)|\n")
# "Nordås ble beste nordmann", "som første nordmann noensinne", "ble den eneste nordkvinnen i finalen": the subject
_BEST_OF = regex.compile(r"\b(?:beste|første|fyrste|eneste|einaste|raskeste|fremste)\s$", regex.I)
_PERSON_AFTER = regex.compile(r"(?<!\s)\s+\p{Ll}*(?:løper|løpar|utøver|utøvar|kvinne|mann|jente|gutt|dame|skytter|skyttar|svømmer|symjar|"
                           r"deltaker|deltakar|sprinter|hopper|hoppar|kaster|kastar)(?:en|a|e|ne|ar|ane)?(?![\w])", regex.I)
_TOLD_AFTER = regex.compile(r"(?<!\s)\s+(?:i\s+mål\s+)?(?:var|ble|blei|vart|er|heter|het)\s+(?=\p{Lu})")
_NOT_OBJECT = lambda r: r.side != "object"         # "A slo B og ble beste nordmann": A
_ROLE_BEFORE_NAME = regex.compile(r"(?<!\s)\s+(?:\p{Ll}+(?:ske|sk)\s+)?\p{Ll}{3,}(?:en|ren|a|ar)(?=\s)")
_ROLE_BETWEEN = regex.compile(r"(?<!\s)\s+\p{Ll}{2,}(?:en|ren|a|ar)\s+")      # a role noun, not "var"

# the glue patterns are used from the end of a name or word: (?<!\s) keeps a scan of a space run linear
_ROLE_WORDS = compile_anchored(r"(?<!\s)(?:[ ]+\p{Ll}+){0,4}[ ]+(?=\p{Lu})")       # "Nederlands regjerende olympiske mester Kjeld Nuis"
_ROLE_REACH = regex.compile(r"(?<!\s)\s+\p{Ll}+\s+")             # how far "kenyanske <role noun> Name" can reach
# "HYNNE Hedda NOR", and over a result table's birth-date and class columns: "HYNNE Hedda 1990 W NOR"
_CODE_GLUE = regex.compile(r"(?<!\s)\s+(?:(?:\d{1,2}[ .](?:\p{L}{3}|\d\d)[ .])?(?:19|20)?\d\d\s+)?(?:\p{Lu}\s+)?")
# "Jakob Ingebrigtsen, Norge", "Thomas Krol (26) fra Nederland"
_COUNTRY_GLUE = regex.compile(r"(?<!\s)\s*(?:\(\d{1,2}\)\s*)?(?:,|fra|frå|\()\s*")
_GLUE_REACH = 24            # the longest glue: a birth date and a class column
_SENTENCE_END = regex.compile(r"[.!?\n]")


def bind_attributes(text: str, refs: list[AthleteRef], mentions) -> tuple[dict, dict]:
    """Ages and nationalities, each bound to the athlete it stands next to; (value, mention) lists."""
    ages: dict[str, list] = defaultdict(list)
    nats: dict[str, list] = defaultdict(list)
    named = RefsBefore(r for r in refs if r.via in ("full", "surname"))
    first_at: dict[int, AthleteRef] = {}        # the first ref starting at a position (refs are in text order)
    for r in refs:
        first_at.setdefault(r.start, r)
    ref_starts = [r.start for r in refs]
    mentioned = None

    for a in mentions.get("age", []):
        form = a.info.get("form")
        if form == "descriptor":
            # "29-åringen Hans Petter Lindgaard": the name in apposition, else whom the descriptor stands for
            ref = named_at(named, a.end) or first_at.get(a.start)
            if ref:
                ages[ref.name].append((a.value, a))
            continue
        if form in ("parenthesis", "on_years"):
            ref = next(named.backwards(a.start, a.start - 2), None)
        elif form in ("fact_box", "born"):
            i = named.last(a.start)
            ref = named.refs[i] if i >= 0 else None
            if form == "born":
                ref = _lead(refs, mentions) or ref          # a biography's infobox: the athlete the page is about
        elif form == "predicate":
            # "Tveit er 24 år", "han ... i en alder av 15 år": the athlete last named in the sentence
            i = bisect_left(ref_starts, a.start) - 1
            ref = refs[i] if i >= 0 and not _SENTENCE_END.search(text, refs[i].end, a.start) else None
        else:
            # "den 29 år gamle Lindgaard", "Den 29 år gamle nordmannen" (a descriptor for the athlete in focus)
            ref = named_at(named, a.end) or next((first_at[p] for p in range(a.end, a.end + 3) if p in first_at), None)
            if ref is None and (role := _ROLE_BEFORE_NAME.match(text, a.end)):
                ref = named_at(named, role.end())      # "Den 21 år gamle norske sprinteren Henriette Jæger"
        if ref:
            ages[ref.name].append((a.value, a))
    for n in mentions.get("nationality", []):
        form = n.info.get("form")
        person = _PERSON_AFTER.match(text, n.end) if form == "adjective" else None     # "beste norske løper"
        if form == "noun" or (person and _BEST_OF.search(text, max(0, n.start - 10), n.start)):
            end = person.end() if person else n.end
            ref = (None if person else first_at.get(n.start)) or named_at(named, end)
            if ref is None and _BEST_OF.search(text, max(0, n.start - 10), n.start):
                told = _TOLD_AFTER.match(text, end)
                if told:
                    ref = named_at(named, told.end())       # "første nordmann i mål var Ola Lie": the name after
                    if ref:
                        nats[ref.name].append((n.value, n))
                    continue
                # "Nordås ble beste nordmann på 1500 meter", "han ... som første nordmann": the athlete named
                # (or referred to) before it in the sentence
                mentioned = mentioned or RefsBefore(refs)
                before = next(mentioned.backwards(n.start, max(0, n.start - 200), _NOT_OBJECT), None)
                if before is not None and not _GROUP_SENTENCE_END.search(text, before.end, n.start):
                    ref = before            # (a period inside a time "3.35,10" ends no sentence)
            if ref:
                nats[ref.name].append((n.value, n))
            continue
        if form == "adjective":
            # "kenyanske Kipyegon", also over a role noun: "den russiske vinneren Anastasija Gorejeva"
            reach = _ROLE_REACH.match(text, n.end)
            last_start = max(n.end + 2, reach.end() if reach else 0)
            ref = None
            for i in range(bisect_left(ref_starts, n.end), bisect_right(ref_starts, last_start)):
                r = refs[i]
                if r.start - n.end <= 2 or (r.via != "pronoun" and _ROLE_BETWEEN.fullmatch(text, n.end, r.start)):
                    ref = r
                    break
        elif form == "genitive":
            # "Finlands Lotte Line Ekström", "Nederlands regjerende olympiske mester Kjeld Nuis": the name after, over role words
            over = _ROLE_WORDS.match(text, n.end)
            ref = named_at(named, over.end()) if over else None
        elif form == "code_before":
            ref = named_at(named, n.end)                # "NED CLARKE Ryan": the name after the nation column
        else:
            glue = _CODE_GLUE if form == "code" else _COUNTRY_GLUE
            ref = next((r for r in named.backwards(n.start, n.start - _GLUE_REACH) if glue.fullmatch(text, r.end, n.start)), None)
        if ref:
            nats[ref.name].append((n.value, n))
    sentence_ends = None
    for g in _GROUP_NATIONALITY.finditer(text):
        code = adjective_codes().get(g["adj"].lower()) or noun_codes().get(g["adj"].lower())
        if not code:
            continue
        if sentence_ends is None:
            sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        before = bisect_left(sentence_ends, g.start())
        sentence_start = sentence_ends[before - 1] + 1 if before else 0
        for i in range(bisect_left(named.starts, sentence_start), bisect_right(named.starts, g.start())):
            r = named.refs[i]
            if r.end <= g.start() and not nats.get(r.name):
                nats[r.name].append((code, Mention("nationality", g.start("adj"), g.end("adj"), g["adj"], code)))
    group_ends, done_to = None, 0      # where _GROUP_SENTENCE_END matches, found once: a search after each group read a long line again
    for g in _GROUP_NATIONALITY_AFTER.finditer(text):
        adj = g["adj"].lower()
        code = adjective_codes().get(adj) or group_codes().get(adj)
        if not code:
            continue
        if group_ends is None:
            group_ends = [m.start() for m in _GROUP_SENTENCE_END.finditer(text)]
        i = bisect_left(group_ends, g.end())
        end = group_ends[i] if i < len(group_ends) else len(text)
        # the groups come in text order, so their ranges of names only move on: the names up to
        # `done_to` have a nationality already (this loop gave one to each it passed)
        first, done_to = max(bisect_left(named.starts, g.end()), done_to), max(bisect_left(named.starts, end), done_to)
        for i in range(first, done_to):
            r = named.refs[i]
            if not nats.get(r.name):
                nats[r.name].append((code, Mention("nationality", g.start("adj"), g.end("adj"), g["adj"], code)))
    for g in _GROUP_APPOSITION.finditer(text):
        # "Dei to norske løparane Henrik og Filip Ingebrigtsen vart ...": the names joined right after it
        code = adjective_codes().get(g["adj"].lower()) or group_codes().get(g["adj"].lower())
        i = bisect_left(named.starts, g.end())
        if not code or i >= len(named.refs) or named.starts[i] - g.end() > 1:
            continue
        for r in _joined_from(text, named, i):
            if not nats.get(r.name):
                nats[r.name].append((code, Mention("nationality", g.start("adj"), g.end("adj"), g["adj"], code)))
    _bind_counted_groups(text, named, nats)
    _bind_predicates(text, refs, nats)
    _bind_one_of_group(text, refs, nats)
    _bind_best_of_group(text, named, nats)
    _bind_infobox(text, refs, mentions, nats)
    _bind_compatriots(text, refs, named, nats)
    return ages, nats


def _given(nats: dict, name: str, code: str, m) -> None:
    """The nationality a group or predicate phrase gives, unless the text gave the athlete one already."""
    if not nats.get(name):
        nats[name].append((code, Mention("nationality", m.start("adj"), m.end("adj"), m["adj"], code)))


def _bind_predicates(text: str, refs: list[AthleteRef], nats: dict) -> None:
    """"X (født 1924) var en norsk langdistanseløper", "Nå er hun en kenyansk mester": the subject, named
    or referred to (a pronoun) right before the verb, or the pronoun right after it."""
    ends = [r.end for r in refs]
    for m in _PREDICATIVE.finditer(text):
        code = adjective_codes().get(m["adj"].lower())
        if not code:
            continue
        if m["inverted"]:
            subject = next((r for r in refs if r.start == m.start("inverted")), None)
        else:
            i = bisect_right(ends, m.start()) - 1
            subject = refs[i] if i >= 0 and _SUBJECT_GLUE.match(text, refs[i].end).end() == m.start() else None
        if subject is not None:
            _given(nats, subject.name, code, m)


def _bind_one_of_group(text: str, refs: list[AthleteRef], nats: dict) -> None:
    """"Iuel vant 400 meter og var én av seks norske vinnere", "Hun er en av de norske utøverne": the
    athlete named or referred to last before it in the sentence (not an object: "slo X")."""
    mentioned, ends = None, None
    for m in _ONE_OF_GROUP.finditer(text):
        word = m["adj"].lower()
        code = adjective_codes().get(word) or group_codes().get(word)
        if not code:
            continue
        if mentioned is None:
            mentioned, ends = RefsBefore(refs), [e.end() for e in _GROUP_SENTENCE_END.finditer(text)]
        k = bisect_right(ends, m.start())
        subject = next(mentioned.backwards(m.start(), ends[k - 1] if k else 0, _NOT_OBJECT), None)
        if subject is not None:
            _given(nats, subject.name, code, m)


def _bind_best_of_group(text: str, named: "RefsBefore", nats: dict) -> None:
    """"A ble best av de norske": the athlete named before it in the sentence; "Nest best av dei norske
    kvinnene vart B", "Raskest av de norske var A og B": else the names joined, first after it."""
    ends = None
    for m in _BEST_OF_GROUP.finditer(text):
        word = m["adj"].lower()
        code = adjective_codes().get(word) or group_codes().get(word)
        if not code:
            continue
        if ends is None:
            ends = [e.end() for e in _GROUP_SENTENCE_END.finditer(text)]
        k = bisect_right(ends, m.start())
        start, end = (ends[k - 1] if k else 0), (ends[k] if k < len(ends) else len(text))
        before = next(named.backwards(m.start(), start), None)
        if before is not None:
            _given(nats, before.name, code, m)
            continue
        i = bisect_left(named.starts, m.end())
        if i < len(named.refs) and named.starts[i] < end:
            for r in _joined_from(text, named, i):
                _given(nats, r.name, code, m)


def _lead(refs: list[AthleteRef], mentions) -> AthleteRef | None:
    """The ref of a biography's lead name ("Elsa Katrine «Trine» Hattestad (født ..."), if the page has one."""
    lead = next((a for a in mentions.get("athlete", []) if a.info.get("layout") == "lead"), None)
    return next((r for r in refs if lead is not None and r.start == lead.start), None)


def _bind_infobox(text: str, refs: list[AthleteRef], mentions, nats: dict) -> None:
    """An infobox's "Nasjonalitet Norge": the athlete the page is about, its lead name, else the first one it names."""
    m = _INFOBOX_NATIONALITY.search(text)
    code = m and country_codes().get(m["country"])
    subject = _lead(refs, mentions) or next((r for r in refs if r.via == "full"), None)
    if code and subject is not None and not nats.get(subject.name):
        nats[subject.name].append((code, Mention("nationality", m.start("country"), m.end("country"), m["country"], code)))


# "to nordmenn på pallen", "to norske brødre", "dobbelt norsk på pallen", "norsk dobbeltseier", "den
# norske trioen": as many athletes as counted. An adjective needs people after it ("to norske
# rekorder" is no group); a group noun ("nordmenn"), a double/triple win or a trio does not.
_COUNTS = ("to", "tre", "fire", "begge", "dobbelt", "dobbel", "trippel")
_GROUP_NOUNS = ("dobbeltseier", "dobbelsiger", "dobbeltsiger", "trippelseier", "trippelsiger", "trippel", "duoen", "duoa", "trioen",
                "trioa", "kvartetten")
_COUNTED_GROUP = regex.compile(
    rf"(?<![\w])(?:(?P<n>{'|'.join(_COUNTS)})\s+(?P<adj>\p{{Ll}}+)"
    r"(?P<people>\s+(?:på\s+pallen|på\s+podiet|på\s+topp|brødre|brør|søstre|systrer|løpere|løparar|utøvere|utøvarar|"
    r"jenter|gutter|gutar|skiløpere|skiløparar|skøyteløpere|skøyteløparar|svømmere|symjarar|hoppere|hopparar|"
    r"kastere|kastarar|sprintere|sprintarar)(?![\w]))?"
    rf"|(?P<adj>\p{{Ll}}+)\s+(?P<n>{'|'.join(_GROUP_NOUNS)}))(?![\w])", regex.I)
# Where a counted group can start: at its count, or at the word before its noun; each found alone by a
# fast literal search, and the pattern (an alternation tried at every word) asked only there.
_COUNTED_GROUP_STARTS = [regex.compile(rf"(?<![\w]){w}\s", regex.I) for w in _COUNTS] + \
    [regex.compile(rf"(?<![\w])\p{{Ll}}+\s+{w}", regex.I) for w in _GROUP_NOUNS]
_COUNT = {"to": 2, "begge": 2, "dobbelt": 2, "dobbel": 2, "dobbeltseier": 2, "dobbelsiger": 2, "dobbeltsiger": 2,
          "tre": 3, "trippel": 3, "trippelseier": 3, "trippelsiger": 3, "fire": 4,
          "duoen": 2, "duoa": 2, "trioen": 3, "trioa": 3, "kvartetten": 4}
_LOOKING_BACK = regex.compile(r"(?:Dermed|Slik|Med\s+det|Det\s+betyr)\b", regex.I)


def _bind_counted_groups(text: str, named: "RefsBefore", nats: dict) -> None:
    """"... Henrik Ingebrigtsen ble nummer to, og dermed sto to norske brødre på pallen": the last N
    athletes named, in this sentence and the one before, not said to be of another nation. A
    paragraph that opens with it and names nobody before it tells them next: "Søndag ble det dobbelt
    norsk på pallen. Kenyanske A vant, foran B og C." (but "Dermed stod to nordmenn på pallen" looks back)."""
    ends = None
    for g in finditer_at(_COUNTED_GROUP, text, starts_of(_COUNTED_GROUP_STARTS, text)):
        word, n = g["adj"].lower(), _COUNT[g["n"].lower()]
        code = group_codes().get(word)
        if not code:
            code = adjective_codes().get(word)
            if not code or (g["people"] is None and g["n"].lower() in ("to", "tre", "fire", "begge")):
                continue
        if (first := named_at(named, g.end())) is not None:
            # "den amerikanske duoen Sadie Bjornsen og Jessica Diggins": the names it stands beside
            for r in _joined_from(text, named, bisect_left(named.starts, first.start)):
                _given(nats, r.name, code, g)
            continue
        if ends is None:
            ends = [m.end() for m in _GROUP_SENTENCE_END.finditer(text)]
        i = bisect_right(ends, g.start())
        start = ends[i - 1] if i else 0                     # this sentence
        j = i - 1                                           # the one before, over blank lines
        while j > 0 and not text[ends[j - 1]:ends[j]].strip():
            j -= 1
        previous = ends[j - 1] if j > 0 else 0
        j = i                                               # the one after
        while j + 1 < len(ends) and not text[ends[j]:ends[j + 1]].strip():
            j += 1
        following = ends[j + 1] if j + 1 < len(ends) else len(text)

        def fitting(candidates):
            names = []
            for r in candidates:
                if r.name not in names and all(c == code for c, _ in nats.get(r.name, [])):
                    names.append(r.name)
            return names[:n] if len(names) >= n else None

        refs = named.refs
        before = [refs[k] for k in range(bisect_left(named.starts, previous), bisect_left(named.starts, g.start()))]
        chosen = None
        opens_paragraph = start == 0 or "\n" in text[max(0, start - 2):start + 1] or text[start:g.start()].startswith("\n")
        if (opens_paragraph and not any(r.start >= start for r in before)
                and not _LOOKING_BACK.match(text[start:start + 80].lstrip())):
            chosen = fitting(refs[k] for k in range(bisect_left(named.starts, g.end()), bisect_left(named.starts, following)))
        chosen = chosen or fitting(reversed(before))
        for name in chosen or ():
            if not nats.get(name):
                nats[name].append((code, Mention("nationality", g.start("adj"), g.end("adj"), g["adj"], code)))


_COMPATRIOT = regex.compile(r"(?<![\w])lands(?:mannen|mann|kvinnen|kvinna|kvinne|menn|mennene|kvinnene)\s+(?=\p{Lu})", regex.I)


def _bind_compatriots(text: str, refs: list[AthleteRef], named: "RefsBefore", nats: dict) -> None:
    """"Den kenyanske vinneren ... Han hadde selskap av landsmannen Vincent Kipkemoi": the athlete
    named after it has the nationality of the one last mentioned before it (by name, descriptor or
    pronoun) whose nationality the text gives."""
    mentioned = None
    for g in _COMPATRIOT.finditer(text):
        first = named_at(named, g.end())
        if first is None:
            continue
        names = [r.name for r in _joined_from(text, named, bisect_left(named.starts, first.start))]   # "landsmennene A og B"
        mentioned = mentioned or RefsBefore(refs)
        source = next(mentioned.backwards(g.start(), g.start() - 600, lambda r: r.name not in names and bool(nats.get(r.name))), None)
        if source is None:
            continue
        code, _ = nats[source.name][0]
        for name in names:
            if not nats.get(name):
                nats[name].append((code, Mention("nationality", g.start(), g.end(), g.group().strip(), code)))


def _joined_from(text: str, named: "RefsBefore", i: int) -> Iterator[AthleteRef]:
    """named.refs[i] and the names joined to it by "," or "og" right after it: "A, B og C"."""
    while i < len(named.refs):
        yield named.refs[i]
        i += 1
        if i < len(named.refs) and not NAME_GLUE.fullmatch(text, named.refs[i - 1].end, named.refs[i].start):
            return
