"""Athlete names: capitalised sequences that look like a person's name.

Finds full names ("Narve Gilje Nordås", "Wojciech Nowicki", "Johannes S. Gulbrandsen Lunde"),
result-list layouts ("HYNNE Hedda" -> "Hedda Hynne"), possessives ("Warholms" -> "Warholm") and
single capitalised words (possible surname mentions, resolved by the linker). Leading titles and
adjectives ("Sleggekaster", "Polske") are stripped; places after "i"/"på", meets and clubs rejected.
A first-name lexicon (gender-guesser's name list) tells given names from other capitalised words.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import lexicons
from ..mentions import Claimed, Mention
from .nationalities import adjective_codes, codes, country_codes, noun_codes

# a given name written short ("Hans Chr. Aarnes", "Johs. Moe"): given_name_abbreviations.txt
GIVEN_ABBREVIATIONS = lexicons.words("given_name_abbreviations.txt")
_TOKEN = (r"(?:" + lexicons.alternation(GIVEN_ABBREVIATIONS) + r"(?=[ ]\p{Lu})|"
          r"\p{Lu}\p{Ll}*['’]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*+|\p{Lu}\.|\p{Lu}{2}(?=\s\p{Lu}\p{Ll}))")
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|le|la|ter|ten|bin|el|al|dos|das|del)"
_NAME = regex.compile(rf"(?<![\w.-])(?:{_TOKEN})(?:[ ](?:{_PARTICLE}[ ]){{0,2}}(?:{_TOKEN})){{0,5}}(?![\w-])")
_CAPS_FIRST = regex.compile(r"(?<![\w-])(?P<surname>(?:\p{Lu}{2,3}[ -])?\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?)[ ](?P<given>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?![\w-])")
# a row's number at a line's start, or after the last row's mark in a table written on one line ("1:46.41 7 ERI ZAID")
_TABLE_ROW_BEFORE = regex.compile(r"(?:^|\n|\d[.,:]\d\d[ \t]++(?:\d{1,3}[ \t]++)?)[ \t]*+(?:\d{1,3}[.)]?|[-–])[ \t]++$")
_ROW_REACH = 20
def _named_in_full(text: str, surname: str) -> bool:
    """"Sølvet gjekk til Fjeldstad": the word is the surname of a full name elsewhere in the text."""
    return _word_pattern(r"\p{Lu}\p{Ll}+ " + regex.escape(surname), raw=True).search(text) is not None


_GOES_TO_BEFORE = regex.compile(r"(?:(?:ieren|igeren|ullet|ølvet|ronsen|plassen|medaljen)\s+(?:gikk|gjekk|går|gjeng)"
                             r"|(?:gikk|gjekk|går|gjeng)\s+\p{Ll}+(?:ieren|igeren|ullet|ølvet|ronsen|plassen|medaljen)"
                             r"|(?:rekord|tid)(?:en|a|ene))\s+(?:til|åt)\s(?:\p{Ll}+ske\s)?$", regex.I)    # "Seieren gikk til etiopiske Getachew Alemu", "Vinnertiden til Gebrhiwet"
_PLACE_BEFORE = regex.compile(r"(?:\b(?:i|på|fra|frå|til|mot|ved|rundt|gjennom|of)\s(?:\p{Ll}+ske\s)?)$")
_ORG_AFTER = regex.compile(r"^-?(?:stevnet|stemnet|lekene|leikane|mila|løpet|stafetten|klubben|laget|gutten|jenta|mannen|kvinnen|brødrene|famielen|familien|\w*stadion)", regex.I)
RESULT_VERBS = frozenset(
    "vant vann løp sprang ble blei vart tok kom satte sette endte kastet kasta hoppet hoppa støtte "
    "sikret sikra var er har hadde fikk gikk leverte perset persa noterte klokket fullførte brøt braut "
    "slo tapte karret havnet hamnet stakk krysset kryssa spurtet vinner leder ledet".split())
# Nouns that follow a possessive name ("Warholms tid", "Bovims norske rekord").
POSSESSED = frozenset(
    "tid tida tiden rekord rekorden pers persen egen eget egne nest beste seier seieren løp løpet trener "
    "treneren norske personlige første andre siste tur kast hopp sprang serie form sesong karriere gull sølv bronse".split())
# "Iuels norgesrekord", "Hinriksdottirs vinnertid", "Almgrens svenske rekord", "Aarviks gamle innerekord", "Gärderuds 45 år
# gamle rekord": a possessive before a record, time or feat (a compound of one, or an adjective first)
_POSSESSED_AFTER = regex.compile(r"^\s+(?:(?:\p{Ll}+(?:ske|ige|lige)|gamle|nye|ferske|tidligere|forrige|gjeldende)\s+)?"
                                 r"(?:[\p{L}-]*(?:rekord|rekorden|rekorda|tid|tida|tiden|pers|persen|bestenotering\w*|seier\w*|siger\w*|bragd\w*)(?![\w-])"
                                 r"|(?:\d{1,3}|\p{Ll}+)\s+år\s+gaml)")
# "klubbrekorden (Ola Moens 7,37 frå 2005)", "(polske Jan Kowalskis 51,46 sek.)": a record's holder in brackets,
# the genitive before its mark
_BRACKET_BEFORE = regex.compile(r"\((?:\p{Ll}+ske\s)?$")
_MARK_AFTER = regex.compile(r"^\s\d{1,2}[,.:]\d\d(?!\d)")
_CREDIT_BEFORE = regex.compile(r"(?:Foto|Photo|Kilde|Skrevet av|Tekst|Av)\s*:?\s*$")
CLUB_ACRONYMS = frozenset("IL IF FIK SK FK IK TIF BUL OSI AIL FIF KIF NTNUI GTI CK".split())     # CK: a cycling club
_CLUB_WORD = regex.compile(r"(?:forening|klubb|friidrett|idrettslag|krets|kretsen|forbund|forbundet|universitet|university|college)$", regex.I)


def is_club_name(name: str) -> bool:
    """"Bergen Svømme Club", "Bergen Friidrettskrets", "Tønsberg FIK": the last word names a club."""
    last = name.rsplit(" ", 1)[-1]
    return last in CLUB_ACRONYMS or last in ("Club", "Klubb") or bool(_CLUB_WORD.search(last))


def names_a_club(words: list[str]) -> bool:
    """"Gloppen Friidrettslag", "Ski IL": a club word or acronym among the words."""
    return any(w in CLUB_ACRONYMS or _CLUB_WORD.search(w) for w in words)


_SENTENCE_PLACE_BEFORE = regex.compile(r"(?r)(?:^|[.!?:]\s+|\n\s*)(?:I|På|Fra|Frå)\s$")
_PLACE_PREPOSITIONS = frozenset("I På Fra Frå Ved Til Mot Utenfor".split())
# After a list row's name: its club's acronym, also written after a comma ("Stord IL 45:29", "Gular, IL
# 1,53,69", "Gneist,IL 4,07,61", "Askim IF Friidrett", "Sola CK/Team X"), but not an acronym opening the club
# ("Jacobsen, IL Heming") or a club that is an acronym alone ("Eggen BUL, IL i", "Olsen, GTI").
_CLUB_AFTER = regex.compile(r"(?:,\s?|\s)(?:IL|IF|IK|FIK|SK|FK|BIL|TIF|AIL|FIF|KIF|CK)(?![\w-])"
                            r"(?!\s+(?:[iI]\s+)?(?!Friidrett)\p{Lu}(?:\p{Ll}|\p{Lu}{2}))"     # not "IL i BUL"
                            # ... or in lower case, as some timing exports write it: "Byåsen il 19:24", "Vestby sykkelklubb 3:23:50"
                            r"|\s(?:il|if|ik|fik|sk)(?![\w-])|\s\p{Ll}+klubb(?![\w-])|\sidrettslag(?![\w-])")
# An age-class or championship column, then the mark: "Voss M23-39 1:17:57", "Gular NM M23-34 1:07:05"
_CLASS_NEXT = regex.compile(r"(?:[ \t]{1,4}+(?:[KMGJW]\d\d(?:-\d\d)?+|NM)(?![\w-])){1,3}+[ \t]{1,4}+\d")
_CLUB_HEAD = regex.compile(r"(?:idrettslag|klubb|forening)(?:et|en)$", regex.I)     # "Idrettslaget Skjalg"
FUNCTION_WORDS = frozenset(
    "på i og med som fra frå til etter foran bak under over ved om av for mot men eller da når så "
    "inn ut opp ned seg sin sitt sine er var har hadde ble blei vart kan skal vil måtte".split())
# Verbs that make a lone capitalised word at the start of a sentence a name ("Ingebrigtsen løp ..."),
# unlike "Temperaturen var ...".
ACTION_VERBS = frozenset(
    "vant vann løp sprang tok kom satte sette endte kastet kasta hoppet hoppa støtte sikret sikra "
    "leverte perset persa noterte klokket fullførte brøt braut slo karret havnet hamnet stakk krysset kryssa spurtet".split())


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Capitalised words that are no name: not_names.txt, the cardinals ("Fire startnumre senere gikk ...") and
    the weekdays, also definite ("Laurdagen sprang ho 200 m", "Søndagen kom 13,68 på 100 m")."""
    weekdays = frozenset(w.lower() + ending for w, kind, _v in lexicons.rows("calendar.tsv") if kind == "weekday"
                         for ending in ("", "en", "ens"))
    return frozenset(w.lower() for w in lexicons.words("not_names.txt")) | frozenset(lexicons.number_words()[0]) | weekdays


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    return lexicons.words("name_words.txt")


