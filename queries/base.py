"""A named query: its Cypher and its SQL side by side, so both stores answer it the same way."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

from pydantic import BeforeValidator


@dataclass(frozen=True)
class NamedQuery:
    name: str
    cypher: str  # for Neo4j; values only as $parameters
    sql: str  # for the embedded SQLite store; values only as :parameters


def json_list(value: Any) -> Any:
    """SQLite hands lists back as JSON text (json_group_array); Neo4j as lists."""
    if isinstance(value, str):
        value = json.loads(value)
    if isinstance(value, list):
        return [v for v in value if v is not None]
    return [] if value is None else value


JsonList = Annotated[list[Any], BeforeValidator(json_list)]


def _native_time(value: Any) -> Any:
    """neo4j.time values become Python datetimes; ISO strings parse in pydantic."""
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value


When = Annotated[datetime | None, BeforeValidator(_native_time)]
