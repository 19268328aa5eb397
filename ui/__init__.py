"""The PySide6 window over `services`: widgets and dialogs that collect a decision, make one
call, and show the result (docs/architecture.md)."""