@lru_cache(maxsize=1)
def clubs() -> frozenset[str]:
    return lexicons.words("clubs.txt")


_WORD_BEFORE_ACRONYM = regex.compile(r"(?<![\w-])(\p{Lu}[\w-]+),?\s(?:IL|IF|IK|FIK|SK|BIL)(?![\w-])")


@lru_cache(maxsize=4)
def _acronym_clubs(text: str) -> frozenset[str]:
    """The words the text writes with a club acronym after them ("Voss IL"), read in one pass."""
    return frozenset(m.group(1) for m in _WORD_BEFORE_ACRONYM.finditer(text))


def _known_club(text: str, word: str) -> bool:
    """A club in the lexicon, or a word the text writes with a club acronym ("Voss IL" in another row)."""
    return word in clubs() or word in _acronym_clubs(text)


_MARK_NEXT = regex.compile(r"(?<!\s)\s+(?:\d|DNF|DNS|DSQ|DQ|brutt)")


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gender_detector
    return gender_detector.Detector(case_sensitive=False)


@lru_cache(maxsize=50_000)
def _gender(word: str) -> str:
    """gender-guesser's verdict on a capitalised word's first part ("Anne-Marie" -> "Anne"): "male",
    "mostly_female", "andy", ... or "unknown" (also for a word that cannot be a given name)."""
    if len(word) < 2 or not word[0].isupper():
        return "unknown"
    return _detector().get_gender(word.split("-")[0])


