"""Bringing a practice in from other systems: the Practice → Import… wizard."""
