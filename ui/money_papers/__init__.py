"""The window's money papers: invoices and credit notes, their settings page, the superbill
dialog, the year for the accountant, receipts and statements of account."""
