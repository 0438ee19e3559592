"""The narrow exception hierarchy the CLI turns into one-line messages."""


class ArchiverError(Exception):
    """Base class: any error a user can act on. exit_code: the CLI's exit status for it."""

    exit_code = 1


class UsageError(ArchiverError):
    """The command was given wrong, or what the user named is not what it takes (not an archive, an invalid
    profile, an output over the archive): what to give is said (exit 2, as for click's usage errors)."""

    exit_code = 2


class ProfileError(ArchiverError):
    """A site profile is unknown, unreadable or invalid."""


class StoreError(ArchiverError):
    """The archive cannot be opened or written."""


class NotAnArchive(StoreError, UsageError):
    """--db names a file another application made (it is left as it was)."""

    exit_code = 2


class InvalidProfile(ProfileError, UsageError):
    """A profile file has an invalid key, selector or pattern."""

    exit_code = 2
