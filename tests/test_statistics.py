"""The statistics vocabulary (extractor/data/statistics.toml), the classifier that gives each
metric its statistic id, and the unit families (extractor/data/units.toml)."""
import json
import re
import tomllib

import pytest

from conftest import ROOT
from extractor import extract, lexicon
from extractor.document import Document, Metric
from extractor.statistic import (classify, normalise_value, unit_families, unit_family, variants,
                                 vocabulary)

RAW = tomllib.loads((ROOT / "extractor" / "data" / "statistics.toml").read_text(encoding="utf-8"))
UNITS = tomllib.loads((ROOT / "extractor" / "data" / "units.toml").read_text(encoding="utf-8"))
KIND = {"rate": "percent", "count": "count", "amount": "money", "duration": "duration"}


def by_id(doc, text):
    found = [m for m in doc.metrics if m.text == text]
    assert found, (text, [m.text for m in doc.metrics])
    return found[0]


# ---- the vocabulary file ---------------------------------------------------------------------

def test_ids_and_short_names_are_unique_and_well_formed():
    ids = [s["id"] for s in RAW["statistic"]]
    shorts = [s["short"] for s in RAW["statistic"]]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    assert len(shorts) == len(set(shorts)), [s for s in shorts if shorts.count(s) > 1]
    for s in RAW["statistic"]:
        assert re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", s["id"]), s["id"]
        assert re.fullmatch(r"[a-z][a-z0-9_]{0,19}", s["short"]), s["short"]  # Stata names, with suffixes ≤ 32
        assert not s["id"].endswith(tuple("." + v for v in RAW["changes"].values())), s["id"]


def test_every_entry_names_its_kind_units_category_and_source():
    categories = set(lexicon.load("taxonomy")["categories"])
    for s in RAW["statistic"]:
        assert s["kind"] in KIND, s["id"]
        assert s["units"] and set(s["units"]) <= set(UNITS["family"]), s["id"]
        assert s["category"] in categories | {""}, s["id"]
        assert s["source"] in RAW["sources"], s["id"]
        assert s.get("wordings") or s.get("bare"), s["id"]
    for key, text in RAW["sources"].items():
        assert len(text) > 40, key  # a named definition, not a placeholder
    assert len(vocabulary().entries) == len(RAW["statistic"])


def test_the_issue_s_statistics_are_in_the_vocabulary():
    ids = set(vocabulary().ids())
    for wanted in ["reconsideration.applications", "reconsideration.accepted", "reconsideration.concluded",
                   "reconsideration.corrected", "reconsideration.correction_rate", "reconsideration.upheld_rate",
                   "litigation.first_instance_cases", "litigation.loss_rate", "litigation.head_appearance_rate",
                   "litigation.withdrawal_rate", "mediation.cases", "mediation.success_rate", "mediation.committees",
                   "mediation.mediators", "petition.total", "petition.timely_acceptance_rate",
                   "petition.on_time_completion_rate", "petition.satisfaction_rate", "legal_aid.cases",
                   "community_corrections.persons", "publicity.events", "enforcement.penalty_cases",
                   "enforcement.fines_amount", "disclosure.applications"]:
        assert wanted in ids, wanted


def _cases():
    for s in vocabulary().entries:
        for bare, words in ((False, s.wordings), (True, s.bare)):
            for w in words:
                yield pytest.param(s, w, bare, id=f"{s.id}:{w}")


@pytest.mark.parametrize("entry,wording,bare", list(_cases()))
def test_every_wording_is_reachable(entry, wording, bare):
    """Each wording, in a sentence that gives its statistic's context, gets that id."""
    family = entry.units[0]
    unit = unit_families()[family][0]
    value = "96.5" if entry.kind == "rate" else "120"
    cue = entry.context[0] if entry.context else entry.name
    body = f"{cue}工作情况。全年{cue}工作中，{wording}{value}{unit}。"
    start = body.index(value, body.index(wording) + len(wording))
    text = f"{value}{unit}"
    m = Metric(text=text, start=start, end=start + len(text), value=float(value), unit=unit,
               kind=KIND[entry.kind], indicator=wording)
    doc = Document(doc_id="0" * 16, url=None, title=None, published_at=None, source=None, body=body, metrics=[m])
    assert classify(m, doc) == entry.id


