"""What is and is not a metric, and its value, unit, kind, change and qualifier."""
import pytest

from extractor import extract


LEAD = "某区司法局工作动态\n为做好相关工作，某区司法局认真研究部署，积极推进各项任务落实。\n"


def metrics(sentence, published="2022-03-17"):
    doc = extract(LEAD + sentence, published_at=published)
    return [(m.text, m.value, m.unit, m.kind, m.change and m.change.direction, m.change and m.change.basis,
             m.qualifier) for m in doc.metrics]


@pytest.mark.parametrize("sentence,expected", [
    ("实现2021年度行政复议发案量同比下降39.5%。", [("同比下降39.5%", 39.5, "%", "percent", "down", "yoy", None)]),
    ("全市新收案件首次突破一万宗。", [("突破一万宗", 10000, "宗", "count", None, None, "more_than")]),
    ("观看人数达380余万人次。", [("380余万人次", 3800000, "人次", "count", None, None, "more_than")]),
    ("涉及金额23987.70万元。", [("23987.70万元", 239877000, "元", "money", None, None, None)]),
    ("发放资料近3万余份。", [("近3万余份", 30000, "份", "count", None, None, "approx")]),
    ("群众满意率达百分之九十。", [("百分之九十", 90, "%", "percent", None, None, None)]),
    ("案结事了率同比提升8.4个百分点。", [("同比提升8.4个百分点", 8.4, "个百分点", "percent", "up", "yoy", None)]),
    ("两者之比超过2:1,并连续17年高于全省。", [("超过2:1", 2, ":1", "other", None, None, "more_than"),
                                             ("连续17年", 17, "年", "duration", None, None, None)]),
    ("平均办理时长缩短至15天。", [("15天", 15, "天", "duration", None, None, None)]),
    ("案件受理周期缩短50%。", [("缩短50%", 50, "%", "percent", "down", None, None)]),
    ("被起诉率由2018年的30.7%降至14.6%。", [("30.7%", 30.7, "%", "percent", None, None, None),
                                          ("14.6%", 14.6, "%", "percent", None, None, None)]),
    ("召开了三次座谈会。", [("三次", 3, "次", "count", None, None, None)]),
    ("受理案件82976件,审执结82461件,较上一个五年分别上升44.05%、67.15%。",
     [("82976件", 82976, "件", "count", None, None, None), ("82461件", 82461, "件", "count", None, None, None),
      ("较上一个五年分别上升44.05%", 44.05, "%", "percent", "up", "vs_previous", None),
      ("67.15%", 67.15, "%", "percent", "up", "vs_previous", None)]),
    # a score in points; a clock's minutes and the start of a longer word are none
    ("综合考核得分为93.48分，较上年度提升1.53分。上午9时30分召开会议，建议使用1366×768分辨率浏览。",
     [("93.48分", 93.48, "分", "other", None, None, None),
      ("较上年度提升1.53分", 1.53, "分", "other", "up", "yoy", None)]),
    # a sum a party claims or a ruling awards is a fact of the case; a requirement's number is none
    ("阿某要求麦某赔偿4万元经济损失，法院判决被告应当支付6万余元，要求各单位年内化解积案100件。",
     [("4万元", 40000, "元", "money", None, None, None), ("6万余元", 60000, "元", "money", None, None, "more_than")]),
    # counted things with their own classifiers: boundary markers, buildings, trees, calls, banners
    ("共埋设界桩13颗，拆除房屋4栋，补植林木14万株，日最大接听量达到2552通，收到锦旗3面。",
     [("13颗", 13, "颗", "count", None, None, None), ("4栋", 4, "栋", "count", None, None, None),
      ("14万株", 140000, "株", "count", None, None, None), ("2552通", 2552, "通", "count", None, None, None),
      ("3面", 3, "面", "count", None, None, None)]),
    # spaces around the joint of a 分别 list (a page's spaced figures)
    ("收案11049件，结案率92.26 %，同比分别上升 21.2 %和 14.3 %。",
     [("11049件", 11049, "件", "count", None, None, None), ("92.26 %", 92.26, "%", "percent", None, None, None),
      ("同比分别上升 21.2 %", 21.2, "%", "percent", "up", "yoy", None),
      ("14.3 %", 14.3, "%", "percent", "up", "yoy", None)]),
    ("整合十余个部门力量，服务二十多名群众。", [("十余个", 10, "个", "count", None, None, "more_than"),
                                      ("二十多名", 20, "名", "count", None, None, "more_than")]),
    ("调解纠纷120起,其中成功110起。", [("120起", 120, "起", "count", None, None, None),
                                    ("110起", 110, "起", "count", None, None, None)]),
    # a target word inside a longer word is no target: 城乡规划 is a category of complaints
    ("问题分类为:城乡规划400件、设施管理385件。", [("400件", 400, "件", "count", None, None, None),
                                            ("385件", 385, "件", "count", None, None, None)]),
    ("受理计划生育纠纷12件。", [("12件", 12, "件", "count", None, None, None)]),
    # 个月 and 个工作日 are units as written; 个小时 is reported as 小时
    ("办理时限压缩至5.31个工作日，连续36个月零投诉，调解用时近3个小时。",
     [("5.31个工作日", 5.31, "个工作日", "duration", None, None, None),
      ("连续36个月", 36, "个月", "duration", None, None, None),
      ("近3个小时", 3, "小时", "duration", None, None, "approx")]),
    ("经过5个多小时的调解，历时2个多月。", [("5个多小时", 5, "小时", "duration", None, None, "more_than"),
                                   ("2个多月", 2, "个月", "duration", None, None, "more_than")]),
    # an ASCII colon after a label is the label's (a clock's 14:30 stays no metric)
    ("投诉类工单:1136件;咨询类:482件。会议时间:14:30。", [("1136件", 1136, "件", "count", None, None, None),
                                               ("482件", 482, "件", "count", None, None, None)]),
    # pairs (couples) are counted; rainfall, energy and capacity are measured; a clause after 届 is no session
    ("全年办理结婚登记39771对，全县面雨量21.36mm，变压器产量2828.08万千伏安。",
     [("39771对", 39771, "对", "count", None, None, None), ("21.36mm", 21.36, "mm", "other", None, None, None),
      ("2828.08万千伏安", 28280800, "千伏安", "other", None, None, None)]),
    # calls counted after 电话 (a phone number has no such unit); runs and trips of vehicles
    ("卫生热线共呼入电话2331次，道路客运总发班车7635班次，出动执法车辆862车次。",
     [("2331次", 2331, "次", "count", None, None, None), ("7635班次", 7635, "班次", "count", None, None, None),
      ("862车次", 862, "车次", "count", None, None, None)]),
    ("二届市委组织的3轮常规巡察发现问题199条。", [("3轮", 3, "轮", "count", None, None, None),
                                     ("199条", 199, "条", "count", None, None, None)]),
])
def test_metrics(sentence, expected):
    assert metrics(sentence) == [tuple(e) for e in expected]


@pytest.mark.parametrize("sentence", [
    "排名全市第一，实现“五连降”。",
    "采取“一案一专班”形式，落实“两高一低”整治。",
    "依据莆司函〔2024〕20号文件，联系电话：0355-7469631。",
    "力争群众知晓率不低于90%，要求每月下沉不少于8次。",
    "每周一次例会，一年2次培训。",
    "第十八届人民代表大会第三次会议，八届三次第1082号建议。",
    "推进一审案件进一步化解，建党100周年。",
    "数千人参加，“114模式”、“五步工作法”推广。",
    "《民法典100问》深受欢迎，依据第十二条处理。",
    "在30个工作日内办结，为60周岁以上老人提供服务。",
    "力争到2025年底，全县行政复议纠错率达到15%以上。",
    "目标是全年化解信访积案30件。",
    "下一步，将力争2025年决定履行率保持100%，案件按期办结率达到98%以上。",
    "法律顾问每月至少到村服务1次。",
    "党员与困难户开展1对1结对帮扶，提供1对多服务。",
    "建立12345与公安110对接联动机制，投入资金50万对辖区道路进行改造，开展2对2结对帮扶。",
    "患者血糖10mmol/L，血压140mmHg。",
    "咨询请拨打联系电话5524762人工服务。",
])
def test_not_metrics(sentence):
    assert metrics(sentence) == []


def test_indicators_and_periods():
    doc = extract(LEAD + "2021年以来已预警案件14件,其中4件已得到实质性化解。"
                  "研究确定1个重点整改领域和4个败诉率较高的街道作为重点地区。", published_at="2022-03-17")
    got = [(m.text, m.indicator, m.period and m.period.text) for m in doc.metrics]
    assert got == [("14件", "预警案件", "2021年以来"), ("4件", "已得到实质性化解", "2021年以来"),
                   ("1个", "重点整改领域", "2021年以来"), ("4个", "败诉率较高的街道", "2021年以来")]


def test_change_compares_the_number_before_it():
    doc = extract(LEAD + "2024年共受理各类案件22895件、办结19942件,同比分别增长18.28%、9.9%。")
    got = [(m.value, m.indicator) for m in doc.metrics]
    assert got == [(22895, "受理各类案件"), (19942, "办结"), (18.28, "受理各类案件"), (9.9, "办结")]


def test_a_number_planned_for_after_publication_is_not_a_result():
    doc = extract(LEAD + "到2026年，全县调解成功率达到98%以上。2024年，全县调解纠纷326件。", published_at="2024-11-20")
    assert [(m.text, m.period.text) for m in doc.metrics] == [("326件", "2024年")]


def test_indicator_drops_the_speaker_and_the_verb_of_a_level():
    doc = extract(LEAD + "今年以来，我局调解纠纷326件，群众满意度保持在95%以上，结案率稳定在98%。", published_at="2024-11-20")
    assert [(m.text, m.indicator) for m in doc.metrics] == [("326件", "调解纠纷"), ("95%以上", "群众满意度"),
                                                          ("98%", "结案率")]


def test_an_actors_verb_after_gong_is_what_is_counted_and_a_things_own_count_keeps_it():
    doc = extract(LEAD + "今年以来，全州纪检监察机关信访举报部门共接受信访举报847件。网格员队伍共走访1200户。"
                  "《法在宝应》电视法治专栏累计播放185期。", published_at="2024-11-20")
    assert [(m.text, m.indicator) for m in doc.metrics] == [("847件", "接受信访举报"), ("1200户", "走访"),
                                                          ("185期", "《法在宝应》电视法治专栏累计播放")]


def test_a_time_set_off_by_commas_frames_the_sentences_after_it_in_its_paragraph():
    doc = extract(LEAD + "认真落实群众信访“件件有回复”要求，2023年以来，全市检察机关接收群众信访1376件。"
                  "聘请327名听证员，举行公开听证290次。", published_at="2024-01-20")
    assert {m.text: m.period and m.period.text for m in doc.metrics} == {
        "1376件": "2023年以来", "327名": "2023年以来", "290次": "2023年以来"}
    # a time inside a clause, not set off, stays its clause's
    doc = extract(LEAD + "走访2023年以来的积案当事人，共化解纠纷15件。另聘请调解员8名。", published_at="2024-01-20")
    assert {m.text: m.period and m.period.text for m in doc.metrics}["8名"] is None


def test_a_quoted_name_after_the_number_is_whole_and_a_verb_keeps_its_last_character():
    doc = extract(LEAD + "今年以来，有效遏制21起“民转治”和8起“民转刑”案件。全镇20个村“两委”干部、人民调解员、网格员及群众代表共130余人参与。"
                  "共梳理出14个案由。", published_at="2024-01-20")
    got = {m.text: m.indicator for m in doc.metrics}
    assert got["21起"].startswith("“民转治”") and got["8起"].startswith("“民转刑”")
    assert got["130余人"] == "参与" and got["14个"] == "案由"  # (与 and 由 end words here, no tail words)


def test_a_share_names_what_is_counted_however_long_and_the_whole():
    doc = extract(LEAD + "今年以来，共受理信访举报156件。反映乡科级、农村干部、事业单位人员问题的信访举报占总量的62.34%。",
                  published_at="2024-01-20")
    assert [m.indicator for m in doc.metrics if m.unit == "%"] == ["反映乡科级、农村干部、事业单位人员问题的信访举报占总量"]


def test_times_listed_before_respective_numbers_go_with_them_in_turn():
    doc = extract(LEAD + "2022年、2023年，樊城法院金融纠纷案件调解成功率分别为3.75%、1.8%。"
                  "该院2016年、2017年收结案分别为：3813件、3513件，4908件、4669件。", published_at="2024-01-20")
    assert [(m.text, m.period.text) for m in doc.metrics] == [
        ("3.75%", "2022年"), ("1.8%", "2023年"), ("3813件", "2016年"), ("3513件", "2016年"),
        ("4908件", "2017年"), ("4669件", "2017年")]
    # the list ends where a number stands outside it; numbers a dump ran together stay in it
    doc = extract(LEAD + "该院2015年、2016年、2017年收结案分别为：3075件、2823件，3813件、3513件，4908件、4669件，年均增幅达24%以上。"
                  "9月、10月败诉率分别为24.68%24%，主要集中在行政登记领域。", published_at="2021-11-20")
    listed = ("3075件", "2823件", "3813件", "3513件", "4908件", "4669件", "24.68%", "24%")
    assert {m.text: m.period.text for m in doc.metrics if m.text in listed} == {
        "3075件": "2015年", "2823件": "2015年", "3813件": "2016年", "3513件": "2016年", "4908件": "2017年",
        "4669件": "2017年", "24.68%": "9月", "24%": "10月"}


def test_nian_nei_gives_the_year_spoken_of_as_a_period_and_is_no_date():
    doc = extract("某市2019年法治建设工作总结\n2019年，全市法治建设稳步推进，各项工作取得新成效。\n"
                  "年内，召开区委全面依法治区委员会会议3次，开展执法检查12次。三年内将完成全部任务。",
                  published_at="2021-01-13")
    assert {m.text: m.period and (m.period.start_date, m.period.end_date) for m in doc.metrics} == {
        "3次": ("2019-01-01", "2019-12-31"), "12次": ("2019-01-01", "2019-12-31")}
    assert "年内" not in [d.text for d in doc.dates]


def test_yi_nian_li_after_a_year_named_is_that_year_as_a_period_and_no_date():
    doc = extract("2023年，全省检察院立案办理公益诉讼4733件。\n一年里，全省检察院发出诉前检察建议3545件，回复整改率98.7%。",
                  published_at="2024-01-24")
    assert {m.text: m.period and m.period.start_date for m in doc.metrics} == {
        "4733件": "2023-01-01", "3545件": "2023-01-01", "98.7%": "2023-01-01"}
    assert [d.text for d in doc.dates] == ["2023年"]


