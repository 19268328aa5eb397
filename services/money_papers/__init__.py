"""Money papers for the client and the accountant: receipts, invoices and credit notes,
statements of account, superbills, and the year's income."""
