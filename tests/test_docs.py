"""The README documents every command and every option of `dyads code` (Datasette-style docs test)."""
from __future__ import annotations

from pathlib import Path

import pytest

from dyads.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command):
    assert f"dyads {command}" in README


@pytest.mark.parametrize("option", [
    opt for param in main.commands["code"].params for opt in param.opts if opt.startswith("--") and opt != "--help"
])
def test_every_code_option_is_in_the_readme(option):
    assert option in README, f"`dyads code {option}` is not documented in the README"
