"""The one exception type a user can cause and should see as a single line."""


class QuizError(Exception):
    """An error caused by user input (bad file, bad flag, corrupt bank).

    The CLI prints ``str(error)`` on one line and exits non-zero; never a traceback.
    """
