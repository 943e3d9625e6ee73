"""A request's raw query string, taken apart without decoding it: enough to order its parameters
by name or drop one, at a fraction of what parsing and re-encoding every value costs (that was a
tenth of a list request's Python time)."""
from __future__ import annotations

from urllib.parse import quote_from_bytes, unquote_to_bytes

# What a query may carry through unencoded (RFC 3986 query characters, `%` escapes kept as sent).
_QUERY_SAFE = "&=%+-._~!$'()*,;:@/?"


def parameters(raw: bytes) -> list[bytes]:
    """The `name=value` pieces of a query string, as sent, empty pieces left out."""
    return [piece for piece in raw.split(b"&") if piece] if raw else []


def parameter_name(piece: bytes) -> bytes:
    """The decoded name of a piece (`%61=1` and `a=1` both name `a`)."""
    name = piece.partition(b"=")[0]
    if b"%" in name or b"+" in name:
        return unquote_to_bytes(name.replace(b"+", b" "))
    return name


def sorted_by_name(raw: bytes) -> str:
    """The query with its parameters in order of name; repeated parameters keep their relative
    order, which may matter. Values stay as sent: one value spelled two ways gives two strings,
    never two values one."""
    pieces = parameters(raw)
    pieces.sort(key=parameter_name)
    return b"&".join(pieces).decode("latin-1")


def replaced(raw: bytes, name: str, value: str) -> str:
    """The query with every `name` parameter replaced by one `name=value` at the end, safe to
    put in a header or between `<` and `>` (anything else a client sent is percent-encoded)."""
    key = name.encode()
    kept = [piece for piece in parameters(raw) if parameter_name(piece) != key]
    kept.append(key + b"=" + quote_from_bytes(value.encode(), safe="").encode())
    return quote_from_bytes(b"&".join(kept), safe=_QUERY_SAFE)
