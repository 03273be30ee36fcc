"""Rule: no phone numbers and no personal email addresses: role addresses and public channels.

The expected answers never come from the detector under test: phone numbers are libphonenumber's
own example numbers for every region it knows, written by libphonenumber's formatter; addresses
are a hand-written list (tests/fixtures/addresses.txt); what must pass is written here by hand.
Limits are written as the literal numbers they are.
"""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from support import CASE, CHAPTER, FIXTURES, edited, hub_with, one

from partdem.content import privacy
from partdem.content.privacy import personal_data_problem

TRANSLATION = "data/cases/riverside-climate-assembly.es.yaml"
CONTACT = {"email": "info@xr-riverside.example.org", "website": "https://xr-riverside.example.org/"}
A_PHONE = "looks like a phone number"
A_PERSONAL_ADDRESS = "looks like a personal email address"


def refused_as_phone(text: str) -> bool:
    problem = personal_data_problem(text)
    return problem is not None and A_PHONE in problem


# -- through the validator: every text field, contact.email, Url fields, translations ---------
@pytest.mark.parametrize("phone", ["+44 7700 900123", "(020) 7946 0958", "0044-20-7946-0958",
                                   "+33 6 12 34 56 78", "555.123.4567 9"])
def test_phone_numbers_refused(tmp_path, phone):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, lessons=f"Call {phone} to join.")}))
    assert A_PHONE in problem.message
    assert "activists can be at risk" in problem.message


@pytest.mark.parametrize("text", ["Held 2019-10-04 to 2020-01-26.", "From 2016 - 2018.",
                                  "It cost 1,250,000 euros.", "108 members met 6 times."])
def test_dates_and_numbers_are_not_phones(tmp_path, text):
    assert hub_with(tmp_path, {CASE: edited(CASE, lessons=text)}) == []


@pytest.mark.parametrize("email", ["jane.doe@example.org", "jdoe@example.org",
                                   "marinfo.perez@example.org", "xrjane@example.org"])
def test_personal_email_refused(tmp_path, email):
    problem = one(hub_with(tmp_path, {CHAPTER: edited(CHAPTER, contact={**CONTACT,
                                                                        "email": email})}))
    assert f"'{email}' {A_PERSONAL_ADDRESS}" in problem.message
    assert "role address" in problem.message


def test_personal_email_in_text_refused(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, lessons="Write to jane.doe@example.org")}))
    assert A_PERSONAL_ADDRESS in problem.message


@pytest.mark.parametrize("email", ["info@example.org", "contact@xr.example", "hola@xr.es",
                                   "press@example.org"])
def test_role_addresses_pass(tmp_path, email):
    assert hub_with(tmp_path, {CHAPTER: edited(CHAPTER, contact={**CONTACT,
                                                                 "email": email})}) == []


@pytest.mark.parametrize("url", ["https://wa.me/447400123456", "https://t.me/+447400123456",
                                 "https://example.org/files/contact-07400-123456.pdf",
                                 "https://example.org/files/jane.doe@example.org.pdf"])
def test_url_fields_are_read_too(tmp_path, url):
    problem = one(hub_with(tmp_path, {CHAPTER: edited(CHAPTER, contact={**CONTACT,
                                                                        "website": url})}))
    assert A_PHONE in problem.message or A_PERSONAL_ADDRESS in problem.message


def test_translations_are_read_too(tmp_path):
    problem = one(hub_with(tmp_path, {TRANSLATION: edited(
        TRANSLATION, summary="Escribid a jane [at] example [dot] org.")}))
    assert f"'jane [at] example [dot] org' {A_PERSONAL_ADDRESS}" in problem.message


# -- phone numbers: libphonenumber's own examples, for every region ----------------------------
KINDS = {PhoneNumberType.MOBILE: "mobile", PhoneNumberType.FIXED_LINE: "fixed line"}
SEPARATORS = {"dot": ".", "slash": "/", "no-break space": "\u00a0",
              "narrow no-break space": "\u202f", "thin space": "\u2009", "hyphen": "-"}
SENTENCES = ("For details call {} today.", "Llamad a Jane al {}.", "Appelez Jeanne au {}, le soir.",
             "Ruf Jana unter {} an.", "Liga à Joana: {}", "اتصلوا بجين على {} مساءً")
# National numbers of fewer digits (Niue's 4, the Falklands' 5, Andorra's 6) cannot be told
# from any other number: they are refused when written internationally, with the country code.
SHORTEST_NATIONAL = 7


