"""An exam's quiz, worksheet or revision list: the apparatus around a few facts."""
