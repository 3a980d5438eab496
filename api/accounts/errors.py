from __future__ import annotations

from api.errors import BadRequest, NotFound, TooManyRequests


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


class TooManyResetRequests(TooManyRequests):
    code = "account.reset_rate_limited"
    title = "Too many password reset requests from this client"


class TooManyInvitationResends(TooManyRequests):
    code = "invitation.resend_rate_limited"
    title = "This invitation was sent too often; try again later"


class InvitationNotFound(NotFound):
    code = "invitation.not_found"
    title = "No pending invitation for this user"
