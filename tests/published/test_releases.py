"""Releases of the numbers: the catalogue always matches the newest release, and the changes between
releases reach the "What changed" page and its Atom feed."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET

import pytest

from macros.model import load_catalogue
from macros.model.catalogue import Catalogue, build_catalogue
from macros.model.errors import DataError
from macros.model.loader import load_dataset
from macros.model.releases import RELEASES_DIR, Release, compare, history, load_releases
from macros.published.feed import atom_feed, entry_id
from macros.published.releases import record, unrecorded
from macros.text.changes import changes_listing
from tests.model.test_loader import edit_entry

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_catalogue_matches_the_newest_release():
    # After an intended change in data/ or macros/model, record it: `make release`.
    releases = load_releases()
    moved = unrecorded(load_catalogue(), releases[-1])
    assert not moved, "figures changed since the last release (run `make release`):\n" + "\n".join(moved)


def test_a_moved_figure_is_named_with_its_old_and_new_value(data_copy):
    edit_entry(data_copy / "inputs/power.yaml", "h100_tdp_w", value=750)
    moved = unrecorded(build_catalogue(load_dataset(data_copy)), load_releases()[-1])
    assert "h100_tdp_w: moved from 700 W (700) to 750 W (750)" in moved
    assert any(line.startswith("gpu_server_power_w: moved from") for line in moved)


def test_a_published_figure_id_keeps_resolving():
    # An id in any release must still be a figure, or an alias for one (data/aliases.yaml).
    catalogue = load_catalogue()
    published = {figure_id for release in load_releases() for figure_id in release.figures}
    assert not sorted(i for i in published if i not in catalogue), "published ids that no longer resolve"


def changed_release(tmp_path, data_copy) -> tuple[list[Release], Catalogue]:
    """The real releases plus one recorded after an edit to an input's value and quote."""
    releases_dir = tmp_path / "releases"
    shutil.copytree(RELEASES_DIR, releases_dir)
    edit_entry(data_copy / "inputs/power.yaml", "h100_tdp_w", value=750, quote="H100-80GB (TDP of 750W)")
    catalogue = build_catalogue(load_dataset(data_copy))
    record(catalogue, dt.date(2027, 1, 15), releases_dir)
    return load_releases(releases_dir), catalogue


def test_a_changed_input_shows_on_the_page_with_its_cause(tmp_path, data_copy):
    releases, catalogue = changed_release(tmp_path, data_copy)
    newest = history(releases, catalogue)[0]
    assert newest.date == dt.date(2027, 1, 15)
    move = next(m for m in newest.moved if m.figure == "cluster_it_power_mw")
    assert [(e.input, e.field) for e in move.causes] == [("h100_tdp_w", "value"), ("h100_tdp_w", "quote")]
    page = changes_listing(history(releases, catalogue), catalogue, "figures.md")
    assert "## 15 January 2027" in page and "from **700 W** to **750 W**" in page
    assert "h100&#95;tdp&#95;w's value edited" in page


def test_the_feed_carries_the_change_and_parses_as_atom_with_stable_ids(tmp_path, data_copy):
    releases, catalogue = changed_release(tmp_path, data_copy)
    feed = ET.fromstring(atom_feed(history(releases, catalogue), catalogue, "https://example.org/site/"))
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(releases)
    ids = [entry.find(f"{ATOM}id").text for entry in entries]
    assert len(set(ids)) == len(ids) and entry_id(dt.date(2027, 1, 15)) in ids
    assert ids == [
        entry.find(f"{ATOM}id").text
        for entry in ET.fromstring(
            atom_feed(history(releases, catalogue), catalogue, "https://elsewhere.example/")
        ).findall(f"{ATOM}entry")
    ]
    newest = next(e for e in entries if e.find(f"{ATOM}id").text == entry_id(dt.date(2027, 1, 15)))
    assert "moved from 700 W to 750 W" in newest.find(f"{ATOM}content").text
    for entry in entries:
        assert entry.find(f"{ATOM}updated") is not None and entry.find(f"{ATOM}title").text


def test_compare_sees_added_removed_and_source_edits():
    # The release of 2026-12-01 added the 2025 capex and removed nothing (later releases move on).
    by_date = {release.date.isoformat(): release for release in load_releases()}
    old, new = by_date["2026-11-23"], by_date["2026-12-01"]
    changes = compare(old, new, load_catalogue())
    assert "capex_2025_actual_busd" in changes.added and not changes.removed


