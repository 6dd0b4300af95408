"""The guided review on a terminal: one candidate at a time, its quote in context and its
fields, and a key for each decision; drawn with prompt_toolkit (imported here only, when the
review runs).

`Reviewer` is what the screen shows and what each key does, without a screen: it changes
the draft through curation.guiding's `Review` and calls `save` after every change, so that
a quit, Ctrl-C or a closed terminal leaves the draft as decided so far. `run` draws it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, TextIO

from defcoop_cli.curation.guiding import (
    TEXT_FIELDS,
    Review,
    ReviewError,
    quote_context,
)
from defcoop_cli.factbase.vocab import ACCEPTED, REJECTED, UNDER_REVIEW
from defcoop_cli.output.terminal import printable

if TYPE_CHECKING:
    from prompt_toolkit.formatted_text import StyleAndTextTuples

HELP = (
    "a accept · r reject · u undecide · e edit statement · E edit a field · k kind · "
    "s stance · w attribution · t topics · n entities · c link/unlink claim · "
    "←/→ back/forward · Tab next undecided · q quit"
)
CHOOSER_HELP = "type to filter · ↑↓ move · Enter choose · Esc done"
KEYS = "a r u e E k s w t n c ← → Tab q"  # the help where the whole would take too many rows
LABEL = 13  # the width of the field names' column
CHOICES = 12  # the chooser's height, where the screen has room
# The smallest screen the review is drawn on (columns, rows): the status, three rows of the
# candidate (or of the choices), the message and two of help. A smaller one is told so.
SMALLEST = (30, 8)
# Browse keys whose field is chosen from a list: (field, several may be chosen).
CHOSEN = {"k": ("kind", False), "s": ("stance", False), "w": ("attribution", False)}
CHOSEN |= {"t": ("topics", True), "n": ("entities", True)}


class Chooser:
    """A field's choices, filtered by the text typed (names that start with it first), one
    highlighted. `free`: the text typed is a value of its own when nothing matches it."""

    def __init__(
        self, field: str, options: Sequence[str], several: bool, free: bool, now: Any = None
    ) -> None:
        self.field, self.options, self.several, self.free = field, options, several, free
        self.typed = ""
        self.selected = options.index(now) if now in options else 0

    def filter(self, typed: str) -> None:
        self.typed, self.selected = typed, 0

    def shown(self) -> list[str]:
        typed = self.typed.casefold().strip()
        starts = [o for o in self.options if o.casefold().startswith(typed)]
        return starts + [o for o in self.options if typed in o.casefold() and o not in starts]

    def move(self, by: int) -> None:
        self.selected = max(0, min(len(self.shown()) - 1, self.selected + by))

    def chosen(self) -> str | None:
        shown = self.shown()
        if shown:
            return shown[self.selected]
        return self.typed.strip() or None if self.free else None


class Reviewer:
    """The review's screen without the screen: the mode (browse, edit a text field, choose
    from a list), the message of the last key, and the text each part of the screen shows."""

    def __init__(self, review: Review, article: str | None, save: Callable[[], object]) -> None:
        self.review, self.article, self.save = review, article, save
        self.mode = "browse"
        self.field = ""  # the text field being edited
        self.chooser: Chooser | None = None
        self.message = "" if review.current.get("review") == UNDER_REVIEW else _all_decided(review)

    # ---- keys

    def browse(self, key: str) -> str | None:
        """Do what a key does while browsing; the text to edit when it opens an edit."""
        moves = {"left": -1, "b": -1, "right": 1, "f": 1}
        try:
            if key in moves:
                self.review.move(moves[key])
                self.message = ""
            elif key == "tab":
                self.message = "" if self.review.next_undecided() else _all_decided(self.review)
            elif key in ("a", "r", "u"):
                self._decide({"a": ACCEPTED, "r": REJECTED, "u": UNDER_REVIEW}[key])
            elif key == "c":
                linked = self.review.link_claim()
                self._changed("claim linked" if linked else "claim unlinked")
            elif key == "e":
                return self.start_edit(TEXT_FIELDS[self.review.kind][0])
            elif key == "E":
                self.chooser = Chooser("field", TEXT_FIELDS[self.review.kind], False, False)
                self.mode = "choose"
            elif key in CHOSEN:
                field, several = CHOSEN[key]
                options = self.review.choices(field)
                now = self.review.current.get("type" if field == "kind" else field)
                self.chooser = Chooser(field, options, several, field == "attribution", now)
                self.mode = "choose"
        except ReviewError as e:
            self.message = str(e)
        return None

    def start_edit(self, field: str) -> str:
        """Open the edit line on a text field: its text now."""
        self.mode, self.field, self.chooser = "edit", field, None
        value = self.review.current.get(field, "")
        return ", ".join(value) if isinstance(value, list) else str(value)

    def finish_edit(self, text: str) -> str | None:
        try:
            self.review.edit(self.field, text)
        except ReviewError as e:
            self.message = str(e)
        else:
            self._changed(f"{self.field} saved")
        self.mode = "browse"
        return None

    def pick(self) -> str | None:
        """Enter in the chooser: set the field (or, for a list, add or take out the id
        highlighted, and stay); the text to edit when the field to edit was chosen."""
        chooser = self.chooser
        value = chooser.chosen() if chooser else None
        if chooser is None or value is None:
            return None
        try:
            if chooser.field == "field":
                return self.start_edit(value)
            if chooser.several:
                held = self.review.toggle(chooser.field, value)
                self._changed(f"{value} {'added to' if held else 'taken out of'} {chooser.field}")
                return None
            self.review.choose(chooser.field, value)
            self._changed(f"{chooser.field}: {value}")
        except ReviewError as e:
            self.message = str(e)
        self.mode, self.chooser = "browse", None
        return None

    def move(self, by: int) -> str | None:
        """↑ or ↓ in the chooser."""
        if self.chooser is not None:
            self.chooser.move(by)
        return None

    def cancel(self) -> str | None:
        """Esc: leave the edit line or the chooser (what a list's toggles did is saved)."""
        self.mode, self.chooser = "browse", None
        return None

    def _decide(self, verdict: str) -> None:
        said = self.review.decide(verdict)
        self._changed(said)
        if verdict != UNDER_REVIEW and not self.review.next_undecided():
            self.message = f"{said}. {_all_decided(self.review)}"

    def _changed(self, said: str) -> None:
        self.save()
        self.message = said

    # ---- what is drawn

    def status(self, width: int = 200) -> str:
        """Where the review stands: the longest form that fits the width (on a narrow
        screen, without the counts decided, then without the candidate's state)."""
        r = self.review
        accepted, rejected, undecided = r.counts()
        where = f" {r.kind} {r.index + 1} of {len(r.candidates)}"
        state = r.current.get("review", UNDER_REVIEW)
        forms = (
            f"{where} · {state} · {accepted} accepted · {rejected} rejected · "
            f"{undecided} to decide",
            f"{where} · {state} · {undecided} to decide",
            f"{where} · {undecided} to decide",
        )
        return next((form for form in forms if len(form) <= width), forms[-1])

    def body(self, width: int) -> StyleAndTextTuples:
        """The candidate shown, its lines wrapped at spaces to fit the width."""
        item = self.review.current
        if self.review.kind == "entity":
            return self._entity(item, width)
        before, quote, after = quote_context(self.article, item)
        parts = [("class:dim", _flat(before)), ("reverse", _flat(quote))]
        out = [*_wrapped([*parts, ("class:dim", _flat(after))], width, 0), ("", "\n\n")]
        fields = ("statement", "kind", "stance", "attribution", "topics", "entities")
        for name in fields:
            out += _row(name, _value(item.get(name)), width)
        out += _row("claim", self._claim(), width)
        for conflict in item.get("conflicts", []) or []:
            out += _row("conflict", _conflict(conflict), width)
        for name in ("keywords", "notes", "rule", "id"):
            if item.get(name):
                out += _row(name, _value(item.get(name)), width, "class:dim")
        return out

    def chooser_lines(self, rows: int = CHOICES) -> StyleAndTextTuples:
        """The choices that fit in the rows the screen has, the one highlighted among them."""
        chooser = self.chooser
        if chooser is None:
            return []
        item = self.review.current
        now = item.get("type" if self.review.kind == "entity" else chooser.field)
        held = now if chooser.several and isinstance(now, list) else [now]
        out: StyleAndTextTuples = []
        top = max(0, chooser.selected - rows + 1)
        for i, option in enumerate(chooser.shown()[top : top + rows], start=top):
            mark = ("[x] " if option in held else "[ ] ") if chooser.several else ""
            mark = mark or ("* " if option in held else "  ")
            style = "reverse" if i == chooser.selected else ""
            out += [(style, f" {mark}{printable(option)}"), ("", "\n")]
        if not out:
            free = chooser.free and chooser.typed.strip()
            out = [("class:dim", " Enter: use what is typed" if free else " no match")]
        return out

    def prompt(self) -> str:
        """The label of the edit or filter line."""
        if self.mode == "edit":
            return f"{self.field}> "
        chooser = self.chooser
        return f"{chooser.field if chooser and chooser.field != 'field' else 'edit'}> "

    def _claim(self) -> str:
        linked, evidence = self.review.claim()
        if evidence is None:
            return "none proposed"
        state = "linked to" if linked else "not linked (c links it):"
        shared = ", ".join(map(str, evidence.get("shared", [])))
        return (
            f"{state} {evidence.get('fact')} ({evidence.get('source')}; score "
            f"{evidence.get('score')}; shares {shared}): “{evidence.get('quote')}”"
        )

    def _entity(self, item: dict[str, Any], width: int) -> StyleAndTextTuples:
        users = [
            str(c.get("id"))
            for kind, c in self.review.candidates
            if kind == "fact" and item.get("id") in (c.get("entities") or [])
        ]
        named = f"{len(users)} facts: {', '.join(users)}" if users else "no fact"
        out = _row("new entity", _value(item.get("name")), width)
        out += _row("type", _value(item.get("type")), width)
        out += _row("aliases", _value(item.get("aliases")), width)
        out += _row("named by", named, width)
        for name in ("rule", "id"):
            out += _row(name, _value(item.get(name)), width, "class:dim")
        return out


def help_text(choosing: bool, columns: int, rows: int) -> str:
    """The keys' help, broken between its items to fit the width: whole where it takes a
    sixth of the rows at most (two at least), else the keys alone (the README lists what
    each does)."""
    lines = _items(CHOOSER_HELP if choosing else HELP, columns)
    return "\n".join(lines if len(lines) <= max(2, rows // 6) else _items(KEYS, columns))


def _items(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for item in text.split(" · "):
        if lines and len(lines[-1]) + 3 + len(item) <= width:
            lines[-1] += " · " + item
        else:
            lines += [item[a:b] for a, b in _breaks(item, max(1, width))]
    return lines


def chooser_rows(columns: int, rows: int) -> int:
    """The choices shown: the rows left by the status, the filter line, the message and
    the help, at most CHOICES."""
    return max(1, min(CHOICES, rows - 4 - help_text(True, columns, rows).count("\n")))


def too_small(columns: int, rows: int) -> str:
    said = (
        f"defcoop review needs a terminal of {SMALLEST[0]}×{SMALLEST[1]} or more; "
        f"this one is {columns}×{rows}: make it bigger, or q to quit"
    )
    return "\n".join(said[a:b] for a, b in _breaks(said, max(1, columns)))


def _all_decided(review: Review) -> str:
    if review.counts()[2]:
        return ""
    return "Every candidate is decided: q to quit, then defcoop add the draft."


def _flat(text: str) -> str:
    return printable(" ".join(text.split("\n")))


def _value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value)) if value else "—"
    return "—" if value in (None, "") else str(value)


def _row(name: str, value: str, width: int, style: str = "") -> StyleAndTextTuples:
    """A field: its name in the first column, its value beside it, wrapped in its column."""
    value_lines = _wrapped([(style, printable(value))], width - LABEL, LABEL)
    return [("bold", f"{name:<{LABEL}}"), *value_lines, ("", "\n")]


def _wrapped(parts: Sequence[tuple[str, str]], width: int, indent: int) -> StyleAndTextTuples:
    """Styled text broken into lines of at most width characters, at spaces (inside a word
    only when it is longer than a line), each line after the first indented."""
    text = "".join(t for _, t in parts)
    spans, at = [], 0
    for style, t in parts:
        spans.append((at, at + len(t), style))
        at += len(t)
    out: StyleAndTextTuples = []
    for n, (a, b) in enumerate(_breaks(text, max(1, width))):
        if n:
            out.append(("", "\n" + " " * indent))
        for s, e, style in spans:
            if max(a, s) < min(b, e):
                out.append((style, text[max(a, s) : min(b, e)]))
    return out


def _breaks(text: str, width: int) -> list[tuple[int, int]]:
    """Where each line of text starts and ends, the space at a break left out."""
    lines, start = [], 0
    while len(text) - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:  # no space to break at: the word is longer than a line
            lines.append((start, start + width))
            start += width
        else:
            lines.append((start, cut))
            start = cut + 1
    lines.append((start, len(text)))
    return lines


def _conflict(conflict: Any) -> str:
    if not isinstance(conflict, dict):
        return str(conflict)
    others = "; ".join(
        f"“{o.get('text')}” in {o.get('fact') or 'curator note ' + str(o.get('note'))}"
        for o in conflict.get("others", [])
        if isinstance(o, dict)
    )
    whose = f"{conflict['entity']}: " if conflict.get("entity") else ""  # a value names none
    read = " (a title read as theirs: no name here)" if conflict.get("by") == "title" else ""
    return f"{whose}{conflict.get('field')} “{conflict.get('this')}” here{read}; {others}"


def run(reviewer: Reviewer, screen: TextIO) -> bool:
    """Show the review on the screen (a terminal), reading keys from stdin, until q (True)
    or Ctrl-C (False). An error saving the draft ends it and is raised."""
    from prompt_toolkit.application import Application
    from prompt_toolkit.buffer import Buffer
    from prompt_toolkit.filters import Condition
    from prompt_toolkit.layout import (
        ConditionalContainer,
        Dimension,
        HSplit,
        Layout,
        VSplit,
        Window,
    )
    from prompt_toolkit.layout.controls import BufferControl, FormattedTextControl
    from prompt_toolkit.output import create_output

    def on_filter(buffer: Buffer) -> None:
        if reviewer.chooser is not None:
            reviewer.chooser.filter(buffer.text)

    line = Buffer(multiline=False, on_text_changed=on_filter)
    output = create_output(stdout=screen)

    def size() -> tuple[int, int]:
        return output.get_size().columns, output.get_size().rows

    big = Condition(lambda: size()[0] >= SMALLEST[0] and size()[1] >= SMALLEST[1])
    browsing = Condition(lambda: reviewer.mode == "browse")
    choosing = Condition(lambda: reviewer.mode == "choose")
    editing = Condition(lambda: reviewer.mode == "edit")
    body = Window(
        FormattedTextControl(lambda: reviewer.body(size()[0]), focusable=True),
        wrap_lines=True,  # for characters two columns wide, which the lines do not count
        height=lambda: Dimension(min=3 if browsing() else 0),
    )
    choices = Window(
        FormattedTextControl(lambda: reviewer.chooser_lines(chooser_rows(*size()))),
        height=lambda: Dimension.exact(chooser_rows(*size())),
    )
    smaller = Window(FormattedTextControl(lambda: too_small(*size())))
    layout = HSplit(
        [
            Window(
                FormattedTextControl(lambda: reviewer.status(size()[0])), height=1, style="reverse"
            ),
            body,
            ConditionalContainer(choices, choosing),
            ConditionalContainer(
                VSplit(
                    [
                        Window(FormattedTextControl(reviewer.prompt), dont_extend_width=True),
                        Window(BufferControl(line), height=1),
                    ]
                ),
                ~browsing,
            ),
            Window(FormattedTextControl(lambda: reviewer.message), height=1, style="bold"),
            Window(
                FormattedTextControl(lambda: help_text(choosing(), *size())),
                height=lambda: Dimension.exact(help_text(choosing(), *size()).count("\n") + 1),
                style="class:dim",
            ),
        ],
        window_too_small=smaller,
    )
    whole = HSplit([ConditionalContainer(layout, big), ConditionalContainer(smaller, ~big)])
    app: Application[bool] = Application(
        layout=Layout(whole, focused_element=body),
        key_bindings=_keys(
            reviewer, (body, line), (browsing & big, choosing & big, editing & big), big
        ),
        output=output,
        full_screen=True,
    )
    app.ttimeoutlen = 0.05  # a lone Esc leaves an edit at once
    return app.run()


def _keys(
    reviewer: Reviewer, windows: tuple[Any, Any], modes: tuple[Any, Any, Any], big: Any
) -> Any:
    from prompt_toolkit.key_binding import KeyBindings

    from defcoop_cli.errors import DefcoopError

    browsing, choosing, editing = modes
    body, line = windows
    keys = KeyBindings()

    def guarded(do: Callable[[], str | None]) -> Callable[[Any], None]:
        """A key's handler: do it, then put the cursor where the new mode types (the edit
        line holding the text to edit, or an empty filter); an error saving ends the run."""

        def handler(event: Any) -> None:
            was = (reviewer.mode, reviewer.chooser)
            try:
                text = do()
            except DefcoopError as e:
                event.app.exit(exception=e)
                return
            if reviewer.mode == "browse":
                event.app.layout.focus(body)
            elif (reviewer.mode, reviewer.chooser) != was:
                line.reset()
                line.text = text or ""
                line.cursor_position = len(line.text)
                event.app.layout.focus(line)

        return handler

    for key in ["left", "right", "b", "f", "tab", "a", "r", "u", "c", "e", "E", *CHOSEN]:
        name = {"tab": "c-i"}.get(key, key)
        keys.add(name, filter=browsing)(guarded(partial(reviewer.browse, key)))
    keys.add("enter", filter=editing)(guarded(lambda: reviewer.finish_edit(line.text)))
    keys.add("enter", filter=choosing)(guarded(reviewer.pick))
    for key, by in {"up": -1, "down": 1, "pageup": -10, "pagedown": 10}.items():
        keys.add(key, filter=choosing)(guarded(partial(reviewer.move, by)))
    keys.add("escape", eager=True, filter=~browsing)(guarded(reviewer.cancel))
    keys.add("q", filter=browsing | ~big)(lambda event: event.app.exit(result=True))
    keys.add("c-c", eager=True)(lambda event: event.app.exit(result=False))
    return keys
