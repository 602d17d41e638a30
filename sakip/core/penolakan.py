"""Recording refusals that look deliberate (the audit of what was *not* allowed).

A user of the screens never posts an id outside their scope, a step their role does not hold or a
file whose content contradicts its name; when such a request arrives it is refused and recorded
here with who, when, from where and why. :class:`CatatPenolakan` records every refused POST
(403/404 answers: forged ids and forbidden steps end there); views call :func:`catat` for refusals
that answer 400 with a message, such as a disguised file.
"""

from __future__ import annotations

from sakip.core.models import Penolakan


def catat(request, alasan: str, status: int = 400) -> Penolakan:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        user = None
    akses = getattr(user, "akses", None)
    return Penolakan.objects.create(
        pengguna=user, nama_pengguna=user.get_username() if user else "",
        alamat_ip=request.META.get("REMOTE_ADDR") or None,
        pemda_id=getattr(akses, "pemda_id", None), pd_id=getattr(akses, "pd_id", None),
        metode=request.method[:8], alamat=request.get_full_path()[:500], status=status, alasan=alasan[:500],
    )


DITOLAK_TERKUNCI = "terkunci"  # the code of a save refused because its quarter or year is locked
DITOLAK_BASI = "basi"  # the code of a save refused because the value changed since the form was opened
KODE_PENOLAKAN = frozenset({DITOLAK_TERKUNCI, DITOLAK_BASI})  # refusals a form answers with a message


def catat_bila_ditolak(request, exc) -> None:
    """Record a save refused with a message because its data are locked or changed meanwhile (a ``ValidationError``
    carrying one of :data:`KODE_PENOLAKAN`), so the activity log lists it as a refusal; typing errors are not."""
    errors = [e for es in exc.error_dict.values() for e in es] if hasattr(exc, "error_dict") else exc.error_list
    for error in errors:
        if error.code in KODE_PENOLAKAN:
            catat(request, f"Penyimpanan ditolak: {' '.join(error.messages)}", 409)
            return


ALASAN = {403: "Tindakan di luar hak peran pengguna", 404: "Data di luar jangkauan pengguna atau tidak ada"}


class CatatPenolakan:
    """Middleware: a POST answered 403 or 404 is recorded (the screens never produce one)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "POST" and response.status_code in ALASAN and request.user.is_authenticated:
            catat(request, getattr(response, "alasan_penolakan", ALASAN[response.status_code]), response.status_code)
        return response
