"""The window's language: Russian or English, chosen at start and kept between runs.

The choice lives in the app's own settings file (it is not client data) so the unlock dialog
is already in the therapist's language. Qt's own strings (buttons, calendar popups) come from
the `qtbase` translations PySide6 ships; dates, times and money follow QLocale; the words of
closed vocabularies (statuses, payment methods...) come from `services.labels` in
`window_language()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from models.enums import Language
from ui.compiled_translations import compiled_translation

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


def install_language(app: QCoreApplication, language: str) -> bool:
    """Translate the window into `language` and format dates and money its way.

    False when Stillroom's own words for it could not be loaded (the window stays in
    English then, and the caller says so).
    """
    global _window_language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(LOCALES.get(language, LOCALES["en"]))
    _window_language = Language.RUSSIAN if language == "ru" else Language.ENGLISH
    if language == "en":
        return True
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _install(app, qt_base)
    compiled = compiled_translation(f"stillroom_{language}")
    own = QTranslator(app)
    if compiled is None or not own.load(str(compiled)):
        return False
    _install(app, own)
    return True


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
