"""Letters and papers: the letter templates and their drafts, the PDF page every paper is
printed on, the letterhead, the recovery sheet.

May import `models` and the other service packages; never Qt. Only `letter_layout` and
`pdf_page` load reportlab, so the rest stays quick to import.
"""
