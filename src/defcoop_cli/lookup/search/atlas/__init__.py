"""The world's places that search reads at the bottom: WordNet's cities, countries and regions."""
