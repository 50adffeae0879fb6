"""From a signer's certificate up to one the deployment trusts, each link's signature checked.

Why apart from the verdict: the same walk serves the document's signer and the timestamp
authority, and `gateway trust refresh` asks the same question of the configured certificates.
"""

from __future__ import annotations

from parsers.signing.certs import Cert

MAX_DEPTH = 8


def build(cert: Cert, pool: list[Cert], anchors: list[Cert]) -> list[Cert] | str:
    """The chain [cert, issuer, …, anchor] ending at a configured certificate, else why not.
    An issuer must be a CA and must have signed the link (GOST, RSA or ECDSA).  A configured
    intermediate leads on to its configured root (so the root's CRL is asked about it too);
    it ends the chain itself only when its issuer is not configured."""
    chain = [cert]
    current = cert
    candidates = anchors + [c for c in pool if c not in anchors]

    def issuers(of: Cert) -> list[Cert]:
        return [c for c in candidates if c.subject_key == of.issuer_key and c != of]

    for _ in range(MAX_DEPTH):
        if current in anchors and (current.self_issued
                                   or not any(current.signed_by(i) for i in issuers(current)
                                              if i in anchors)):
            return chain
        for issuer in issuers(current):
            if not current.signed_by(issuer):
                continue
            if not issuer.is_ca:
                return f"the certificate of {current.display} is issued by a non-CA"
            chain.append(issuer)
            current = issuer
            break
        else:
            if current.self_issued and current.signed_by(current):
                return f"the root {current.display} is not among the trusted ones " \
                       "([trust] signature_roots)"
            return f"the certificate of {current.display} does not chain to a trusted root"
    return "the certificate chain is too long"