def written_forms(number: phonenumbers.PhoneNumber) -> dict[str, str]:
    """The number as libphonenumber writes it, and with its spaces and hyphens replaced by
    other separators people use."""
    forms = {"national": phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
             "international": phonenumbers.format_number(number,
                                                         PhoneNumberFormat.INTERNATIONAL),
             "E.164": phonenumbers.format_number(number, PhoneNumberFormat.E164)}
    for name, separator in SEPARATORS.items():
        for form in ("national", "international"):
            forms[f"{form}, {name}"] = re.sub(r"[ -]", separator, forms[form])
    return forms


@pytest.mark.parametrize("region", sorted(phonenumbers.SUPPORTED_REGIONS))
def test_example_numbers_of_every_region_refused(region):
    missed = []
    for kind in KINDS:
        number = phonenumbers.example_number_for_type(region, kind)
        if number is None:
            continue
        for index, (form, written) in enumerate(written_forms(number).items()):
            if form.startswith("national") and sum(map(str.isdigit, written)) < SHORTEST_NATIONAL:
                continue
            text = SENTENCES[index % len(SENTENCES)].format(written)
            if not refused_as_phone(text):
                missed.append(f"{KINDS[kind]}, {form}: {text}")
    assert missed == []


def test_every_region_has_examples():
    """The test above covers the world, Majority World regions included."""
    regions = {region for region in phonenumbers.SUPPORTED_REGIONS
               if phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)}
    assert len(regions) > 200
    assert {"KE", "NG", "IN", "BR", "BD", "PK", "ID", "PH", "EG", "ET", "CD", "MX", "CO", "PE",
            "VN", "ZA", "SN", "BO", "NP", "HT"} <= regions


@pytest.mark.parametrize("text", [
    "+44 7700 900123",  # a UK drama number: outside the allocated ranges, still a phone number
    "0044 7700 900123",  # the same, with the international prefix
    "+44 (0)20 7946 0958", "07400 123 456", "07400-123-456",  # grouped otherwise than usual
    "+44\u202f7400\u202f123456", "07400\u2009123456", "07400\u00a0123456",
    "0\u200b7400 123\u00ad456",  # invisible characters between the digits
    "٠٧٤٠٠ ١٢٣٤٥٦", "０７４００ １２３４５６", "+44 7400 123456",  # other digits, full width
    "电话13812345678",  # right after a word, as Chinese writes it
    "&#43;44 7400 123456", "Room 1 020 7946 0958", "Tel. 020 7946 0958 (2019)",
    "020 7946 0958 / 07400 123456", "Call 0207 946 0958 now",
], ids=lambda text: text.encode("unicode_escape").decode())
def test_written_otherwise_refused(text):
    assert refused_as_phone(f"Jane: {text}.")


def test_the_number_is_quoted_as_written():
    assert personal_data_problem("Call (020) 7946 0958.").startswith(
        f"'(020) 7946 0958' {A_PHONE}: {privacy.PRIVACY_WHY}. Remove it, or link to a public "
        "channel instead")
    assert personal_data_problem("Ring 0044 20 7946 0958 to join.").startswith(
        "'0044 20 7946 0958' looks")


def test_a_figure_is_told_how_to_pass():
    """Grouped in thousands, Portugal's and Poland's numbers look like figures: the message says
    how to write a figure so that it passes."""
    problem = personal_data_problem("We were 912 345 678.")
    assert problem.startswith(f"'912 345 678' {A_PHONE}")
    assert problem.endswith("(if it is a figure, write its unit after it, such as 1 234 567 "
                            "people)")
    assert personal_data_problem("We were 912 345 678 people.") is None
    assert "figure" not in personal_data_problem("Call 07400 123456.")


@pytest.mark.timeout(5)
def test_a_long_run_of_digits_is_checked_quickly():
    """Parts of a run are tried as numbers, at most 50 of them: a long table of figures costs
    no more than a few numbers (each part here differs from the others by its separators)."""
    separators = random.Random(29).choices(" -.", k=2000)
    table = "".join(f"00{separator}" for separator in separators) + "00"
    privacy.is_phone_number.cache_clear()
    assert personal_data_problem(table) is None


