"""Speakers and doers a sentence names by no name of theirs: a body's unnamed person
(`unnamed`), a description (`described`), a plural title (`plural`), market people (`markets`),
a briefing's channel (`channels`), the party a reported clause opens with (`doers`), a view
taken up (`taken`)."""
