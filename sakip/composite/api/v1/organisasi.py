"""Who calls and what it reaches: the token's own account and scope, the pemda, the PD (lists sliced by
``limit``/``offset``). The rows come from ``organisation.selectors`` with the caller's scope, as on the screens."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Query, Schema

from sakip.composite.api import auth
from sakip.composite.api.http import GALAT, Halaman, Potongan, SlugPd, potong
from sakip.composite.api.router import Router
from sakip.domain.organisation import selectors
from sakip.domain.organisation.models import Pemda, PerangkatDaerah

router = Router(tags=["Organisasi"])


class TokenRingkas(Schema):
    nama: str
    prefix: str = ""
    pd: str | None = None
    hak: list[str] = []


class Saya(Schema):
    username: str
    nama: str
    peran: str
    pemda_id: int | None
    pd_id: int | None
    kelurahan_id: int | None
    hak: list[str]
    menulis: bool
    token: TokenRingkas


class PemdaSkema(Schema):
    id: int
    slug: str
    nama: str
    jenis: str
    provinsi: str | None
    ibukota: str


class DaftarPemda(Halaman):
    data: list[PemdaSkema]


class PdSkema(Schema):
    id: int
    slug: str
    nama: str
    jenis: str
    pemda: str
    alamat: str
    telepon: str
    email: str


class DaftarPd(Halaman):
    data: list[PdSkema]


def pemda_json(pemda: Pemda) -> dict:
    return {"id": pemda.pk, "slug": pemda.slug, "nama": pemda.nama, "jenis": pemda.jenis,
            "provinsi": pemda.provinsi.nama if pemda.provinsi_id and pemda.provinsi else None, "ibukota": pemda.ibukota}


def pd_json(pd: PerangkatDaerah) -> dict:
    return {"id": pd.pk, "slug": pd.slug, "nama": pd.nama, "jenis": pd.jenis, "pemda": pd.pemda.slug,
            "alamat": pd.alamat, "telepon": pd.telepon, "email": pd.email}


@router.get("/saya", response={200: Saya, **GALAT}, url_name="saya", summary="Akun dan jangkauan token ini")
def saya(request: HttpRequest) -> dict:
    """The account behind the token, its role and rights as the API applies them (a service token: narrowed)."""
    pemakai: auth.Pemakai = request.auth  # type: ignore[attr-defined]
    scope, token = pemakai.scope, pemakai.token
    return {"username": token.user.get_username(), "nama": token.user.get_full_name(), "peran": scope.peran,
            "pemda_id": scope.pemda_id, "pd_id": scope.pd_id, "kelurahan_id": scope.kelurahan_id,
            "hak": sorted(scope.hak), "menulis": scope.writes,
            "token": {"nama": token.nama, "prefix": token.prefix, "pd": token.pd.slug if token.pd else None,
                      "hak": sorted(token.hak_set)}}


@router.get("/pemda", response={200: DaftarPemda, **GALAT}, url_name="pemda_daftar", summary="Pemda yang dijangkau")
def pemda_daftar(request: HttpRequest, potongan: Query[Potongan]) -> dict:
    """The pemda of the caller's scope (every pemda for the system admin)."""
    jumlah, rows = potong(selectors.pemda_list(auth.scope(request)), potongan)
    return {"jumlah": jumlah, "limit": potongan.limit, "offset": potongan.offset, "data": [pemda_json(p) for p in rows]}


@router.get("/pd", response={200: DaftarPd, **GALAT}, url_name="pd_daftar", summary="Perangkat daerah yang dijangkau")
def pd_daftar(request: HttpRequest, potongan: Query[Potongan]) -> dict:
    """The PD of the caller's scope: its own PD, or every PD of its pemda, by pemda and name."""
    jumlah, rows = potong(selectors.pd_list(auth.scope(request)), potongan)
    return {"jumlah": jumlah, "limit": potongan.limit, "offset": potongan.offset, "data": [pd_json(p) for p in rows]}


@router.get("/pd/{slug}", response={200: PdSkema, **GALAT}, url_name="pd", summary="Satu perangkat daerah")
def pd(request: HttpRequest, slug: SlugPd) -> dict:
    return pd_json(selectors.get_pd(auth.scope(request), slug))
