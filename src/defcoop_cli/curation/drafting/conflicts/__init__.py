"""Conflicts a drafted fact proposes: another date, place or number than an existing fact
of the same claim or than a curator note (values), another office than a person's role in
the fact base (offices; names in another order, person_names); the days a text gives and
what a day dates (days); a count of the pair's meeting (counts)."""
