"""The window's money papers: their settings page and the superbill dialog."""
