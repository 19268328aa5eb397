"""Money papers in the window: the year for the accountant."""
