"""Which statistic a metric reports: one id (`mediation.success_rate`) for one statistic,
however a release words it, and its value in the unit family's base unit.

    assign_statistics(doc)          # every metric of a finished Document
    m.statistic, m.value_normalised, m.unit_normalised

The vocabulary is data (`data/statistics.toml`), the unit families too (`data/units.toml`);
this module applies them. A metric's id is decided from its indicator, the clause and
sentence it stands in and their context, not from the indicator string alone:

- the indicator, with scope words (全区, 共, 依法 …) dropped as jieba words, must name a
  statistic: one of its wordings, or one of its bare wordings (成功率, 受理, 审结) that name
  it only in context;
- the statistic's kind and unit family must be the metric's (a rate is a percentage, a
  count of cases is in 件/宗/起);
- when several statistics fit, the one whose context cue stands nearest before the number
  wins (in the sentence, then the paragraph, the section's heading, earlier paragraphs, the
  title), and a statistic is ruled out by its exclusion cues in the statement before the
  number (诉前 makes 调解成功率 the courts' pre-litigation rate; 农民工 makes 法律援助案件 a
  sub-group's); a statistic is ruled out, too, by its section cues in the section heading or
  the heading that opens the paragraph (a disclosure report's 行政复议 cases: `exclude_section`);
- a division named alone in a list (…受案排名前五位分别为浦东新区1269件;杨浦区911件) reports
  what the words before the list name;
- a bound (不足5000件) is not a figure, nor a count over no period (近年来，全县共办理…):
  neither gets an id;
- a change (同比下降39.5%) gets the id of what changed with the suffix of its basis
  (`reconsideration.applications.yoy_change`), never the id of the level;
- a share (占审结案件的32%) is no rate unless the vocabulary says that share is one.

Pure: no network, no disk beyond the package's data files.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import lexicon, postag
from .document import Document, Metric
from .segments import Segments

KIND_OF_METRIC = {"rate": "percent", "count": "count", "amount": "money", "duration": "duration"}
CHANGE_UNITS = {"%", "％", "个百分点", "倍"}
_HEADING_MAX = 40  # a line this short without a full stop is read as a heading
_LOOK_BACK_PARAGRAPHS = 3


@dataclass(frozen=True)
class Statistic:
    id: str
    short: str
    name: str
    kind: str
    units: tuple[str, ...]
    category: str
    source: str
    wordings: tuple[str, ...]
    bare: tuple[str, ...]
    context: tuple[str, ...]
    exclude: tuple[str, ...]
    exclude_section: tuple[str, ...]
    needs_context: bool
    shares: tuple[str, ...]


class VocabularyError(ValueError):
    """statistics.toml or units.toml breaks a rule of its format (named in the message)."""


@dataclass(frozen=True)
class Vocabulary:
    entries: tuple[Statistic, ...]
    by_id: dict
    index: dict  # normalised wording -> ((Statistic, bare), ...)
    sources: dict
    change_suffix: dict
    share_words: tuple[str, ...]
    share_endings: tuple[str, ...]
    shared: tuple[Statistic, ...]  # the entries with `shares`

    def get(self, statistic_id: str) -> Statistic | None:
        """The entry of an id, a change id (`….yoy_change`) giving its base's entry."""
        if statistic_id in self.by_id:
            return self.by_id[statistic_id]
        base, _, suffix = statistic_id.rpartition(".")
        return self.by_id.get(base) if suffix in self.change_suffix.values() else None

    def ids(self, changes: bool = False) -> list[str]:
        out = [e.id for e in self.entries]
        if changes:
            suffixes = sorted(set(self.change_suffix.values()))
            out += [f"{e.id}.{s}" for e in self.entries for s in suffixes]
        return out


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = lexicon.load("statistics")
    families = unit_families()
    entries, by_id = [], {}
    for raw in data.get("statistic", []):
        missing = [k for k in ("id", "short", "name", "kind", "units", "category", "source") if k not in raw]
        if missing:
            raise VocabularyError(f"statistics.toml: entry {raw.get('id', '?')!r} lacks {', '.join(missing)}")
        if raw["id"] in by_id:
            raise VocabularyError(f"statistics.toml: id {raw['id']!r} appears twice")
        if raw["kind"] not in KIND_OF_METRIC:
            raise VocabularyError(f"statistics.toml: {raw['id']}: kind {raw['kind']!r} is not one of "
                                  f"{', '.join(KIND_OF_METRIC)}")
        unknown = [u for u in raw["units"] if u not in families]
        if unknown:
            raise VocabularyError(f"statistics.toml: {raw['id']}: unit families {unknown} are not in units.toml")
        if raw["source"] not in data.get("sources", {}):
            raise VocabularyError(f"statistics.toml: {raw['id']}: source {raw['source']!r} is not in [sources]")
        entry = Statistic(id=raw["id"], short=raw["short"], name=raw["name"], kind=raw["kind"],
                          units=tuple(raw["units"]), category=raw["category"], source=raw["source"],
                          wordings=tuple(raw.get("wordings", ())), bare=tuple(raw.get("bare", ())),
                          context=tuple(raw.get("context", ())), exclude=tuple(raw.get("exclude", ())),
                          exclude_section=tuple(raw.get("exclude_section", ())),
                          needs_context=bool(raw.get("needs_context", False)), shares=tuple(raw.get("shares", ())))
        entries.append(entry)
        by_id[entry.id] = entry
    index: dict[str, list] = {}
    for entry in entries:
        for bare, words in ((False, entry.wordings), (True, entry.bare)):
            for w in words:
                for v in variants(w):
                    pair = (entry, bare or len(v) <= 2)  # two characters (受理) name nothing alone
                    slot = index.setdefault(v, [])
                    if pair not in slot:
                        slot.append(pair)
    share = data.get("share", {})
    return Vocabulary(entries=tuple(entries), by_id=by_id, index={k: tuple(v) for k, v in index.items()},
                      sources=dict(data.get("sources", {})), change_suffix=dict(data.get("changes", {})),
                      share_words=tuple(share.get("share_words", ())),
                      share_endings=tuple(share.get("share_endings", ())),
                      shared=tuple(e for e in entries if e.shares))


