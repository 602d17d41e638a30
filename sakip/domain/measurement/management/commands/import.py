"""``sakip import pengukuran FILE.xlsx --unit SLUG --year YYYY --tw N`` and
``sakip import skm FILE.xlsx --unit UNIT_LAYANAN --period KODE``: the same checks and commit as the uploads."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.measurement.services import impor_pengukuran


class Command(BaseCommand):
    help = ("Impor berkas, semua atau tidak sama sekali: “pengukuran” (templat .xlsx satu triwulan) atau “skm” "
            "(lembar Hasil Olah Data SKM untuk satu unit layanan).")

    def add_arguments(self, parser) -> None:
        parser.add_argument("jenis", choices=["pengukuran", "skm"])
        parser.add_argument("berkas", type=Path)
        parser.add_argument("--unit", required=True, help="pengukuran: slug PD; skm: slug unit layanan")
        parser.add_argument("--year", type=int)
        parser.add_argument("--tw", type=int, choices=[1, 2, 3, 4])
        parser.add_argument("--period", help="skm: kode periode, misalnya 2024-S2")
        parser.add_argument("--periksa", action="store_true", help="hanya periksa, jangan simpan")

    def handle(self, *args, jenis: str, berkas: Path, periksa: bool, **options) -> None:
        if not berkas.is_file():
            raise CommandError(f"Berkas {berkas} tidak ditemukan.")
        if jenis == "skm":
            self._skm(berkas, periksa, **options)
        else:
            self._pengukuran(berkas, periksa, **options)

    def _pengukuran(self, berkas: Path, periksa: bool, *, unit: str, year: int | None, tw: int | None, **options) -> None:
        if year is None or tw is None:
            raise CommandError("Impor pengukuran perlu --year dan --tw.")
        try:
            hasil = impor_pengukuran(Scope.system(), slug=unit, tahun=year, triwulan=tw, isi=berkas.read_bytes(),
                                     simpan=not periksa)
        except TidakDitemukan as exc:
            raise CommandError(str(exc)) from exc
        self._report(hasil.kesalahan)
        for c in hasil.perubahan:
            self.stdout.write(f"Baris {c.baris}, kolom {c.kolom}: {c.nama}: {c.sebelum} → {c.sesudah}")
        self.stdout.write(f"{len(hasil.perubahan)} isian {'diperiksa' if periksa else 'disimpan'}.")

    def _skm(self, berkas: Path, periksa: bool, *, unit: str, period: str | None, **options) -> None:
        from sakip.domain.survey.models import UnitLayanan
        from sakip.domain.survey.services import impor_respons

        if not period:
            raise CommandError("Impor skm perlu --period.")
        unit_layanan = UnitLayanan.objects.filter(slug=unit).first()
        if unit_layanan is None:
            raise CommandError(f"Unit layanan “{unit}” tidak ditemukan.")
        hasil = impor_respons(Scope.system(), unit=unit_layanan, kode_periode=period, isi=berkas.read_bytes(),
                              simpan=not periksa)
        self._report(hasil.kesalahan)
        self.stdout.write(f"{hasil.jumlah} kuesioner {'diperiksa' if periksa else 'disimpan'}.")

    def _report(self, kesalahan) -> None:
        for k in kesalahan:
            self.stderr.write(str(k))
        if kesalahan:
            raise CommandError(f"{len(kesalahan)} kesalahan; tidak ada yang disimpan.")
