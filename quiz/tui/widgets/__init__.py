"""Reusable widgets: they take data as attributes and report up with nested messages."""
