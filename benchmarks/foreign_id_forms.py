"""Foreign identity numbers for benchmarks/foreign_ids_stress.py: generators, forms, carriers.

Why a module of its own: the kinds (some thirty countries' personal numbers, plus passport
numbers), how each is written and said, and the carrier sentences are the benchmark's data and
grow with every gap found; the runner that scores them stays small. Every number is made for an
invented person (dates of birth 1935-2008) and passes python-stdnum's ``is_valid`` for its kind;
passport numbers have no check digit and only follow the shape of a real series. Digits are said
with ``spoken_id_forms``' number words, so both stress benchmarks speak alike.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spoken_id_forms import chunks, complete, say, spell, words
from stdnum.be import nn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.hr import oib
from stdnum.in_ import aadhaar, pan
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import cc, nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.tr import tckimlik
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

SEED = 20261230
R = random.Random(SEED)  # reseeded per language in foreign_ids_stress.generate()
DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Every kind is a personal identity number: a covering replace span of any other type (PHONE,
# DATE, LICENSE_PLATE, BANK_ACCOUNT, ...) counts as wrong_type.
EXPECTED = {"NATIONAL_ID"}


# --------------------------------------------------------------------------------------------
# building blocks


def draw(n: int, alphabet: str = DIGITS) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def dob(first: int = 1935, last: int = 2008) -> dt.date:
    a, b = dt.date(first, 1, 1), dt.date(last, 12, 31)
    return a + dt.timedelta(days=R.randrange((b - a).days + 1))


def ymd(d: dt.date) -> str:
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def dmy(d: dt.date) -> str:
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"


def finish(prefix: str, valid: Callable[[str], bool], alphabet: str = DIGITS) -> str:
    """``prefix`` + the check character (from ``alphabet``) that makes it valid; '' if none."""
    return next((prefix + c for c in alphabet if valid(prefix + c)), "")


def retry(make: Callable[[], str]) -> str:
    """Draw again until ``make`` gives a number (a drawn prefix may admit no check digit)."""
    while not (number := make()):
        pass
    return number


def sometimes(make: Callable[[], str], letter: str, share: float = 1 / 3) -> str:
    """A number whose check character is ``letter`` about ``share`` of the time (the Chinese X,
    the Chilean K): drawn again until it is, when this one should be."""
    want = R.random() < share
    while (number := make()).endswith(letter) != want:
        pass
    return number


# --------------------------------------------------------------------------------------------
# generators: the number as stored (compact, upper case)


def it_cf() -> str:
    """Codice fiscale: surname and name consonants, year, month letter, day (+40 for women),
    the birth town's Belfiore code (Roma, Milano, Napoli, Torino, ...), check letter."""
    cons = "BCDFGLMNPRSTVZ"
    d, female = dob(), R.random() < 0.5
    town = R.choice(words("H501 F205 F839 L219 G273 A944 D612 L736 C351 B157 E506"))
    base = (f"{draw(3, cons)}{draw(3, cons)}{d.year % 100:02d}{'ABCDEHLMPRST'[d.month - 1]}"
            f"{d.day + 40 * female:02d}{town}")  # fmt: skip
    return base + codicefiscale.calc_check_digit(base)


def es_dni() -> str:
    base = draw(1, "123456789") + draw(7)
    return base + dni.calc_check_digit(base)


def es_nie() -> str:
    base = R.choice("XYZ") + draw(7)
    return base + nie.calc_check_digit(base)


def pt_nif() -> str:
    base = draw(1, "123") + draw(7)
    return base + nif.calc_check_digit(base)


def pt_cc() -> str:
    """Cartão de Cidadão: civil number and its digit, version letters, check digit."""
    base = draw(1, "123") + draw(8) + R.choice(words("ZZ ZY ZX ZW"))
    return base + cc.calc_check_digit(base)


def fr_nir() -> str:
    d = dob()
    dept = R.choice([f"{k:02d}" for k in (*range(1, 20), *range(21, 96))])
    base = f"{R.choice('12')}{d.year % 100:02d}{d.month:02d}{dept}{R.randint(1, 999):03d}"
    base += f"{R.randint(1, 999):03d}"
    return base + nir.calc_check_digits(base)


def de_idnr() -> str:
    return retry(lambda: complete(draw(1, "123456789") + draw(9), idnr.is_valid))


def nl_bsn() -> str:
    return retry(lambda: complete(draw(1, "123456") + draw(7), bsn.is_valid))


