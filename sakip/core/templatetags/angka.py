"""Template filters for Indonesian numbers; thin wrappers over ``sakip.rumus.angka``."""

from django import template

from sakip.rumus import angka as _angka

register = template.Library()


@register.filter
def angka(value, decimals=None):
    return _angka.format_angka(value, None if decimals in (None, "") else int(decimals))


@register.filter
def persen(value, decimals=2):
    return _angka.format_persen(value, int(decimals))


@register.filter
def rupiah(value, prefix="Rp "):
    """``{{ x|rupiah }}`` → "Rp 1.234"; ``{{ x|rupiah:"" }}`` → "1.234" (in a column headed Rp)."""
    return _angka.format_rupiah(value, prefix)


@register.filter
def get_item(mapping, key):
    """``{{ errors|get_item:field }}``: a dict or QueryDict entry by a key held in a variable."""
    if mapping is None:
        return None
    return mapping.get(key) if hasattr(mapping, "get") else None
