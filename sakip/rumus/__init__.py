"""Layer 0: the rules as pure Python (no Django), each with its regulation, hypothesis-tested."""
