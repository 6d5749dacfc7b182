"""Schemathesis against the service's own OpenAPI spec: no input makes it answer with a 5xx."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from safeguarding_rules_api.main import create_app
from schemathesis.checks import not_a_server_error

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app())


@schema.parametrize()
@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error])
