"""The body's own lines where a line's form alone would make it furniture, and a reply's
points and labels (`unstopped`, `replies`); a hard-wrapped paragraph's lines (`wrapped`),
a page's byline dateline (`bylines`), the source's date from its datelines (`dating`)."""

from defcoop_cli.curation.drafting.body.dating import dated, datelines
from defcoop_cli.curation.drafting.body.replies import reply_labels
from defcoop_cli.curation.drafting.body.unstopped import kept_lines, log_stamp
from defcoop_cli.curation.drafting.body.wrapped import unbroken

__all__ = ["dated", "datelines", "kept_lines", "log_stamp", "reply_labels", "unbroken"]
