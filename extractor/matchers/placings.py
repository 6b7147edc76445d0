"""Placings: vant/seier/vinner (1), "nummer to", "nr. 2", "toer", "andreplass", "annenplassen",
"11.-plass", "18.plass", "femteplass", gull/sølv/bronse, "delt 4. plass" (a tie) and
"nummer N bak Y" (Y is N-1), coordinated "nummer 4 og 7" / "4. og 7. plass" / "andre- og tredjeplass" (one mention per number). Not halfway positions ("lå på tredjeplass etter halvgått løp")."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import regex

from ..lexicons import alternation, finditer_at, number_words, rows, starts_of
from ..mentions import Mention
# "lå da på tredjeplass", "I skrivende stund ligger Henrik på fjerdeplass", "låg Andrine på andreplass": a standing on the way
# "passerte Kvarstad på 4. plass", "passerte 30 km som nummer 2", "Tarjei ut som nummer fem" (from the range), "gjekk ut på
# andreplass" (into the ski race): a position at a point on the way
_HALFWAY_BEFORE = regex.compile(r"(?:foreløpig|(?:lå|ligger|låg)\s(?:\w+\s){0,3}?på|var oppe på|halvveis|underveis"
                                r"|\b(?:passerte|passerer|passert)\s(?!mål|av\b)(?:[\w,.:]+\s){0,4}?(?:på|som)|\but\s(?:på|som))\s+(?:en\s|ein\s)?$", regex.I)
_HALFWAY_AFTER = regex.compile(r"^\s*(?:etter\s(?:halv|første|andre|\d|to|tre|fire)|med\s\S+\s(?:meter|runder?|km)\s+igjen|underveis|halvveis|halvvegs"
                            r"|ved\s+passering|i\s+sammendraget)", regex.I)       # "holdt femteplassen halvveis"
# a clause opened by a point on the way: "Halvveis i løpet var han på en 63. plass, men ...", "Etter 5 km låg ho ..."
_HALFWAY_CLAUSE = regex.compile(r"(?:^|[.!?,]\s+|\n)(?:Halvveis|Halvvegs|Underveis|Ved\s+passering\w*|Etter\s+[\d,.]+\s*(?:km|kilometer|meter|m|runder?)\b)"
                                r"[^.!?,\n]*+$")
# "kampen om seieren", "kjempe om seier": a contest, not a result; so is an aim: "kjempe for seier", "gikk for gull",
# "går for medalje", "håpet på gull", "jakter seier" (not "jublet for seieren": that is the result)
_CONTEST = r"\bom|\bsjanse til|\bhåp om|\b(?:gå|går|gikk|gjekk|kjemp\w*|slåss|sloss|satse\w*)\s+for|\bhåp\w*\s+på|\bjakt\w*(?:\s+på)?"
_CONTEST_BEFORE = regex.compile(rf"(?:{_CONTEST}|\bmot)\s+(?:\w+\s+)?$", regex.I)
# "tredjeplassen gikk til X", "bronsen glapp med 0,5 sekunder til amerikanske X": X is the one placed
_GOES_TO_AFTER = regex.compile(r"^,?\s+(?:som\s+)?(?:gikk|gjekk|går|gjeng|havnet|hamna|hamnet|glapp)\s+(?:[^\s.!?]+\s+){0,4}?til\s+"
                               r"(?:\p{Ll}+ske\s+)?\p{Lu}", regex.I)
# "bronsen glapp med en tidel", "pallplassen røk": a place lost, not won (unless it went "til" someone)
_LOST_AFTER = regex.compile(r"^\s+(?:glapp|røk|rauk|forsvant|forsvann)\b", regex.I)
_SEASON_AFTER = regex.compile(r"^\s+(?:(?:også|òg|dermed|den|det|hele|heile|store)\s+){0,2}(?:\w*cup\w*|sammenlagt\w*|totalcup\w*|\w*krystallkul\w*)", regex.I)
# "vant sølv", "vann ho sølvmedaljen" (the subject after the verb): the medal says the place
_MEDAL_AFTER = regex.compile(r"^\s+(?:(?:han|hun|ho|de|dei)\s+)?(?:(?:også|òg|dermed)\s+)?(?:(?:en|ei|et|eit|to|tre|sitt|sin|si)\s+)?(?:sølv|bronse)", regex.I)
_TIE_BEFORE = regex.compile(r"\bdel(?:t|te|de)\s*$", regex.I)       # "delt 4. plass", "delte tredjeplassen"
# used on the text right after a placing ("3. plass bak ..."): (?<!\s) keeps a scan of a space run linear
# "sølv på 5 kilometer klassisk bak Y", "andreplass bak vinner Y": the race or the winner's role may come between
_BEHIND_AFTER = regex.compile(r"(?<!\s)\s+(?:på\s+(?:(?:\d+(?:[,.]\d+)?|\p{Ll}+)\s+){1,3})?bak\s+(?:(?:vinneren|vinnaren|vinner|vinnar)\s+)?")
_WINNER_ROLE = regex.compile(r"(?:vinneren|vinnaren|seierherren|toeren|treeren|toaren|trearen)$", regex.I)
# "bak vinner Vebjørn Hegdal", "bak vinnar Jakob Lundby": the bare noun before a name names the winner too
_WINNER_NOUN = regex.compile(r"(?:vinner|vinnar)$", regex.I)
# "47,7 sekund bak vinnaren", "slått med 1.30,7 av vinneren": the winner as what another is measured by, not a place
_WINNER_AS_OBJECT = regex.compile(r"\b(?:bak|av|etter|foran|framfor|til|mot|fra|frå|enn|unna|med)\s+(?:(?:den|sin|si|\p{Ll}+ske)\s+){0,2}$", regex.I)
# "vinneren Ola Berg", "vinneren, italienske Ola Berg": the name in apposition is the one placed
_NAME_AFTER = regex.compile(r"(?<!\s),?\s+(?:\p{Ll}+ske\s+)?\p{Lu}\p{Ll}")
# "nummer 4 og 7", "nr. 45, 47 og 50": the placings of athletes named in order ("A og B ble hhv. ...");
# not "nummer 4, 12 sekunder bak" (a unit or a decimal follows).
_COORDINATED_AFTER = r"(?<![\s,])(?:\s*,\s*|\s+og\s+)(?P<n>\d{{1,3}}|{card})(?!\w|[.,:]\d|\s*(?:sek|min|meter|m\b|km|poeng|år|cm|plass|dag|døgn|uke|veke|time|gang|kilo))"
# "4. og 7. plass", "2., 5. og 9.-plass": the first numbers of a coordinated ordinal placing.
_ORDINAL_LIST = regex.compile(r"(?<![\w.,])(?P<n>\d{1,3})\.(?=(?:\s*,\s*\d{1,3}\.)*\s+og\s+\d{1,3}\.\s?-?\s?plass)")
# "nummer to sammenlagt", "Sammenlagt ble hun nr. 2": a standing over several races, not a place
_STANDING_AFTER = regex.compile(r"^\s+sammenlagt", regex.I)
_STANDING_BEFORE = regex.compile(r"\bsammenlagt\s+(?:ble|blei|vart|er|var)\s+(?:\w+\s+)?$", regex.I)
# "rangert som nummer 420 på listen over ...": a ranking, not a race; so is a place on a list or statistic ("en
# åttendeplass på årets europeiske U20-statistikk", "6. plass på oversikten over de 20 beste", "sjuandeplass på
# kvinnelista", "andreplass på topp tjue-lista") or among all times or the world ("nummer tre i J16 i Norge gjennom
# alle tider", "nummer fire i verden i U18")
_RANKING_BEFORE = regex.compile(r"\brangert\w*\s+(?:som\s+)?$", regex.I)
_RANKING_AFTER = regex.compile(r"^\s+(?:(?:på|i)\s+(?:[\w-]+\s+){0,3}[\w-]*(?:list[ae]n?|ranking(?:en|a)?|statistikk(?:en)?|oversikt(?:en)?)\b"
                            r"|(?:i\s+[\w-]+\s+){0,2}(?:gjennom\s+(?:alle\s+)?tider|gjennom\s+tidene|noensinne|nokon\s*gong|noen\s*sinne|i\s+verden\b))", regex.I)
# "55 sekunder foran nummer to", "framfor nr. 4": the place of another, the one beaten or beating
_OTHERS_PLACE_BEFORE = regex.compile(r"\b(?:foran|framfor|føre|bak)\s+$", regex.I)
# "... foran nummer to, som ble Pauline Lie", "føre nummer to, Jo Lid": the place of the name after
_OTHER_NAMED_AFTER = regex.compile(r"^,\s+(?:som\s+(?:ble|blei|vart|var)\s+)?\p{Lu}\p{Ll}")
# "maratonløp nummer 568", "medalje nr. 3": a count in a career, not a place
_COUNTED_BEFORE = regex.compile(r"(?:medalje|løp|gull|seier|siger|renn|start|maraton|tittel)\w{0,4}\s+$", regex.I)
# "kjempe om gullet", "spurten om bronsen": a medal fought for, not won
_MEDAL_CONTEST_BEFORE = regex.compile(rf"(?:{_CONTEST})\s+(?:\w+\s+)?$", regex.I)
# "gikk ut i løypene som førstemann": a start order; "førstemann under 2 timer": a threshold
_START_ORDER_BEFORE = regex.compile(r"\but\s+(?:\S+\s+){0,3}som\s+$", regex.I)
_THRESHOLD_AFTER = regex.compile(r"^\s+(?:under|over|til\s+å|noensinne)\b", regex.I)
# "ble bronsevinner": a medal winner noun counts as said of the subject, or of the name it stands before
_PREDICATIVE_BEFORE = regex.compile(r"\b(?:ble|blei|vart|blitt)\s+(?:\w+\s+){0,3}$", regex.I)
# "Andremann, Andreas Dixon", "Fyrstemann i mål, Lars Apold", "sølvvinner og klubbvenninne Maria Wågan"
_APPOSITION_AFTER = regex.compile(r"^(?:\s+i\s+mål)?,?(?:\s+og\s+\S+)?\s+\p{Lu}\p{Ll}")
# "– Det var tungt, seier Narve Heggheim", "«...», seier ho": Nynorsk "seier" says, after what is said
_SAID_BEFORE = regex.compile(r"[,!?»”\"]\s*$")
# "seier til Camilla Netland", "favorittseier ved Håvard Lorentzen": the name after has won
_WINNER_AFTER = regex.compile(r"^\s+(?:til|ved)\s+\p{Lu}\p{Ll}")
# "vart det bronse til Iver Saunes Moldskred", "gullmedalje til Jonatan A. Vedvik": the full name after has the medal (not "sølv til Norge")
_MEDAL_TO_AFTER = regex.compile(r"^\s+til\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.-]*)+")
# "var best på 1500 meter", "var best av samtlige", "Raskast var X" (best_named); not "best av dei norske", "best med sjetteplass",
# "raskest i den siste semifinalen" (a heat)
_BEST_OF_GROUP_AFTER = regex.compile(r"^\s+(?:(?:av|blant)\s+(?:(?:de|dei)\s+\p{L}*(?:ske|lokale)\b|\p{L}*menn(?:ene|a)\b)|(?:fra|frå)\s+No(?:rge|reg)\b|(?:norske?|nordmann)\b|med\s+\S*plass|på\s+samtlige"
                                     r"|i\s+(?:\w+\s+){0,2}\w*(?:semifinale|heat|kvartfinale|forsøk|kvalifisering))", regex.I)
# "Aller best var X med en delt andreplass": the place is told after the name
_PLACE_OF_THE_BEST = regex.compile(r"\bmed\s+(?:en|ei|sin|si|sitt)\s+(?:delt\s+)?\S*plass", regex.I)
# "nummer tre i klassen M40", "nummer to i si klasse", "tredje i klassa": a place in an age class inside an open race
_CLASS_AFTER = regex.compile(r"^\s*(?:i\s+(?:(?:si|sin|sitt|hans|hennar|hennes|eiga|egen|eigen)\s+(?:alders)?klasse|klassen|klassa|klasse"
                             r"|(?!herre|dame|kvinne|elite|manns|senior)\w*klass(?:en|a)|K\d|M\d|J\d|G\d|U\d)|i\s+sammenlagt)", regex.I)


@lru_cache(maxsize=1)
def _placing_words() -> dict[str, dict[str, int]]:
    """{kind: {word: value}} from placings.tsv: role nouns ("toer"), finisher nouns ("-mann"), win prefixes."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for word, kind, value in rows("placings.tsv"):
        out[kind][word] = int(value)
    return out


