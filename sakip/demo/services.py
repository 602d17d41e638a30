"""Placeholder until the demo loader lands."""


def load_demo(reset: bool = False):
    return None
