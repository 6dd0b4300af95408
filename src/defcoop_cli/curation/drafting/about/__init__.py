"""What a candidate is about: its topics, the words that only frame it, and the
publisher's promotion (editorial)."""