@lru_cache(maxsize=1)
def _coordinated_after():
    return regex.compile(_COORDINATED_AFTER.format(card=alternation(number_words()[0])), regex.I)


@lru_cache(maxsize=1)
def _word_list():
    """ "andre- og tredjeplass", "andre-, tredje- og fjerdeplass": the elided first ordinals."""
    ordn = alternation(number_words()[1])
    return regex.compile(rf"(?<![\w])(?P<n>{ordn})-(?=(?:\s*,\s*(?:{ordn})-)*\s+og\s+(?:{ordn})\s?-?\s?plass)", regex.I)


@lru_cache(maxsize=1)
def _patterns():
    cardinals, ordinals = number_words()
    card, ordn = alternation(cardinals), alternation(ordinals)
    words = _placing_words()
    roles, finishers, prefixes = words["role"], alternation(words["finisher"]), alternation(words["win_prefix"])
    return (
        ("win", regex.compile(rf"(?<![\w-])(?:vant|vann|vinner|vinnar|vinneren|vinnaren|seiret|sigra|sigret|(?:{prefixes})?seier(?:en)?|siger(?:en)?|"
                              r"triumferte|vunnet av|vunne av|vunnen av|vinnertid(?:en)?|seiersløpet|(?:først|fyrst) (?:i mål|over mål(?:streken|linja|linjen)))(?![\w-])", regex.I), lambda m: 1),
        ("medal", regex.compile(r"(?<![\w])(?:gull(?:et|medalje(?:n|a)?)?|sølv(?:et|medalje(?:n|a)?)?|bronse(?:n|medalje(?:n|a)?)?)(?![\w-])", regex.I),
         lambda m: {"g": 1, "s": 2, "b": 3}[m.group()[0].lower()]),
        ("number", regex.compile(rf"(?<![\w])(?:nummer|nr\.?)\s?(?P<n>\d{{1,3}}|{card})(?![\w])", regex.I),
         lambda m: int(m["n"]) if m["n"].isdigit() else number_words()[0][m["n"].lower()]),
        ("ordinal_place", regex.compile(r"(?<![\w.,])(?P<n>\d{1,3})\.\s?-?\s?plass(?:en|ering(?:en|a)?)?(?![\w])", regex.I), lambda m: int(m["n"])),
        # a place in brackets after a mark: "52.19(5.pl)", "2:39.68 (5.pl.)", and bare in a list of events with their
        # marks, "60 m: 7,06 (9) * Lengde: 7,75 (3)" (not "(2)" after a mark in prose, which no text writes as a place)
        ("bracketed", regex.compile(r"(?<=\d[.,:]\d{1,2}[ ]?)\([ ]?(?P<n>\d{1,2})[ ]?\.[ ]?(?:pl|plass)\.?[ ]?\)"
                                    r"|(?<=:[ ]?\d{1,2}[.,:]\d{1,2}[ ]?)\((?P<n>\d{1,2})\)(?=[ ]*(?:[*•,;]|$|\())", regex.I | regex.M),
         lambda m: int(m["n"])),
        ("word_place", regex.compile(rf"(?<![\w])(?P<n>{ordn})\s?-?\s?plass(?:en|a)?(?![\w])", regex.I),
         lambda m: number_words()[1][m["n"].lower()]),
        # "endte på bronseplassen", "fikk tiden 1.11,40 på sølvplass": the medal's place
        ("medal_place", regex.compile(r"(?<![\w])(?:gull|sølv|bronse)-?plass(?:en|a)?(?![\w])", regex.I),
         lambda m: {"g": 1, "s": 2, "b": 3}[m.group()[0].lower()]),
        ("title", regex.compile(r"(?<=\b(?:ble|blei|vart|kåret til|kåra til)\s+(?:ny\s+|dermed\s+|også\s+|òg\s+)?)"
                                r"(?:(?:norsk|nordisk|europeisk)\s+(?:mester|meister)|norgesmester|norgesmeister|noregsmeister|europamester|"
                                r"europameister|verdensmester|verdsmeister|olympisk\s+mester|olympisk\s+meister)(?:e|ar)?(?![\w])", regex.I),
         lambda m: 1),
        # "tok NM-tittelen", "henta heim KM-tittelen", "sikret seg tittelen": a championship title taken (not "NM-titler
        # fra 2015", a count; not "på veien mot NM-tittel", an aim)
        ("title_taken", regex.compile(r"(?<=\b(?:tok|tatt|vant|vann|henta|hentet|sikret|sikra|forsvarte|forsvarde)\s+(?:(?:heim|hjem|seg|med\s+seg)\s+)?)"
                                      r"(?:\p{Lu}{2,3}-)?tittelen(?![\w])", regex.I), lambda m: 1),
        ("role", regex.compile(rf"(?<![\w])(?P<n>{alternation(roles)})(?:en)?(?![\w])", regex.I),
         lambda m: roles[m["n"].lower()]),
        ("finisher", regex.compile(rf"(?<![\w])(?P<n>{ordn})\s?(?:{finishers})(?:en|a)?(?![\w])", regex.I),
         lambda m: number_words()[1][m["n"].lower()]),
        # "A og B ble klare vinnere", "mestrene heter henholdsvis A og B": the winners of two races, each named
        ("winners", regex.compile(r"(?<![\w])(?:vinnere|vinnarar|vinnerne|vinnarane|(?:norges|noregs)?(?:mestrene|meistrane))(?![\w])", regex.I),
         lambda m: 1),
        # "tok den siste pallplassen", "siste pall-plassen", "den tredje pallplassen": third (not "sin andre pallplass", a count)
        ("podium", regex.compile(rf"(?<![\w])(?:(?:den\s+)?siste|den\s+(?P<n>første|andre|tredje|fyrste))\s+pall-?plassen(?![\w])", regex.I),
         lambda m: number_words()[1][m["n"].lower()] if m["n"] else 3),
        ("medal_winner", regex.compile(r"(?<![\w])(?:gull|sølv|bronse)(?:medalje)?(?:vinner|vinnar|medaljør)(?:en|ar|aren|e|ne|ane)?(?![\w])", regex.I),
         lambda m: {"g": 1, "s": 2, "b": 3}[m.group()[0].lower()]),
        # "ble tredje", "endte femte i finalen", "vart fjerde med 48,91": a bare ordinal after a finishing verb,
        # not "ble andre nordmann", "kom tredje gang" (a noun follows)
        ("ordinal", regex.compile(rf"(?<=\b(?:ble|blei|vart|endte|enda|kom|havnet|hamnet|hamna|inn\s+som|i\s+mål\s+som)\s+(?:som\s+)?"
                                  rf"(?:bare\s+|berre\s+|kun\s+|knapt\s+)?)(?P<n>{ordn})(?=\s*(?:[.,;:!?)]|$)|\s+(?:på|i|med|bak|etter|foran|framfor|"
                                  r"og|til|av|over|under|for|da|denne|dette|fredag|lørdag|søndag|laurdag|sundag)\b)", regex.I),
         lambda m: number_words()[1][m["n"].lower()]),
        ("best", regex.compile(rf"(?<=\b(?:var|ble|blei|vart|blir)\s+(?:(?:aller|klart|suverent|også|òg)\s+){{0,2}})(?:best|raskest|raskast|sterkest|"
                               r"(?:raskeste|raskaste)\s+(?:kvinne|dame|mann|herreløper)|"
                               rf"(?P<rank>nest|{ordn})\s+(?:best|beste|raskest|raskeste|raskaste)(?:\s+(?:kvinne|dame|mann|herreløper))?)(?![\w])", regex.I),
         lambda m: _best_rank(m["rank"])),
        # "Nærmest fulgte X", "Nærmest kom tyskeren X" (passive: the name after), "X fulgte nærmest": the one
        # nearest the winner is second (not "Nærmest X kom Y": nearest to X; not "var nærmest sensasjonelt")
        ("runner_up", regex.compile(r"(?<![\w])(?:(?:nærmest|nærmast|nærast)\s+(?:fulgte|fulge|følgde|følgje|kom)(?=\s+(?:\p{Ll}+\s+){0,2}\p{Lu})"
                                    r"|(?<=\b(?:fulgte|følgde|følgjer|følger|kom)\s+)(?:nærmest|nærmast|nærast)(?=\s*(?:[.,;:!?(]|$|\s+(?:med|mens|medan|og|på|i)\b)))(?![\w])", regex.I),
         lambda m: 2),
        ("best_named", regex.compile(rf"(?<![\w])(?:(?P<rank>aller|nest|{ordn})\s+)?(?:best|raskest|raskast|sterkest|"
                                     r"(?:beste|raskeste|raskaste)(?:\s+(?:kvinne|dame|mann|herre\w*|jente|gutt))?)"
                                     r"(?=(?:\s+(?:i|på|av|blant)\s+\S+(?:\s+\S+){0,3})?\s+(?:var|vart|ble|blei)\s+\p{Lu}\p{Ll})", regex.I),
         lambda m: _best_rank(m["rank"])),
    )


