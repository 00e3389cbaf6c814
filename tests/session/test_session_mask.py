"""The filter's mask over the index, hidden lanes, pruning the selection, counts, markers and details."""

from __future__ import annotations

import numpy as np

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import TradePoint
from azkz_desktop.session import (
    ChartMarker,
    EventDetails,
    EventListDetails,
    NoDetails,
    StatusCounts,
    TradeFigureDetails,
)
from tests.session.fakes import Recorder, day, make_session, row


def shown_ids(session) -> set[str]:  # type: ignore[no-untyped-def]
    mask = session.shown_mask
    ids = session.index.ids
    return set(ids) if mask is None else {ids[r] for r in range(len(ids)) if mask[r]}


def test_the_mask_is_what_the_queries_give() -> None:
    session, _ = make_session()
    assert session.shown_mask is None
    session.set_filter(EventFilter(categories=frozenset({"economy"})))
    assert shown_ids(session) == {"exports", "pipeline"}
    assert session.status() == StatusCounts(total=6, shown=2, selected=0)
    assert not session.status().all_shown
    session.clear_filter()
    assert session.shown_mask is None and session.status().all_shown


def test_hidden_lanes_leave_the_mask_and_the_count_without_a_new_query() -> None:
    session, queries = make_session()
    session.set_lane_visible("economy", False)
    assert shown_ids(session) == {"relations", "visit", "treaty", "inauguration"}
    assert session.shown_count() == 4
    session.set_filter(EventFilter(text="i"))  # the fake passes ids containing "i"
    asked = len(queries.asked)
    session.set_lane_visible("economy", True)
    assert len(queries.asked) == asked  # the filter's answer is kept
    assert "pipeline" in shown_ids(session)
    session.move_lane("economy", -1)  # order alone changes no mask
    assert len(queries.asked) == asked


def test_the_mask_event_carries_the_new_mask_and_fires_once_per_change() -> None:
    session, _ = make_session()
    masks: list[object] = []
    session.mask_changed.connect(masks.append)
    session.set_filter(EventFilter(categories=frozenset({"treaties"})))
    session.set_filter(EventFilter(categories=frozenset({"treaties"}), text=""))  # the same filter
    session.set_lane_visible("diplomacy", False)  # none of diplomacy is shown anyway: the same mask
    assert len(masks) == 1
    assert masks[0] is session.shown_mask


def test_events_the_filter_hides_leave_the_selection() -> None:
    session, _ = make_session()
    session.select(["exports", "relations", "treaty"], current="relations")
    recorder = Recorder(session)
    session.set_filter(EventFilter(categories=frozenset({"economy", "treaties"})))
    assert session.selection == {"exports", "treaty"}
    assert session.current == "exports"
    assert recorder.names == [
        "filter_changed",
        "mask_changed",
        "selection_changed",
        "current_changed",
        "details_changed",
    ]


def test_hiding_a_lane_unselects_its_events() -> None:
    session, _ = make_session()
    session.select(["exports", "relations"], current="exports")
    session.set_lane_visible("economy", False)
    assert session.selection == {"relations"} and session.current == "relations"
    assert not session.is_shown("exports") and session.is_shown("relations")


def test_subscribers_see_the_whole_change_at_once() -> None:
    session, _ = make_session()
    session.select(["exports", "relations"])
    seen: list[tuple[bool, frozenset[str]]] = []
    session.filter_changed.connect(lambda _: seen.append((session.shown_mask is not None, session.selection)))
    session.set_filter(EventFilter(categories=frozenset({"diplomacy"})))
    assert seen == [(True, frozenset({"relations"}))]


def test_chart_markers_are_the_shown_economy_events_by_date() -> None:
    session, _ = make_session()
    assert session.chart_markers() == [
        ChartMarker("pipeline", float(day(1999, 6, 1)), "Pipeline"),
        ChartMarker("exports", float(day(2005)), "Exports"),
    ]
    session.set_filter(EventFilter(ids=frozenset({"exports", "relations"})))
    assert [marker.event_id for marker in session.chart_markers()] == ["exports"]
    session.set_lane_visible("economy", False)
    assert session.chart_markers() == []


def test_a_database_without_the_marker_lane_has_no_markers() -> None:
    session, _ = make_session([row("only", day(2000))])
    assert session.chart_markers() == []


def test_several_selected_events_are_listed_in_date_order() -> None:
    session, _ = make_session()
    assert session.details == NoDetails()
    session.select(["exports", "relations", "treaty", "gone"])
    assert session.details == EventListDetails(("relations", "treaty", "exports"), total=3)
    session.select(["treaty"])
    assert session.details == EventDetails("treaty")
    session.clear_selection()
    assert session.details == NoDetails()


