"""culturedipl: typed, immutable records of cultural diplomacy from news text."""

from __future__ import annotations

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
]

__version__ = "0.1.0"
