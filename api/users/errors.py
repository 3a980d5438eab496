from __future__ import annotations

from api.errors import Conflict, NotFound


class UserNotFound(NotFound):
    code = "user.not_found"
    title = "User not found"


class EmailTaken(Conflict):
    code = "user.email_taken"
    title = "This email address is already registered"


class SelfLockout(Conflict):
    code = "user.self_lockout"
    title = "You cannot deactivate yourself or remove your own administrator role"