def test_a_trade_figure_is_shown_until_the_selection_changes() -> None:
    session, _ = make_session()
    point = TradePoint(2023, 100.0, 50.0, 150.0, None, "stat", "doc", None, None)
    details: list[object] = []
    session.details_changed.connect(details.append)
    session.show_trade_figure(point)
    assert session.details == TradeFigureDetails(point)
    session.select(["visit"], current="visit")
    assert details == [TradeFigureDetails(point), EventDetails("visit")]


def test_the_shown_count_follows_every_change_of_the_mask_and_the_mask_is_read_only() -> None:
    session, _ = make_session()
    assert session.shown_count() == 6
    session.set_filter(EventFilter(categories=frozenset({"economy", "treaties"})))
    assert session.shown_count() == 3
    mask = session.shown_mask
    assert mask is not None and not mask.flags.writeable  # views keep what they work out from it
    session.set_lane_visible("economy", False)
    assert session.shown_count() == 1
    session.clear_filter()
    assert session.shown_count() == 4  # economy still hidden
    session.set_lane_visible("economy", True)
    assert session.shown_count() == 6 and session.shown_mask is None
    session.replace_index(session.index, session._queries)
    assert session.shown_count() == 6


def test_lanes_a_category_filter_decides_are_not_looked_at_and_agree_with_the_mask() -> None:
    from azkz_desktop.session import shown_lanes
    from azkz_desktop.session.shown_lanes import shown_in_lane

    def declared(mask) -> int:  # type: ignore[no-untyped-def]
        return len(next(entry for entry in shown_lanes._entries if entry.mask() is mask).lanes)

    session, _ = make_session()
    index = session.index
    session.set_filter(EventFilter(categories=frozenset({"economy", "treaties"})))
    mask = session.shown_mask
    assert mask is not None
    assert declared(mask) == len(index.lanes)  # every lane decided before any view asks
    for name, lane in index.lanes.items():
        shown = shown_in_lane(lane, mask)
        assert shown.flags.tolist() == mask[lane.rows].tolist(), name  # declared, and true to the mask
        assert shown.every == (name in {"economy", "treaties"}) and shown.none != shown.every
    session.set_filter(EventFilter(categories=frozenset({"economy", "treaties"}), text="t"))
    words = session.shown_mask
    assert words is not None
    assert declared(words) == len(index.lanes) - 2  # economy and treaties need a look at the words
    economy = shown_in_lane(index.lanes["economy"], words)  # words too: economy is looked at
    assert economy.flags.tolist() == words[index.lanes["economy"].rows].tolist()
    assert shown_in_lane(index.lanes["diplomacy"], words).none  # left out by the categories
    session.set_lane_visible("treaties", False)
    hidden = session.shown_mask
    assert hidden is not None and shown_in_lane(index.lanes["treaties"], hidden).none


def test_lanes_decided_by_the_filter_alone() -> None:
    from azkz_desktop.session.mask import lanes_decided

    lanes = ["a", "b", "c"]
    assert lanes_decided(EventFilter(categories=frozenset({"a"})), lanes, {"b"}) == {
        "a": True,
        "b": False,
        "c": False,
    }
    assert lanes_decided(EventFilter(text="x"), lanes, {"c"}) == {"c": False}
    assert lanes_decided(EventFilter(starred_only=True, categories=frozenset({"a"})), lanes, ()) == {
        "b": False,
        "c": False,
    }


def random_index(count: int, seed: int) -> object:
    """An index of `count` events over many years in the four lanes."""
    from azkz_desktop.data.timeline_index import TimelineIndex

    generator = np.random.default_rng(seed)
    from tests.session.fakes import LANES

    lanes = list(LANES)
    rows = []
    for number in range(count):
        first = day(1990) + int(generator.integers(0, 12_000))
        lane = lanes[int(generator.integers(0, len(lanes)))]
        rows.append(row(f"e{number}", first, first + int(generator.integers(0, 3)), lane))
    return TimelineIndex([rows], lanes)


