"""The practice's rules in plain Python. Nothing here imports Qt."""
