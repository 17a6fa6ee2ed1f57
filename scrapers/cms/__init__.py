"""CMS adapters, tried in order; the generic one last. Adding a family is one new module
with an Adapter subclass, listed here."""
from .base import Adapter, ListItem, Listing, PageRequest
from .epoint import Epoint
from .generic import Generic
from .gkmlpt import Gkmlpt
from .hanweb import Hanweb
from .jpaas import JPaaS
from .trs import TRS
from .truecms import TrueCMS
from .xxgk import Xxgk

# the families whose list comes from an API first (their pages show little else), then the
# static families, the generic reader last
ADAPTERS: list[Adapter] = [JPaaS(), Gkmlpt(), TrueCMS(), Epoint(), Xxgk(), Hanweb(), TRS(), Generic()]
BY_NAME = {a.name: a for a in ADAPTERS}


def detect(url: str, html: str, family: str | None = None) -> Adapter:
    """The adapter named by the site list, else the first whose signature the page shows."""
    if family:
        if family not in BY_NAME:
            raise ValueError(f"unknown CMS family {family!r}: one of {', '.join(BY_NAME)}")
        return BY_NAME[family]
    return next(a for a in ADAPTERS if a.detect(url, html))


__all__ = ["Adapter", "ListItem", "Listing", "PageRequest", "ADAPTERS", "BY_NAME", "detect"]
