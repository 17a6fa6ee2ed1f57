"""govnews: the command line and the thin API that fronts extractor, scrapers and corpus."""
__version__ = "0.1.0"
