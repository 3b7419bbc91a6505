"""Word lists and patterns of the slots where speech puts people (used by
:mod:`.subject_names` and its :mod:`._kin_subjects` and :mod:`._name_candidates`; split out of
it on branch recall1 to keep each file under ~500 lines).

Every list is lower case (``word_set``) and covers English and Norwegian Bokmål together; the
comments say which slot reads each list and why a word is in or out.
"""

from __future__ import annotations

import re

from anonkit.anonymize.entity_types import LOCATION, ORGANIZATION
from anonkit.anonymize.recognizers._base import word_set

# Finite verbs whose subject is a person (no copulas, no modals: "May I", "Will you").
ACTION_VERBS = word_set(
    """
    said says told tells rang rings phoned texted called came comes went drove drives ran
    helped helps visited visits wrote asked asks brought picked shouted sent fetched used
    sa sier fortalte ringte ringer kom kommer gikk kjørte kjører hjalp hjelper besøkte skrev
    skreiv spurte hentet henta sendte fant ble bodde flytta flyttet dro visste mente jobba
    jobbet jobber bor
    sat kept saved missed took gave brought bought satt holdt tok ga kjøpte
    """
)
# Verbs whose subject is a person whatever the word: a capitalized everyday word before one
# at a sentence start is a name or nickname ("Mags rang me", "Gaz texted").
CONTACT_VERBS = word_set("rang texted phoned messaged ringte tekstet sms-et snapet")
# Imperatives of asking or contacting someone ("Ask Jolly, he'll tell you"; session 24).
ASKING_VERBS = word_set("ask tell ring phone call text message thank blame see")
# recall1: verbs (and verb phrases) whose subject is a person too, for a capitalized everyday
# word at a sentence start: "Brook looked after my dog", "Heather told me", "Storm ble født".
PERSON_VERBS = word_set(
    """
    told asked visited shouted laughed smiled cried married hugged reckoned promised talked
    spoke fortalte spurte besøkte ropte lo smilte gråt gifta giftet klemte lovte snakket
    snakka prata pratet
    died døde døydde winked nodded
    answered replied svarte svarde
    """
)
# Verbs of saying take a person only when what is said follows ("Chalky said he'd …", "Tobbe
# sa at …"); "Samtidig sier flere diplomater" is verb-second order with the subject after.
SPEECH_VERBS = word_set("said says sa sier")
SPEECH_AFTER = word_set(
    """
    that to he she it i we they you nothing something never always just so
    at til det ingenting noe aldri alltid bare han hun ho hu jeg eg æ vi me dei de du
    """
)
PERSON_PHRASES = frozenset(
    {"looked after", "took care", "was born", "is born", "passa på", "passet på", "ble født",
     "er født", "tok vare", "used to visit", "brukte å",
     # names branch: dropping in is what people do ("Selje kom innom kvar fredag")
     "kom innom", "stakk innom", "stikker innom", "dropped by", "popped in", "popped round",
     # blind8: "Ace came to visit", "Podge passed away"
     "came to visit", "came to see", "passed away", "kom på besøk", "gikk bort",
     # session 21: coming round is what people do ("Meadow came round with a lasagne")
     "came round", "came over", "kom bort", "kom over", "kom hjem til",
     # session 22: turning up is what people do ("then justice turned up")
     "turned up", "turned round", "showed up", "dukket opp", "dukka opp"}
)  # fmt: skip
# Pronouns right after the verb: the first word was an adverbial ("Riktignok snakket vi").
INVERTED_SUBJECTS = word_set("jeg eg du han hun ho hu vi me de dei dere man det")
# "Cliff used to sit with me": "used to" + what people do.
USED_TO = word_set("sit sneak bring visit ring call tell say drive pick cook sing talk text")
# "Rusty, the porter, used to …", "Wiśniewski, han polske legen, var …": an apposition.
APPOSITION = re.compile(
    r", (?:the|our|my|his|her|han|hun|ho|hu|den|vår|min) (?:\w+ )?(?P<role>\w+)[,.]"
)
# "a lad called X", "en fyr som het X" (recall1).
NAMING_VERBS = word_set("called named het heter hette kalt kalla")
NAME_BEARERS = word_set(
    """
    lad lass girl boy guy bloke woman man lady fella chap kid friend mate nurse doctor
    someone somebody one worker teacher neighbour neighbor
    fyr dame jente gutt mann kvinne kar sykepleier lege venn venninne kompis nabo en ei ein
    noen lærer
    """
)
PERSON_PRONOUNS = word_set("he she han hun ho hu")
NOT_NAMED = word_set(
    """
    back round over out off again everyone everybody nobody today yesterday earlier later
    twice once police ambulance social security emergency crisis helpline home work
    tilbake igjen politiet ambulansen legevakten hjem opp ut inn fram frem bort
    """
)
# "ffion, she was from bangor": a pronoun taking the word up.
PRONOUN_AFTER = re.compile(r", (?:she|he|hun|han|ho|hu) (?:was|is|had|var|er|hadde|bodde|lived)\b")
# "Mo var snill med meg", "Jez was kind to me": said of people (a listed or unknown word).
PERSON_ADJECTIVES = word_set(
    """
    kind nice lovely strict funny brilliant rude gentle sweet patient snill grei flink
    streng morsom hyggelig sint tålmodig
    """
)
# Roles that things fill in speech as well ("Music was my best friend").
SOCIAL_ROLES = word_set(
    """
    friend mate boyfriend girlfriend partner venn vennen venninne venninna kjæreste kjæresten
    """
)
# "X was my key worker", "X var kontaktpersonen min": a role only people fill.
ROLES = word_set(
    """
    worker keyworker nurse doctor gp therapist psychologist psychiatrist counsellor counselor
    consultant social care carer support friend mate boyfriend girlfriend partner neighbour
    neighbor teacher boss colleague manager supervisor advocate named porter cleaner cook
    chef driver vicar priest chaplain officer warden receptionist secretary physio pharmacist
    portner vaktmester sjåfør prest renholder fysioterapeut ergoterapeut farmasøyt
    kontaktperson kontaktpersonen primærkontakt primærkontakten sykepleier sykepleieren lege
    legen fastlege fastlegen psykolog psykologen psykiater psykiateren terapeut terapeuten
    behandler behandleren miljøterapeut miljøterapeuten venn vennen venninne venninna kjæreste
    kjæresten nabo naboen lærer læreren sjef sjefen kollega kollegaen saksbehandler
    saksbehandleren
    dealer landlord landlady flatmate housemate roommate cellmate sponsor mentor coach tutor
    lodger husband wife fiance fiancé fiancee fiancée solicitor lawyer dentist midwife pastor
    imam rabbi caseworker befriender buddy pal
    kompis kompisen samboer samboeren ektemann advokat advokaten trener treneren veileder
    veilederen støttekontakt støttekontakten verge vergen
    hca hcas cpn rmn sister matron assistant
    corporal sergeant sarge bombardier padre
    """
)  # session 49 (blind39 as development material): "Coward was my corporal"
ROLE_AFTER = re.compile(
    r" (?:was|is|var|er) (?:(?:my|our|his|her|their|the) (?:(?P<pre>\w+) )?(?P<en>\w+)"
    r"|(?P<nb>\w+)(?: (?:min|mi|vår|hans|hennes|deres))?)\b"
)
# Who rings without being named: kinship words (imported), services and places of work.
NOT_CALLERS = word_set(
    """
    work school college uni university housing council hospital ward surgery pharmacy bank
    landlord social services nursery police someone they we you he she it mummy daddy
    grandma grandad grandpa granny nanna
    jobben skolen kommunen sykehuset legekontoret apoteket banken barnehagen utleier
    avdelingen posten de vi du han hun ho den det
    """
)
# Two words after which comes the person one talks or stays with.
WITH_PERSON = frozenset(
    {"snakka med", "snakket med", "prata med", "pratet med", "bodde hos", "var hos",
     "talked to", "spoke to", "spoke with", "talked with", "stayed with", "lived with"}
)  # fmt: skip
# Adverbs between the name and its verb ("Mo never told anyone", "Vik ringte aldri").
ADVERBS = word_set(
    "never always just also often still really finally aldri alltid bare også ofte egentlig"
)
# Past-tense verbs after "<kinship> X" on a lower-case line ("my mum honey never knew").
KIN_VERBS = word_set(
    """
    knew worked lived died loved hated raised passed looked kept stayed met gave got
    visste jobba jobbet bodde døde elsket hata passa holdt fikk ga traff møtte
    """
)
# First names that are also modal verbs: a name only before a verb (the caller checks).
MODAL_NAMES = word_set("will may")
# "Mark from the outreach team came", "Haug på kontoret sa": a name, a group, then a verb.
FROM_WORDS = word_set("from fra på at")
# "X was the only one who", "X var den eneste som": said of people.
ONLY_ONE = re.compile(
    r" (?:the (?:only|first|last) (?:one|person)?|the one|den (?:eneste|første|siste))\b"
)
COPULAS = word_set("was var had hadde")
SPEAKER = word_set("i me jeg meg")
AND = word_set("and og")
# Words between an alias and the name it stands for.
# A bare apposition ("Ergoterapeuten, Rune, fikk meg …") is a role and a name, not an alias:
# a connector before the name or "really"/"egentlig" after it is required.
ALIAS = re.compile(
    r",?\s+(?:"
    r"(?:altså|eller|egentlig|dvs\.?|short for|that's|thats|i mean|I mean|or"
    r"|(?:han|hun|ho|hu) (?:heter|het) egentlig|(?:his|her) real name (?:is|was)"
    r"|(?:he|she) is really called|(?:he's|she's) really called)\s+"
    r"(?P<name>[A-ZÆØÅÁ][\w-]+)(?:\s+(?:really|egentlig|altså))?"
    r"|(?P<name2>[A-ZÆØÅÁ][\w-]+)\s+(?:really|egentlig|altså)"
    r")\s*[,.]",
)
ALIAS_AFTER = re.compile(r",?\s+(?:som vi sier|as we call (?:him|her)|for short)\b", re.I)
# Verbs of contact whose object is a person: an unknown word after one on a lower-case line
# is a name ("i rang eilidh", "jeg ringte gyrid"; recall1).
CONTACT_OBJECT_VERBS = word_set(
    """
    rang phoned texted rung met visited told asked helped messaged emailed
    ringte ringt møtte traff besøkte fortalte spurte hjalp tekstet savner savnet
    """
)
# Adverbs that stand between a kinship word and its verb ("my dad later told me", "mamma
# heldigvis ringte"): never the name in "<kinship> X verb" (words in -ly/-vis count too).
KIN_ADVERBS = word_set(
    """
    later soon once again then eventually even rather quite already anyway first last
    etterpå senere seinere snart nettopp endelig plutselig nesten heller straks gjerne først
    """
)


