"""The pohon kinerja (cascading) of a PD: what the tree needs beyond the planning data it is built from.

The tree itself is built from planning (:mod:`sakip.domain.kaskade.dokumen`): RPJMD sasaran → the PD's
tujuan → sasaran → program → kegiatan → sub kegiatan of one year. Two tables add what planning does not say:

- :class:`SimpulAntara`, an intermediate result ("sasaran program", "sasaran kegiatan") hanging under a built
  node of the same PD and Renstra, or under another intermediate node (never in a cycle), with its own
  indicators (:class:`IndikatorAntara`, text as written) and owner;
- :class:`PemilikSimpul`, the owner (a unit or a post) of a built node when its indicators' penanggung jawab
  do not say it.

A built node is named by one of five foreign keys (``NODE_FIELDS``), exactly one set — the same shape as
``planning.Indikator``'s owner. Later parts of issue 19 hang off a node the same way: crosscutting, PK
berjenjang and rencana aksi rows carry these five keys plus ``simpul_antara`` (exactly one set), so every node of
the tree, built or intermediate, can be their subject.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from sakip.core.models import TenantModel
from sakip.core.riwayat import riwayat
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah, UnitKerja
from sakip.domain.planning.models import Kegiatan, Program, Renstra, Sasaran, SubKegiatan, Tujuan

NODE_FIELDS = ("tujuan", "sasaran", "program", "kegiatan", "sub_kegiatan")
LEVEL_LABEL = {"tujuan": "tujuan", "sasaran": "sasaran", "program": "program", "kegiatan": "kegiatan",
               "sub_kegiatan": "sub kegiatan"}


def _at_most_one(fields: tuple[str, ...]) -> Q:
    condition = Q(**{f"{name}__isnull": True for name in fields})
    for chosen in fields:
        condition |= Q(**{f"{name}__isnull": name != chosen for name in fields})
    return condition


def _exactly_one(fields: tuple[str, ...]) -> Q:
    condition = Q()
    for chosen in fields:
        condition |= Q(**{f"{name}__isnull": name != chosen for name in fields})
    return condition


class _Pemilik(models.Model):
    """Who owns a node: a unit (“Seksi Pelayanan”) or a post (“Kepala Seksi Pelayanan”), at most one."""

    unit = models.ForeignKey(UnitKerja, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                             verbose_name="unit kerja pemilik")
    jabatan = models.ForeignKey(Jabatan, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                verbose_name="jabatan pemilik")

    class Meta:
        abstract = True

    @property
    def pemilik_nama(self) -> str:
        if self.jabatan_id and self.jabatan is not None:
            return self.jabatan.nama
        if self.unit_id and self.unit is not None:
            return str(self.unit)
        return ""

    def _pemilik_errors(self, pd_id: int | None) -> dict[str, str]:
        errors = {}
        if self.unit_id and self.jabatan_id:
            errors["jabatan"] = "Pilih unit kerja atau jabatan, tidak keduanya."
        if self.unit_id and self.unit is not None and self.unit.pd_id != pd_id:
            errors["unit"] = "Unit kerja ini milik perangkat daerah lain."
        if self.jabatan_id and self.jabatan is not None and self.jabatan.pd_id != pd_id:
            errors["jabatan"] = "Jabatan ini milik perangkat daerah lain."
        return errors


class SimpulAntara(TenantModel, _Pemilik):
    """An intermediate result of the tree: a sasaran program or sasaran kegiatan (or another level a PD uses)."""

    class Jenis(models.TextChoices):
        SASARAN_PROGRAM = "sasaran_program", "Sasaran program"
        SASARAN_KEGIATAN = "sasaran_kegiatan", "Sasaran kegiatan"
        SASARAN_SUB_KEGIATAN = "sasaran_sub_kegiatan", "Sasaran sub kegiatan"

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="simpul_antara",
                                verbose_name="Renstra")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    jenis = models.CharField("jenis", max_length=25, choices=Jenis.choices, default=Jenis.SASARAN_PROGRAM)
    nama = models.CharField("nama", max_length=400)
    catatan = models.CharField("catatan", max_length=400, blank=True)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    # the parent: a built node of the same PD, or another intermediate node
    induk = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="anak",
                              verbose_name="induk (simpul antara)")
    tujuan = models.ForeignKey(Tujuan, on_delete=models.CASCADE, null=True, blank=True, related_name="+",
                               verbose_name="induk (tujuan)")
    sasaran = models.ForeignKey(Sasaran, on_delete=models.CASCADE, null=True, blank=True, related_name="+",
                                verbose_name="induk (sasaran)")
    program = models.ForeignKey(Program, on_delete=models.CASCADE, null=True, blank=True, related_name="+",
                                verbose_name="induk (program)")
    kegiatan = models.ForeignKey(Kegiatan, on_delete=models.CASCADE, null=True, blank=True, related_name="+",
                                 verbose_name="induk (kegiatan)")
    sub_kegiatan = models.ForeignKey(SubKegiatan, on_delete=models.CASCADE, null=True, blank=True, related_name="+",
                                     verbose_name="induk (sub kegiatan)")

    tenant_parent = "renstra"
    INDUK_FIELDS = ("induk", *NODE_FIELDS)

    class Meta:
        verbose_name = "simpul antara pohon kinerja"
        verbose_name_plural = "simpul antara pohon kinerja"
        ordering = ["renstra", "urutan", "id"]
        constraints = [
            models.CheckConstraint(condition=_exactly_one(("induk", *NODE_FIELDS)), name="simpul_antara_satu_induk"),
            models.CheckConstraint(condition=_at_most_one(("unit", "jabatan")), name="simpul_antara_satu_pemilik"),
        ]

    def __str__(self) -> str:
        return self.nama

    @property
    def induk_simpul(self):
        """The parent row (a built node or an intermediate one), or None."""
        for name in self.INDUK_FIELDS:
            if getattr(self, f"{name}_id"):
                return getattr(self, name)
        return None

    @property
    def induk_id_simpul(self) -> str:
        """The parent as the tree names it: ``program-12``, ``antara-3``."""
        for name in self.INDUK_FIELDS:
            pk = getattr(self, f"{name}_id")
            if pk:
                return f"{'antara' if name == 'induk' else name}-{pk}"
        return ""

    def clean(self) -> None:
        super().clean()
        set_fields = [name for name in self.INDUK_FIELDS if getattr(self, f"{name}_id")]
        if len(set_fields) != 1:
            raise ValidationError({"induk_simpul": "Pilih tepat satu simpul induk."})
        errors = self._pemilik_errors(self.pd_id)
        parent = self.induk_simpul
        if parent is not None:
            if parent.pemda_id != self.pemda_id:
                errors["induk_simpul"] = "Simpul induk milik pemda lain."
            elif parent.pd_id != self.pd_id:
                errors["induk_simpul"] = "Simpul induk milik perangkat daerah lain."
            elif not _dalam_renstra(parent, self.renstra):
                errors["induk_simpul"] = "Simpul induk berada di luar periode Renstra ini."
            elif set_fields[0] == "induk" and self._siklus(parent):
                errors["induk_simpul"] = "Simpul induk ini berada di bawah simpul ini sendiri (siklus)."
        if errors:
            raise ValidationError(errors)

    def _siklus(self, parent: SimpulAntara) -> bool:
        """Whether hanging this node under ``parent`` closes a loop (``parent`` is this node or below it)."""
        if self.pk is None:
            return False
        seen: set[int] = set()
        node: SimpulAntara | None = parent
        while node is not None and node.pk not in seen:
            if node.pk == self.pk:
                return True
            seen.add(node.pk)
            node = SimpulAntara.objects.filter(pk=node.induk_id).first() if node.induk_id else None
        return node is not None  # a loop not through this node: refuse as well


def _dalam_renstra(parent, renstra: Renstra) -> bool:
    """Whether a parent node belongs to ``renstra``'s tree (its Renstra, or a program year of its period)."""
    if isinstance(parent, SimpulAntara):
        return parent.renstra_id == renstra.pk
    if isinstance(parent, Tujuan):
        return parent.renstra_id == renstra.pk
    if isinstance(parent, Sasaran):
        return parent.tujuan.renstra_id == renstra.pk
    if isinstance(parent, Program):
        return parent.tahun in renstra.tahun
    if isinstance(parent, Kegiatan):
        return parent.program.tahun in renstra.tahun
    if isinstance(parent, SubKegiatan):
        return parent.kegiatan.program.tahun in renstra.tahun
    return False


