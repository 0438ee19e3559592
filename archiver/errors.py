"""The narrow exception hierarchy the CLI turns into one-line messages."""


class ArchiverError(Exception):
    """Base class: any error a user can act on."""


class ProfileError(ArchiverError):
    """A site profile is unknown, unreadable or invalid."""


class StoreError(ArchiverError):
    """The archive cannot be opened or written."""
