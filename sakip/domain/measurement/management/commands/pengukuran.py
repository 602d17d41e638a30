"""``sakip pengukuran --unit SLUG --year YYYY --tw N --format json|xlsx [--out PATH]``."""

from sakip.core.scoping import Scope
from sakip.domain.measurement.berkas import FORMATS_PENGUKURAN, berkas_pengukuran
from sakip.domain.measurement.pengukuran import build_pengukuran
from sakip.domain.reporting.management.base import DocumentCommand


class Command(DocumentCommand):
    help = "Tulis pengukuran kinerja satu triwulan (JSON ke stdout bila tanpa --out, atau templat .xlsx)."
    formats = tuple(FORMATS_PENGUKURAN)

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--tw", required=True, type=int, choices=[1, 2, 3, 4], help="triwulan")

    def build(self, *, unit: str, year: int, tw: int, **options):
        return build_pengukuran(Scope.system(), unit, year, tw)

    def render(self, dok, fmt: str):
        return berkas_pengukuran(dok, fmt)
