"""Screens for live network games: the teacher's host app and the student's client app."""
