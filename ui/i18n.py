"""The window's language: Russian or English, chosen at start and kept between runs.

The choice lives in the app's own settings file (it is not client data) so the unlock dialog
is already in the therapist's language. Qt's own strings (buttons, calendar popups) come from
the `qtbase` translations PySide6 ships; dates, times and money follow QLocale; the words of
closed vocabularies (statuses, payment methods...) come from `services.labels` in
`window_language()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import resources
from models.enums import Language

TRANSLATIONS = resources.FOLDER / "translations"
LANGUAGES = ("en", "ru")
LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
}
_installed: list[QTranslator] = []
_window_language = Language.ENGLISH  # the language installed last


def saved_language() -> str:
    """The language chosen last time, or the system's when it is one Stillroom speaks."""
    system = "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"
    value = QSettings().value("language", system)
    return value if value in LANGUAGES else "en"


def save_language(language: str) -> None:
    """Remember the language for the next start (switching applies on restart)."""
    QSettings().setValue("language", language if language in LANGUAGES else "en")


def window_language() -> Language:
    """The language the window speaks: the one `install_language` set, else English."""
    return _window_language


def install_language(app: QCoreApplication, language: str) -> None:
    """Translate the window into `language` and format dates and money its way."""
    global _window_language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(LOCALES.get(language, LOCALES["en"]))
    _window_language = Language.RUSSIAN if language == "ru" else Language.ENGLISH
    if language == "en":
        return
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_translations),
                         (f"stillroom_{language}", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