def _best_rank(rank: str | None) -> int:
    """ "Raskast var X", "Aller best var X" = 1; "Nest best vart X" = 2; "Tredje beste dame vart X" = 3."""
    if rank is None or rank.lower() == "aller":
        return 1
    return 2 if rank.lower() == "nest" else number_words()[1][rank.lower()]


def _coordinated(text: str, end: int, info: dict) -> list[Mention]:
    """The further numbers of "nummer 4 og 7" / "nr. 45, 47 og 50" after the first."""
    out = []
    while (m := _coordinated_after().match(text, end)) is not None:
        n = int(m["n"]) if m["n"].isdigit() else number_words()[0][m["n"].lower()]
        out.append(Mention("placing", m.start("n"), m.end("n"), m["n"], n,
                           {"form": "number", "tie": info["tie"], "coordinated": True}))
        end = m.end()
    return out


# "ble klare vinnere", "mestrene der heter henholdsvis A og B" (not "Ingen av vinnerne", "de samme vinnerne i år")
_WINNERS_SAID_BEFORE = regex.compile(r"\b(?:ble|blei|vart|er|var)\s+(?:\p{Ll}+\s+){0,2}$", regex.I)
_SAME_BEFORE = regex.compile(r"\b(?:samme|same)\s+$", regex.I)
_WINNERS_NAMED_AFTER = regex.compile(r"^\s+(?:[\p{Ll}\d]+\s+){0,3}(?:ble|blei|vart|er|var|heter|het|heiter)\s+(?:henholdsvis\s+|høvesvis\s+)?(?-i:\p{Lu})", regex.I)