# Boundaries, as literal numbers: national numbers from 7 digits, blocks without separators
# or prefix from 8 digits in text and never in links.
@pytest.mark.parametrize(("text", "refused"), [
    ("410 1234", True),  # Iceland: 7 digits
    ("312 345", False),  # Andorra: 6 digits, national
    ("+376 312 345", True),  # the same, international: 9 digits
    ("71234567", True),  # Bolivia: a block of 8 digits
    ("4101234", False),  # Iceland: a block of 7 digits
    ("0201234567", True),  # a block starting with a trunk prefix
    ("512 345 678", True),  # Poland, grouped as Poland groups numbers
    ("5123 45678", False),  # the same digits, grouped as no region groups them, no prefix
], ids=str)
def test_boundaries(text, refused):
    assert refused_as_phone(f"Jana: {text}.") is refused


@pytest.mark.parametrize("text", [
    "Held 2019-10-05.", "On 05.10.2019 we met.", "On 5/10/2019 we met.", "On 10/5/19 we met.",
    "Dated 20191005.", "From 2016–2018.", "From 2016 - 2018.", "In 2016/17.",
    "From 2019-10-04/2020-01-26.", "In 2020 2021 2022 we met.", "Januar 2022 100 Menschen",
    "April 2007 103 zufällig ausgewählte Bürger", "2 December 2018 (350CT)",
    "G1000 (2011–2012) (25.11.2026)", "It cost €1,200,000.", "It cost 1 200 000 euros.",
    "It cost 1\u202f200\u202f000 euros.", "It cost 1.200.000 euros.", "541 000 000 people",
    "A budget of € 1 250 123.", "A budget of 1 250 123 €.", "EUR 912 345 678", "912 345 678 EUR",
    "45 %", "12.5 %", "912 345 678 %", "8 336 817 inhabitants",
    "912 345 678 people", "ISO 14001:2015", "ISO/IEC 27001:2013", "ISBN 978-3-16-148410-0",
    "978-1-86-091390-7", "ISSN 2073-4441", "doi:10.1038/s41586-020-2649-2",
    "10.1080/13501763.2019.1234567", "ORCID 0000-0001-5109-3700", "0000-0001-5109-3700",
    "IBAN DE89 3704 0044 0532 0130 00", "We counted 188 021 343 286 of them.",
    "108 members met 6 times.", "It cost 1,250,000 euros.", "Sessions 10, 12, 14, 16, 18, 20.",
    "At 51.5074, -0.1278.", "From 10.00-12.00 and 14.00-16.00.", "Version 1.2.3.4567.",
])
def test_dates_figures_and_identifiers_pass(text):
    assert personal_data_problem(text) is None


# Each exclusion on its own: without it, libphonenumber would read the text as a phone number.
EXCLUSIONS = {
    ("_NOT_A_NUMBER",): ["Dated 20191005.", "From 2016–2018.", "From 2016 - 2018.",
                         "In 2020 2021 2022.", "10.1080/13501763.2019.1234567",
                         "0000-0001-5109-3700", "541 000 000"],
    # a date with its year in full is left out whole, and inside a longer run
    ("_NOT_A_NUMBER", "_DATE_IN_RUN"): ["On 05.10.2019 we met.", "From 2019-10-04/2020-01-26."],
    ("_DATE_IN_RUN",): ["https://example.org/climat-2020-06-19-1201100674"],
    ("_LABEL_BEFORE",): ["ISSN 2073-4441", "IBAN DE89 3704 0044 0532 0130 00"],
    ("_UNIT_AFTER",): ["8 336 817 inhabitants", "912 345 678 people"],
    ("_FIGURE",): ["We counted 188 021 343 286 of them."],
    ("_DOI_IN_PATH",): ["https://doi.org/10.1002/0471723991",
                        "https://doi.org/10.1080/09644016.2019.1234567"],
}


def refused_without(monkeypatch, replaced: dict[str, object], text: str) -> bool:
    """Whether the text is refused as a phone number once the privacy module's ``replaced``
    names are swapped (the answers of the old ones are cached, before and after)."""
    for name, value in replaced.items():
        monkeypatch.setattr(privacy, name, value)
    privacy.is_phone_number.cache_clear()
    privacy._link_problem.cache_clear()
    try:
        return bool(refused_as_phone(text))
    finally:
        privacy.is_phone_number.cache_clear()
        privacy._link_problem.cache_clear()


@pytest.mark.parametrize(("names", "text"), [(names, text) for names, texts in EXCLUSIONS.items()
                                             for text in texts], ids=str)
