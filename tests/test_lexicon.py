"""The data patterns mean the same whichever regular-expression engine runs them.

lexicon.fast_compile picks `re` or `regex` for speed alone; these tests check that the
choice never changes a match, on the bundled pages' text.
"""
from pathlib import Path

import regex

from extractor import extract, lexicon
from extractor.dates import _rules

ROOT = Path(__file__).resolve().parent.parent


def _texts():
    pages = sorted((ROOT / "samples" / "pages").glob("*.html")) + sorted((ROOT / "samples" / "corpus").glob("*.html"))
    return [extract(p.read_bytes(), records=False).body for p in pages]


def _same_matches(pattern: str, compiled, texts):
    reference = regex.compile(pattern, regex.V0)
    for text in texts:
        for line in [text] + text.split("\n"):
            got = [(m.start(), m.end(), m.groupdict()) for m in compiled.finditer(line)]
            want = [(m.start(), m.end(), m.groupdict()) for m in reference.finditer(line)]
            assert got == want, (pattern[:60], line[:60])


def test_date_rules_match_the_same_with_either_engine():
    texts = _texts()
    data = lexicon.load("dates")
    rules, _ = _rules()
    for rule, compiled in zip(data["rule"], rules):
        pattern = rule["pattern"]
        for key in sorted(data["parts"], key=len, reverse=True):
            pattern = pattern.replace("{" + key + "}", data["parts"][key])
        _same_matches(pattern, compiled[1], texts)


def test_boilerplate_patterns_match_the_same_with_either_engine():
    texts = _texts() + ["当前位置：首页 > 工作动态", "【打印本页】【关闭窗口】", "版权所有 © 2023 某区司法局", "扫一扫在手机上打开"]
    for key in ("navigation", "toolbar", "comments", "footer", "contact", "byline", "epaper"):
        items = lexicon.load("boilerplate")[key]
        _same_matches("|".join(f"(?:{p})" for p in items), lexicon.patterns("boilerplate", key), texts)


def test_han_class_is_spelt_for_re():
    compiled = lexicon.fast_compile(r"(?<![\p{Han}])[\p{Han}]{2}局|^\p{Han}")
    assert compiled.search("在司法局").group() == "在"
    assert compiled.search("1司法局").group() == "司法局"
    assert lexicon.fast_compile(r"[\p{Han}]+").fullmatch("二〇二四")  # 〇 is Han


def test_boilerplate_precheck_equals_one_alternation_of_all_rules():
    from extractor.lines import BOILERPLATE_KINDS, _may_be_boilerplate
    items = [p for k in BOILERPLATE_KINDS + ("contact", "byline") for p in lexicon.load("boilerplate")[k]]
    everything = regex.compile("|".join(f"(?:{p})" for p in items), regex.V0)
    lines = [ln for text in _texts() for ln in text.split("\n")] + [
        "当前位置：首页 > 工作动态", "【打印本页】【关闭窗口】", "版权所有 © 2023 某区司法局", "扫一扫在手机上打开",
        "字号：大 中 小", "（通讯员 张三）", "责任编辑：李四", "主办单位：某县人民政府", "第03版：要闻"]
    for line in lines:
        assert _may_be_boilerplate(line) == bool(everything.search(line)), line


def test_anchored():
    assert lexicon.anchored(r"^(首页|网站首页)$")
    assert lexicon.anchored(r"(?:^首页\s*>)")
    assert not lexicon.anchored(r"^\s*扫一扫|扫一扫\s*$")
    assert not lexicon.anchored(r"版权所有")


def _patterns_on_re():
    """Every compiled pattern of the extractor's modules and rule tables that runs on `re`."""
    import importlib
    import pkgutil
    import re
    import types

    import extractor
    from extractor import indicator, measures, metrics

    found = {}

    def collect(value, depth=0):
        if isinstance(value, re.Pattern):
            if isinstance(value.pattern, str):
                found[(value.pattern, value.flags)] = value
        elif depth < 3 and isinstance(value, (list, tuple)):
            for item in value:
                collect(item, depth + 1)
        elif depth < 3 and hasattr(value, "__dict__") and not isinstance(value, (type, types.ModuleType)) \
                and not callable(value):
            for item in vars(value).values():
                collect(item, depth + 1)

    for info in pkgutil.iter_modules(extractor.__path__):
        module = importlib.import_module(f"extractor.{info.name}")
        for value in vars(module).values():
            collect(value)
    for cfg in (metrics.config(), indicator._cfg(), measures._cfg()):
        collect(cfg)
    return list(found.values())


def test_code_patterns_match_the_same_with_either_engine():
    """The patterns in code go through fast_compile too: where it chose `re`, `regex` finds
    the same matches on the bundled pages' text."""
    import re

    texts = _texts() + ["发布时间：2023-06-15 09:30 来源：西湖区司法局", "<div class='a'>x</div>"]
    patterns = _patterns_on_re()
    assert len(patterns) > 30  # the module constants and the rule tables' patterns
    for compiled in patterns:
        reference = regex.compile(compiled.pattern, regex.V0 | (regex.I if compiled.flags & re.I else 0))
        for text in texts:
            for line in [text] + text.split("\n"):
                got = [(m.start(), m.end(), m.groups()) for m in compiled.finditer(line)]
                want = [(m.start(), m.end(), m.groups()) for m in reference.finditer(line)]
                assert got == want, (compiled.pattern[:60], line[:60])
