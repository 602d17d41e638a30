"""``sakip kirim_pengingat``: the daily reminder e-mails (meant for a systemd timer or cron, once a day)."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from sakip.domain.workflow.pengingat import kirim


class Command(BaseCommand):
    help = "Kirim surel pengingat pekerjaan yang menunggu (batas waktu dekat/terlewat, verifikasi, persetujuan)."

    def add_arguments(self, parser):
        parser.add_argument("--tanggal", help="hari ini menurut pengingat (tttt-bb-hh; bawaan: hari ini)")
        parser.add_argument("--hari", type=int, default=3, help="ingatkan mulai sekian hari sebelum batas (bawaan 3)")

    def handle(self, *args, tanggal=None, hari=3, **options):
        try:
            hari_ini = datetime.date.fromisoformat(tanggal) if tanggal else datetime.date.today()
        except ValueError as exc:
            raise CommandError(f"--tanggal “{tanggal}” bukan tanggal tttt-bb-hh.") from exc
        daftar = kirim(hari_ini, hari)
        for p in daftar:
            self.stdout.write(f"{p.username} <{p.email}>: {len(p.items)} pekerjaan")
        self.stdout.write(f"{len(daftar)} surel pengingat dikirim.")
