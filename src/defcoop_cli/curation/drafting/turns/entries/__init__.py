"""Entries that leave out their subject (a diary's, a note-taker's bullets, a head's
lettered items): whose acts they are, the doer a heading or the entry before names."""