@lru_cache(maxsize=1)
def unit_families() -> dict[str, tuple[str, dict[str, float]]]:
    """family -> (base unit, {unit: factor})."""
    out = {}
    for name, fam in lexicon.load("units").get("family", {}).items():
        out[name] = (fam["base"], {u: float(f) for u, f in fam["units"].items()})
    return out


@lru_cache(maxsize=1)
def _unit_index() -> dict[str, tuple[str, str, float]]:
    """unit -> (family, base, factor); a unit may stand in one family only."""
    out = {}
    for name, (base, units) in unit_families().items():
        for u, factor in units.items():
            if u in out:
                raise VocabularyError(f"units.toml: unit {u!r} is in two families ({out[u][0]}, {name})")
            out[u] = (name, base, factor)
    return out


def unit_family(unit: str) -> str | None:
    found = _unit_index().get(unit)
    return found[0] if found else None


def normalise_value(value: float, unit: str, change_direction: str | None = None) -> tuple[float, str]:
    """The value in its family's base unit (3.5 万元 -> 35000 元), negative for a fall."""
    _, base, factor = _unit_index().get(unit, (None, unit, 1.0))
    v = value * factor
    if change_direction == "down":
        v = -v
    return float(f"{v:.12g}"), base  # 2.3 亿元 is 230000000 元, not 229999999.99999997


# ---- wordings ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _normalise_rules():
    n = lexicon.load("statistics").get("normalise", {})
    drop = frozenset(n.get("drop", ()))
    return (drop, tuple(sorted(n.get("drop_prefixes", ()), key=len, reverse=True)),
            tuple(sorted(n.get("endings", ()), key=len, reverse=True)),
            lexicon.fast_compile(lexicon.alternation(drop)) if drop else None)


