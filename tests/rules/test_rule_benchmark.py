"""Rule: benchmark ratings use known items of the right checklist, the scale, and evidence."""

import pytest
from support import CASE, edited, hub_with, one

EVIDENCE = "https://example.org/riverside/report"
PA_CASE = "data/cases/riverside-peoples-assembly.yaml"


def rate(item, **rating):
    return {item: rating}


@pytest.mark.parametrize("rating", [
    {"rating": 0}, {"rating": "unknown"}, {"rating": "n/a"},
    {"rating": 2, "evidence": EVIDENCE, "note": "Published in advance."},
])
def test_valid_ratings(tmp_path, rating):
    assert hub_with(tmp_path, {CASE: edited(CASE, benchmark=rate("B04", **rating))}) == []


@pytest.mark.parametrize("value", [4, -1, "yes", "met"])
def test_rating_outside_scale(tmp_path, value):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, benchmark=rate("B04", rating=value))}))
    assert f"'{value}' is not an allowed value; allowed: 0, 1, 2, 3, unknown, n/a" in (
        problem.message)


def test_unknown_item(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, benchmark=rate("B17", rating=0))}))
    assert problem.message.startswith("unknown benchmark item 'B17'")


def test_malformed_item_id(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, benchmark=rate("clear-remit",
                                                                         rating=0))}))
    assert "'clear-remit' does not have the expected form" in problem.message


def test_rating_needs_evidence_and_note(tmp_path):
    problems = hub_with(tmp_path, {CASE: edited(CASE, benchmark=rate("B04", rating=1))})
    assert [p.message for p in problems] == [
        "B04 is rated 1: a rating of 1 or more needs 'evidence', the URL of one of the case's "
        "sources",
        "B04 is rated 1: add a short 'note' saying why",
    ]


def test_evidence_must_be_a_source(tmp_path):
    rating = rate("B04", rating=2, evidence="https://example.org/other", note="x")
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, benchmark=rating)}))
    assert problem.message.startswith("the evidence for B04 is not among the case's sources")


def test_peoples_assembly_not_rated_on_ca_items(tmp_path):
    problem = one(hub_with(tmp_path, {PA_CASE: edited(PA_CASE, benchmark=rate("B05",
                                                                            rating=0))}))
    assert problem.message == ("B05 does not apply to a case of type 'peoples_assembly': a "
                               "People's Assembly is rated against P items")


def test_citizens_assembly_not_rated_on_pa_items(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, benchmark=rate("P03", rating=0))}))
    assert "a sortition-based process is rated against B items" in problem.message


def test_unknown_item_message_in_full(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, benchmark=rate("B71", rating=0))}))
    assert problem.message == ("unknown benchmark item 'B71' (did you mean 'B16'?); items are "
                               "B01-B16 (citizens' assemblies) and P01-P08 (People's Assemblies)")


def test_citizens_assembly_rated_on_pa_item_message_in_full(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, benchmark=rate("P03", rating=0))}))
    assert problem.message == ("P03 does not apply to a case of type 'citizens_assembly': a "
                               "sortition-based process is rated against B items")


def test_evidence_not_a_source_message_in_full(tmp_path):
    rating = rate("B04", rating=2, evidence=EVIDENCE + "s", note="x")
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, benchmark=rating)}))
    assert problem.message == ("the evidence for B04 is not among the case's sources: add it to "
                               "'sources' or cite one of them (did you mean "
                               f"'{EVIDENCE}'?)")


def test_rating_with_evidence_needs_a_note(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, benchmark=rate("B04", rating=3,
                                                                         evidence=EVIDENCE))}))
    assert problem.message == "B04 is rated 3: add a short 'note' saying why"


def test_sources_that_are_not_valid_are_reported_alone(tmp_path):
    """When the sources themselves are wrong, the evidence is not also compared with them."""
    rating = rate("B04", rating=2, evidence="https://example.org/other", note="x")
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, sources="the council's website",
                                                   benchmark=rating)}))
    assert problem.message.startswith("'sources': expected a list")


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


def test_rating_problems_are_placed_on_the_rating(tmp_path):
    text = edited(CASE, benchmark=rate("B04", rating=1))
    problems = hub_with(tmp_path, {CASE: text})
    place = (line_of(text, "    rating: 1"), 5)  # the rating's mapping, under B04:
    assert [(p.line, p.col) for p in problems] == [place, place]


def test_evidence_problem_is_placed_on_the_evidence(tmp_path):
    text = edited(CASE, benchmark=rate("B04", rating=2, evidence=EVIDENCE + "s", note="x"))
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert (problem.line, problem.col) == (line_of(text, "    evidence:"), 15)


def test_unknown_and_misapplied_items_are_placed_on_the_rating(tmp_path):
    text = edited(CASE, benchmark={"B71": {"rating": 0}, "P03": {"rating": 0}})
    problems = hub_with(tmp_path, {CASE: text})
    assert [(p.line, p.col) for p in problems] == [(line_of(text, "  B71:") + 1, 5),
                                                    (line_of(text, "  P03:") + 1, 5)]
