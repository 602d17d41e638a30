"""``sakip import pengukuran FILE.xlsx --unit SLUG --year YYYY --tw N``: the same checks and commit as the upload."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.core.scoping import Scope
from sakip.measurement.pengukuran import PengukuranTidakDitemukan
from sakip.measurement.services import impor_pengukuran


class Command(BaseCommand):
    help = "Impor berkas: saat ini “pengukuran” (templat .xlsx satu triwulan). Semua atau tidak sama sekali."

    def add_arguments(self, parser) -> None:
        parser.add_argument("jenis", choices=["pengukuran"])
        parser.add_argument("berkas", type=Path)
        parser.add_argument("--unit", required=True)
        parser.add_argument("--year", required=True, type=int)
        parser.add_argument("--tw", required=True, type=int, choices=[1, 2, 3, 4])
        parser.add_argument("--periksa", action="store_true", help="hanya periksa, jangan simpan")

    def handle(self, *args, jenis: str, berkas: Path, unit: str, year: int, tw: int, periksa: bool, **options) -> None:
        if not berkas.is_file():
            raise CommandError(f"Berkas {berkas} tidak ditemukan.")
        try:
            hasil = impor_pengukuran(Scope.system(), slug=unit, tahun=year, triwulan=tw, isi=berkas.read_bytes(),
                                     simpan=not periksa)
        except PengukuranTidakDitemukan as exc:
            raise CommandError(str(exc)) from exc
        for k in hasil.kesalahan:
            self.stderr.write(str(k))
        if hasil.kesalahan:
            raise CommandError(f"{len(hasil.kesalahan)} kesalahan; tidak ada yang disimpan.")
        for c in hasil.perubahan:
            self.stdout.write(f"Baris {c.baris}, kolom {c.kolom}: {c.nama}: {c.sebelum} → {c.sesudah}")
        verb = "diperiksa" if periksa else "disimpan"
        self.stdout.write(f"{len(hasil.perubahan)} isian {verb}.")
