"""One module per export format; each defines ``FORMAT`` (an :class:`ExportFormat`)."""
