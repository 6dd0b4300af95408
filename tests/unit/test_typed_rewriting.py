"""What the readers of a register typed in its own words share (reading/typed/rewriting.py):
a table's forms each as its English, and the rewritten pieces spliced back. The entries and
texts here are invented."""

from defcoop_cli.lookup.search.reading.typed.rewriting import WORD, forms_read, spliced

ENTRIES = [
    {"forms": ["Tora", "toraa"], "reads": "tiger"},
    {"forms": ["kumo"], "reads": "cloud", "english": True},
    {"forms": ["tora"], "reads": "tigress"},
]


def test_each_folded_form_reads_its_entrys_english_the_last_entry_winning() -> None:
    read, _ = forms_read(ENTRIES, "forms", lambda form: form.lower().replace("aa", "a"))
    assert read == {"tora": "tigress", "kumo": "cloud"}


def test_only_an_entry_marked_english_makes_its_forms_shared() -> None:
    _, shared = forms_read(ENTRIES, "forms", str.lower)
    assert shared == frozenset({"kumo"})


def test_a_fold_may_make_a_form_of_several_words() -> None:
    read, _ = forms_read(
        [{"w": ["kita-kaze"], "reads": "north wind"}], "w", lambda f: tuple(f.split("-"))
    )
    assert read == {("kita", "kaze"): "north wind"}


def test_the_pieces_and_the_rest_are_spliced_with_single_spaces() -> None:
    text = "ame  no hi   rain day"
    assert spliced(["  rainy ", " day "], text, 7) == "rainy day hi rain day"


def test_a_word_as_typed_is_a_run_of_letters_not_digits_nor_underscores() -> None:
    assert WORD.compiled.findall("Bōei_shō 2025 talks") == ["Bōei", "shō", "talks"]
