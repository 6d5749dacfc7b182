"""The case reference a recorded decision is filed under: pseudonymous, so checked before it is stored.

``Case`` already limits a reference to 64 letters, digits and ``. _ / -``. Before a decision is
recorded under it, ``check_case_ref`` refuses a reference that looks like a person rather than a code:

1. it has no digit (a name has none; every reference scheme seen numbers its cases: ``SAB-2026-0007``);
2. it holds a word of two or more letters with a lower-case letter in it (``Smith``, ``smith``,
   ``JSmith``): the letters of a reference are an upper-case code (``SAB``, ``CSPR``); a single letter
   (``2026a1``) is allowed;
3. it holds ten digits, together or grouped 3-3-4 by a space, ``-``, ``.`` or ``/``,
   that pass the NHS number's modulus-11 check (Scotland's CHI and Northern Ireland's H&C numbers use
   the same check): an NHS number is an identifier of a person.

This catches the common mistakes, not every identifier (an upper-case name with a digit passes): the
partnership's own numbering is what keeps a reference pseudonymous. The refusal never echoes the value.
"""

from __future__ import annotations

import re

from safeguarding_rules.errors import CaseRefusedError

_WORD = re.compile(r"[A-Za-z]{2,}")
_TEN_DIGITS = re.compile(r"(?<!\d)(\d{3})[-./ ]?(\d{3})[-./ ]?(\d{4})(?!\d)")


class CaseRefRefusedError(CaseRefusedError):
    """A decision cannot be recorded under this case reference (missing, or it looks like a person)."""

    field = "case_ref"
    type = "case_ref_refused"

    def __init__(self, message: str) -> None:
        self.known = []
        super().__init__(message)


def is_nhs_number(digits: str) -> bool:
    """Ten digits whose last is the modulus-11 check digit of the first nine (NHS Data Dictionary)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    remainder = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    check = 11 - remainder
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def check_case_ref(case_ref: str | None) -> str:
    """The reference, if a decision may be recorded under it; else ``CaseRefRefusedError`` saying why."""
    if not case_ref:
        raise CaseRefRefusedError("a case reference (case_ref) is required to record a decision")
    if not any(c.isdigit() for c in case_ref):
        raise CaseRefRefusedError(
            "the case reference has no digit, so it could be a name: use the partnership's case number (e.g. SAB-2026-0007)"
        )
    if any(not word.isupper() for word in _WORD.findall(case_ref)):
        raise CaseRefRefusedError(
            "the case reference holds a word with lower-case letters, as a name is written: "
            "letters in a reference are an upper-case code (e.g. SAB-2026-0007)"
        )
    if any(is_nhs_number("".join(m.groups())) for m in _TEN_DIGITS.finditer(case_ref)):
        raise CaseRefRefusedError(
            "the case reference holds what looks like an NHS (or CHI, or H&C) number, which identifies a person: "
            "use the partnership's case number"
        )
    return case_ref