def test_each_exclusion_is_needed(monkeypatch, names, text):
    assert personal_data_problem(text) is None
    # each pattern replaced by one that matches nothing
    assert refused_without(monkeypatch, dict.fromkeys(names, re.compile("(?!)")), text)


@pytest.mark.parametrize(("function", "text"), [
    ("_is_amount", "€ 912 345 678"), ("_is_amount", "912 345 678 €"),
    ("_is_amount", "EUR 912 345 678"), ("_is_amount", "912 345 678 EUR"),
    ("_is_amount", "912 345 678 %"), ("_is_isbn", "978-1-86-091390-7"),
    ("_is_issn", "https://www.sciencedirect.com/journal/0140-6736/vol/1"),
])
def test_each_check_is_needed(monkeypatch, function, text):
    assert personal_data_problem(text) is None
    assert refused_without(monkeypatch, {function: lambda *args, **kwargs: False}, text)


@pytest.mark.parametrize("text", ["Januar 2022 100 Menschen", "From 2016–2018.",
                                  "Held 2019-10-05.", "G1000 (2011–2012) (25.11.2026)",
                                  "It cost €1 200 000.", "108 members met 6 times.",
                                  "https://example.org/article/13103216"])
def test_ordinary_content_never_asks_libphonenumber(monkeypatch, text):
    """The cheap tests keep the check fast: libphonenumber only hears of real candidates."""
    def asked(*args, **kwargs):
        raise AssertionError(f"libphonenumber was asked about {text!r}")
    monkeypatch.setattr(privacy, "_phonenumbers", asked)
    privacy.is_phone_number.cache_clear()
    privacy._link_problem.cache_clear()
    try:
        assert personal_data_problem(text) is None
    finally:
        privacy.is_phone_number.cache_clear()
        privacy._link_problem.cache_clear()


@pytest.mark.parametrize("region", sorted(phonenumbers.SUPPORTED_REGIONS))
def test_the_region_prefilter_lets_every_example_through(region):
    """_could_be_national is a necessary condition: the region's own numbers, written in its
    national format (with its trunk prefix, or Argentina's 15 before a mobile number), pass."""
    prefilter = next(known for known in privacy._regions() if known.code == region)
    for kind in KINDS:
        number = phonenumbers.example_number_for_type(region, kind)
        if number is not None:
            written = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            assert privacy._could_be_national(prefilter, re.sub(r"\D", "", written)), written


def test_the_region_prefilter_changes_no_answer(monkeypatch):
    """_could_be_national only saves time: with every region asked, the answers are the same."""
    candidates = ["07400 123456", "512 345 678", "201-555-0123", "0044 20 7946 0958",
                  "31-0077.647 5206", "410 1234", "2 345 678", "12 345 678", "1 512 345 678",
                  "06 12 34 56 78", "011 44 20 7946 0958", "8 (912) 345-67-89", "1 268 464 1234",
                  "0801 234 5678", "080-1234-5678", "(11) 96123-4567", "0 800 123 456"]
    for region in ("AR", "AG", "BR", "JP", "GG", "NF", "SM", "GA", "MX", "RU", "HU", "IT"):
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            candidates.append(phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL))
            candidates.append(phonenumbers.format_out_of_country_calling_number(number, "US"))
    fast = [privacy.is_phone_number.__wrapped__(candidate) for candidate in candidates]
    monkeypatch.setattr(privacy, "_could_be_national", lambda region, digits: True)
    slow = [privacy.is_phone_number.__wrapped__(candidate) for candidate in candidates]
    assert fast == slow
    assert any(fast) and not all(fast)


# -- links and file names ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "[Call us](tel:+447400123456)", "[Call us](tel:+44-7400-123456)", "tel:07400123456",
    "<tel:+447400123456>", "[Text us](sms:+447400123456)", "callto:+447400123456",
    "[WhatsApp](https://wa.me/447400123456)", "https://wa.me/447400123456?text=Hi",
    "https://api.whatsapp.com/send?phone=447400123456", "https://t.me/+447400123456",
    "https://signal.me/#p/+447400123456", "https://example.org/call?phone=07400123456",
    "https://example.org/contact?tel=%2B447400123456", "https://example.org/c/+447400123456",
    "https://example.org/c/%2B447400123456", "https://example.org/call/07400123456",
    "https://example.org/call-020-7946-0958", "[flyer](/files/contact-07400-123456.pdf)",
    "[flyer](/files/contact_07400_123456.pdf)", "[flyer](/files/flyer-201-555-0123.pdf)",
    "www.example.org/contact/07400123456", "[x]: https://wa.me/447400123456",
    "[flyer]\n\n[flyer]: /files/contact-07400-123456.pdf",  # a reference, a path
    "https://example.org/call?phone=447400123456",  # the parameter says it is a phone number
    "https://example.org/call?mobile_number=7400123456",
    "tel:4101234", "sms:4101234",  # the scheme says it is a phone number
], ids=lambda text: text.encode("unicode_escape").decode())
def test_numbers_in_links_and_file_names_refused(text):
    assert refused_as_phone(text)


