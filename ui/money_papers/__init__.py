"""The window's money papers: invoices and credit notes from the client panel, their settings
page, the superbill dialog, and the year for the accountant."""
