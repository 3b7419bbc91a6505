"""Norwegian predicates and slots that only people fill → PERSON (nb22; blind10 as development
material).

Why: nicknames and names that are everyday words or unknown to every list (``Piera``,
``Knerten``, ``Krok``) opened sentences in the blind sets and were only flagged, or left
alone, although the sentence says they are people. Three constructions, each said of people
and not of things:

1. **Kinship or friend predicate**: ``Piera e fetteren min``, ``Aslaug va kusina hans``,
   ``Knerten og Kaffen var kompisene mine`` — a word opening a sentence (two joined by
   ``og``), a copula, a definite kinship or friend noun and an owner. A definite everyday
   noun (``Flaska var vennen min``, ``Musikken og bøkene var vennene mine``) counts only
   before a kinship noun or a plural that only people make (``kompisene``,
   ``kameratene``): a thing may be called a friend, but is nobody's cousin. A name said
   again before the copula is the same person (``tulla, altså turid, er kusina mi``).
2. **A bare noun before a verb of saying**: ``Krok sa at …``, ``Hammer spurte om …``.
   Norwegian puts no bare count noun in the subject slot (``Kroken sa``), so a capitalized
   dictionary-form noun there, before a past verb of saying and what was said, is a surname.
   Not a mass noun before the present tense (``Forskning sier at``), a plural, a definite
   noun, a kinship, role or service word, a title said bare (``Rektor sa at``), an agent
   noun (``Melder sa at``: bare in legal prose), nor a verb-second sentence (``Da sa jeg``).
3. **A name restated after "altså"**: ``eh khoa altså, dung, han jobba …``, ``og sjurd, altså
   kvitvær, han ville …`` — a restart set off by commas and taken up by he/she: the second
   word is the name said again (a surname or the right form). The word restarted from must
   be a name itself (a listed first name, a capital mid-sentence, a word no list has: not
   ``han var snill altså, veldig, han …``), and the restated word no adverb (``altså,
   egentlig, ho …``).

4. (``ho X, ho kom``, a pronoun, a word and the pronoun again, is read by
   :mod:`.lower_subjects`.)
5. **The surname after a first name said twice**: ``han heter gjest, gjest fløtten`` (the
   repeated first name and the surname, one full name).
6. **A nickname after a verb of calling**: ``hun kalte seg stjerna``, ``vi kalla han
   bamsen`` — a definite noun, a listed first name or an unknown word; not an indefinite
   word (``kalte meg idiot``, ``kalte seg frisk``) or a particle (``kalte meg inn``).

7. **The name a person had**: ``tangen het lensmannen``, ``åker het politimannen`` on a
   lower-case line — a word opening the sentence before ``het``/``heter`` and a definite
   noun of a person (not ``veien het storgata``).

8. **A name set off by commas after a relative** (lcnb22): ``broren hennes, serhat, kom
   fra …``, ``kusina mi, tirill, bodde hos oss`` — one word between commas right after a
   kinship or friend noun and its owner; not an adverb, filler or interjection.

Score 0.6 (replaced).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    lower_case_line,
    spaced,
    token_word,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import ADDRESS_TERMS, KINSHIP, NB_NAMED_FORMS
from anonkit.anonymize.recognizers._slot_words import (
    INVERTED_SUBJECTS,
    NAME_BEARERS,
    NOT_NAMED,
    ROLES,
    SPEECH_AFTER,
)
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.person_cues import may_name_someone
from anonkit.anonymize.wordlists import (
    nb_noun_lemmas,
    not_entities,
    word_class_forms,
)

SCORE = 0.6

COPULAS = word_set("e er var va ble vart")
OWNERS = word_set("min mi mitt mine vår våre hans hennes deres sin si sine")
# Definite kinship nouns, singular (Bokmål, Nynorsk and dialect spellings): said of people only.
KIN_ONE = word_set(
    """
    fetteren fettern kusina kusinen søstra søstera søsteren systra syster'n broren brodern
    onkelen onkeln tanta tanten svogeren svigerinna svigerinnen svigerbroren svigersøstera
    nevøen niesa niesen halvbroren halvsøstra halvsøstera halvsøsteren stebroren stesøstra
    stesøstera tvillingen tvillingbroren tvillingsøstra tvillingsøstera sønnen dattera
    datteren gudfaren gudmora gudmoren søskenbarnet tremenningen mannen kona eksen
    eksmannen ekskona samboeren sambuaren
    """
)
# lcnb23: parents and grandparents, for the predicate (1) and apposition (8) slots, where
# the owner after the word makes it kinship ("faren hennes": her father; "faren" alone is
# also "the danger", which is why they are not KIN_ONE).
PARENTS_ONE = word_set(
    """
    faren far moren mora mor bestefaren bestemora bestemoren morfaren mormora mormoren
    farfaren farmora farmoren oldefaren oldemora stefaren stemora
    """
)
# Friend words, singular: things are called friends too ("Flaska var vennen min").
FRIEND_ONE = word_set(
    """
    kompisen kameraten vennen venninna venninnen bestevennen bestevenninna bestevenninnen
    bestekompisen kjæresten
    """
)
# Plurals only people make: kinship plurals and mates (not "vennene": "bøkene var vennene mine").
PEOPLE_MANY = word_set(
    """
    kompisene kameratene fetterne kusinene søsknene søskena søskenbarna brødrene søstrene
    tvillingene foreldrene besteforeldrene tremenningene bestekompisene
    """
)
FRIEND_MANY = word_set("vennene venninnene bestevennene")
# "X, altså Y, er …": a name and the name said again before the copula.
_ALIAS_BETWEEN = re.compile(r", (?:(?:altså|eller) )?(?P<alias>[\w-]+), ")
# Demonstratives that open a sentence as its subject ("Dette var kompisen min sin bil").
_DEMONSTRATIVES = word_set("dette denne disse slik sånn sånt")

# 2. Titles Norwegian uses bare as a subject, like a name ("Rektor sa at …", "Ordfører sa"):
# offices of school, municipality, state, church, court, army and hospital.
BARE_TITLES = word_set(
    """
    rektor inspektør ordfører varaordfører rådmann kommunedirektør fylkesmann statsforvalter
    statsminister statsråd minister statssekretær president visepresident formann
    styreleder leder direktør sjef biskop prost prest sogneprest pastor kapellan
    dommer lagdommer sorenskriver aktor forsvarer lensmann politimester kaptein major oberst
    general løytnant sersjant professor dosent lektor adjunkt doktor overlege avdelingsleder
    bestyrer styrer konsul ambassadør
    """
)
# 2b. lcnb24: what only people do, after a bare noun opening a lower-case sentence.
_BARE_DOER_VERBS = word_set(
    "ringte tekstet hjalp hjelpte besøkte fortalte spurte lovte klemte trøsta trøstet"
)
_BARE_DOER_PHRASES = frozenset(
    {"passa på", "passet på", "tok vare", "kom innom", "stakk innom", "kom på besøk"}
)
# Services and helpers speech names bare ("politi ringte på", "lege kom"): no one's name.
_BARE_SERVICES = word_set("politi lege sykepleier ambulanse brannvesen barnevern hjelp post")
# 2. Past verbs of saying, and the first word of what was said after them.
SAY_PAST = word_set("sa spurte svarte fortalte ropte")
SAID_AFTER = (
    SPEECH_AFTER | word_set("om meg oss hvordan hva hvorfor når etter ikke ikkje nei ja")
) - INVERTED_SUBJECTS
# 3. "X altså, Y, han …" / "X, altså Y, ho …".
_RESTART = re.compile(r",? altså,? ", re.IGNORECASE)
_TAKEN_UP = word_set("han ho hun hu")
# 5. Verbs of being named before "X, X Y".
_NAMED = NB_NAMED_FORMS
# 6. A verb of calling and whom it calls ("kalte seg", "kalla han").
_CALLING = word_set("kalte kalla kaller kallar kalt")
_CALLED = word_set("seg meg deg han ham henne ho hu oss dem dæm dei mæ dæ")
# lcnb22: adverbs between whom and the name ("kalte meg bare lien", "kalla han alltid X").
_CALL_ADVERBS = word_set("bare berre alltid bestandig aldri stadig gjerne")
# 8. "broren hennes, X, kom": one word between commas after a kinship noun and its owner.
_APPOSED = re.compile(r",\s+[^\W\d_][\w-]*,\s")
_NOT_APPOSED = word_set("eh ehm øh hm ja nei jo altså stakkar stakkars liksom vel da nå")
# Session 42 (blind32 as development material: "ho spør etter bror sin, tov, og han …"): the
# bare kinship words an owner follows too ("bror min", "syster mi", "mormor si").
_APPOSITION_HEADS = (
    KIN_ONE
    | FRIEND_ONE
    | PARENTS_ONE
    | word_set("bror søster syster mormor morfar farmor farfar bestemor bestefar onkel tante")
)
# Terms of endearment (kjælenavn) a parent or lover calls one: words, not names.
_ENDEARMENTS = word_set(
    """
    skatten skatt vennen prinsessa prinsessen prinsen jenta gutten vesla veslen vesle
    gullet gullungen gullungene gullklumpen engelen solstrålen hjertet elskling elsklingen
    kjære kjæresten snuppa snuppen pusen lillemann lillemor lillejenta lillegutt
    """
)
_FIRST_PERSON = word_set("meg mæ me oss")
# 7. Definite nouns of people by their ending ("lensmannen", "kona", "sjåføren", "læreren").
_PERSON_NOUN_ENDINGS = ("mannen", "kvinnen", "kona", "dama", "eren", "aren", "øren")


class NbPersonPredicateRecognizer(AnonkitRecognizer):
    """Norwegian slots only people fill: kinship/friend predicates, bare-noun speakers,
    restated names, names between pronouns, surnames on a repeat, nicknames, names given to a
    person (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities("nb")
        self.lexicon = Lexicon(lang)
        self.first = first_names_lower()
        if lang == "nb":
            nb_noun_lemmas()  # loaded with the detector, not on the first name it meets

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb":
            return
        tokens = tokenize(text)
        for i, tok in enumerate(tokens):
            if tok.sent_start:
                for k in self._predicate_subjects(text, tokens, i):
                    yield tokens[k].start, tokens[k].end, PERSON, SCORE
                if self._bare_speaker(text, tokens, i) or self._bare_doer(text, tokens, i):
                    yield tok.start, tok.end, PERSON, SCORE
            if self._surname_on_repeat(text, tokens, i):
                # the first name said again and the surname: one full name ("gjest fløtten")
                yield tokens[i - 1].start, tok.end, PERSON, SCORE
            elif (
                self._named_person(text, tokens, i)
                or self._restated(text, tokens, i)
                or self._nickname(text, tokens, i)
                or self._kin_apposition(text, tokens, i)
            ):
                yield tok.start, tok.end, PERSON, SCORE

    # -- what may be a person's name -----------------------------------------------------
    def _may_name(self, word: str) -> bool:
        """Letters (a hyphen allowed), no acronym, and none of the words that name no one:
        closed-class words, demonstratives, kinship and role words, non-entities."""
        low = word.lower()
        return (
            may_name_someone(word)
            and low not in _DEMONSTRATIVES
            and low not in ROLES
            and low not in NAME_BEARERS
            and low not in self.skip
        )

    def _definite_thing(self, word: str) -> bool:
        """An everyday noun in a definite form ("Flaska", "Musikken"), not a first name."""
        low = word.lower()
        return (
            low.endswith(("en", "et", "a", "ene", "an", "na"))
            and low not in self.first
            and self.lexicon.is_common(low)
        )

    # -- 1. kinship and friend predicates ------------------------------------------------
    def _predicate_subjects(self, text: str, tokens: tuple[Token, ...], i: int) -> list[int]:
        subjects = [i]
        j = i + 1
        alias = _ALIAS_BETWEEN.match(text, tokens[i].end)
        if token_word(tokens, j) == "og" and spaced(text, tokens, i, j + 1):
            subjects.append(j + 1)
            j += 2
        elif alias is not None and j + 1 < len(tokens):
            # "tulla, altså turid, er kusina mi": the name said again is the same person
            k = j + 1 if tokens[j].low in ("altså", "eller") else j
            if tokens[k].end != alias.end("alias"):
                return []
            subjects.append(k)
            j = k + 1
        if not spaced(text, tokens, j, j + 2):
            return []
        copula, noun = token_word(tokens, j), token_word(tokens, j + 1)
        owner = token_word(tokens, j + 2)
        if copula not in COPULAS or (
            owner not in OWNERS and not _owned_by_kin(text, tokens, j + 2)
        ):
            return []
        many = len(subjects) == 2 and alias is None
        if many and noun in PEOPLE_MANY:
            things_allowed = True
        elif (many and noun in FRIEND_MANY) or (not many and noun in FRIEND_ONE):
            things_allowed = False
        elif not many and noun in KIN_ONE | PARENTS_ONE:  # lcnb23: "X var morfaren min"
            things_allowed = True
        else:
            return []
        if alias is not None and tokens[subjects[-1]].low in self.first:
            things_allowed = True  # "Tøffen, Arve, var kompisen min": a first name says who
        for k in subjects:
            word = tokens[k].text
            if not self._may_name(word):
                return []
            if not things_allowed and self._definite_thing(word):
                return []
            if word.islower() and not lower_case_line(text, tokens[k].end):
                return []  # a lower-case word on a line written with capitals
        return subjects

    # -- 2. a bare noun before a verb of saying ------------------------------------------
    def _bare_speaker(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        word = tokens[i].text
        low = word.lower()
        if (
            token_word(tokens, i + 1) not in SAY_PAST
            or token_word(tokens, i + 2) not in SAID_AFTER
            or not spaced(text, tokens, i, i + 2)
            or not self._may_name(word)
            or len(word) < 3
            or (word.islower() and not lower_case_line(text, tokens[i].end))
        ):
            return False
        verbs = word_class_forms("nb", "verb")
        return (
            low in nb_noun_lemmas()
            and low not in BARE_TITLES
            and low not in word_class_forms("nb", "adv")
            # an agent noun names a role, bare in legal and news prose ("Melder sa at …")
            and not (low.endswith("er") and low[:-1] in verbs)
        )

    def _bare_doer(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """lcnb24: on a lower-case line, a bare noun opening the sentence before what only
        people do — help, ring, drop in, look after (``lind passa på hunden``, ``hegg kom
        innom``, ``krok ringte meg``): as with a verb of saying (:meth:`_bare_speaker`),
        Norwegian puts no bare count noun there, and a mass noun does none of these. What
        things do as well (``kom``, ``ble født``, ``døde``) is left; so are bare titles and
        services said bare (``politi``, ``lege``)."""
        word = tokens[i].text
        low = word.lower()
        verb = token_word(tokens, i + 1)
        phrase = f"{verb} {token_word(tokens, i + 2)}"
        longer = f"{phrase} {token_word(tokens, i + 3)}"
        if (
            not word.islower()
            or not lower_case_line(text, tokens[i].end)
            or not (
                verb in _BARE_DOER_VERBS
                or phrase in _BARE_DOER_PHRASES
                or longer in _BARE_DOER_PHRASES
            )
            or not spaced(text, tokens, i, i + 1)
            or not self._may_name(word)
            or len(word) < 3
        ):
            return False
        verbs = word_class_forms("nb", "verb")
        return (
            low in nb_noun_lemmas()
            and low not in BARE_TITLES
            and low not in _BARE_SERVICES
            and low not in word_class_forms("nb", "adv")
            and not (low.endswith("er") and low[:-1] in verbs)
        )

    # -- 3. a name restated after "altså" ------------------------------------------------
    def _restated(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        if i < 2 or i + 1 >= len(tokens) or token_word(tokens, i - 1) != "altså":
            return False
        tok, name = tokens[i], tokens[i - 2]
        m = _RESTART.fullmatch(text, name.end, tok.start)
        if m is None or "," not in m.group(0):
            return False  # "X altså, Y" or "X, altså Y": a restart set off by a comma
        if (
            text[tok.end : tokens[i + 1].start] != ", "
            or token_word(tokens, i + 1) not in _TAKEN_UP
        ):
            return False
        word, low = tok.text, tok.low
        if not self._may_name(word) or len(word) < 3 or low in word_class_forms("nb", "adv"):
            return False
        # the word restarted from is a name: a listed first name, a capital mid-sentence or
        # a word no list has ("han var snill altså, veldig, han …" is no restart of a name)
        first = name.text
        return self._may_name(first) and (
            name.low in self.first
            or (first[:1].isupper() and not name.sent_start)
            or not self.lexicon.is_common(name.low)
        )


    # -- 5. "heter X, X Y" ---------------------------------------------------------------
    def _surname_on_repeat(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """``han heter trond, trond aasheim``: the word after a name said again is the
        surname."""
        if i < 3 or token_word(tokens, i - 3) not in _NAMED:
            return False
        first, again, tok = tokens[i - 2], tokens[i - 1], tokens[i]
        return (
            first.low == again.low
            and text[first.end : again.start] == ", "
            and text[again.end : tok.start] == " "
            and self._may_name(tok.text)
            and self._may_name(first.text)
        )

    # -- 6. "kalte seg X" ----------------------------------------------------------------
    def _nickname(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """``hun kalte seg stjerna``, ``vi kalla han bamsen``: after a verb of calling and
        whom (perhaps and an adverb: ``kalte meg bare X``), a definite noun, a listed first
        name or an unknown word is a nickname; an indefinite word is what someone was called
        (``kalte meg idiot``, ``kalte seg frisk``), a particle where one was called to
        (``kalte meg inn``)."""
        whom = i - 2 if token_word(tokens, i - 1) in _CALL_ADVERBS else i - 1  # "kalte meg bare X"
        if (
            whom < 1
            or token_word(tokens, whom - 1) not in _CALLING
            or token_word(tokens, whom) not in _CALLED
        ):
            return False
        tok = tokens[i]
        low = tok.low
        closes = re.match(r"\s*(?:[,.;!?]|$)", text[tok.end :]) is not None
        if low in self.first and (closes or (tok.text[:1].isupper() and not tok.sent_start)):
            # session 44 (blind34 as development material: "Vi kalla han berre Jo"): a listed
            # first name written with its capital inside the sentence, or closing the clause
            # ("vi kalla han berre jo, for …"), is the name, even where the word is also a
            # particle or too short for the word test below
            return not tok.text.isupper()
        if (
            not self._may_name(tok.text)
            or len(low) < 3
            or low in NOT_NAMED
            or low in _ENDEARMENTS
            # session 27: an English term of address for the speaker ("kalte meg honey")
            or (low in ADDRESS_TERMS and token_word(tokens, whom) in _FIRST_PERSON)
            or low in word_class_forms("nb", "adv")
        ):
            return False
        if re.match(r"\.\w", text[tok.end : tok.end + 2]):
            return False  # "kaller seg Handelsportal.no": a web address
        if low in self.first or not self.lexicon.is_common(low):
            return True  # a first name, or no word even as a compound ("pakkis|kjerring" is)
        return low.endswith(("en", "a", "et")) and self._definite_thing(tok.text)


    # -- 8. "broren hennes, X, kom" -------------------------------------------------------
    def _kin_apposition(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """``broren hennes, serhat, kom fra …`` (lcnb22): one word set off by commas right
        after a kinship or friend noun and its owner is who that relative is; not an adverb,
        a filler, an interjection (``mora mi, stakkar, …``) or a pronoun."""
        if i < 2 or not _APPOSED.match(text, tokens[i - 1].end):
            return False
        if (
            token_word(tokens, i - 1) not in OWNERS
            or token_word(tokens, i - 2) not in _APPOSITION_HEADS
        ):
            return False
        if not re.match(r",\s+\Z", text[tokens[i - 1].end : tokens[i].start]):
            return False
        low = tokens[i].low
        return (
            self._may_name(tokens[i].text)
            and len(low) >= 3
            and low not in _NOT_APPOSED
            and low not in word_class_forms("nb", "adv")
            and low not in INVERTED_SUBJECTS
        )

    # -- 7. "X het lensmannen" -----------------------------------------------------------
    def _named_person(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """``tangen het lensmannen`` on a lower-case line (a capital line is
        ``subject_names``' slot): a word opening a sentence, a verb of being named and a
        definite noun of a person (a role, ``-mannen``, ``-kona``, an agent in ``-eren``) —
        the name the person had, whatever else the word means."""
        tok = tokens[i]
        if (
            not tok.sent_start
            or not tok.text.islower()
            or not lower_case_line(text, tok.end)
            or token_word(tokens, i + 1) not in _NAMED
            or not spaced(text, tokens, i, i + 2)
            or not self._may_name(tok.text)
            or len(tok.text) < 3
        ):
            return False
        noun = token_word(tokens, i + 2)
        return noun in ROLES or noun.endswith(_PERSON_NOUN_ENDINGS)


def _owned_by_kin(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """lcnb22: "er tvillingene til søstera mi", "var kusinene til mamma": the owner said
    with "til" and a kinship or friend word (with its owner, or a bare "mamma", "mormor").
    A kinship noun is said of a person whoever holds it; "til en kollega" names no owner."""
    if token_word(tokens, i) != "til" or not spaced(text, tokens, i - 1, i + 1):
        return False
    kin = token_word(tokens, i + 1)
    if kin in KINSHIP:
        return True
    return (
        kin in KIN_ONE | FRIEND_ONE
        and token_word(tokens, i + 2) in OWNERS
        and spaced(text, tokens, i + 1, i + 2)
    )




def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NbPersonPredicateRecognizer(lang)] if lang == "nb" else []  # Norwegian only
