"""E-signatures verified in the package (issue #22): the verdict on a CMS signature (`verdict`),
the algorithms by OID (`algorithms`: RSA and ECDSA by `cryptography`; GOST R 34.10 in
`gost3410`, Streebog in `streebog`, GOST 34.311-95 in `gost94`), certificates of any key
(`certs`), the walk to a trusted root (`chain`), RFC 3161 timestamp tokens (`timestamp`),
CRLs from a folder (`crl`) and, only when configured, OCSP (`ocsp`).  Nothing else is fetched
here: `gateway trust refresh` fills the CRL folder ahead of time.
"""
