"""Tables: each cell's number with its row label and column header (RECORDS.md, "Tables")."""
from extractor import extract
from extractor.tables import find_tables

REPORT = """某区2022年政府信息公开工作年度报告
发布时间：2023-01-20 09:30
一、总体情况
2022年，我区共受理政府信息公开申请12件。
二、主动公开政府信息情况
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 0 |
行政规范性文件 | 5 | 1 | 23 |
三、行政复议情况
2021年行政复议案件审结情况
类别\t收案(件)\t罚没金额(万元)\t纠错率(%)
行政处罚\t158\t1.5\t12.5
合计\t299\t3\t10.1
"""


def _cells(doc):
    return {(m.indicator, m.value, m.unit): m for m in doc.metrics}


def _by_indicator(text, published_at=None):
    """The metrics of a page by (indicator, value)."""
    return {(m.indicator, m.value): m for m in extract(text, published_at=published_at).metrics}


def test_text_tables_give_row_label_column_header_and_unit():
    doc = extract(REPORT)
    cells = _cells(doc)
    assert ("行政规范性文件 现行有效件数", 23.0, "件") in cells  # 件数 counts in 件
    m = cells[("行政处罚 收案", 158.0, "件")]
    assert doc.body[m.start:m.end] == "158"
    money = cells[("行政处罚 罚没金额", 15000.0, "元")]  # 万元 in the header moves into the value
    assert money.kind == "money"
    rate = cells[("合计 纠错率", 10.1, "%")]
    assert rate.kind == "percent" and rate.period.start_date == "2021-01-01"  # the caption's year


def test_a_table_without_a_caption_date_takes_the_reports_year():
    doc = extract("某区2022年政府信息公开工作年度报告\n发布时间：2023-01-20\n一、情况\n本年度我区依法办理政府信息公开申请，办理情况如下表所示。\n二、申请办理情况\n（一）收到和办理\n事项 | 收到(件) | 办结(件)\n申请 | 12 | 11")
    assert {m.period.start_date for m in doc.metrics if m.unit == "件"} == {"2022-01-01"}


def test_a_header_row_of_one_cell_gives_its_unit_to_the_columns_under_it():
    doc = extract("某县2024年度行政处罚实施情况统计表\n发布时间：2025-01-05\n全县行政执法数据统计如下，请社会各界监督。\n"
                  "行政处罚实施数量(宗) | ||||\n警告 | 罚款 | 行政拘留 | 合计(宗) |\n12175 | 94929 | 504 | 107608 |")
    assert {(m.indicator, m.value, m.unit) for m in doc.metrics} >= {("罚款", 94929.0, "宗"), ("合计", 107608.0, "宗")}


def test_a_header_cell_is_never_a_metric():
    doc = extract("某县2023年统计\n发布时间：2024-01-05\n项目 | 2023年(件) | 增减\n调解 | 85 | 3\n信访 | 12 | 1")
    assert all(doc.body[m.start:m.end] != "2023年(件)" for m in doc.metrics)
    # (the year of the column's header is the number's period, not part of what it measures)
    assert {(m.indicator, m.period.start_date) for m in doc.metrics if m.value == 85} == {("调解", "2023-01-01")}


def test_a_bare_number_nobody_gives_a_unit_is_no_metric():
    doc = extract("某县工作简报\n发布时间：2024-01-05\n序号 | 名称 | 备注\n1 | 调解 | 85\n2 | 信访 | 12\n今年共调解纠纷85件。")
    assert [(m.text, m.unit) for m in doc.metrics] == [("85件", "件")]


