"""Research figures are computed from the data: checked on the fixture hub's known values."""

from datetime import date

from support import VALID

from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.enrich.research import figures


def test_figures_of_the_fixture_hub():
    hub, problems = validate(VALID)
    assert problems == []
    result = figures(hub, derive(hub, date(2026, 6, 1)))
    assert result.by_type == {"citizens_assembly": 1, "peoples_assembly": 1}
    assert result.by_year == {2021: 1, 2020: 1}
    assert result.median_participants == 50 and result.counted["participants"] == 1
    assert result.median_hours == 36
    b01 = next(s for s in result.items if s.item.slug == "b01")
    assert (b01.met, b01.rated) == (1, 1)
    b05 = next(s for s in result.items if s.item.slug == "b05")
    assert (b05.met, b05.rated, b05.share) == (0, 1, 0.0)
    assert result.commitments == {"respond_in_writing": (1, 1)}
    # Riverside CA: B01 met, B02 met, B05 not met -> 2 of 3 rated essentials.
    assert result.essentials_by_year == {2021: 2 / 3}
    assert [kind for _, kind in result.notes_by_topic["climate"]] == ["what_worked",
                                                                      "what_did_not"]
