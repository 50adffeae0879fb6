"""E-signature verification: milliseconds per signature against hashing the same content alone
(the hash every verifier must compute anyway), printed as ratios.

    .venv/bin/python benchmarks/bench_signatures.py

Per signature is the whole verdict of parsers.signing.verdict.check: the message digest, the
signature, every link of the chain to the configured roots, the timestamp token and its
authority's chain when there is one, and the CRLs in the folder.  On real NCA documents
(tests/data/nca/): RSA SHA-256 (production roots, with a TSA token), GOST 34.310-2004 (256-bit
CryptoPro-A curve, GOST 34.311-95, production roots and TSA token), GOST 34.10-2015 512
(Streebog-512, test root, CRL and delta CRL); then on 256 KiB and 2 KiB of content signed by
the tests' GOST CA, where the pure-Python hashes dominate.  "first" is the first letter after
a start (the links between trusted certificates and the CRLs' signatures not yet checked),
"then" the best of the following ones.  The issue's budget: RSA <= 20 ms, GOST-256 <= 100 ms,
GOST-512 <= 250 ms per signature.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import best  # noqa: E402
from parsers.formats.cms import _content, _signed_data, der_of  # noqa: E402
from parsers.registry import ParseLimits  # noqa: E402
from parsers.signing import algorithms, verdict  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "nca"
DOCS = DATA / "documents"
PROD = ParseLimits(signature_roots=(str(DATA / "roots"),))
TEST = ParseLimits(signature_roots=(str(DATA / "test-roots"), str(DATA / "roots")),
                   crl_folder=str(DATA / "test-crl"), require_revocation=True)
THEN = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)  # when the test CRLs were current


def _case(label: str, container: bytes, content: bytes | None, limits: ParseLimits,
          now: dt.datetime | None = None, budget: float | None = None) -> None:
    der = der_of(container)
    assert der is not None
    sd = _signed_data(der)
    body = content if content is not None else _content(sd)
    assert body is not None
    sig = verdict.check(sd, body, limits, now=now)
    assert sig.status == "valid", (label, sig.detail)
    hash_name = algorithms.HASH_OIDS[sd["signer_infos"][0]["digest_algorithm"]["algorithm"]
                                     .dotted]
    repeat = 3 if len(body) > 100_000 else 7
    from parsers.signing import certs, crl

    certs._LOADED.clear()  # the first letter after a start: trusted links and CRLs unchecked
    crl._LOADED.clear()
    cold = best(lambda: verdict.check(sd, body, limits, now=now), repeat=1)
    verify = best(lambda: verdict.check(sd, body, limits, now=now), repeat=repeat)
    hashed = best(lambda: algorithms.digest(hash_name, body), repeat=repeat)
    within = "" if budget is None else ("  within budget" if verify * 1000 <= budget
                                        else f"  OVER the {budget:.0f} ms budget")
    print(f"{label:<44} {len(body):>9,} B  first {cold * 1000:7.1f} ms  then "
          f"{verify * 1000:7.1f} ms  hash "
          f"{hashed * 1000:8.1f} ms  ratio {verify / hashed:7.1f}  without the hash "
          f"{(verify - hashed) * 1000:7.1f} ms{within}")


def main() -> None:
    manifest = (DOCS / "rsa_NCAManifest.xml").read_bytes()
    _case("RSA SHA-256, real (chain + TSA token)", (DOCS / "rsa_manifest.cms").read_bytes(),
          manifest, PROD, budget=20)
    _case("GOST-256 34.310-2004, real (chain + TSA)",
          (DOCS / "gost2004_manifest.cms").read_bytes(),
          (DOCS / "gost2004_NCAManifest.xml").read_bytes(), PROD, budget=100)
    _case("GOST-512 34.10-2015, real (chain, TSA, CRLs)",
          (DOCS / "legal_entity_attached.der").read_bytes(), None, TEST, THEN, budget=250)

    from tests.parsers.signing import testca

    big = bytes(range(256)) * 1024  # 256 KiB
    with tempfile.TemporaryDirectory() as tmp:
        for scheme, label in (("gost2004", "GOST-256 34.310-2004, test CA"),
                              ("gost2015-512", "GOST-512 34.10-2015, test CA")):
            ca = testca.Ca(scheme)
            limits = dataclasses.replace(ParseLimits(),
                                         signature_roots=(ca.root_pem(Path(tmp)),))
            _case(f"{label}, 256 KiB", ca.sign(big), None, limits)
            _case(f"{label}, 2 KiB", ca.sign(big[:2048]), None, limits)


if __name__ == "__main__":
    main()
