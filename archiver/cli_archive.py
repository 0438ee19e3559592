"""Commands for archivists: WARC import and reparse (to come)."""

COMMANDS = []
