"""ISO 3166-1 alpha-2 country codes, backed by pycountry."""

from __future__ import annotations

from functools import cache

import pycountry

__all__ = ["country_name", "is_country_code"]

# Codes in common diplomatic use that ISO 3166-1 leaves user-assigned.
_EXTRA_CODES = {"XK": "Kosovo"}


@cache
def _codes() -> dict[str, str]:
    codes = {country.alpha_2: country.name for country in pycountry.countries}
    codes.update(_EXTRA_CODES)
    return codes


def is_country_code(code: str) -> bool:
    """Whether *code* is an upper-case ISO 3166-1 alpha-2 code (or ``XK``)."""
    return code in _codes()


def country_name(code: str) -> str:
    """The English short name of the country with ISO code *code*.

    >>> country_name("CZ")
    'Czechia'
    """
    try:
        return _codes()[code]
    except KeyError:
        msg = f"not an ISO 3166-1 alpha-2 code: {code!r}"
        raise KeyError(msg) from None
