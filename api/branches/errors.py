from __future__ import annotations

from api.errors import Conflict, NotFound


class BranchNotFound(NotFound):
    code = "branch.not_found"
    title = "Branch not found"


class BranchCodeTaken(Conflict):
    code = "branch.code_taken"
    title = "Another branch already uses this code"


class BranchInUse(Conflict):
    code = "branch.in_use"
    title = "The branch is still referenced and cannot be deleted"
