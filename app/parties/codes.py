"""What a party code says by itself: an ISO 3166-2 code starts with its country's code."""
from __future__ import annotations


def country_of(code: str) -> str | None:
    """`RU` for `RU-TA`; None for a country or an organisation."""
    country, dash, _ = code.partition("-")
    return country if dash and not code.startswith("ORG:") else None


def region_and_country(codes: list[str]) -> tuple[str, str] | None:
    """A (region, its country) pair among `codes`, if there is one. With include_subdivisions the
    country already stands for the region, so asking for both is ambiguous."""
    given = set(codes)
    for code in codes:
        country = country_of(code)
        if country in given:
            return code, country
    return None
