"""The brief: its points from a fact base, its meeting, parties, report order and event."""