# "over et sekund opp til førsteplassen", "to sekund frå fjerdeplassen", "rett bak førsteplassen": how far from a place
_SHORT_OF_BEFORE = regex.compile(r"(?:\b(?:sekund\w*|sek|hundredel\w*|tidel\w*|minutt\w*|meter|cm|centimeter|poeng)\s+(?:opp\s+til|fra|frå|unna|bak|etter)"
                                 r"|\brett\s+bak|\bavstand(?:en)?\s+(?:opp\s+)?til)\s+$", regex.I)


def _not_a_race_place(form: str, words: str, before: str, after: str) -> bool:
    """Standings, rankings, career counts, medals fought for, start orders and medal titles."""
    if form in ("word_place", "ordinal_place", "medal_place") and _SHORT_OF_BEFORE.search(before):
        return True
    if form == "winners":
        return bool(_SAME_BEFORE.search(before)) or not (_WINNERS_SAID_BEFORE.search(before) or _WINNERS_NAMED_AFTER.match(after))
    if _STANDING_AFTER.match(after) or _STANDING_BEFORE.search(before):
        return True
    if form in ("number", "word_place", "ordinal_place", "medal_place") and _RANKING_AFTER.match(after):
        return True
    if form == "number" and (_RANKING_BEFORE.search(before) or _COUNTED_BEFORE.search(before)
                             or (_OTHERS_PLACE_BEFORE.search(before) and not _OTHER_NAMED_AFTER.match(after))):
        return True
    if form == "medal" and _MEDAL_CONTEST_BEFORE.search(before):
        return True
    if form == "finisher" and (_START_ORDER_BEFORE.search(before) or _THRESHOLD_AFTER.match(after)):
        return True
    if form == "medal_winner":        # "Bronsevinneren fra Tokyo-OL", "foran sølvvinneren": a title, or someone else
        return not (_PREDICATIVE_BEFORE.search(before) or _APPOSITION_AFTER.match(after))
    if form == "best_named" and _PLACE_OF_THE_BEST.search(after):
        return True
    return form in ("best", "best_named") and bool(_BEST_OF_GROUP_AFTER.match(after))


