"""Speakers' turns a document's structure gives without a transcript's labels: a printed
interview's questions and answers, a broadcast script's sound bites under their cues."""
