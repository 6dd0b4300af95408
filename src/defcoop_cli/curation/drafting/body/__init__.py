"""The body's own lines where a line's form alone would make it furniture, and a reply's
points and labels (`unstopped`, `replies`)."""

from defcoop_cli.curation.drafting.body.replies import reply_labels
from defcoop_cli.curation.drafting.body.unstopped import kept_lines, log_stamp

__all__ = ["kept_lines", "log_stamp", "reply_labels"]
