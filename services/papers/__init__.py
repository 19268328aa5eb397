"""Letters and papers: the letter templates and their drafts, the PDF page every paper is
printed on, the letterhead, the recovery sheet, and the client's record (its reading in
`client_record`, its PDF in `client_record_layout`).

May import `models` and the other service packages; never Qt. Only `letter_layout`,
`client_record_layout` and `pdf_page` load reportlab, so the rest stays quick to import.
"""
