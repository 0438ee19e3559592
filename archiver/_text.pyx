# cython: language_level=3, boundscheck=False, wraparound=False
"""text.clean compiled (and view_count's views-word test): one pass over a string that is already clean (the most met) says so, where
Python's clean() makes three (isprintable, a search for two spaces, NFC's quick check); one pass builds
the cleaned string of any other, where Python's makes a list of words and joins it.

The answer is the same string text.clean() returns. Composing to NFC is left to unicodedata, and only
where a character outside the ranges below is met; text.clean() itself reads anything but a str (an lxml
smart string). Optional, as _textwalk.pyx: built by setup.py where a C compiler is at hand
(tests/test_text_compiled.py).
"""

from cpython.mem cimport PyMem_Free, PyMem_Malloc
from cpython.unicode cimport (
    Py_UNICODE_ISPRINTABLE,
    Py_UNICODE_ISSPACE,
    PyUnicode_4BYTE_KIND,
    PyUnicode_DATA,
    PyUnicode_FromKindAndData,
    PyUnicode_GET_LENGTH,
    PyUnicode_KIND,
    PyUnicode_READ,
)

import unicodedata

# Code points that are in NFC alone and next to any other (NFC_Quick_Check=Yes, combining class 0): Latin
# (Basic, Latin-1, Extended-A and B, IPA, spacing modifiers), Latin Extended Additional (Vietnamese's
# precomposed letters), general punctuation but the two quads (U+2000, U+2001: NFC maps them to spaces),
# currency signs. tests/test_text_compiled.py checks the property for each against unicodedata.
COMPOSED_RANGES = ((0x0000, 0x0300), (0x1E00, 0x1F00), (0x2002, 0x2070), (0x20A0, 0x20C1))


cdef inline bint _composed(Py_UCS4 ch) noexcept:
    return ch < 0x300 or 0x1E00 <= ch < 0x1F00 or 0x2002 <= ch < 0x2070 or 0x20A0 <= ch < 0x20C1


def clean_with(python_clean):
    """clean(text), asking python_clean (text.clean's Python body) for anything but a str."""

    def clean(text):
        if not text:
            return ""
        if type(text) is not str:
            return python_clean(text)
        verdict = _already_clean(text)
        if verdict == 1:
            return text
        if verdict == 2:
            return unicodedata.normalize("NFC", text)
        return _cleaned(text)

    return clean


cdef inline bint _invisible(Py_UCS4 ch) noexcept:
    """text._INVISIBLE: removed before whitespace is folded."""
    return ch == 0x200B or ch == 0xFEFF or ch == 0xAD


cdef str _cleaned(str text):
    """What text.clean's Python body makes of a str: the invisible characters removed, every run of what
    str.split() splits on (Py_UNICODE_ISSPACE) one space, trimmed, then NFC unless every character is in
    COMPOSED_RANGES (NFC as it is)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text), i, size = 0
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 ch
    cdef bint space = False  # a space is owed before the next character kept
    cdef bint composed = True
    cdef Py_UCS4* out = <Py_UCS4*>PyMem_Malloc(max(n, 1) * sizeof(Py_UCS4))
    if out is NULL:
        raise MemoryError()
    try:
        for i in range(n):
            ch = PyUnicode_READ(kind, data, i)
            if _invisible(ch):
                continue
            if Py_UNICODE_ISSPACE(ch):
                space = size > 0
                continue
            if space:
                out[size] = 0x20
                size += 1
                space = False
            out[size] = ch
            size += 1
            if composed and not _composed(ch):
                composed = False
        cleaned = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, size)  # (the narrowest kind that holds it)
    finally:
        PyMem_Free(out)
    return cleaned if composed else unicodedata.normalize("NFC", cleaned)


cdef int _already_clean(str text):
    """1: clean and NFC as it is; 2: clean but for NFC, which Python decides; 0: not known here."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text), i
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 ch
    cdef bint space = True  # (a leading space is not clean: as if one came before)
    cdef bint composed = True
    for i in range(n):
        ch = PyUnicode_READ(kind, data, i)
        if ch == 0x20:
            if space:
                return 0
            space = True
            continue
        space = False
        if not Py_UNICODE_ISPRINTABLE(ch):
            return 0
        if composed and not _composed(ch):
            composed = False
    if space:  # a trailing space
        return 0
    return 1 if composed else 2


cdef inline Py_UCS4 _lower_letter(Py_UCS4 ch) noexcept:
    """str.lower() of the characters that lower to a letter of 'xem', 'view' or 'đọc' (A-Z, Đ, Ọ; every other
    character's lower case holds none of them, but İ's: 'i' and a combining dot); ch itself otherwise."""
    cdef unsigned int code = ch
    if 0x41 <= code <= 0x5A:
        return <Py_UCS4>(code + 0x20)
    if code == 0x110 or code == 0x1ECC:  # Đ, Ọ
        return <Py_UCS4>(code + 1)
    return ch


def has_views_word(text):
    """view_count._has_views_word: 'xem', 'đọc' or 'view' in text.lower(), read in one pass without the lowered
    copy. Exact: lowering maps the words' letters one for one from A-Z, Đ and Ọ only; İ lowers to 'i' and a
    combining dot, which no word continues (tests/test_text_compiled.py checks every code point)."""
    if not isinstance(text, str):  # (an lxml text result is a str too)
        raise TypeError(f"a str, not {type(text).__name__}")
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text), i
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 first
    for i in range(n - 2):
        first = _lower_letter(PyUnicode_READ(kind, data, i))
        if first == 0x78:  # x e m
            if _lower_letter(PyUnicode_READ(kind, data, i + 1)) == 0x65 and \
                    _lower_letter(PyUnicode_READ(kind, data, i + 2)) == 0x6D:
                return True
        elif first == 0x111:  # đ ọ c
            if _lower_letter(PyUnicode_READ(kind, data, i + 1)) == 0x1ECD and \
                    _lower_letter(PyUnicode_READ(kind, data, i + 2)) == 0x63:
                return True
        elif first == 0x76 and i + 3 < n:  # v i e w
            if _lower_letter(PyUnicode_READ(kind, data, i + 1)) == 0x69 and \
                    _lower_letter(PyUnicode_READ(kind, data, i + 2)) == 0x65 and \
                    _lower_letter(PyUnicode_READ(kind, data, i + 3)) == 0x77:
                return True
    return False
