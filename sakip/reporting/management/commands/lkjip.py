"""``sakip lkjip --unit SLUG --year YYYY --format json|xlsx [--out PATH]``: the computed LKjIP structure.

JSON and the Excel tables for now; the Word and PDF report of issue 4 are not built yet.
"""

from sakip.core.scoping import Scope
from sakip.reporting.berkas import Berkas
from sakip.reporting.lkjip import berkas_lkjip, build_lkjip
from sakip.reporting.management.base import DocumentCommand


class Command(DocumentCommand):
    help = "Tulis struktur LKjIP (angka Bab III, Tabel 3.26, pemeriksaan konsistensi) sebagai JSON."
    formats = ("json", "xlsx")

    def build(self, *, unit: str, year: int, **options):
        return build_lkjip(Scope.system(), unit, year)

    def render(self, dok, fmt: str) -> Berkas:
        return berkas_lkjip(dok, fmt)
