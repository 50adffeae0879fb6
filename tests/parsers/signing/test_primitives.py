"""The GOST primitives against their RFCs' vectors: GOST R 34.11-94 with the test parameter set
(RFC 5831 section 7.3.1, = GOST 34.311-95), Streebog (RFC 6986 section 10), GOST R 34.10-2001 /
2012 (the example of RFC 5832 section 7.1, repeated as RFC 7091 appendix A.1); and the 512-bit
curve against signatures made by gostcrypto, an independent implementation."""

from __future__ import annotations

import os

import pytest

from parsers.signing import algorithms, gost3410
from parsers.signing.gost94 import gost94


@pytest.mark.parametrize(("message", "expected"), [
    (b"", "ce85b99cc46752fffee35cab9a7b0278abb4c2d2055cff685af4912c49490f8d"),
    (b"a", "d42c539e367c66e9c88a801f6649349c21871b4344c6a573f849fdce62f314dd"),
    (b"abc", "f3134348c44fb1b2a277729e2285ebb5cb5e0f29c975bc753b70497c06a4d51d"),
    (b"message digest", "ad4434ecb18f2c99b60cbe59ec3d2469582b65273f48de72db2fde16a4889a4d"),
    (b"This is message, length=32 bytes",
     "b1c466d37519b82e8319819ff32595e047a28cb6f83eff1c6916a815a637fffa"),
    (b"Suppose the original message has length = 50 bytes",
     "471aba57a60a770d3a76130635c1fbea4ef14de51f78b4ae57dd893b62f55208"),
    (b"U" * 128, "53a3a3ed25180cef0c1d85a074273e551c25660a87062a52d926a9e8fe5733a4"),
    (b"The quick brown fox jumps over the lazy dog",
     "77b7fa410c9ac58a25f49bca7d0468c9296529315eaca76bd1a10f376d1f4294"),
])
def test_gost_r_34_11_94_test_parameters(message: bytes, expected: str) -> None:
    assert gost94(message).hex() == expected


# RFC 6986 prints messages and hashes as big-endian numbers: the bytes are those reversed
M1 = b"012345678901234567890123456789012345678901234567890123456789012"[::-1].hex()
@pytest.mark.parametrize(("message", "expected"), [
    (b"", "981e5f3ca30c841487830f84fb433e13ac1101569b9c13584ac483234cd656c0"),
    (b"a", "e74c52dd282183bf37af0079c9f78055715a103f17e3133ceff1aacf2f403011"),
    (b"abc", "b285056dbf18d7392d7677369524dd14747459ed8143997e163b2986f92fd42c"),
    (b"message digest", "bc6041dd2aa401ebfa6e9886734174febdb4729aa972d60f549ac39b29721ba0"),
    (b"The quick brown fox jumps over the lazy dog",
     "9004294a361a508c586fe53d1f1b02746765e71b765472786e4770d565830a76"),
])
def test_gost_r_34_11_94_cryptopro_parameters(message: bytes, expected: str) -> None:
    from parsers.signing.gost94 import gost94_cryptopro

    assert gost94_cryptopro(message).hex() == expected


M2 = ("fbe2e5f0eee3c820fbeafaebef20fffbf0e1e0f0f520e0ed20e8ece0ebe5f0f2f120fff0eeec20f120faf2"
      "fee5e2202ce8f6f3ede220e8e6eee1e8f0f2d1202ce8f0f2e5e220e5d1")


@pytest.mark.parametrize(("name", "message", "expected"), [
    ("streebog512", M1, "486f64c1917879417fef082b3381a4e211c324f074654c38823a7b76f830ad00"
                        "fa1fbae42b1285c0352f227524bc9ab16254288dd6863dccd5b9f54a1ad0541b"),
    ("streebog256", M1, "00557be5e584fd52a449b16b0251d05d27f94ab76cbaa6da890b59d8ef1e159d"),
    ("streebog512", M2, "28fbc9bada033b1460642bdcddb90c3fb3e56c497ccd0f62b8a2ad4935e85f03"
                        "7613966de4ee00531ae60f3b5a47f8dae06915d5f2f194996fcabf2622e6881e"),
    ("streebog256", M2, "508f7e553c06501d749a66fc28c6cac0b005746d97537fa85d9e40904efed29d"),
])
def test_streebog_rfc_6986(name: str, message: str, expected: str) -> None:
    data = bytes.fromhex(message)[::-1]
    assert data.startswith((b"0123", "Се ветри".encode("cp1251")))
    assert algorithms.digest(name, data)[::-1].hex() == expected