def be_nn() -> str:
    d = dob()
    return retry(lambda: complete(ymd(d) + f"{R.randint(1, 997):03d}", nn.is_valid, 2))


def pl_pesel() -> str:
    d = dob()
    month = d.month + 20 * (d.year >= 2000)
    base = f"{d.year % 100:02d}{month:02d}{d.day:02d}{draw(4)}"
    return base + pesel.calc_check_digit(base)


def baltic(valid: Callable[[str], bool]) -> str:
    """Lithuanian asmens kodas / Estonian isikukood: century-and-sex digit, YYMMDD, serial."""
    d = dob()
    first = R.choice("34") if d.year < 2000 else R.choice("56")
    return retry(lambda: finish(f"{first}{ymd(d)}{draw(3)}", valid))


def lv_pk() -> str:
    d = dob()
    base = f"{dmy(d)}{1 if d.year < 2000 else 2}{draw(3)}"
    return base + pvn.calc_check_digit_pers(base)


def fi_hetu() -> str:
    d = dob()
    base = f"{dmy(d)}{'-' if d.year < 2000 else 'A'}{R.randint(2, 899):03d}"
    return retry(lambda: finish(base, hetu.is_valid, "0123456789ABCDEFHJKLMNPRSTUVWXY"))


def se_pnr() -> str:
    """Ten digits YYMMDD NNNC (Luhn); the 'long' form writes the century too."""
    d = dob()
    return retry(lambda: complete(ymd(d) + draw(3), personnummer.is_valid))


def dk_cpr() -> str:
    """DDMMYY and four digits; the seventh tells the century (0-3: 1900s, 4: 2000-2036)."""
    d = dob()
    while not cpr.is_valid(number := dmy(d) + R.choice("0123" if d.year < 2000 else "4") + draw(3)):
        pass
    return number


def is_kt() -> str:
    """DDMMYY, two digits, check digit, century digit (9: 1900s, 0: 2000s)."""
    d = dob()
    century = "9" if d.year < 2000 else "0"
    valid = lambda n: kennitala.is_valid(n + century)  # noqa: E731
    return retry(lambda: finish(dmy(d) + draw(2, "23456789"), valid)) + century


def ro_cnp() -> str:
    d = dob()
    sex = R.choice("12") if d.year < 2000 else R.choice("56")
    county = R.choice([f"{k:02d}" for k in (*range(1, 47), 51, 52)])
    base = f"{sex}{ymd(d)}{county}{R.randint(1, 999):03d}"
    return base + cnp.calc_check_digit(base)


def bg_egn() -> str:
    d = dob()
    base = f"{d.year % 100:02d}{d.month + 40 * (d.year >= 2000):02d}{d.day:02d}{draw(3)}"
    return base + egn.calc_check_digit(base)


def hr_oib() -> str:
    return retry(lambda: complete(draw(1, "123456789") + draw(9), oib.is_valid))


def si_emso() -> str:
    """EMŠO, Slovenia's JMBG: DDMM, the year's last three digits, region 50, serial, check."""
    d = dob()
    base = f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}50{draw(3)}"
    return retry(lambda: finish(base, emso.is_valid))


def cz_rc() -> str:
    """Rodné číslo (Czech and Slovak): YYMMDD (+50 to the month for women), four digits, the
    whole divisible by 11 (births from 1954)."""
    d = dob(1954)
    base = f"{d.year % 100:02d}{d.month + 50 * (R.random() < 0.5):02d}{d.day:02d}{draw(3)}"
    return retry(lambda: finish(base, rc.is_valid))


def tr_tc() -> str:
    base = draw(1, "123456789") + draw(8)
    return base + tckimlik.calc_check_digits(base)


def cn_ric() -> str:
    """Beijing, Shanghai, Guangzhou, Chengdu, Hangzhou, Wuhan districts; X about a third."""

    def make() -> str:
        d = dob()
        area = R.choice(words("110105 310104 440106 510107 330106 420106"))
        return finish(f"{area}{d:%Y%m%d}{draw(3)}", ric.is_valid, DIGITS + "X")

    return sometimes(lambda: retry(make), "X")


def my_nric() -> str:
    d = dob()
    return f"{ymd(d)}{R.choice(words('01 07 10 14 08 12'))}{draw(4)}"


def in_aadhaar() -> str:
    return retry(lambda: complete(draw(1, "23456789") + draw(10), aadhaar.is_valid))


