"""What a draft reads of the merged fact base: its facts, each made when first asked for
(facts), and what it reads of every one of them (passes), kept with the claim finder's
tables by `claims.whole` (issue 26)."""