def test_a_leading_place_or_agency_is_a_scope_but_a_level_is_not():
    from extractor.statistic import tails

    assert "受理矛盾纠纷" in tails("宾川县受理矛盾纠纷")
    assert "一审行政诉讼案件" in tails("区人民政府及各部门作为被告的一审行政诉讼案件")
    assert tails("社区调委会") == ()  # the committees of one level are not all committees
    assert not any(t == "一审行政诉讼案件" for t in tails("涉及土地征收的一审行政诉讼案件"))


def test_a_change_in_points_after_a_count_is_not_that_count_s_share():
    doc = extract("西湖区司法局推动行政复议主渠道作用发挥\n发布时间：2023-06-15 09:30\n"
                  "今年以来，通过调解和解方式结案43件，申请人对调解结果的满意率达97.6%，案结事了率同比提升8.4个百分点。")
    assert by_id(doc, "43件").statistic == "reconsideration.settled"
    assert by_id(doc, "同比提升8.4个百分点").statistic is None


def test_scope_words_are_dropped_as_words_not_characters():
    assert variants("全区共收到行政复议申请")[0] == "收到行政复议申请"
    assert "公共" in variants("公共法律服务")[0]  # 共 goes as a word, never out of 公共


# ---- the context rule -----------------------------------------------------------------------

def test_a_bare_success_rate_in_a_mediation_paragraph_is_the_mediation_success_rate():
    doc = extract("上城区2022年司法行政工作亮点回眸\n"
                  "发布时间：2023-01-12 15:20\n"
                  "（二）做实人民调解，把矛盾化解在基层\n"
                  "2022年，全区各级人民调解组织共受理矛盾纠纷3412件，调解成功3351件，成功率98.2%。"
                  "同年，区法律援助中心受理法律援助案件705件。")
    rate = by_id(doc, "98.2%")
    assert rate.indicator == "成功率"
    assert rate.statistic == "mediation.success_rate"
    assert by_id(doc, "3351件").statistic == "mediation.successes"


def test_the_same_words_under_pre_litigation_mediation_are_the_courts_statistic():
    doc = extract("静海区法院“诉前调解”跑出解纷加速度\n"
                  "发布时间：2024-01-10 09:00\n"
                  "全年共委派、委托诉前调解案件9862件，调解成功4375件，调解成功率44.4%，同比上升7.1个百分点。")
    assert by_id(doc, "44.4%").statistic == "court.pre_litigation_mediation_success_rate"
    assert by_id(doc, "4375件").statistic == "court.pre_litigation_mediation_successes"
    assert by_id(doc, "同比上升7.1个百分点").statistic == "court.pre_litigation_mediation_success_rate.yoy_change"


def test_a_bare_success_rate_with_no_context_gets_no_id():
    doc = extract("某县开展青年志愿服务活动\n发布时间：2024-03-01 10:00\n"
                  "活动共招募志愿者300名，项目申报成功率85%，受到广泛好评。")
    assert by_id(doc, "85%").statistic is None


def test_a_change_of_a_count_is_the_count_s_change_never_the_count():
    doc = extract("瑞安市：推出三项举措 擦亮行政复议为民底色\n发布时间：2025-01-20 10:00\n"
                  "全年共收到行政复议申请486件，同比增长36.5%，依法受理452件，审结431件。"
                  "全区新收一审行政诉讼案件24件，较去年同期减少6件。")
    assert by_id(doc, "486件").statistic == "reconsideration.applications"
    change = by_id(doc, "同比增长36.5%")
    assert change.statistic == "reconsideration.applications.yoy_change"
    assert (change.value_normalised, change.unit_normalised) == (36.5, "%")
    assert by_id(doc, "452件").statistic == "reconsideration.accepted"
    assert by_id(doc, "431件").statistic == "reconsideration.concluded"
    fall = by_id(doc, "较去年同期减少6件")
    assert fall.statistic == "litigation.first_instance_cases.yoy_change"
    assert (fall.value_normalised, fall.unit_normalised) == (-6.0, "件")


