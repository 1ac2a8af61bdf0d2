"""The exceptions of Kanbo's domain and storage layers.

Each maps to one HTTP answer in the web layer: ValidationError re-renders a
form (200 with field errors), NotFound is a 404, PermissionDenied a 403,
WipLimitExceeded a 409 and EventsExpired a 410."""


class KanboError(Exception):
    """Base class of every error Kanbo raises on purpose."""


class ValidationError(KanboError):
    """User input broke a rule; `field` names the form field (or None) and
    `message` is a sentence to show next to it."""

    def __init__(self, message, field=None):
        KanboError.__init__(self, message)
        self.message = message
        self.field = field


class DuplicateError(ValidationError):
    """A unique name is already taken (a friendly duplicate error)."""


class NotFound(KanboError):
    """An unknown user, board, bag, tag or card (404)."""


class AxisSpecError(NotFound):
    """An axis spec names an unknown bag or is malformed (404)."""


class PermissionDenied(KanboError):
    """The user may not perform this write (403)."""


class WipLimitExceeded(KanboError):
    """A drop would take a column over its hard WIP limit (409)."""

    def __init__(self, tag, limit):
        KanboError.__init__(self, "The column %s is full: its limit is %d cards." % (tag, limit))
        self.tag = tag
        self.limit = limit


class EventsExpired(KanboError):
    """The requested event sequence number has expired (410): the client
    must reload the page."""

    def __init__(self, seq, start):
        KanboError.__init__(self, "events before %d have expired (asked for %d)" % (start, seq))
        self.seq = seq
        self.start = start
