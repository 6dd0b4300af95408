"""What a query names that the fact base does not hold, read by kind: places."""