@pytest.mark.parametrize("text", [
    "[report](https://example.org/article/13103216)",  # an identifier
    "https://khnews.kheraldm.com/view.php?ud=20171024000588",
    "https://fundacion-biodiversidad.es/en/?p=97859966",
    "https://www.vrt.be/vrtnws/fr/2011/11/11/704_citoyens_au_g1000atourettaxis-1-1152601/",
    "https://www.mdpi.com/2073-4441/14/6/874",  # a journal's ISSN
    "https://example.org/issue/6234-5678",  # two groups: Singapore's format, and an identifier
    "https://www.sciencedirect.com/journal/0140-6736/vol/1",
    "https://www.sciencedirect.com/journal/0305-750X/vol/1",
    "https://doi.org/10.1080/13501763.2019.1234567",
    "https://doi.org/10.1080/09644016.2019.1234567", "https://doi.org/10.1002/0471723991",
    "https://doi.org/10.1016/0301-4215(94)90175-9",  # brackets inside a link target
    "[paper](https://doi.org/10.1016/0169-2046(95)02087-7)",
    "See https://doi.org/10.1016/0921-8009(95)00064-X.",
    "https://link.springer.com/article/10.1007/s10460-021-10221-1",
    "https://www.la-croix.com/environnement/Convention-citoyenne-climat-2020-06-19-1201100674",
    "https://ec.europa.eu/info/strategy/priorities-2019-2024/new-push",
    "https://www.oireachtas.ie/en/debates/question/2019-05-21/63/",
    "https://read.aupress.ca/read/x/section/2b5784b0-0346-4773-92d1-68c2e97f3c41",
    "[call for evidence](https://example.org/call-for-evidence-2021)",
    "tel:112",
], ids=str)
def test_identifiers_in_links_pass(text):
    assert personal_data_problem(text) is None


# -- e-mail: the hand-written list -------------------------------------------------------------
def addresses() -> list[tuple[str, str]]:
    lines = (FIXTURES / "addresses.txt").read_text(encoding="utf-8").splitlines()
    return [(answer, text.replace("\\n", "\n")) for answer, text in
            (line.split(": ", 1) for line in lines if line and not line.startswith("#"))]


@pytest.mark.parametrize(("answer", "text"), addresses(), ids=lambda value: value[:40])
def test_addresses(answer, text):
    problem = personal_data_problem(text)
    if answer == "refuse":
        assert problem is not None and A_PERSONAL_ADDRESS in problem
    else:
        assert answer == "pass"
        assert problem is None


def test_the_address_is_quoted_as_written():
    assert personal_data_problem("Write to jane (at) example (dot) org.") == (
        f"'jane (at) example (dot) org' {A_PERSONAL_ADDRESS}: {privacy.PRIVACY_WHY}. "
        "Use the group's role address (for example info@ or contact@)")


def test_real_addresses_are_role_addresses():
    """Every address the hub's own content and pages give is a genuine role mailbox."""
    for address in ("xr@extinctionrebellion.us", "welcome@extinctionrebellion.nl"):
        assert privacy.email_problem(address) is None


@pytest.mark.parametrize("name", ["info", "contact", "hello", "office", "press", "media",
                                  "admin", "team", "secretariat", "general", "enquiries",
                                  "inquiries", "support", "news", "newsletter", "volunteer",
                                  "volunteers", "join", "training", "outreach", "coordination",
                                  "campaigns", "action", "hola", "contacto", "bonjour",
                                  "kontakt", "presse", "hallo"])
def test_role_names(name):
    assert privacy.email_problem(f"{name}@example.org") is None
    assert privacy.email_problem(f"{name.capitalize()}.Office@example.org") is None
    assert privacy.email_problem(f"{name}jane@example.org") is not None
    assert privacy.email_problem(f"jane.{name}@example.org") is not None
