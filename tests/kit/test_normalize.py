from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from api.kit.fields import CcusId, Kana, MobilePhone, Phone, PostalCode
from api.kit.normalize import digits_only, to_katakana


class Form(BaseModel):
    phone: Phone | None = None
    mobile: MobilePhone | None = None
    kana: Kana | None = None
    postal: PostalCode | None = None
    ccus: CcusId | None = None


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("03-1234-5678", "0312345678"),
        ("０３（１２３４）５６７８", "0312345678"),
        ("090ー1111ー2222", "09011112222"),
    ],
)
def test_phones_accept_hyphens_and_full_width_digits(raw: str, stored: str) -> None:
    assert Form(phone=raw).phone == stored


@pytest.mark.parametrize("raw", ["12345", "3-1234-5678", "090-1234-567a", "0312345678901"])
def test_phones_refuse_what_is_not_a_number(raw: str) -> None:
    with pytest.raises(ValidationError) as error:
        Form(phone=raw)
    assert error.value.errors()[0]["type"] == "phone.invalid"


def test_mobile_numbers_are_11_digits() -> None:
    assert Form(mobile="080-8209-0000").mobile == "08082090000"
    with pytest.raises(ValidationError, match="mobile_phone.invalid"):
        Form(mobile="03-1234-5678")


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("かわごえ", "カワゴエ"),
        ("ｶﾜｺﾞｴ", "カワゴエ"),
        ("  アサガヤ　テッキン ", "アサガヤ テッキン"),
        ("エーライン", "エーライン"),
    ],
)
def test_kana_is_normalised_to_katakana(raw: str, stored: str) -> None:
    assert Form(kana=raw).kana == stored


@pytest.mark.parametrize("raw", ["川越", "カワゴエ太郎", "   "])
def test_kana_refuses_kanji_and_blanks(raw: str) -> None:
    with pytest.raises(ValidationError):
        Form(kana=raw)


def test_postal_codes_and_ccus_ids() -> None:
    assert Form(postal="〒100-0001").postal == "1000001"
    assert Form(ccus="6666 6999 9952 14").ccus == "66666999995214"
    for bad in ("6666699999521", "666669999952145", "6666699999521x"):
        with pytest.raises(ValidationError, match="ccus_id.invalid"):
            Form(ccus=bad)


def test_helpers() -> None:
    assert digits_only(" ０１２-３ ") == "0123"
    assert to_katakana("ぁゔ") == "ァヴ"
