"""quiz: a trivia game built from the news."""

__version__ = "0.1.0"
