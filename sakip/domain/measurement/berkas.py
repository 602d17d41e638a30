"""The quarterly measurement as a file (JSON or .xlsx): the command and the download view both call this."""

from sakip.domain.measurement.pengukuran import Pengukuran
from sakip.domain.measurement.xlsx import pengukuran_xlsx
from sakip.domain.reporting.berkas import Berkas, as_json_bytes

FORMATS_PENGUKURAN = {
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def berkas_pengukuran(p: Pengukuran, fmt: str) -> Berkas:
    isi = as_json_bytes(p.as_json()) if fmt == "json" else pengukuran_xlsx(p)
    return Berkas(isi, FORMATS_PENGUKURAN[fmt], f"{p.nama_berkas}.{fmt}")