def test_html_tables_are_read_by_their_cells():
    html = ("<html><head><title>某县司法局2023年行政执法情况</title></head><body><div id='zoom'>"
            "<p>2023年，我局依法开展行政执法工作，具体情况见下表。</p>"
            "<table><tr><td>执法类别</td><td>处罚（件）</td><td>罚没金额（万元）</td></tr>"
            "<tr><td>市场监管</td><td>86</td><td>12.4</td></tr>"
            "<tr><td>生态环境</td><td>31</td><td>40</td></tr></table></div></body></html>")
    doc = extract(html)
    cells = _cells(doc)
    assert ("市场监管 处罚", 86.0, "件") in cells
    assert ("生态环境 罚没金额", 400000.0, "元") in cells
    assert find_tables(doc.body)[0].rows[0][0].text == "执法类别"


def test_a_comparisons_year_above_a_table_is_not_its_period():
    doc = extract("防城区行政复议工作情况\n发布时间：2025-01-03\n2024年度受理行政复议申请涉及的事项中，举报投诉类最多。\n"
                  "相比于2023年，举报投诉案件增幅明显。具体情况见下表。\n申请事项 | 举报投诉处理 | 行政处罚\n数量 | 75件 | 40件")
    assert {m.period.text for m in doc.metrics if m.unit == "件"} == {"2024年度"}


def test_a_table_dumped_one_cell_a_line_under_an_annual_report_caption():
    from extractor import extract
    text = ("某街道2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n"
            "信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n规章 |\n0 |\n0 |\n0 |\n"
            "行政规范性文件 |\n2 |\n0 |\n5 |\n第二十条第(五)项 | |||\n")
    cells = [(m.value, m.unit, m.indicator) for m in extract(text).metrics]
    assert cells == [(0, "件", "规章 本年制发件数"), (0, "件", "规章 本年废止件数"), (0, "件", "规章 现行有效件数"),
                     (2, "件", "行政规范性文件 本年制发件数"), (0, "件", "行政规范性文件 本年废止件数"),
                     (5, "件", "行政规范性文件 现行有效件数")]


def test_an_annual_reports_tables_one_cell_a_paragraph_short_headers_and_a_one_row_table():
    from extractor import extract
    text = ("某镇2023年度政府信息公开工作报告\n本报告根据《中华人民共和国政府信息公开条例》要求编制，进一步明确了主动公开"
            "政府信息的范围、形式、时限等信息，把加强政府信息公开工作作为推进法治政府建设的一项重要举措，"
            "现将我镇2023年度政府信息公开工作报告如下:\n二、主动公开政府信息情况\n\n"
            "第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件\n\n规章\n\n0\n\n1\n\n0\n\n"
            "行政规范性文件\n\n1\n\n0\n\n2\n\n第二十条第(八)项\n\n信息内容\n\n本年收费金额(单位:万元)\n\n"
            "行政事业性收费\n\n0\n\n  三、收到和处理政府信息公开申请情况\n\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n")
    cells = [(m.value, m.unit, m.indicator) for m in extract(text, published_at="2024-01-20").metrics]
    assert cells == [(0, "件", "规章 本年制发件数"), (1, "件", "规章 本年废止件数"), (0, "件", "规章 现行有效件"),
                     (1, "件", "行政规范性文件 本年制发件数"), (0, "件", "行政规范性文件 本年废止件数"),
                     (2, "件", "行政规范性文件 现行有效件"), (0, "元", "行政事业性收费 本年收费金额")]


def test_numbers_under_a_comparison_header_are_changes():
    from extractor import extract
    text = ("热线工单情况\n本月转派工单18113件，详情如下：\n责任单位 | 转派工单(件) | 同比 | 环比\n"
            "县(市、区) | 15390 | 14.08% | 2.37%\n市直单位 | 2013 | -1.47% | 0.70%\n")
    changes = [(m.text, m.change.direction, m.change.basis) for m in extract(text).metrics if m.change]
    assert changes == [("14.08%", "up", "yoy"), ("2.37%", "up", "mom"), ("-1.47%", "down", "yoy"), ("0.70%", "up", "mom")]