RFC_CURVE = gost3410.Curve(
    "RFC 7091 A.1",
    p=0x8000000000000000000000000000000000000000000000000000000000000431, a=7,
    b=0x5FBFF498AA938CE739B8E022FBAFEF40563F6E6A3472FC2A514C0CE9DAE23B7E,
    q=0x8000000000000000000000000000000150FE8A1892976154C59CFC193ACCF5B3, x=2,
    y=0x08E2A8A0E65147D4BD6316030E16D19C85C97F0A9CA267122B96ABBCEA7E8FC8)
RFC_Q = (0x7F2B49E270DB6D90D8595BEC458B50C58585BA1D4E9B788F6689DBD8E56FD80B,
         0x26F1B489D6701DD185C8413A977B3CBBAF64D1C593D26627DFFB101A87FF77DA)
RFC_E = 0x2DFBC1B372D89A1188C09C52E0EEC61FCE52032AB1022E8E67ECE6672B043EE5
RFC_R = 0x41AA28D2F1AB148280CD9ED56FEDA41974053554A42767B83AD043FD39DC0493
RFC_S = 0x01456C64BA4642A1653C235A98A60249BCD6D3F746B631DF928014F6C5BF9C40


def test_gost_r_34_10_rfc_example_verifies_and_nothing_near_it_does() -> None:
    assert gost3410.verify_raw(RFC_CURVE, *RFC_Q, RFC_E, RFC_R, RFC_S)
    assert not gost3410.verify_raw(RFC_CURVE, *RFC_Q, RFC_E + 1, RFC_R, RFC_S)
    assert not gost3410.verify_raw(RFC_CURVE, *RFC_Q, RFC_E, RFC_R, RFC_S + 1)
    assert not gost3410.verify_raw(RFC_CURVE, RFC_Q[0], RFC_Q[1] + 1, RFC_E, RFC_R, RFC_S)
    assert not gost3410.verify_raw(RFC_CURVE, *RFC_Q, RFC_E, 0, RFC_S)


@pytest.mark.parametrize("name", ["id-tc26-gost-3410-12-512-paramSetA",
                                  "id-tc26-gost-3410-2012-256-paramSetA",
                                  "id-tc26-gost-3410-2012-256-paramSetB"])
def test_signatures_of_gostcrypto_verify(name: str) -> None:
    from gostcrypto import gostsignature

    curve = gost3410.curve(name)
    n = curve.size
    signer = gostsignature.new(gostsignature.MODE_512 if n == 64 else gostsignature.MODE_256,
                               gostsignature.CURVES_R_1323565_1_024_2019[name])
    key = bytearray(os.urandom(n))
    key[0] &= 0x3F
    public = signer.public_key_generate(key)
    digest = bytearray(os.urandom(n))
    sig = signer.sign(key, digest)  # r || s, big-endian, as gostcrypto writes them
    qx, qy = int.from_bytes(public[:n], "big"), int.from_bytes(public[n:], "big")
    r, s = int.from_bytes(sig[:n], "big"), int.from_bytes(sig[n:], "big")
    e = int.from_bytes(digest, "big")
    assert gost3410.verify_raw(curve, qx, qy, e, r, s)
    assert not gost3410.verify_raw(curve, qx, qy, e ^ 1, r, s)
    # the stored byte orders: key x||y little-endian, s||r big-endian, NCA's reversed whole
    stored_key = qx.to_bytes(n, "little") + qy.to_bytes(n, "little")
    rfc = s.to_bytes(n, "big") + r.to_bytes(n, "big")
    le_digest = e.to_bytes(n, "little")
    assert gost3410.verify(curve, stored_key, le_digest, rfc)
    assert gost3410.verify(curve, stored_key, le_digest, rfc[::-1], reversed_signature=True)
    assert not gost3410.verify(curve, stored_key, le_digest, rfc[::-1])


