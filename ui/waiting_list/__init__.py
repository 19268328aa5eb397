"""The waiting list in the window: the list, a person's dialog, booking them, and the offer
of a freed regular slot."""
