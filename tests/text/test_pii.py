"""Masking of phone, ID-card and bank-card numbers (last four kept)."""

from __future__ import annotations

import pytest

from qa_pipeline.text.pii import mask_json, mask_text


@pytest.mark.parametrize("text, masked", [
    ("我的电话是13812345678，记一下", "我的电话是*******5678，记一下"),
    ("手机 138-1234-5678", "手机 ***-****-5678"),
    ("+86 138 1234 5678", "+** *** **** 5678"),
    ("座机010-87654321", "座机***-****4321"),
    ("身份证号110101199003074512", "身份证号**************4512"),
    ("身份证11010119900307451X号", "身份证**************451X号"),
    ("老身份证110101900307451", "老身份证***********7451"),
    ("卡号6222 0212 3456 7890", "卡号**** **** **** 7890"),
    ("卡号6222021234567890123", "卡号***************0123"),
    ("一三八一二三四五六七八", "*******五六七八"),
    ("手机１３８１２３４５６７８", "手机*******５６７８"),
])
def test_numbers_are_masked_but_the_last_four(text, masked):
    assert mask_text(text) == masked
    assert len(mask_text(text)) == len(text)  # evidence offsets stay valid


@pytest.mark.parametrize("text", [
    "本期应还八千五百元，已经逾期十天了",
    "欠款12000元，2026年3月2日前还清",
    "身份证后四位是三七一二",
    "工号 20231",
    "订单号AB1234567890123",
    "",
])
def test_ordinary_numbers_are_left_alone(text):
    assert mask_text(text) == text


def test_mask_json_masks_strings_at_any_depth():
    value = {"callee": {"phone": "13812345678", "n": 3}, "notes": ["卡号6222021234567890", None]}
    assert mask_json(value) == {"callee": {"phone": "*******5678", "n": 3},
                                "notes": ["卡号************7890", None]}
    assert value["callee"]["phone"] == "13812345678"  # the input is not changed


# Issue 14.2: separators, Chinese digits, prefixes and brackets the first pattern missed.
@pytest.mark.parametrize("text, masked", [
    ("138，1234，5678", "***，****，5678"),
    ("138,1234,5678", "***,****,5678"),
    ("138.1234.5678", "***.****.5678"),
    ("138、1234、5678", "***、****、5678"),
    ("138  1234  5678", "***  ****  5678"),
    ("138\t1234\t5678", "***\t****\t5678"),
    ("138\u00a01234\u00a05678", "***\u00a0****\u00a05678"),
    ("一三八，一二三四，五六七八", "***，****，五六七八"),
    ("幺三八幺二三四五六七八", "*******五六七八"),
    ("壹叁捌壹贰叁肆伍陆柒捌", "*******伍陆柒捌"),
    ("tel13812345678", "tel*******5678"),
    ("ID110101199003071234", "ID**************1234"),
    ("(010)12345678", "(***)****5678"),
    ("（010）12345678", "（***）****5678"),
    ("6222-0212-3456-7890", "****-****-****-7890"),
    ("6222  0212  3456  7890", "****  ****  ****  7890"),
])
def test_separated_spoken_and_prefixed_numbers_are_masked(text, masked):
    assert mask_text(text) == masked


def test_mask_json_masks_integer_numbers_and_leaves_small_ones():
    assert mask_json({"mobile": 13812345678, "count": 3, "ok": True}) == {
        "mobile": "*******5678", "count": 3, "ok": True}