def test_a_column_header_with_a_year_and_arrows_of_change():
    text = ("2024年，某市12315平台共接收各类投诉举报咨询4.49万件，同比上升100.06%。\n"
            "类型 |\n2024年(件) |\n去年2023年(件) |\n同比(%) |\n"
            "投诉 |\n14230 |\n8510 |\n↑67.22% |\n举报 |\n4474 |\n3448 |\n↓29.76% |\n"
            "以上为2024年12315平台数据。")
    cells = _by_indicator(text, "2025-01-20")
    assert cells[("投诉", 14230.0)].period.start_date == "2024-01-01"
    assert cells[("投诉", 8510.0)].period.start_date == "2023-01-01"
    assert cells[("举报 同比", 29.76)].change.direction == "down"
    assert cells[("投诉 同比", 67.22)].change.direction == "up"


def test_a_table_dumped_one_cell_a_line_with_a_serial_number_column_and_a_bulletins_period():
    text = ("2023年1-4月份，市12345热线平台共受理各类诉求9.67万件，办结率97.48%。\n"
            "序号 |\n受理单位 |\n交办总量(件) |\n办结率 |\n"
            "1 |\n大洼区 |\n4226 |\n98.06% |\n2 |\n盘山县 |\n1922 |\n98.44% |\n"
            "各地区办理情况良好。")
    cells = _by_indicator(text, "2023-06-09")
    m = cells[("盘山县 办结率", 98.44)]
    assert (m.period.start_date, m.period.end_date) == ("2023-01-01", "2023-04-30")
    assert ("大洼区 交办总量", 4226.0) in cells and ("1", 1.0) not in cells


def test_a_column_of_changes_against_a_named_year_is_no_period_of_that_year():
    text = ("2020年，全区新收行政复议案件88件。\n表一:2020年度行政复议案件受理情况统计表\n"
            "单位 | 2019受理量(件) | 2020受理量(件) | 占比 | 同比2019年 |\n"
            "市场监管局 | 30 | 21 | 35.6% | -30.0% |\n公安分局 | 6 | 13 | 22.0% | 116.7% |\n")
    doc = extract(text, published_at="2021-02-07")
    m = next(m for m in doc.metrics if m.value == -30.0)
    assert (m.change.direction, m.change.basis, m.period.start_date) == ("down", "yoy", "2020-01-01")
    assert extract("发布时间:2024-06-13\n時間:2024-06-13來源 : 中國網作者 : 張津\n" + text).source == "中國網"


def test_a_header_row_without_a_cell_over_the_labels():
    text = ("本周城市管理类诉求中，反映较多的是住房、施工扰民问题。\n表1:本周城市管理类前三名诉求 | ||||\n"
            "本周数据(件) | 上周数据(件) | 环比增长 | 详细分类 | |\n住房 | 399 | 348 | 14.66% | 物业管理、房屋修缮 |\n"
            "施工扰民 | 122 | 130 | -6.15% | 夜间施工 |\n")
    cells = _by_indicator(text, "2022-03-01")
    assert ("住房 环比增长", 14.66) in cells and ("住房 上周数据", 348.0) in cells
    assert cells[("施工扰民 环比增长", -6.15)].change.direction == "down"


def test_a_bulletins_period_after_an_items_marker_is_its_tables_period():
    text = ("一、运行情况\n1.2023年10月，受理下派工单1905件，同比下降6.02%。\n工单量排名前二的市直单位\n"
            "单位 |\n办件数量(件) |\n满意率 |\n市监局 |\n322 |\n100.00% |\n公安局 |\n211 |\n99.50% |\n二、数据分析")
    doc = extract(text)
    m = next(m for m in doc.metrics if m.value == 322.0)
    assert (m.indicator, m.period.start_date, m.period.end_date) == ("市监局 办件数量", "2023-10-01", "2023-10-31")