def test_a_change_framing_the_clause_measures_its_subject():
    doc = extract(LEAD + "2024年全市共收到行政复议案件申请2929宗，在上一年度已上升20.1%的基础上又上升44.7%。",
                  published_at="2025-02-01")
    assert [(m.text, m.indicator) for m in doc.metrics][:2] == [("2929宗", "行政复议案件申请"),
                                                              ("上升20.1%", "行政复议案件申请")]


def test_a_verb_after_new_describes_the_people_counted():
    doc = extract(LEAD + "组织54名新提任领导干部参加法治理论知识考试，合格率达到100%。", published_at="2025-02-01")
    assert doc.metrics[0].indicator.startswith("新提任领导干部")  # (not 新 alone)


def test_a_change_in_per_cent_after_a_share_compares_the_count():
    doc = extract(LEAD + "1-8月，全市法院新收民事案件45017件，占审判类案件总量的84.51%，与去年同期相比增长10.33%。",
                  published_at="2021-09-27")
    assert doc.metrics[-1].indicator == doc.metrics[0].indicator == "法院新收民事案件"


def test_comparison_with_a_named_year_is_year_on_year():
    assert metrics("拨付法律援助经费85万元，比2022年增长13%。", published="2023-11-20")[1][4:6] == ("up", "yoy")
    assert metrics("受理案件120件，较2022年同期下降5%。", published="2023-11-20")[1][4:6] == ("down", "yoy")
    assert metrics("办案时长较前缩短3天。")[0][4:6] == ("down", "vs_previous")
    # 相比 and 相较(于) compare as 比 and 较 do, and their whole word opens the change
    found = indicators("全年市本级处理案件1454件，相比去年同期下降1.5%。")
    assert found[1] == ("相比去年同期下降1.5%", "市本级处理案件")
    assert metrics("受理案件120件，相较于2022年增长15%。", published="2023-11-20")[1][4:6] == ("up", "yoy")


def test_a_yearly_count_that_is_not_a_frequency_stays():
    assert [m[0] for m in metrics("《宝应日报》“普法之窗”每年出刊近20期，每季度召开1次联席会议。")] == ["近20期"]


def indicators(sentence):
    return [(m.text, m.indicator) for m in extract(LEAD + sentence, published_at="2024-11-20").metrics]


def test_who_acted_and_a_partner_or_channel_before_the_action_are_not_what_is_counted():
    assert indicators("2023年，铁东区退役军人事务局通过区政府网站主动公开政府信息36条。") == [("36条", "主动公开政府信息")]
    assert indicators("护航服务队为群众提供法律咨询300余次。") == [("300余次", "提供法律咨询")]
    assert indicators("2023年，督察组向我省交办信访件159件。") == [("159件", "交办信访件")]
    # a phrase naming a thing stays whole: a 的 after 为…, the preposition opening it, a mis-tagged 率
    assert indicators("以区政府为被申请人的复议案件17件。") == [("17件", "以区政府为被申请人的复议案件")]
    assert indicators("区综治中心对民商事纠纷的分流率从年初的33%提升至73%。")[0][1] != "率从年初"
    assert indicators("群众对公安机关的满意度达98%。") == [("98%", "群众对公安机关的满意度")]
    # …and so does a partner's phrase that is not nouns alone (where its name ends is not known), what
    # 对 acts on, and who 被 says was acted on
    for sentence, indicator in [("县法院通过网上立案受理的案件达1200件。", "县法院通过网上立案受理的案件"),
                                ("县12345热线平台向各承办单位转办工单2.3万件。", "转办工单"),
                                ("县法院通过在线调解平台化解纠纷1260件。", "化解纠纷"),
                                ("县法院通过司法确认程序确认调解协议有效的案件320件。", "确认调解协议有效的案件"),
                                ("县法律援助中心为进城务工人员追回工资326万元。", "追回工资"),
                                ("县信访局对群众反映的问题办结率达98%。", "县信访局对群众反映的问题办结率"),
                                ("县政府被申请行政复议案件27件。", "县政府被申请行政复议案件")]:
        assert indicators(sentence)[0][1].endswith(indicator), sentence


def test_a_share_measures_the_thing_before_or_the_count_it_divides():
    # what is counted, and the whole it is a share of
    assert indicators("全年通过线上渠道接收申请173件，占申请总数的35.6%。") == [
        ("173件", "接收申请"), ("35.6%", "接收申请占申请总数")]
    assert indicators("婚姻家庭、邻里纠纷等纠纷占诉前调解成功案件的六成以上。") == [
        ("六成以上", "婚姻家庭、邻里纠纷等纠纷占诉前调解成功案件")]
    # a whole that is only a scope says nothing more (占全市的63.5%)
    assert indicators("城区法院受理的一审行政案件占全市的63.5%。") == [("63.5%", "城区法院受理的一审行政案件")]
    assert indicators("从案件类型看，行政处罚类、工伤认定类案件位居前三，合计占比达69%。")[0][1] == "行政处罚类、工伤认定类案件"


def test_a_change_against_a_named_basis_measures_the_number_before():
    assert indicators("诉前调解案件平均用时18.6天，较诉讼案件平均审理周期缩短43天。") == [
        ("18.6天", "诉前调解案件平均用时"), ("缩短43天", "诉前调解案件平均用时")]


def test_the_same_period_last_year_without_xiangbi_is_a_basis_not_what_is_measured():
    for basis in ("与上年同期", "与去年同期", "同去年同期", "和上年同期"):
        text = f"到市信访局信访量10件人次，{basis}上升42.86%；到县信访局信访量82件人次，同比上升78.2%。"
        assert indicators(text) == [("10件", "到市信访局信访量"), (f"{basis}上升42.86%", "到市信访局信访量"),
                                    ("82件", "到县信访局信访量"), ("同比上升78.2%", "到县信访局信访量")]


def test_actor_place_and_beneficiary_phrases_are_not_what_is_measured():
    assert indicators("静海区法院在全区18个乡镇（街道）设立调解工作室。") == [("18个", "乡镇（街道）")]
    assert indicators("帮助1023名农民工追回欠薪1426.8万元。") == [("1023名", "农民工"), ("1426.8万元", "追回欠薪")]
    assert indicators("为群众挽回经济损失2300余万元。") == [("2300余万元", "挽回经济损失")]
    assert indicators("村人民调解委员会先后3次上门调解。") == [("3次", "上门调解")]
    assert indicators("一是组织全县行政执法人员旁听庭审4场。") == [("4场", "行政执法人员旁听庭审")]


def test_an_award_joins_every_head_of_its_list():
    assert indicators("5个集体、3名个人获国家部委以上表彰奖励，23个集体、46人次获自治区级表彰奖励。") == [
        ("5个", "获国家部委以上表彰奖励集体"), ("3名", "获国家部委以上表彰奖励个人"),
        ("23个", "获自治区级表彰奖励集体"), ("46人次", "获自治区级表彰奖励")]
    assert indicators("调解纠纷120件、办结115件。") == [("120件", "调解纠纷"), ("115件", "办结")]


def test_a_goal_noun_speaks_only_for_its_clause():
    assert [m[0] for m in metrics("围绕“应援尽援”目标，全年共受理法律援助案件386件，办结371件。")] == ["386件", "371件"]


def test_listed_percentage_points_share_their_unit():
    got = metrics("办结率和满意率较去年同期分别提高1.4个、2.2个百分点。")
    assert [(m[1], m[2], m[4]) for m in got] == [(1.4, "个百分点", "up"), (2.2, "个百分点", "up")]


def test_tenths_in_chinese():
    assert metrics("其中涉及土地权属的案件约占两成。")[0][1:4] == (20, "%", "percent")


def test_a_respectively_list_pairs_its_numbers_with_the_things_it_names():
    assert indicators("全县民商事案件收案数和信访总量同比分别下降15.3%和9.6%。") == [
        ("同比分别下降15.3%", "民商事案件收案数"), ("9.6%", "信访总量")]
    assert indicators("全年受理民事案件286件、刑事案件98件、行政案件5件，分别占受理总数的73.6%、25.1%、1.3%。")[3:] == [
        ("73.6%", "受理民事案件"), ("25.1%", "刑事案件"), ("1.3%", "行政案件")]


def test_passive_agent_and_quoted_pronouns():
    assert indicators("某食品公司被市场监督管理部门处以罚款5万元。") == [("5万元", "罚款")]
    assert indicators("“多亏了调解员，我们两家几十年的交情总算没断。”村民说。全年调解纠纷12件。") == [("12件", "调解纠纷")]


def test_an_earlier_figure_in_brackets_after_the_basis_counts_the_same_thing():
    got = indicators("查处不正当竞争案件2起，比去年同期(29起)下降93.1%；查处商标侵权案件10起，与去年同期（2起）相比上升400%。")
    assert [ind for _, ind in got] == ["查处不正当竞争案件"] * 3 + ["查处商标侵权案件"] * 3
    got = indicators("全州共接受信访举报550件(含上级转办246件)，比上年同期847件少297件。")
    assert got[2:] == [("847件", "全州共接受信访举报"), ("比上年同期847件少297件", "全州共接受信访举报")]
    # the basis a month named outright; the target the rate reached is no figure
    got = indicators("基层法院简易程序适用率为95.8%，达到90%的目标要求，较2022年7月(95.97%)下降0.17个百分点。")
    assert got == [("95.8%", "基层法院简易程序适用率"), ("95.97%", "基层法院简易程序适用率"),
                   ("下降0.17个百分点", "基层法院简易程序适用率")]


def test_items_listed_with_their_rates_in_brackets_are_the_items_values_of_the_rate():
    got = dict(indicators("问题上报率较低的镇街是蒲岐镇(20.12%)、盐盆街道(19.44%)。全年受理案件岳阳县(4383件)、岳阳楼区(4048件)。"))
    assert got["20.12%"] == "蒲岐镇 问题上报率" and got["19.44%"] == "盐盆街道 问题上报率"
    assert got["4048件"] == "岳阳楼区"  # (a list of counts with no rate before it: each item's own)


def test_a_verb_with_its_aspect_marker_after_the_counted_thing_is_the_predicate():
    assert indicators("县法院对7名监护人开展了专门家庭教育指导。") == [("7名", "监护人")]
    assert indicators("对18项重大决策事项进行了合法性审查和风险评估。") == [("18项", "重大决策事项")]


def test_an_agency_alone_before_the_number_says_whose_and_what_follows_it_what():
    assert indicators("督办中发现，市卫健委3件延迟回复。") == [("3件", "延迟回复")]


def test_lead_and_tail_words_are_cut_only_at_word_boundaries():
    assert indicators("及时受理率、按期办结率均达100%。") == [("100%", "及时受理率、按期办结率")]
    assert indicators("法官人均办案412件，其中调解成功42件。") == [("412件", "法官人均办案"), ("42件", "调解成功")]


def test_review_cases_of_single_awards_lists_and_bases():
    assert indicators("共发放宣传资料3000余份受到群众欢迎。") == [("3000余份", "宣传资料")]
    assert indicators("全年调解纠纷120件，调解成功率和群众满意率分别为98%、95%。") == [
        ("120件", "调解纠纷"), ("98%", "调解成功率"), ("95%", "群众满意率")]
    assert indicators("受理和解案件120件、办结98件，同比分别增长5%、6%。") == [
        ("120件", "受理和解案件"), ("98件", "办结"), ("同比分别增长5%", "受理和解案件"), ("6%", "办结")]
    assert indicators("调解成功率96%，同类案件数量同比下降10%。")[1] == ("同比下降10%", "同类案件数量")
    assert indicators("受理不服被诉行政行为的申请12件。") == [("12件", "受理不服被诉行政行为的申请")]


def test_seeking_support_is_no_goal():
    assert [m[0] for m in metrics("今年以来，我局积极争取上级资金支持，共办理法律援助案件120件。")] == ["120件"]


def test_requirements_and_rule_frequencies_are_not_results():
    assert metrics("将纠错整改情况纳入考核，分值占比不低于10%，开展专题培训不少于2期。") == []
    assert metrics("法律顾问每月至少到村服务2人次，县级领导每月接访不少于1次。") == []
    # a dump's stray space after the bound
    assert metrics("在全市规模以上企业设立调解委员会比例不低于 80%，其中示范点建设单位不少于 50 家。") == []
    assert [m[6] for m in metrics("行政复议案件占行政争议案件超过 65%。")] == ["more_than"]


def test_a_rules_parameters_are_not_results():
    assert metrics("将负责人出庭应诉纳入绩效考核，分值权重由3%提高到5%。") == []
    assert metrics("将法律援助经济困难标准由最低生活保障标准的1.5倍调整为2倍。") == []
    # the weight of the assessment is a parameter; what the assessed did is a result
    assert [m[0] for m in metrics("纳入考核，分值占比提高至8%；全年行政机关负责人出庭应诉率达到96.5%。")] == ["96.5%"]
    # a standard or a weight that is named but not set: what was done by it is a result
    assert [m[0] for m in metrics("依据救助标准向128名困难群众发放临时救助金56.3万元。")] == ["128名", "56.3万元"]
    assert [m[0] for m in metrics("我县在平安建设考核中权重最大的群众安全感指标达98.2%。")] == ["98.2%"]


def test_what_each_unit_is_given_is_a_standard_not_a_result():
    assert metrics("社区内78栋住宅楼划分为6个网格，每个网格设立1名支部书记、2名支部委员、13名党小组长。") == \
        metrics("社区内78栋住宅楼划分为6个网格。")
    assert [m[0] for m in metrics("分三年每年安排150万元用于司法所建设，全年共调解纠纷320件。")] == ["320件"]


def test_totals_of_what_units_were_given_are_results():
    for text, number in [("在每个行政村设立人民调解室共计168个。", "168个"), ("为每所中小学选聘法治副校长86名。", "86名"),
                         ("在每个村设立服务室236个。", "236个"), ("每逢重要时段安排警力巡逻累计出动警力1200人次。", "1200人次"),
                         ("全县每万人配备法官2.3名，低于全省平均水平。", "2.3名")]:
        assert [m[0] for m in metrics(text)] == [number]


def test_three_listed_percentage_points():
    got = metrics("三项指标较去年同期分别提高1.4个、2.2个、3.1个百分点。")
    assert [(m[1], m[2]) for m in got] == [(1.4, "个百分点"), (2.2, "个百分点"), (3.1, "个百分点")]


def test_without_a_publication_date_nothing_is_planned():
    doc = extract(LEAD + "到2026年，全县调解成功率达到98%以上。")
    assert [m.text for m in doc.metrics] == ["98%以上"]


