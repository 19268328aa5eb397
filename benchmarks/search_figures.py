"""`notes_search_painted`: the toolbar's search as the therapist sees it, from the words typed
to the results drawn with their highlights, on the ten-year practice with notes.

The real `NoteSearch` widget runs on an `ImmediateExecutor` worker, so the search on the
database worker happens inside the call timed; "painted" is `gui_process.paint` of the results
(every hit's line laid out and drawn). The debounce's pause is the therapist's, not the app's:
it is left out. The vault stays open: the widget only reads through it.
"""

from __future__ import annotations

from functools import partial

from benchmarks.figures import Bench, figure
from benchmarks.gui_figures import application
from benchmarks.gui_process import paint, settle
from benchmarks.note_figures import SEARCH_BUDGET_MS, TYPED
from benchmarks.timing import Measurement, median, p95, seconds
from ui.app import install_fonts
from ui.note_reading.search_field import NoteSearch
from ui.worker import DatabaseWorker, ImmediateExecutor

FRAME_MS = 16.0  # the results drawn within one frame of the search's own budget


@figure("notes_search_painted")
def notes_search_painted(bench: Bench) -> Measurement:
    install_fonts(application())
    worker = DatabaseWorker(ImmediateExecutor())
    search = NoteSearch(bench.vault, worker)
    search.resize(320, 30)
    search.show()
    typed = [word[:length] for word in TYPED for length in range(2, len(word) + 1)]
    samples = []

    def type_and_paint(query: str) -> None:
        search.field.blockSignals(True)  # the debounce's timer is not what is measured
        search.field.setText(query)
        search.field.blockSignals(False)
        search.search_now()
        paint(search.results)

    try:
        for _ in range(bench.repeats):
            for query in typed:
                samples.append(seconds(partial(type_and_paint, query)) * 1000)
                settle()
    finally:
        search.close()
        search.deleteLater()
        settle()
        worker.shutdown()
    bench.notes["notes_search_painted"] = f"median {median(samples):.1f} ms"
    return Measurement(p95(samples), "ms", SEARCH_BUDGET_MS + FRAME_MS,
                       how=f"p95 of {len(samples)} keystrokes: search on the worker, then "
                           "the results with their highlights drawn")
