"""Loads :mod:`sakip.composite.demo.data.alur`: deadlines, and approved items walked through the real steps."""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.domain.workflow import services
from sakip.domain.workflow.models import LangkahAlur

from .data import alur as data


def load() -> None:
    for slug, years in data.BATAS_WAKTU.items():
        pemda = Pemda.objects.get(slug=slug)
        for tahun, tanggal in years.items():
            services.simpan_jadwal(Scope.system(), pemda=pemda, tahun=tahun,
                                   tanggal={key: datetime.date.fromisoformat(v) for key, v in tanggal.items()})
    users = {u.username: u for u in get_user_model().objects.filter(username__in=[u for _, u in data._JALAN])}
    for slug, jenis, tahun, triwulan, waktu in data.DISETUJUI:
        pd = PerangkatDaerah.objects.get(slug=slug)
        for (aksi, username), when in zip(data._JALAN, waktu, strict=True):
            user = users[username]
            services.jalankan(user.akses.scope(), pd=pd, jenis=jenis, tahun=tahun, triwulan=triwulan, aksi=aksi,
                              oleh=user)
            LangkahAlur.objects.filter(pengajuan__pd=pd, pengajuan__jenis=jenis, pengajuan__tahun=tahun,
                                       pengajuan__triwulan=triwulan, aksi=aksi).update(
                waktu=timezone.make_aware(datetime.datetime.fromisoformat(when)))