def test_more_lists_partners_and_multiples():
    # the verb opening the list and the 的-phrase closing it belong to every item
    assert indicators("涉及房屋征收与补偿、自然资源、社会保障和市场监管领域的案件数量分别占21.5%、16.9%、12.3%、9.6%。")[1:3] == [
        ("16.9%", "涉及自然资源的案件数量"), ("12.3%", "涉及社会保障的案件数量")]
    assert indicators("现场为32名农民工发放被拖欠的工资48.6万元。")[0] == ("32名", "农民工")
    assert indicators("为全市975个村（社区）全部配备法律顾问。")[0][1] in ("村（社区）", "配备法律顾问的村（社区）")
    assert indicators("这批农民工在项目完工后被拖欠工资近50万元。") == [("近50万元", "被拖欠工资")]


def test_a_relative_clause_before_the_number_says_which_of_the_head():
    assert indicators("上半年，对评查排名靠后的3家单位进行约谈。") == [("3家", "评查排名靠后的单位")]
    assert indicators("对暂时无法化解的5件积案，逐案制定化解方案。") == [("5件", "暂时无法化解的积案")]
    # a year before 的 is a period, not a clause about the head
    assert indicators("经过行政复议后的被起诉率由2018年的30.7%降至14.6%。")[0] == ("30.7%", "经过行政复议后的被起诉率")


def test_a_light_verb_and_a_scope_say_nothing_measured():
    assert indicators("组织全市89名律师、基层法律服务工作者担任村（社区）法律顾问。")[0][1].startswith("律师、基层法律服务工作者")


def test_a_verb_with_de_after_the_head_modifies_something_else():
    assert indicators("组建由62名律师组成的“法律服务团”，深入乡镇开展服务。") == [("62名", "律师")]
    assert indicators("全县共有36名调解员参与的专家库投入运行。") == [("36名", "调解员")]


def test_a_decision_is_a_thing_counted():
    # jieba tags 决定 a verb; in these releases it is the decision (data: indicator.toml retag)
    assert indicators("全年共作出确认违法、撤销、责令履行等纠错决定112件。") == [("112件", "纠错决定")]


def test_an_action_alone_before_the_number_joins_the_head_after_it():
    assert indicators("对化解不力的单位进行通报，今年已通报3家单位。") == [("3家", "通报单位")]


def test_a_list_of_counts_with_fenbie_is_split_and_its_changes_follow():
    got = indicators("其中来信、来访、网上信访分别为142件次、396件次、1325件次。"
                     "初次信访事项按期办结率、群众满意率分别达到99.6%、98.2%，较上半年分别提高0.8个和1.5个百分点。")
    assert [i for _, i in got] == ["来信", "来访", "网上信访", "初次信访事项按期办结率", "群众满意率",
                                   "初次信访事项按期办结率", "群众满意率"]
    assert indicators("从案件领域看，涉及土地征收、房屋拆迁和市场监管的案件分别为97件、64件、52件。") == [
        ("97件", "涉及土地征收的案件"), ("64件", "涉及房屋拆迁的案件"), ("52件", "涉及市场监管的案件")]
    # a list the changes split already keeps its items (同比分别下降15.3%和9.6%)
    assert indicators("今年上半年调解成功率96.1%；民商事案件收案数和信访总量同比分别下降15.3%和9.6%。")[1:] == [
        ("同比分别下降15.3%", "民商事案件收案数"), ("9.6%", "信访总量")]


def test_a_change_compared_with_last_years_same_period_is_year_on_year():
    doc = extract(LEAD + "1至5月，全县共受理矛盾纠纷1542件。与去年同期相比，受理量下降6.8%。", published_at="2024-06-10")
    m = next(m for m in doc.metrics if m.value == 6.8)
    assert (m.text, m.indicator, m.change.basis) == ("下降6.8%", "受理量", "yoy")


def test_a_head_that_all_did_something_is_counted_by_what_they_did():
    assert indicators("近年来，某县在全县11个乡镇全部建成矛盾纠纷调处化解中心，构建起三级调解网络。") == [
        ("11个", "建成矛盾纠纷调处化解中心的乡镇")]
    # a long account of what they did leaves the head alone, without its 全部
    assert indicators("全县42家执法单位全部完成执法主体、职责、依据、程序等事项公示。") == [("42家", "执法单位")]


def test_a_fenbie_list_of_actors_or_of_items_sharing_a_head_is_not_split():
    assert [i for _, i in indicators("市、县两级分别受理行政复议案件320件、580件。")] == ["市、县两级分别受理行政复议案件"] * 2
    assert [i for _, i in indicators("一审、二审行政案件分别为320件、150件。")] == ["一审、二审行政案件"] * 2
    # a list's last item keeps its own 的-clause unless a word such as 涉及 relates every item
    assert [i for _, i in indicators("全年共排查矛盾纠纷、安全隐患、群众反映强烈的突出问题分别为320件、150件、86件。")] == [
        "排查矛盾纠纷", "安全隐患", "群众反映强烈的突出问题"]


def test_a_place_phrase_ends_where_an_adverb_opens_the_action():
    # the place names an organisation (区政府) and so does the thing done (政府信息): the
    # adverb (主动, 及时) ends the place, not the last organisation
    assert indicators("今年以来，在县政府门户网站主动公开政府信息215条。") == [("215条", "公开政府信息")]
    assert indicators("2023年，我局在区政府网站及时发布行政复议决定书46份。") == [("46份", "发布行政复议决定书")]
    assert indicators("向市司法局、区委及区委政法委请示报告重大事项12次。") == [("12次", "请示报告重大事项")]


def test_a_multiple_of_a_named_year_takes_the_period_of_its_sentence():
    doc = extract(LEAD + "2023年，全区共收到行政复议申请1132件，是2020年的2.4倍。", published_at="2024-01-30")
    assert [(m.text, m.period.text) for m in doc.metrics] == [("1132件", "2023年"), ("2.4倍", "2023年")]


def test_an_earlier_figure_measures_what_the_number_it_follows_does():
    from extractor import extract
    d = extract("某市行政复议统计\n发布时间：2019-01-25\n2018年，全市共收到行政复议案件1262件，比2017年的824件增加约438件，同比增长约53.16%。")
    assert {m.text: m.indicator for m in d.metrics} == {
        "1262件": "行政复议案件", "824件": "行政复议案件", "增加约438件": "行政复议案件", "同比增长约53.16%": "行政复议案件"}
    assert {m.text: m.period.text for m in d.metrics}["824件"] == "2017年"


def test_a_share_stated_with_zhanbi_says_it_is_a_share():
    from extractor import extract
    d = extract("某市行政复议统计\n发布时间：2025-01-25\n全年维持行政复议决定1691件，占比61.4%。")
    assert {m.text: m.indicator for m in d.metrics}["61.4%"] == "维持行政复议决定占比"


def test_a_space_before_the_unit_and_a_round_count_named_by_its_multiplier():
    from extractor import extract
    d = extract("某县工作动态\n发布时间：2022-03-01 10:00\n今年以来，新收案件首次超万件，主要领导累计接访18 次，结案率39.17 %。万人空巷。")
    got = {(m.text, m.value, m.unit, m.qualifier) for m in d.metrics}
    assert got == {("超万件", 10000.0, "件", "more_than"), ("18 次", 18.0, "次", None), ("39.17 %", 39.17, "%", None)}


def test_a_round_count_named_by_its_multipliers_alone_counts_only_with_a_qualifier():
    from extractor import extract
    d = extract("某县工作动态\n发布时间：2023-05-06\n一年来，选派近千名干部下沉，化解邻里纠纷千余起，答疑释惑上千人次，"
                "挽回损失千万余元。走进千家万户，每千人拥有律师2名，走访数千人。")
    got = {(m.text, m.value, m.unit, m.qualifier) for m in d.metrics}
    assert got == {("近千名", 1000.0, "名", "approx"), ("千余起", 1000.0, "起", "more_than"),
                   ("上千人次", 1000.0, "人次", "more_than"), ("千万余元", 1e7, "元", "more_than"), ("2名", 2.0, "名", None)}


def test_an_adverb_after_the_counted_noun_opens_the_predicate():
    from extractor import extract
    d = extract("某县动态\n发布时间：2023-09-01\n今年以来，全县339名新聘教师均已顺利入职，7个县市区逐步推行“一村一辅警”模式。")
    assert {m.text: m.indicator for m in d.metrics} == {"339名": "新聘教师", "7个": "县市区"}


@pytest.mark.parametrize("sentence, indicator", [
    ("农民工代表再三确定被拖欠的470余万元工资全部到位后,激动之情溢于言表。", "工资"),
    ("经多方协调,江苏某建设有限公司将拖欠的近6万元工资全额支付给工人。", "工资"),
    ("截至目前,全县106项整改措施全部落实到位。", "整改措施"),
])
def test_all_or_in_full_after_the_counted_noun_opens_the_predicate(sentence, indicator):
    from extractor import extract
    d = extract("某县动态\n发布时间：2023-09-01\n" + sentence)
    [found] = [m.indicator for m in d.metrics]
    assert found.endswith(indicator) and "全部" not in found and "全额" not in found  # (adverbs here, whatever the tagger says)


def test_a_multiple_after_a_basis_alone_measures_what_the_number_before_it_does():
    from extractor import extract
    d = extract("某市动态\n发布时间：2025-03-01\n2022年查处酒驾醉驾1.4万起，是2017年的12.57倍。投诉调解成功率为61.35%，"
                "ODR和解成功率为81.41%，分别是全国平均水平的1.1倍和1.4倍。")
    got = {m.text: m.indicator for m in d.metrics}
    assert (got["12.57倍"], got["1.1倍"], got["1.4倍"]) == ("查处酒驾醉驾", "投诉调解成功率", "ODR和解成功率")


def test_the_object_of_a_light_verb_after_an_actor_or_a_manner_is_what_is_counted():
    from extractor import extract
    d = extract("某局动态\n发布时间：2023-12-01\n今年以来，积极运用监督执纪“第一种形态”开展提醒谈话25人次，"
                "福建省、市、县、乡、村逐级设立评理室1.8万个，公开惠民资金政策和补贴发放类信息364条。")
    got = {m.text: m.indicator for m in d.metrics}
    assert got["25人次"] == "提醒谈话" and got["1.8万个"] == "评理室" and got["364条"].endswith("发放类信息")


def test_a_word_opening_with_a_units_character_is_no_unit():
    from extractor import extract
    d = extract("某县动态\n发布时间：2023-05-06\n今年以来，县司法局联合公安、法院等7部门共建调解中心，如图1所示，"
                "出动执法车辆65台次，市价还便宜10块钱，共调解纠纷12起。")
    got = {(m.text, m.unit) for m in d.metrics}
    assert got == {("7部门", "部门"), ("65台次", "台次"), ("10块钱", "块钱"), ("12起", "起")}  # (部门 counts: 图1所示 does not)
    d = extract("某县动态\n发布时间：2023-05-06\n今年以来，全县12家乡镇企业建立调解组织，化解纠纷30起。")
    assert [m.text for m in d.metrics] == ["12家", "30起"]  # (a unit before a word, 12家|乡镇企业)


def test_a_categorys_bound_and_a_vague_quantity_are_no_metrics():
    from extractor import extract
    d = extract("某县动态\n发布时间：2023-05-06\n对十人以上的农民工维权案件开通绿色通道，对标的额3万元以下的小额案件适用简易程序，"
                "对数百件纠纷分类处理，几十人参加。全年受理案件120件以上，95%以上的矛盾纠纷化解在基层。")
    assert {m.text for m in d.metrics} == {"120件以上", "95%以上"}
    doc = extract("全县限额以上批发和零售业统计范围为年主营业务收入2000万元及以上的批发业企业，全年实现销售额86.5亿元。"
                  "全县共有执业律师120名及以上。")  # (及以上 as 以上: a bulletin's scope; a count's qualifier)
    got = {m.text: m.qualifier for m in doc.metrics}
    assert "2000万元" not in got and got["120名及以上"] == "at_least" and "86.5亿元" in got


def test_a_number_after_bare_ones_in_a_changes_list_is_the_change_of_its_item():
    from extractor import extract
    d = extract("某县动态\n发布时间：2023-05-06\n群众安全感和对公安机关的满意度分别提升1.83和1.86个百分点，"
                "办结率和群众满意率分别比去年提高1.53、5.6个百分点。收案数和信访总量同比分别下降15.3%和9.6%。")
    got = {m.text: (m.change.direction if m.change else None, m.indicator) for m in d.metrics}
    assert got["1.86个百分点"] == ("up", "对公安机关的满意度") and got["5.6个百分点"] == ("up", "群众满意率")
    assert got["9.6%"] == ("down", "信访总量")
    # the bare numbers before it are changes of their items too, in the unit the last writes
    assert got["提升1.83"] == ("up", "群众安全感") and got["提高1.53"] == ("up", "办结率")
    assert {m.text: m.unit for m in d.metrics}["提升1.83"] == "个百分点"


def test_bare_numbers_a_change_lists_after_figures_named_one_by_one_are_their_changes():
    from extractor import extract
    d = extract("某市热线\n发布时间：2025-09-23\n今年以来，全市热线诉求解决率为95.03%、满意率为96.15%，"
                "同比分别提高4.44、2.75个百分点。")
    got = {m.text: (m.value, m.unit, m.change.direction if m.change else None, m.indicator) for m in d.metrics}
    assert got["提高4.44"] == (4.44, "个百分点", "up", "热线诉求解决率")
    assert got["2.75个百分点"] == (2.75, "个百分点", "up", "满意率")


def test_a_plan_that_is_a_document_or_a_kind_of_information_is_counted():
    from extractor import extract
    d = extract("某县政府信息公开年度报告\n发布时间：2024-01-22\n全年主动公开政府信息47条，其中通知公告16条，工作计划2条，"
                "工作总结1条。主动公开规划信息、行政许可等政府信息19322条。2024年计划新建调解室10个。")
    assert {m.text for m in d.metrics} == {"47条", "16条", "2条", "1条", "19322条"}


def test_changes_told_with_缩减_and_with_均_or_率为_between_verb_and_number():
    from extractor import extract
    d = extract("某县动态\n发布时间：2023-05-06\n平均审结时间缩减32%。工资类案件数量同比下降均超过20%。"
                "受理工单6455件，同比增长率为28.18%。与2023年相比，新收、受理的行政复议案件分别多出435件、317件。")
    got = {m.text: m.change.direction if m.change else None for m in d.metrics}
    assert got == {"缩减32%": "down", "同比下降均超过20%": "down", "6455件": None, "同比增长率为28.18%": "up",
                   "多出435件": "up", "317件": "up"}
    d = extract("某县动态\n发布时间：2023-05-06\n2017年业务经费125万元，比2016年增长12%，业务经费使用率高达94.2%。")
    assert {m.text: m.change.direction if m.change else None for m in d.metrics}["94.2%"] is None  # (as high as)


