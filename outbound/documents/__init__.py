"""Documents the gateway sends: the Appendix 1 request, the p.8 protocol of acceptance and
the Appendix 2 report."""
