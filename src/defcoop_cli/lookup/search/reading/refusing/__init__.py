"""What a query asks that the match search found does not hold: refused by its class."""
