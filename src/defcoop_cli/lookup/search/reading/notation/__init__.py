"""What a query's notation says beyond its words: a web search's syntax, what its exclusions
leave out, a catalogue heading and an alert list read by their facets."""
