"""govnews scrapers: polite fetching, site lists, CMS adapters (Hanweb, TRS, JPaaS, gkmlpt, truecms,
Epoint, xxgk, generic), crawls of many hosts side by side, and `sites check`."""
from .crawl import Crawler, CrawlSummary
from .fetch import FetchError, Fetcher, Politeness
from .sites import Site, SiteListError, load_sites

__all__ = ["Crawler", "CrawlSummary", "Fetcher", "FetchError", "Politeness", "Site", "SiteListError", "load_sites"]
