"""``sakip demo [--reset]``: load the demo data (the seed documents) and list the demo accounts."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from sakip.composite.demo import lke
from sakip.composite.demo.services import DemoError, load_demo


class Command(BaseCommand):
    help = "Memuat data demo (dokumen contoh Kecamatan Wonoasih, Kanigaran, Purworejo, Sumberjambe) dan akun demo."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true",
                            help="Hapus data demo yang ada (pemda demo beserta seluruh datanya, dan akun demo) lalu muat ulang.")

    def handle(self, *args, reset: bool = False, **options):
        try:
            result = load_demo(reset=reset)
        except DemoError as exc:
            raise CommandError(str(exc)) from exc
        lke.load()  # the Evaluasi AKIP examples (issue 18), added when missing
        if not result.loaded:
            self.stdout.write("Data demo sudah ada; tidak ada yang diubah. Gunakan --reset untuk memuat ulang.")
        elif result.reset:
            self.stdout.write(self.style.SUCCESS(f"Data demo dihapus lalu dimuat ulang ({result.seconds:.2f} detik)."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Data demo dimuat ({result.seconds:.2f} detik)."))

        header = ("Nama pengguna", "Peran", "Cakupan")
        rows = [(a.username + (" *" if a.kept else ""), a.role, a.scope) for a in result.accounts]
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
        self.stdout.write("")
        self.stdout.write(f"Akun demo (kata sandi semua akun: {result.password}):")
        self.stdout.write("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
        self.stdout.write("  ".join("-" * w for w in widths))
        for row in rows:
            self.stdout.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if any(a.kept for a in result.accounts):
            self.stdout.write("* Akun ini sudah ada sebelumnya dan tidak diubah; kata sandinya tetap yang lama.")
