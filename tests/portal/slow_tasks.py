"""A task for the worker-recovery tests: slow the first time, quick the second.

Lives in an importable module because the worker that runs it is a separate process."""

import time
from pathlib import Path

from django_tasks import task


@task()
def slow_once(marker: str, seconds: float = 120.0) -> str:
    """Writes *marker* and sleeps (the test kills the worker meanwhile); once *marker*
    exists, returns at once."""
    path = Path(marker)
    if not path.exists():
        path.write_text("started")
        time.sleep(seconds)
    return "finished"
