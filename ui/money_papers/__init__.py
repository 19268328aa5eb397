"""The window's side of the money papers: invoices and credit notes from the client panel."""
