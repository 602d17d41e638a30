"""``sakip pengukuran --unit SLUG --year YYYY --tw N --format json|xlsx [--out PATH]``."""

from typing import Any

from sakip.core.scoping import Scope
from sakip.documents.perintah import DocumentCommand
from sakip.domain.measurement.dokumen import Pengukuran, build_pengukuran


class Command(DocumentCommand):
    help = "Tulis pengukuran kinerja satu triwulan (JSON ke stdout bila tanpa --out, atau templat .xlsx)."
    jenis = "pengukuran"

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--tw", required=True, type=int, choices=[1, 2, 3, 4], help="triwulan")

    def build(self, *, unit: str, **options: Any) -> Pengukuran:
        return build_pengukuran(Scope.system(), unit, options["year"], options["tw"])