def said_as_adverb(low: str) -> bool:
    """A Norwegian word standing as an adverb between a pronoun and its verb ("hun endelig
    hadde", "ho virkelig var"): :data:`KIN_ADVERBS`, or an adjective in ``-lig`` (session 50,
    blind40 as development material), which Ordbank lists as no adverb. No name ends so."""
    return low in KIN_ADVERBS or (len(low) > 5 and low.endswith("lig"))


# Session 21 (named_places.py): the noun before a naming word says what kind of name follows.
PLACE_NOUNS = word_set(
    """
    place town village city area estate street road lane island farm valley hamlet suburb
    district county
    sted stad by bygd grend gård plass øy gate vei veg dal bydel tettsted kommune holme
    """
)
INSTITUTION_NOUNS = word_set(
    """
    pub club school hospital ward unit hostel bar cafe café shop centre center charity
    home church college clinic practice surgery team group project company firm band
    skole sykehus avdeling kafé butikk senter klubb lag forening firma bedrift kirke
    institusjon hjem post
    """
)

# Session 40: definite kind nouns after a naming verb say the name came first ("Sappen heiter
# plassen"): the noun is the subject, no one's name.
DEFINITE_KIND_NOUNS = word_set(
    """
    plassen stedet staden garden gården bygda grenda øya dalen holmen gata veien vegen
    skolen skulen bydelen kafeen butikken senteret klubben kirka kirken avdelinga
    avdelingen sykehuset
    """
)


def naming_slot_kind(text: str, naming_start: int) -> str | None:
    """The entity kind the noun right before a naming word at ``naming_start`` says, or
    None ("a village called X" → LOCATION; "a lad called X" → None)."""
    before = text[max(0, naming_start - 28) : naming_start].rstrip(", ")
    m = re.search(r"(\w+),?(?: som)?$", before, re.IGNORECASE)
    if m is None:
        return None
    low = m.group(1).lower()
    if low in PLACE_NOUNS:
        return LOCATION
    if low in INSTITUTION_NOUNS:
        return ORGANIZATION
    return None
