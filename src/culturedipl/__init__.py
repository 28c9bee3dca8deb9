"""culturedipl: typed, immutable records of cultural diplomacy from news text."""

from __future__ import annotations

from culturedipl.codec import (
    FORMAT_VERSION,
    dump_jsonl,
    dumps,
    from_dict,
    iter_jsonl,
    json_schema,
    load_jsonl,
    loads,
    to_dict,
)
from culturedipl.corpus import Corpus, Failure
from culturedipl.errors import (
    CulturediplError,
    DecodeError,
    InvalidArticleError,
    LexiconError,
    MissingExtraError,
    TextParseError,
)
from culturedipl.identity import Identities, Person, identify
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
from culturedipl.text import (
    DecodingWarning,
    EmptyTextWarning,
    decode_bytes,
    parse_file,
    parse_text,
)

__all__ = [
    "FORMAT_VERSION",
    "Act",
    "Article",
    "Corpus",
    "CulturediplError",
    "DecodeError",
    "DecodingWarning",
    "EmptyTextWarning",
    "Failure",
    "Identities",
    "Initiative",
    "InitiativeKind",
    "InvalidArticleError",
    "LexiconError",
    "Meeting",
    "MissingExtraError",
    "Official",
    "Person",
    "Role",
    "Span",
    "Statement",
    "TextParseError",
    "article_id",
    "decode_bytes",
    "dump_jsonl",
    "dumps",
    "from_dict",
    "identify",
    "iter_jsonl",
    "json_schema",
    "load_jsonl",
    "loads",
    "parse_file",
    "parse_text",
    "to_dict",
]

__version__ = "0.1.0"
