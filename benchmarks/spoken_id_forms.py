"""Identifier forms for benchmarks/spoken_ids_stress.py: generators and carrier sentences.

Why a module of its own: the forms are the benchmark's data (how each identifier kind is said:
digit groupings, number words with new and old tens, "double seven", spelled letters, e-mail
said aloud) and grow with every gap found; the runner that scores them stays small. Every
number is valid for its kind (python-stdnum check digits) and belongs to no one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from functools import partial as P

from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.no import fodselsnummer, kontonr

SEED = 20261201
R = random.Random(SEED)  # reseeded per language in generate()
DIGITS = "0123456789"
Render = Callable[[], str]


def words(s: str) -> list[str]:
    return s.split()


# Per language: ones, teens, tens, ordinals 1-20, months.
LEX = {
    "nb": [words(w) for w in (
        "null en to tre fire fem seks sju åtte ni",
        "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
        "_ _ tjue tretti førti femti seksti sytti åtti nitti",
        "første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte "
        "trettende fjortende femtende sekstende syttende attende nittende tjuende",
        "januar februar mars april mai juni juli august september oktober november desember")],
    "en": [words(w) for w in (
        "zero one two three four five six seven eight nine",
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
        "_ _ twenty thirty forty fifty sixty seventy eighty ninety",
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth",
        "January February March April May June July August September October November December")],
}  # fmt: skip
NB_OLD = {"tjue": "tyve", "sytti": "søtti", "sju": "syv"}  # older/dialect forms
# Types a covering replace span may carry without counting as wrong_type.
EXPECTED = {k: set(v.split("|")) for k, v in (kv.split(":") for kv in words(
    "fnr:NATIONAL_ID dnr:NATIONAL_ID nhs:NATIONAL_ID ni:NATIONAL_ID pps:NATIONAL_ID "
    "phone:PHONE dob:DATE bank:BANK_ACCOUNT|IBAN postcode:ADDRESS|LOCATION "
    "eircode:ADDRESS|LOCATION plate:LICENSE_PLATE email:EMAIL"))}  # fmt: skip


# --------------------------------------------------------------------------------------------
# number words


def num(n: int, lang: str, old: bool = False, zero: str = "") -> str:
    """0-99 as said: 'tjueto', 'eighty-five'; a leading zero as ``zero`` ('null tre', 'oh five')
    when given; ``old`` gives the Norwegian 'tyveto', 'søttisyv'."""
    ones, teens, tens = LEX[lang][:3]
    w = f"{zero} {ones[n]}" if zero and n < 10 else ones[n] if n < 10 else teens[n % 10]
    if n >= 20:
        w = tens[n // 10] + (("" if lang == "nb" else "-") + ones[n % 10] if n % 10 else "")
    for new, older in NB_OLD.items() if old else ():
        w = w.replace(new, older)
    return w


def ordinal(n: int, lang: str) -> str:
    ords, tens = LEX[lang][3], LEX[lang][2]
    if n <= 20 or n == 30:
        return ords[n - 1] if n <= 20 else ("trettiende" if lang == "nb" else "thirtieth")
    return tens[n // 10] + ("" if lang == "nb" else "-") + ords[n % 10 - 1]


def chunks(s: str, sizes: Sequence[int]) -> list[str]:
    assert sum(sizes) == len(s), (s, sizes)
    return [s[sum(sizes[:i]) : sum(sizes[: i + 1])] for i in range(len(sizes))]


def say(s: str, sizes: Sequence[int], lang: str, old: bool = False, oh: bool = False,
        double: bool = False) -> str:  # fmt: skip
    """Speak ``s`` in groups: a 2-digit group as one number ('tolv', 'null tre', 'oh three'),
    other groups digit by digit; ``oh`` says 0 as 'oh', ``double`` says 77 as 'double seven'."""
    zero = "null" if lang == "nb" else "oh" if oh else "zero"
    out = []
    for c in chunks(s, sizes):
        if len(c) == 2:
            out.append(num(int(c), lang, old, zero if c[0] == "0" else ""))
            continue
        i = 0
        while i < len(c):
            run = 1
            while double and i + run < len(c) and c[i + run] == c[i] and run < 3:
                run += 1
            w = zero if c[i] == "0" else num(int(c[i]), lang, old)
            out.append({1: w, 2: f"double {w}", 3: f"triple {w}"}[run])
            i += run
    return " ".join(out)


def spell(s: str, lang: str, oh: bool = True) -> str:
    """Letters as letters, digits as words: 'LS6 2QT' -> 'L S six two Q T'."""
    return " ".join(c if c.isalpha() else say(c, (1,), lang, oh=oh) for c in s if c != " ")


def letters_then_pairs(code: str, lang: str, sizes: Sequence[int]) -> str:
    """'EL48213' -> 'E L førtiåtte to tretten', 'JT482013C' -> 'J T forty-eight twenty ... C'."""
    end = 2 + sum(sizes)
    return " ".join([*code[:2], say(code[2:end], sizes, lang, oh=True), *code[end:]])


# --------------------------------------------------------------------------------------------
# identifiers for invented people


def draw(n: int, alphabet: str = DIGITS) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def complete(prefix: str, valid: Callable[[str], bool], n: int = 1) -> str:
    """``prefix`` + the check digit(s) that make it valid; '' when none does."""
    tails = (f"{t:0{n}d}" for t in range(10**n))
    return next((prefix + t for t in tails if valid(prefix + t)), "")


def dob() -> dt.date:
    first, last = dt.date(1935, 1, 1), dt.date(2008, 12, 31)
    return first + dt.timedelta(days=R.randrange((last - first).days + 1))


def fnr(d_number: bool = False) -> str:
    """Fødselsnummer (or D-nummer: day + 40) for a date of birth 1935-2008."""
    while True:
        d = dob()
        ind = R.randrange(500) if d.year < 2000 else R.randrange(500, 1000)
        base = f"{d.day + 40 * d_number:02d}{d.month:02d}{d.year % 100:02d}{ind:03d}"
        if n := complete(base, fodselsnummer.is_valid, 2):
            return n


def one_wrong(n: str) -> str:
    i = R.randrange(len(n))
    return n[:i] + R.choice(DIGITS.replace(n[i], "")) + n[i + 1 :]


def fnr_mixed() -> str:
    n = fnr()
    return R.choice([f"{say(n[:6], (2, 2, 2), 'nb')} {n[6:]}", f"{n[:6]} {say(n[6:], (5,), 'nb')}"])


def account() -> str:
    return complete(draw(1, "123456789") + draw(9), kontonr.is_valid) or account()


def nhs_number() -> str:
    return complete(draw(1, "4679") + draw(8), nhs.is_valid) or nhs_number()


def pps_number() -> str:
    base, tail = draw(7), R.choice(["", "A"])
    return next(base + c + tail for c in "ABCDEFGHIJKLMNOPQRSTUVW" if pps.is_valid(base + c + tail))


def ni_number() -> str:
    p = draw(1, "ABCEGHJKLMNOPRSTWXYZ") + draw(1, "ABCEGHJKLMNPRSTWXYZ")
    return ni_number() if p in words("BG GB NK KN TN NT ZZ") else p + draw(6) + draw(1, "ABCD")


def uk_landline() -> tuple[str, tuple[int, ...]]:
    area = R.choice(words("0113 0114 0117 0121 0131 0141 0161 020"))
    return area + draw(11 - len(area)), (4, 3, 4) if len(area) == 4 else (3, 4, 4)


def date(lang: str, form: str) -> str:
    d = dob()
    yy, month, day = d.year % 100, LEX[lang][4][d.month - 1], ordinal(d.day, lang)
    short = num(yy, lang, zero="null" if lang == "nb" else "oh")
    and_yy = f" {'og' if lang == 'nb' else 'and'} {num(yy, lang)}" if yy else ""
    spaced = f"nitten hundre og {short}" if d.year < 2000 else f"to tusen{and_yy}"
    compound = spaced.replace(" hundre og ", "").replace(" ", "")
    th = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    year = f"nineteen {short}" if d.year < 2000 else f"two thousand{and_yy}"
    return {
        "words_compound_year": f"{day} {month} {compound}",
        "ordinal_i_ordinal": f"{day} i {ordinal(d.month, lang)} {short}",
        "numeric_dots": f"{d.day:02d}.{d.month:02d}.{yy:02d}",
        "den_hundre_og": f"den [{day} {month} {spaced}]",
        "ordinal_ordinal_year": f"{day} {ordinal(d.month, lang)} {short}",
        "digits_month": f"{d.day}. {month} {d.year}",
        "the_nth_of_month_year": f"the [{day} of {month}, {year}]",
        "nth_month_yy": f"{d.day}{th} {month} {yy:02d}",
        "month_the_nth_yyyy": f"{month} the {d.day}{th} {d.year}",
        "cardinals": f"{num(d.day, lang)} {num(d.month, lang)} {short}",
        "numeric_slashes": f"{d.day:02d}/{d.month:02d}/{d.year}",
    }[form]


NB_POST = [p.split(":") for p in words(
    "0557:Oslo 5003:Bergen 7030:Trondheim 4006:Stavanger 9008:Tromsø 2609:Lillehammer 8006:Bodø "
    "3015:Drammen")]  # fmt: skip
NAMES = {  # first names, surnames, mail domains
    "nb": ("ola kari per ingrid lars siri jon marte knut hilde",
           "hansen johansen olsen larsen berg haugen dahl lie moen strand",
           "gmail.com hotmail.com online.no outlook.com uio.no"),
    "en": ("john sarah david emma james laura mark rachel paul helen",
           "smith jones taylor brown wilson evans walker wright hughes green",
           "gmail.com hotmail.co.uk yahoo.co.uk outlook.com leeds.ac.uk"),
}  # fmt: skip


def email(lang: str, at: str = "", dot: str = "") -> str:
    """Written ('ola.hansen@gmail.com') or said aloud ('Ola punktum Hansen krøllalfa gmail ...')."""
    first, last, domain = (R.choice(words(w)) for w in NAMES[lang])
    if not at:
        return f"{first}.{last}@{domain}"
    return f"{first.title()} {dot} {last.title()} {at} {domain.replace('.', f' {dot} ')}"


def nb_postcode(said: bool, with_place: bool) -> str:
    code, town = R.choice(NB_POST)
    code = say(code, (4,), "nb") if said else code
    return f"[{code}] {town}" if with_place else code


def nb_plate() -> str:
    return draw(2, "ABCDEFGHJKLNPRSTUVXYZ") + draw(1, "123456789") + draw(4)


def uk_plate() -> str:
    age = R.choice([*range(2, 25), *range(51, 75)])
    return f"{draw(2, 'ABCDEFGHJKLMNOPRSTUVWXY')}{age:02d}{draw(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"


def uk_postcode() -> str:
    out = R.choice(words("LS6 M14 B15 S10 NE6 CF24 EH8 G12 BS7 L17 SW9 N16"))
    return f"{out} {draw(1)}{draw(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def eircode() -> str:
    """Routing key and unique id, a letter first and a digit among the rest, like most codes."""
    key, chars = (
        R.choice(words("D02 D04 D6W D08 T12 H91 V94 A65 F92 P31 R95 Y35")),
        "ACDEFHKNPRTVWXY",
    )
    tail = draw(3, chars + DIGITS)
    return f"{key} {draw(1, chars)}{tail}" if set(tail) & set(DIGITS) else eircode()


# --------------------------------------------------------------------------------------------
# forms and carriers


def spec(kind: str, lang: str, number: Render, table: str) -> list[tuple[str, str, Render]]:
    """Forms from 'name=op:sizes ...'. op: g as written, grouped by sizes if given; p grouped and
    joined by '.'; s separate digits; w number words; o words with old tens (tyve/søtti/syv);
    h English 'oh' for zero; d 'oh' and 'double'/'triple' (numbers without a run are drawn
    again); l spelled ('L S six two Q T'); z spelled with 'zero'."""

    def render(op: str, sizes: tuple[int, ...]) -> str:
        n = number()
        if op in "lz":
            return spell(n, lang, oh=op == "l")
        if op in "gps":
            sizes = (1,) * len(n) if op == "s" else sizes or (len(n),)
            return " ".join(chunks(n, sizes)) if op != "p" else ".".join(chunks(n, sizes))
        said = say(n, sizes, lang, old=op == "o", oh=op in "hd", double=op == "d")
        return said if op != "d" or "double" in said or "triple" in said else render(op, sizes)

    out = []
    for entry in words(table):
        name, op, sizes = entry.replace("=", ":").split(":")
        out.append((kind, name, P(render, op, tuple(int(x) for x in sizes.split("-") if x))))
    return out


NB_DATES = words("words_compound_year ordinal_i_ordinal numeric_dots den_hundre_og "
                 "ordinal_ordinal_year digits_month")  # fmt: skip
EN_DATES = words("the_nth_of_month_year nth_month_yy month_the_nth_yyyy cardinals numeric_slashes")
FORMS: dict[str, list[tuple[str, str, Render]]] = {
    "nb": [
        *spec("fnr", "nb", fnr, "digits_6_5=g:6-5 digits_2_2_2_3_2=g:2-2-2-3-2 digits_single=s: "
              "digits_3_3_3_2=g:3-3-3-2 words_pairs=w:2-2-2-3-2 words_pairs_old_tens=o:2-2-2-3-2 "
              "words_single=w:11"),
        ("fnr", "mixed_words_digits", fnr_mixed),
        *spec("fnr", "nb", lambda: one_wrong(fnr()), "one_wrong_digits=g:6-5 "
              "one_wrong_words=w:2-2-2-3-2"),
        *spec("dnr", "nb", P(fnr, True), "digits_6_5=g:6-5 words_pairs=w:2-2-2-3-2"),
        *spec("phone", "nb", lambda: draw(1, "49") + draw(7), "mobile_digits_3_2_3=g:3-2-3 "
              "mobile_digits_pairs=g:2-2-2-2 mobile_digits_block=g: mobile_words_pairs=w:2-2-2-2 "
              "mobile_words_pairs_old=o:2-2-2-2 mobile_words_triplets=w:3-2-3 "
              "mobile_words_single=w:8"),
        *spec("phone", "nb", lambda: draw(1, "23567") + draw(7), "landline_digits_pairs=g:2-2-2-2 "
              "landline_words_pairs=w:2-2-2-2"),
        ("phone", "plus47_digits", lambda: f"+47 {draw(1, '49')}{draw(2)} {draw(2)} {draw(3)}"),
        ("phone", "pluss_førtisju_words",
         lambda: "pluss førtisju " + say(draw(1, "49") + draw(7), (2, 2, 2, 2), "nb")),
        *[("dob", f, P(date, "nb", f)) for f in NB_DATES],
        *spec("bank", "nb", account, "digits_4_2_5=g:4-2-5 digits_dotted=p:4-2-5 "
              "words_single=w:11 words_pairs=w:2-2-2-2-3"),
        ("postcode", "digits_place", P(nb_postcode, False, True)),
        ("postcode", "words", P(nb_postcode, True, False)),
        ("postcode", "words_place", P(nb_postcode, True, True)),
        *spec("plate", "nb", nb_plate, "written=g:2-5 written_nospace=g: spelled_words=l:"),
        ("plate", "letters_pair_words", lambda: letters_then_pairs(nb_plate(), "nb", (2, 1, 2))),
        ("email", "written", P(email, "nb")),
        ("email", "said_krøllalfa_punktum", P(email, "nb", "krøllalfa", "punktum")),
        ("email", "said_alfakrøll_prikk", P(email, "nb", "alfakrøll", "prikk")),
    ],
    "en": [
        *spec("nhs", "en", nhs_number, "digits_3_3_4=g:3-3-4 digits_block=g: "
              "words_single_zero=w:3-3-4 words_oh_double=d:3-3-4"),
        *spec("ni", "en", ni_number, "written=g:2-2-2-2-1 written_compact=g: "
              "letters_single_words=l:"),
        ("ni", "letters_pair_words", lambda: letters_then_pairs(ni_number(), "en", (2, 2, 2))),
        *spec("pps", "en", pps_number, "written=g: spelled_words=z:"),
        *spec("phone", "en", lambda: "07" + draw(1, "4789") + draw(8), "mobile_digits=g:5-6 "
              "mobile_words_oh=h:5-6 mobile_words_double_triple=d:5-6"),
        ("phone", "mobile_plus44_digits", lambda: f"+44 7{draw(1, '4789')}{draw(2)} {draw(6)}"),
        ("phone", "landline_digits", lambda: " ".join(chunks(*uk_landline()))),
        ("phone", "landline_words", lambda: say(*uk_landline(), "en", oh=True, double=True)),
        *[("dob", f, P(date, "en", f)) for f in EN_DATES],
        *spec("postcode", "en", uk_postcode, "written=g: spelled_words=l:"),
        *spec("plate", "en", uk_plate, "written=g:4-3 written_compact=g: spelled_words=l:"),
        *spec("eircode", "en", eircode, "written=g: spelled_words=l:"),
        ("email", "written", P(email, "en")),
        ("email", "said_dot_at", P(email, "en", "at", "dot")),
    ],
}  # fmt: skip
# Carrier sentences with a cue word, per kind ("|" between them), and without one ("").
CUES = {
    "nb": {
        "fnr": "Fødselsnummeret mitt er {}.|Ja, personnummeret hans er {}, tror jeg."
               "|Fødselsnummeret til mora mi er {}.",
        "dnr": "D-nummeret mitt er {}.|Han har D-nummer {}, ikke fødselsnummer.",
        "phone": "Telefonnummeret hans er {}.|Du kan ringe meg på {}."
                 "|Mobilnummeret mitt er {}, bare send en melding.",
        "dob": "Jeg er født {}.|Fødselsdatoen hennes er {}.|Han ble født {} på Haukeland.",
        "bank": "Kontonummeret mitt er {}.|Lønna går inn på konto {}."
                "|Du kan sette det inn på kontonummer {}.",
        "postcode": "Postnummeret er {}.|Vi bodde på postnummer {} den gangen.",
        "plate": "Bilen hadde skilt {}.|Registreringsnummeret er {}."
                 "|Han kjørte en blå Golf med {} på skiltet.",
        "email": "E-posten min er {}.|Du kan sende det til {}.|Skriv til meg på {}.",
        "": "Ja, {}, det husker jeg godt.|Og så sa hun bare {}, og det var det."
            "|Jeg skrev ned {} på en lapp.",
    },
    "en": {
        "nhs": "My NHS number is {}.|Her NHS number's {}, I think."
               "|The NHS number on the letter was {}.",
        "ni": "My National Insurance number is {}.|His NI number is {}."
              "|Your national insurance, it's {}.",
        "pps": "My PPS number is {}.|Her PPS is {}, I think.",
        "phone": "Call me on {}.|My mobile number is {}.|You can ring her on {} any time.",
        "dob": "I was born on {}.|My date of birth is {}.|His birthday's {}.",
        "postcode": "My postcode is {}.|The postcode's {}, I think.",
        "plate": "The registration was {}.|His number plate is {}.|It was a silver Corsa, reg {}.",
        "eircode": "My Eircode is {}.|The Eircode for the house is {}.",
        "email": "My email is {}.|You can email me at {}.|Send it to {}.",
        "": "Yeah, so it was {}, I think.|And she just said {} and that was it."
            "|I wrote down {} on a bit of paper.",
    },
}  # fmt: skip
