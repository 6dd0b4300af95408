"""defcoop: fact lookup for defence-cooperation briefings."""

__version__ = "0.1.0"


def main() -> None:
    """The console script. Loading the CLI takes a tenth of a second; Ctrl-C meanwhile exits
    130 with one line too, not a traceback."""
    import sys

    try:
        from defcoop_cli.cli import run
    except KeyboardInterrupt:
        sys.stderr.write("defcoop: interrupted\n")
        sys.exit(130)
    sys.exit(run())
