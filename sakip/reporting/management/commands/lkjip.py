"""``sakip lkjip --unit SLUG --year YYYY --format json [--out PATH]``: the computed LKjIP structure.

The Word, PDF and Excel renderings of issue 4 are not built yet; the JSON is the structure they will render.
"""

from sakip.core.scoping import Scope
from sakip.reporting.berkas import Berkas, as_json_bytes
from sakip.reporting.lkjip import build_lkjip
from sakip.reporting.management.base import DocumentCommand


class Command(DocumentCommand):
    help = "Tulis struktur LKjIP (angka Bab III, Tabel 3.26, pemeriksaan konsistensi) sebagai JSON."
    formats = ("json",)

    def build(self, *, unit: str, year: int, **options):
        return build_lkjip(Scope.system(), unit, year)

    def render(self, dok, fmt: str) -> Berkas:
        return Berkas(as_json_bytes(dok.as_json()), "application/json", f"LKjIP-{dok.unit_slug}-{dok.tahun}.json")