class IndikatorAntara(TenantModel):
    """An indicator of an intermediate node, as written: name, satuan and the target (text)."""

    simpul = models.ForeignKey(SimpulAntara, on_delete=models.CASCADE, related_name="indikator",
                               verbose_name="simpul")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    nama = models.CharField("indikator", max_length=400)
    satuan = models.CharField("satuan", max_length=50, blank=True)
    target = models.CharField("target", max_length=60, blank=True)

    tenant_parent = "simpul"

    class Meta:
        verbose_name = "indikator simpul antara"
        verbose_name_plural = "indikator simpul antara"
        ordering = ["simpul", "urutan", "id"]

    def __str__(self) -> str:
        return self.nama


class PemilikSimpul(TenantModel, _Pemilik):
    """The owner of a built node of the tree, set when its indicators' penanggung jawab do not say it."""

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    tujuan = models.OneToOneField(Tujuan, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    sasaran = models.OneToOneField(Sasaran, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    program = models.OneToOneField(Program, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    kegiatan = models.OneToOneField(Kegiatan, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    sub_kegiatan = models.OneToOneField(SubKegiatan, on_delete=models.CASCADE, null=True, blank=True,
                                        related_name="+")

    class Meta:
        verbose_name = "pemilik simpul pohon kinerja"
        verbose_name_plural = "pemilik simpul pohon kinerja"
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=_exactly_one(NODE_FIELDS), name="pemilik_simpul_satu_simpul"),
            models.CheckConstraint(condition=_exactly_one(("unit", "jabatan")), name="pemilik_simpul_unit_atau_jabatan"),
        ]

    def __str__(self) -> str:
        return f"{self.simpul}: {self.pemilik_nama}"

    @property
    def level(self) -> str:
        for name in NODE_FIELDS:
            if getattr(self, f"{name}_id"):
                return name
        return ""

    @property
    def simpul(self):
        level = self.level
        return getattr(self, level) if level else None

    def inherit_tenant(self) -> None:
        node = self.simpul
        if node is not None:
            self.pemda_id, self.pd_id = node.pemda_id, node.pd_id

    def clean(self) -> None:
        super().clean()
        if len([name for name in NODE_FIELDS if getattr(self, f"{name}_id")]) != 1:
            raise ValidationError("Pemilik ditetapkan untuk tepat satu simpul.")
        errors = self._pemilik_errors(self.pd_id)
        if not self.unit_id and not self.jabatan_id:
            errors["unit"] = "Pilih unit kerja atau jabatan pemilik."
        if errors:
            raise ValidationError(errors)


SIMPUL_FIELDS = (*NODE_FIELDS, "simpul_antara")  # the six keys that name a node of the tree, built or intermediate
KE_FIELDS = tuple(f"ke_{name}" for name in SIMPUL_FIELDS)  # the same six keys for the other PD's node


def _node_fk(model, label: str, peran: str):
    return models.ForeignKey(model, on_delete=models.CASCADE, null=True, blank=True, related_name="+",
                             verbose_name=f"simpul {peran} ({label})")


class Crosscutting(TenantModel):
    """A link between a node of one PD's tree and another PD of the same pemda (issue 19, LKE 1.b.9).

    The asking PD (``pd``) says that one of its nodes (``SIMPUL_FIELDS``, exactly one set) depends on
    (``bergantung``) or contributes to (``berkontribusi``) another PD (``pd_tujuan``), optionally naming that PD's
    node (``KE_FIELDS``, at most one: the asker may not know it; the other PD picks it when accepting). The other
    PD accepts (``diterima``) or declines with a reason (``ditolak``); while it waits, the asking PD may withdraw it
    with a reason (``ditarik``). Who decided or withdrew, and when: ``diputus_oleh``/``diputus_pada``; every change
    is kept in the history.

    The row belongs to the asking PD (``pd``, the scoping field); the other PD reads it through
    :func:`sakip.domain.kaskade.selectors.crosscutting_q`, which adds the rows addressed to it.
    """

    class Jenis(models.TextChoices):
        BERGANTUNG = "bergantung", "bergantung pada"
        BERKONTRIBUSI = "berkontribusi", "berkontribusi pada"

    class Status(models.TextChoices):
        DIAJUKAN = "diajukan", "Diajukan"
        DITERIMA = "diterima", "Diterima"
        DITOLAK = "ditolak", "Ditolak"
        DITARIK = "ditarik", "Ditarik"

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+",
                           verbose_name="perangkat daerah pengaju")
    tujuan = _node_fk(Tujuan, "tujuan", "pengaju")
    sasaran = _node_fk(Sasaran, "sasaran", "pengaju")
    program = _node_fk(Program, "program", "pengaju")
    kegiatan = _node_fk(Kegiatan, "kegiatan", "pengaju")
    sub_kegiatan = _node_fk(SubKegiatan, "sub kegiatan", "pengaju")
    simpul_antara = _node_fk(SimpulAntara, "simpul antara", "pengaju")
    jenis = models.CharField("jenis keterkaitan", max_length=15, choices=Jenis.choices)
    pd_tujuan = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+",
                                  verbose_name="perangkat daerah tujuan")
    ke_tujuan = _node_fk(Tujuan, "tujuan", "tujuan")
    ke_sasaran = _node_fk(Sasaran, "sasaran", "tujuan")
    ke_program = _node_fk(Program, "program", "tujuan")
    ke_kegiatan = _node_fk(Kegiatan, "kegiatan", "tujuan")
    ke_sub_kegiatan = _node_fk(SubKegiatan, "sub kegiatan", "tujuan")
    ke_simpul_antara = _node_fk(SimpulAntara, "simpul antara", "tujuan")
    uraian = models.CharField("uraian keterkaitan", max_length=1000, blank=True)
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.DIAJUKAN)
    alasan = models.CharField("alasan", max_length=1000, blank=True,
                              help_text="Alasan penolakan (perangkat daerah tujuan) atau penarikan (pengaju).")
    diajukan_oleh = models.ForeignKey("auth.User", on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="+", verbose_name="diajukan oleh")
    diajukan_pada = models.DateTimeField("diajukan pada", null=True, blank=True)
    diputus_oleh = models.ForeignKey("auth.User", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+", verbose_name="diputus oleh")
    diputus_pada = models.DateTimeField("diputus pada", null=True, blank=True)

    tenant_parent = "pd"
    history = riwayat()

    class Meta:
        verbose_name = "crosscutting"
        verbose_name_plural = "crosscutting"
        ordering = ["-diajukan_pada", "-id"]
        constraints = [
            models.CheckConstraint(condition=_exactly_one(SIMPUL_FIELDS), name="crosscutting_satu_simpul_pengaju"),
            models.CheckConstraint(condition=_at_most_one(KE_FIELDS), name="crosscutting_paling_satu_simpul_tujuan"),
            models.CheckConstraint(condition=~Q(pd=models.F("pd_tujuan")), name="crosscutting_antar_pd",
                                   violation_error_message="Perangkat daerah tujuan tidak boleh perangkat daerah "
                                                           "pengaju sendiri."),
        ]

    def __str__(self) -> str:
        return f"{self.pd} {self.get_jenis_display()} {self.pd_tujuan}"

    @staticmethod
    def _terpilih(row, fields: tuple[str, ...]) -> tuple[str, object | None]:
        for name in fields:
            if getattr(row, f"{name}_id"):
                return name, getattr(row, name)
        return "", None

    @property
    def simpul(self):
        """The asking node (a planning row or a :class:`SimpulAntara`)."""
        return self._terpilih(self, SIMPUL_FIELDS)[1]

    @property
    def simpul_ke(self):
        """The other PD's node, or None while it is not known."""
        return self._terpilih(self, KE_FIELDS)[1]

    @property
    def simpul_label(self) -> str:
        """The asking node as a reader names it: “Sasaran: Meningkatnya …”."""
        return _label_simpul(*self._terpilih(self, SIMPUL_FIELDS))

    @property
    def simpul_ke_label(self) -> str:
        name, row = self._terpilih(self, KE_FIELDS)
        return _label_simpul(name[3:], row) if name else ""

    @property
    def simpul_id(self) -> str:
        """The asking node as the tree names it: ``sasaran-12``, ``antara-3``."""
        return _nama_simpul(*self._terpilih(self, SIMPUL_FIELDS))

    @property
    def simpul_ke_id(self) -> str:
        name, _ = self._terpilih(self, KE_FIELDS)
        return _nama_simpul(name[3:], self.simpul_ke) if name else ""

    def clean(self) -> None:
        super().clean()
        asal = [name for name in SIMPUL_FIELDS if getattr(self, f"{name}_id")]
        ke = [name for name in KE_FIELDS if getattr(self, f"{name}_id")]
        errors = {**self._galat_pd(), **self._galat_simpul(asal, ke)}
        if self.status == self.Status.DITOLAK and not self.alasan.strip():
            errors["alasan"] = "Tuliskan alasan penolakan."
        if self.status == self.Status.DITARIK and not self.alasan.strip():
            errors["alasan"] = "Tuliskan alasan penarikan."
        if self.status == self.Status.DITERIMA and not ke:
            errors["simpul_tujuan"] = "Pilih simpul perangkat daerah tujuan yang menerima keterkaitan ini."
        if not errors and len(asal) == 1 and self.status not in (self.Status.DITOLAK, self.Status.DITARIK):
            errors.update(self._ganda(asal[0], ke[0] if ke else ""))
        if errors:
            raise ValidationError(errors)

    def _galat_pd(self) -> dict[str, str]:
        if not self.pd_tujuan_id:
            return {}
        if self.pd_tujuan.pemda_id != self.pemda_id:
            return {"pd_tujuan": "Perangkat daerah tujuan berada di pemda lain; crosscutting hanya antar perangkat "
                                 "daerah dalam satu pemda."}
        if self.pd_tujuan_id == self.pd_id:
            return {"pd_tujuan": "Perangkat daerah tujuan tidak boleh perangkat daerah pengaju sendiri."}
        return {}

    def _galat_simpul(self, asal: list[str], ke: list[str]) -> dict[str, str]:
        errors: dict[str, str] = {}
        if len(asal) != 1:
            errors["simpul"] = "Pilih tepat satu simpul pohon kinerja yang mengajukan."
        elif self.simpul.pemda_id != self.pemda_id:
            errors["simpul"] = "Simpul pengaju milik pemda lain."
        elif self.simpul.pd_id != self.pd_id:
            errors["simpul"] = f"Simpul pengaju bukan milik {self.pd.nama}."
        if len(ke) > 1:
            errors["simpul_tujuan"] = "Pilih paling banyak satu simpul perangkat daerah tujuan."
        elif ke and self.pd_tujuan_id:
            simpul_ke = self.simpul_ke
            if simpul_ke.pemda_id != self.pemda_id:
                errors["simpul_tujuan"] = "Simpul tujuan milik pemda lain."
            elif simpul_ke.pd_id != self.pd_tujuan_id:
                errors["simpul_tujuan"] = f"Simpul tujuan bukan milik {self.pd_tujuan.nama}."
        return errors

    def _ganda(self, asal: str, ke: str) -> dict[str, str]:
        """An open request (diajukan) for the same node and PD, or an accepted link between the same two nodes."""
        others = Crosscutting.objects.filter(**{f"{asal}_id": getattr(self, f"{asal}_id")},
                                             pd_tujuan_id=self.pd_tujuan_id).exclude(pk=self.pk)
        if self.status == self.Status.DIAJUKAN and others.filter(status=self.Status.DIAJUKAN).exists():
            return {"pd_tujuan": f"Simpul ini sudah mengajukan crosscutting ke {self.pd_tujuan.nama} yang belum "
                                 "dijawab; tunggu jawabannya."}
        if ke and others.filter(status=self.Status.DITERIMA, **{f"{ke}_id": getattr(self, f"{ke}_id")}).exists():
            return {"simpul_tujuan": "Keterkaitan antara kedua simpul ini sudah diterima sebelumnya."}
        return {}


def _nama_simpul(field: str, row) -> str:
    if not field or row is None:
        return ""
    return f"{'antara' if field == 'simpul_antara' else field}-{row.pk}"


def _label_simpul(field: str, row) -> str:
    if not field or row is None:
        return ""
    if field == "simpul_antara":
        return f"{row.get_jenis_display()}: {row.nama}"
    kode = f"{row.kode} " if field in ("program", "kegiatan", "sub_kegiatan") else ""
    return f"{LEVEL_LABEL[field].capitalize()}: {kode}{row.nama}"
