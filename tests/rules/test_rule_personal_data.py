"""Rule: no phone numbers and no personal email addresses: role addresses and public channels."""

import pytest
from support import CASE, CHAPTER, edited, hub_with, one

CONTACT = {"email": "info@xr-riverside.example.org", "website": "https://xr-riverside.example.org/"}


@pytest.mark.parametrize("phone", ["+44 7700 900123", "(020) 7946 0958", "0044-20-7946-0958",
                                   "+33 6 12 34 56 78", "555.123.4567 9"])
def test_phone_numbers_refused(tmp_path, phone):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, lessons=f"Call {phone} to join.")}))
    assert "looks like a phone number" in problem.message
    assert "activists can be at risk" in problem.message


@pytest.mark.parametrize("text", ["Held 2019-10-04 to 2020-01-26.", "From 2016 - 2018.",
                                  "It cost 1,250,000 euros.", "108 members met 6 times."])
def test_dates_and_numbers_are_not_phones(tmp_path, text):
    assert hub_with(tmp_path, {CASE: edited(CASE, lessons=text)}) == []


@pytest.mark.parametrize("email", ["jane.doe@example.org", "jdoe@example.org"])
def test_personal_email_refused(tmp_path, email):
    problem = one(hub_with(tmp_path, {CHAPTER: edited(CHAPTER, contact={**CONTACT,
                                                                        "email": email})}))
    assert f"'{email}' looks like a personal email address" in problem.message
    assert "role address" in problem.message


def test_personal_email_in_text_refused(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, lessons="Write to jane.doe@example.org")}))
    assert "looks like a personal email address" in problem.message


@pytest.mark.parametrize("email", ["info@example.org", "contact@xr.example", "hola@xr.es",
                                   "press@example.org"])
def test_role_addresses_pass(tmp_path, email):
    assert hub_with(tmp_path, {CHAPTER: edited(CHAPTER, contact={**CONTACT,
                                                                 "email": email})}) == []
