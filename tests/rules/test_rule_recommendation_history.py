"""Rule: a recommendation's history is a list of dated events, oldest first; each gives either
the authority's response or where implementation stood, and cites the page that says so (every
status but 'unknown'); the statuses the hub shows by itself ('no_response', 'not_addressed')
are never typed."""

from __future__ import annotations

from placed import FOLLOW_UP, placed
from support import hub_with, one

FIRST = ("recommendations", 0, "events")


def test_an_event_without_its_source_is_refused_at_the_event(tmp_path):
    # The event's first key is its date: the event is reported at that line.
    text, line = placed(FOLLOW_UP, (*FIRST, 0, "date"), "2020-10-01",
                        {(*FIRST, 0, "source"): ...})
    problem = one(hub_with(tmp_path, {FOLLOW_UP: text}))
    assert problem.message == "every status but unknown needs its 'source', the page that says so"
    assert problem.line == line


def test_unknown_implementation_needs_no_source(tmp_path):
    text, _ = placed(FOLLOW_UP, (*FIRST, 1, "implementation"), "unknown",
                     {(*FIRST, 1, "source"): ...})
    assert hub_with(tmp_path, {FOLLOW_UP: text}) == []


def test_events_out_of_date_order_are_refused_at_the_later_date(tmp_path):
    text, line = placed(FOLLOW_UP, (*FIRST, 1, "date"), "2020-09-30")
    problem = one(hub_with(tmp_path, {FOLLOW_UP: text}))
    assert problem.message == ("2020-09-30 comes before the event above it (2020-10-01): the "
                               "history goes oldest first")
    assert problem.line == line


def test_an_event_gives_one_status(tmp_path):
    text, _ = placed(FOLLOW_UP, (*FIRST, 0, "implementation"), "in_progress")
    problem = one(hub_with(tmp_path, {FOLLOW_UP: text}))
    assert problem.message == ("an event gives either a 'response' or an 'implementation', one "
                               "per event")


def test_a_status_the_hub_shows_by_itself_is_never_typed(tmp_path):
    text, line = placed(FOLLOW_UP, (*FIRST, 0, "response"), "no_response")
    problem = one(hub_with(tmp_path, {FOLLOW_UP: text}))
    assert problem.message == ("'no_response' is never typed: the hub shows it when no "
                               "response is recorded; leave the event out")
    assert problem.line == line
