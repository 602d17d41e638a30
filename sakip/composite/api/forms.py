"""The form of a new API token: its name and, for a service account, one PD and a subset of the account's rights.
The service checks the PD and the rights against the account (``services.buat_token``)."""

from __future__ import annotations

from typing import Any

from django import forms

HAK_LABEL = {
    "lihat": "lihat — membaca data kinerja, dokumen dan dasbor",
    "isi": "isi — mengisi data perangkat daerah",
    "skm": "skm — mengisi kuesioner SKM",
    "ajukan": "ajukan — mengajukan untuk diverifikasi",
    "verifikasi": "verifikasi — memverifikasi pengajuan",
    "setujui": "setujui — menyetujui pengajuan",
    "buka": "buka — membuka kembali data yang disetujui",
    "jadwal": "jadwal — mengatur jadwal pemda",
    "master": "master — mengelola data induk pemda",
    "evaluasi": "evaluasi — mengevaluasi AKIP (Inspektorat)",
}


class _Pengguna(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        akses = getattr(obj, "akses", None)
        tempat = akses.pd.nama if akses is not None and akses.pd_id else "seluruh pemda"
        peran = akses.get_peran_display() if akses is not None else ""
        return f"{obj.username} — {peran}, {tempat}"


class TokenForm(forms.Form):
    pengguna = _Pengguna(label="Akun", queryset=None, required=True,
                         help_text="Biasanya akun layanan yang dibuat khusus untuk aplikasi lain.")
    nama = forms.CharField(label="Nama token", max_length=80,
                           help_text="Untuk apa token ini, misalnya “Aplikasi e-Kinerja” atau “Kios SKM kantor”.")
    pd: forms.ModelChoiceField[Any] = forms.ModelChoiceField(label="Hanya perangkat daerah", queryset=None, required=False,
                                                             empty_label="— semua yang dijangkau akun —",
                                                             help_text="Kosongkan agar token menjangkau semua yang "
                                                                       "dijangkau akunnya.")
    hak = forms.MultipleChoiceField(label="Hanya hak", required=False, widget=forms.CheckboxSelectMultiple,
                                    help_text="Kosongkan agar token memegang semua hak akunnya.")
    sumber = forms.CharField(label="Sumber eksternal", max_length=40, required=False,
                             help_text="Untuk aplikasi yang mengirim realisasi indikator (misalnya EPDESKEL): token "
                                       "hanya dapat mengirim nilai indikator yang sumber eksternalnya sama. "
                                       "Kosongkan untuk token biasa.")

    def __init__(self, *args: Any, pd_queryset: Any = None, hak: frozenset[str] = frozenset(),
                 pengguna_queryset: Any = None, batasan: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if pengguna_queryset is None:
            del self.fields["pengguna"]
        else:
            self.fields["pengguna"].queryset = pengguna_queryset  # type: ignore[attr-defined]
        if not batasan:  # a system admin's tokens are never limited
            del self.fields["pd"], self.fields["hak"], self.fields["sumber"]
            return
        self.fields["pd"].queryset = pd_queryset  # type: ignore[attr-defined]
        self.fields["hak"].choices = [(h, HAK_LABEL.get(h, h)) for h in sorted(hak, key=list(HAK_LABEL).index)]  # type: ignore[attr-defined]
        self.fields["pd"].error_messages["invalid_choice"] = "Pilih perangkat daerah dari daftar."
