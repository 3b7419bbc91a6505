"""Vietnamese full names, family name first (session 22); names are invented."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.vietnamese_names import VietnameseNameRecognizer, fold


@pytest.fixture(scope="module")
def recs() -> dict[str, VietnameseNameRecognizer]:
    return {"en": VietnameseNameRecognizer("en"), "nb": VietnameseNameRecognizer("nb")}


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("en", "truong thi bich is my aunt, she lives in leeds", ["truong thi bich"]),
        ("en", "on the forms she's vu khanh ngan, but ngan to us", ["vu khanh ngan"]),
        ("nb", "Dinh Van Tuan var kontaktpersonen min", ["Dinh Van Tuan"]),
        ("nb", "mora mi, lê thị hạnh, kom hit i åttitallet", ["lê thị hạnh"]),
        # family names that are words need the middle name
        ("nb", "ho thi nga var der hver dag", ["ho thi nga"]),
        ("nb", "ho ha det bra, sa hun", []),
        ("en", "do you know what i mean", []),
        # a family name alone, or before words of the language, is left to the other layers
        ("en", "vu is the family name", []),
        ("nb", "tran sa at det gikk bra", []),
        ("en", "mr lam and his wife", []),
        ("en", "lam diem hanh is my wife's name", ["lam diem hanh"]),
        ("nb", "mai var fin i år", []),
        ("en", "tang said it was fine", []),
        ("en", "lam chops tonight then", []),
        # Norwegian letters are no tone marks: "lå på" is no "la pa"
        ("nb", "moren min lå på kalnes sykehus i to uker", []),
    ],
)
def test_vietnamese_names(recs, lang: str, text: str, names: list[str]) -> None:
    assert [t for _, t in spans(recs[lang], text)] == names


def test_fold_removes_tone_marks() -> None:
    assert fold("Nguyễn") == "nguyen"
    assert fold("Đặng") == "dang"
    assert fold("lå") == "lå"
