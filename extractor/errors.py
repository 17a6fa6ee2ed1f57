"""Errors the extractor reports: each names the input and says what is wrong with it."""


class ExtractionError(ValueError):
    """The input cannot be read as a page: empty, binary, or holding no article text."""

    def __init__(self, name: str, problem: str):
        self.name = name
        self.problem = problem
        super().__init__(f"{name}: {problem}")