MONTHLY = ("政民互动月报(2022年9月)\n一、运行情况\n2022年9月，热线平台接收工单2084件，办结率80.60%。\n"
           "工单量排名前五的市直单位\n单位\n办件数量\n快速办结率\n重新派发次数\n按期办结率\n"
           "市监局\n266\n98.50%\n1\n100%\n卫健委\n162\n71.60%\n1\n100%\n"
           "乡镇(街道)\n办件数量\n快速办结率\n重新派发次数\n按期办结率\n"
           "瑞州街办\n128\n94.53%\n1\n100%\n筠阳街办\n72\n80.56%\n0\n100%\n"
           "三、省级交办单办理情况\n9月办结省级交办工单40件。")


def test_a_table_dumped_a_cell_a_line_with_no_rule_and_a_second_table_under_it():
    cells = _by_indicator(MONTHLY, "2022-10-25")
    assert cells[("卫健委 快速办结率", 71.6)].period.start_date == "2022-09-01"
    assert cells[("筠阳街办 快速办结率", 80.56)].unit == "%"
    assert cells[("卫健委 重新派发次数", 1.0)].unit == "次"
    # the cells the second table repeats (1, 100%, its header) stay in the body
    assert ("瑞州街办 按期办结率", 100.0) in cells and ("筠阳街办 按期办结率", 100.0) in cells


def test_a_second_copy_of_a_table_dumped_a_cell_a_line_stays_out_of_the_body():
    doc = extract(MONTHLY + "\n" + MONTHLY, published_at="2022-10-25")
    assert doc.body.count("卫健委") == 1 and doc.body.count("筠阳街办") == 1


def test_short_lines_of_prose_make_no_table():
    text = "某镇召开调解工作会议\n会议指出\n全镇调解纠纷\n128\n起\n成功率\n98%\n会议要求继续做好排查工作。"
    assert find_tables(extract(text).body) == []


def test_a_change_column_beside_the_columns_of_two_years_changes_year_on_year():
    text = ("2021年上半年，两级法院共新收民事一审案件26059件。\n表一:各类主要案由占比及增长情况统计表\n"
            "案由\n2021年上半年新收(件)\n占比\n2020年上半年新收(件)\n增幅\n"
            "民间借贷纠纷\n4159\n15.96%\n6132\n-32.18%\n离婚纠纷\n2821\n10.83%\n3878\n-27.26%\n")
    cells = _by_indicator(text, "2021-07-20")
    m = cells[("民间借贷纠纷 增幅", -32.18)]
    assert (m.change.direction, m.change.basis) == ("down", "yoy")
    assert cells[("离婚纠纷 占比", 10.83)].change is None


def test_a_row_label_wrapped_onto_a_second_line_is_one_label_and_the_rows_under_it_are_read():
    text = ("2021年上半年，两级法院共新收民事一审案件26059件。\n表一:各类主要案由占比统计表\n"
            "案由\n2021年上半年新收\n占比\n增幅\n"
            "民间借贷纠纷\n4159\n15.96%\n-32.18%\n机动车交通事故\n责任纠纷\n2456\n9.42%\n-36.78%\n"
            "买卖合同纠纷\n1982\n7.61%\n-24.35%\n")
    cells = _by_indicator(text, "2021-07-20")
    assert ("机动车交通事故责任纠纷 占比", 9.42) in cells
    assert ("买卖合同纠纷 占比", 7.61) in cells


def test_a_cell_of_prose_in_a_table_of_tasks_keeps_its_numbers():
    text = ("2023年四季度工作任务完成情况统计表 | ||||\n"
            "序号 | 全年工作任务 | 主要责任单位 | 全年任务完成情况 | 进度情况 |\n"
            "91 | 持续开展违建“清零”行动 | 城管执法局 | 本年度共接各类违法建设举报线索413起，均已办结。"
            "组织违法建筑整治拆除行动143次，依法拆除各类违法建筑253处。 | 已办结 |\n")
    got = {m.text for m in extract(text, published_at="2024-01-31").metrics}
    assert {"413起", "143次", "253处"} <= got


