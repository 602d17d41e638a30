"""A date as Indonesian documents and messages write it ("3 Desember 2026"): one rule for every document
(PK, IKU, SKM report, LKjIP, LHE) and every message that names a date."""

from __future__ import annotations

import datetime

from babel.dates import format_date


def tanggal_teks(d: datetime.date | None) -> str:
    """``d`` written out in Indonesian (day, month's name, year); "" when there is no date."""
    return format_date(d, "d MMMM y", locale="id") if d else ""
