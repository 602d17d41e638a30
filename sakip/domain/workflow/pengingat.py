"""Reminder e-mails: each user gets one message listing what they owe and what waits for them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail

from sakip.core.scoping import Scope
from sakip.domain.workflow.selectors import ItemKotak, kotak_masuk


@dataclass(frozen=True)
class Pengingat:
    username: str
    email: str
    items: list[ItemKotak]


def perlu_diingatkan(item: ItemKotak, hari_ini: datetime.date, hari: int) -> bool:
    """An item is worth an e-mail when it is the user's task and its deadline is near or past, or
    (without a deadline) when it waits for a verification or an approval."""
    if not item.tugas:
        return False
    if item.batas is None:
        return item.status not in ("draft", "dikembalikan") or item.terlambat
    return item.batas - hari_ini <= datetime.timedelta(days=hari)


def susun(hari_ini: datetime.date, hari: int = 3) -> list[Pengingat]:
    """The reminders of the day for every active user with an e-mail address and a PD or pemda role."""
    out = []
    users = (get_user_model().objects.filter(is_active=True, akses__isnull=False).exclude(email="")
             .select_related("akses").order_by("username"))
    for user in users:
        scope = Scope.for_user(user)
        if scope.everything:
            continue  # the system admin acts on nobody's behalf; reminders go to those responsible
        items = [i for i in kotak_masuk(scope, hari_ini) if perlu_diingatkan(i, hari_ini, hari)]
        if items:
            out.append(Pengingat(user.username, user.email, items))
    return out


def teks(p: Pengingat, hari_ini: datetime.date) -> str:
    baris = []
    for i in p.items:
        batas = f", batas {i.batas:%d-%m-%Y}" if i.batas else ""
        tanda = " — TERLAMBAT" if i.terlambat else ""
        baris.append(f"- {i.pd.nama}: {i.judul} ({i.status_label.lower()}{batas}){tanda}\n  {settings.SITE_URL}{i.url}")
    return (f"Yth. {p.username},\n\nPer {hari_ini:%d-%m-%Y} pekerjaan berikut menunggu tindakan Anda di sakip:\n\n"
            + "\n".join(baris) + "\n\nPesan ini dikirim otomatis; buka Kotak masuk di sakip untuk rinciannya.\n")


def kirim(hari_ini: datetime.date, hari: int = 3) -> list[Pengingat]:
    daftar = susun(hari_ini, hari)
    send_mass_mail([(f"[sakip] {len(p.items)} pekerjaan menunggu tindakan Anda", teks(p, hari_ini),
                     settings.DEFAULT_FROM_EMAIL, [p.email]) for p in daftar])
    return daftar
