"""A statement in a collective's own voice: a coalition's joint statement of protest, a
union's or an association's press statement with its resolutions, a students' open letter
with its signatories, a party's press release. A body no party to the talks speaks in the
first person plural ("We are alarmed that…", "We have never opposed…"), or of itself as
"Our party" and "The Party"; its demands stand in a list under a lead ("We therefore call on
the Government:", "The Party calls upon the Government:", "resolved to demand that the
Government:"), its signatories in a roster under theirs ("Signed by 17 organisations:").

The lists and the rosters are furniture (demands.py): directives and names, no assertion.
The body's own sentences are the statement's voice (R35, "the article"), and those that
tell no party's act are its views, filed under the assessment topic (R5) and the claim of
no party's fact (voice.py); what it reports the ministers did stays theirs (R6). In any
document, a domestic critic's verdict on its own government's handling of the talks (the
opposition's, a ruling party's, a house member's) is a view too (critics.py, R60), and a
body's speaker named after the role ("said the party's spokesperson, Name") is the named
person (spokespeople.py, R54).
"""
