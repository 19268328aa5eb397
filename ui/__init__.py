"""The PySide6 window and the command-line front, over `services`."""
