"""`make bench`: the figures of the issues, each against its budget."""
