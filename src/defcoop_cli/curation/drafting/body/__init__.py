"""The body's own lines where a line's form alone would make it furniture."""