def test_a_villages_group_named_by_its_number_is_no_count():
    from extractor import extract
    d = extract("某县动态\n发布时间：2023-05-06\n林业站技术员来到大埠头村5组下黄土院子，盘假村5组、9组存在纠纷。全镇共组建调解小组12组。")
    assert [m.text for m in d.metrics] == ["12组"]


def test_the_share_of_a_target_reached_is_a_result_and_the_target_stays_a_target():
    from extractor import extract
    d = extract("某县动态\n发布时间：2023-07-06\n上半年，已提供法律援助服务26163人次，完成年度目标任务35000人次的75%。"
                "2019年征收土地3500余亩，完成年度目标任务的230%。力争2025年达到95%。")
    assert [m.text for m in d.metrics] == ["26163人次", "75%", "3500余亩", "230%"]


def test_verbs_the_tagger_reads_as_nouns_still_hand_over_to_what_follows_the_number():
    from extractor import extract
    d = extract("某县动态\n发布时间：2023-05-06\n今年以来，全县共受理行政复议案件45件。市中级人民法院选派17名业务骨干，深入基层开展指导。")
    assert {m.text: m.indicator for m in d.metrics}["17名"] == "业务骨干"


def test_a_span_of_time_naming_a_rate_is_part_of_its_name():
    from extractor import extract
    d = extract("某县动态\n发布时间：2023-05-06\n今年以来，城区出警8分钟到达率83.68%，7日内程序回复率100%，平均办理时长缩短至15天。")
    assert [(m.text, m.indicator) for m in d.metrics] == [("83.68%", "城区出警8分钟到达率"), ("100%", "7日内程序回复率"),
                                                          ("15天", "平均办理时长")]


def test_a_streak_of_a_change_says_what_changed():
    from extractor import extract
    d = extract("某市法院工作\n发布时间：2025-06-20\n全市法院收案数连续14年上升，2024年首次下降。全市调解结案率达43.0%，连续3年增长。")
    got = {m.text: m.indicator for m in d.metrics}
    assert "收案数上升" in got["连续14年"] and got["连续3年"] == "调解结案率增长"


def test_a_list_of_places_names_the_members_of_the_head_after_the_number():
    from extractor import extract
    d = extract("某市概况\n发布时间：2025-06-20\n酒泉市辖肃州区、金塔县、玉门市、瓜州县、敦煌市、肃北蒙古族自治县、阿克塞哈萨克族自治县7个县市区，总人口113万人。")
    assert {m.text: m.indicator for m in d.metrics}["7个"] == "县市区"


def test_a_place_before_the_number_says_where_and_the_head_after_it_what():
    from extractor import extract
    d = extract("某州法院工作\n发布时间：2025-06-20\n恩施州8家基层法院全面入驻县级综治中心，全州法院共受理案件1200件。")
    assert {m.text: m.indicator for m in d.metrics}["8家"].startswith("基层法院")


def test_session_ordinals_report_parts_and_quotas_are_no_metrics():
    from extractor import extract
    d = extract("某区法治政府建设情况报告\n发布时间：2025-03-19\n认真落实省委七届八次、九次全会精神和六届人大四次会议部署。"
                "报告由总体情况等6个部分组成。该县成立定编6人的服务中心，全年调解纠纷120件。\n1 条记录 1/1 页")
    assert [m.text for m in d.metrics] == ["120件"]


def test_changes_joined_by_he_apply_in_order_to_the_numbers_before_them():
    from extractor import extract
    doc = extract("全市法院工作报告\n全市法院受理案件118847件，办结105245件，同比上升7.25%和17.41%。其中，市中院受理16550件。")
    changes = [(m.text, m.indicator, m.change.direction) for m in doc.metrics if m.change]
    assert changes == [("同比上升7.25%", "法院受理案件", "up"), ("17.41%", "办结", "up")]


def test_a_change_after_a_change_measures_the_same_thing():
    from extractor import extract
    doc = extract("某县法院收结案情况\n与上年同比，受案增加167件，上升10.21%，结案增加34件，上升3.95%。")
    assert [(m.text, m.indicator) for m in doc.metrics] == [
        ("增加167件", "受案"), ("上升10.21%", "受案"), ("增加34件", "结案"), ("上升3.95%", "结案")]


def test_a_quoted_formula_of_counts_and_its_spelled_out_bracket_are_labels():
    from extractor import extract
    doc = extract("大周镇网格化解矛盾纠纷\n依托镇、村、组，划分网格29个，每个网格由“1名镇干部+1名村干部+1名小组长”负责。"
                  "组建“2+1+1+1”(即2名派出所民辅警、1名街道办工作人员、1名社区工作人员、1名律师)工作专班，化解纠纷46起。")
    assert [m.text for m in doc.metrics] == ["29个", "46起"]


def test_a_number_after_a_verb_counts_its_object_and_the_number_before_its_subject():
    from extractor import extract
    doc = extract("测试新闻标题文字\n推动“多网合一”，指导13个乡镇科学划分网格1695个，打通服务群众“最后一公里”。"
                  "目前，全市6个行政村共有“法律明白人”195名。确定1个重点整改领域和4个败诉率较高的街道作为重点地区。")
    got = {m.text: m.indicator for m in doc.metrics}
    assert got["1695个"] == "划分网格" and got["6个"] == "行政村" and got["195名"] == "“法律明白人”"
    assert got["1个"] == "重点整改领域"


def test_numbers_in_a_bracketed_list_of_items_and_a_change_after_a_remark():
    from extractor import extract
    doc = extract("热线季度通报\n各县市区中工单办理数排在前五位的是:岳阳县(4383件)、岳阳楼区(4048件)、湘阴县(3532件)和临湘市(2328件)。"
                  "今年以来，全县法院共受理各类案件83件(含旧存5件)，同比上升3%，审结案件60件。")
    got = [(m.text, m.indicator) for m in doc.metrics]
    assert got[:4] == [("4383件", "岳阳县"), ("4048件", "岳阳楼区"), ("3532件", "湘阴县"), ("2328件", "临湘市")]
    assert ("同比上升3%", "受理各类案件") in got


def test_last_weeks_figure_after_a_bracketed_average_measures_the_count_before_it():
    from extractor import extract
    doc = extract("警情周报\n(一)刑事类警情。本周共接刑事类警情70起(日均10起),较上周的62起增加8起,环比上升13.9%。",
                  published_at="2017-01-16")
    got = {m.text: m.indicator for m in doc.metrics}
    assert got["62起"] == got["环比上升13.9%"] == got["70起"] == "接刑事类警情"


def test_a_light_verbs_object_after_the_scope_even_when_it_is_verbal():
    from extractor import extract
    doc = extract("检察听证工作情况\n2024年，全州检察机关共开展公开听证857件次，同比上升20%。")
    assert doc.metrics[0].indicator == "开展公开听证"


def test_a_rate_stated_as_standing_at_a_level():
    from extractor import extract
    doc = extract("某中心工作综述\n该中心年均受理复议案件近千件，其中，调解结案率在40%以上，群众诉求响应率始终在100%。",
                  published_at="2024-01-01")
    assert {m.text: m.indicator for m in doc.metrics}["40%以上"] == "调解结案率"
    assert {m.text: m.indicator for m in doc.metrics}["100%"] == "群众诉求响应率"


def test_the_object_after_a_count_when_the_words_before_are_a_verb_or_a_township():
    from extractor import extract
    doc = extract("某镇网格化治理\n该镇将23个行政村划分成181个网格，网格长全部由党员担任。李桥乡共90余名“法律明白人”，40名人民调解员。",
                  published_at="2024-01-01")
    got = {m.text: m.indicator for m in doc.metrics}
    assert got["181个"] == "网格" and got["90余名"] == "“法律明白人”" and got["23个"] == "行政村"


def test_service_hours_and_the_parties_of_a_story_are_no_counts():
    from extractor import extract
    doc = extract("某县综治中心\n中心提供24小时在线服务，热线365天受理，两家因宅基地发生纠纷，两人争执不下。中心不到24小时化解纠纷3起。",
                  published_at="2024-01-01")
    assert sorted(m.text for m in doc.metrics) == ["3起", "不到24小时"]
    doc = extract("某县综治中心\n中心调解系统已安全运行365天。", published_at="2024-01-01")  # (a result)
    assert [m.text for m in doc.metrics] == ["365天"]


def test_a_remark_in_brackets_after_the_indicator_is_no_part_of_it():
    from extractor import extract
    doc = extract("某区法院发布数据\n发布时间:2025-01-02\n2024年，全区法院受理执行案件(不包含执恢和执保案件)2697件，同比上升36.45%。")
    assert [m.indicator.endswith("受理执行案件") for m in doc.metrics] == [True, True]


def test_the_items_of_a_ranking_after_fenbiewei_are_what_is_counted():
    from extractor import extract
    doc = extract("某市热线周报\n发布时间:2022-03-01\n群众诉求排在前两位的分别为卫生健康类2652件，城市管理类817件。")
    assert [m.indicator for m in doc.metrics] == ["卫生健康类", "城市管理类"]


def test_a_month_with_its_number_in_brackets_is_that_numbers_period():
    from extractor import extract
    doc = extract("某省信访工作\n发布时间:2020-04-27 16:48\n今年一季度，涉及疫情信访诉求1539件，主要集中在2月份(615件)和3月份(800件)。")
    assert [(m.text, m.period.text) for m in doc.metrics] == [("1539件", "今年一季度"), ("615件", "2月份"), ("800件", "3月份")]


def test_higher_or_lower_than_a_comparison_is_a_change_and_a_maximum_is_not():
    from extractor import extract
    doc = extract("某市热线\n发布时间:2023-11-02\n本月提前办结率69.16%，比全市平均值高7.05%，重派率比上月低0.34%。"
                  "全县向困难群众发放司法救助金，每人最高3000元。")
    changes = {m.value: (m.change.direction if m.change else None) for m in doc.metrics}
    assert changes[7.05] == "up" and changes[0.34] == "down" and changes[69.16] is None and changes[3000.0] is None


def test_the_number_of_a_public_service_line_is_no_count():
    from extractor import extract
    doc = extract("某市法律援助\n发布时间:2023-11-02\n市民可拨打12348天津法网热线咨询，全年共解答咨询12350人次。")
    assert [m.value for m in doc.metrics] == [12350.0]


def test_a_date_after_the_speaker_opens_its_sentence_for_the_next_ones():
    from extractor import extract
    doc = extract("某省法律援助工作\n发布时间:2019-02-02\n据悉，我省2018年共受理法援案件106871件。山东省法律援助经费总投入16061.54万元。")
    assert [m.period.text if m.period else None for m in doc.metrics] == ["2018年", "2018年"]


def test_a_sentence_opening_date_reaches_across_a_hard_wrapped_line():
    from extractor import extract
    doc = extract("信访工作\n2012年，全市信访系统组织开展领导干部下访，推进信访积案化解，推进体制机制创\n"
                  "新，妥善处理群众反映的问题。全年接待处理群众来市信访2007件，其中来信780件\n（网上信访361件），来访1227起。")
    assert {m.text: (m.period.start_date if m.period else None) for m in doc.metrics}["361件"] == "2012-01-01"


def test_a_paragraphs_opening_year_reaches_across_many_hard_wrapped_lines():
    # a work report set in a PDF's narrow column: one paragraph broken into many lines
    doc = extract("广安市中级人民法院工作报告\n——2025 年 1 月 8 日在广安市第六届人民代表大会第四次会议上\n各位代表:\n"
                  "现在,我代表广安市中级人民法院向大会报告工作,请予审议,并请市政协委员提出意见。\n"
                  "2024 年工作回顾\n2024 年,在市委的坚强领导下,在市人大及其常委会有力监督,市政府大力支持、市政协民\n"
                  "主监督和社会各界关心支持下,全市法院坚定以习近平新时代中国特色社会主义思想为指导,深\n"
                  "入践行习近平法治思想,全面贯彻落实党的二十大和二十届二中、三中全会精神和习近平总书记\n"
                  "对四川工作系列重要指示精神,坚决落实党中央、省委和市委各项决策部署,坚持为大局服务、\n"
                  "为人民司法,稳中再进、晋位争先,加快推进审判工作现代化,争做新时代小平家乡种树人,各\n"
                  "项工作取得新成效。全市法院共受理各类案件 65023 件,办结案件 59344 件。", published_at="2025-01-17")
    assert {m.text: m.period and m.period.start_date for m in doc.metrics} == {"65023 件": "2024-01-01", "59344 件": "2024-01-01"}


def test_a_span_since_an_event_in_the_numbers_sentence_outranks_the_paragraphs_opener():
    doc = extract(LEAD + "近年来，街道以综治中心建设为突破口。街道综治中心自2022年8月建成投入使用以来，"
                  "累计受理各类矛盾纠纷4000余起。", published_at="2026-01-28")
    assert [(m.text, m.period.start_date, m.period.end_date) for m in doc.metrics] == [
        ("4000余起", "2022-08-01", "2026-01-28")]


def test_the_day_a_figure_was_told_gives_way_to_the_span_it_covers():
    doc = extract(LEAD + "1月25日，记者从市人力资源和社会保障局获悉，中山自去年11月开展根治欠薪冬季专项行动至今，"
                  "共查处欠薪案件130宗。", published_at="2022-01-26")
    assert [(m.text, m.period.start_date, m.period.end_date) for m in doc.metrics] == [
        ("130宗", "2021-11-01", "2022-01-26")]


def test_counts_listed_each_before_its_own_noun():
    doc = extract(LEAD + "对调配的办公用房改造升级，建成投用1间科技审判法庭、2间音视频调解中心，配备办公设施20余套。",
                  published_at="2024-05-01")
    assert [(m.text, m.indicator) for m in doc.metrics][:2] == [("1间", "科技审判法庭"), ("2间", "音视频调解中心")]


def test_a_phrase_opened_by_a_preposition_that_names_the_measured_thing_is_kept():
    doc = extract(LEAD + "全市人民群众安全感指数为96.54%，对政法机关满意度指数为91.91%。该机制推行以来，为企业挽回损失5000余万元。",
                  published_at="2023-07-28")
    assert [m.indicator for m in doc.metrics][1:] == ["对政法机关满意度指数", "为企业挽回损失"]
    doc = extract(LEAD + "依托全市12个调解中心开展工作。", published_at="2023-07-28")
    assert doc.metrics[0].indicator != "依托全市"