def test_a_sparse_mask_is_split_into_lanes_from_its_rows_as_the_gather_would() -> None:
    """A rare word shows few rows: each lane's shown events come from those rows (their lane and place
    in it), and agree with gathering the mask along the lane,
    flags, positions and counts."""
    from azkz_desktop.session import shown_lanes
    from azkz_desktop.session.shown_lanes import ShownInLane, declare_lanes, shown_in_lane

    for seed in range(4):
        index = random_index(3000, seed)
        generator = np.random.default_rng(100 + seed)
        for density in (0.0, 0.0005, 0.01, 0.05):
            mask = generator.random(len(index)) < density
            mask.setflags(write=False)
            declare_lanes(mask, index, {})
            entry = next(entry for entry in shown_lanes._entries if entry.mask() is mask)
            assert entry.index is index  # sparse: split from the rows
            for lane in index.lanes.values():
                shown = shown_in_lane(lane, mask)
                flags = np.take(mask, lane.rows)
                expected = ShownInLane(flags, int(np.count_nonzero(flags)))
                assert shown.count == expected.count and shown.every == expected.every
                assert shown.positions.tolist() == expected.positions.tolist()
                assert shown.flags.tolist() == expected.flags.tolist()
            assert entry.split is not None and set(entry.split) == set(index.categories)
        dense = generator.random(len(index)) < 0.5
        declare_lanes(dense, index, {})
        assert next(entry for entry in shown_lanes._entries if entry.mask() is dense).index is None


def test_lanes_that_are_not_the_rows_of_their_codes_are_gathered(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """If the lanes did not hold exactly each code's rows, the rows could not tell a lane's events: the
    mask is gathered along each lane instead."""
    import dataclasses

    from azkz_desktop.session import shown_lanes
    from azkz_desktop.session.shown_lanes import declare_lanes, lane_places, shown_in_lane

    index = random_index(500, 9)
    assert lane_places(index) is not None
    economy = index.lanes["economy"]
    monkeypatch.setitem(index.lanes, "economy", dataclasses.replace(economy, rows=economy.rows[::-1].copy()))
    shown_lanes._checked = None
    assert lane_places(index) is not None, "the same rows in another order are still the code's rows"
    treaties = index.lanes["treaties"]
    monkeypatch.setitem(index.lanes, "treaties", dataclasses.replace(treaties, rows=economy.rows.copy()))
    shown_lanes._checked = None
    assert lane_places(index) is None
    mask = np.zeros(len(index), dtype=bool)
    mask[::97] = True
    declare_lanes(mask, index, {})
    for lane in index.lanes.values():
        assert shown_in_lane(lane, mask).flags.tolist() == mask[lane.rows].tolist()
    shown_lanes._checked = None


class KeptAnswers:
    """Queries that answer a filter asked before with the same array, as the data layer does."""

    def __init__(self, queries) -> None:  # type: ignore[no-untyped-def]
        self.queries, self.kept = queries, {}

    def mask_matching(self, event_filter: EventFilter) -> np.ndarray:
        if event_filter not in self.kept:
            self.kept[event_filter] = self.queries.mask_matching(event_filter)
        return self.kept[event_filter]


def test_a_mask_brought_back_is_counted_once_and_its_lanes_declared_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from azkz_desktop.session import shown_lanes

    session, queries = make_session()
    session._queries = KeptAnswers(queries)
    counted = []
    count_nonzero = np.count_nonzero
    monkeypatch.setattr(shown_lanes.np, "count_nonzero", lambda a: counted.append(len(a)) or count_nonzero(a))
    filters = [EventFilter(categories=frozenset({"economy"})), EventFilter(), EventFilter(text="i")]
    declared: dict[tuple[int, int], object] = {}  # by mask and lane: what was worked out for them
    for _ in range(3):  # each taken back and forth
        for event_filter in filters:
            session.set_filter(event_filter)
            mask = session.shown_mask
            expected = len(session.index) if mask is None else int(count_nonzero(mask))
            assert session.shown_count() == expected == session.status().shown
            if mask is not None:
                entry = next(entry for entry in shown_lanes._entries if entry.mask() is mask)
                for key, (lane, shown) in entry.lanes.items():
                    assert shown.flags.tolist() == mask[lane.rows].tolist()
                    assert declared.setdefault((id(mask), key), shown) is shown  # kept, not made again
    assert counted.count(len(session.index)) == 2  # each of the two masks counted once, not at each return


def test_the_count_of_a_mask_is_its_true_rows() -> None:
    from azkz_desktop.session.shown_lanes import shown_count

    rng = np.random.default_rng(7)
    for size, share in ((0, 0.5), (1, 1.0), (50, 0.0), (1000, 0.01), (1000, 0.5), (1000, 1.0)):
        mask = rng.random(size) < share
        mask.setflags(write=False)
        assert shown_count(mask) == int(np.count_nonzero(mask)) == shown_count(mask)
