"""EKC Gateway: the Unified Contact Centre's correspondence with agencies, automated."""

__version__ = "0.1.0"