def test_numbers_in_the_frame_of_a_change_measure_the_subject_after_it():
    doc = extract(LEAD + "从2021年的20.17%，到2022年的4.03%，再到2023年0.9%，仙居县行政诉讼败诉率连续两年下降。"
                  "从80.92%到84.77%，群众对政法队伍的满意度不断提升。", published_at="2024-01-10")
    assert [m.indicator for m in doc.metrics if m.unit == "%"] == ["仙居县行政诉讼败诉率"] * 3 + ["群众对政法队伍的满意度"] * 2


def test_a_clause_that_goes_on_with_a_verb_alone_keeps_the_subject():
    doc = extract(LEAD + "全县政务服务事项要件数量由3865件，压缩到2643件，共压缩1222件。", published_at="2023-07-28")
    assert len({m.indicator for m in doc.metrics}) == 1


def test_after_the_day_it_was_told_the_year_the_figures_are_of_opens_the_paragraph():
    doc = extract(LEAD + "3月13日，记者从省市场监督管理局获悉，2025年，全省12315平台受理投诉举报23.5万件。"
                  "其中，投诉19.04万件、举报4.46万件。", published_at="2026-03-14")
    assert {m.period.text for m in doc.metrics} == {"2025年"}
    # (the day alone, under a wire's dateline: 26日，记者从…获悉，今年以来…)
    doc = extract(LEAD + "26日，记者从省公安厅新闻发布会上获悉，今年以来全省警方共破获电信诈骗案件400起。"
                  "封堵相关网址和域名74万余个，止付涉案金额约14.7亿元。", published_at="2021-08-27")
    assert {m.period.text for m in doc.metrics} == {"今年以来"}


def test_a_dates_list_of_numbers_all_take_the_date():
    doc = extract(LEAD + "旅游接待人数和旅游综合收入从2008年的78万人次和1亿元，猛增到2017年的606万人次和49.91亿元。",
                  published_at="2018-05-01")
    assert [(m.text, m.period.text) for m in doc.metrics] == [
        ("78万人次", "2008年"), ("1亿元", "2008年"), ("606万人次", "2017年"), ("49.91亿元", "2017年")]


def test_a_news_dateline_is_no_part_of_the_indicator():
    doc = extract(LEAD + "奔流新闻讯(记者张秀芸)接报各类有效警情26.44万余起。", published_at="2025-01-10")
    assert doc.metrics[0].indicator == "接报各类有效警情"


def test_round_counts_in_a_slogan_are_no_metrics():
    doc = extract(LEAD + "民警扎根社区，进千家门、解百家困、知百家事。2023年以来，调解纠纷120件。",
                  published_at="2024-01-01")
    assert [m.text for m in doc.metrics] == ["120件"]


def test_a_long_reporting_clause_still_leaves_the_year_opening_the_sentence():
    doc = extract(LEAD + "3月13日，记者从贵州省市场监督管理局“3·15”国际消费者权益日新闻通气会上获悉，2025年，"
                  "全省12315平台受理投诉举报23.5万件。其中，投诉19.04万件。", published_at="2026-03-14")
    assert {m.period.text for m in doc.metrics} == {"2025年"}


def test_after_a_wire_dateline_and_a_statistics_lead_the_span_opens_the_paragraph():
    doc = extract(LEAD + "人民网北京2月22日电 (尹星云)据北京市城管执法局指挥中心统计，2月15日至2月21日，城管热线共受理群众举报1155件。"
                  "其中，无照经营的举报量同比下降42.4%。", published_at="2016-02-22")
    assert {(m.text, m.period.start_date, m.period.end_date) for m in doc.metrics} == {
        ("1155件", "2016-02-15", "2016-02-21"), ("同比下降42.4%", "2016-02-15", "2016-02-21")}


def test_a_span_after_a_sections_marker_and_heading_opens_the_paragraph():
    doc = extract(LEAD + "一、总体投诉情况 2025年2月份，我局受理各类投诉事项688次。 1. 从分类看，呈六增一减态势。 "
                  "建设类事项233件次，环比增幅56.4%。", published_at="2025-03-28")
    assert {m.period.text for m in doc.metrics} == {"2025年2月份"}


def test_a_span_after_a_run_in_heading_naming_what_is_reported_opens_the_paragraph():
    doc = extract(LEAD + "1.市12345在线平台受理情况:6月份,市12345在线平台共受理各类诉求63458件。"
                  "从办理情况看,直接办结31690件,结案率88.34%。", published_at="2019-07-26")
    assert {m.period.text for m in doc.metrics} == {"6月份"}


def test_a_page_in_traditional_characters_is_read_and_given_back_in_them():
    doc = extract("某縣司法局工作動態\n2023年，全縣共受理仲裁案件1.2萬件，同比增長50.32%；調解糾紛356個，較上年減少12個，"
                  "調解成功率達98.5%，涉及金額3.5億元。", published_at="2024-01-05")
    got = [(m.text, m.value, m.unit, m.indicator, m.change and m.change.direction) for m in doc.metrics]
    assert got[:4] == [("1.2萬件", 12000.0, "件", "受理仲裁案件", None), ("同比增長50.32%", 50.32, "%", "受理仲裁案件", "up"),
                       ("356個", 356.0, "個", "調解糾紛", None), ("較上年減少12個", 12.0, "個", "調解糾紛", "down")]
    assert all(doc.body[m.start:m.end] == m.text for m in doc.metrics)
    assert doc.body.startswith("2023年，全縣") and [d.text for d in doc.dates] == ["2023年"]


def test_percentage_points_in_traditional_characters_keep_the_unit_the_contract_spells():
    doc = extract("某縣司法局工作動態\n2023年，全縣調解成功率達98.5%，同比上升2.73個百分點，受理糾紛356個。",
                  published_at="2024-01-05")
    got = [(m.text, m.unit) for m in doc.metrics]
    assert got == [("98.5%", "%"), ("同比上升2.73個百分點", "个百分点"), ("356個", "個")]


def test_a_sum_of_money_without_its_yuan_after_a_word_of_money_and_no_other_bare_multiple():
    found = metrics("全县累计损失259.43万，其中隽水镇损失128.97万余；收案标的金额111.85亿。"
                    "全市近50 万老年人受益，覆盖人口30万。")
    assert [(m[0], m[1], m[2]) for m in found] == [("259.43万", 2594300.0, "元"), ("128.97万余", 1289700.0, "元"),
                                                    ("111.85亿", 11185000000.0, "元")]
    doc = extract(LEAD + "全县累计损失128.97万余，同比下降5%。", published_at="2024-01-05")
    assert (doc.metrics[0].kind, doc.metrics[0].qualifier) == ("money", "more_than")
    # (a count of people, projects or cases whose unit the text leaves out is no sum of money, nor any metric)
    assert metrics("全县投资项目达到1.2万。享受补贴人数达1.5万。罚款案件2万。累计发放救助金惠及困难群众3.5万。") == []


def test_departments_counted_are_what_the_count_measures():
    got = indicators("人社、司法、法院等7部门共建的调解中心揭牌，全年调解纠纷200件。")
    assert got[:2] == [("7部门", "部门"), ("200件", "调解纠纷")]


def test_kinds_cases_categories_notices_square_metres_and_per_mille_are_units():
    found = metrics("全年共办理7案、12案次，涉及13种纠纷，分为4大类，发布信息5则，面积50平米，万人发案率0.24‰。"
                    "审结5案件，种植3种树，严格落实1票否决制。")
    assert [(m[0], m[2]) for m in found] == [("7案", "案"), ("12案次", "案次"), ("13种", "种"), ("4大类", "大类"),
                                             ("5则", "则"), ("50平米", "平米"), ("0.24‰", "‰")]


def test_a_target_word_in_one_item_of_a_list_of_counts_makes_no_target_of_the_items_after_it():
    found = metrics("主要类别包括：组织机构3条、拟新增栏目1条、人事信息1条、工作动态52条。明年力争A类案件100件、B类案件200件。")
    assert [m[0] for m in found] == ["3条", "1条", "52条"]
    # (the list's lead runs to its first count, past a year: 2024年计划新建…10个、培训…200人 is a plan throughout)
    assert metrics("2024年计划新建调解室10个、培训调解员200人、开展普法活动50场。", published="2024-11-20") == []


def test_a_target_word_in_a_bracketed_remark_on_a_category_makes_no_target():
    found = metrics("2015年，资源、城建(包括国有土地上房屋征收、规划、不动产登记等)、公安领域的一审行政诉讼新收案件数分别为2698件、1822件、855件。"
                    "城建领域(计划2025年完成30件)整改。")
    assert [m[0] for m in found] == ["2698件", "1822件", "855件"]


def test_calls_counted_as_reports_are_no_phone_number():
    found = metrics("全市共接报各类报警及求助电话16502起。下一步，将力争化解纠纷100件。")
    assert [m[0] for m in found] == ["16502起"]


def test_a_natural_growth_rate_is_a_rate_not_a_change():
    doc = extract(LEAD + "全县人口出生率为12.16‰，人口自然增长率为7.69‰；受理案件1200件，同比增长率为5%。", published_at="2022-03-01")
    got = {m.text: m.change and m.change.direction for m in doc.metrics}
    assert got["7.69‰"] is None and got["同比增长率为5%"] == "up"


def test_counts_of_postings_calls_and_places_moved_in_a_ranking():
    found = metrics("全区排名前进了5个名次，发布信息230篇次，接听来电4.3万通次，报送信息56条次。")
    assert [(m[0], m[1], m[2]) for m in found] == [("5个名次", 5.0, "个名次"), ("230篇次", 230.0, "篇次"),
                                                    ("4.3万通次", 43000.0, "通次"), ("56条次", 56.0, "条次")]


def test_categories_after_a_verb_of_where_things_fall_are_what_is_counted():
    doc = extract(LEAD + "2024年，行政应诉案件主要集中在人力资源和社会保障类511件、自然资源类案件459件、公安类257件。",
                  published_at="2025-03-01")
    assert [m.indicator for m in doc.metrics] == ["人力资源和社会保障类", "自然资源类案件", "公安类"]


def test_a_change_opening_the_next_sentence_without_a_subject_is_the_last_numbers():
    doc = extract(LEAD + "1-9月，全区12345公众服务热线共受理工单6455件。比上年同期增加1419件。", published_at="2018-10-10")
    assert [(m.text, m.indicator) for m in doc.metrics] == [("6455件", "受理工单"), ("比上年同期增加1419件", "受理工单")]


def test_parts_of_a_total_by_year_count_what_the_total_counts():
    doc = extract(LEAD + "2021年至2023年，全市基层法院共受理一审房屋买卖合同纠纷案件2271件，其中2021年1431件，"
                  "2022年625件，2023年215件，总体呈下降趋势。", published_at="2024-03-17")
    got = [(m.text, m.indicator, m.period.text) for m in doc.metrics]
    assert got == [("2271件", "受理一审房屋买卖合同纠纷案件", "2021年至2023年"),
                   ("1431件", "受理一审房屋买卖合同纠纷案件", "2021年"),
                   ("625件", "受理一审房屋买卖合同纠纷案件", "2022年"),
                   ("215件", "受理一审房屋买卖合同纠纷案件", "2023年")]


def test_a_date_next_to_its_number_is_that_numbers_and_a_remark_shares_its_numbers_period():
    doc = extract(LEAD + "2021年至2023年，全市共受理纠纷案件2271件，其中2021年1431件，2023年215件，总体呈下降趋势；"
                  "审结案件2474件。市中院受理二审案件191件，其中2022年103件(其中商品房预售合同纠纷45件)，2023年37件。",
                  published_at="2024-03-17")
    got = {m.text: m.period.text for m in doc.metrics}
    assert got["2474件"] == "2021年至2023年"  # (2023年 is 215件's)
    assert got["45件"] == "2022年"


def test_a_sentence_breaking_down_the_total_before_it_counts_over_the_totals_period():
    doc = extract("7月31日，市12315指挥中心召开新闻发布会，第二季度共接到案件13499件。"
                  "其中受理消费者投诉9880件，占73%。全年目标为…", published_at="2023-08-01")
    got = {m.text: m.period and m.period.text for m in doc.metrics}
    assert got["9880件"] == "第二季度" and got["73%"] == "第二季度"
    # the total is the last number of the sentence's own period, not a compared year's figure after it
    doc = extract(LEAD + "2018年我市共发生行政诉讼一审案件434件，与2017年的440件基本持平。其中，行政机关负责人出庭应诉的87件，"
                  "占诉讼案件的21.75%。", published_at="2019-03-01")
    got = {m.text: m.period and m.period.text for m in doc.metrics}
    assert got["87件"] == "2018年" and got["21.75%"] == "2018年"
    # …and the last number of the sentence otherwise, whatever the first
    doc = extract(LEAD + "2023年受理行政复议案件100件，2024年受理120件。其中，撤销案件45件。", published_at="2025-03-01")
    assert {m.text: m.period and m.period.text for m in doc.metrics}["45件"] == "2024年"
    doc = extract(LEAD + "与2017年的440件相比，2018年我市共发生行政诉讼一审案件434件。其中，行政机关负责人出庭应诉的87件。",
                  published_at="2019-03-01")
    assert {m.text: m.period and m.period.text for m in doc.metrics}["87件"] == "2018年"


def test_a_clause_before_the_number_ending_in_de_says_which_of_what_follows():
    doc = extract(LEAD + "走进调解工作站，由省金融消费调解中心选派的6名专职调解员，在各自岗位上接待群众。")
    assert doc.metrics[0].text == "6名" and doc.metrics[0].indicator.endswith("专职调解员")


def test_a_de_clause_keeps_what_defines_the_things_counted_not_who_did_what_before():
    # a short defining clause stays; the scene (an actor and what he did, a preposition's frame) goes
    assert indicators("本年度驻所调解室调处的83起案件全部履行完毕。") == [("83起", "驻所调解室调处的案件")]
    assert ("1316户", "列入经营异常名录的企业") in indicators("宁夏市场监管厅对列入经营异常名录的1316户企业开展信用修复。")
    assert indicators("县司法局特地遴选了业务精通的2名律师，驻点服务。") == [("2名", "律师")]
    assert indicators("组建由平安志愿者、社区民警、律师、网格员等组成的46支网格服务团队。") == [("46支", "网格服务团队")]


def test_a_de_clause_inside_which_a_preposition_stands_is_kept_whole():
    # 为/向/给 belong to the clause (who the documents were written for), and 对 is the clause's own
    # when a noun, not its verb, follows it; a long clause that defines the things stays too
    assert indicators("区法律援助中心为困难群众代写的45份法律文书均获采纳。")[0][1].endswith("为困难群众代写的法律文书")
    assert indicators("申请人对行政复议决定不服向法院起诉的9件案件，法院均判决驳回诉讼请求。")[0][1] \
        .endswith("向法院起诉的案件")
    assert indicators("行政机关负责人出庭应诉的186件行政诉讼案件中，败诉12件。")[0][1].startswith("行政机关负责人出庭应诉的")
    # …and 了 ends the clause only as the aspect of a deed, not inside 了解
    assert indicators("对不了解政策的120名群众逐户讲解。") == [("120名", "不了解政策的群众")]