# The forms whose matches open with an ordinal ("tredjemann", "ble tredje") or a word of "best" ("nest
# best", "Raskast var"): the engine tries their alternations at every word of a text, but finds each of
# these words alone fast, so they are found first and the forms asked only where one stands.
_OPENED = frozenset({"finisher", "ordinal", "best", "best_named"})
_OPENERS = ("aller", "nest", "best", "rask", "sterk")


@lru_cache(maxsize=1)
def _opener_patterns():
    return [regex.compile(rf"(?<![\w]){regex.escape(w)}", regex.I) for w in sorted(number_words()[1]) + list(_OPENERS)]


# "A vart nummer to, medan B følgde deretter", "C endte på 15.-plassen. D fulgte på plassen bak", "E vant. Rett bak
# fulgte F": the place after the one just told (not "Like bak følger A, B, C": a standing on the way; not "fulgte
# like bak på tredjeplass": the place is said)
_FOLLOWER = regex.compile(r"(?<![\w])(?:(?:fulgte|følgde|følgte)\s+(?:deretter|derefter|på\s+plassen\s+(?:bak|etter))(?=\s*(?:[.,;:!?]|$|\s+(?:og|mens|medan)\b))"
                          r"|(?:fulgte|følgde|følgte)\s+(?:rett|like|tett)\s+bak(?!\s+(?:\S+\s+){0,3}\S*plass)"
                          r"|(?P<passive>(?:rett|like|tett)\s+bak\s+(?:fulgte|følgde|følgte))(?=\s+(?:\p{Ll}+\s+){0,2}\p{Lu}))(?![\w])", regex.I)
