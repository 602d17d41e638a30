"""The lock that follows the approvals, asked by layers that cannot know the workflow.

Planning data of a year (its targets, the program tree and its indicators) and the budget lines in force rest
under that year's submissions: once a quarter or the PK of the year is submitted, verified or approved, they
refuse changes, with the reason and who can reopen. The workflow app, which knows the states, registers the
check here when Django starts (``workflow.apps``); planning and measurement call :func:`pastikan_tahun_terbuka`
from their services. Without a registered check (a bare ``core``), nothing is locked.
"""

from __future__ import annotations

from collections.abc import Callable

_pemeriksa: list[Callable[[int, int], None]] = []


def daftar(pemeriksa: Callable[[int, int], None]) -> None:
    """Register ``pemeriksa(pd_id, tahun)``, which raises ValidationError when the year is locked."""
    if pemeriksa not in _pemeriksa:
        _pemeriksa.append(pemeriksa)


def pastikan_tahun_terbuka(pd_id: int, tahun: int) -> None:
    """Refuse (ValidationError with the reason) a change of a PD's planning data of ``tahun`` when any quarter
    or the PK of that year is submitted, verified or approved."""
    for pemeriksa in _pemeriksa:
        pemeriksa(pd_id, tahun)
