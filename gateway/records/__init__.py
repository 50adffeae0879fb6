"""Records the operators keep: the agency directory, the Registry, appeals, the monthly report.

Owns: `imports` (the directory and Registry imports, all or nothing, each change logged),
`appeals` (the appeals import behind Appendix 2) and `report` (the p.14 monthly report, built
and queued for the quality-control authority and each agency).
`manual` holds what an operator records or sends by hand (the signed p.8 protocol, the p.16
explanations), for the CLI and the board alike.  `crls` downloads the trusted certification
authorities' CRLs (`gateway trust refresh`), reading certificates with `parsers.signing`.
May import: `outbound`, `gateway.domain`, `gateway.config`, `gateway.calendar`, `gateway.store`,
`gateway.runtime`, `gateway.engine`, `gateway.delivery`.  Never processing, intake or service.
"""
