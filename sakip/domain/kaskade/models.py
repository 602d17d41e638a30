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
