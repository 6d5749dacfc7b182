"""Collect every Gherkin feature under features/ as tests."""

from pytest_bdd import scenarios

scenarios("../features")