def test_a_verbal_noun_ending_a_noun_phrase_is_what_the_count_measures():
    # 活动 and 教育 end the phrase counted by 场次; only a verbal noun used as the verb (专门设置, 设置了)
    # hands the count to what follows
    assert indicators("全年开展“法律进乡村”宣传活动12场次惠及群众3000余人。")[0] == ("12场次", "“法律进乡村”宣传活动")
    assert indicators("开展法治宣传教育活动36场次覆盖群众5000余人。")[0] == ("36场次", "法治宣传教育活动")


def test_a_count_after_a_preposition_or_a_verbal_noun_counts_what_follows():
    # jieba tags 设置 a verbal noun; what it set up follows the number, as after 以/就
    assert indicators("原阳县信访局设置了6个调解室和心理疏导室。") == [("6个", "调解室和心理疏导室")]
    assert indicators("黄金社区以7名社区调解员为基础组建调解队伍。") == [("7名", "社区调解员")]
    # money is no count: 投资140万元打造 keeps its measure before the number
    assert indicators("街道累计投资140万元打造调处室。")[0][1].endswith("投资")


def test_what_moves_from_one_number_to_another_measures_both():
    got = indicators("按期办结率从99.75%略回落到99.72%;群众满意率从96.51%上升为96.68%。")
    assert [ind for _, ind in got] == ["按期办结率", "按期办结率", "群众满意率", "群众满意率"]
    assert [ind for _, ind in indicators("律师事务所从707家增加到966家。")] == ["律师事务所", "律师事务所"]
    # 由…组成 is no move: each count keeps its own head
    assert [ind for _, ind in indicators("调委会由1名兼职主任、4名兼职委员组成。")] != ["调委会", "调委会"]


def test_a_count_run_into_its_share_counts_what_comes_before_it():
    assert indicators("从举报方式来看,来信292件占73%,来访27件占7%。")[::2] == [("292件", "来信"), ("27件", "来访")]
    assert ("11件", "公开听证") in indicators("其中,公开听证11件占比78%。")


def test_a_counted_head_ends_where_its_predicate_begins():
    # 村 is a noun however the dictionary tags it; a verb whose object opens with a numeral, a
    # demonstrative or a quoted name is the clause's predicate, not part of the head
    assert indicators("目前，该县“一村一辅”工作已在全县187个村推广执行。") == [("187个", "村")]
    assert indicators("今年，全市5个项目入围第七届“法治政府奖”。") == [("5个", "项目")]
    assert indicators("全区10个单位成立“热线联盟”。") == [("10个", "单位")]


def test_an_actor_before_the_verb_is_who_did_it_not_what_is_counted():
    assert indicators("今年以来，警务助理协助社区民警破获各类案件32起。") == [("32起", "破获各类案件")]
    assert indicators("全年，区人民法院已向社会工作联络站推送矛盾纠纷165件。") == [("165件", "推送矛盾纠纷")]
    # an actor after the opening verb is that verb's object, the doer of what is counted
    assert indicators("一是组织全县行政执法人员旁听庭审4场。") == [("4场", "行政执法人员旁听庭审")]


def test_a_numbered_heading_run_into_a_sentence_lets_the_date_after_it_open_one():
    # a report printed as one paragraph: …报告如下: 一、heading 2023年，…: the year after the heading
    # opens the sentences that follow, not the 以来 the report began with
    doc = extract("2023年以来，我区不断提升行政执法质量和效能。现将全区2023年行政执法工作情况报告如下: "
                  "一、全区2023年行政执法总体情况 2023年,全区各行政执法单位共办理各类行政执法案件46.6万宗。"
                  "其中,行政处罚7960宗。", published_at="2024-01-19")
    assert {m.text: m.period.text for m in doc.metrics} == {"46.6万宗": "2023年", "7960宗": "2023年"}


def test_a_dash_before_a_paragraphs_opening_time_leaves_it_opening_the_paragraph():
    doc = extract("2024年主要工作\n2024年是关键一年，检察院推动检察工作高质量发展。\n"
                  "——这一年，我们坚持以人民为中心。精品案例持续输出，13件案件获评全省典型案例。",
                  published_at="2025-03-21")
    assert {m.text: m.period and m.period.start_date for m in doc.metrics} == {"13件": "2024-01-01"}


def test_a_date_after_a_quoted_sentence_opens_the_paragraph_for_the_sentences_after_it():
    doc = extract("积分兑换见成效\n老黄说:“领到钱我就去买肉灌香肠来过年!”2025年12月13日，高县月江镇平安公益积分"
                  "兑换现场热闹非凡，村民在兑换表上签下名字。老黄顺利领到了232元现金奖励。",
                  published_at="2026-01-22")
    assert {m.text: m.period and m.period.text for m in doc.metrics} == {"232元": "2025年12月13日"}


def test_a_bare_category_after_examples_keeps_them_a_named_one_stands_alone():
    # 案件, 事项, 活动 alone say nothing: the examples before 等 name what was counted
    assert indicators("审结金融借款、民间借贷等案件24455件。") == [("24455件", "审结金融借款、民间借贷等案件")]
    assert indicators("开展“送法入户”“田间地头普法”等活动22场次。") == [("22场次", "“送法入户”“田间地头普法”等活动")]
    # a category with its own name needs no examples
    assert indicators("打造“法治院坝”“调解长廊”等红色阵地12个。") == [("12个", "红色阵地")]
    # 等 inside a word (等级, 同等, 等待) closes no list
    assert indicators("全年一般等级事故93件，较大等级事故65件。") == [("93件", "一般等级事故"), ("65件", "较大等级事故")]
    assert indicators("热线平台全天等待服务量1776通。")[0][1].endswith("等待服务量")


def test_what_was_done_after_a_place_phrase_closed_by_its_localizer():
    assert indicators("东湖街道办事处在越城区政府信息公开系统上主动公开政府信息47条。") == [("47条", "主动公开政府信息")]
    assert indicators("东山镇在秀英区政府信息公开平台网站上更新各类信息76条。") == [("76条", "更新各类信息")]


def test_a_respectively_list_of_periods_gives_each_number_its_period_not_its_indicator():
    found = [(m.text, m.indicator, m.period.text) for m in extract(
        LEAD + "该院2015年、2016年、2017年收案分别为3075件、3813件、4908件。", published_at="2024-11-20").metrics]
    assert found == [("3075件", "收案", "2015年"), ("3813件", "收案", "2016年"), ("4908件", "收案", "2017年")]
    # 分别 opens no indicator
    assert indicators("2、3月份，分别占当月信访总量的24.4%和10.4%。")[0][1] == "占当月信访总量"


def test_bracketed_numbers_of_a_ranking_and_of_a_list_ending_before_a_spaced_stop():
    found = indicators("投诉较多的是住宿服务(占服务消费投诉的34%)>美容美发服务(8%)>教育培训服务(7%)>销售服务(5%)。")
    assert found[1:] == [("8%", "美容美发服务"), ("7%", "教育培训服务"), ("5%", "销售服务")]
    found = indicators("诉求主要涉及社区管理(12条)、体育娱乐(11条)、道路设施(9条) 。")
    assert found[1:] == [("11条", "体育娱乐"), ("9条", "道路设施")]


def test_a_share_after_a_category_named_in_the_clause_before():
    # 其次是…: the place in a ranking; …类: a category, though its words are verbs (涉水)
    assert indicators("涉及大气类举报最多，占27.9%；其次是涉水类，占22.9%。")[1] == ("22.9%", "涉水类")


@pytest.mark.parametrize("verb,direction", [("压降", "down"), ("锐减", "down"), ("下跌", "down"), ("跌幅", "down"), ("调低", "down"),
                                            ("猛增", "up"), ("回升", "up"), ("涨幅", "up"), ("跃升", "up"), ("提速", "up")])
def test_change_verbs_of_two_characters_need_no_basis(verb, direction):
    found = metrics(f"全县受理案件120件，检查频次{verb}30%。")
    assert found[1][0] == f"{verb}30%" and found[1][4] == direction


def test_a_space_between_a_number_and_its_multiplier():
    found = metrics("全年共受理群众诉求5 万件，挽回损失27.4 万元，直接调处 1600 余起。")
    assert [(m[0], m[1], m[2]) for m in found] == [("5 万件", 50000.0, "件"), ("27.4 万元", 274000.0, "元"),
                                                    ("1600 余起", 1600.0, "起")]


def test_years_count_after_a_lead_of_duration_and_never_as_a_name_or_a_plans_term():
    found = metrics("老杨从事人民调解工作30余年，这起纠纷长达10余年。全县实施法治三年行动。")
    assert [(m[0], m[2], m[3]) for m in found] == [("30余年", "年", "duration"), ("10余年", "年", "duration")]
    assert indicators("这起纠纷长达10余年。")[0][1] == "这起纠纷"


def test_years_of_a_career_of_experience_and_of_a_dispute_left_unsolved_count_and_a_calendar_year_does_not():
    found = metrics("老杨从警14年，有30多年的调解工作经验。两村遗留长达三十年的土地纠纷，这场4年未解决的纠纷"
                    "终于化解。2023年全县实施三年行动。")
    assert [(m[0], m[1], m[2]) for m in found] == [("14年", 14.0, "年"), ("30多年", 30.0, "年"),
                                                    ("三十年", 30.0, "年"), ("4年", 4.0, "年")]
    # (a plan's term, a yearly event, savings: no duration of a result)
    assert metrics("全县3年行动经验在全市推广。持续一年一度的调解员培训。他积攒3年工资。") == []


def test_a_word_the_tagger_splits_after_a_count_stays_whole_and_a_rate_after_it_is_of_those_things():
    # (11个国控|断面: 国控 is one word; the rate that follows in the clause is of the sections the count names)
    got = dict(indicators("1-6月，11个国控地表水监测断面水质达到或优于Ⅲ类的比例达100%。"))
    assert got["11个"].startswith("国控地表水监测断面")
    assert got["100%"] == "国控地表水监测断面水质达到或优于Ⅲ类的比例"
    assert dict(indicators("除2020年3件市转线索正在核查外，其余线索已全部办结。"))["3件"].startswith("市转线索")


def test_an_earlier_figure_after_last_months_or_a_named_months_basis_measures_the_same_thing():
    # (the comparison class: 较上月21起, 环比今年2月份21起: last month's figure of the same
    # thing; the indicator never comes from 较/环比)
    got = dict(indicators("全县共立电信网络诈骗案31起，较上月21起上升47.62%。"))
    assert got["21起"] == got["31起"] and "较" not in got["21起"]
    doc = extract(LEAD + "全县共立电信网络诈骗案31起，较上月21起上升47.62%。", published_at="2024-04-08")
    earlier = next(m for m in doc.metrics if m.text == "21起")
    assert (earlier.period.text, earlier.period.start_date, earlier.period.end_date) == ("上月", "2024-03-01", "2024-03-31")
    got = dict(indicators("本月全县共立电信网络诈骗案31起，环比今年2月份21起，上升47.62%。"))
    assert got["21起"] == got["31起"] == got["上升47.62%"]


def test_a_term_holding_a_target_word_names_what_is_counted_and_a_share_of_an_unmeasured_figure():
    # (拟不起诉案件: cases proposed for non-prosecution, counted, no plan; 拟新建: a plan)
    got = dict(indicators("其中，拟不起诉案件4件，占比28%；民事支持起诉案件3件，占比21%。"))
    assert got["4件"] == "拟不起诉案件" and got["28%"] == "拟不起诉案件占比"
    assert "5个" not in dict(indicators("拟新建调解室5个，全年共受理案件30件。"))
    # (隽水镇损失128.97万，占比69.23%: the figure has no unit and is no metric; the share is of what it names)
    got = dict(indicators("其中隽水镇损失128.97万，占比69.23%；五里镇损失30.46万，占比16.35%。"))
    assert got["69.23%"] == "隽水镇损失占比" and got["16.35%"] == "五里镇损失占比"


def test_the_gong_of_a_word_is_no_total_and_a_things_measure_after_a_total_word_keeps_the_thing():
    # (公共安全类5件: no 共 that makes what precedes it the actor; 共享法庭, 共同解决 neither)
    assert dict(indicators("其中反映公共安全类5件，公共卫生类38件。"))["5件"] == "反映公共安全类"
    assert dict(indicators("全区已建成“共享法庭”165个。"))["165个"].endswith("“共享法庭”")
    # (…but 共 as a total still hands over to the verb after it: 调解组织共调解纠纷)
    assert dict(indicators("全县各级调解组织共调解纠纷120件。"))["120件"] == "调解纠纷"
    # (电诈案件累计损失: one measure noun after 累计 is the thing's, not a verb's object)
    assert dict(indicators("本月全县电诈案件累计损失186.30万元。"))["186.30万元"] == "电诈案件累计损失"


def test_a_one_character_light_verb_goes_only_when_it_is_a_word_of_its_own():
    # (处 of 处以 goes; the 处 of 处理, 处罚, 处置 is part of the verb, never cut to 理…, 罚…, 置…)
    got = dict(indicators("全年处理突发群体性事件54件，处罚源头企业94家，处置债权664.3亿元，开展调研走访活动12次。"))
    assert got["54件"] == "处理突发群体性事件" and got["94家"] == "处罚源头企业" and got["664.3亿元"] == "处置债权"
    assert got["12次"] == "调研走访活动"


def test_high_as_a_tail_goes_whole_where_the_tagger_joins_it_to_the_word_before():
    # (占比|高达71.3%: no 占比高)
    assert dict(indicators("2019年全省网上信访占比高达71.3%。"))["71.3%"] == "网上信访占比"


def test_a_count_in_chinese_numerals_of_things_one_can_count_is_a_metric_and_a_slogan_is_not():
    # (RECORDS.md: a count with a classifier; 三十二 gives 32. Not: “两个维护”, 三个方面 of a report)
    got = indicators("县委派出三个督导组，组建三个调解指导小组，全县五个乡镇全部设立调解室。")
    assert got[0] == ("三个", "督导组") and got[1] == ("三个", "调解指导小组") and got[2][1].endswith("乡镇")
    texts = [t for t, _ in indicators("坚决做到“两个维护”，从三个方面作了报告，主要呈现三个特点。")]
    assert texts == []
    # (the thing counted names itself right after the classifier: no 企业 four characters on)
    assert [t for t, _ in indicators("从三个方面加强企业安全监管，以四个环节督促学校落实。")] == []
    assert "一一个" not in dict(indicators("这也是全市唯一一个试点村。"))  # (唯一|一个: no number 一一)
    # (最高达: the 高 stays with 最)
    assert dict(indicators("个案金额最高达318万余元。"))["318万余元"] == "个案金额最高"


