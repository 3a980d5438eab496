from __future__ import annotations

from api.errors import Conflict, NotFound


class SiteNotFound(NotFound):
    code = "site.not_found"
    title = "Site not found"


class SiteHasHistory(Conflict):
    code = "site.has_history"
    title = "The site has work history or a structure (施工体制); hide it instead"


class SiteAlreadyLinked(Conflict):
    code = "site.already_linked"
    title = "The site already has a CCUS 現場ID"
