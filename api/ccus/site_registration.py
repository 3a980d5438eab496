"""現場登録 in CCUS from genba (seed ※2: a site registered in the product and linked gets
☑標準APIの利用 by itself, so CCUS takes its 施工体制)."""

from __future__ import annotations

from typing import Any

from api.ccus.errors import CcusRefused, CcusUnreachable
from api.ccus.gateway import CcusGateway, CcusRejected, CcusUnavailable
from api.ccus.senders.entities import site_data


async def register_site(gateway: CcusGateway, site: Any) -> str:
    """The 現場ID CCUS assigned. One key per site: registering again after a lost answer gets
    the same 現場ID."""
    try:
        registered = await gateway.register_site(f"site-registration:{site.id}", site_data(site))
    except CcusUnavailable as error:
        raise CcusUnreachable(error.message) from error
    except CcusRejected as error:
        raise CcusRefused(f"{error.code} {error.message}") from error
    return registered.id
