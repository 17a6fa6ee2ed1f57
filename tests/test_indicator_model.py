"""The learned choice among a number's readings (extractor/indicator_model.py)."""
from extractor import extract, indicator_model
from extractor.segments import Segments

LEAD = "某市司法局工作动态\n为做好相关工作，某市司法局认真研究部署，积极推进各项任务落实。\n"


def _indicator(sentence: str, number: str) -> str | None:
    doc = extract(LEAD + sentence)
    return next(m.indicator for m in doc.metrics if m.text == number)


def test_the_model_reads_the_counted_head_where_the_rules_took_a_scope_or_a_frame():
    # the rules read the scope (发动全县), the preposition's frame (对开发区园区内) or the actor and
    # its verb as what the count measures; the model reads the head after the number
    assert _indicator("发动全县40多名法治副校长深入校园开展普法授课。", "40多名") == "法治副校长"
    assert _indicator("联合管委会对开发区园区内8家企业进行走访调研。", "8家") == "企业"
    assert _indicator("广州市委政法委上线了全市11个区级综治中心。", "11个") == "区级综治中心"


def test_where_rules_and_model_read_the_same_phrase_to_other_bounds_the_rules_stand():
    # (the spec's own example: 排查出…83件 measures 行政败诉及纠错(风险)案件, the verb left out)
    assert _indicator("2021年以来，排查出行政败诉及纠错(风险)案件83件。", "83件") == "行政败诉及纠错(风险)案件"


def test_the_model_reads_no_predicate_purpose_or_next_numbers_measure_as_a_head():
    # what follows a count may be what was done to the things (逐一建立台账, 均被判处刑罚, 全部销号),
    # a purpose (优化营商环境) or, in a run-on sentence, the next number's measure (挽回经济损失)
    assert _indicator("镇综治中心对排查出的矛盾纠纷隐患58起逐一建立台账。", "58起").endswith("矛盾纠纷隐患")
    assert _indicator("县人民检察院依法提起公诉的126名被告人均被判处刑罚。", "126名").endswith("被告人")
    assert _indicator("街道对网格员排查上报的各类隐患问题326个全部销号处理。", "326个").endswith("隐患问题")
    assert _indicator("县司法局共审查涉企规范性文件36件优化营商环境。", "36件") == "审查涉企规范性文件"
    assert _indicator("县法律援助中心办理农民工讨薪案件86件挽回经济损失560万元。", "86件") == "办理农民工讨薪案件"


def test_without_its_model_file_the_rules_answers_stand(monkeypatch, tmp_path):
    indicator_model.model.cache_clear()
    monkeypatch.setattr(indicator_model, "_MODEL", tmp_path / "missing.json")
    try:
        assert _indicator("发动全县40多名法治副校长深入校园开展普法授课。", "40多名") == "发动全县"
    finally:
        indicator_model.model.cache_clear()


def test_readings_are_whole_balanced_and_stop_at_the_neighbouring_numbers():
    body = "全市共受理“法律明白人”培训报名1200人，其中农村（社区）骨干队伍报名860人，占比71.7%。"
    segs = Segments(body)
    start = body.index("860人")
    end = start + len("860人")
    options = indicator_model.number_readings(body, segs, start, end, "count", "人", "骨干队伍报名",
                                              floor=body.index("1200人") + 5, ceiling=body.index("71.7%"))
    assert "农村（社区）骨干队伍报名" in options and "骨干队伍报名" in options
    for text in options:
        assert text.count("（") == text.count("）") and text.count("“") == text.count("”")
        assert "1200" not in text and "71.7" not in text
        assert len(text) <= 30


def test_after_a_number_a_reading_is_a_head_not_its_predicate():
    body = "县行政复议中心对申请人提出的27件行政复议申请作出不予受理决定，对发现的执法问题8个及时发出意见书。"
    segs = Segments(body)
    start = body.index("27件")
    options = indicator_model.number_readings(body, segs, start, start + 3, "count", "件", "行政复议申请")
    # a verb ending the head after a noun is the noun's own (行政复议申请); one with words after it opens
    # the predicate (作出不予受理决定)
    assert "行政复议申请" in options and not any("作出" in text for text in options)
    start = body.index("8个")
    options = indicator_model.number_readings(body, segs, start, start + 2, "count", "个", "执法问题")
    assert "执法问题" in options and not any(text.startswith("及时") for text in options)  # (及时: tagged a
    # conjunction, it opens the predicate all the same)


def test_no_indicator_is_made_up_where_the_rules_find_none():
    class Raw:
        def __init__(self, metric):
            self.metric = metric

    doc = extract(LEAD + "全年共办理案件120件，同比增长5%。")
    raws = [Raw(m) for m in doc.metrics]
    for r in raws:
        r.metric.indicator = None
    indicator_model.choose(doc.body, Segments(doc.body), raws)
    assert all(r.metric.indicator is None for r in raws)