def test_a_malformed_release_names_its_file_entry_and_field(tmp_path):
    releases_dir = tmp_path / "releases"
    shutil.copytree(RELEASES_DIR, releases_dir)
    path = releases_dir / "2026-12-01.json"
    data = json.loads(path.read_text())
    data["figures"]["h100_tdp_w"]["value"] = "seven hundred"
    path.write_text(json.dumps(data))
    with pytest.raises(DataError, match=r"releases/2026-12-01.json, entry 'h100_tdp_w', field 'value'"):
        load_releases(releases_dir)


def test_a_release_named_for_another_date_is_refused(tmp_path):
    releases_dir = tmp_path / "releases"
    shutil.copytree(RELEASES_DIR, releases_dir)
    (releases_dir / "2026-12-01.json").rename(releases_dir / "2026-12-02.json")
    with pytest.raises(DataError, match="named 2026-12-02 but records 2026-12-01"):
        load_releases(releases_dir)


def test_recording_a_release_dates_the_citation_file(tmp_path, data_copy):
    (tmp_path / "CITATION.cff").write_text('version: "2026-12-01"\ndate-released: 2026-12-01\n')
    (tmp_path / "releases").mkdir()
    record(build_catalogue(load_dataset(data_copy)), dt.date(2027, 2, 3), tmp_path / "releases")
    assert (tmp_path / "CITATION.cff").read_text() == 'version: "2027-02-03"\ndate-released: 2027-02-03\n'


def test_a_moved_verdict_is_named_until_a_release_records_it(data_copy):
    edit_entry(data_copy / "inputs/models.yaml", "llama4_maverick_lmarena_rank_apr_2025", value=1)
    moved = unrecorded(build_catalogue(load_dataset(data_copy)), load_releases()[-1])
    assert "forecast llama4_most_advanced_2025: verdict moved from did not hold to held" in moved


def test_a_rescored_forecast_shows_its_move_and_reason_on_the_page_and_in_the_feed(tmp_path, data_copy):
    releases_dir = tmp_path / "releases"
    shutil.copytree(RELEASES_DIR, releases_dir)
    edit_entry(
        data_copy / "forecasts.yaml",
        "llama4_most_advanced_2025",
        target=40,
        rescored={"date": dt.date(2027, 1, 15), "why": "Read as a place in the top forty."},
    )
    catalogue = build_catalogue(load_dataset(data_copy))
    record(catalogue, dt.date(2027, 1, 15), releases_dir)
    changes = history(load_releases(releases_dir), catalogue)
    move = next(m for m in changes[0].verdicts if m.id == "llama4_most_advanced_2025")
    assert (move.old, move.new, move.why) == ("did not hold", "held", "Read as a place in the top forty.")
    page = changes_listing(changes, catalogue, "figures.md")
    assert "its verdict moved from **did not hold** to **held** (Read as a place in the top forty.)" in page
    assert "(scorecard.md#forecast-llama4_most_advanced_2025)" in page
    feed = atom_feed(changes, catalogue, "https://example.org/site/")
    assert "verdict from did not hold to held (Read as a place in the top forty.)" in feed


def test_a_verdict_moved_by_its_figures_says_so(tmp_path, data_copy):
    releases_dir = tmp_path / "releases"
    shutil.copytree(RELEASES_DIR, releases_dir)
    edit_entry(data_copy / "inputs/models.yaml", "llama4_maverick_lmarena_rank_apr_2025", value=1)
    catalogue = build_catalogue(load_dataset(data_copy))
    record(catalogue, dt.date(2027, 1, 15), releases_dir)
    moves = history(load_releases(releases_dir), catalogue)[0].verdicts
    move = next(m for m in moves if m.id == "llama4_most_advanced_2025")
    assert move.why == "what it is judged against moved"


def test_a_build_dated_before_the_newest_release_does_not_judge_its_verdicts(data_copy):
    # On an earlier day a forecast is "too early to tell": that is the date, not a change to record.
    earlier = build_catalogue(load_dataset(data_copy), today=dt.date(2025, 8, 1))
    assert earlier.scores["llama4_ten_times_compute"].verdict == "too early to tell"
    assert not [line for line in unrecorded(earlier, load_releases()[-1]) if "verdict" in line]
