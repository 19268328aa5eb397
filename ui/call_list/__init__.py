"""The call list: who to reach today and why, the words to use, and what came of each call."""
