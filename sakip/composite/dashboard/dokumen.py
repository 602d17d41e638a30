"""The dashboards as documents: their tables as JSON and .xlsx, through the one registry. The builders are
:mod:`.dokumen_pemda` (a pemda's PD side by side) and :mod:`.dokumen_pd` (one PD's year)."""

from sakip.documents.registry import JenisDokumen, daftar

DASBOR_PEMDA = daftar(JenisDokumen("dasbor-pemda", "Dasbor pemda", {"xlsx": "sakip.composite.dashboard.cetak.dasbor_xlsx"}))
DASBOR_PD = daftar(JenisDokumen("dasbor-pd", "Dasbor perangkat daerah", {
    "xlsx": "sakip.composite.dashboard.cetak.dasbor_xlsx"}))
