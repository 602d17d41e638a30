"""Layer 4: apps that compose the domain apps: pages over several of them, the portal, the demo."""
