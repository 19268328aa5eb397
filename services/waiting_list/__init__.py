"""The waiting list: people waiting for a regular time, the freed slots that suit them, and
booking one of them, which makes them a client."""
