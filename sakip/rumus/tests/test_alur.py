"""The workflow table (pure): who moves what, from where, to where."""

from hypothesis import given
from hypothesis import strategies as st

from sakip.rumus import alur
from sakip.rumus.peran import HAK_PERAN

OPERATOR, VERIFIKATOR, PIMPINAN = HAK_PERAN["operator"], HAK_PERAN["verifikator"], HAK_PERAN["pimpinan"]


def aksi(status, hak):
    return [s.aksi for s in alur.aksi_tersedia(status, hak)]


def test_each_role_sees_exactly_its_steps():
    assert aksi(alur.DRAFT, OPERATOR) == ["ajukan"]
    assert aksi(alur.DIKEMBALIKAN, OPERATOR) == ["ajukan"]
    assert aksi(alur.DIAJUKAN, OPERATOR) == []
    assert aksi(alur.DIAJUKAN, VERIFIKATOR) == ["verifikasi", "kembalikan"]
    assert aksi(alur.DIVERIFIKASI, VERIFIKATOR) == []
    assert aksi(alur.DIVERIFIKASI, PIMPINAN) == ["setujui", "kembalikan"]
    assert aksi(alur.DISETUJUI, PIMPINAN) == ["buka"]
    assert aksi(alur.DISETUJUI, HAK_PERAN["admin_pemda"]) == ["buka"]
    assert aksi(alur.DISETUJUI, OPERATOR) == aksi(alur.DISETUJUI, VERIFIKATOR) == []
    for status in alur.STATUS:
        assert aksi(status, HAK_PERAN["evaluator"]) == aksi(status, HAK_PERAN["operator_kelurahan"]) == []


def test_returning_and_reopening_need_a_comment():
    assert {s.aksi for s in alur.LANGKAH if s.perlu_catatan} == {"kembalikan", "buka"}


ROLES = st.sampled_from(sorted(HAK_PERAN))


@given(st.lists(st.tuples(ROLES, st.sampled_from(sorted(alur.AKSI))), max_size=30))
def test_any_sequence_of_attempts_keeps_the_rules(attempts):
    """Whatever is tried by whom: approval is reached only through verification by a verifikator
    right and approval by a setujui right, and data are open exactly in draft and returned."""
    status, verified_by, path = alur.DRAFT, None, []
    for role, action in attempts:
        step = alur.langkah(status, action, HAK_PERAN[role])
        if step is None:
            continue
        assert step.hak in HAK_PERAN[role]
        if step.ke == alur.DIVERIFIKASI:
            verified_by = role
        if step.ke == alur.DISETUJUI:
            assert status == alur.DIVERIFIKASI and verified_by is not None
            assert "setujui" in HAK_PERAN[role]
        status = step.ke
        path.append(status)
        assert alur.terbuka(status) == (status in (alur.DRAFT, alur.DIKEMBALIKAN))
    assert status in alur.STATUS
