"""Fonts, labels (the words for closed vocabularies), letter templates and translations:
package data, found wherever Stillroom runs from.

Every layer may read these files through `FOLDER`; none of them is code.
"""

from importlib.resources import files
from pathlib import Path

FOLDER = Path(str(files(__name__)))