def test_a_row_of_values_under_its_headers_and_a_caption_naming_the_unit():
    text = ("一、2020年度我局行政许可申请总数为2207宗，具体见表一。\n行政许可实施数量(宗)\n申请数量\n受理数量\n许可数量\n"
            "不予许可数量\n2207\n2207\n2207\n0\n2020年度行政许可实施情况统计表(表一)说明:")
    cells = _by_indicator(text, "2021-01-29")
    assert cells[("不予许可数量", 0.0)].unit == "宗" and cells[("许可数量", 2207.0)].unit == "宗"
    assert cells[("申请数量", 2207.0)].period.start_date == "2020-01-01"


def test_a_change_column_after_a_comparison_takes_its_basis():
    text = ("2023年案件情况\n类别 | 收案(件) | 比上年增长\n民事 | 120 | 5.2%\n行政 | 30 | -3.1%\n")
    cells = _by_indicator(text, "2024-01-10")
    assert (cells[("行政 比上年增长", -3.1)].change.direction, cells[("行政 比上年增长", -3.1)].change.basis) == ("down", "yoy")


def test_a_row_labelled_by_a_month_takes_that_month_as_its_period():
    text = ("一、10月和11月数据对比:\n| 月份 |\n受理转办工单总数(件) |\n城市管理类工单占比 |\n"
            "| 10月 |\n1247 |\n29.00% |\n| 11月 |\n1258 |\n26.70% |\n二、具体数据分析")
    cells = _by_indicator(text, "2025-12-18")
    assert (cells[("城市管理类工单占比", 26.7)].period.start_date, cells[("受理转办工单总数", 1247.0)].period.end_date) == (
        "2025-11-01", "2025-10-31")


def test_a_disclosure_reports_year_named_in_its_text_is_its_tables_period():
    # a dump lost the report's title: the text names the report it is, and so its year
    text = ("一、总体情况\n本报告是根据《中华人民共和国政府信息公开条例》要求，现结合我镇实际，汇报我镇2023年政府信息公开工作。\n"
            "二、主动公开政府信息情况\n第二十条第(一)项\n|\n信息内容\n|\n本年制发件数\n|\n本年废止件数\n|\n现行有效件数\n|\n"
            "规章\n|\n0\n|\n0\n|\n6\n|\n行政规范性文件\n|\n0\n|\n0\n|\n2\n|\n三、收到和处理政府信息公开申请情况")
    doc = extract(text)
    m = next(m for m in doc.metrics if m.value == 6.0)
    assert (m.period.start_date, m.period.end_date) == ("2023-01-01", "2023-12-31")
    assert m.period.text == "2023年"


def test_years_heading_the_columns_and_a_corner_cell_naming_the_unit():
    # a table dumped a cell a line, its header row the years with an empty corner, the unit above it
    text = ("某法院民商事案件分析\n近年来，该院受理案件数量保持稳定，本文对近五年受理案件情况进行比对分析。\n"
            "图为民商事案件受理数、案件调撤数对照表。\n(单位:件)\n|\n2008年\n|\n2009年\n|\n2010年\n|\n"
            "民商事案件受理数\n|\n694\n|\n689\n|\n676\n|\n民商事案件调撤数\n|\n496\n|\n426\n|\n486\n|\n从相关数据统计分析可知，调撤率逐年上升。")
    got = [(m.text, m.unit, m.indicator, m.period.text) for m in extract(text).metrics]
    assert got[:4] == [("694", "件", "民商事案件受理数", "2008年"), ("689", "件", "民商事案件受理数", "2009年"),
                       ("676", "件", "民商事案件受理数", "2010年"), ("496", "件", "民商事案件调撤数", "2008年")]
    assert not any(m.text.endswith("年") for m in extract(text).metrics)


