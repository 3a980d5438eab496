from __future__ import annotations

from api.errors import BadRequest, NotFound


class LinkInvalid(BadRequest):
    code = "account.link_invalid"
    title = "This link is not valid"


class LinkExpired(BadRequest):
    code = "account.link_expired"
    title = "This link has expired; ask for a new one"


class LinkUsed(BadRequest):
    code = "account.link_used"
    title = "This link has already been used"


class SessionNotFound(NotFound):
    code = "session.not_found"
    title = "No such session"