def in_pan() -> str:
    return f"{draw(3, UPPER)}P{draw(1, UPPER)}{R.randint(1, 9999):04d}{draw(1, UPPER)}"


def za_id() -> str:
    d = dob()
    return retry(lambda: complete(f"{ymd(d)}{draw(4)}{R.choice('01')}8", za_idnr.is_valid))


def br_cpf() -> str:
    return retry(lambda: complete(draw(9), cpf.is_valid, 2))


def cl_rut() -> str:
    """RUT of 7-8 digits and check digit or K (about a third K)."""

    def make() -> str:
        body = str(R.randint(4_000_000, 26_999_999))
        return body + rut.calc_check_digit(body)

    return sometimes(make, "K")


def mx_curp() -> str:
    """Surname, surname and name letters, YYMMDD, H/M, state, inner consonants, homoclave."""

    def make() -> str:
        d = dob()
        cons = "BCDFGHJKLMNPRSTVZ"
        head = draw(1, cons) + draw(1, "AEIOU") + draw(2, cons)
        state = R.choice(words("DF JC NL VZ PL GT MC OC YN CH BC"))
        homo = draw(1, DIGITS if d.year < 2000 else UPPER)
        base = f"{head}{ymd(d)}{R.choice('HM')}{state}{draw(3, cons)}{homo}"
        return finish(base, curp.is_valid)

    return retry(make)


def us_ssn() -> str:
    while not ssn.is_valid(number := f"{R.randint(1, 899):03d}{R.randint(1, 99):02d}{draw(4)}"):
        pass
    return number


def ca_sin() -> str:
    return retry(lambda: complete(draw(1, "1234567") + draw(7), sin.is_valid))


# Passport series (letters + digits, no check digit), roughly as German, Polish, Italian, Indian,
# Chinese, French, Irish, Spanish and Dutch ones look; "#" a digit, "@" a letter, "*" either.
PASSPORTS = words(
    "C******** @@####### YA####### @####### E######## ##@@##### P@####### "
    "PA@###### @@@###### @@##@####"
)
PASSPORT_RE = re.compile(r"[A-Z0-9]{8,9}")


def passport() -> str:
    shape = R.choice(PASSPORTS)
    alnum = "CFGHJKLMNPRTVWXYZ0123456789"
    out = "".join(draw(1, DIGITS if c == "#" else UPPER if c == "@" else alnum) if c in "#@*"
                  else c for c in shape)  # fmt: skip
    return out if re.search(r"\d", out) and re.search(r"[A-Z]", out) else passport()


def passport_valid(number: str) -> bool:
    return bool(PASSPORT_RE.fullmatch(number)) and not number.isdigit() and not number.isalpha()


# --------------------------------------------------------------------------------------------
# kinds and their forms


def sep(sizes: str, marks: str) -> Callable[[str], str]:
    """Chunks of ``sizes`` ('3-3-3') joined by ``marks`` in turn ('..-'; one mark for all)."""
    sz = tuple(int(x) for x in sizes.split("-"))

    def fmt(n: str) -> str:
        parts = chunks(n, sz)
        return parts[0] + "".join(
            marks[min(i, len(marks) - 1)] + p for i, p in enumerate(parts[1:])
        )

    return fmt


def same(n: str) -> str:
    return n


@dataclass(frozen=True)
class Kind:
    """One identity number: ``make`` the number (compact), ``valid`` its stdnum check,
    ``written`` as usually written, ``extra`` other written forms, ``groups`` how the digits are
    said in groups (a 2-digit group as one number: date parts), ``letters`` whether it has
    letters (or may: the Chinese X, the Chilean K, the Finnish check letter)."""

    key: str
    make: Callable[[], str]
    valid: Callable[[str], bool]
    written: Callable[[str], str] = same
    extra: dict[str, Callable[[str], str]] = field(default_factory=dict)
    groups: tuple[int, ...] = ()
    letters: bool = False


