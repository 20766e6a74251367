"""The build's PNGs drawn in a child process: the same bytes as drawn in the build's own process,
and whatever the child does not deliver (a drawing that raises, a child that dies or hangs) drawn
there instead, within a bounded wait."""

from __future__ import annotations

import os
import time

import pytest

from macros.published.drawing import IN_PROCESS_ENV, Drawer

BUILD_PID = os.getpid()


def drawn_by_pid(job) -> bytes:
    """A job's 'PNG' names the process that drew it, so a test can tell where it was drawn."""
    return f"{job}:{os.getpid()}".encode()


def in_child() -> bool:
    return os.getpid() != BUILD_PID


@pytest.fixture(autouse=True)
def child_allowed(monkeypatch):
    monkeypatch.delenv(IN_PROCESS_ENV, raising=False)


def test_the_child_draws_every_job_submitted():
    drawer = Drawer(drawn_by_pid)
    jobs = [("chart", f"c{n}") for n in range(20)]
    for job in jobs:
        drawer.submit(job)
    drawn = drawer.results()
    assert drawn.keys() == set(jobs)
    pids = {png.decode().rsplit(":", 1)[1] for png in drawn.values()}
    assert pids != {str(BUILD_PID)} and len(pids) == 1, "drawn in the build's process, not the child"


def test_with_the_switch_set_nothing_is_forked_and_the_results_are_the_same(monkeypatch):
    monkeypatch.setenv(IN_PROCESS_ENV, "1")
    drawer = Drawer(drawn_by_pid)
    drawer.submit(("card", "money"))
    assert drawer.results() == {("card", "money"): f"('card', 'money'):{BUILD_PID}".encode()}


def test_a_drawing_that_raises_in_the_child_raises_in_the_build_as_it_would_without_it():
    def draw(job):
        if job == ("chart", "broken"):
            raise ValueError("chart 'broken' has no rows")
        return b"png"

    drawer = Drawer(draw)
    drawer.submit(("chart", "fine"))
    drawer.submit(("chart", "broken"))
    with pytest.raises(ValueError, match="chart 'broken' has no rows"):
        drawer.results()


def drawer_whose_child(misbehaves) -> Drawer:
    """A drawer with one card to draw, whose child calls ``misbehaves`` instead of drawing it; the
    build's own process draws b"drawn here"."""

    def draw(job):
        if in_child():
            misbehaves()
        return b"drawn here"

    drawer = Drawer(draw)
    drawer.submit(("card", "home"))
    return drawer


def test_a_child_that_dies_leaves_its_jobs_to_the_build():
    drawer = drawer_whose_child(lambda: os._exit(3))
    assert drawer.results() == {("card", "home"): b"drawn here"}


def test_a_child_that_hangs_is_ended_and_its_jobs_drawn_by_the_build_within_the_wait():
    drawer = drawer_whose_child(lambda: time.sleep(600))
    process = drawer._process
    started = time.monotonic()
    assert drawer.results(wait_s=0.5) == {("card", "home"): b"drawn here"}
    assert time.monotonic() - started < 10
    assert not process.is_alive()


def test_closing_a_failed_build_s_drawer_ends_its_child():
    drawer = Drawer(drawn_by_pid)
    drawer.submit(("card", "home"))
    process = drawer._process
    drawer.close()
    assert not process.is_alive()
