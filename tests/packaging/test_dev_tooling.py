"""How the CLI reaches the development tooling (``newsline_dev``): lazily, and with one clear line when absent."""

from __future__ import annotations

import sys

import pytest

from pipeline.cli import devtools
from pipeline.cli.main import main


@pytest.fixture
def without_tooling(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a production install: ``import newsline_dev`` fails."""
    for name in [m for m in sys.modules if m == "newsline_dev" or m.startswith("newsline_dev.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "newsline_dev", None)  # type: ignore[arg-type]


def test_dev_module_imports_the_tooling_when_installed() -> None:
    module = devtools.dev_module("services", "local services")
    assert module.__name__ == "newsline_dev.services" and callable(module.up)


@pytest.mark.usefixtures("without_tooling")
def test_dev_module_without_the_tooling_says_what_and_how() -> None:
    with pytest.raises(devtools.DevToolingMissing) as raised:
        devtools.dev_module("services", "`newsline services`")
    assert str(raised.value).startswith("`newsline services` is development tooling")
    assert "pip install -e tools" in str(raised.value)


def test_a_missing_dependency_of_the_tooling_is_not_disguised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str) -> None:
        raise ModuleNotFoundError("No module named 'cryptography'", name="cryptography")

    monkeypatch.setattr(devtools.importlib, "import_module", broken)
    with pytest.raises(ModuleNotFoundError, match="cryptography"):
        devtools.dev_module("services", "local services")


@pytest.mark.usefixtures("without_tooling")
@pytest.mark.parametrize("argv", [["services", "up"], ["services", "down"], ["airflow", "init", "--local"]])
def test_commands_of_the_tooling_exit_2_with_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith("newsline: error: `newsline ")
    assert "development tooling" in err
