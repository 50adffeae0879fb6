"""Documents the gateway sends: the Appendix 1 request and the Appendix 2 report."""