def is_given_name(word: str) -> bool:
    """True when the word is a known given name (any country) or one written short ("Chr.")."""
    return word in GIVEN_ABBREVIATIONS or _gender(word) != "unknown"


def given_name_sex(word: str) -> str | None:
    """"m" or "f" when the given name is (mostly) a man's or a woman's, else None ("Kim", "Getachew")."""
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(_gender(word))


@lru_cache(maxsize=1)
def _noise_words() -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case words that are never a name: not_names, nationality adjectives and nouns;
    country names, case-sensitive)."""
    return (not_names() | frozenset(adjective_codes()) | frozenset(noun_codes()), frozenset(country_codes()))


def _is_noise(token: str) -> bool:
    lower_words, countries = _noise_words()
    return token.lower() in lower_words or token in countries or _DESCRIBED.search(token) is not None


_DESCRIBED = regex.compile(r"-\p{Ll}+$")      # "Gular-løparen", "Stryn-hopparen", "Os-gutten": a descriptor, no name


_NONSPACE = regex.compile(r"\S+")
_NEXT_WORD = regex.compile(r"(?<!\s)\s+(\p{Ll}+)")


@lru_cache(maxsize=1024)
def _word_pattern(word: str, raw: bool = False):
    return regex.compile(rf"(?<![\w-]){word if raw else regex.escape(word)}(?![\w-])")


def find_athletes(text: str) -> list[Mention]:
    caps: list[Mention] = []
    for m in _CAPS_FIRST.finditer(text):
        in_table = _TABLE_ROW_BEFORE.search(text, max(0, m.start() - _ROW_REACH), m.start())
        start, surname = _after_code_column(m)
        if not surname or surname.lower() in not_names() or len(surname) > 20 or not (in_table or is_given_name(m["given"].split()[0])):
            continue        # outside a result table the given name must be one: "NRK Sport" is no "Sport Nrk"
        name = f"{m['given']} {surname.title()}"
        caps.append(Mention("athlete", start, m.end(), text[start:m.end()], name, {"full": True, "layout": "caps"}))
    out = list(caps)
    taken = Claimed(caps)
    for m in _NAME.finditer(text):
        # Only the list-layout names can overlap: a mention lies within its own match, and the
        # matches of one finditer never overlap.
        if taken.overlaps(m.start(), m.end()):
            continue
        mention = _name_mention(text, m)
        if mention:
            out.append(mention)
    out = [a for a in out if not _is_row_club(text, a) and not _SLASH_CLUB.match(text, a.end)
           and text[max(0, a.start - 1):a.start] != "/"]      # "fra Ullensaker/Kisa": a club
    out.sort(key=lambda x: x.start)
    return out


_ROW_CODES = frozenset({"DNF", "DNS", "DQ", "DSQ"})


def _after_code_column(m) -> tuple[int, str]:
    """Where a "SURNAME Given" name starts and its surname: the nation-code and outcome columns before it are no part
    of the surname ("2 NED CLARKE Ryan", "DNF SLO RUDOLF Zan"), a short particle is ("LE GRIX Titouan"). A code
    alone is no surname ("3 ISL Anita Dahl": a name written "Given Surname" after the code column): ""."""
    start, surname = m.start(), m["surname"]
    while True:
        first, _, rest = surname.partition(" ")
        if first not in codes() and first not in _ROW_CODES:
            return start, surname
        if not rest:
            return start, ""
        start, surname = start + len(first) + 1, rest


_SLASH_CLUB = regex.compile(r"/\p{Lu}")
_PRIZE = regex.compile(r"\p{L}(?:pris|pokal)(?:en)?$", regex.I)      # "Ærespris", "Minnepokalen", "Kongepokal"
# "1. Emilie Rindal (2002) Molde Olymp 11,94": after a name and its birth year or age, before the mark
_YEAR_BEFORE = regex.compile(r"\p{L}\s\((?:19|20)?\d\d\)\s$")
_ROW_END_AFTER = regex.compile(r"(?<![ \t])(?:[ \t]++\p{Lu}{2,5})?[ \t]*+(?:\d|DNF|DNS|DSQ|DQ|brutt|$)", regex.M)     # "Ålesund FIK 12,08"


def _is_row_club(text: str, a: Mention) -> bool:
    return bool(_YEAR_BEFORE.search(text, max(0, a.start - 12), a.start)) and bool(_ROW_END_AFTER.match(text, a.end))


def _opens_name(tokens: list[tuple[int, str]]) -> bool:
    """'Hans' opens "Hans Christer Holund" (a given name and a surname follow) but not "Hans Warholm"."""
    return len(tokens) >= 3 and tokens[0][1] in name_words() and is_given_name(tokens[1][1]) \
        and not _is_noise(tokens[1][1]) and not _is_noise(tokens[2][1])


def _name_mention(text: str, m) -> Mention | None:
    tokens = [(t.start(), t.group()) for t in _NONSPACE.finditer(text, m.start(), m.end())]
    stripped = []
    while tokens and _is_noise(tokens[0][1]) and not _opens_name(tokens):
        stripped.append(tokens.pop(0)[1])
    if stripped and stripped[-1] in CLUB_ACRONYMS:
        return None                 # "fra IK Tjalve": a club
    if stripped and stripped[-1] in _PLACE_PREPOSITIONS and len(tokens) == 1:
        return None                 # "I California vart han ...": a place
    heads = lambda i, t: _CLUB_HEAD.search(t) or (t == "Team" and i + 1 < len(tokens))     # "Team Aker Dæhlie"
    club = next((i for i, (_, t) in enumerate(tokens) if _CLUB_WORD.search(t) or heads(i, t)), None)
    if club is not None:        # "(Bergens Turnforening)", "Lambertseter Svømmeklubb": no name; in a row
        keep = club if heads(club, tokens[club][1]) else club - 1     # the club after the name
        if keep < 2:            # ("Simen Moe Steinkjer Friidrettsklubb", "Ola Moe Idrettslaget Skjalg")
            return None
        tokens = tokens[:keep]
    prize = next((i for i, (_, t) in enumerate(tokens) if _PRIZE.search(t)), None)
    if prize is not None:           # "Bergens Tidendes Ærespris": a prize and its giver; "vant Kari Moe Dahls Minnepokal": Kari Moe
        keep = prize
        while keep and tokens[keep - 1][1].endswith("s"):
            keep -= 1
        if not keep:
            return None
        tokens = tokens[:keep]
    row_name = _TABLE_ROW_BEFORE.search(text, max(0, tokens[0][0] - _ROW_REACH), tokens[0][0]) is not None if tokens else False
    while len(tokens) >= 2 and not row_name and not is_given_name(tokens[0][1]) and is_given_name(tokens[1][1]) \
            and not (_looks_like_surname_pair(tokens) and not (opens_sentence(text, tokens[0][0])
                                                               and _named_in_full_as_given(text, tokens[1][1]))):
        tokens.pop(0)               # "Imens Henrik forbereder seg" (and "Henrik Flåtnes" elsewhere): no name; but
        # a list row's name opens after its number: "44) Andrine Kari Olsen", "8 Esten Hansen-Moe Lie" (a given name the list does not know)
    opened = _opens_name(tokens)
    cut = next((i for i, (_, t) in enumerate(tokens) if _is_noise(t) and not (i == 0 and opened)
                and not (i and t.islower())), len(tokens))     # "Bart de Groot": a particle, not "De"
    tokens = tokens[:cut]
    acronym = next((i for i, (_, t) in enumerate(tokens) if i >= 2 and t in CLUB_ACRONYMS), None)
    if acronym is not None:
        tokens = tokens[:acronym]   # "Ingrid Lorvik CK Victoria 3:17:53": a club opening with its acronym after the name
    if len(tokens) >= 3:
        club_after = _CLUB_AFTER.match(text, tokens[-1][0] + len(tokens[-1][1]))
        if club_after or _SLASH_CLUB.match(text, tokens[-1][0] + len(tokens[-1][1])):
            tokens.pop()            # "Mari Gilde Brubak Malvik IL 12,22", "Ola Moe Ullensaker/Kisa IL": Malvik, Ullensaker belong to the club
        elif (_MARK_NEXT.match(text, tokens[-1][0] + len(tokens[-1][1]))
              or _CLASS_NEXT.match(text, tokens[-1][0] + len(tokens[-1][1]))) and _known_club(text, tokens[-1][1]):
            tokens.pop()            # "Frida Thorsås Urædd 2.11,82", "Ola Moe Voss M23-39 1:17:57": the club
    elif len(tokens) == 2 and not is_given_name(tokens[0][1]) and (
            _CLUB_AFTER.match(text, tokens[-1][0] + len(tokens[-1][1])) or _known_club(text, tokens[0][1])):
        return None                 # "Kari Moe, Øvre Eiker IL vart nummer to", "Eva Lie, Byåsen Veteranar med 52.04": the club
    if not tokens:
        return None
    start, end = tokens[0][0], tokens[-1][0] + len(tokens[-1][1])
    words = [t for _, t in tokens]
    before = text[max(0, start - 25):start]
    after = text[end:end + 20]
    if _ORG_AFTER.match(after) or _CREDIT_BEFORE.search(before):
        return None
    if (_PLACE_BEFORE.search(before) or (len(words) == 1 and _SENTENCE_PLACE_BEFORE.search(before))) \
            and (len(words) == 1 or not is_given_name(words[0])) \
            and not (_GOES_TO_BEFORE.search(before) and (len(words) >= 2 or _named_in_full(text, words[0]))):
        return None
    possessive = False
    last = words[-1]
    next_word = _NEXT_WORD.match(after)
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3 \
            and (_POSSESSED_AFTER.match(after)
                 or (len(words) >= 2 and _BRACKET_BEFORE.search(before) and _MARK_AFTER.match(after) and not is_given_name(last))
                 or (next_word and next_word.group(1) not in RESULT_VERBS and next_word.group(1) not in FUNCTION_WORDS
                     and (next_word.group(1) in POSSESSED or _word_pattern(last[:-1]).search(text)))):
        possessive = True
        words[-1] = last[:-1]
    if len(words) == 1 and (words[0].isupper() or "." in words[0]):
        return None
    name = " ".join(words)
    return Mention("athlete", start, end, text[start:end], name,
                   {"full": len(words) >= 2, "possessive": possessive})


def opens_sentence(text: str, position: int) -> bool:
    """The position starts the text, a line or a sentence (read on the 4 characters before it)."""
    before = text[max(0, position - 4):position]
    stripped = before.rstrip()
    return (not stripped and position <= 4) or "\n" in before[len(stripped):] or stripped.endswith((".", "!", "?", ":", "–"))


def _named_in_full_as_given(text: str, given: str) -> bool:
    """The text writes the word as the given name of a full name: "Henrik Flåtnes"."""
    return _word_pattern(regex.escape(given) + r" \p{Lu}\p{Ll}", raw=True).search(text) is not None


def _looks_like_surname_pair(tokens) -> bool:
    """'Lunde Pedersen', 'Nordstad Moen': two surnames; keep both when the name has only two tokens."""
    return len(tokens) == 2
