"""GOST R 34.10-2001 / 34.10-2012 signature verification (Kazakhstan's GOST 34.310-2004 and
GOST 34.10-2015 share its mathematics), on the curves NCA and CryptoPro certificates name.

Why our own arithmetic: gostcrypto (on PyPI, pinned) has the curves and Streebog, but its
verification walks the curve in affine coordinates with a recursive inverse, 0.4 s for one
512-bit signature; here Jacobian coordinates and one simultaneous double-and-add (Shamir's
trick) make it several times faster.  Proved by RFC 7091's example, by gostcrypto's signatures
and by real NCA certificates (tests/parsers/signing/).

Byte order: a public key is the OCTET STRING x || y, each little-endian; the digest is read
as a little-endian number (RFC 7091 section 6.2, e = alpha mod q); a signature is s || r, each
big-endian (RFC 4491 section 2.2.2), and Kazakhstan's NCA (Kalkan) stores those same bytes
reversed, r || s little-endian: established on the NCA's own root and issuing certificates
(GOST 34.310-2004 and 34.10-2015 512), which verify that way and no other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = ["Curve", "curve", "verify", "verify_raw", "CURVE_NAMES"]


@dataclass(frozen=True)
class Curve:
    name: str
    p: int
    a: int
    b: int
    q: int
    x: int
    y: int

    @property
    def size(self) -> int:
        """Bytes of one coordinate: 32 or 64."""
        return (self.p.bit_length() + 7) // 8


# curve parameter OIDs (the key's publicKeyParamSet) -> gostcrypto's name for the same curve
CURVE_NAMES = {
    # Kazakhstan, each proved on the NCA's own certificates: GOST 34.310-2004 over CryptoPro-A
    # (= TC26 256-B), GOST 34.10-2015 512 over TC26 512-A.  The 2015 256-bit curve's OID is
    # not in any public NCA certificate found: such a key is `unverified`, never guessed (a
    # wrong curve would call a good signature tampered)
    "1.2.398.3.10.1.1.1.1.1": "id-tc26-gost-3410-2012-256-paramSetB",
    "1.2.398.3.10.1.1.2.2.1": "id-tc26-gost-3410-12-512-paramSetA",
    # Russia: CryptoPro-A/B/C, XchA/XchB, TC26 256-A..D, 512-A..C
    "1.2.643.2.2.35.1": "id-tc26-gost-3410-2012-256-paramSetB",
    "1.2.643.2.2.35.2": "id-tc26-gost-3410-2012-256-paramSetC",
    "1.2.643.2.2.35.3": "id-tc26-gost-3410-2012-256-paramSetD",
    "1.2.643.2.2.36.0": "id-tc26-gost-3410-2012-256-paramSetB",
    "1.2.643.2.2.36.1": "id-tc26-gost-3410-2012-256-paramSetD",
    "1.2.643.7.1.2.1.1.1": "id-tc26-gost-3410-2012-256-paramSetA",
    "1.2.643.7.1.2.1.1.2": "id-tc26-gost-3410-2012-256-paramSetB",
    "1.2.643.7.1.2.1.1.3": "id-tc26-gost-3410-2012-256-paramSetC",
    "1.2.643.7.1.2.1.1.4": "id-tc26-gost-3410-2012-256-paramSetD",
    "1.2.643.7.1.2.1.2.1": "id-tc26-gost-3410-12-512-paramSetA",
    "1.2.643.7.1.2.1.2.2": "id-tc26-gost-3410-12-512-paramSetB",
    "1.2.643.7.1.2.1.2.3": "id-tc26-gost-3410-2012-512-paramSetC",
}


@cache
def curve(name: str) -> Curve:
    """The curve by gostcrypto's name, in short Weierstrass form (gostcrypto converts the
    twisted Edwards ones, 256-A and 512-C, when it builds its signer)."""
    from gostcrypto.gostsignature import (
        CURVES_R_1323565_1_024_2019,
        MODE_256,
        MODE_512,
        new,
    )

    params = CURVES_R_1323565_1_024_2019[name]
    signer = new(MODE_512 if "512" in name else MODE_256, params)
    values = vars(signer)  # the converted parameters live on the signer
    return Curve(name, values["_p"], values["_a"], values["_b"], values["_q"], values["_x"],
                 values["_y"])


Point = tuple[int, int, int]  # Jacobian X, Y, Z; Z == 0 is the point at infinity


def _double(c: Curve, pt: Point) -> Point:
    x, y, z = pt
    if not z or not y:
        return (1, 1, 0)
    p = c.p
    yy = y * y % p
    s = 4 * x * yy % p
    zz = z * z % p
    m = (3 * x * x + c.a * zz * zz) % p
    x3 = (m * m - 2 * s) % p
    return x3, (m * (s - x3) - 8 * yy * yy) % p, 2 * y * z % p


def _add(c: Curve, one: Point, two: Point) -> Point:
    x1, y1, z1 = one
    x2, y2, z2 = two
    if not z1:
        return two
    if not z2:
        return one
    p = c.p
    z1z1, z2z2 = z1 * z1 % p, z2 * z2 % p
    u1, u2 = x1 * z2z2 % p, x2 * z1z1 % p
    s1, s2 = y1 * z2 * z2z2 % p, y2 * z1 * z1z1 % p
    h, r = (u2 - u1) % p, (s2 - s1) % p
    if not h:
        return _double(c, one) if not r else (1, 1, 0)
    hh = h * h % p
    hhh = h * hh % p
    v = u1 * hh % p
    x3 = (r * r - hhh - 2 * v) % p
    return x3, (r * (v - x3) - s1 * hhh) % p, h * z1 * z2 % p


def _on_curve(c: Curve, x: int, y: int) -> bool:
    return 0 <= x < c.p and 0 <= y < c.p and (y * y - x * x * x - c.a * x - c.b) % c.p == 0


def verify_raw(c: Curve, qx: int, qy: int, e: int, r: int, s: int) -> bool:
    """GOST R 34.10 verification of (r, s) over the number e with the public point Q."""
    if not (0 < r < c.q and 0 < s < c.q) or not _on_curve(c, qx, qy):
        return False
    e %= c.q
    if e == 0:
        e = 1
    v = pow(e, -1, c.q)
    z1, z2 = s * v % c.q, (c.q - r) * v % c.q
    g, q = (c.x, c.y, 1), (qx, qy, 1)
    both = _add(c, g, q)
    acc: Point = (1, 1, 0)
    for bit in range(max(z1.bit_length(), z2.bit_length()) - 1, -1, -1):
        acc = _double(c, acc)
        pick = ((z1 >> bit) & 1) | (((z2 >> bit) & 1) << 1)
        if pick:
            acc = _add(c, acc, (g, q, both)[pick - 1])
    x, _, z = acc
    if not z:
        return False
    zinv = pow(z, -1, c.p)
    return x * zinv * zinv % c.p % c.q == r


def verify(c: Curve, public_key: bytes, digest: bytes, signature: bytes,
           reversed_signature: bool = False) -> bool:
    """Verification with the stored byte orders (see the module's docstring): `public_key`
    x || y little-endian, `signature` s || r big-endian (reversed whole when
    `reversed_signature`, as NCA stores it), `digest` as the hash gives it."""
    n = c.size
    if len(public_key) != 2 * n or len(signature) != 2 * n:
        return False
    if reversed_signature:
        signature = signature[::-1]
    qx = int.from_bytes(public_key[:n], "little")
    qy = int.from_bytes(public_key[n:], "little")
    s = int.from_bytes(signature[:n], "big")
    r = int.from_bytes(signature[n:], "big")
    return verify_raw(c, qx, qy, int.from_bytes(digest, "little"), r, s)
