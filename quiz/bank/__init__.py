"""The bank contract (pydantic models) and all bank file I/O."""

from quiz.bank.io import dump_bank, load_bank, save_bank
from quiz.bank.models import (
    CHOICE_TYPES,
    SCHEMA_VERSION,
    TYPED_TYPES,
    Article,
    Bank,
    GeneratorInfo,
    Question,
    QuestionType,
    Source,
)

__all__ = [
    "CHOICE_TYPES",
    "SCHEMA_VERSION",
    "TYPED_TYPES",
    "Article",
    "Bank",
    "GeneratorInfo",
    "Question",
    "QuestionType",
    "Source",
    "dump_bank",
    "load_bank",
    "save_bank",
]
