"""Exports: a bank to the import formats teachers use (LMS, flashcards, classroom games).

``formats/`` holds one module per format, each defining ``FORMAT``; :mod:`quiz.export.registry`
finds them. Shared pieces: :mod:`~quiz.export.select` (filters), :mod:`~quiz.export.citation`
(feedback text), :mod:`~quiz.export.cells` (formula-injection guard), :mod:`~quiz.export.zips`
(deterministic archives).
"""