def test_a_bracket_that_explains_the_phrase_is_no_part_of_it_and_one_that_renames_it_is():
    got = dict(indicators("个案处罚率(事前处罚案件数/责令整改数)为27.96%，价格投诉(未明码标价、乱收费等)12件。"))
    assert got["27.96%"] == "个案处罚率" and got["12件"] == "价格投诉"
    assert dict(indicators("全县实现村(社区)法律顾问全覆盖，共有村(社区)120个。"))["120个"].endswith("村(社区)")


def test_a_respective_list_of_changes_a_dump_ran_together_is_still_a_list():
    # (同比分别下降27.7%31.7%44.3%: the 、 lost; each change is of the count listed in its place)
    got = extract(LEAD + "全市发生各类生产安全事故107起、死亡86人、受伤39人，同比分别下降27.7%31.7%44.3%。",
                  published_at="2024-11-20").metrics
    changes = [(m.indicator, m.change.direction if m.change else None) for m in got if m.unit == "%"]
    assert changes == [("发生各类生产安全事故", "down"), ("死亡", "down"), ("受伤", "down")]


def test_what_a_bare_verb_after_dui_acts_on_is_part_of_what_is_counted():
    # (对金属非金属矿山行业处罚409次: that industry's penalties; 对李某作出罚款: the verb has its own object)
    got = dict(indicators("对金属非金属矿山行业处罚409次，对化工行业处罚400次。"))
    assert got["409次"] == "金属非金属矿山行业处罚" and got["400次"] == "化工行业处罚"


def test_a_count_after_de_you_is_of_the_things_the_clause_before_says():
    # (日常监督罚款同比上升的有9个市: which cities, not 市 alone)
    assert dict(indicators("日常监督罚款同比上升的有9个市：河池市、桂林市。"))["9个"] == "日常监督罚款同比上升的市"


def test_receiving_visitors_is_what_is_counted_not_a_light_verb():
    assert indicators("其中，红色旅游景区共接待游客2.5万人次。信访局接待来访群众120批次。") == \
        [("2.5万人次", "接待游客"), ("120批次", "接待来访群众")]


def test_vessels_voyages_nets_and_square_metres():
    assert [(m.text, m.unit) for m in extract(LEAD + "查获违规船舶62航次、渔船336艘，清理地笼网34余根，恢复水域5143㎡。根据规定处理。",
                                              published_at="2024-11-20").metrics] == [
        ("62航次", "航次"), ("336艘", "艘"), ("34余根", "根"), ("5143㎡", "㎡")]


def test_increased_revenue_is_a_rise():
    doc = extract(LEAD + "全区一般公共预算收入累计完成61646万元，同比增长10.7%，增收5939万元；非税收入同比减收120万元。",
                  published_at="2024-11-20")
    assert [(m.text, m.change.direction if m.change else None) for m in doc.metrics] == [
        ("61646万元", None), ("同比增长10.7%", "up"), ("增收5939万元", "up"), ("同比减收120万元", "down")]


def test_more_spent_or_less_produced_than_last_year_is_a_change():
    doc = extract(LEAD + "教育支出5.2亿元，比上年增支3.1亿元，增长4.3%；粮食产量11万吨，比上年减产849吨。",
                  published_at="2024-11-20")
    changes = {m.text: m.change.direction if m.change else None for m in doc.metrics}
    assert (changes["比上年增支3.1亿元"], changes["比上年减产849吨"]) == ("up", "down")


def test_a_chinese_numeral_duration_after_a_word_of_how_long_it_took():
    doc = extract(LEAD + "经过两个小时的疏导劝解，双方握手言和。调解员只用了一天时间就将纠纷化解，不到两分钟民警就赶到现场。",
                  published_at="2024-11-20")
    assert [(m.text, m.value, m.unit) for m in doc.metrics] == [
        ("两个小时", 2.0, "小时"), ("一天", 1.0, "天"), ("不到两分钟", 2.0, "分钟")]
    assert extract(LEAD + "有一天，他来到调解室。三年行动计划启动。", published_at="2024-11-20").metrics == []
    assert extract(LEAD + "历时两年半,终于追回欠薪。小两口结婚仅一个月就闹离婚。", published_at="2024-11-20").metrics == []


def test_a_move_from_one_years_figure_to_anothers_measures_the_clause_before_it():
    doc = extract(LEAD + "外流贩毒人数明显减少,由2018年的37人减至2020年的21人,减幅43.2%。满意率从96.51%上升为96.68%。",
                  published_at="2021-04-02")
    indicators = [(m.text, m.indicator) for m in doc.metrics]
    assert all(i.startswith("外流贩毒人数") for t, i in indicators[:3]), indicators
    assert indicators[3:] == [("96.51%", "满意率"), ("96.68%", "满意率")]


def test_a_move_from_a_years_peak_measures_the_subject_of_the_trend_before_it():
    doc = extract(LEAD + "收案数呈逐年下降趋势,从2018年顶峰时期的314276件下降至2022年的181275件,降幅达42.32%。",
                  published_at="2023-06-16")
    assert [(m.text, m.indicator) for m in doc.metrics] == [
        ("314276件", "收案数"), ("181275件", "收案数"), ("降幅达42.32%", "收案数")]
    # (均 is no trend the clause shows: what was set up is what the move counts)
    doc = extract(LEAD + "今年以来，全市各级法院均设立诉调对接中心，由2018年的12个增至2023年的30个。", published_at="2024-05-20")
    assert all("诉调对接中心" in m.indicator for m in doc.metrics)


def test_a_bulletins_numbers_with_no_time_of_their_own_are_of_the_period_it_states():
    body = "为做好相关工作，热线办认真研究部署，积极推进各项任务落实。\n一、总体情况\n热线共受理群众来电1200件，办结率98%。\n"
    doc = extract("2021年3月份市长热线运行情况通报\n发布时间：2021-04-08 10:00\n" + body
                  + "二、对比\n2020年全年受理来电9000件。")
    got = [(m.text, m.period and (m.period.text, m.period.start_date, m.period.end_date)) for m in doc.metrics]
    assert got == [("1200件", ("2021年3月份", "2021-03-01", "2021-03-31")), ("98%", ("2021年3月份", "2021-03-01", "2021-03-31")),
                   ("9000件", ("2020年全年", "2020-01-01", "2020-12-31"))]
    doc = extract("某县热线工作动态\n发布时间：2021-04-08 10:00\n" + body)
    assert [m.period for m in doc.metrics] == [None, None]  # (no bulletin: no period stated)
    doc = extract("2023年5月全县安全生产形势分析会召开\n发布时间：2023-05-28 10:00\n" + body)
    assert [m.period for m in doc.metrics] == [None, None]  # (a meeting's title, no bulletin's)
    doc = extract("2021年3月份市长热线运行情况通报\n发布时间：2021-04-08 10:00\n" + body + "热线累计受理来电50万件。")
    assert doc.metrics[-1].period is None  # (a running total: counted since the line began)


def test_a_second_is_no_count_of_two():
    # (二次伤害, 二次转办, 二次退回补充侦查, 人大二次会议: a second, a secondary; two says 两次)
    doc = extract("一次退回补充侦查11件15人，二次退回补充侦查5件；经热线二次转办，避免二次伤害。全年两次组织集中调解。")
    assert [(m.text, m.indicator) for m in doc.metrics] == [
        ("11件", "一次退回补充侦查"), ("15人", "一次退回补充侦查"), ("5件", "二次退回补充侦查"), ("两次", "组织集中调解")]
    doc = extract("今年以来，开展专项督查二次，召开专题调度会二次、推进会3次。")  # (after its noun: twice)
    assert [m.text for m in doc.metrics] == ["二次", "二次", "3次"]


def test_last_years_pair_is_the_same_thing_over_last_years_period():
    # (去年同期为34件46人: both numbers of the pair measure what 18件20人 does, over last year's period)
    doc = extract("2022年1-3月，本院共受理各类审查逮捕案件18件20人，去年同期为34件46人，件数和人数分别同比下降47.06%、56.52%。",
                  url="http://www.example.gov.cn/art/2022/4/10/art_1.html")
    got = {m.text: (m.indicator, m.period.start_date if m.period else None) for m in doc.metrics}
    assert got["34件"] == got["46人"] == ("受理各类审查逮捕案件", "2021-01-01")
    assert got["20人"] == ("受理各类审查逮捕案件", "2022-01-01")


def test_a_word_naming_only_what_of_a_count_is_measured_takes_the_thing_counted():
    # (件数和人数分别同比下降…: the counted thing's 件数 and 人数; 金额 of the cases counted before it)
    doc = extract("今年以来，共受理审查起诉案件137件204人，件数和人数分别同比下降32.85%、36.76%。"
                  "共解决拖欠工人工资案件45件，金额323288元。")
    got = {m.text: m.indicator for m in doc.metrics}
    assert got["同比下降32.85%"] == "受理审查起诉案件件数" and got["36.76%"] == "受理审查起诉案件人数"
    assert got["323288元"] == "解决拖欠工人工资案件金额"
    # (a rate is no thing counted; 次数 takes the count in 次, not the 人 after it)
    got = {m.text: m.indicator for m in extract("全年调解成功率98%，金额560万元；接警出动1260次，营救被困群众86人，次数同比增长5%。").metrics}
    assert got["560万元"] == "金额" and got["同比增长5%"] == "接警出动次数"


def test_funds_won_are_a_result_though_a_target_word_names_the_winning():
    # (累计争取…经费1.7亿元: what was won; 争取…达到98%: a target)
    doc = extract("近三年，甘肃司法部门累计争取中央政法转移支付法律援助经费1.7亿元，办理法律援助案件9.5万件。"
                  "下一步，全县争取调解成功率达到98%。")
    assert [(m.text, m.indicator) for m in doc.metrics] == [
        ("1.7亿元", "争取中央政法转移支付法律援助经费"), ("9.5万件", "办理法律援助案件")]
    # (共计划…, 已计划…: plans; 将累计争取…: a plan)
    assert extract("今年全县共计划实施重点项目56个，已计划引进项目30个；下一步，将累计争取完成调解案件2000件。").metrics == []


def test_a_month_with_its_fen_before_a_count_is_the_whole_month():
    # (1月份451件: the month is 1月份, no 份 left over as what is counted)
    doc = extract("从每月受理情况看，1月份451件；2月份419件；3月份551件。", published_at="2020-06-10")
    assert [(m.period.text, m.indicator) for m in doc.metrics][:1] == [("1月份", "从每月受理情况")]
    assert all(m.indicator != "份" for m in doc.metrics)


def test_the_first_number_of_a_respective_list_takes_the_first_time():
    # (同比分别下降14%: 分别 in the first number's own text; it goes with 2013年)
    doc = extract("深入开展严打整治专项行动，2013年、2014年刑事发案同比分别下降14%、6.8%。", published_at="2017-10-12")
    assert [m.period.text for m in doc.metrics] == ["2013年", "2014年"]


def test_a_year_qualifying_a_thing_after_the_day_it_was_told_is_no_period_of_the_paragraph():
    doc = extract(LEAD + "26日，记者从县档案馆获悉，1958年建成的县人民礼堂日前完成修缮，共投入资金320万元。"
                  "另外，共发放宣传资料5600份，受理群众咨询320人次。", published_at="2024-07-27")
    assert {m.text: m.period.text for m in doc.metrics if m.text != "320万元"} == {"5600份": "26日", "320人次": "26日"}


def test_what_a_unit_does_run_into_its_name_stays_in_the_counted_phrase():
    assert indicators("全县28个村级人民调解委员会开展规范化建设。") == [("28个", "村级人民调解委员会")]
    assert indicators("全省18507名专职和兼职调解员活跃在基层。") == [("18507名", "专职和兼职调解员")]
    assert indicators("全县建成169个社区调解处置岗。") == [("169个", "社区调解处置岗")]
    assert indicators("全市21个诉源治理领导小组成员单位参会。") == [("21个", "诉源治理领导小组成员单位")]
    # an establishing verb is the clause's predicate, not what the unit does
    assert indicators("全县18个乡镇建立人民调解委员会。") == [("18个", "乡镇")]


def test_an_actors_verb_before_a_unit_is_the_clauses_predicate():
    assert indicators("全市8家单位受理平台派发工单2.3万件。")[0] == ("8家", "单位")


def test_after_a_semicolon_a_clause_saying_its_subject_moved_names_what_the_numbers_after_it_change():
    text = ("“三减”:信访举报总量有所下降,比去年同期减少17件,同比下降28.8%;越级信访举报下降明显,比去年同期减少30件,"
            "同比下降58.8%;网络举报大幅下降,比去年同期减少25件,同比下降92.6%。")
    got = {m.text: m.indicator for m in extract(text).metrics}
    assert got == {"比去年同期减少17件": "信访举报总量", "同比下降28.8%": "信访举报总量",
                   "比去年同期减少30件": "越级信访举报", "同比下降58.8%": "越级信访举报",
                   "比去年同期减少25件": "网络举报", "同比下降92.6%": "网络举报"}


def test_counts_that_would_read_alike_take_the_channel_they_were_published_through():
    got = indicators("2023年,我局通过靖江教育微信公众号发布信息886篇,在门户网站主动发布信息85条,"
                     "在黄石港区政府信息公开目录发布信息12条。")
    assert got == [("886篇", "靖江教育微信公众号发布信息"), ("85条", "门户网站发布信息"),
                   ("12条", "黄石港区政府信息公开目录发布信息")]
    # a long channel keeps what follows its owner; one count alone needs no channel
    assert indicators("通过广西壮族自治区钦州市钦北区人民政府门户网站发布政务信息120条,通过微信公众号发布政务信息36条。") \
        == [("120条", "门户网站发布政务信息"), ("36条", "微信公众号发布政务信息")]
    assert indicators("在县政府门户网站主动公开政府信息215条,在全县范围内开展普法活动12场。") \
        == [("215条", "公开政府信息"), ("12场", "普法活动")]


def test_a_count_to_the_release_day_heading_one_group_leaves_the_next_group_the_sentences_time():
    doc = extract("3月份,市12315指挥中心共受理消费者各类信息3955件,同比增长11.2%;投诉882件;截至目前已办结反馈538件,"
                  "办结反馈率61%;举报213件,同比下降12.3%。", published_at="2025-04-15")
    got = {m.text: m.period.text if m.period else None for m in doc.metrics}
    assert got["538件"] == "截至目前" and got["61%"] == "截至目前"
    assert got["3955件"] == got["882件"] == got["213件"] == got["同比下降12.3%"] == "3月份"


