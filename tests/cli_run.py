"""Running the `summarizer` command in-process, for the tests of its front end."""

from __future__ import annotations

import pytest

from summarizer.cli import main


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command with `argv` in this process; return (exit code, stdout, stderr).

    argparse ends usage errors and --help with SystemExit; its code is the exit code.
    """
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err
