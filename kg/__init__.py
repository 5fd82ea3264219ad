"""claimgraph: who said what, when, and through whom."""

__version__ = "0.1.0"