def test_a_share_is_no_rate_unless_the_vocabulary_says_it_is_one():
    doc = extract("瑞安市行政复议工作\n发布时间：2025-01-20 10:00\n"
                  "全年通过线上渠道接收申请173件，占申请总数的35.6%。"
                  "全年审结431件，通过调解、和解方式结案138件，占审结案件的32.0%，同比提升5.6个百分点。")
    assert by_id(doc, "35.6%").statistic is None
    assert by_id(doc, "138件").statistic == "reconsideration.settled"
    assert by_id(doc, "32.0%").statistic == "reconsideration.settlement_rate"
    assert by_id(doc, "同比提升5.6个百分点").statistic == "reconsideration.settlement_rate.yoy_change"


def test_a_subgroup_is_not_the_statistic_of_the_whole():
    doc = extract("双流区法律援助\n发布时间：2024-07-10 10:00\n"
                  "今年上半年，全区共受理法律援助案件1268件。"
                  "上半年，共为农民工、老年人、残疾人等特殊群体办理法律援助案件432件，占案件总数的34.1%。")
    assert by_id(doc, "1268件").statistic == "legal_aid.cases"
    assert by_id(doc, "432件").statistic is None
    assert by_id(doc, "34.1%").statistic is None


# ---- units ----------------------------------------------------------------------------------

def test_units_normalise_within_their_family():
    assert normalise_value(3.5, "万元") == (35000.0, "元")
    assert normalise_value(2.3, "亿元") == (230000000.0, "元")
    assert normalise_value(1.2, "万件") == (12000.0, "件")
    assert normalise_value(12, "宗") == (12.0, "件")
    assert normalise_value(7, "起") == (7.0, "件")
    assert normalise_value(39.5, "%", "down") == (-39.5, "%")
    assert normalise_value(3, "平方米") == (3.0, "平方米")  # in no family: kept as written


def test_person_visits_are_not_people_and_case_units_are_one_family():
    assert unit_family("人次") != unit_family("人")
    assert unit_family("人") == unit_family("名") == unit_family("位")
    assert unit_family("件") == unit_family("宗") == unit_family("起")
    assert unit_family("件次") != unit_family("件")
    seen = {}
    for name, fam in UNITS["family"].items():
        assert fam["base"] in fam["units"] and fam["units"][fam["base"]] == 1, name
        for u in fam["units"]:
            assert u not in seen, f"{u} in {seen.get(u)} and {name}"
            seen[u] = name


def test_metrics_of_a_real_page_carry_normalised_values():
    doc = extract((ROOT / "samples" / "pages" / "gongshu_justice_2022-03-17.txt").read_bytes())
    for m in doc.metrics:
        assert m.unit_normalised
        assert m.value_normalised == pytest.approx(-m.value if m.change and m.change.direction == "down" else m.value)
    fall = next(m for m in doc.metrics if m.text == "同比下降39.5%")
    assert fall.statistic == "reconsideration.applications.yoy_change"
    assert next(m for m in doc.metrics if m.text == "40.7%").statistic == "litigation.withdrawal_rate"


# ---- the record, the schema, spaCy ----------------------------------------------------------

def test_to_dict_and_the_schema_carry_the_statistic():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "extractor" / "schema" / "document.schema.json").read_text(encoding="utf-8"))
    doc = extract((ROOT / "samples" / "pages" / "gongshu_justice_2022-03-17.txt").read_bytes())
    record = doc.to_dict()
    jsonschema.validate(record, schema)
    for m in record["metrics"]:
        assert {"statistic", "value_normalised", "unit_normalised"} <= set(m)
    props = schema["$defs"]["metric"]["properties"]
    assert {"statistic", "value_normalised", "unit_normalised"} <= set(props)
    assert Document.from_dict(record).metrics[0].statistic == doc.metrics[0].statistic
    bad = json.loads(json.dumps(record))
    bad["metrics"][0]["statistic"] = "not an id"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_spacy_spans_carry_the_statistic():
    spacy = pytest.importorskip("spacy")
    import extractor.spacy_component  # noqa: F401  registers the factory

    nlp = spacy.blank("zh")
    nlp.add_pipe("govnews_records", config={"published_at": "2024-01-15", "tag_tokens": False})
    doc = nlp("2023年，全区各级人民调解组织共调解矛盾纠纷4380件，调解成功4301件，调解成功率98.2%。")
    spans = {s.text: s for s in doc.spans["govnews_metrics"]}
    assert spans["98.2%"]._.statistic == "mediation.success_rate"
    assert spans["4380件"]._.unit_normalised == "件"
    assert spans["4301件"]._.value_normalised == 4301.0