KINDS = [
    Kind("it_cf", it_cf, codicefiscale.is_valid, extra={"spaced": sep("3-3-5-5", " ")},
         letters=True),
    Kind("es_dni", es_dni, dni.is_valid, sep("8-1", "-"),
         {"dotted": sep("2-3-3-1", "..-")}, letters=True),
    Kind("es_nie", es_nie, nie.is_valid, sep("1-7-1", "-"), letters=True),
    Kind("pt_nif", pt_nif, nif.is_valid, sep("3-3-3", " ")),
    Kind("pt_cc", pt_cc, cc.is_valid, sep("8-1-3", " "), letters=True),
    Kind("fr_nir", fr_nir, nir.is_valid, sep("1-2-2-2-3-3-2", " "), groups=(1, 2, 2, 2, 3, 3, 2)),
    Kind("de_idnr", de_idnr, idnr.is_valid, sep("2-3-3-3", " "), groups=(2, 3, 3, 3)),
    Kind("nl_bsn", nl_bsn, bsn.is_valid, sep("4-2-3", "."), groups=(4, 2, 3)),
    Kind("be_nn", be_nn, nn.is_valid, sep("2-2-2-3-2", "..-."), groups=(2, 2, 2, 3, 2)),
    Kind("pl_pesel", pl_pesel, pesel.is_valid, extra={"grouped": sep("6-5", " ")},
         groups=(2, 2, 2, 5)),
    Kind("lt_asmens", lambda: baltic(asmens.is_valid), asmens.is_valid,
         groups=(1, 2, 2, 2, 4)),
    Kind("lv_pk", lv_pk, pvn.is_valid, sep("6-5", "-"), groups=(2, 2, 2, 5)),
    Kind("ee_ik", lambda: baltic(ik.is_valid), ik.is_valid, groups=(1, 2, 2, 2, 4)),
    Kind("fi_hetu", fi_hetu, hetu.is_valid, letters=True),
    Kind("se_pnr", se_pnr, personnummer.is_valid, sep("6-4", "-"),
         {"long": lambda n: f"{personnummer.get_birth_date(n):%Y%m%d}-{n[6:]}"},
         groups=(2, 2, 2, 4)),
    Kind("dk_cpr", dk_cpr, cpr.is_valid, sep("6-4", "-"), groups=(2, 2, 2, 4)),
    Kind("is_kt", is_kt, kennitala.is_valid, sep("6-4", "-"), groups=(2, 2, 2, 4)),
    Kind("ro_cnp", ro_cnp, cnp.is_valid, groups=(1, 2, 2, 2, 6)),
    Kind("bg_egn", bg_egn, egn.is_valid, groups=(2, 2, 2, 4)),
    Kind("hr_oib", hr_oib, oib.is_valid),
    Kind("si_emso", si_emso, emso.is_valid, groups=(2, 2, 3, 2, 4)),
    Kind("cz_rc", cz_rc, rc.is_valid, sep("6-4", "/"), groups=(2, 2, 2, 4)),
    Kind("tr_tc", tr_tc, tckimlik.is_valid),
    Kind("cn_ric", cn_ric, ric.is_valid, extra={"spaced": sep("6-8-4", " ")}, letters=True),
    Kind("my_nric", my_nric, nric.is_valid, sep("6-2-4", "-"), groups=(2, 2, 2, 2, 4)),
    Kind("in_aadhaar", in_aadhaar, aadhaar.is_valid, sep("4-4-4", " ")),
    Kind("in_pan", in_pan, pan.is_valid, letters=True),
    Kind("za_id", za_id, za_idnr.is_valid, extra={"spaced": sep("6-4-3", " ")},
         groups=(2, 2, 2, 7)),
    Kind("br_cpf", br_cpf, cpf.is_valid, sep("3-3-3-2", "..-")),
    Kind("cl_rut", cl_rut, rut.is_valid, lambda n: f"{int(n[:-1]):,}".replace(",", ".")
         + "-" + n[-1], {"hyphen": lambda n: f"{n[:-1]}-{n[-1]}"}, letters=True),
    Kind("mx_curp", mx_curp, curp.is_valid, letters=True),
    Kind("us_ssn", us_ssn, ssn.is_valid, sep("3-2-4", "-")),
    Kind("ca_sin", ca_sin, sin.is_valid, sep("3-3-3", " ")),
    Kind("passport", passport, passport_valid, letters=True),
]  # fmt: skip
BY_KEY = {k.key: k for k in KINDS}
Render = Callable[[str], str]


