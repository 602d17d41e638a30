"""Shared by the benchmarks (imported after django.setup()): median time and query count of a call."""

from __future__ import annotations

import statistics
import time


def timed(fn, repeat: int = 7) -> tuple[float, int]:
    """Median milliseconds of ``fn`` over ``repeat`` runs after one warm-up, and its query count."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return statistics.median(times), len(ctx.captured_queries)


def muat_demo() -> None:
    """The throwaway database of a benchmark: migrated, with the demo data (quietly)."""
    import os

    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as diam:
        call_command("demo", verbosity=0, stdout=diam)
