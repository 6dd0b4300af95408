"""A pitch to journalists (a PR agency's "expert available" e-mail, a university's tip
sheet of experts, a think tank's reaction round-up): its ready-made quotations under a line
that gives them to someone (blocks.py), the summary of the news under a heading naming its
source (blocks.py), and the pitch's own words, its offer, the expert's biography, booking
and terms of use, which are furniture (furniture.py)."""
