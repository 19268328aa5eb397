"""The calendar import's review in the window (issue 17): three years of 150 weekly clients
(about 20,000 sessions) chosen on the wizard's first page, read, matched and shown on its
review, painted, within three seconds.

The real wizard runs in this process on a QApplication with an `ImmediateExecutor` worker, so
reading the file and matching its titles happen inside the time measured, as the therapist
waits for them; the practice holds the calendar's clients, as a client list brought them in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from benchmarks.calendar_import_figures import _calendar, _practice, series_for
from benchmarks.figures import Bench, figure
from benchmarks.gui_figures import application, exposed, painted_ms
from benchmarks.gui_process import settle
from benchmarks.timing import Measurement, median
from ui.app import install_fonts
from ui.importing.import_wizard import ImportWizard
from ui.worker import DatabaseWorker, ImmediateExecutor

REVIEW_BUDGET_S = 3.0
WIZARD_SIZE = (1280, 800)


@figure("import_calendar_review")
def import_calendar_review(bench: Bench) -> Measurement:
    install_fonts(application())
    path = _calendar(bench)
    samples = []
    titles = 0
    with _practice(bench, "calendar-review") as vault:
        for _ in range(min(bench.repeats, 3)):
            wizard = ImportWizard(vault, DatabaseWorker(ImmediateExecutor(),
                                                        apart=ImmediateExecutor()))
            wizard.resize(*WIZARD_SIZE)
            exposed(wizard)
            wizard.choose_page.calendar_choice.click()
            settle()
            page = wizard.calendar_page

            def review(wizard: ImportWizard = wizard) -> None:
                wizard.choose_page.choose(path)
                wizard.button(QWizard.WizardButton.NextButton).click()

            samples.append(painted_ms(review, wizard, page.titles.viewport()) / 1000)
            if page.model is None or wizard.currentPage() is not page:
                raise RuntimeError("The review was not shown: nothing was measured.")
            titles = page.model.rowCount()
            wizard.reject()
            wizard.deleteLater()
            settle()
    bench.notes["import_calendar_review"] = (
        f"{titles} titles, {series_for(bench)} weekly series over three years, the wizard at "
        f"{WIZARD_SIZE[0]}x{WIZARD_SIZE[1]}")
    return Measurement(median(samples), "s", REVIEW_BUDGET_S,
                       how="median: from choosing the .ics on the first page to its review "
                           "painted (read, repeats expanded, titles matched, summary, table)")
