"""Institutions and small places named by the slot they fill (issue 10, session 21, orgs21).

Why: on lines ASR wrote without capitals an institution said with a definite common noun
(``jobba på stabburet``, ``fikk mat fra matsentralen``, ``lærer på kunsthøgskolen``), a club
named by an everyday word (``spilte fotball i jerv``) or a farm name said as a definite noun
(``kjøre til åsen``) has nothing that sets it apart from ``på kjøkkenet``, ``i gata``, ``til
byen`` — except the slot it stands in. These were the main silent leaks of the lower-cased
development sets (a name neither replaced nor flagged). The slot decides:

* Norwegian, lower-case lines: after a verb or noun of work, admission, schooling,
  membership (``jobba``, ``ansatt``, ``innlagt``, ``gikk``, ``medlem``) and ``på``/``i``/
  ``hos``, or of receiving (``fikk``, ``hjelp``) and ``fra``, a definite noun that is no
  everyday destination (``skolen``, ``butikken``, ``sykehuset`` …) is **flagged** as an
  organisation; a compound on a head that names one (``-sentralen``, ``-stiftelsen``,
  ``-foreningen`` …) that Ordbank does not list as a whole (``matsentralen``,
  ``boligstiftelsen``; listed compounds such as ``ungdomsskolen`` are generic kinds, and
  unlisted ``-senteret``/``-tjenesten`` compounds often are: ``raftingsenteret``) is
  **replaced**. ``var/lå på X i tre uker`` counts as admission. After a work word a bare
  indefinite word (``jobba på spar``) is flagged too; after a cue of receiving and ``fra`` a
  verb's infinitive (``fikk hjelp fra leve``: help comes from no verb) is flagged (lcnb22).
* A club after a sport: ``spilte fotball i jerv``, ``trente håndball på lyn`` → the
  club (``for`` is :mod:`.lower_institutions`'); not ``i gata``, ``i fjor``, ``i ti år``.
* A care team named after its area: ``FACT Lindesnes``, ``bup sandnessjøen`` (a listed place
  after ``FACT``/``ACT``/``BUP``/``VOP``).
* Wards named by a word or a wing letter on a lower-case line (``på post furu``,
  ``akuttpost b``); ``krisesenteret i X`` with a place no list knows; ``i hele`` + a definite
  place form (``kjent i hele gauldalen``).
* Owners: after a place noun and ``til`` (``slakteriet til gilde``, ``hospitset til
  fyrlykta``) or before ``sitt`` + a place noun (``frikirken sitt hospits``): shown, replaced
  when no list knows the word; people (kinship words, names, role nouns) are not owners.
  After ``jobba``/``kjørte buss`` and ``for`` the employer (``jobba for posten``) is shown.
* Norwegian farm and hamlet names that are definite landform nouns (``åsen``, ``haugen``,
  ``moen``) after a verb of motion and ``til``/``fra`` on a lower-case line → flagged place.

Flags survive only where nothing is replaced, so a word another layer already replaces
costs nothing. English slots: :mod:`.english_slots`; employers as subjects:
:mod:`.employer_subjects`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION, ORGANIZATION
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._place_words import NB_PLACE_TAILS
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities, word_class_forms

SCORE = 0.6
SCORE_FLAG = 0.3  # pattern layer: below 0.4 is a flag of its type
SCORE_TEAM_AREA = 0.8
# How many words back a slot cue may stand before the preposition ("jobba jo på", "var
# lærer der på").
CUE_WINDOW = 4

# Norwegian slot cues before på/i/hos/ved: work, admission, schooling, membership.
_NB_PLACE_CUES = word_set(
    """
    jobb jobba jobbe jobber jobbet jobbet jobbar jobbær arbeid arbeida arbeide arbeider
    arbeidet arbeidde ansatt ansatte tilsatt frivillig frivillige praksis praksisplass
    utplassert lærling lærer lærar sjef leder vikar vikariat sjåfør miljøterapeut sykepleier
    sjukepleiar terapeut overlege psykolog assistent renholder kokk vaskehjelp ekstrahjelp
    sommerjobb deltid heltid innlagt innlegga innlagd plass opphold behandling elev student
    studerte studert studere gikk går gått gjekk begynte begynt slutta sluttet medlem
    kontaktperson kontaktpersonen miljøarbeider ansettelse jobben arbeidsplassen
    praksisen lærlingplass
    """
)
# Work words proper: after these a bare indefinite word is a workplace too ("jobba på spar").
_NB_WORK_CUES = word_set(
    """
    jobb jobba jobbe jobber jobbet jobbar arbeida arbeide arbeider arbeidet arbeidde ansatt
    tilsatt frivillig praksisplass utplassert lærling sommerjobb ekstrahjelp
    """
)
# Cues of receiving before "fra".
_NB_FROM_CUES = word_set(
    """
    fikk får fått hjelp hjelpa hjelpen mat matkasse matposer støtte penger sparken oppsagt
    permittert brev advokathjelp bistand
    """
)
# Verbs of staying: the slot only with a duration after the name ("var på X i tre uker").
_NB_STAY = word_set("var vært lå ligget satt bodde bodd sov")
_NB_DURATION_NUMBERS = word_set(
    "en ei et ett to tre fire fem seks sju syv åtte ni ti elleve tolv fjorten mange noen "
    "flere par halvt halvannet"
)
_NB_DURATION_UNITS = word_set(
    "dag dager døgn uke uker uka måned måneder måneden år året vinter vinteren sommer "
    "sommeren periode"
)
_NB_PREPS = word_set("på i hos ved")
# Everyday places, rooms, things and people a definite noun after those cues usually is.
_NB_STOP = word_set(
    """
    skolen skola skulen sykehuset sjukehuset sykehjemmet sjukeheimen legevakta legevakten
    legekontoret kontoret kontora jobben jobb arbeidet butikken butikkene fabrikken lageret
    kjøkkenet kjøkkenet verkstedet gården garden gardene hotellet senteret kjøpesenteret
    avdelinga avdelingen rommet rommene huset hytta hytten byen landet sjøen fjellet
    kirka kirken kyrkja ungdomsskolen ungdomsskulen barneskolen barneskulen barnehagen
    barnehagane videregående universitetet høgskolen høyskolen gata gaten stasjonen
    togstasjonen bussen toget båten båten flyet kommunen politiet apoteket biblioteket
    badet do doen toalettet senga sengen stua stuen kafeen kaféen restauranten puben baren
    festen ferie ferien turen tur besøk besøket møtet møter kurset kurs kveldene kvelden
    dagen dagene natta natten morgenen helga helgen helgene ettermiddagen ettermiddagene
    vinteren sommeren høsten våren året åra årene uka uken tida tiden starten slutten
    begynnelsen byggeplassen anlegget brakka basen leiren mottaket asylmottaket
    dagsenteret aktivitetssenteret treningssenteret helsestasjonen legesenteret
    helsesenteret sykestua psykiatrien barnevernet akutten akuttmottaket akuttposten
    skjermingen skjerma lukka lukket åpne åpen internatet internat hybelen leiligheten
    leilighetene blokka blokken nabolaget feltet plassen torget kaia kaien havna hamna
    brygga fjøset låven stallen skogen marka hagen parken stranda banen fotballbanen
    ballbingen gymsalen klasserommet klassen klassene linja linjen studiet studiene
    bachelor master forelesningene eksamen eksamenen timen timene time timer
    venterommet vaktrommet pauserommet personalrommet kantina kantinen resepsjonen
    sentralen sentrum mottaket nav lensmannskontoret fengselet cella
    laget klubben foreningen menigheten koret korpset bandet gjengen miljøet
    gruppa gruppen gruppene teamet avdelingene postene enheten enhetene
    ungene barna folka folk pasientene de andre
    """
)
# Definite heads of an institution compound ("mat|sentralen", "bolig|stiftelsen").
_NB_INSTITUTION_HEADS = tuple(
    word_set(
        """
        senteret sentret sentralen skolen skulen høgskolen høyskolen hjemmet heimen huset
        stiftelsen kirken kirka kyrkja seksjonen verket klinikken hospitalet foreningen
        forbundet meieriet bakeriet verftet mottaket juristen tjenesten tenesta kollektivet
        tunet
        """
    )
)
# Heads whose unlisted compounds are proper names rather than kinds of business
# ("matsentralen", "boligstiftelsen"; "raftingsenteret", "besøkstjenesten" are kinds: shown).
_NB_NAMED_HEADS = word_set(
    "sentralen stiftelsen juristen hospitalet kollektivet foreningen forbundet verftet klinikken"
)
# Role and person nouns in the definite form: people, not places ("fikk hjelp fra naboen").
_NB_PERSON_ENDINGS = (
    "eren", "øren", "isten", "logen", "legen", "mannen", "kona", "dama", "damen", "gutten",
    "jenta", "ungen", "ungene", "vennen", "venninna", "kameraten", "naboen", "sjefen",
    "treneren", "presten", "tanta", "onkelen", "broren", "søstera", "faren", "mora", "moren",
    "kjæresten", "terapeuten", "lederen", "personalet", "folka",
)  # fmt: skip
NB_DEFINITE_ENDINGS = ("en", "et", "a", "ene", "na", "ane")
# An indefinite word after a work cue that names no workplace ("jobba på dagtid").
_NB_WORK_STOP = word_set(
    """
    dagtid kveldstid nattestid natt natta skift turnus deltid heltid timebasis timelønn
    butikk lager kontor fabrikk verksted gård båt sjøen land hotell kafé kafe restaurant
    sykehus sjukehus sykehjem skole barnehage senter anlegg byggeplass bensinstasjon
    kjøkken kjøkkenet vakt vakter helg helgene fulltid full prosjekt prosjekter ordinær
    ordinært vanlig vanlige spesial videregående psykiatrisk somatisk akutt lukket åpen
    samme forskjellige ulike flere mange noe noen annet andre lag utlandet lenge
    """
)
# Driving for a company ("kjørte buss for skyss", "kjører for tide").
_NB_DRIVE = word_set("kjørte kjører kjøre kjørt kjøyrde kjører buss drosje taxi trailer lastebil")
_NB_SPORT_VERBS = word_set("spilte spilt spiller spille spelte spela spelar trente trener trent")
_SPORTS = word_set(
    """
    fotball håndball handball ishockey hockey bandy basket basketball volleyball innebandy
    hurling camogie football soccer rugby gaelic netball hockey cricket basketball
    """
)
# What follows "spilte fotball i" that is no club.
_NOT_CLUBS = word_set(
    """
    fjor år året årevis timevis tillegg lag laget gata gaten hagen parken friminuttet
    regnet snøen mørket skolegården ballbingen gymmen gymsalen helgene helga barndommen
    ungdommen oppveksten mange flere noen ti to tre fire fem seks sju åtte ni en ei et
    hours years ages the a an my his her our their school college
    """
)
_TEAM_HEADS = re.compile(
    r"(?<![\w-])(?:fact|act|bup|vop)(?:-?team(?:et)?)? (?P<place>[^\W\d_][\w-]*)",
    re.IGNORECASE,
)
# Kinds whose official name is "<kind> i <place>"; on a lower-case line the place may be one
# no list knows, which the truecaser does not capitalise (org_shapes takes capitalised ones).
_KIND_IN_LOWER_PLACE = re.compile(
    r"(?<![\w-])(?:krisesenteret|krisesentret|universitetet|høgskolen|høgskulen|høyskolen|"
    r"bymisjonen|fontenehuset) i (?P<place>[a-zæøå][\w-]+)"
)
# The one-letter places ("på å i lofoten", "fra ø i lofoten"): after a place preposition and
# before "i" + a listed place, "å" is no infinitive marker.
_ONE_LETTER_PLACE = re.compile(
    r"(?<![\w-])(?:på|fra|til) (?P<x>[åø]) i (?P<place>[^\W\d_][\w-]*)", re.IGNORECASE
)
# A ward named by a word or a wing letter on a lower-case line ("på post furu", "til
# akuttpost b"; capitalised "på post Gimle" is gazetteer_institution's).
_LOWER_WARD = re.compile(
    r"(?<![\w-])(?:på|til|fra|ved|i) (?P<ward>(?:senge|akutt|døgn)?post "
    r"(?P<word>[a-zæøå][\wæøå-]*))(?![\w-])"
)
_NOT_WARD_NAMES = word_set("og eller som der her nå da igjen også med til fra")
# Nouns of a place someone owns or runs: "slakteriet til gilde", "hospitset til fyrlykta",
# "leiligheten til obos" name the owner; a person ("huset til mormor") is left to the name
# layers.
_NB_OWNED = word_set(
    """
    hospitset hospitsen slakteriet verftet fabrikken lageret butikken kontoret kontora
    leiligheten leiligheta leilighetene besøkstjenesten hotellet meieriet bakeriet anlegget
    kafeen kaféen kantina klinikken senteret sentret kjøkkenet avdelinga avdelingen
    skolen barnehagen sykehjemmet bofellesskapet boligene hybelen hyblene
    """
)
# What an organisation owns: "frikirken sitt hospits", "kommunen sin bolig".
_NB_OWNED_INDEFINITE = word_set(
    """
    hospits kontor lager leilighet leiligheter bolig boliger kafé kafe butikk senter tilbud
    skole slakteri verft fabrikk hotell meieri bakeri anlegg klinikk avdeling hybel hybler
    kollektiv bofellesskap verksted
    """
)
# Definite landform nouns that are also the commonest Norwegian farm and hamlet names.
_NB_FARM_WORDS = word_set(
    "åsen haugen moen lia vika neset nesset tangen holmen sletta bråten kollen odden brekka "
    "vollen eidet berget myra rud ruud hamna havna nesa sjøbakken"
)
_NB_LIVING = word_set("bor bodde bodd bo budde bur vokste vokst oppvokst født fødd")
_NB_MOTION = word_set(
    """
    kjøre kjørte kjører kjørt dra dro drar reise reiste reiser flytte flytta flyttet flytter
    kom komme kommer gå gikk går sykle sykla syklet ro rodde ta tok buss bussen
    """
)


class InstitutionSlotRecognizer(AnonkitRecognizer):
    """Institutions, clubs and farm names by the slot they fill (module docstring)."""

    ENTITIES = (ORGANIZATION, LOCATION)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.skip = not_entities(lang)
        self.places_lower = places_lower()
        self.first_lower = first_names_lower()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang == "nb":
            tokens = tokenize(text)
            yield from self._nb(text, tokens)
            if " hele " in text or " si" in text:
                yield from self._nb_extra(text, tokens)
        if self.lang == "nb" and "post " in text:
            for m in _LOWER_WARD.finditer(text):
                word = m.group("word")
                if lower_case_line(text, m.end("ward")) and (
                    (len(word) == 1 and word in "abcdefgh")
                    or (len(word) >= 3 and word not in FUNCTION_WORDS | _NOT_WARD_NAMES)
                ):
                    yield m.start("ward"), m.end("ward"), ORGANIZATION, SCORE
        if self.lang == "nb" and " i " in text:
            for m in _ONE_LETTER_PLACE.finditer(text):
                if m.group("place").lower() in self.places_lower and lower_case_line(text, m.end()):
                    yield m.start("x"), m.end("x"), LOCATION, SCORE
            for m in _KIND_IN_LOWER_PLACE.finditer(text):
                place = m.group("place")
                if lower_case_line(text, m.end()) and (
                    place in self.places_lower
                    or (
                        place not in FUNCTION_WORDS
                        and not self.lexicon.is_common(place, compounds=False)
                    )
                ):
                    yield m.start(), m.end(), ORGANIZATION, SCORE
        if "-" in text or " " in text:
            for m in _TEAM_HEADS.finditer(text):
                if m.group("place").lower() in self.places_lower:
                    yield m.start(), m.end(), ORGANIZATION, SCORE_TEAM_AREA

    # -- Norwegian ------------------------------------------------------------------------

    def _nb(self, text: str, tokens: tuple[Token, ...]) -> Iterator[tuple[int, int, str, float]]:
        for i in range(1, len(tokens) - 1):
            prep = tokens[i].low
            if prep not in _NB_PREPS and prep not in ("fra", "til", "for"):
                continue
            tok = tokens[i + 1]
            if not adjacent(text, tokens[i], tok) or not lower_case_line(text, tok.start):
                continue
            if self._farm(tokens, i):
                yield tok.start, tok.end, LOCATION, SCORE_FLAG
                continue
            if prep != "for" and (span := self._club(text, tokens, i)) is not None:
                yield span
                continue
            if prep == "til":
                if tokens[i - 1].low in _NB_OWNED:
                    score = self._nb_owner(tok.low)
                    if score is not None:
                        yield tok.start, tok.end, ORGANIZATION, score
                continue
            cues = clause_before(text, tokens, i)
            if prep == "for":
                # "jobba for posten", "kjørte buss for skyss": the employer
                if any(t.low in _NB_WORK_CUES or t.low in _NB_DRIVE for t in cues):
                    score = self._nb_workplace(tok.low, work=True)
                    if score is not None:
                        yield tok.start, tok.end, ORGANIZATION, min(score, SCORE_FLAG)
                continue
            if prep == "fra":
                slot = any(t.low in _NB_FROM_CUES or t.low.endswith("hjelp") for t in cues)
                work = False
            else:
                slot = any(t.low in _NB_PLACE_CUES for t in cues) or (
                    any(t.low in _NB_STAY for t in cues) and _duration_after(tokens, i + 2)
                )
                work = any(t.low in _NB_WORK_CUES for t in cues)
            if slot:
                score = self._nb_workplace(tok.low, work)
                if score is None and prep == "fra" and self._verb_named(tok.low):
                    score = SCORE_FLAG  # "fikk hjelp fra leve": a service named by a verb
                if score is not None:
                    yield tok.start, tok.end, ORGANIZATION, score

    def _nb_extra(
        self, text: str, tokens: tuple[Token, ...]
    ) -> Iterator[tuple[int, int, str, float]]:
        """ "kjent i hele gauldalen" (a definite place form after "i hele"), "frikirken sitt
        hospits" (the owner of a place, as after "hospitset til")."""
        for i in range(1, len(tokens) - 1):
            tok, nxt = tokens[i], tokens[i + 1]
            if not adjacent(text, tok, nxt) or not lower_case_line(text, nxt.start):
                continue
            if tok.low == "hele" and tokens[i - 1].low in ("i", "over", "gjennom"):
                low = nxt.low
                if (
                    low.endswith(NB_PLACE_TAILS)
                    and any(low.endswith(t) and len(low) >= len(t) + 2 for t in NB_PLACE_TAILS)
                    and not self.lexicon.is_common(low, compounds=False)
                ):
                    yield nxt.start, nxt.end, LOCATION, SCORE
            elif (
                nxt.low in ("sitt", "si", "sin", "sine")
                and i + 2 < len(tokens)
                and tokens[i + 2].low in _NB_OWNED_INDEFINITE
                and adjacent(text, tokens[i - 1], tok)
            ):
                score = self._nb_owner(tok.low)
                if score is not None:
                    yield tok.start, tok.end, ORGANIZATION, SCORE_FLAG

    def _nb_workplace(self, low: str, work: bool) -> float | None:
        """Replace, flag or leave the word in an institution slot (module docstring)."""
        if (
            len(low) < 3
            or not low.replace("-", "").isalpha()
            or low in FUNCTION_WORDS
            or low in self.skip
            or low in _NB_STOP
            or low in PERSON_CUE_WORDS
            or low in self.places_lower
            or low in self.first_lower
        ):
            return None
        lex = self.lexicon
        if not lex.is_common(low):
            return SCORE_FLAG  # an unknown word: the unknown-word layer decides, shown anyway
        if low.endswith(NB_DEFINITE_ENDINGS):
            for head in _NB_INSTITUTION_HEADS:
                if low.endswith(head) and len(low) >= len(head) + 3:
                    sure = head in _NB_NAMED_HEADS and not lex.is_common(low, compounds=False)
                    return SCORE if sure else SCORE_FLAG
            return None if low.endswith(_NB_PERSON_ENDINGS) else SCORE_FLAG
        if work and low not in _NB_WORK_STOP and len(low) >= 3:
            return SCORE_FLAG
        return None

    def _verb_named(self, low: str) -> bool:
        """lcnb22: an infinitive after "fikk hjelp/støtte fra" ("leve", "mestre"): help comes
        from someone or something, never from a verb, so the word names a service; not a role
        or person's word ("lege" is a verb too), an adverb or a closed-class word."""
        return (
            len(low) >= 4
            and low.endswith("e")
            and low.isalpha()
            and low in word_class_forms("nb", "verb")
            and low not in word_class_forms("nb", "adv")
            and low not in FUNCTION_WORDS
            and low not in PERSON_CUE_WORDS
            and low not in ROLES
            and low not in self.skip
            and low not in self.first_lower
            and low not in self.places_lower
        )

    def _nb_owner(self, low: str) -> float | None:
        """The owner after "slakteriet til": a word no list knows is replaced, an everyday
        word shown; people (kinship words, names, definite role nouns) are not owners here."""
        if (
            len(low) < 3
            or not low.replace("-", "").isalpha()
            or low in FUNCTION_WORDS
            or low in self.skip
            or low in PERSON_CUE_WORDS
            or low in self.first_lower
            or low in self.places_lower
            or low.endswith(_NB_PERSON_ENDINGS)
        ):
            return None
        return SCORE_FLAG if self.lexicon.is_common(low) else SCORE

    def _club(
        self, text: str, tokens: tuple[Token, ...], i: int
    ) -> tuple[int, int, str, float] | None:
        """ "spilte fotball i jerv", "trente håndball på kjelsås": the bare word is the club."""
        if i < 2 or tokens[i - 1].low not in _SPORTS:
            return None
        if not any(t.low in _NB_SPORT_VERBS for t in tokens[max(0, i - 3) : i - 1]):
            return None
        tok = tokens[i + 1]
        low = tok.low
        if (
            len(low) < 3
            or not low.replace("-", "").isalpha()
            or low in FUNCTION_WORDS
            or low in _NOT_CLUBS
            or low in self.skip
            or (low.endswith(NB_DEFINITE_ENDINGS) and self.lexicon.is_common(low))
        ):
            return None
        return tok.start, tok.end, ORGANIZATION, SCORE

    @staticmethod
    def _farm(tokens: tuple[Token, ...], i: int) -> bool:
        """ "kjøre til åsen", "bodde på hamna": a farm or hamlet name said as a definite
        landform after motion and til/fra, or after living and på/i."""
        prep = tokens[i].low
        if prep in ("til", "fra"):
            verbs = _NB_MOTION
        elif prep in ("på", "i"):
            verbs = _NB_LIVING
        else:
            return False
        return tokens[i + 1].low in _NB_FARM_WORDS and any(
            t.low in verbs for t in tokens[max(0, i - 4) : i]
        )


