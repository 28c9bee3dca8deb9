"""culturedipl: typed, immutable records of cultural diplomacy from news text."""

from __future__ import annotations

from culturedipl.codec import (
    dump_jsonl,
    dumps,
    from_dict,
    iter_jsonl,
    json_schema,
    load_jsonl,
    loads,
    to_dict,
)
from culturedipl.errors import (
    CulturediplError,
    DecodeError,
    InvalidArticleError,
    LexiconError,
    TextParseError,
)
from culturedipl.model import (
    Act,
    Article,
    Initiative,
    InitiativeKind,
    Meeting,
    Official,
    Role,
    Span,
    Statement,
    article_id,
)

__all__ = [
    "Act",
    "Article",
    "CulturediplError",
    "DecodeError",
    "Initiative",
    "InitiativeKind",
    "InvalidArticleError",
    "LexiconError",
    "Meeting",
    "Official",
    "Role",
    "Span",
    "Statement",
    "TextParseError",
    "article_id",
    "dump_jsonl",
    "dumps",
    "from_dict",
    "iter_jsonl",
    "json_schema",
    "load_jsonl",
    "loads",
    "to_dict",
]

__version__ = "0.1.0"