def test_a_table_wrapped_into_two_blocks_keeps_the_unit_its_spanning_header_gave_it():
    text = ("二、2023年度行政执法案件情况\n(一)2023年行政处罚实施情况统计表\n行政处罚实施数量(宗) | ||||\n"
            "单位名称 | 警告 | 通报批评 | 罚款 | 没收违法所得 |\n竹山县文化和旅游局 | 8 | 0 | 2 | 0 |\n"
            "责令停产停业 | 责令关闭 | 合计 (宗) | 罚没金额(万元) |\n1 | 0 | 11 | 3.5 |\n说明：行政处罚实施数量的统计范围为统计年度。")
    got = {(m.indicator, m.value): m.unit for m in extract(text).metrics}
    assert got[("竹山县文化和旅游局 警告", 8.0)] == "宗" and got[("责令停产停业", 1.0)] == "宗"
    assert got[("合计", 11.0)] == "宗" and got[("罚没金额", 35000.0)] == "元"
    # (a second block that names no such unit in a cell of its own keeps none: its people and its money are no 宗)
    other = text.replace("责令停产停业 | 责令关闭 | 合计 (宗) | 罚没金额(万元) |\n1 | 0 | 11 | 3.5 |",
                         "执法人员数 | 罚没金额 | 听证 |\n12 | 3.5 | 1 |")
    assert {m.value for m in extract(other).metrics} == {8.0, 0.0, 2.0}


def test_a_caption_naming_the_unit_above_a_table_dumped_a_cell_a_line_gives_its_numbers_their_unit():
    text = ("某区商务局2024年度行政执法统计年报\n一、行政执法主体概况\n本级行政机关为某区商务局，执法岗位设置3人，在岗执法人员为3人。\n"
            "二、2024年度行政执法案件情况\n(一)2024年行政处罚实施情况统计表\n行政处罚实施数量(宗)\n单位名称\n警告\n通报批评\n罚款\n"
            "没收违法所得\n商务局\n4\n0\n5\n1\n商务服务中心\n2\n0\n1\n0\n说明：行政处罚实施数量的统计范围为统计年度1月1日至12月31日。")
    got = {(m.indicator, m.value): m.unit for m in extract(text).metrics}
    assert got[("商务局 警告", 4.0)] == got[("商务服务中心 罚款", 1.0)] == "宗"


def test_a_header_whose_bracket_a_dump_lost_still_names_the_unit_and_a_span_over_a_day_counted_to_is_the_period():
    text = ("某市市场监管局12315数据分析\n(二)投诉、举报总体情况。2021年9月全市共收到投诉、举报179件。其中，投诉132件，截至目前已办结121件。\n"
            "投诉、举报量同期对比情况表\n类别\n本期(件\n上年同期(件)\n同比增幅(%\n投诉\n132\n65\n+103.07%\n举报\n47\n56\n-16.07%\n"
            "二、投诉情况分析\n全市投诉主要集中在商品质量、食品安全等领域，各县区均按期办结。")
    cells = {(m.indicator, m.value): m for m in extract(text, published_at="2021-10-13").metrics if m.indicator}
    assert cells[("投诉", 132.0)].unit == "件"
    assert cells[("举报 同比增幅", -16.07)].change.direction == "down"
    assert cells[("投诉", 132.0)].period.text == "2021年9月"


def test_a_census_table_takes_the_year_end_that_opens_the_report():
    # (2018年末 opens the census report's first paragraph: the day its units were counted; the
    # table's cells printed one to a line)
    doc = extract("江津区第四次全国经济普查公报\n发布日期: 2020-10-24 16:05:00\n"
                  "2018年末，城市经济功能区拥有法人单位8831个，占比67.1%。\n按地区分组的单位情况详见表7-1。\n"
                  "表7-1 按地区分组的法人单位\n数量(个) |\n比重(%) | |\n合计 |\n13161 |\n100.0 |\n几江街道 |\n2075 |\n"
                  "15.8 |\n鼎山街道 |\n1179 |\n9.0 |")
    cell = next(m for m in doc.metrics if m.text == "13161")
    assert cell.period.start_date == cell.period.end_date == "2018-12-31"


