"""Reports of classroom sessions: the numbers (:mod:`.build`) and the files (:mod:`.writers`).

UI-free: built from a :class:`~quiz.classroom.ClassSession`, whoever ran it.
"""

from quiz.report.build import OverviewRow, QuestionReport, QuestionRow, Report, build_report
from quiz.report.writers import FORMATS, write_report

__all__ = [
    "FORMATS",
    "OverviewRow",
    "QuestionReport",
    "QuestionRow",
    "Report",
    "build_report",
    "write_report",
]
