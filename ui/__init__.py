"""The PySide6 window over `services`: widgets and dialogs that collect a decision, make one
call, and show the result (docs/architecture.md).

When the window is what loads PySide6 (the app starting, not a test runner that loaded it
first), two things are done for the start:

- Loading PySide6 puts shiboken's own `__import__` in place of Python's, for the `__feature__`
  switches (`snake_case`, `true_property`) that Stillroom never uses. It reads the whole source
  of every module imported after it, looking for the word "PySide6" (PYSIDE-2029): a tenth of a
  second and tens of MiB of source text for the database code and the window's modules. So
  Python's own import is put back at once.
- The cyclic garbage collector waits until the window is up (`ui.app.started`). Starting makes
  tens of thousands of objects that live as long as the app (modules, classes, the window's
  widgets), and collecting among them while they are made took a twelfth of the start.
"""

import builtins
import gc
import sys

if "shiboken6" not in sys.modules:
    gc.disable()
    _python_import = builtins.__import__
    import PySide6.QtCore  # noqa: F401  (installs shiboken's import)

    builtins.__import__ = _python_import
    del _python_import
