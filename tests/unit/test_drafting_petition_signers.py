"""drafting.discussions.reasons: a petition page's signers' comments, each under its
signer's line, are the signer's words (issue 24, heldout80's class); a page that gathers no
signatures, or shows one signer alone, has none. Pages written for these tests."""

from __future__ import annotations

from defcoop_cli.curation.drafting.discussions.reasons import signer_lines

PETITION = """<html><body><article>
<h1>Open the harbour talks' minutes</h1>
<p>The two ports' boards met on Friday and published nothing.</p>
<section><h2>Reasons for signing</h2>
<div class="meta">Meera Nair · Pune · 2 days ago</div>
<p>My uncle sailed with the harbour pilots, and I want the minutes out.</p>
<div class="meta">Anonymous · 4 days ago</div>
<p>Secrecy helps no one.</p>
</section></article>
<aside><button>Sign this petition</button></aside>
</body></html>"""
TEXT = (
    "Open the harbour talks' minutes\nThe two ports' boards met on Friday and published "
    "nothing.\nReasons for signing\nMy uncle sailed with the harbour pilots, and I want the "
    "minutes out.\nSecrecy helps no one."
)


def test_each_comment_is_its_signers_by_name_or_as_the_anonymous_signer() -> None:
    assert signer_lines(PETITION, TEXT) == [
        ("Meera Nair", "My uncle sailed with the harbour pilots, and I want the minutes out."),
        ("anonymous signer", "Secrecy helps no one."),
    ]


def test_a_page_gathering_no_signatures_has_no_signers() -> None:
    news = PETITION.replace("<button>Sign this petition</button>", "<a>Most read</a>")
    assert signer_lines(news, TEXT) == []


def test_one_signers_line_alone_makes_no_comments() -> None:
    one = PETITION.replace('<div class="meta">Anonymous · 4 days ago</div>', "")
    assert signer_lines(one, TEXT) == []
