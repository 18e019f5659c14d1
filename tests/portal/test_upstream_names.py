"""Every private upstream name in docs/UPGRADING.md still exists in the installed packages.

The table there is the list of places where the portal relies on something upstream does not
promise to keep. This test reads that table, so a row added there is checked from then on.
"""

import importlib
import inspect
import re
from pathlib import Path

import pytest

UPGRADING = Path(__file__).resolve().parents[2] / "docs" / "UPGRADING.md"
ROW = re.compile(r"^\| `(?P<owner>[\w.]+)` \| `(?P<name>[^`]+)` \|")


def rows():
    return [
        match.groupdict()
        for line in UPGRADING.read_text().splitlines()
        if (match := ROW.match(line))
    ]


def resolve(dotted):
    """The module or class at `dotted` (a module path, then attributes)."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            owner = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            owner = getattr(owner, attribute)
        return owner
    raise ImportError(dotted)


def test_the_table_lists_the_names():
    assert len(rows()) >= 20


@pytest.mark.parametrize("row", rows(), ids=lambda row: f"{row['owner']}:{row['name']}")
def test_the_upstream_name_still_exists(row):
    owner = resolve(row["owner"])
    module = owner if inspect.ismodule(owner) else inspect.getmodule(owner)
    assert hasattr(owner, row["name"]) or row["name"] in inspect.getsource(module), (
        f"{row['owner']} has no {row['name']!r} any more: see docs/UPGRADING.md"
    )
