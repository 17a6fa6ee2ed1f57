"""Coverage-guided fuzzing of extract() with atheris (libFuzzer).

    python tests/fuzz/fuzz_extract.py -runs=100000 samples/pages      # seeds: the bundled pages

Any exception other than ExtractionError is a finding: atheris stops and writes the input.
"""
import sys

import atheris

with atheris.instrument_imports():
    from extractor import ExtractionError, extract


def TestOneInput(data: bytes):
    try:
        doc = extract(data, name="fuzz")
    except ExtractionError:
        return
    for m in doc.metrics:
        if doc.body[m.start:m.end] != m.text:
            raise AssertionError(f"metric offsets do not index the body: {m}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
