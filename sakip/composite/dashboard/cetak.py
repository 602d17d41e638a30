"""A dashboard's tables as an .xlsx workbook, one sheet each."""

from __future__ import annotations

from sakip.composite.dashboard.dokumen_pd import DasborPd
from sakip.composite.dashboard.dokumen_pemda import DasborPemda
from sakip.documents.lembar import tabel_xlsx


def dasbor_xlsx(dok: DasborPemda | DasborPd) -> bytes:
    return tabel_xlsx(dok.tabel())
