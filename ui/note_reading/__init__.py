"""Finding and reading what was written about clients: the client's sessions with their notes,
private reflections apart, the notes still to finish, search from the toolbar, the record PDF."""