def test_a_time_in_a_remark_is_not_the_period_of_the_numbers_after_it():
    # (比2013年末(2013年是第三次全国经济普查年份,下同)增加6745个: the remark's year; 春节期间(1月24日至2月13日): the span)
    doc = extract("2018年末，全区共有法人单位17333个，比2013年末(2013年是第三次全国经济普查年份,下同)增加6745个，增长63.7%。",
                  published_at="2020-03-14")
    got = {m.text: m.period.text if m.period else None for m in doc.metrics}
    assert got["增长63.7%"] == got["增加6745个"] == "2018年末"
    # (a bracket right after a word of time spells that time out: its dates are the period)
    doc = extract("本年度（2022年1月1日至12月31日，下同），全县共受理行政复议申请35件。", published_at="2023-01-20")
    assert doc.metrics[0].period.start_date == "2022-01-01"


def test_the_months_a_bulletins_title_names_are_its_tables_period():
    text = ("安康市12345便民服务平台6月份运行情况\n时间:2021-07-15 09:00 来源:市政务服务中心\n"
            "今年上半年,市12345平台共收到群众来电来信126544件,接通率95.92%。\n"
            "6月份,12345热线共处理群众来电来信22361件,环比上月上升15.44%。\n"
            "一、基本情况\n从诉求性质上看:\n"
            "性质分类 |\n受理量(件) |\n占工单总量比重 |\n求助类 |\n4284 |\n73.95% |\n咨询类 |\n24 |\n0.41% |\n"
            "各单位办理情况良好。")
    m = next(m for m in extract(text).metrics if m.value == 4284.0)
    assert (m.period.start_date, m.period.end_date) == ("2021-06-01", "2021-06-30")


def test_a_meetings_month_in_the_title_is_no_tables_period():
    text = ("县委常委会召开3月份专题会议研究信访工作\n时间:2021-03-25 09:00\n2020年，全县信访总量5804件，同比下降12%。\n"
            "一、基本情况\n从信访类别看：\n类别 |\n受理量(件) |\n占比 |\n咨询类 |\n4284 |\n73.95% |\n各单位办理情况良好。")
    m = next(m for m in extract(text).metrics if m.value == 4284.0)
    assert (m.period.start_date, m.period.end_date) == ("2020-01-01", "2020-12-31")


def test_an_increment_column_on_a_basis_gives_changes_even_under_a_mirrors_pinyin_gloss():
    plain = ("2023年5月12345热线工单分析\n\n本月共受理工单585件,各类工单情况如下。\n\n"
             "类别\t工单量(件)\t占比\t环比增量\n求助类\t489\t83.59%\t34.71%\n投诉类\t59\t10.09%\t-14.49%\n")
    mirror = ("2023年5月12345熱線工單分析\n\n本月共受理工單585件,各類工單情況如下。\n\n"
              "類別\t工單量(件)\t佔比\t環(huán)比增量\n求助類\t489\t83.59%\t34.71%\n投訴類\t59\t10.09%\t-14.49%\n")
    for text in (plain, mirror):
        changes = {m.text: m.change for m in extract(text).metrics if m.text in ("34.71%", "-14.49%")}
        assert {t: (c.direction, c.basis) for t, c in changes.items()} == {"34.71%": ("up", "mom"), "-14.49%": ("down", "mom")}


