"""Tests for extractor.language (texts written for these tests, not taken from any corpus)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import language
from extractor.language import CODES, LanguageGuess, detect_language

CASES = [
    # --- Bokmål
    ("nb", "Karsten Warholm vant 400 meter hekk på Bislett og satte ny norsk rekord med 46,70."),
    ("nb", "Jeg er veldig fornøyd med løpet i dag, sier Jakob Ingebrigtsen etter seieren på 1500 meter."),
    ("nb", "Hun ble nummer tre i finalen, bare to hundredeler bak vinneren fra Kenya."),
    ("nb", "Det var ikke noe å si på innsatsen, men tiden ble ikke god nok til å nå finalen i mesterskapet."),
    ("nb", "Løperen fra Tjalve tok NM-gull på 10 000 meter etter en sterk avslutning på siste runde."),
    # Bokmål that looks Danish on the surface (hun, ikke, fra, sekunder)
    ("nb", "Hun kom ikke til start i fjor, men i år vant hun klart, over ti sekunder foran nummer to."),
    # minimal pair with the Danish case below: vant/ble/etter vs vandt/blev/efter
    ("nb", "Hun vant løpet og ble nummer én etter en tøff spurt mot slutten."),
    # --- Nynorsk
    ("nn", "Ho vann 800 meter på heimebane og sette ny personleg rekord med over eitt sekund."),
    ("nn", "Eg er berre glad for at det gjekk så bra i dag, seier Sondre etter løpet."),
    ("nn", "Det vart ikkje medalje for laget frå Voss, men dei fekk ein fin fjerdeplass i stafetten."),
    ("nn", "Ho kom heim frå meisterskapet med to gull og eitt sølv, og no ventar ho på NM i juni."),
    ("nn", "Kva tid han spring neste gong er ikkje klart, men han har vore skadd sidan i vår."),
    # --- Danish, including the hard vandt/blev/efter cases
    ("da", "Hun vandt løbet og blev nummer et efter en hård spurt mod slutningen."),
    ("da", "Hun vandt løbet i ny dansk rekord og blev hyldet af publikum efter målstregen."),
    ("da", "Han blev nummer to efter et hårdt opløb, kun et sekund efter vinderen."),
    ("da", "Det var en fantastisk dag for mig, siger den danske løber efter sejren i Aarhus."),
    ("da", "Efter første omgang havde holdet en stor føring, og de vandt til sidst med tre point."),
    ("da", "Hun løb de sidste hundrede meter meget hurtigt og tog guld foran to svenskere."),
    # --- Swedish
    ("sv", "Hon vann loppet på nytt svenskt rekord och blev firad av publiken efter målgången."),
    ("sv", "Armand Duplantis hoppade över sex meter och tog guld i stavhopp på Stadion i Stockholm."),
    ("sv", "Jag är jättenöjd med säsongen, säger hon efter segern i finalen på 400 meter."),
    ("sv", "Det blev ingen medalj för det svenska laget i stafetten, men de sprang bra ändå."),
    # --- English
    ("en", "Warholm won the 400 metres hurdles in a new world record and said he was very happy."),
    ("en", "She finished third in the final, two hundredths behind the winner from Kenya."),
    ("en", "The Norwegian runner broke the European record at the Diamond League meeting in Oslo."),
    ("en", "After a slow start, the team took the lead on the last lap and held on to win the relay."),
]


@pytest.mark.parametrize("expected,text", CASES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(CASES)])
def test_short_sports_sentences(expected: str, text: str) -> None:
    guess = detect_language(text)
    assert guess.code == expected, guess
    assert 0.0 <= guess.confidence <= 1.0


def test_case_table_has_enough_of_each_language() -> None:
    counts = {code: sum(1 for c, _ in CASES if c == code) for code in ("nb", "nn", "sv", "da", "en")}
    assert all(n >= 4 for n in counts.values()), counts


def test_bokmal_article_with_swedish_quote_is_bokmal() -> None:
    text = (
        "Den svenske sprinteren var overrasket etter seieren på 200 meter på Bislett i går kveld.\n"
        "– Jag trodde inte att jag skulle vinna i dag, det var helt otroligt, sa han etter løpet.\n"
        "Han løp inn til 20,45 og var nesten tre tideler foran nummer to. Neste uke skal han "
        "delta i et stevne i Bergen, før han reiser videre til mesterskapet i Tyskland."
    )
    guess = detect_language(text)
    assert guess.code == "nb", guess


def test_nynorsk_article_with_bokmal_quote_is_nynorsk() -> None:
    text = (
        "Løparen frå Sogndal var nøgd etter at ho vart nummer to i det nasjonale meisterskapet.\n"
        "– Jeg er veldig glad, sa ho til avisa etter løpet.\n"
        "Ho har trena mykje i vinter, og no håpar ho å kome med på landslaget. Det er berre "
        "to veker til neste stemne, og då vil ho prøve seg på 5000 meter for fyrste gong."
    )
    guess = detect_language(text)
    assert guess.code == "nn", guess


def test_result_list_with_few_words_is_norwegian() -> None:
    text = (
        "100 m menn:\n"
        "1) Ola Nordmann, Tjalve IL 10,45\n"
        "2) Per Hansen, Gneist 10,51\n"
        "3) Lars Berg, Stord IL 10,60\n"
        "Høyde kvinner: 1) Kari Lie, Bækkelaget 1,78"
    )
    guess = detect_language(text)
    assert guess.code == "nb", guess
    assert guess.confidence <= 0.5  # little language evidence: low confidence


def test_numbers_and_table_junk_do_not_change_the_verdict() -> None:
    base = "Hun vant finalen på 800 meter i Oslo og satte ny personlig rekord."
    junk = "| 1 | 1:58,34 | +0,12 | ||| 2023-06-15 | https://example.org/a?b=1 |\n"
    assert detect_language(base).code == "nb"
    assert detect_language(junk + base + "\n" + junk).code == "nb"


@pytest.mark.parametrize("text", ["", "   ", "12,34 10.01 2:03,45", "| --- | --- |", "Usain Bolt"])
def test_empty_or_non_norwegian_short_text_is_other_with_low_confidence(text: str) -> None:
    guess = detect_language(text)
    assert guess.code == "other", guess
    assert guess.confidence <= 0.2


@pytest.mark.parametrize(
    "text,expected",
    [("Ho vann!", "nn"), ("Eg vann.", "nn"), ("Jeg vant!", "nb"), ("NM-gull til Tjalve IL", "nb")],
)
def test_very_short_text_with_norwegian_markers_is_norwegian_with_low_confidence(text: str, expected: str) -> None:
    guess = detect_language(text)
    assert guess.code == expected, guess
    assert guess.confidence <= 0.5


def test_names_are_not_taken_for_marker_words() -> None:
    # "Ho" and "Berre" are Nynorsk words but also names; mid-sentence capitals do not count
    text = "Jeg synes løpet til Chi Ho og Ola Berre var veldig bra i dag, sier treneren."
    assert detect_language(text).code == "nb"


def test_german_text_is_other() -> None:
    guess = detect_language("Die Läuferin gewann das Rennen über 1500 Meter mit einem neuen deutschen Rekord.")
    assert guess.code == "other", guess


def test_guess_is_a_frozen_dataclass_with_a_reason() -> None:
    guess = detect_language("Hun vant løpet på ny norsk rekord.")
    assert isinstance(guess, LanguageGuess)
    assert guess.code in CODES
    assert isinstance(guess.reason, str) and guess.reason
    with pytest.raises(dataclasses.FrozenInstanceError):
        guess.code = "en"  # type: ignore[misc]


def test_marker_file_loads_and_nb_nn_lists_do_not_overlap() -> None:
    lower, exact = language.load_markers()
    lists = {}
    for table in (lower, exact):
        for word, langs in table.items():
            for lang in langs:
                lists.setdefault(lang, set()).add(word)
    assert set(lists) == {"nb", "nn", "no", "da", "sv", "en"}
    assert {"ikkje", "eg", "ho", "kva", "frå", "vart", "noko", "berre", "meir", "òg"} <= lists["nn"]
    assert {"ikke", "jeg", "hun", "hva", "fra", "ble", "noe", "bare", "mer"} <= lists["nb"]
    assert not lists["nb"] & lists["nn"]
    # da/sv/en markers must not be Norwegian words of either standard
    assert not (lists["da"] | lists["sv"] | lists["en"]) & (lists["nb"] | lists["nn"] | lists["no"])


def test_detector_is_built_once() -> None:
    detect_language("Hun vant løpet på ny norsk rekord i går kveld.")
    first = language._get_detector()
    detect_language("Han vann løpet på ny norsk rekord i går kveld.")
    assert language._get_detector() is first


LONG_NB = ("Karsten Warholm vant 400 meter hekk på Bislett. Han var ikke fornøyd med tiden, men seieren var viktig. "
           "Etter løpet sa han at det ble en tøff kveld, og at han skal løpe igjen neste uke.")
LONG_NN = ("Karsten Warholm vann 400 meter hekk på Bislett. Han var ikkje nøgd med tida, men sigeren var viktig. "
           "Etter løpet sa han at det vart ein tøff kveld, og at han skal springe igjen neste veke.")


@pytest.mark.parametrize("text, expected", [(LONG_NB, "nb"), (LONG_NN, "nn")])
def test_many_markers_decide_without_lingua(text: str, expected: str, monkeypatch) -> None:
    monkeypatch.setattr(language, "_lingua_probs", lambda cleaned: pytest.fail("lingua asked"))
    guess = detect_language(text)
    assert guess.code == expected and guess.reason.startswith("markers decide") and 0.5 < guess.confidence <= 1


@pytest.mark.parametrize("text", [LONG_NB, LONG_NN, LONG_NB + " Hon vann loppet.", " ".join(LONG_NB.split()[:12]),
                                  "Ho vann og han vant, ikkje ikke, berre bare, eg jeg."] + [t for _, t in CASES])
def test_the_marker_shortcut_gives_the_full_decisions_code(text: str) -> None:
    assert detect_language(text).code == detect_language(text, shortcut=False).code


def test_foreign_markers_near_the_norwegian_vote_or_a_close_nb_nn_lean_ask_lingua(monkeypatch) -> None:
    asked = []
    real = language._lingua_probs
    monkeypatch.setattr(language, "_lingua_probs", lambda cleaned: asked.append(cleaned) or real(cleaned))
    detect_language(LONG_NB + " Hon vann loppet och blev glad.")           # four Swedish markers
    detect_language(LONG_NB + " Och hon blev glad.")                       # three
    detect_language("Ho vann og han vant, ikkje ikke, berre bare, eg jeg, ho hun, vart ble.")   # nb = nn
    assert len(asked) == 3


# a Norwegian report names Sweden or Denmark, quotes a word of English: one or two foreign markers
FEW_FOREIGN = [LONG_NB + " Hun slo en løper fra Sverige.", LONG_NN + " Ho slo ei frå Danmark og ei frå Sverige.",
               LONG_NB + " Han kalte det «the best race» etterpå."]


@pytest.mark.parametrize("text", FEW_FOREIGN)
def test_a_few_foreign_markers_far_behind_a_full_norwegian_vote_leave_lingua_out(text: str, monkeypatch) -> None:
    expected = detect_language(text, shortcut=False).code
    monkeypatch.setattr(language, "_lingua_probs", lambda cleaned: pytest.fail("lingua asked"))
    assert detect_language(text).code == expected


def test_the_marker_shortcut_changes_no_corpus_articles_language() -> None:
    from pathlib import Path
    from extractor.normalise import normalise
    texts = [normalise(p.read_text(encoding="utf-8")).text
             for p in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))]
    shortcut = [t for t in texts if detect_language(t).reason.startswith("markers decide")]
    assert len(shortcut) > len(texts) // 3            # the shortcut is taken, or it saves nothing
    assert [detect_language(t).code for t in shortcut] == [detect_language(t, shortcut=False).code for t in shortcut]


def _tokens_by_walking_back(text: str) -> list[tuple[str, bool]]:
    out = []
    for m in language._WORD_RE.finditer(text):
        i = m.start() - 1
        while i >= 0 and text[i] in " \t\r\u00a0":
            i -= 1
        out.append((m.group(), i < 0 or text[i] in language._SENT_START_CHARS))
    return out


@pytest.mark.parametrize("text, expected", [
    ("Ho vann. Han vant", [("Ho", True), ("vann", False), ("Han", True), ("vant", False)]),
    ("  \tBerre", [("Berre", True)]),
    ("3 Ho", [("Ho", False)]),
    ("rock'n'roll", [("rock'n", True), ("roll", True)]),
    ("– Eg\n vann", [("Eg", True), ("vann", True)]),
])
def test_word_tokens_and_sentence_starts(text, expected):
    assert language._tokens(text) == expected == _tokens_by_walking_back(text)


@given(st.text(st.sampled_from("ab Æ.!?:;–—-\"«»“”'(\n\t\r\u00a03_’,xY"), max_size=40))
@settings(max_examples=500, deadline=None)
def test_word_tokens_as_walking_back_from_each_word(text):
    assert language._tokens(text) == _tokens_by_walking_back(text)
