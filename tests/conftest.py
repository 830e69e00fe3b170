"""Shared fixtures. The language pipeline is the shipped one: a missing or broken model
must fail the tests, not quietly weaken them."""
import pytest


@pytest.fixture(scope="session")
def nlp():
    from aldus.nlp import load

    return load()
