"""Live games over the network: the protocol, the host's game logic, the server and the client.

No Textual here: the host and student screens live in :mod:`quiz.tui.net`.
"""