def test_counts_of_the_levels_of_one_thing_listed_each_count_that_thing_at_its_level():
    got = dict(indicators("目前，1个市级、9个县级、84个乡级综治中心均已投入实体化运行。"))
    assert (got["1个"], got["9个"]) == ("市级综治中心", "县级综治中心")
    got = dict(indicators("全市建成1个市级、7个县区级公共法律服务实体平台。"))
    assert (got["1个"], got["7个"]) == ("市级公共法律服务实体平台", "县区级公共法律服务实体平台")
    # counts of other things, listed, keep their own
    got = dict(indicators("全年受理一审案件120件、二审案件30件。"))
    assert (got["120件"], got["30件"]) == ("受理一审案件", "二审案件")


def test_a_count_ending_in_an_upgrade_is_no_level_of_the_thing_after_it():
    got = dict(indicators("完成2个系统升级、3个县级平台建设。"))
    assert got["2个"] == "系统升级"


def test_a_count_up_to_the_end_of_the_month_of_publication_is_a_result_not_a_plan():
    found = metrics("截止到10月份，粉刷宣传标语19条，悬挂横幅22条。", published="2018-10-28")
    assert [m[0] for m in found] == ["19条", "22条"]
    assert metrics("力争到2019年底，粉刷宣传标语30条。", published="2018-10-28") == []


def test_planning_as_a_field_and_a_listed_kind_of_case_make_no_target():
    found = metrics("其中，规划领域同比上升13.10%。含省级目标案件3起、市级目标案件2起。")
    assert [m[0] for m in found] == ["同比上升13.10%", "3起", "2起"]


def test_a_score_is_measured_by_its_name_without_the_copula_after_it():
    text = "嵊州市考核结果公布\n2023年，嵊州市平安建设考核得分为96.5分，满分为100分，全省排名第3。\n"
    got = {m.text: m.indicator for m in extract(text).metrics}
    assert got["96.5分"] == "嵊州市平安建设考核得分" and got["100分"] == "满分"
    # (not 为 where it makes one word with the character before it: 被评为, 列为)
    text = "先进集体表彰\n2023年，该所先后3次被评为先进集体，调解纠纷120件。\n"
    assert not any((m.indicator or "").endswith("评") for m in extract(text).metrics)


def test_a_verb_then_what_it_cut_then_a_percentage_is_that_things_change():
    from extractor import extract
    doc = extract("今年以来，县政务服务中心推行“一件事”集成改革，平均减少办理环节74.85%、精简申报材料43.3%，"
                  "审批时限压缩比达89%，全县规模以上工业增加值增长8.1%，群众满意度提升至目前的95%。")
    got = {m.text: (m.indicator, m.change.direction if m.change else None) for m in doc.metrics}
    assert got["减少办理环节74.85%"] == ("办理环节", "down")
    assert got["精简申报材料43.3%"] == ("申报材料", "down")
    assert got["89%"][1] is None  # (压缩比达89%: the ratio's own name, no cut)
    assert got["增长8.1%"][1] == "up"  # (增加值: value added, no verb)
    assert got["95%"][1] is None  # (提升至…95%: a level)


def test_a_level_after_a_verb_is_no_change_and_a_cut_things_head_stays_the_counts():
    from extractor import extract
    doc = extract("今年以来，我县提高群众满意度95%以上，提升研发投入强度2.5%，其中厨余垃圾减少量占总减少量的30%，"
                  "全县减少群众跑腿90%以上的事项已达860项，为企业群众节约时间50%以上，减少了办理环节40%。")
    got = {m.text: (m.indicator, m.change.direction if m.change else None) for m in doc.metrics}
    assert got["95%以上"][1] is None and got["2.5%"][1] is None and got["30%"][1] is None  # (levels, a share)
    assert got["860项"][0] == "事项" and got["减少群众跑腿90%以上"] == ("群众跑腿", "down")
    assert got["节约时间50%以上"] == ("时间", "down") and got["减少了办理环节40%"] == ("办理环节", "down")


def test_a_bulletins_short_year_on_year_change_words_state_changes():
    doc = extract("2016年全市电信网络诈骗案件发案量比降24.38%，群众损失比降27.53%，抓获犯罪嫌疑人数分别比升9.3%和32.2%。")
    changes = {m.text: (m.change.direction, m.change.basis) if m.change else None for m in doc.metrics}
    assert changes["比降24.38%"] == ("down", "yoy") and changes["比升9.3%"] == ("up", "yoy")
    assert changes["32.2%"] == ("up", "yoy")
    assert {m.indicator for m in doc.metrics} >= {"电信网络诈骗案件发案量", "群众损失"}


def test_the_bi_of_a_basis_word_opens_no_short_change_word():
    doc = extract("今年1至10月，全市收案环比增幅5%，结案同比降幅为3.2%，工业增加值比增5.3%。")
    got = {m.text: (m.indicator, m.change.direction, m.change.basis) for m in doc.metrics}
    assert got["环比增幅5%"] == ("收案", "up", "mom")
    assert got["同比降幅为3.2%"] == ("结案", "down", "yoy")
    assert got["比增5.3%"] == ("工业增加值", "up", "yoy")


def test_a_comparisons_basis_words_end_no_indicator():
    doc = extract("2014年，全市刑事案件发案率与2013年同期相比下降13.95%。2023年全市行政执法案件纠错率较2022年的31.18%"
                  "下降至10.98%。虽然上半年我县城乡居民收入同比增速分别较一季度回落0.3和0.2个百分点。"
                  "2020年，淮阴区法院受理物业纠纷仅22件，与2014年的256件相比，下降明显。")
    got = {m.text: m.indicator for m in doc.metrics}
    assert got["下降13.95%"] == "刑事案件发案率"
    assert got["31.18%"] == got["10.98%"] == "行政执法案件纠错率"
    assert got["回落0.3"] == got["0.2个百分点"] == "城乡居民收入同比增速"
    assert got["256件"] == "受理物业纠纷"  # (an earlier figure: what the number before it measures)


def test_a_campaigns_planned_length_is_no_metric():
    doc = extract("今年以来，县法院开展为期4个月的“执行攻坚”专项行动，共执结案件326件，历时3个月化解积案12件。")
    assert [m.text for m in doc.metrics if m.unit == "个月"] == ["3个月"]
    assert "326件" in {m.text for m in doc.metrics}


def test_the_counted_parts_of_a_mechanism_are_no_metrics():
    doc = extract("今年以来，该所推行“1+2+N”机制（1名民警+2名辅警+N名乡贤共同参与调解），围绕1张社会治理图+1个数字底座"
                  "建设平台，（综治中心+矿区合议庭+12个常驻单位）共调解纠纷120件。")
    got = {m.text: m.indicator for m in doc.metrics}
    assert set(got) == {"12个", "120件"}
    assert got["12个"] == "综治中心+矿区合议庭"


def test_ranks_sectors_and_comment_counters_are_no_metrics_but_staff_arranged_are():
    doc = extract("在全省公众安全感满意度测评中，柴桑区列23位。在三次产业中，第三产业占比60.5%。"
                  "县司法局安排18名律师深入园区开展法治宣传，共调解纠纷126件。\n已有0位网友发表了看法")
    assert {m.text for m in doc.metrics} == {"60.5%", "18名", "126件"}
    assert "网友" not in doc.body


def test_a_services_reach_and_what_each_unit_is_given_are_no_metrics():
    doc = extract("今年以来，我县打造15分钟政务服务圈，每个村(居)配备1名儿童主任，每个网格确定1名专职人员，"
                  "民警平均到达现场用时12分钟，全县设立调解室236个。")
    assert {m.text for m in doc.metrics} == {"12分钟", "236个"}


def test_counts_before_a_signed_change_and_units_built_stay_metrics():
    doc = extract("今年以来，全区信访总量1268件同比+5.6%，其中网上信访826件同比+12.3%。"
                  "全区新建1个县级调解中心+15个乡镇调解分中心+210个村级调解室。")
    assert {"1268件", "826件", "15个", "210个"} <= {m.text for m in doc.metrics}


def test_counts_with_a_bracketed_time_and_air_quality_concentrations_keep_their_units():
    doc = extract("节日期间，全盟公安机关累计出动警力1617人(次)、车辆330辆(次)，检查企业86家(次)。"
                  "全市PM2.5平均浓度为27微克/立方米，比上年下降18.2%。")
    got = {m.text: m.unit for m in doc.metrics}
    assert got["1617人(次)"] == "人(次)" and got["330辆(次)"] == "辆(次)" and got["86家(次)"] == "家(次)"
    assert got["27微克/立方米"] == "微克/立方米"


def test_a_changes_amount_in_brackets_is_the_same_change_of_the_same_thing():
    doc = extract("全市二氧化硫（SO2）浓度均值为3μg/m3，同比上升50%（1μg/m3）；受理案件350件，同比增长12.3%（2023年为312件）。")
    got = {m.text: (m.indicator, m.change.direction if m.change else None) for m in doc.metrics}
    assert got["1μg/m3"] == ("二氧化硫（SO2）浓度均值", "up")
    assert got["312件"][1] is None  # (a remark with its year: the earlier figure, no change)


def test_counts_a_narrow_rule_must_not_take():
    doc = extract("今年以来，全县新建20个产业基地，组织机关干部下沉村居150名，新建环湖步道12公里串联起周边旅游圈，"
                  "为每个村（社区）配备了126名法律顾问。")
    assert {"20个", "150名", "12公里", "126名"} <= {m.text for m in doc.metrics}
    doc = extract("全市PM2.5浓度为27微克/立方米，低于国家二级标准限值35微克/立方米。满意度为98.5%，同比提升2个百分点（96.5%）。"
                  "人均可支配收入同比增长6.5%（42650元）。")
    got = {m.text: m.change for m in doc.metrics}
    assert "35微克/立方米" not in got and got["96.5%"] is None and got["42650元"] is None  # (a limit; levels, no changes)


def test_an_indicator_closes_the_marks_it_opens_and_opens_those_it_closes():
    got = dict(indicators("长沙交警“快处直赔”线上处理交通事故8186起；政策咨询379件(占5.3%)、物业服务289件(占4.1%)。"
                          "省级交办件100%化解(共10件)。全市建成村居“信访代跑站(点)”395个。"))
    assert got["8186起"] == "“快处直赔”线上处理交通事故"  # (cut off inside the name: taken back to its opening)
    assert got["289件"] == "物业服务"  # (not the bracket of the share before)
    assert got["10件"] == "化解"
    assert got["395个"] == "村居“信访代跑站(点)”"
    # a slogan's list after the head is cut off; a speech's opening mark dropped
    assert indicators("2023年全市行政诉讼主要指标如下。\n——行政机关败诉率17.3%；\n——全市法院行政案件调撤率51.58%。") == [
        ("17.3%", "行政机关败诉率"), ("51.58%", "全市法院行政案件调撤率")]  # (a list's dash opens no indicator)
    got = dict(indicators("全面梳理85项申请材料“线下当场办、线上半天办”。“对于市内重点区域返乡的3名村民，我们严格落实居家隔离措施。"))
    assert got["85项"] == "申请材料"
    assert got["3名"] == "对于市内重点区域返乡的村民"


def test_a_head_after_a_number_stops_before_the_next_quantity():
    got = dict(indicators("7个人民法庭服务37个乡镇、312个行政村和53.6万群众。与综治网格逐一对应，重新划分4643个警务区、2311处警务室。"))
    assert got["312个"] == "行政村"
    assert got["2311处"] == "警务室"  # (处 of 处警务室 is the unit: not 接110处警)
    got = dict(indicators("全年接110处警32次，将地市的“12348”热线3条全部归并。"))
    assert got == {"32次": "接110处警", "3条": "将地市的“12348”热线"}  # (a name's number is no next quantity)


def test_what_the_mark_and_quantity_rules_must_leave_alone():
    # half- and full-width brackets pair up; a mistyped quotation keeps its name; a span of time or a bound in a
    # phrase is no next quantity; 110处警 stays no count
    got = dict(indicators("选聘56名村(社区）法律顾问，建成“枫桥式“派出所12个，打造5个村级15分钟调解服务圈，"
                          "建成3个网格员200名以上的社区网格化服务站。规范110处警务流程，全年接处警4.5万起。"))
    assert got["56名"] == "村(社区）法律顾问"
    assert got["12个"].endswith("“枫桥式“派出所")
    assert got["5个"] == "村级15分钟调解服务圈"
    assert got["3个"] == "网格员200名以上的社区网格化服务站"
    assert "110处" not in got
    got = dict(indicators("全县建成5处警务工作室。覆盖326个行政村和100户以上自然村。设立12个派出所和5个内设机构。"
                          "全年发生一次死亡3人或重伤10人以上事故2起。新增12箱变，新建2箱式变电站。查获假冒药品120盒、过期食品36箱。"))
    assert got["5处"] == "警务工作室"  # (a police post counted by 处; only 110处警 is the hotline's dispatch)
    assert got["326个"] == "行政村" and got["12个"] == "派出所"  # (the next item, however bounded)
    assert not got["2起"].startswith("或") and "12箱" not in got and "2箱" not in got  # (箱变, 箱式: a transformer)
    assert got["36箱"] == "过期食品"  # (盒 counts: not 查获假冒药品120盒、过期食品)


@pytest.mark.parametrize("sentence, found", [
    ("努力实现群众胜诉权益,2021年案件总量达3597件。", ["3597件"]),  # (an aim in words: what follows was done)
    ("南县法院努力实现救助全、救助快、救助好,向案件当事人发放司法救助金25万元。", ["25万元"]),
    ("努力实现100%的当事人“最多跑一次”,50%以上“一次不用跑”。", []),  # (an aim that sets figures: its list too)
    ("力争2025年全县调解成功率保持100%,矛盾纠纷化解率达到98%以上。", []),
    ("下一步,将加强队伍建设,全年完成培训100场。", []),
    # (an aim in words after another goal word, or what is to be, still sets goals)
    ("下一步,我局将努力实现矛盾纠纷不出村,全年调解成功率达到98%以上。", []),
    ("力争年底前积案清零,努力实现案结事了,群众满意率达到95%以上。", []),
    ("今后,我们将努力实现“零上访、零事故”,全年矛盾纠纷化解率达到98%。", []),
    ("努力实现群众胜诉权益,2021年案件总量达3597件,同比增长8.2%。", ["3597件", "同比增长8.2%"]),
])
def test_an_aim_in_words_alone_makes_no_goal_of_the_clauses_after_it(sentence, found):
    from extractor import extract
    d = extract("某法院消息\n发布时间：2022-12-28\n" + sentence + "这是一段足够长的正文内容用于测试提取器的行为。")
    assert [m.text for m in d.metrics] == found