def test_columns_headed_by_years_under_a_caption_of_some_months_count_those_months_of_each_year():
    # 表1:2022年1-4月份…统计表 | 2022年…新收(件) | 2021年…新收(件): the same four months of either year
    text = ("周口市两级法院民事案件分析\n2022年1-4月份全市两级法院民事案件受理数量较去年同期有所上升。\n"
            "表1:2022年1-4月份民事案件收结存统计表\n序号\n|\n法院\n|\n2022年民事案件新收(件)\n|\n2021年民事案件新收(件)\n|\n"
            "1\n|\n周口市中级人民法院\n|\n2573\n|\n3161\n|\n2\n|\n川汇区人民法院\n|\n4020\n|\n3343\n|\n"
            "从案由分析，合同纠纷最多。")
    got = {m.text: (m.period.start_date, m.period.end_date) for m in extract(text).metrics}
    assert got["2573"] == ("2022-01-01", "2022-04-30") and got["3161"] == ("2021-01-01", "2021-04-30")
    # …not a column of the whole year (2022年全年受理), nor whole years beside a column of the months (2020年 | 2021年 | 2023年1-7月)
    whole = text.replace("2021年民事案件新收(件)", "2021年全年民事案件新收(件)")
    got = {m.text: (m.period.start_date, m.period.end_date) for m in extract(whole).metrics}
    assert got["3161"] == ("2021-01-01", "2021-12-31") and got["2573"] == ("2022-01-01", "2022-04-30")
    beside = text.replace("2022年民事案件新收(件)", "2022年1-4月民事案件新收(件)")
    got = {m.text: (m.period.start_date, m.period.end_date) for m in extract(beside).metrics}
    assert got["3161"] == ("2021-01-01", "2021-12-31")


def test_a_change_column_of_a_table_dumped_a_cell_a_line_keeps_the_rows_in_step():
    text = ("某县法院上半年收案情况分析\n发布时间：2015-07-20\n今年上半年，全院收案大幅增长。增长情况图表如下：\n年度\n2014年上半年\n"
            "2015年上半年\n同期升降比\n刑事一审\n140件\n175件\n上升25%\n行政一审\n2件\n6件\n上升200%\n再审\n5件\n4件\n下降20%\n"
            "二、案件特点\n")
    got = {m.text: (m.indicator, m.period.start_date if m.period else None, m.change.direction if m.change else None)
           for m in extract(text).metrics}
    assert got["140件"] == ("刑事一审", "2014-01-01", None)
    assert got["175件"] == ("刑事一审", "2015-01-01", None)
    assert got["2件"][0] == got["6件"][0] == "行政一审"
    assert got["5件"] == ("再审", "2014-01-01", None)
    assert got["下降20%"][0].startswith("再审") and got["下降20%"][2] == "down"


def test_a_second_table_under_the_same_header_row_keeps_its_header_a_second_copy_of_the_article_does_not():
    # (a month's table, then the year's under the same header: two tables, not the article printed twice)
    header = "综合指数\t达标天数比例（%）\tSO2\tNO2\tPM10\tPM2.5\t首要污染物"
    once = ("2024年2月空气质量\n发布时间：2024-03-01\n2024年2月，全区环境空气质量达标天数比例100%。具体如下：\n"
            f"{header}\n2.19\t100\t3\t11\t30\t20\t臭氧\n")
    text = once + f"2024年1-2月，全区环境空气质量达标天数比例98.3%。具体如下：\n{header}\n2.27\t98.3\t3\t13\t31\t20\t臭氧\n"
    body = extract(text).body
    assert body.count(header) == 2 and "2.27\t98.3" in body
    twice = once + once.split("\n", 2)[2]
    assert extract(twice).body.count(header) == 1


def test_a_column_headed_by_what_it_compares_and_a_comparison_word_holds_changes():
    text = ("某县市场监管局发布2025年4月投诉举报情况分析，现将有关情况通报如下。\n乡镇分布\n"
            "乡镇 | 2025年4月 | 2024年4月 | 总量同比\n菜园镇(件) | 31 | 29 | 6.90%\n洋山镇(件) | 0 | 1 | -100.00%\n"
            "总量(件) | 53 | 54 | -1.85%")
    doc = extract(text)
    got = {m.text: (m.change.direction, m.change.basis) if m.change else None for m in doc.metrics}
    assert got["6.90%"] == ("up", "yoy") and got["-100.00%"] == ("down", "yoy") and got["-1.85%"] == ("down", "yoy")
