"""The classroom presenter TUI: setup, question, reveal, leaderboard and podium screens.

The :class:`~quiz.classroom.ClassSession` holds every rule and all state; these screens only
show it, and :class:`~quiz.tui.classroom.app.ClassApp` turns keys into session calls.
"""