def adjacent(text: str, a: Token, b: Token) -> bool:
    """``b`` follows ``a`` after one space (no punctuation between)."""
    return text[a.end : b.start] == " "


def clause_before(
    text: str, tokens: tuple[Token, ...], i: int, window: int = CUE_WINDOW
) -> list[Token]:
    """Up to ``window`` words before ``tokens[i]`` inside its clause."""
    out: list[Token] = []
    k = i - 1
    while k >= 0 and len(out) < window:
        gap = text[tokens[k].end : tokens[k + 1].start]
        if gap.strip(" ") and gap.strip(" ") not in ("-",):
            break
        out.append(tokens[k])
        k -= 1
    return out


def _duration_after(tokens: tuple[Token, ...], j: int) -> bool:
    """ "… i tre uker", "… i et år", "… en periode" right after the name."""
    rest = [t.low for t in tokens[j : j + 6]]
    if len(rest) >= 2 and rest[0] in ("i", "på") and rest[1] not in _NB_DURATION_NUMBERS:
        rest = rest[2:]  # "på krisesenteret i vefsn i tre uker"
    if len(rest) >= 3 and rest[0] == "i" and rest[1] in _NB_DURATION_NUMBERS:
        return rest[2] in _NB_DURATION_UNITS or (len(rest) > 3 and rest[3] in _NB_DURATION_UNITS)
    return (
        len(rest) >= 2
        and rest[0] in ("en", "ei", "et", "ein", "eit")
        and rest[1] in _NB_DURATION_UNITS
    )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [InstitutionSlotRecognizer(lang)]
