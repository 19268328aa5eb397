"""The window's language: Russian or English, chosen at start and kept between runs.

The choice lives in the app's own settings file (it is not client data) so the unlock dialog
is already in the therapist's language. Qt's own strings (buttons, calendar popups) come from
the `qtbase` translations PySide6 ships; dates, times and money follow QLocale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import resources

TRANSLATIONS = resources.FOLDER / "translations"
LANGUAGES = ("en", "ru")
LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
}
_installed: list[QTranslator] = []


def saved_language() -> str:
    """The language chosen last time, or the system's when it is one Stillroom speaks."""
    system = "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"
    value = QSettings().value("language", system)
    return value if value in LANGUAGES else "en"


def save_language(language: str) -> None:
    """Remember the language for the next start (switching applies on restart)."""
    QSettings().setValue("language", language if language in LANGUAGES else "en")


def install_language(app: QCoreApplication, language: str) -> None:
    """Translate the window into `language` and format dates and money its way."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(LOCALES.get(language, LOCALES["en"]))
    if language == "en":
        return
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_translations),
                         (f"stillroom_{language}", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