def alnum(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


def forms(kind: Kind, lang: str) -> list[tuple[str, Render]]:
    """(form, render) for ``kind``: 'written' as usual; 'compact' when that has separators;
    the kind's other written forms; then 'lower' and 'spelled' (letters as letters, digits as
    words, zero as 'oh') for kinds with letters, or 'words_single' (digit by digit, 'one two
    three' / 'en to tre') and, where the digits fall in date-like groups, 'words_groups' (a
    2-digit group as one number: 'tolv', 'null tre', 'eighty-five') for all-digit kinds."""
    out: list[tuple[str, Render]] = [("written", kind.written)]
    if kind.written is not same:
        out.append(("compact", same))
    out += list(kind.extra.items())
    if kind.letters:
        out.append(("lower", lambda n: kind.written(n).lower()))
        out.append(("spelled", lambda n: spell(alnum(n), lang)))
        return out
    out.append(("words_single", lambda n: say(n, (1,) * len(n), lang)))
    if 2 in kind.groups:
        out.append(("words_groups", lambda n: say(n, kind.groups, lang)))
    return out


def spoken(form: str) -> bool:
    return form in ("spelled", "words_single", "words_groups")


# --------------------------------------------------------------------------------------------
# carriers: with a cue ("|" between them), and without one (after a comma, in a list, at the end)

NO_CUE = {
    "nb": "Ja, {}, det husker jeg godt.|Hun leste opp adressen, datoen og {}."
          "|Det siste jeg skrev ned var {}.|Og så sa han bare {}, og det var det.",
    "en": "Yeah, {}, I remember that one.|She read out the address, the date and {}."
          "|The last thing I wrote down was {}.|And he just said {} and that was it.",
}  # fmt: skip
CUES = {
    "nb": {
        "it_cf": "Den italienske skattekoden min er {}.|Codice fiscale til mora mi er {}, tror "
                 "jeg.",
        "es_dni": "Det spanske ID-nummeret mitt, DNI, er {}.|DNI-nummeret hans er {}.",
        "es_nie": "NIE-nummeret mitt fra Spania er {}.|Hun fikk NIE {} da hun bodde i Málaga.",
        "pt_nif": "Det portugisiske skattenummeret mitt er {}.|NIF-en hennes er {}, står det "
                  "på brevet.",
        "pt_cc": "Nummeret på det portugisiske ID-kortet mitt er {}.|Cartão de cidadão-nummeret "
                 "hans er {}.",
        "fr_nir": "Det franske trygdenummeret mitt er {}.|Numéro de sécurité sociale til faren "
                  "min er {}.",
        "de_idnr": "Den tyske skatte-ID-en min er {}.|Steuer-ID-en hans fra Tyskland er {}.",
        "nl_bsn": "BSN-nummeret mitt fra Nederland er {}.|Det nederlandske borgernummeret "
                  "hennes er {}.",
        "be_nn": "Det belgiske nasjonalnummeret mitt er {}.|Rijksregisternummeret hans er {}.",
        "pl_pesel": "PESEL-nummeret mitt er {}.|Hennes PESEL er {}, fra det polske passet.",
        "lt_asmens": "Den litauiske personkoden min er {}.|Asmens kodas til broren min er {}.",
        "lv_pk": "Den latviske personkoden min er {}.|Personas kods hennes fra Latvia er {}.",
        "ee_ik": "Den estiske personkoden min, isikukood, er {}.|Isikukoodet hans er {}.",
        "fi_hetu": "Den finske personkoden min er {}.|Henkilötunnus til mormor var {}.",
        "se_pnr": "Personnummeret mitt fra Sverige er {}.|Det svenske personnummeret hans er {}.",
        "dk_cpr": "CPR-nummeret mitt fra Danmark er {}.|Det danske personnummeret hennes er {}.",
        "is_kt": "Kennitalaen min fra Island er {}.|Det islandske personnummeret hans er {}.",
        "ro_cnp": "Det rumenske personnummeret mitt, CNP, er {}.|CNP-en til kona mi er {}.",
        "bg_egn": "Det bulgarske personnummeret mitt er {}.|EGN-en hans er {}, står det i passet.",
        "hr_oib": "OIB-en min fra Kroatia er {}.|Det kroatiske ID-nummeret hennes er {}.",
        "si_emso": "JMBG-en min fra Slovenia er {}.|Det slovenske personnummeret hans, EMŠO, "
                   "er {}.",
        "cz_rc": "Det tsjekkiske fødselsnummeret mitt er {}.|Rodné číslo til søstera mi er {}.",
        "tr_tc": "Det tyrkiske ID-nummeret mitt er {}.|Kimlik-nummeret hans er {}.",
        "cn_ric": "Det kinesiske ID-kortnummeret mitt er {}.|ID-nummeret hennes fra Kina er {}.",
        "my_nric": "NRIC-nummeret mitt fra Malaysia er {}.|Det malaysiske ID-kortet hans har "
                   "nummer {}.",
        "in_aadhaar": "Aadhaar-nummeret mitt er {}.|Det indiske ID-nummeret hennes er {}.",
        "in_pan": "PAN-kortet mitt fra India har nummer {}.|Det indiske skattenummeret hans er "
                  "{}.",
        "za_id": "Det sørafrikanske ID-nummeret mitt er {}.|ID-nummeret hennes fra Sør-Afrika "
                 "er {}.",
        "br_cpf": "CPF-en min fra Brasil er {}.|Det brasilianske skattenummeret hans er {}.",
        "cl_rut": "RUT-en min fra Chile er {}.|Det chilenske ID-nummeret hennes er {}.",
        "mx_curp": "CURP-en min fra Mexico er {}.|Den meksikanske personkoden hans er {}.",
        "us_ssn": "Social security-nummeret mitt fra USA er {}.|Det amerikanske personnummeret "
                  "hennes er {}.",
        "ca_sin": "Det kanadiske SIN-nummeret mitt er {}.|Trygdenummeret hans fra Canada er {}.",
        "passport": "Passnummeret mitt er {}.|Det gamle passet hennes hadde nummer {}.",
    },
    "en": {
        "it_cf": "My Italian tax code is {}.|Her codice fiscale is {}, I think.",
        "es_dni": "My Spanish ID number, the DNI, is {}.|His DNI is {}.",
        "es_nie": "My NIE number from Spain is {}.|She got the NIE {} when she lived in Málaga.",
        "pt_nif": "My Portuguese tax number is {}.|Her NIF is {}, it's on the letter.",
        "pt_cc": "The number on my Portuguese ID card is {}.|His cartão de cidadão number is {}.",
        "fr_nir": "My French social security number is {}.|My dad's numéro de sécu was {}.",
        "de_idnr": "My German tax ID is {}.|His Steuer-ID is {}.",
        "nl_bsn": "My BSN from the Netherlands is {}.|Her Dutch citizen service number is {}.",
        "be_nn": "My Belgian national number is {}.|His rijksregisternummer is {}.",
        "pl_pesel": "My PESEL is {}.|Her PESEL number is {}, from the Polish passport.",
        "lt_asmens": "My Lithuanian personal code is {}.|My brother's asmens kodas is {}.",
        "lv_pk": "My Latvian personal code is {}.|Her personas kods is {}.",
        "ee_ik": "My Estonian personal ID code is {}.|His isikukood is {}.",
        "fi_hetu": "My Finnish personal identity code is {}.|Gran's henkilötunnus was {}.",
        "se_pnr": "My Swedish personnummer is {}.|His personal number from Sweden is {}.",
        "dk_cpr": "My Danish CPR number is {}.|Her CPR is {}.",
        "is_kt": "My kennitala from Iceland is {}.|His Icelandic ID number is {}.",
        "ro_cnp": "My Romanian personal numeric code is {}.|My wife's CNP is {}.",
        "bg_egn": "My Bulgarian EGN is {}.|His EGN is {}, it's in the passport.",
        "hr_oib": "My Croatian OIB is {}.|Her OIB is {}.",
        "si_emso": "My JMBG from Slovenia is {}.|His EMŠO number is {}.",
        "cz_rc": "My Czech birth number is {}.|My sister's rodné číslo is {}.",
        "tr_tc": "My Turkish ID number is {}.|His T.C. kimlik number is {}.",
        "cn_ric": "My Chinese ID card number is {}.|Her resident ID number from China is {}.",
        "my_nric": "My Malaysian IC number is {}.|His NRIC is {}.",
        "in_aadhaar": "My Aadhaar number is {}.|Her Aadhaar is {}, I think.",
        "in_pan": "My PAN card number is {}.|His Indian PAN is {}.",
        "za_id": "My South African ID number is {}.|Her ID number back home in South Africa "
                 "was {}.",
        "br_cpf": "My Brazilian CPF is {}.|His CPF number is {}.",
        "cl_rut": "My Chilean RUT is {}.|Her RUT is {}.",
        "mx_curp": "My CURP from Mexico is {}.|His CURP is {}.",
        "us_ssn": "My American social security number is {}.|Her SSN is {}.",
        "ca_sin": "My Canadian SIN is {}.|His social insurance number from Canada is {}.",
        "passport": "My passport number is {}.|Her old passport number was {}.",
    },
}  # fmt: skip