@lru_cache(maxsize=1)
def _tail_rules():
    n = lexicon.load("statistics").get("normalise", {})
    pattern = n.get("scope_prefix")
    return (lexicon.fast_compile(pattern) if pattern else None, tuple(n.get("subset_words", ())),
            tuple(sorted(n.get("lead_words", ()), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _scope_ends() -> frozenset:
    """The characters a scope can end with: the last character of every word the scope
    pattern lists (省|市|…|平台, 共|全年); a scope ends nowhere else."""
    pattern = lexicon.load("statistics").get("normalise", {}).get("scope_prefix", "")
    groups = re.findall(r"\(\?:([^()?\[\]\\]+)\)", pattern)
    return frozenset(alt[-1] for g in groups for alt in g.split("|") if alt)


@lru_cache(maxsize=16384)
def tails(text: str) -> tuple[str, ...]:
    """What an indicator says once a leading scope is set aside: a place or agency
    (宾川县受理矛盾纠纷), a 的-phrase without subset words (以区政府为被告的一审行政诉讼案件),
    a word that only says how (聘任专兼职人民调解员). Longest remainder first."""
    scope, subset, leads = _tail_rules()
    text = "".join(text.split())
    out = []
    if scope is not None:
        m = scope.match(text)
        if m and 0 < m.end() < len(text):
            # every place the scope may end (南京市 | 南京市行政机关负责人出庭率: the longest
            # match would take 行政机关 too), the longest remainder first
            ends = _scope_ends()
            out += [text[e:] for e in range(2, m.end() + 1) if text[e - 1] in ends and scope.fullmatch(text, 0, e)]
    if "的" in text:
        head, _, rest = text.rpartition("的")
        if rest and len(rest) >= 2 and not any(w in head for w in subset):
            out.append(rest)
    for w in leads:
        for t in [text, *out]:
            if t.startswith(w) and len(t) > len(w) + 1:
                out.append(t[len(w):])
    return tuple(sorted(set(out), key=len, reverse=True))


_REMARK = lexicon.fast_compile(r"[（(](?:含|包含|包括|不含)[^（）()]*[)）]")


@lru_cache(maxsize=1)
def _prefix_starts() -> tuple[str, ...]:
    return tuple({p[:1] for p in _normalise_rules()[1] if p})


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """An indicator or wording without its scope words: leading scope phrases, then the jieba
    words of the drop list (a word, never part of one: 共 goes, 公共 stays)."""
    drop, prefixes, _, any_drop = _normalise_rules()
    text = "".join(text.split()).replace("“", "").replace("”", "").replace("\"", "")
    if "含" in text or "包括" in text:  # 审结行政复议案件(含上年结转): a remark on what is counted
        text = _REMARK.sub("", text) or text
    changed = text.startswith(_prefix_starts())  # (most texts open with none of them)
    while changed:
        changed = False
        for p in prefixes:
            if text.startswith(p) and len(text) > len(p):
                text = text[len(p):]
                changed = True
    if any_drop is None or not any_drop.search(text):
        return text  # no drop word in it: no need to cut it into words
    words = [w for w, _ in postag.cut(text)]  # jieba's dictionary cut (postag.py: the same words, faster)
    kept = [w for w in words if w not in drop]
    return "".join(kept) or text


@lru_cache(maxsize=16384)
def variants(text: str) -> tuple[str, ...]:
    """The normalised text, and it without one ending (数, 量, 案件 …)."""
    n = normalise(text)
    out = [n]
    for e in _normalise_rules()[2]:
        if n.endswith(e) and len(n) - len(e) >= 2:
            out.append(n[: -len(e)])
            break
    return tuple(out)


# ---- context ----------------------------------------------------------------------------------

class _Context:
    """The texts around a metric, nearest first: the sentence before the number, the
    paragraph before that sentence, the section heading, earlier paragraphs, the title.
    Each is read when a rule first asks for it."""

    def __init__(self, doc: Document, segs: Segments, metric: Metric, dates: "_Dates"):
        self.doc, self.segs, self.metric, self.dates = doc, segs, metric, dates
        self.sentence = segs.sentence_at(metric.start)

    @cached_property
    def sentence_before(self) -> str:
        return self.doc.body[self.sentence.start:self.metric.start]

    @cached_property
    def statement_before(self) -> str:
        # a time expression opening a clause opens a new statement: the words before it say
        # nothing about this number's scope (…当天受理”，今年1至8月，办理法律援助案件218件)
        start = max(self.sentence.start, self.dates.opening_before(self.metric.start))
        return self.doc.body[start:self.metric.start]

    @cached_property
    def clause_before(self) -> str:
        pos = self.metric.start
        clause_start = self.segs.clause_start(pos, self.sentence.start)
        return self.doc.body[max(clause_start, self.dates.end_before(pos, clause_start)):pos]

    def level(self, k: int) -> str:
        if k == 0:
            return self.sentence_before
        if k == 1:
            paragraph = self.segs.paragraph_at(self.metric.start)
            return self.doc.body[paragraph.start:self.sentence.start]
        if k in (2, 3):
            return self._around[k - 2]
        return self.doc.title or ""

    @cached_property
    def _around(self) -> tuple[str, str]:
        """The section heading (the measure's title, the nearest heading line above) and
        the paragraphs between it and the number's paragraph."""
        body, metric, segs = self.doc.body, self.metric, self.segs
        heading = ""
        if metric.measure is not None:
            heading = next((m.title for m in self.doc.measures if m.index == metric.measure), "")
        earlier = []
        k = max(bisect_right(segs._para_starts, metric.start) - 1, 0)
        for p in reversed(segs.paragraphs[max(0, k - 12):k]):
            line = body[p.start:p.end].strip()
            if not line:
                continue
            if len(line) <= _HEADING_MAX and "。" not in line[:-1]:
                heading = heading + "\n" + line if heading else line
                break
            if len(earlier) < _LOOK_BACK_PARAGRAPHS:
                earlier.append(line)
        return heading, "\n".join(earlier)

    def nearest(self, cues) -> tuple[int, int] | None:
        """(level, distance) of the cue nearest before the number, or None."""
        for level in range(5):
            text = self.level(level)
            best = None
            for cue in cues:
                i = text.rfind(cue)
                if i >= 0:
                    distance = len(text) - (i + len(cue))
                    if best is None or distance < best:
                        best = distance
            if best is not None:
                return level, best
        return None

    @cached_property
    def section(self) -> str:
        """What the number's part of the release is about: the section heading and the
        opening words of its paragraph when they are a heading of their own
        ((二)依申请公开方面。…). Not the title: a 司法局's disclosure report may give the
        district's 行政复议 figures in full."""
        paragraph = self.segs.paragraph_at(self.metric.start)
        lead = ""
        if paragraph.start < self.sentence.start:
            first = self.segs.sentence_at(paragraph.start)
            if first.end - first.start <= _HEADING_MAX:
                lead = self.doc.body[first.start:first.end]
        return self._around[0] + "\n" + lead

    def excluded_by_section(self, cues) -> bool:
        return any(c in self.section for c in cues)

    def excluded(self, cues) -> bool:
        """A cue in the statement before the number (its sentence, from the last time
        expression that opens a clause)."""
        return any(c in self.statement_before for c in cues)


class _Dates:
    """The body's dates, for the statement and clause bounds of the context (read when
    first asked for)."""

    def __init__(self, doc: Document, segs: Segments):
        self.doc, self.segs = doc, segs

    @cached_property
    def ends(self) -> list[int]:
        return sorted(d.end for d in self.doc.dates if d.field == "body")

    @cached_property
    def openings(self) -> list[int]:
        """Dates that open a clause (after a break, or at most two characters in: 其中, 截至)."""
        body, segs = self.doc.body, self.segs
        starts = sorted(d.start for d in self.doc.dates if d.field == "body")
        return [st for st in starts if segs.clause_start(st) >= st - 2 or (st and body[st - 1] in "，,；;：:。\n")]

    def opening_before(self, pos: int) -> int:
        i = bisect_right(self.openings, pos - 1) - 1
        return self.openings[i] if i >= 0 else 0

    def end_before(self, pos: int, floor: int) -> int:
        """The end of the last date that ends in [floor, pos), else floor."""
        i = bisect_right(self.ends, pos) - 1
        return self.ends[i] if i >= 0 and self.ends[i] >= floor else floor


def _is_share(metric: Metric, ctx: _Context, vocab: Vocabulary) -> bool:
    if metric.kind != "percent" or metric.change is not None:
        return False
    ind = metric.indicator or ""
    if any(ind.endswith(e) for e in vocab.share_endings):
        return True
    return any(w in ctx.clause_before for w in vocab.share_words)


def _counted(indicator: str, vocab: Vocabulary) -> str:
    """What a share counts: the indicator before 占 or a share ending."""
    for w in vocab.share_words:
        if w in indicator:
            indicator = indicator.split(w, 1)[0]
    for e in vocab.share_endings:
        if indicator.endswith(e):
            indicator = indicator[: -len(e)]
    return indicator


def _fits(entry: Statistic, metric: Metric) -> bool:
    if metric.change is not None:
        if metric.unit in CHANGE_UNITS:
            return True
        return entry.kind != "rate" and unit_family(metric.unit) in entry.units
    if KIND_OF_METRIC[entry.kind] != metric.kind:
        return False
    return unit_family(metric.unit) in entry.units


@lru_cache(maxsize=1)
def _anchors():
    """The last two characters of every wording in the index: a text holding none of them
    names no statistic, and is not cut into words to find out (most metrics' texts)."""
    keys = {k[-2:] for k in vocabulary().index if k}
    return lexicon.fast_compile(lexicon.alternation(keys))


@lru_cache(maxsize=1)
def _endings() -> frozenset:
    return frozenset(k[-2:] for k in vocabulary().index if len(k) >= 2)


_PLACE = lexicon.fast_compile(r"(?:即|其中)?([\p{Han}]{2,8}?(?:省|市|县|区|旗|州|镇|乡|街道))")
_NOT_A_PLACE = ("各", "辖", "所有", "全")
_KINDS_OF_AREA = ("城区", "市区", "县区", "社区", "园区", "景区", "片区", "小区", "校区",
                  "库区", "地区")
_LIST_MARKS = ("分别为", "分别是", "依次为", "依次是")
_PLACE_ENDS = frozenset("省市县区旗州镇乡道")


def _place(text: str) -> bool:
    """A division's name and nothing else (杨浦区, 即香洲区); not a kind of area (社区, 各镇)."""
    m = _PLACE.fullmatch(text)
    return m is not None and not any(w in m.group(1) for w in _NOT_A_PLACE) \
        and not m.group(1).endswith(_KINDS_OF_AREA) and not m.group(1).startswith(("乡", "镇"))


def _list_head(metric: Metric, before) -> str | None:
    """The words a list of divisions reports (…受案排名前五位分别为浦东新区1269件;杨浦区911件): for
    a number whose indicator is a division, after the list's opening words (分别为) or alone
    in a run of such numbers, the words before the list's first division."""
    def split(m):
        ind = "".join((m.indicator or "").split())
        if ind[-1:] not in _PLACE_ENDS:
            return ""
        if _place(ind):
            return None
        for mark in _LIST_MARKS:
            i = ind.rfind(mark)
            if i > 0 and _place(ind[i + len(mark):]):
                return ind[:i]
        return ""  # no division at its end

    if metric.indicator.rstrip()[-1:] not in _PLACE_ENDS:
        return None
    head = split(metric)
    if head == "":
        return None
    for prev in reversed(before):
        if head is not None:
            break
        if prev.unit != metric.unit:
            return None
        head = split(prev)
        if head == "":
            return None
    return head or None


def _named_in(text: str, vocab: Vocabulary) -> list:
    """The (statistic, bare) pairs of the wording nearest the end of `text`, found in it
    (a dictionary lookup at each place a wording may end: for the words before a list)."""
    ends = _endings()
    for e in range(len(text), 1, -1):
        if text[e - 2:e] not in ends:
            continue
        for s in range(max(0, e - 16), e - 1):
            found = vocab.index.get(text[s:e])
            if found:
                return list(found)
    return []


def _lookup(text: str, vocab: Vocabulary) -> list:
    seen = []
    for v in variants(text):
        for pair in vocab.index.get(v, ()):
            if pair not in seen:
                seen.append(pair)
    return seen


def _candidates(metric: Metric, ctx: _Context, vocab: Vocabulary):
    """Lists of (statistic, bare) pairs the metric's words may name, best evidence first:
    its indicator; the indicator without a leading scope; the words of its clause before the
    number (an indicator the list and share rules cut short: 和解方式结案 for
    通过调解、和解方式结案)."""
    anchors = _anchors()

    def texts():
        if anchors.search(metric.indicator):  # (a text with no wording's ending names nothing)
            yield metric.indicator
            yield from tails(metric.indicator)
        clause = ctx.clause_before.strip()
        if clause and clause != metric.indicator and len(clause) <= 40 and anchors.search(clause):
            yield clause
            yield from tails(clause)

    for text in texts():
        found = _lookup(text, vocab)
        if found:
            yield found


def classify(metric: Metric, doc: Document, segs: Segments | None = None, before: list[Metric] = (),
             dates: _Dates | None = None) -> str | None:
    """The statistic id of one metric of `doc` (a finished Document), or None. `before` are
    the metrics earlier in its sentence, nearest last, with their ids already set."""
    if not metric.indicator or metric.qualifier == "less_than":
        return None  # 不足5000件: a bound, not the figure
    segs = segs or Segments(doc.body)
    if metric.change is None and metric.kind != "percent" and metric.indicator[-1:] not in _PLACE_ENDS:
        # a count whose indicator and clause hold no wording's ending names no statistic (no
        # share, no change, no division in a list): most numbers, and no context is read
        anchors = _anchors()
        if not anchors.search(metric.indicator) and not anchors.search(doc.body, segs.clause_start(metric.start),
                                                                         metric.start):
            return None
    ctx = _Context(doc, segs, metric, dates or _Dates(doc, segs))
    found = _classify(metric, ctx, before)
    if found is not None and metric.kind != "percent" and any(w in ctx.statement_before
                                                              for w in _vague_periods()):
        return None  # 近年来，全县共办理法律援助案件2000余件: a sum over no period (a rate stays one)
    return found


@lru_cache(maxsize=1)
def _vague_periods() -> tuple[str, ...]:
    return tuple(lexicon.load("statistics").get("normalise", {}).get("vague_periods", ()))


@lru_cache(maxsize=1)
def _fitting() -> frozenset:
    """Every (kind, unit family) some statistic of the vocabulary reports."""
    return frozenset((KIND_OF_METRIC[e.kind], u) for e in vocabulary().entries for u in e.units)


def _classify(metric: Metric, ctx: "_Context", before) -> str | None:
    vocab = vocabulary()
    if metric.change is None and (metric.kind, unit_family(metric.unit)) not in _fitting():
        return None  # (no statistic is reported in this kind of number: 12平方公里, 3倍)
    # a share is a rate only where the vocabulary says so (the share of a count it names, the
    # count just reported); a change in percentage points is a rate's, never a count's
    is_share = _is_share(metric, ctx, vocab)
    share = is_share or (metric.change is not None and metric.unit == "个百分点")
    for pairs in _candidates(metric, ctx, vocab):
        if share:
            pairs = [(e, b) for e, b in pairs if e.kind == "rate"]
        chosen = _choose([(e, b) for e, b in pairs if _fits(e, metric)], ctx)
        if chosen is not None:
            return chosen.id if metric.change is None else _with_change(chosen.id, metric, vocab)
    if share:
        counted = {normalise(_counted(metric.indicator, vocab))}
        counted |= {normalise(t) for t in tails(_counted(metric.indicator, vocab))}
        reported = {m.statistic for m in before[-2:] if m.statistic and m.kind == "count" and m.change is None} \
            if is_share else set()  # 占审结案件的32.0% after 调解和解结案138件; a change names its own
        pairs = [(e, False) for e in vocab.shared
                 if any((s in reported) if "." in s else (normalise(s) in counted) for s in e.shares)]
        chosen = _choose([(e, b) for e, b in pairs if _fits(e, metric)], ctx)
        if chosen is not None:
            return chosen.id if metric.change is None else _with_change(chosen.id, metric, vocab)
    head = _list_head(metric, before) if metric.change is None and not share else None
    if head:
        # a division in a list (分别为浦东新区1269件;杨浦区911件) reports what the list reports
        chosen = _choose([(e, b) for e, b in _named_in(head, vocab) if _fits(e, metric)], ctx)
        if chosen is not None:
            return chosen.id
    last = before[-1] if before else None
    if metric.change is not None and last is not None and last.change is None and last.statistic \
            and (last.indicator == metric.indicator or (metric.unit == "个百分点" and last.kind == "percent")):
        # 调解成功率44.4%，同比上升7.1个百分点: a change whose own words name nothing is the
        # change of the number just reported
        return _with_change(last.statistic, metric, vocab)
    return None


def _with_change(statistic_id: str, metric: Metric, vocab: Vocabulary) -> str:
    suffix = vocab.change_suffix.get(metric.change.basis or "none") or vocab.change_suffix.get("none", "change")
    return f"{statistic_id}.{suffix}"


def _choose(pairs, ctx: _Context) -> Statistic | None:
    """Of the statistics a wording may name, the one its context says: full wordings before
    bare ones; then the nearest context cue; ties to the first in the vocabulary. An
    exclusion cue anywhere in the statement before the number rules a statistic out
    (诉前委派调解案件892件，调解成功613件: not people's mediation)."""
    ranked = []
    for order, (entry, bare) in enumerate(pairs):
        if entry.exclude and ctx.excluded(entry.exclude):
            continue
        if entry.exclude_section and ctx.excluded_by_section(entry.exclude_section):
            continue
        near = ctx.nearest(entry.context) if entry.context else None
        if (bare or entry.needs_context) and near is None:
            continue
        ranked.append((bare, near if near is not None else (99, 0), order, entry))
    if not ranked:
        return None
    return min(ranked, key=lambda r: r[:3])[3]


def assign_statistics(doc: Document, segs: Segments | None = None) -> Document:
    """Set `statistic`, `value_normalised` and `unit_normalised` on every metric of `doc`
    (`segs`: the body's segments, when the caller has them)."""
    if not doc.metrics:
        return doc
    segs = segs or Segments(doc.body)
    dates = _Dates(doc, segs)
    sentence, before = None, []
    for m in doc.metrics:
        here = segs.sentence_at(m.start)
        if here != sentence:
            sentence, before = here, []
        m.statistic = classify(m, doc, segs, before, dates)
        before.append(m)
        m.value_normalised, m.unit_normalised = normalise_value(m.value, m.unit,
                                                                m.change.direction if m.change else None)
    return doc