# where a sentence starts: the place just told must be in the follower's sentence or the one before it
_SENTENCE_START = regex.compile(r"(?:[.!?]\s+|\n)(?=[\p{Lu}\d«–-])")


def _followers(text: str, placed: list[Mention]) -> list[Mention]:
    """The followers of the place told last before them, in their sentence or the sentence before."""
    out = []
    for m in _FOLLOWER.finditer(text):
        reach = max(0, m.start() - 400)
        starts = [b.end() for b in _SENTENCE_START.finditer(text, reach, m.start())]
        since = starts[-2] if len(starts) >= 2 else (reach if reach == 0 or not starts else None)
        if since is None:
            continue
        told = [p for p in placed if since <= p.start and p.end <= m.start()]
        if told and not told[-1].info.get("tie") and told[-1].info.get("form") != "follower":
            out.append(Mention("placing", m.start(), m.end(), m.group(), told[-1].value + 1,
                               {"form": "follower", "tie": False, "passive": bool(m["passive"])}))
    return out


def find_placings(text: str) -> list[Mention]:
    out = []
    openers = None
    for form, pattern, value in _patterns():
        if form in _OPENED:
            openers = starts_of(_opener_patterns(), text) if openers is None else openers
        for m in finditer_at(pattern, text, openers) if form in _OPENED else pattern.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            after = text[m.end():m.end() + 80]
            if _HALFWAY_BEFORE.search(before) or _HALFWAY_AFTER.match(after) \
                    or _HALFWAY_CLAUSE.search(text, max(0, m.start() - 90), m.start()) \
                    or (form not in ("medal", "medal_place", "title", "title_taken") and _CLASS_AFTER.match(after)):
                continue            # a medal or title in an age class is a championship result: "sølv i U23-klassen", "norgesmester i sin klasse"
            if form == "win" and _WINNER_ROLE.match(m.group()) and _WINNER_AS_OBJECT.search(before) and not _NAME_AFTER.match(after):
                continue            # "bak vinnaren.": someone else, unnamed
            if form == "win" and _MEDAL_AFTER.match(after):
                continue            # "vant sølv på 200m": the medal says the place
            if form == "win" and (_CONTEST_BEFORE.search(before) or (m.group().lower() == "seier" and _SAID_BEFORE.search(before))):
                continue
            if form in ("win", "medal") and _SEASON_AFTER.match(after):
                continue            # "vant sprintcupen", "gikk til topps sammenlagt": a season, not a race
            if _not_a_race_place(form, m.group(), before, after) or (_LOST_AFTER.match(after) and not _GOES_TO_AFTER.match(after)):
                continue
            info = {"form": form, "tie": form == "winners" or bool(_TIE_BEFORE.search(before))}
            behind = _BEHIND_AFTER.match(after) if form in ("number", "word_place", "ordinal_place", "medal_place", "role", "medal") else None
            if behind:
                info["behind_at"] = m.end() + behind.end()
            if (form == "win" and m.group().lower().startswith("vunne")) or _GOES_TO_AFTER.match(after) \
                    or ((_WINNER_ROLE.match(m.group()) or _WINNER_NOUN.match(m.group()))
                        and _NAME_AFTER.match(after)) \
                    or (form in ("finisher", "medal_winner") and _APPOSITION_AFTER.match(after)) or form == "best_named" \
                    or (form == "win" and "seier" in m.group().lower() and _WINNER_AFTER.match(after)) \
                    or (form == "medal" and _MEDAL_TO_AFTER.match(after)) \
                    or (form == "number" and _OTHERS_PLACE_BEFORE.search(before)) \
                    or (form == "runner_up" and " " in m.group()):
                info["passive"] = True      # "vunnet av X", "gullet gikk til X": X is the one placed
            out.append(Mention("placing", m.start(), m.end(), m.group(), value(m), info))
            if form == "number":
                out.extend(_coordinated(text, m.end(), info))
    for m in _word_list().finditer(text):
        out.append(Mention("placing", m.start(), m.end(), m.group(), number_words()[1][m["n"].lower()],
                           {"form": "word_place", "tie": False, "coordinated": True}))
    for m in _ORDINAL_LIST.finditer(text):
        out.append(Mention("placing", m.start(), m.end(), m.group(), int(m["n"]),
                           {"form": "ordinal_place", "tie": False, "coordinated": True}))
    out.sort(key=lambda x: x.start)
    followers = _followers(text, out)
    return sorted(out + followers, key=lambda x: x.start) if followers else out
