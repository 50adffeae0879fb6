"""Records the operators keep: the agency directory, the Registry, appeals, the monthly report.

Owns: `imports` (the directory and Registry imports, all or nothing, each change logged),
`appeals` (the appeals import behind Appendix 2) and `report` (the p.14 monthly report, built
and queued for the quality-control authority and each agency).
May import: `outbound`, `gateway.domain`, `gateway.config`, `gateway.calendar`, `gateway.store`,
`gateway.runtime`, `gateway.engine`, `gateway.delivery`.  Never processing, intake or service.
"""
