"""The narrow exception hierarchy the CLI turns into one-line messages."""


class ArchiverError(Exception):
    """Base class: any error a user can act on."""

    exit_code = 1


class UsageError(ArchiverError):
    """The command was given wrong: what to give is said (exit 2, as for click's usage errors)."""

    exit_code = 2


class ProfileError(ArchiverError):
    """A site profile is unknown, unreadable or invalid."""


class StoreError(ArchiverError):
    """The archive cannot be opened or written."""
