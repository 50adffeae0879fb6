"""GOST R 34.11-94 with the test parameter set: the hash Kazakhstan standardised as GOST
34.311-95 (OID 1.2.398.3.10.1.3.1), under the NCA's older GOST 34.310-2004 signatures.

Why written here: no maintained library on PyPI implements it with the test S-box (gostcrypto
has Streebog only; OpenSSL dropped the GOST engine).  RFC 5831 describes it; its test vectors
prove this module (tests/parsers/signing/test_primitives.py); Russia's CryptoPro parameter
set, under GOST R 34.10-2001, is here too.  Pure Python, tuned just enough to
hash a letter in a fraction of a second: the cipher's S-boxes are merged into four byte tables
with the rotation by 11 folded in, and 256-bit words are Python integers (little-endian, as
the standard's bytes are read).
"""

from __future__ import annotations

import struct
from operator import itemgetter

__all__ = ["GOST94_TEST_SBOX", "GOST94_CRYPTOPRO_SBOX", "gost94", "gost94_cryptopro", "Gost94"]

# RFC 5831 section 7.3.1 / RFC 4357 "id-GostR3411-94-TestParamSet": K1 (lowest nibble) .. K8
GOST94_TEST_SBOX = (
    (4, 10, 9, 2, 13, 8, 0, 14, 6, 11, 1, 12, 7, 15, 5, 3),
    (14, 11, 4, 12, 6, 13, 15, 10, 2, 3, 8, 1, 0, 7, 5, 9),
    (5, 8, 1, 13, 10, 3, 4, 2, 14, 15, 12, 7, 6, 0, 9, 11),
    (7, 13, 10, 1, 0, 8, 9, 15, 14, 4, 6, 12, 11, 2, 5, 3),
    (6, 12, 7, 1, 5, 15, 13, 8, 4, 10, 9, 14, 0, 3, 11, 2),
    (4, 11, 10, 0, 7, 2, 1, 13, 3, 6, 8, 5, 9, 12, 15, 14),
    (13, 11, 4, 1, 3, 15, 5, 9, 0, 10, 14, 7, 6, 8, 2, 12),
    (1, 15, 13, 0, 5, 7, 10, 4, 9, 2, 3, 14, 6, 11, 8, 12),
)
# RFC 4357 "id-GostR3411-94-CryptoProParamSet": Russia's GOST R 34.10-2001 signatures
GOST94_CRYPTOPRO_SBOX = (
    (10, 4, 5, 6, 8, 1, 3, 7, 13, 12, 14, 0, 9, 2, 11, 15),
    (5, 15, 4, 0, 2, 13, 11, 9, 1, 7, 6, 3, 12, 14, 10, 8),
    (7, 15, 12, 14, 9, 4, 1, 0, 3, 11, 5, 2, 6, 10, 8, 13),
    (4, 10, 7, 12, 0, 15, 2, 8, 14, 1, 6, 5, 13, 11, 9, 3),
    (7, 6, 4, 11, 9, 12, 2, 10, 1, 8, 0, 14, 15, 13, 3, 5),
    (7, 6, 2, 4, 13, 9, 15, 0, 10, 1, 5, 11, 8, 14, 12, 3),
    (13, 14, 4, 1, 7, 0, 5, 10, 3, 12, 8, 15, 6, 2, 9, 11),
    (1, 3, 10, 9, 5, 11, 4, 15, 8, 6, 7, 14, 13, 0, 2, 12),
)
M32 = 0xFFFFFFFF
M64 = (1 << 64) - 1
M256 = (1 << 256) - 1
C3 = 0xFF00FFFF000000FFFF0000FF00FFFF0000FF00FF00FF00FFFF00FF00FF00FF00
# P: byte i+1+4(k-1) of W goes to byte 8i+k (i = 0..3, k = 1..8), 1-based in the RFC
_P = [0] * 32
for _i in range(4):
    for _k in range(1, 9):
        _P[_i + 4 * (_k - 1)] = 8 * _i + _k - 1
