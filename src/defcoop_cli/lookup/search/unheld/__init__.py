"""What a query names that the fact base does not hold: offices, pairs of nations, places."""
