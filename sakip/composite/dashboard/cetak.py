"""A dashboard's tables as an .xlsx workbook, one sheet each."""

from __future__ import annotations

from sakip.composite.dashboard.pd import DasborPd
from sakip.composite.dashboard.pemda import DasborPemda
from sakip.documents.lembar import tabel_xlsx


def dasbor_xlsx(dok: DasborPemda | DasborPd) -> bytes:
    return tabel_xlsx(dok.tabel())