_PERM = itemgetter(*_P)
_KEY = struct.Struct("<8I").unpack
_WORDS = struct.Struct("<16H")


def _tables(sbox: tuple[tuple[int, ...], ...]) -> tuple[tuple[int, ...], ...]:
    """Four tables, byte -> its two S-boxes' output, placed and rotated left by 11."""
    out = []
    for j in range(4):
        lo, hi = sbox[2 * j], sbox[2 * j + 1]
        row = []
        for b in range(256):
            v = (lo[b & 15] | hi[b >> 4] << 4) << (8 * j)
            row.append(((v << 11) | (v >> 21)) & M32)
        out.append(tuple(row))
    return tuple(out)


class Gost94:
    """The hash under one S-box; `digest(data)` gives its 32 bytes."""

    def __init__(self, sbox: tuple[tuple[int, ...], ...] = GOST94_TEST_SBOX) -> None:
        self._t = _tables(sbox)

    def _encrypt(self, key: tuple[int, ...], block: int) -> int:
        """GOST 28147-89, one 64-bit block under the subkeys k0..k7."""
        t0, t1, t2, t3 = self._t
        n1, n2 = block & M32, block >> 32
        for sub in key + key + key + key[::-1]:
            x = (n1 + sub) & M32
            n1, n2 = n2 ^ (t0[x & 255] ^ t1[(x >> 8) & 255] ^ t2[(x >> 16) & 255]
                           ^ t3[x >> 24]), n1
        return n1 << 32 | n2

    @staticmethod
    def _key(w: int) -> tuple[int, ...]:
        """P(w), the byte transposition, taken as the cipher's eight 32-bit subkeys."""
        return _KEY(bytes(_PERM(w.to_bytes(32, "little"))))

    @staticmethod
    def _a(y: int) -> int:
        return (y >> 64) | (((y ^ (y >> 64)) & M64) << 192)

    @staticmethod
    def _psi(y: int, times: int) -> int:
        """psi applied `times` times, on the sixteen 16-bit words (y1 first): each step drops
        y1 and puts y1 ^ y2 ^ y3 ^ y4 ^ y13 ^ y16 on top."""
        w = list(_WORDS.unpack(y.to_bytes(32, "little")))
        for i in range(times):
            w.append(w[i] ^ w[i + 1] ^ w[i + 2] ^ w[i + 3] ^ w[i + 12] ^ w[i + 15])
        return int.from_bytes(_WORDS.pack(*w[times:]), "little")

    def _step(self, h: int, m: int) -> int:
        u, v = h, m
        keys = [self._key(u ^ v)]
        for c in (0, C3, 0):
            u = self._a(u) ^ c
            v = self._a(self._a(v))
            keys.append(self._key(u ^ v))
        s = 0
        for i, key in enumerate(keys):
            s |= self._encrypt(key, (h >> (64 * i)) & M64) << (64 * i)
        return self._psi(h ^ self._psi(m ^ self._psi(s, 12), 1), 61)

    def digest(self, data: bytes) -> bytes:
        h = total = 0
        view = memoryview(data)
        for off in range(0, len(data), 32):
            m = int.from_bytes(view[off:off + 32], "little")
            h = self._step(h, m)
            total = (total + m) & M256
        h = self._step(h, (len(data) * 8) & M256)
        h = self._step(h, total)
        return h.to_bytes(32, "little")


_TEST = Gost94()
_CRYPTOPRO: list[Gost94] = []


def gost94(data: bytes) -> bytes:
    """GOST R 34.11-94 (test parameter set) of `data`, as its 32 bytes."""
    return _TEST.digest(data)


def gost94_cryptopro(data: bytes) -> bytes:
    """GOST R 34.11-94 with the CryptoPro parameter set (Russia's GOST R 34.10-2001)."""
    if not _CRYPTOPRO:
        _CRYPTOPRO.append(Gost94(GOST94_CRYPTOPRO_SBOX))
    return _CRYPTOPRO[0].digest(data)
