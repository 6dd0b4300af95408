"""An event read in its facts: the query's terms that name it, lent to the facts."""
