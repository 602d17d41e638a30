"""Layer 3: the domain apps (see docs/ARCHITECTURE.md)."""
