"""Letters on screen: writing one for a client, previewing, printing and saving it as PDF."""
