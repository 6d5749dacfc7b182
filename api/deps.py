"""Dependencies shared by the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from safeguarding_rules import Engine


def get_engine(request: Request) -> Engine:
    """The engine built once at start-up (see ``safeguarding_rules_api.main.create_app``)."""
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(get_engine)]
