"""The shortest passphrase a practice accepts, shared by the vault and the window's strength
hint; a module of its own so the unlock dialog can show it before the database code loads."""

MIN_PASSPHRASE = 8
