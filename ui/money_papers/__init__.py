"""The window's money papers: their settings page, the superbill dialog, and the year for the
accountant."""
