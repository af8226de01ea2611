from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass
class FilterItem:
    filter: str
    operator: str
    value: Any


@dataclass
class Filters:
    conjunction: str = "and"
    items: list[FilterItem] = field(default_factory=list)


@dataclass
class PrepareParams:
    campaign: int
    filters: Optional[Filters] = None
    selected_items: Optional[list[int]] = None