# RFC 9215 appendix D.2: a self-signed GOST R 34.10-2012 256 certificate (TC26 curve 256-A,
# twisted Edwards), signed by an implementation independent of this one: the Russian byte
# order (s || r big-endian, not reversed as NCA stores it) and the OIDs, proved together
RFC9215_D2 = """
MIIBJTCB06ADAgECAgEKMAoGCCqFAwcBAQMCMBIxEDAOBgNVBAMTB0V4YW1wbGUw
IBcNMDEwMTAxMDAwMDAwWhgPMjA1MDEyMzEwMDAwMDBaMBIxEDAOBgNVBAMTB0V4
YW1wbGUwXjAXBggqhQMHAQEBATALBgkqhQMHAQIBAQEDQwAEQHQnldS+6ITd8oUP
7APqP68YROAdnaYLZFCTpV4m38OZePWWz01NDGzx0YlD2UST0WuewKFtUS0uEnzE
aRpjGOKjEzARMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoUDBwEBAwIDQQAUC02pEksJ
yw1c6Sjuh0JzoxASlJLsDik2njt5EkhXjB0OHaW+NHxvG1JWx66sIArWSsd6b1s6
DglzGOeubudp
"""


def test_the_rfc_9215_gost_2012_certificate_verifies_itself() -> None:
    import base64

    from parsers.signing.certs import Cert

    der = base64.b64decode("".join(RFC9215_D2.split()))
    cert = Cert(der)
    assert cert.key_oid == "1.2.643.7.1.1.1.1" and cert.key_size == 256
    assert cert.signed_by(cert)
    flipped = bytearray(der)
    flipped[60] ^= 0x01  # inside the signed part
    assert not Cert(bytes(flipped)).signed_by(cert)


@pytest.mark.parametrize("size", [256, 512])
def test_streebog_agrees_with_gostcrypto_at_every_block_edge(size: int) -> None:
    from gostcrypto import gosthash

    from parsers.signing.streebog import streebog

    for length in (0, 1, 63, 64, 65, 127, 128, 129, 1000):
        data = os.urandom(length)
        assert streebog(data, size) == bytes(gosthash.new(f"streebog{size}", data=data)
                                             .digest()), length


# RFC 4491 section 4.2: CryptoPro's example GOST R 34.10-2001 certificate (GOST R 34.11-94 with
# the CryptoPro parameters, curve XchA = CryptoPro-A), self-signed
RFC4491_2001 = """
MIIB0DCCAX8CECv1xh7CEb0Xx9zUYma0LiEwCAYGKoUDAgIDMG0xHzAdBgNVBAMM
Fkdvc3RSMzQxMC0yMDAxIGV4YW1wbGUxEjAQBgNVBAoMCUNyeXB0b1BybzELMAkG
A1UEBhMCUlUxKTAnBgkqhkiG9w0BCQEWGkdvc3RSMzQxMC0yMDAxQGV4YW1wbGUu
Y29tMB4XDTA1MDgxNjE0MTgyMFoXDTE1MDgxNjE0MTgyMFowbTEfMB0GA1UEAwwW
R29zdFIzNDEwLTIwMDEgZXhhbXBsZTESMBAGA1UECgwJQ3J5cHRvUHJvMQswCQYD
VQQGEwJSVTEpMCcGCSqGSIb3DQEJARYaR29zdFIzNDEwLTIwMDFAZXhhbXBsZS5j
b20wYzAcBgYqhQMCAhMwEgYHKoUDAgIkAAYHKoUDAgIeAQNDAARAhJVodWACGkB1
CM0TjDGJLP3lBQN6Q1z0bSsP508yfleP68wWuZWIA9CafIWuD+SN6qa7flbHy7Df
D2a8yuoaYDAIBgYqhQMCAgMDQQA8L8kJRLcnqeyn1en7U23Sw6pkfEQu3u0xFkVP
vFQ/3cHeF26NG+xxtZPz3TaTVXdoiYkXYiD02rEx1bUcM97i
"""


def test_the_rfc_4491_gost_2001_certificate_verifies_itself() -> None:
    import base64

    from parsers.signing.certs import Cert

    der = base64.b64decode("".join(RFC4491_2001.split()))
    cert = Cert(der)
    assert cert.key_oid == "1.2.643.2.2.19" and cert.signed_by(cert)
    flipped = bytearray(der)
    flipped[100] ^= 0x01
    assert not Cert(bytes(flipped)).signed_by(cert)
