"""Time expressions resolved by the contract's rules."""
import datetime as dt

import pytest

from extractor import extract
from extractor.dates import find_dates, make_reference


def resolve(text, published="2022-03-17", url=None):
    return [(d.text, d.type, d.start_date, d.end_date) for d in find_dates(text, make_reference(text, published, url))]


@pytest.mark.parametrize("text,expected", [
    ("2021年以来共走访", [("2021年以来", "range", "2021-01-01", "2022-03-17")]),
    ("2021年度行政复议", [("2021年度", "range", "2021-01-01", "2021-12-31")]),
    ("截至目前无一起", [("截至目前", "point", "2022-03-17", "2022-03-17")]),
    ("上月23日召开", [("上月23日", "point", "2022-02-23", "2022-02-23")]),
    ("本月11日，查获毒品2公斤", [("本月11日", "point", "2022-03-11", "2022-03-11")]),
    ("1—12月，全市水质达标率100%", [("1—12月", "range", "2021-01-01", "2021-12-31")]),
    ("1月至10月救助困难对象9307人次", [("1月至10月", "range", "2021-01-01", "2021-10-31")]),
    ("1-3月，受理案件30件", [("1-3月", "range", "2022-01-01", "2022-03-31")]),
    ("3—4月，开展专项行动", [("3—4月", "range", "2022-03-01", "2022-04-30")]),
    ("2021年初以来，破获540起", [("2021年初以来", "range", "2021-01-01", "2022-03-17")]),
    ("2021年年初以来，破获540起", [("2021年年初以来", "range", "2021-01-01", "2022-03-17")]),
    ("2022年初步建成3个", [("2022年", "range", "2022-01-01", "2022-12-31")]),
    ("制度从2017年7月1日全面施行以来，共立案22518件", [("从2017年7月1日全面施行以来", "range", "2017-07-01", "2022-03-17")]),
    ("从2021年1月1日起施行", [("2021年1月1日", "point", "2021-01-01", "2021-01-01")]),
    ("从2021年5月1日开始，至6月30日结束", [("2021年5月1日", "point", "2021-05-01", "2021-05-01"), ("6月30日", "point", "2021-06-30", "2021-06-30")]),
    ("元至7月，全县受理5件", [("元至7月", "range", "2021-01-01", "2021-07-31")]),
    ("元-九月，全县受理5件", [("元-九月", "range", "2021-01-01", "2021-09-30")]),
    ("补助500元至7月底发放", [("7月底", "point", "2021-07-31", "2021-07-31")]),
    ("今年以来", [("今年以来", "range", "2022-01-01", "2022-03-17")]),
    ("上半年", [("上半年", "range", "2022-01-01", "2022-06-30")]),
    ("1-9月", [("1-9月", "range", "2021-01-01", "2021-09-30")]),  # (published in March: last year's months)
    ("第三季度", [("第三季度", "range", "2022-07-01", "2022-09-30")]),
    ("截止到2020年11月30日", [("截止到2020年11月30日", "point", "2020-11-30", "2020-11-30")]),
    ("“十四五”期间", [("“十四五”期间", "range", "2021-01-01", "2025-12-31")]),
    ("2021-2025年", [("2021-2025年", "range", "2021-01-01", "2025-12-31")]),
    ("2022年2月底成立", [("2022年2月底", "point", "2022-02-28", "2022-02-28")]),
    ("去年11月试运行", [("去年11月", "range", "2021-11-01", "2021-11-30")]),
    ("今年1至4月份", [("今年1至4月份", "range", "2022-01-01", "2022-04-30")]),
    ("2019年夏", [("2019年夏", "range", "2019-06-01", "2019-08-31")]),
    ("规定出台以来已调解", [("规定出台以来", "range", None, "2022-03-17")]),
    ("2021年1月至6月", [("2021年1月至6月", "range", "2021-01-01", "2021-06-30")]),
    ("一季度受理", [("一季度", "range", "2022-01-01", "2022-03-31")]),
    ("前三季度共", [("前三季度", "range", "2022-01-01", "2022-09-30")]),
    ("年初以来", [("年初以来", "range", "2022-01-01", "2022-03-17")]),
    ("11月27日至12月4日", [("11月27日至12月4日", "range", "2021-11-27", "2021-12-04")]),
    ("2022年全年共受理", [("2022年全年", "range", "2022-01-01", "2022-12-31")]),
    ("截至2月底，共受理", [("2月底", "point", "2022-02-28", "2022-02-28")]),
    ("截至11月底共受理", [("11月底", "point", "2021-11-30", "2021-11-30")]),  # after publication: last year's
    ("截至今年3月末", [("截至今年3月末", "point", "2022-03-31", "2022-03-31")]),
    ("截至2021年底", [("2021年底", "point", "2021-12-31", "2021-12-31")]),
    ("去年年末", [("去年年末", "point", "2021-12-31", "2021-12-31")]),
    ("二月份接收投诉", [("二月份", "range", "2022-02-01", "2022-02-28")]),
    ("2020上半年网民留言", [("2020上半年", "range", "2020-01-01", "2020-06-30")]),  # (the year without 年)
    ("2019年 8月21日下午召开", [("2019年 8月21日下午", "point", "2019-08-21", "2019-08-21")]),  # (a stray space)
    ("去年春天，村民种植", [("去年春天", "range", "2021-03-01", "2021-05-31")]),
    # a dump that lost 年 and 月 (the digits read as a day only where one reading is one)
    ("20191118日召开", [("20191118日", "point", "2019-11-18", "2019-11-18")]),
    ("截至2023630日，共受理", [("2023630日", "point", "2023-06-30", "2023-06-30")]),
    ("2021111日会议", []),  # (1月11日 or 11月1日)
    ("20256月，全县开展", [("20256月", "range", "2025-06-01", "2025-06-30")]),
    ("2019年至今年3月，共办理", [("2019年至今年3月", "range", "2019-01-01", "2022-03-31")]),
    ("今年春耕时节", [("今年", "range", "2022-01-01", "2022-12-31")]),  # (春耕: ploughing, no season)
    ("2015 年至2016 年9 月，共受理", [("2015 年至2016 年9 月", "range", "2015-01-01", "2016-09-30")]),
    # a Word export's spaces on both sides of a span's dash (2018 年 1 月 1 日起至 2018年 12 月 31 日止)
    ("统计期限自 2018 年 1 月 1 日起至 2018年 12 月 31 日止。", [("2018 年 1 月 1 日起至 2018年 12 月 31 日止", "range", "2018-01-01", "2018-12-31")]),
    ("3月1日至 5月31日开展", [("3月1日至 5月31日", "range", "2022-03-01", "2022-05-31")]),
    ("自 2018 年 5 月起,全县开展", [("自 2018 年 5 月起", "range", "2018-05-01", "2022-03-17")]),
    ("2021第三季度受理", [("2021第三季度", "range", "2021-07-01", "2021-09-30")]),
    ("一月一次，三月三", []),  # (a frequency and a festival, no months)
    ("3月上旬", [("3月上旬", "range", "2022-03-01", "2022-03-10")]),
    ("2月下旬", [("2月下旬", "range", "2022-02-21", "2022-02-28")]),
    ("截至2月中旬，共受理", [("截至2月中旬", "range", "2022-02-11", "2022-02-20")]),
    ("截至8月初，共受理", [("截至8月初", "range", "2021-08-01", "2021-08-10")]),  # (after March: last year's)
    ("今年4月初，共受理", [("今年4月初", "range", "2022-04-01", "2022-04-10")]),
    ("今年前两月，共受理", [("今年前两月", "range", "2022-01-01", "2022-02-28")]),
    ("2021年12月15日至17日", [("2021年12月15日至17日", "range", "2021-12-15", "2021-12-17")]),
    ("2021年5月以来", [("2021年5月以来", "range", "2021-05-01", "2022-03-17")]),
    ("2月份以来", [("2月份以来", "range", "2022-02-01", "2022-03-17")]),
    ("去年以来", [("去年以来", "range", "2021-01-01", "2022-03-17")]),
    ("2019年至今", [("2019年至今", "range", "2019-01-01", "2022-03-17")]),
    ("至今年底", [("今年底", "point", "2022-12-31", "2022-12-31")]),
    ("2月份，全区", [("2月份", "range", "2022-02-01", "2022-02-28")]),
    ("共历时8个月", []),
    ("项目前期工作顺利进行", []),
    ("2021年3月正式运转以来，共接待", [("2021年3月正式运转以来", "range", "2021-03-01", "2022-03-17")]),
    ("2018年成立以来，累计调解", [("2018年成立以来", "range", "2018-01-01", "2022-03-17")]),
    ("2019年，全省推行新机制，当年共办理案件770件", [("2019年", "range", "2019-01-01", "2019-12-31"),
                                            ("当年", "range", "2019-01-01", "2019-12-31")]),
    ("当年的上访户老常", []),
    ("2018年“榴乡诉递”平台成立以来，共受理", [("2018年“榴乡诉递”平台成立以来", "range", "2018-01-01", "2022-03-17")]),
    ("从2016年6月至2017年5月30日，共受理", [("2016年6月至2017年5月30日", "range", "2016-06-01", "2017-05-30")]),
    ("2019年初至2020年6月，共排查", [("2019年初至2020年6月", "range", "2019-01-01", "2020-06-30")]),
    ("5月份中旬，县里召开", [("5月份中旬", "range", "2021-05-11", "2021-05-20")]),  # after publication: last year's
    ("去年11月下旬以来，共受理", [("去年11月下旬以来", "range", "2021-11-21", "2022-03-17")]),  # from those ten days' first day
    ("自9月运行以来，共受理", [("自9月", "range", "2021-09-01", "2022-03-17")]),  # (a bare month: last year's, before publication)
    ("自2月下旬开展专项行动以来，共受理", [("自2月下旬", "range", "2022-02-21", "2022-03-17")]),
    ("自3月至5月，共受理", [("3月至5月", "range", "2022-03-01", "2022-05-31")]),  # (a range, not a start)
    ("数据来自3月份的统计", [("3月份", "range", "2022-03-01", "2022-03-31")]),  # (来自: no 自 of a start)
    ("2021年收案数是建院以来最多的一年", [("2021年", "range", "2021-01-01", "2021-12-31")]),
    ("十一二年前，村里发生纠纷", []),
    ("自今年2月底以来，共受理", [("自今年2月底以来", "range", "2022-02-28", "2022-03-17")]),  # from the month's last day
    ("于2013年起聘用两名专职调解员", [("2013年起", "range", "2013-01-01", "2022-03-17")]),
    ("2011年开始，他担任调解员", [("2011年开始", "range", "2011-01-01", "2022-03-17")]),
    ("从去年初起在面上推广", [("去年初起", "range", "2021-01-01", "2022-03-17")]),
    ("2019年起诉案件30件", [("2019年", "range", "2019-01-01", "2019-12-31")]),  # (起诉: no 起 of a start)
    ("2019年机构改革以来，共办理", [("2019年机构改革以来", "range", "2019-01-01", "2022-03-17")]),  # (an event by its noun)
    ("从2023年起，全县推行诉前调解", [("从2023年起", "range", "2023-01-01", None)]),  # (a start after publication: no end yet)
    ("三四年前下山移民到镇上", []),  # (three or four years: no year)
    ("今年截至3月中旬，共受理", [("今年截至3月中旬", "range", "2022-01-01", "2022-03-20")]),  # to those ten days' last day
    ("2021年截至12月下旬，共受理", [("2021年截至12月下旬", "range", "2021-01-01", "2021-12-31")]),
    ("2020年12月立案，同年4月2日作出决定", [("2020年12月", "range", "2020-12-01", "2020-12-31"),
                                          ("同年4月2日", "point", "2020-04-02", "2020-04-02")]),
    ("4月至10月，组成督查组", [("4月至10月", "range", "2021-04-01", "2021-10-31")]),  # after publication: last year's
    ("某县司法局\n二〇二一年十二月三十一日", [("二〇二一年十二月三十一日", "point", "2021-12-31", "2021-12-31")]),
])
def test_resolution(text, expected):
    assert resolve(text) == expected


def test_relative_words_stay_open_without_a_publication_date():
    assert resolve("上半年共开展", published=None) == [("上半年", "range", None, None)]
    assert resolve("截至目前", published=None) == [("截至目前", "point", None, None)]


def test_month_day_takes_the_year_from_the_text_or_url():
    text = "沅陵县人民法院于2022年2月底成立了诉讼服务中心。\n3月1日以来,共受理案件623件。"
    got = resolve(text, published=None)
    assert ("3月1日以来", "range", "2022-03-01", None) in got
    assert resolve("1月3日召开", published=None, url="http://x.gov.cn/article/detail/2025/01/id/1.shtml") == [
        ("1月3日", "point", "2025-01-03", "2025-01-03")]


def test_classifier_qi_is_not_since():
    assert resolve("调解纠纷120起，2021年起") == [("2021年", "range", "2021-01-01", "2021-12-31")]


def test_journal_issue_is_not_a_date():
    assert resolve("《法治四川》2025年第1期刊发") == []
    assert resolve("消费投诉公示(二O二五年第五期)") == []
    # (a batch or a session numbered after its year is no issue: the year stays a date)
    assert resolve("2023年第一期人民调解员培训班开班") == [("2023年", "range", "2023-01-01", "2023-12-31")]


@pytest.mark.parametrize("text,expected", [
    ("二〇二三年，全县粮食总产量16.28万吨", [("二〇二三年", "range", "2023-01-01", "2023-12-31")]),
    ("二OO五年，该院以调解方式结案", [("二OO五年", "range", "2005-01-01", "2005-12-31")]),  # (the letter O)
    ("一九九八年三月成立", [("一九九八年三月", "range", "1998-03-01", "1998-03-31")]),
    ("二〇一八年四月十九日", [("二〇一八年四月十九日", "point", "2018-04-19", "2018-04-19")]),
])
def test_a_year_in_chinese_digits_reads_as_in_figures(text, expected):
    assert resolve(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("今年七八月份，全市共登记游客投诉49件", [("今年七八月份", "range", "2022-07-01", "2022-08-31")]),
    ("2019年九十月份，共受理投诉12件", [("2019年九十月份", "range", "2019-09-01", "2019-10-31")]),
    ("一二三四五", []),
])
def test_two_months_on_end_in_chinese_numerals_are_one_span(text, expected):
    assert resolve(text) == expected


def test_context_spans_are_marked():
    spans = find_dates("近三年共排查，全年受理", make_reference("2023年。近三年共排查，全年受理", "2024-01-01", None))
    assert all(not d.anchored for d in spans)


def test_a_day_after_publication_without_a_year_was_last_year():
    assert resolve("12月28日至1月3日", published="2024-03-10") == [
        ("12月28日至1月3日", "range", "2023-12-28", "2024-01-03")]


def test_publication_line_in_chinese_digits():
    from extractor.published import parse_published
    assert parse_published("日期：二〇二四年六月十二日") == "2024-06-12"
    assert parse_published("二零二四年十月三十一日") == "2024-10-31"


@pytest.mark.parametrize("text,published,expected", [
    ("二〇二五年一月五日", "2024-03-01", ("2025-01-05", "2025-01-05")),  # a named year stays
    ("11月中旬，全区调解纠纷12件", "2022-03-17", ("2021-11-11", "2021-11-20")),
    ("4月下旬将开展", "2024-04-12", ("2024-04-21", "2024-04-30")),  # the month in progress
    ("今年至今，全区", "2024-05-01", ("2024-01-01", "2024-05-01")),
])
def test_years_of_expressions_named_without_one(text, published, expected):
    assert [(s, e) for _, _, s, e in resolve(text, published)][0] == expected


def test_without_a_publication_date_a_day_takes_a_year_named_later():
    assert resolve("5月15日上午，县领导接待来访群众。\n2024年，全县信访总量下降。", published=None)[0][2] == "2024-05-15"


# An event named again: its period comes from the date that gave the event, and it is no
# calendar date of the release.
def _periods(text, published="2024-05-20"):
    from extractor import extract

    doc = extract(text, published_at=published)
    return ({m.text: (m.period.text, m.period.start_date, m.period.end_date) if m.period else None for m in doc.metrics},
            [d.text for d in doc.dates])


def test_a_month_just_past_opens_its_sentence():
    periods, _ = _periods("成都市长热线3月接到17万件诉求\n在刚刚过去的3月，成都市网络理政平台累计访问量205059人次。"
                          "市民们通过12345市长热线和信箱，传递了来电、来信174015件。", published="2018-04-09")
    assert periods["174015件"] == ("3月", "2018-03-01", "2018-03-31")


def test_now_as_a_clauses_time_is_the_period_of_its_numbers():
    periods, dates = _periods("晋江首个治保主任驻所调解工作室初见成效\n4月10日，陈埭派出所成立驻所调解工作室。如今，调解室已累计化解"
                              "矛盾纠纷120余起，调解成功率81.3%。", published="2019-09-18")
    assert periods["81.3%"] == ("如今", "2019-09-18", "2019-09-18")
    assert "如今" not in dates  # (the release's now: annotators give it to the numbers, not to the dates)
    periods, dates = _periods("浙闽联手打造海上矛盾纠纷联防联调机制\n2018年，苍南县联合福鼎市打造跨省协作机制。时至今日，这一机制"
                              "共化解海上矛盾纠纷案件200多件。", published="2021-01-15")
    assert periods["200多件"] == ("时至今日", "2021-01-15", "2021-01-15") and "时至今日" in dates


def test_the_difference_after_a_basis_year_is_of_the_sentences_time():
    periods, _ = _periods("陕西高院工作报告高票通过\n1月31日，省人民代表大会高票通过省高级人民法院工作报告，赞成率99.8%，"
                          "高出2016年4.95个百分点。", published="2018-04-20")
    assert periods["4.95个百分点"] == ("1月31日", "2018-01-31", "2018-01-31")
    # (高于2022年的10.5%: the earlier year's own figure, of its year)
    periods, _ = _periods("复议工作报告\n2023年，全市行政复议纠错率为12.3%，高于2022年的10.5%。", published="2024-02-01")
    assert periods["10.5%"] == ("2022年", "2022-01-01", "2022-12-31")


def test_a_report_that_says_which_year_it_sums_up_gives_全年_that_year():
    periods, _ = _periods("今年以来，我旗持续推进法治政府建设。现将2024年度我旗法治政府建设工作情况总结和2025年工作计划如下。\n"
                          "一、工作开展情况\n全面推行政务服务增值化改革，全年产生办件量2300余件。", published="2025-02-26")
    assert periods["2300余件"] == ("全年", "2024-01-01", "2024-12-31")
    # (the year the summary is of: not a plan's before it, nor a range's first)
    periods, _ = _periods("工作总结\n现将2025年工作思路和2024年工作总结报告如下：\n一、工作成效\n全年罚没款320万元。", published="2025-01-10")
    assert periods["320万元"] == ("全年", "2024-01-01", "2024-12-31")
    periods, _ = _periods("天河区人民法院工作报告\n现将天河区人民法院2015年工作情况及2016年工作计划报告如下。\n全年受理各类案件45694件。",
                          published="2016-05-25")
    assert periods["45694件"] == ("全年", "2015-01-01", "2015-12-31")


def test_a_basis_year_after_相对于_and_a_day_after_就在():
    periods, _ = _periods("廊坊市2013年十大消费申诉热点\n2013年度服装鞋帽类申诉共计836件。相对于2012年度该类商品申诉总量增加了近百件。"
                          "家具类商品申诉量居第二位，全年受理家居类商品的申诉共计820件。", published="2014-03-12")
    assert periods["820件"] == ("全年", "2013-01-01", "2013-12-31")
    periods, _ = _periods("象山民警追回欠薪\n就在2月2日下午，丹西派出所召开退薪大会，将追回的54名职工遭拖欠的工资共计12万元全部发放。",
                          published="2018-02-14")
    assert periods["12万元"] == ("2月2日下午", "2018-02-02", "2018-02-02")
    # (就 that means regarding leaves its year no opening time of the paragraph)
    periods, _ = _periods("考核通报\n会上，就2024年重点工作进行了部署。会议还通报了2023年度考核结果，共评选先进集体12个。",
                          published="2024-02-01")
    assert periods["12个"] == ("2023年度", "2023-01-01", "2023-12-31")


def test_during_an_event_is_the_range_that_opened_it():
    periods, dates = _periods("为维护社会稳定，2024年3月至10月，某县在全县开展“矛盾纠纷大排查”专项行动。"
                              "专项行动期间，全县共排查矛盾纠纷1064件，化解率96.9%。\n"
                              "对已化解的纠纷开展回访。专项行动期间共回访当事人1580人次。", published="2024-11-05")
    assert periods["1064件"] == periods["96.9%"] == periods["1580人次"] == ("专项行动期间", "2024-03-01", "2024-10-31")
    assert "专项行动期间" not in dates


def test_during_prefers_the_events_range_to_a_day_inside_it():
    periods, _ = _periods("11月27日至12月4日，某区同步开展“宪法宣传周”系列活动。\n12月4日上午，“宪法宣传周”集中宣传活动在广场举行。\n"
                          "宣传周期间，全区共组织宪法主题宣讲48场。", published="2023-12-06")
    assert periods["48场"] == ("宣传周期间", "2023-11-27", "2023-12-04")


def test_since_an_event_runs_from_its_start_to_publication():
    periods, _ = _periods("4月1日至6月30日，某县人民调解委员会集中开展矛盾纠纷排查化解专项活动。"
                          "活动开展以来，全县共排查矛盾纠纷1136件，调解成功1102件。")
    assert periods["1136件"] == periods["1102件"] == ("活动开展以来", "2024-04-01", "2024-05-20")


def test_that_day_opening_a_sentence_is_the_day_before_it():
    periods, _ = _periods("5月15日上午，县领导在接待中心开展领导干部信访接待日活动。\n"
                          "当天共接待来访群众14批37人次。对能够当场解决的五件问题现场解决。")
    assert periods["14批"] == periods["五件"] == ("当天", "2024-05-15", "2024-05-15")
    periods, _ = _periods("今日，市12315指挥中心发布4月消费维权报告。当月全市共受理投诉8534件。")
    assert periods["8534件"] == ("当月", "2024-04-01", "2024-04-30")
    periods, _ = _periods("某县开展法治宣传活动\n2024年7月13日，某县司法局在马河村开展法治宣传活动。\n"
                          "活动当日，律师事务所与马河村签订法律顾问合同并捐助打印机1台，发放各类法律宣传手册3000余册。",
                          published="2024-07-20")
    assert periods["3000余册"] == ("活动当日", "2024-07-13", "2024-07-13")


def test_the_day_an_action_began_opening_a_sentence_is_the_day_given_before():
    periods, _ = _periods("10月16日，廊坊两级法院正式开展“燕赵利剑”集中执行行动。\n"
                          "全市法院一把手亲自挂帅。行动开始当天，全市法院共出动干警273人，警车60余部。", published="2018-10-19")
    assert periods["273人"] == ("行动开始当天", "2018-10-16", "2018-10-16")


def test_that_day_is_the_events_day_not_the_end_of_the_span_it_runs_to():
    periods, _ = _periods("3月4日，交警支队启动专项整治活动，活动持续至今年底。\n"
                          "当日在活动现场开展宣传。截至当日下午，共拦截检查摩托车260余辆。", published="2021-03-16")
    assert periods["260余辆"] == ("当日", "2021-03-04", "2021-03-04")


def test_that_day_paragraphs_after_the_lead_is_the_events_day_not_publication():
    periods, _ = _periods("3月13日，龙田镇组织开展法治宣讲进校园活动。\n“今天的讲座，新奇又有趣！”学生小龚说。\n"
                          "目前，全镇共有法律顾问12名。\n同时，活动当天，镇司法所还组织18名志愿者入户宣传。\n"
                          "在当天的签约会上，9个村签订法律顾问合同。", published="2024-03-18")
    assert periods["18名"] == ("活动当天", "2024-03-13", "2024-03-13")
    assert periods["9个"] == ("当天", "2024-03-13", "2024-03-13")


def test_that_day_takes_no_background_date_nor_another_events_day():
    periods, _ = _periods("近日，某县举办“安全生产月”宣传咨询日活动。\n新修订的《安全生产法》于2021年9月1日起施行。\n"
                          "县应急管理局等28个部门参加活动。\n活动当天，共发放宣传资料5000余份。", published="2023-06-20")
    assert periods["5000余份"] is None  # (the lead dates nothing: the law's day is not the event's)
    periods, _ = _periods("5月10日，某区召开一季度经济运行分析会。\n会议指出经济运行总体平稳。\n日前，某区举办春季招聘会。\n"
                          "招聘会设置展位120个。\n当天，共有3000余名求职者入场。", published="2023-05-20")
    assert periods["3000余名"] is None  # (日前，…: another event, undated, between)
    periods, _ = _periods("截至7月31日，某县累计转移群众1.2万人。\n当天，全县共出动抢险人员3000余人次。", published="2023-08-01")
    assert periods["3000余人次"] == ("当天", "2023-07-31", "2023-07-31")  # (截至 a day names that day)


def test_same_day_rules_and_unnamed_events_give_no_period():
    periods, _ = _periods("某县法律援助中心实行当天受理、当天指派，当天办结率达到98%。\n"
                          "活动期间，共发放宣传资料1600份。")
    assert periods["98%"] is None and periods["1600份"] is None


def test_last_years_same_period_is_the_sentences_range_a_year_back():
    from extractor import extract

    doc = extract("1—4月，一般纠纷平均调处时长由去年同期的5.2天缩短至2.8天，群众满意率提升至99.2%。", published_at="2024-05-27")
    same = next(d for d in doc.dates if d.text == "去年同期")
    assert (same.start_date, same.end_date) == ("2023-01-01", "2023-04-30")
    assert next(m for m in doc.metrics if m.text.endswith("5.2天")).period.start_date == "2023-01-01"


def test_last_years_same_period_in_a_later_paragraph_is_the_reports_opening_range_a_year_back():
    periods, _ = _periods("2019年上半年全局共立案查处各类案件239起（2018年上半年252件）。\n"
                          "具体分析如下：查处无照经营案件32起，比去年同期(10起)上升220%。")
    assert periods["10起"] == ("去年同期", "2018-01-01", "2018-06-30")


def test_last_years_same_period_is_the_period_only_of_the_number_it_states():
    periods, _ = _periods("今年以来，全市调解成功率达98.5%，高于去年同期3.2个百分点。")
    assert periods["98.5%"][0] == periods["3.2个百分点"][0] == "今年以来"
    periods, _ = _periods("今年1至5月，全市受理行政复议案件862件，去年同期为701件，同比增长22.97%。")
    assert periods["701件"] == ("去年同期", "2023-01-01", "2023-05-31")
    assert periods["同比增长22.97%"][0] == "今年1至5月"
    periods, _ = _periods("2023年，全县受理信访事项862件，较上年同期增加161件，上年同期为701件。")
    assert periods["701件"][1:] == ("2022-01-01", "2022-12-31") and periods["较上年同期增加161件"][0] == "2023年"
    # a clause it opens that states figures is its own, to the next ；(not the clauses after it)
    periods, _ = _periods("我院2023年1月，共受理案件198件，结案率9.09%；去年同期全院共收案208件，结案率17.31%；"
                          "查处案件6起，同比下降70%。")
    assert periods["198件"][0] == periods["9.09%"][0] == periods["6起"][0] == "2023年1月"
    assert periods["208件"] == periods["17.31%"] == ("去年同期", "2022-01-01", "2022-01-31")
    # (…, and a change after it in another clause of the sentence is this period's again)
    periods, _ = _periods("2023年，全县受理信访事项862件，去年同期仅701件，增加161件。")
    assert periods["701件"][0] == "去年同期" and periods["增加161件"][0] == "2023年"


def test_last_years_figure_after_the_comparison_is_last_years_and_measures_the_same_thing():
    # (较上年的558件增加了555件, 较上年同期破案858起上升28.9%: the earlier figure, over the earlier period;
    # its indicator from the clause, never from 较)
    doc = extract("某局工作\n2023年，全县受理案件1113件，较上年的558件增加了555件。", published_at="2024-03-10")
    got = {m.text: (m.period.text, m.period.start_date, m.period.end_date, m.indicator) for m in doc.metrics}
    assert got["558件"] == ("上年", "2022-01-01", "2022-12-31", "受理案件")
    assert got["较上年的558件增加了555件"][0] == "2023年"
    assert "上年" not in [d.text for d in doc.dates]
    doc = extract("某局工作\n2020年，破获各类刑事案件1106起，较上年同期破案858起上升28.9%。", published_at="2021-03-10")
    got = {m.text: (m.period.text, m.period.start_date, m.indicator) for m in doc.metrics}
    assert got["858起"] == ("同期", "2019-01-01", "破案") and got["上升28.9%"][0] == "2020年"
    # (a difference right after the basis is this year's: 较上年同期多受理30件)
    doc = extract("某局工作\n2023年，全县受理案件1113件，较上年同期多受理30件。", published_at="2024-03-10")
    assert doc.metrics[-1].period.text == "2023年"


def test_a_year_compared_with_is_no_period_with_or_without_yu_before_it():
    periods, _ = _periods("2021年1-8月，全市法院受理一审民事案件38555件。其中，一审案件整体呈下降趋势，与2019年同期相比下降0.81%。")
    assert periods["下降0.81%"][0] == "2021年1-8月"
    periods, _ = _periods("2021年1-8月，全市法院受理民事案件45017件。2019年同期相比，全市法院各类民事案件收案数量略有增长，增幅1.07%。")
    assert periods["增幅1.07%"][0] == "2021年1-8月"


def test_an_event_takes_its_nearest_day_over_an_older_year():
    periods, _ = _periods("2023年，我局开展普法宣传活动。\n6月1日，在城区广场开展“六一”普法活动。活动期间，共发放资料800份。",
                          published="2023-06-05")
    assert periods["800份"] == ("活动期间", "2023-06-01", "2023-06-01")


def test_same_day_service_is_no_event():
    periods, _ = _periods("6月3日，市民张某来电反映欠薪问题。当日受理、当日办结的申请共有1200件。")
    assert periods["1200件"][0] != "当日"


def test_a_year_start_and_a_month_up_to_which_something_is_counted():
    from extractor import extract
    d = extract("某省律师蓝皮书发布\n发布时间：2021-12-27\n截至2021年11月，全省律师事务所从2017年初的707家增长到966家。")
    spans = {x.text: (x.start_date, x.end_date) for x in d.dates}
    assert spans["截至2021年11月"] == ("2021-11-30", "2021-11-30")
    assert spans["2017年初"] == ("2017-01-01", "2017-01-31")  # the year's first month
    assert {m.text: m.period.text for m in d.metrics} == {"707家": "2017年初", "966家": "截至2021年11月"}


def test_a_reporting_clause_before_the_date_leaves_it_sentence_opening():
    from extractor import extract
    d = extract("山东法援工作成效明显\n发布时间：2018-03-01\n记者日前从省司法厅了解到，2017年山东法律援助机构共受理案件85685件。"
                "为困难群众挽回直接经济损失13.94亿元。")
    assert {m.text: m.period.text for m in d.metrics} == {"85685件": "2017年", "13.94亿元": "2017年"}
    d = extract("某区法院召开新闻发布会\n发布时间：2023-05-30 17:00\n发布会上，少年法庭法官贾艳霞介绍，今年以来，审理涉未成年人案件共21件。"
                "坚持依法从严打击犯罪，发出家庭教育令13份。")
    assert {m.text: m.period.text for m in d.metrics} == {"21件": "今年以来", "13份": "今年以来"}


def test_an_annual_reports_own_year_words_speak_of_its_year():
    from extractor import extract
    d = extract("通化县人民政府2025年度政府信息公开工作报告\n发布时间：2026-02-25\n本年度共主动公开信息120条，上年度为100条。全年办理申请12件。今年以来开展培训3次。")
    spans = {x.text: (x.start_date, x.end_date) for x in d.dates}
    assert spans["本年度"] == ("2025-01-01", "2025-12-31") and spans["上年度"] == ("2024-01-01", "2024-12-31")
    assert spans["今年以来"] == ("2026-01-01", "2026-02-25")  # (今年 is the publication's year)
    assert {m.text: m.period.start_date for m in d.metrics}["12件"] == "2025-01-01"


def test_this_year_up_to_now():
    from extractor import extract
    d = extract("某县综治中心\n发布时间：2025-04-11\n今年截至目前，该中心共接待群众300余人次，化解纠纷200余件。")
    assert [(x.text, x.start_date, x.end_date) for x in d.dates] == [("今年截至目前", "2025-01-01", "2025-04-11")]


def test_a_half_year_on_a_page_without_a_date_takes_the_year_the_text_names():
    from extractor import extract
    d = extract("2021年上半年行政复议工作情况\n一、基本情况\n2021年，我区行政复议工作平稳推进。上半年，共收到行政复议申请445件，审结55件。")
    assert {x.text: x.start_date for x in d.dates}["上半年"] == "2021-01-01"


def _dated(sentence):
    from extractor import extract
    doc = extract("测试新闻标题文字\n发布时间：2025-12-03\n" + sentence + "这段文字说明了有关工作的开展情况。")
    return [(d.text, d.start_date, d.end_date) for d in doc.dates], [(m.text, m.period.text if m.period else None)
                                                                     for m in doc.metrics]


def test_spans_closed_by_jiezhi_or_open_to_now():
    assert _dated("2022年1月1日截止到6月30日，共受理案件448件。")[0] == [("2022年1月1日截止到6月30日", "2022-01-01", "2022-06-30")]
    assert _dated("自1月22日至今，累计受理各类案件4.04万件。")[0] == [("1月22日至今", "2025-01-22", "2025-12-03")]


def test_months_of_two_named_years_and_a_year_up_to_a_month():
    assert _dated("2008年1月至2010年5月底，共受理2584件。")[0] == [("2008年1月至2010年5月底", "2008-01-01", "2010-05-31")]
    dates, metrics = _dated("2025年截至11月底，调解成功率65.79%。")
    assert dates == [("2025年截至11月底", "2025-01-01", "2025-11-30")] and metrics == [("65.79%", "2025年截至11月底")]
    dates, metrics = _dated("2020年截至12月17日，累计受理欠薪工单3441件。")
    assert dates == [("2020年截至12月17日", "2020-01-01", "2020-12-17")] and metrics == [("3441件", "2020年截至12月17日")]


def test_relative_year_with_month_end_and_day():
    assert _dated("截至今年11月，共受理各类纠纷1.8万余件。")[0] == [("截至今年11月", "2025-11-30", "2025-11-30")]
    assert _dated("今年4月11日，共有25个单位参加活动。")[0] == [("今年4月11日", "2025-04-11", "2025-04-11")]


def test_a_reporting_period_from_qi_to_zhi():
    assert _dated("本年报中所列数据的统计期限自2025年1月1日起至2025年12月31日止。全年共公开信息73条。")[0][0] == (
        "2025年1月1日起至2025年12月31日止", "2025-01-01", "2025-12-31")


def test_benian_in_prose_is_this_year_but_not_in_a_table_header_or_benianbao():
    dates, metrics = _dated("上年结转政府信息公开申请21件，本年新收434件，办理434件。")
    assert ("本年", "2025-01-01", "2025-12-31") in dates and ("434件", "本年") in metrics
    assert _dated("本年报由总体情况等部分组成。\n信息内容 | 本年制发件数 | 本年废止件数 |\n")[0] == []


def test_a_bulletins_stated_period_is_what_this_week_and_this_month_mean():
    from extractor import extract
    doc = extract("12345政府服务热线一周情况通报\n(2016年3月4日—3月10日)\n一、基本情况\n"
                  "本周共受理热线工单506件，比上周增长20.48%。交办相关二级责任单位495件。",
                  url="https://dyrmt.com/article-10142-1.html")
    assert [(m.text, m.period.start_date, m.period.end_date) for m in doc.metrics][0] == ("506件", "2016-03-04", "2016-03-10")
    doc = extract("昌吉市12345政务服务便民热线运行分析报告 (4月1日-4月30日)\n发布日期：2025-05-03\n"
                  "本月共转派工单4567件，按期签收率100%，按期办结率100%，满意率99.96%。")
    assert (doc.metrics[0].period.start_date, doc.metrics[0].period.end_date) == ("2025-04-01", "2025-04-30")
    # a page of two items: the bulletin and its period further down
    doc = extract("热线反映\n1、张湾区谢家村村民反映，村里经常停水，希望调查回复，市长公开电话办公室已转交区政府办理。\n"
                  "2、市民反映，发展大道叶湾隧道旁停车场出来的大车漏水漏泥沙，污染路面，希望整治。\n"
                  "3、竹山县潘口乡工业园负责人反映，自来水主管道多次爆管，十分影响园区正常用水，希望解决。\n"
                  "12345市长热线群众诉求办理情况周报\n(2022年6月25日—7月1日)\n受理\n本周受理群众有效诉求7698件，较上周下降7.6%。")
    assert next(m for m in doc.metrics if m.text == "7698件").period.end_date == "2022-07-01"


def test_first_months_and_spans_from_a_month_or_year():
    assert _dated("今年前7个月，共受理纠纷446起。")[0] == [("今年前7个月", "2025-01-01", "2025-07-31")]
    assert _dated("自2022年11月起，共办理案件193件。")[0] == [("自2022年11月起", "2022-11-01", "2025-12-03")]
    assert _dated("自2015年起，先后帮扶困难户3户。")[0] == [("自2015年起", "2015-01-01", "2025-12-03")]
    assert _dated("该办法自2022年11月9日起施行。")[0] == [("2022年11月9日", "2022-11-09", "2022-11-09")]
    # from a day, then the event it began (a long name) and 以来
    got = _dated("自2017年11月21日启动春节前农民工工资支付专项检查治理活动以来，已办理案件1541件。")[0]
    assert got == [("自2017年11月21日启动春节前农民工工资支付专项检查治理活动以来", "2017-11-21", "2025-12-03")]


def test_a_span_of_days_with_clock_times():
    assert _dated("2019年6月28日12:00至2019年7月12日12:00，共受理工单42172件。")[0] == [
        ("2019年6月28日12:00至2019年7月12日12:00", "2019-06-28", "2019-07-12")]


def test_a_yearbook_entrys_label_before_its_opening_year():
    from extractor import extract
    doc = extract("秀英区年鉴\n【公益诉讼检察】2020年，秀英区检察院排查公益诉讼线索70件，立案65件。已立案的案件中，涉及生态环境资源保护领域的案件37件。")
    assert all(m.period and m.period.text == "2020年" for m in doc.metrics)


def test_the_earlier_figure_of_a_comparison_has_the_earlier_period():
    from extractor import extract
    doc = extract("行政复议案件分析\n2021年，以公安为被申请人的行政处罚类案件85件，较2020年该类案件量42件增长了一倍。")
    got = {m.text: m.period.text if m.period else None for m in doc.metrics}
    assert got["85件"] == "2021年" and got["42件"] == "2020年"


def test_the_earlier_figure_right_after_its_basis_year():
    periods, _ = _periods("2023年，区政府共收到行政复议申请1113件，较2022年558件增加了555件。")
    assert periods["558件"][0] == "2022年" and periods["1113件"][0] == "2023年"
    assert resolve("至11月底，共化解纠纷3件") == [("11月底", "point", "2021-11-30", "2021-11-30")]


def test_since_a_day_of_this_year_and_a_named_year_to_now():
    assert resolve("今年2月26日以来，共受理") == [("今年2月26日以来", "range", "2022-02-26", "2022-03-17")]
    assert resolve("2021年截至目前，共受理") == [("2021年截至目前", "range", "2021-01-01", "2022-03-17")]


def test_an_annual_reports_stated_statistical_period_gives_its_year():
    text = ("天津市某区人民政府\n本报告所列数据的统计期限为2025年1月1日至2025年12月31日。\n"
            "一、总体情况\n全年主动公开政府信息82件。截止12月31日，政务微博发布信息6348条。")
    periods, _ = _periods(text, published="2026-01-19")
    assert periods["82件"][1:] == ("2025-01-01", "2025-12-31")
    assert periods["6348条"][1:] == ("2025-12-31", "2025-12-31")


def test_a_sentence_opening_date_after_a_label_or_a_clause_of_purpose():
    periods, _ = _periods("【平安中山建设】 2023年，中山市推进平安建设突出问题治理。群众安全感、满意度分别为98.72%、96.87%。")
    assert periods["98.72%"][0] == "2023年"
    periods, _ = _periods("为积极化解辖区各类矛盾纠纷，维护社会秩序和谐稳定，今年以来，某街道多措并举开展排查。"
                          "组织网格员深入21个网格，开展排查11次。")
    assert periods["21个"][0] == "今年以来"
    periods, _ = _periods("市民诉求 二季度，12345热线共受理市民诉求71266件。其中，投诉29486件。")
    assert periods["29486件"][0] == "二季度"


def test_an_items_marker_or_a_news_dateline_before_a_date_and_a_later_clauses_date():
    periods, _ = _periods("今年上半年，我局开展宣传活动35场。三是4月8日上午在公园开展宣传活动，发放宣传手册3000余份。")
    assert periods["3000余份"][0] == "4月8日上午"
    periods, _ = _periods("长城网衡水讯(记者贾明伟)12月4日，全市2018年宪法日宣传活动开展，100多家单位参加。", published="2018-12-05")
    assert periods["100多家"][0] == "12月4日"
    periods, _ = _periods("2023年，全年共收到依申请公开14件。行政诉讼案件3件，目前案件正在审理中。")
    assert periods["3件"][0] == "2023年"


def test_a_bulletins_period_stated_after_this_month_or_opening_its_first_sentence():
    text = "一、基本情况\n本月(2025年5月1日—2025年5月31日)全局共接收投诉319件。本月共受理投诉281件。"
    assert resolve(text, published="2025-08-06")[-1] == ("本月", "range", "2025-05-01", "2025-05-31")
    text = "一、本月受理情况\n2020年12月1日至31日，某县12345热线受理诉求430件。\n本月热线受理工单共涉及34个单位。"
    assert resolve(text, published=None)[-1] == ("本月", "range", "2020-12-01", "2020-12-31")
    assert resolve("今年1、2月份全市查处酒驾291起") == [("今年1、2月份", "range", "2022-01-01", "2022-02-28")]


def test_days_counted_from_publication():
    assert resolve("昨日上午，某县召开会议。今天，全县化解纠纷3件。今日城厢报道。") == [
        ("昨日上午", "point", "2022-03-16", "2022-03-16"), ("今天", "point", "2022-03-17", "2022-03-17")]
    assert resolve("昨天，某县召开会议", published=None) == [("昨天", "point", None, None)]


def test_since_a_day_runs_to_publication_and_a_rules_first_day_in_force_is_a_day():
    since = resolve("自今年11月1日起，全县共受理案件551件。", published="2010-12-23")
    assert ("自今年11月1日起", "range", "2010-11-01", "2010-12-23") in since
    in_force = resolve("该办法自2021年1月1日起施行。")
    assert [(s, e) for _, _, s, e in in_force] == [("2021-01-01", "2021-01-01")]
    span = resolve("统计期为自2025年1月1日起至2025年12月31日止。", published="2026-01-22")
    assert ("2025-01-01", "2025-12-31") in [(s, e) for _, _, s, e in span]


def test_a_page_in_traditional_script_is_read_through_the_simplified_forms_and_keeps_its_text():
    text = "自6月份以來,全鎮共調解糾紛140起。"
    dates = resolve(text, published="2024-08-16")
    assert ("自6月份以來", "range", "2024-06-01", "2024-08-16") in dates


@pytest.mark.parametrize("text,published,expected", [
    ("2019年春节前，全面完成清欠任务。", "2019-01-10", ("2019年春节前", "point", "2019-02-04", "2019-02-04")),
    ("今年端午节当天，李某因车祸身亡。", "2018-12-20", ("今年端午节", "point", "2018-06-18", "2018-06-18")),
    ("今年春节前夕，法官走访当事人。", "2025-02-10", ("今年春节前夕", "point", "2025-01-28", "2025-01-28")),
])
def test_lunar_festivals_are_their_days_and_the_spring_festival_is_no_spring(text, published, expected):
    assert resolve(text, published=published) == [expected]
    assert all(s != "2022-03-01" for _, _, s, _ in resolve("2022年春运期间，交通事故下降。", published="2022-03-10"))


def test_since_a_day_and_the_event_that_began_then():
    assert resolve("自今年5月17日联调中心正式启用以来，共接待群众1300人次。", published="2011-12-15") == [
        ("自今年5月17日联调中心正式启用以来", "range", "2011-05-17", "2011-12-15")]


def test_since_a_year_and_the_pilot_that_began_then_but_not_the_start_of_a_comparison():
    assert resolve("从2007年开展试点以来，共接收社区服刑人员1200人。", published="2015-10-20") == [
        ("从2007年开展试点以来", "range", "2007-01-01", "2015-10-20")]
    assert resolve("从2015年的85批下降到今年的40批。", published="2021-03-31")[0][1:] == ("range", "2015-01-01", "2015-12-31")
    assert resolve("从2020年检察系统内设机构改革至今，受理线索1301件。", published="2021-11-23") == [
        ("从2020年检察系统内设机构改革至今", "range", "2020-01-01", "2021-11-23")]
    assert resolve("自2019年机构改革至今，共受理88件。", published="2023-04-24")[0][2:] == ("2019-01-01", "2023-04-24")
    assert resolve("从2019年至今年，共受理88件。", published="2023-04-24")[0][0] != "从2019年至今"  # (至今年: a year named)
    assert resolve("从2019年十一月至今，共受理88件。", published="2023-04-24")[0][2] == "2019-11-01"  # (a month's start, no event)
    assert resolve("自2019年下半年以来，共受理88件。", published="2023-04-24")[0][2] == "2019-07-01"
    assert resolve("从2022年起将开展专项行动。", published="2021-10-20")[0][2:] == ("2022-01-01", "2022-12-31")


def test_a_monthly_bulletins_month_gives_this_month_and_last_month():
    text = "1.2023年10月，受理工单1905件；上月未办结工单233件，本月共有工单2138件。\n2.本月回访办结工单1833件。"
    got = {t: (s, e) for t, _, s, e in resolve(text, published=None)}
    assert got["上月"] == ("2023-09-01", "2023-09-30") and got["本月"] == ("2023-10-01", "2023-10-31")
    titled = find_dates("本月共办理工单1919件。", make_reference("本月共办理工单1919件。", None, None, title="政民互动月报(2022年9月)"))
    assert [(d.start_date, d.end_date) for d in titled] == [("2022-09-01", "2022-09-30")]
    # published within two months of its month's end, the bulletin speaks of its month; long after, of the publication's
    dated = find_dates("本月共办理工单1919件。", make_reference("本月共办理工单1919件。", "2022-10-25", None, title="政民互动月报(2022年9月)"))
    assert [(d.start_date, d.end_date) for d in dated] == [("2022-09-01", "2022-09-30")]
    late = find_dates("本月共办理工单1919件。", make_reference("本月共办理工单1919件。", "2023-06-02", None, title="政民互动月报(2022年9月)"))
    assert [(d.start_date, d.end_date) for d in late] == [("2023-06-01", "2023-06-30")]
    # a month opening the first lines without its year: the publication's year
    text = "一、基本情况\n10月份，市12315指挥中心共受理消费者各类信息3423件。\n二、咨询情况分析\n本月共受理咨询2157件，比上月减少12件。"
    got = {t: (s, e) for t, _, s, e in resolve(text, published="2023-11-01")}
    assert got["本月"] == ("2023-10-01", "2023-10-31") and got["上月"] == ("2023-09-01", "2023-09-30")
    opened = find_dates("本月来信中，反映城市管理类106件。", make_reference("本月来信中，反映城市管理类106件。", None, None,
                                                               title="2022年8月市长信箱办理情况"))
    assert [(d.start_date, d.end_date) for d in opened] == [("2022-08-01", "2022-08-31")]


def test_years_up_to_a_half_year():
    assert resolve("2020年至2023年上半年，共受理案件581宗。", published="2023-08-01") == [
        ("2020年至2023年上半年", "range", "2020-01-01", "2023-06-30")]
    # the half's year named relatively: this year's first half
    assert resolve("2015年至今年上半年，全区法院审结案件5239件。", published="2020-09-25") == [
        ("2015年至今年上半年", "range", "2015-01-01", "2020-06-30")]


def test_a_plans_term_inside_a_documents_name_is_a_date_but_no_numbers_period():
    text = "2024年，认真落实《法治政府建设实施纲要(2021—2025年)》，共办理案件12件。"
    assert resolve(text)[1] == ("2021—2025年", "range", "2021-01-01", "2025-12-31")
    doc = extract(text)
    assert [m.period.text for m in doc.metrics] == ["2024年"]  # (the term names the plan, not the year counted)
    assert [t for t, *_ in resolve("发布《2023年度行政复议和行政审判白皮书》。")] == ["2023年度"]
    assert [t for t, *_ in resolve("印发《2025年法治紫金建设工作要点》，明确任务32项。")] == ["2025年"]
    assert [t for t, *_ in resolve("发布《2019—2021年行政复议工作报告》。")] == ["2019—2021年"]


def test_a_year_with_起_runs_to_publication_unless_a_later_year_ends_it():
    assert resolve("2019年起，全县推行诉前调解。", published="2022-05-27") == [("2019年起", "range", "2019-01-01", "2022-05-27")]
    assert resolve("2019年起至2021年，共受理12件。", published="2022-05-27") == [
        ("2019年起至2021年", "range", "2019-01-01", "2021-12-31")]
    assert resolve("从2023年起将开展专项行动。", published="2022-05-27")[0][2:] == ("2023-01-01", "2023-12-31")  # (a plan's year)


def test_last_week_is_the_week_before_the_publications():
    assert resolve("上周，全区共受理诉求120件。", published="2024-05-22") == [("上周", "range", "2024-05-13", "2024-05-19")]
    assert resolve("上一周，全区共受理诉求120件。", published="2024-05-22") == [("上一周", "range", "2024-05-13", "2024-05-19")]
    assert resolve("本月全市受理诉求1200件，上一周期为1000件。在上一周年纪念活动中。", published="2024-05-22") == [("本月", "range", "2024-05-01", "2024-05-31")]
    assert resolve("上周末开展普法活动。", published="2024-05-22") == []


def test_a_day_between_the_speaker_and_what_was_done_that_day():
    assert resolve("记者10日从海口市农业局获悉，全市共受理纠纷12件。", published="2025-12-20") == [
        ("10日", "point", "2025-12-10", "2025-12-10")]
    assert resolve("贵州高院18日举行新闻发布会。", published="2025-12-05")[0][2] == "2025-11-18"  # (a day still to come: last month's)
    assert resolve("每月15日召开例会。", published="2025-12-20") == []


def test_from_a_month_to_this_years_month_is_no_month_to_now():
    assert [(t, s, e) for t, _, s, e in resolve("去年8月至今年2月，共调解纠纷2000余起。", published="2021-03-24")] == [
        ("去年8月至今年2月", "2020-08-01", "2021-02-28")]
    assert [(t, s, e) for t, _, s, e in resolve("去年至今年2月份，共检查企业8268次。", published="2023-03-10")] == [
        ("去年至今年2月份", "2022-01-01", "2023-02-28")]  # (from the first year's January)


def test_a_whole_year_printed_without_its_character_is_that_year():
    from extractor import extract
    doc = extract("据介绍，2022全年，全省共受理群众报警电话1031万起，同比下降19%。", published_at="2023-01-09")
    assert [(d.text, d.start_date, d.end_date) for d in doc.dates] == [("2022全年", "2022-01-01", "2022-12-31")]


def test_the_whole_of_a_relatively_named_year_is_that_year():
    from extractor import extract
    doc = extract("去年全年，全市共受理企业诉求30074件，办结28213件。", published_at="2022-03-15")
    assert [(d.text, d.start_date, d.end_date) for d in doc.dates] == [("去年全年", "2021-01-01", "2021-12-31")]
    assert {m.text: m.period.text for m in doc.metrics} == {"30074件": "去年全年", "28213件": "去年全年"}


def test_an_undated_page_resolves_a_day_against_a_year_its_text_names_before_the_urls_month_folder_after():
    from extractor import extract
    doc = extract("2019年，全县共调解纠纷120起。\n6月1日，县司法局召开会议，部署调解工作。",
                  url="http://www.example.gov.cn/news/202006/10588615.html")
    assert [(d.text, d.start_date) for d in doc.dates] == [("2019年", "2019-01-01"), ("6月1日", "2019-06-01")]
    doc = extract("1月3日，区法院院长作工作报告。\n2024年，区法院共受理各类案件22895件。",
                  url="http://xcxzfy.ahcourt.gov.cn/article/detail/2025/01/id/8602474.shtml")
    assert [(d.text, d.start_date) for d in doc.dates] == [("1月3日", "2025-01-03"), ("2024年", "2024-01-01")]


def test_a_named_years_same_period_is_the_current_range_in_that_year():
    from extractor import extract
    doc = extract("2021年1-8月，全市法院受理一审民事案件38555件，较2019年同期38869件下降0.81%。",
                  published_at="2021-09-27")
    same = [d for d in doc.dates if d.text == "2019年同期"][0]
    assert (same.start_date, same.end_date) == ("2019-01-01", "2019-08-31")
    assert [(m.text, m.period.start_date) for m in doc.metrics] == [
        ("38555件", "2021-01-01"), ("38869件", "2019-01-01"), ("下降0.81%", "2021-01-01")]


def test_until_now_after_an_event_is_a_period_not_a_date_and_this_years_report_no_date():
    from extractor import extract
    doc = extract("某县调解室\n调解室成立至今，累计处理矛盾纠纷120件。至今共办理公证1657件。本年度报告中所列数据统计期限为2022年1月1日至2022年12月31日。",
                  published_at="2023-01-10")
    assert [d.text for d in doc.dates] == ["至今", "2022年1月1日至2022年12月31日"]
    assert doc.metrics[0].period.text == "至今"


def test_from_a_year_to_a_month_of_a_later_year():
    assert resolve("2021年至2023年9月，该法庭共受理案件246起。", published="2023-10-10") == [
        ("2021年至2023年9月", "range", "2021-01-01", "2023-09-30")]


def test_a_day_alone_opening_a_sentence_is_of_the_publications_month():
    from extractor import extract
    doc = extract("金湖县司法救助金集中发放仪式举行\n2018-12-26 11:09:00  来源:金湖县人民检察院\n"
                  "21日，我县在检察院举办司法救助金集中发放仪式。在发放仪式上共向41名刑事案件被害人发放救助金43.61万元。")
    assert [(d.text, d.start_date) for d in doc.dates] == [("21日", "2018-12-21")]
    assert doc.metrics[0].period.text == "21日"
    # a day still to come in the publication's month is of the month before; 30日内 is a rule's term
    doc = extract("某县召开会议\n发布时间：2018-12-05\n28日，某县召开矛盾纠纷排查会议，排查纠纷120件。要求在30日内办结。")
    assert [(d.text, d.start_date) for d in doc.dates] == [("28日", "2018-11-28")]
    # …and a day set off by commas after a clause that states the purpose
    doc = extract("某市举办调解大比武\n发布时间：2025-08-29\n按照全省婚姻家庭纠纷调解工作部署要求，28日，我市基层婚调工作“大比武”活动举行，30名调解员参加。")
    assert [(d.text, d.start_date) for d in doc.dates] == [("28日", "2025-08-28")]


def test_a_circled_numbers_paragraph_opens_with_its_date():
    from extractor import extract
    doc = extract("鲁网讯\n发布时间：2019-03-19\n①自2012年开始，村民张某套耕林地种植农作物。\n"
                  "②2018年4月，达茂旗检察院向该旗林业局发出检察建议。该局最终督促张某将非法套耕的146.85亩林地全部退出。")
    assert doc.metrics[0].period.text == "2018年4月"


def test_a_campaign_named_again_by_another_word_takes_the_date_that_began_it():
    from extractor import extract
    doc = extract("“陕亮执行·2024”专项执行成效明显\n发布时间：2024-12-05\n"
                  "据介绍，陕西省高院从今年5月开始，在全省范围内部署开展“陕亮执行·2024”专项执行行动，聚焦涉民生执行案件集中攻坚。"
                  "活动开展以来，陕西全省各级法院共执结案件14.05万件。")
    period = doc.metrics[0].period
    assert (period.text, period.start_date, period.end_date) == ("活动开展以来", "2024-05-01", "2024-12-05")


def test_the_whole_year_in_a_january_release_is_the_year_just_ended():
    assert resolve("全年共受理信访事项120件。", published="2026-01-09") == [("全年", "range", "2025-01-01", "2025-12-31")]
    assert resolve("全年共受理信访事项120件。", published="2025-12-20") == [("全年", "range", "2025-01-01", "2025-12-31")]
    assert resolve("2026年工作安排：全年力争化解积案。", published="2026-01-09")[-1][2] == "2026-01-01"  # (the year named)


def test_the_whole_of_a_year_opening_a_sentence_is_the_period_of_the_paragraph_after_it():
    text = ("据统计,整个2018年,热线共接到市民来电超4.5万个,其中咨询约2.8万个。此外,热线平台还受理媒体、"
            "网络等渠道反映的问题4007个。")
    assert _periods(text, "2019-01-09")[0]["4007个"] == ("2018年", "2018-01-01", "2018-12-31")
    # the agency speaking before the time (遂溪检察院2020年至今共…) leaves it opening its sentence
    text = "据了解,遂溪检察院2020年至今共批准逮捕涉未成年人案件92件。该院还在全县选出10名未成年人予以结对帮扶。"
    assert _periods(text, "2023-06-01")[0]["10名"] == ("2020年至今", "2020-01-01", "2023-06-01")


def test_this_quarter_is_the_quarter_a_bulletin_names_else_the_publications():
    from extractor.dates import find_dates, make_reference

    def spans(text, published, title=None):
        ref = make_reference(text, published, None, title=title)
        return [(d.text, d.start_date, d.end_date) for d in find_dates(text, ref)]
    text = "3.本季度五城区数字城管系统处置急要件119件。"
    assert spans(text, "2024-05-26", title="关于2024年第一季度数字城管系统运行情况的简报") == [
        ("本季度", "2024-01-01", "2024-03-31")]
    assert spans(text, "2024-05-26") == [("本季度", "2024-04-01", "2024-06-30")]
    assert spans("第三季度，全区受理投诉120件。本季度办结率98%。", "2025-10-11")[-1] == ("本季度", "2025-07-01", "2025-09-30")


# Expressions resolved against the release's day, each with what it names (or that it names no date).
@pytest.mark.parametrize("text,published,expected", [
    # the five-year plans of law popularisation
    ("“六五”普法期间，普及率达到90%以上", "2015-06-19", [("“六五”普法期间", "range", "2011-01-01", "2015-12-31")]),
    ("“八五”普法以来，开展活动15场次", "2024-07-16", [("“八五”普法以来", "range", "2021-01-01", "2024-07-16")]),
    # 元月 is January; a relative year runs to now
    ("2019年元月份以来，共处理2起", "2019-03-01", [("2019年元月份以来", "range", "2019-01-01", "2019-03-01")]),
    ("2020年元月至6月共受理", "2020-07-01", [("2020年元月至6月", "range", "2020-01-01", "2020-06-30")]),
    ("去年至今，共化解15起", "2022-05-30", [("去年至今", "range", "2021-01-01", "2022-05-30")]),
    ("罚款2000元月底前缴清", "2022-05-30", []),
    # a span of days with their hours; a year end with a stray space
    ("(2017年9月2日12时—9月3日12时)", "2017-09-05", [("2017年9月2日12时—9月3日12时", "range", "2017-09-02", "2017-09-03")]),
    ("力争2024 年底前完成", "2024-05-17", [("2024 年底", "point", "2024-12-31", "2024-12-31")]),
    # 截至 a month written with 份, 截至 a year: their last day, or the release's day within the year
    ("截止到2022年6月份，全县共有律师调解工作室4家", "2022-08-01", [("截止到2022年6月份", "point", "2022-06-30", "2022-06-30")]),
    ("截至2024年，全市医保公众号粉丝超过19万人", "2025-02-10", [("截至2024年", "point", "2024-12-31", "2024-12-31")]),
    ("截至2023年，全市共有调解组织120个", "2023-11-30", [("截至2023年", "point", "2023-11-30", "2023-11-30")]),
    # the disclosure report's own words for its year, a speaker's day: no dates
    ("现将本年度工作情况报告如下:", "2024-01-10", []),
    ("三、本年度办理结果\n(一)予以公开", "2024-01-10", []),
    ("上一年项目数量 | 本年增/减", "2024-01-10", []),
    # a comparison's basis is a date the text names (the shared examples list 同比上一年度)
    ("同比上一年度增长23118件", "2025-03-30", [("上一年度", "range", "2024-01-01", "2024-12-31")]),
    ("“我今天来这反映土地纠纷问题，一进门工作人员就热情接待。”", "2023-05-10", []),
    # a weekly bulletin's days written with dots, in brackets or ending its title line; a decimal is none
    ("上周(2.27—3.05)，局监督指挥中心共处理案件1282件", "2021-03-08", [("上周(2.27—3.05)", "range", "2021-02-27", "2021-03-05")]),
    ("周报(2021第7期)2.27—3.05\n", "2021-03-08", [("2.27—3.05", "range", "2021-02-27", "2021-03-05")]),
    ("市长电话周工作综述(11.17-11.23)", "2025-11-25", [("(11.17-11.23)", "range", "2025-11-17", "2025-11-23")]),
    ("增长2.5-3.1倍", "2025-11-25", []),
    # the start of a year is its first month, named or relative; 初 opening a word is no date
    ("今年年初，全县共排查纠纷120起", "2024-05-10", [("今年年初", "range", "2024-01-01", "2024-01-31")]),
    ("去年初开始试点", "2024-05-10", [("去年初", "range", "2023-01-01", "2023-01-31")]),
    ("2018年年初制定方案", "2024-05-10", [("2018年年初", "range", "2018-01-01", "2018-01-31")]),
    ("2022年初步建成调解网络", "2024-05-10", [("2022年", "range", "2022-01-01", "2022-12-31")]),
    # 当前 opening a clause is the release's day (as 目前); 当前形势 is no date
    ("当前，全县共有调解组织30个", "2024-05-10", [("当前", "point", "2024-05-10", "2024-05-10")]),
    ("研判当前形势", "2024-05-10", []),
    # a day as it is spoken, with 号 (not a building's or a line's number)
    ("8月25号，区法院召开会议", "2024-09-01", [("8月25号", "point", "2024-08-25", "2024-08-25")]),
    ("立案登记制于今年5月1号全面实施", "2024-09-01", [("今年5月1号", "point", "2024-05-01", "2024-05-01")]),
    ("住在3月5号楼的居民", "2024-09-01", []),
    # so many years before publication; a month in Chinese numerals opening a clause
    ("11年前，他曾多次上访", "2023-12-20", [("11年前", "range", "2012-01-01", "2012-12-31")]),
    ("早在两年前，她就开始调解", "2023-12-20", [("两年前", "range", "2021-01-01", "2021-12-31")]),
    ("五月，全县排查纠纷18个", "2023-12-20", [("五月", "range", "2023-05-01", "2023-05-31")]),
    ("每月一次，一月一次", "2023-12-20", []),
    # since a month's event, however the event is named; 从…以来 keeps its month (the shared examples)
    ("去年7月全面开展公益诉讼工作以来，全省检察机关办理案件921件", "2018-06-20",
     [("去年7月全面开展公益诉讼工作以来", "range", "2017-07-01", "2018-06-20")]),
    ("从去年11月试运行以来，共受理258起", "2020-05-29", [("去年11月", "range", "2019-11-01", "2019-11-30")]),
    # a span of days in a year named relatively
    ("今年8月31日至12月15日，该院共委派案件10件", "2023-12-20", [("今年8月31日至12月15日", "range", "2023-08-31", "2023-12-15")]),
    ("去年12月28日至1月3日共受理", "2023-12-20", [("去年12月28日至1月3日", "range", "2022-12-28", "2023-01-03")]),
    # a day written the ISO way in a body is the page's furniture (an e-paper's trail, a list of
    # issues, a link's stamp), never a date the release speaks of
    ("--> 2025-04-22 从忧“薪”到暖心—— 1 1 贵州日报", "2025-04-22", []),
    ("过往期刊 第2024-06-20期", "2024-06-21", []),
    ("今天，本报推出系列报道。", "2023-05-10", [("今天", "point", "2023-05-10", "2023-05-10")]),
])
def test_expressions_resolved_against_the_release(text, published, expected):
    assert resolve(text, published=published) == expected


def test_the_same_words_elsewhere_keep_their_dates():
    assert resolve("十一五期间共调解", published="2024-07-16")[0][2:] == ("2006-01-01", "2010-12-31")
    assert resolve("截至2024年6月，共受理", published="2024-07-01")[0][2:] == ("2024-06-30", "2024-06-30")
    assert resolve("本年度,乡党委政府将法治政府建设摆在突出位置", published="2024-01-10")[0][2:] == ("2024-01-01", "2024-12-31")
    assert resolve("上一年度法治政府建设情况", published="2023-01-10")[0][2:] == ("2022-01-01", "2022-12-31")


def test_the_past_year_of_a_spring_report_is_the_year_just_ended():
    assert resolve("过去的一年，全省线下无理由退货承诺单位增至1.9万家", published="2024-03-14")[0][2:] == ("2023-01-01", "2023-12-31")
    assert resolve("过去一年，全市共受理案件100件", published="2025-02-10")[0][2:] == ("2024-01-01", "2024-12-31")
    # a review at the year's end speaks of the year itself
    assert resolve("过去一年，全市共受理案件100件", published="2024-12-20")[0][2:] == ("2024-01-01", "2024-12-31")


def test_a_bulletins_period_after_a_news_dateline_is_its_weeks():
    text = "本报12月6日讯 11月27日-12月4日，12345市民服务热线共办理为民服务事项41.91万件。\n本周受理市民建言献策1049件。"
    got = {t: (s, e) for t, _, s, e in resolve(text, published="2020-12-07")}
    assert got["本周"] == ("2020-11-27", "2020-12-04")


def test_a_bulletin_that_calls_its_own_week_last_week():
    text = "上周(2.27—3.05)，局监督指挥中心共处理案件1282件。\n上周12345政府热线平台共签收48件。"
    ref = make_reference(text, "2021-09-03", None, title="市城管局监督指挥中心周报(2021第7期)2.27—3.05")
    assert [(d.text, d.start_date, d.end_date) for d in find_dates(text, ref)] == [
        ("上周(2.27—3.05)", "2021-02-27", "2021-03-05"), ("上周", "2021-02-27", "2021-03-05")]
    # (a bulletin of this week: its 上周 is the week before)
    other = "本周(2.27—3.05)，共处理案件1282件，较上周增加12件。"
    got = [(d.text, d.start_date) for d in find_dates(other, make_reference(other, "2021-03-06", None))]
    assert ("上周", "2021-02-20") in got


def test_the_month_a_bulletin_frames_is_its_本月():
    text = ("市12345政府公共服务中心对市各成员单位12345工作进行综合评价，现将7月份绩效考评有关情况通报如下：\n"
            "本月市碱业公司84分。")
    got = {t: (s, e) for t, _, s, e in resolve(text, published="2021-09-02")}
    assert got["本月"] == ("2021-07-01", "2021-07-31")


def test_a_disclosure_report_without_its_title_reports_on_the_first_year_it_names():
    text = ("一、总体情况\n2022年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》。本年度我镇收到政府信息公开申请1条。\n"
            "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况")
    got = {t: (s, e) for t, _, s, e in resolve(text, published="2023-01-20")}
    assert got["本年度"] == ("2022-01-01", "2022-12-31")
    # (without the report's headings, 本年度 is the publication's year)
    plain = "2022年，我镇认真贯彻落实条例。本年度我镇收到申请1条。"
    assert {t: s for t, _, s, e in resolve(plain, published="2023-01-20")}["本年度"] == "2023-01-01"


def test_an_undated_bulletins_months_are_of_its_year_not_of_a_year_named_in_passing():
    text = ("现将2024年6月份市政府公开电话工作情况通报如下:\n一、热线运行情况\n比如:凤凰山路263号院,2023年小区内维修了楼顶防水。\n"
            "三、承接办理情况\n6月份,各镇办承接诉求工单404件。")
    got = [(d.text, d.start_date) for d in find_dates(text, make_reference(text, None, None))]
    assert got[-1] == ("6月份", "2024-06-01")


def test_a_bulletins_period_without_its_year_lies_before_its_publication():
    text = "上周(12.25—12.31)，局监督指挥中心共处理案件1282件。\n上周12345政府热线平台共签收48件。"
    ref = make_reference(text, "2022-01-03", None, title="市城管局监督指挥中心周报(第52期)12.25—12.31")
    assert ref.report_period == (dt.date(2021, 12, 25), dt.date(2021, 12, 31))
    crossing = make_reference(text, "2022-01-05", None, title="市城管局监督指挥中心周报(第1期)12.28—1.03")
    assert crossing.report_period == (dt.date(2021, 12, 28), dt.date(2022, 1, 3))


def test_a_day_whose_month_a_dump_lost_is_read_as_the_day_it_can_be():
    text = "截止到1130日,全院共受理各类案件11049件。\n1226日上午,在蚌埠召开会议。\n112日,全市开展活动。历时120日完成。"
    got = [(d.text, d.start_date) for d in find_dates(text, make_reference(text, "2019-12-26", None))]
    assert got == [("1130日", "2019-11-30"), ("1226日", "2019-12-26"), ("112日", "2019-11-02")]
    # (112日 reads as 1月12日 and as 11月2日: the later one before publication; 历时120日 counts days)
    unpublished = [d.text for d in find_dates(text, make_reference(text, None, None)) if d.start_date]
    assert "112日" not in unpublished  # (with no publication date, neither reading wins)


def test_a_jammed_day_reads_as_the_day_on_or_before_publication():
    text = "2020122日,省生态环境厅印发方案。\n截至到101日,全省共接到13940个生态环境问题信访投诉。\n——2021年1228日在来安县第十八届人民代表大会上"
    got = [(d.text, d.start_date) for d in find_dates(text, make_reference(text, "2020-10-14", None))]
    assert ("2020122日", "2020-01-22") in got  # (not 12月2日, after publication)
    assert ("101日", "2020-10-01") in got  # (截至到: a clause opening)
    assert ("2021年1228日", "2021-12-28") in got  # (年 kept, 月 lost)


def test_a_count_carried_over_from_last_year_is_of_the_year_reported_on():
    # (a 2023 report: its 上年度 is 2022)
    periods, _ = _periods("某区2023年政府信息公开工作年度报告\n2023年，全区共受理依申请公开1137件，已答复1136件（含上年度结转32件），"
                          "均在法定期限内。收到政府信息公开申请26件，结转上年度申请0件。", published="2024-02-18")
    assert periods["32件"][1:] == ("2023-01-01", "2023-12-31")
    assert periods["0件"][1:] == ("2023-01-01", "2023-12-31")


def test_years_compared_with_are_no_period_listed_or_a_multiples_basis():
    periods, _ = _periods("2021年，群众拨打12309检察服务热线16万余次，较2019年、2020年分别增长137%、86%。", published="2022-03-05")
    assert periods["增长137%"][0] == periods["86%"][0] == "2021年"
    periods, _ = _periods("目前，全省公职律师1633人，公司律师98人，是2016年底人数的5.6倍。", published="2018-05-15")
    assert periods["5.6倍"][0] == "目前"
    # 高出 is a change: 比2021年 is its basis, not the period of an earlier figure
    periods, _ = _periods("2022年，调解成功率达78.9%，比2021年高出15个百分点。", published="2023-02-15")
    assert periods["比2021年高出15个百分点"][0] == "2022年"


def test_a_short_line_broken_off_inside_its_sentence_goes_on_below():
    periods, _ = _periods("某区热线工作综述\n近年来，热线受理量逐年增长，如何确保“件件有落实、事事有回音”，成为全区各部门的共同课题。\n"
                          "2025年，孝南区受理的\n33267件热线诉求中，直接答复292件\n交办属地及区直部门流转办理32266件\n"
                          "热线工单的最终指向，是解决群众的急难愁盼。在孝南区，各部门始终把群众诉求作为工作的风向标。", published=None)
    assert periods["33267件"][0] == "2025年"


@pytest.mark.parametrize("text", [
    # a span qualifying a thing: 全年 is still the report's year
    "2025年，全镇备案率达100%。对2019年以来制定的规范性文件进行全面梳理。全年共查处违法行为400余件。",
    # a year range in a document's title
    "2025年，该局认真落实《法治政府建设实施纲要(2021—2025年)》有关要求。年内局党委开展专题学习22次。",
])
def test_context_year_is_not_a_qualifying_span_or_a_titles_range(text):
    periods, _ = _periods(text, published="2026-01-19")
    (period,) = [p for t, p in periods.items() if t.endswith(("400余件", "22次"))]
    assert period[1:] == ("2025-01-01", "2025-12-31")


def test_context_year_after_a_span_framing_the_clause_is_that_year():
    periods, _ = _periods("通报2022年以来放心消费及消费维权情况。全年共受理网络购物投诉3453件。", published="2023-03-14")
    assert periods["3453件"][1:] == ("2022-01-01", "2022-12-31")


@pytest.mark.parametrize("text, published, years", [
    ("五年来，检察机关共起诉侵害未成年人犯罪29万人。", "2023-03-01", ("2018-01-01", "2022-12-31")),
    ("五年来，检察机关共起诉侵害未成年人犯罪29万人。", "2023-09-01", ("2019-01-01", "2023-12-31")),
    ("一年来，全县各级调解组织共调解矛盾纠纷1200件，有效维护了社会和谐稳定。", "2025-06-13", ("2024-01-01", "2024-12-31")),
    ("一年来，全县各级调解组织共调解矛盾纠纷1200件，有效维护了社会和谐稳定。", "2025-11-20", ("2025-01-01", "2025-12-31")),
])
def test_years_looked_back_on_in_a_first_half_report_end_with_the_last(text, published, years):
    periods, _ = _periods(text, published=published)
    (period,) = periods.values()
    assert period[1:] == years


@pytest.mark.parametrize("text, published, expected", [
    ("某省医调委工作情况\n2011年2月25日甘肃医调委运作以来，截至2018年2月28日，共接到医疗纠纷投诉4697起，调解结案3669起。",
     "2018-03-20", ("2011年2月25日甘肃医调委运作以来，截至2018年2月28日", "2011-02-25", "2018-02-28")),
    ("某省柔性执法工作\n自2020年6月以来，截至今年11月，全省市场监管系统共对4967件执法案件从轻处理。",
     "2021-12-10", ("自2020年6月以来，截至今年11月", "2020-06-01", "2021-11-30")),
])
def test_a_span_since_a_date_counted_to_a_day_runs_from_the_one_to_the_other(text, published, expected):
    periods, _ = _periods(text, published=published)
    assert set(periods.values()) == {expected}


def test_counted_to_a_day_alone_is_that_day():
    periods, _ = _periods("某县热线工作\n自百日行动开展以来，截至5月23日，全县共查处酒驾违法行为138起。", published="2024-05-25")
    assert periods["138起"] == ("截至5月23日", "2024-05-23", "2024-05-23")


def test_the_bulletin_a_story_reports_on_gives_this_month():
    text = ("昨天，市信访工作领导小组办公室发布《关于9月份温州市12345政务热线办理工作情况的通报》。\n"
            "交办量虽创新高，但涉及办理单位反比上月减少，从今年最高时的93家减少为本月76家。")
    got = {t: (s, e) for t, _, s, e in resolve(text, published="2018-10-31")}
    assert got["本月"] == ("2018-09-01", "2018-09-30") and got["上月"] == ("2018-08-01", "2018-08-31")


def test_a_day_after_a_comma_is_of_the_month_its_sentence_named_and_no_rules_day():
    assert resolve("2023年12月，我县启动矛盾纠纷排查专项行动，28日，召开推进会。", published="2024-03-05") == [
        ("2023年12月", "range", "2023-12-01", "2023-12-31"), ("28日", "point", "2023-12-28", "2023-12-28")]
    assert [t for t, *_ in resolve("该中心规定每月15日，20日为领导接访日。", published="2024-11-25")] == []


def test_looking_back_a_year_skips_a_span_qualifying_a_thing_and_counts_whole_numerals():
    periods, _ = _periods("某镇法治政府建设情况\n2025年，全镇规范性文件备案率达100%。对2019年以来的规范性文件进行全面梳理。"
                          "一年来共查处违法行为400余件。", published="2026-01-19")
    assert periods["400余件"][1:] == ("2025-01-01", "2025-12-31")
    assert [t for t, *_ in resolve("某协会成立十一年来，共调解纠纷3000余件。", published="2025-03-01")] == []
    # a span framing its clause without a comma is the year spoken of
    periods, _ = _periods("某市矛盾纠纷化解情况\n2023年以来全市共化解的矛盾纠纷逐年增加。全年共化解纠纷400余件。", published="2024-03-01")
    assert periods["400余件"][1:] == ("2023-01-01", "2023-12-31")


def test_a_date_after_a_focusing_jin_still_opens_its_clause():
    periods, _ = _periods("共享充电宝行业观察\n2017年是共享经济元年，资本的青睐让共享充电宝风光无限。据不完全统计，仅2017年上半年，"
                          "共享充电宝行业先后获得了十几笔融资，40多家投资机构入局。", published="2018-04-20")
    assert periods["40多家"][0] == "2017年上半年"


def test_the_years_target_is_not_the_period_of_the_share_of_it_done():
    # (完成全年任务的86.14%: the share is of the target; the figure is of the sentence's opening span)
    periods, _ = _periods("1-6月，生态环保固定资产投资在库项目7个，完成投资8614万元，完成市政府下达全年任务的86.14%。")
    assert periods["86.14%"][0] == "1-6月"
    periods, _ = _periods("全年共受理法律援助案件53件，办结法律援助案件50件，满意率100%。")
    assert periods["53件"][0] == "全年"
    periods, _ = _periods("全年计划生育手术30例，均安全完成，随访率100%。")
    assert periods["30例"][0] == "全年"  # (计划生育: no plan)


def test_a_years_target_is_not_the_period_of_the_share_of_it_done():
    # (完成了2020年度考核任务的113.79%: the share is counted as of 截至今年9月底)
    periods, _ = _periods("截至今年9月底，大朗治理违法建设总面积为154万平方米，完成了2020年度考核任务的113.79%。",
                          published="2020-10-20")
    assert periods["113.79%"][0] == "截至今年9月底"
    # (…but 结合今年的工作目标，制定了59项考核指标: no share of it; 今年 is the period)
    periods, _ = _periods("今年，省营商局结合今年的工作目标、重点任务，制定了15个方面59项考核指标。", published="2020-10-20")
    assert periods["59项"][0] == "今年"


def test_a_date_after_a_word_of_parts_opens_its_sentence():
    # (其中11月6日至今，…23起: the part's own span, not the year's before it)
    periods, _ = _periods("今年以来，共计查处违规经营行为167起。其中11月6日至今，共计查处出租车不打表23起。",
                          published="2019-12-30")
    assert periods["23起"] == ("11月6日至今", "2019-11-06", "2019-12-30")


def test_the_day_counted_to_over_the_year_so_far_after_it():
    # (截至11月11日，今年该院…: the numbers run to the day; 截至目前，今年…: no day given, the year)
    periods, _ = _periods("截至11月11日，今年该院立案庭已成功调解案件58件，比去年同期上升65%。", published="2019-11-20")
    assert periods["58件"] == ("截至11月11日", "2019-11-11", "2019-11-11")
    periods, _ = _periods("据统计，截至今年12月1日，集美区市场监管局今年共受理预付卡消费投诉480件。", published="2020-12-05")
    assert periods["480件"] == ("截至今年12月1日", "2020-12-01", "2020-12-01")
    periods, _ = _periods("截至目前，今年市长专线办公室共受理网民留言诉求872件。", published="2019-11-20")
    assert periods["872件"][0] == "今年"


def test_a_public_holiday_is_its_days_off_in_the_year():
    # (the State Council's schedule: 春节 of 2016 was 7-13 February; “五一” of 2022, 30 April to 4 May)
    assert resolve("春节假期，全市城管共出动执法人员2000名。", published="2016-02-15") == [
        ("春节假期", "range", "2016-02-07", "2016-02-13")]
    assert resolve("“五一”假期期间，全市共出动检查组339个。", published="2022-05-05") == [
        ("“五一”假期期间", "range", "2022-04-30", "2022-05-04")]
    # (the break: weekends inside it and a holiday merged with it too; in a January release, last year's)
    assert resolve("国庆期间，全市共受理纠纷30件。", published="2025-10-20") == [("国庆期间", "range", "2025-10-01", "2025-10-08")]
    assert resolve("国庆期间，全市共受理纠纷30件。", published="2025-01-15") == [("国庆期间", "range", "2024-10-01", "2024-10-07")]
    assert resolve("端午假期，共受理30件。", published="2024-06-15") == [("端午假期", "range", "2024-06-08", "2024-06-10")]
    assert resolve("中秋期间，共受理30件。", published="2020-10-10") == [("中秋期间", "range", "2020-10-01", "2020-10-08")]
    assert resolve("元旦、春节期间，共受理30件。", published="2017-02-21") == [
        ("元旦、春节期间", "range", "2016-12-31", "2017-02-02")]  # (2017年元旦…: from 2017's first day, below)
    # (a year the schedule does not cover: the span, unresolved)
    assert resolve("春节期间，热线共受理258件。", published="2031-02-01") == [("春节期间", "range", None, None)]
    # (新春, the spring festival by another name, and its 佳节)
    assert resolve("新春假日期间，省城有效报警1407起。", published="2016-02-15") == [
        ("新春假日期间", "range", "2016-02-07", "2016-02-13")]
    assert resolve("新春佳节期间，共受理30件。", published="2016-02-15") == [("新春佳节期间", "range", "2016-02-07", "2016-02-13")]


def test_a_whole_date_that_lost_its_year_mark_runs_the_year_into_the_month():
    assert resolve("20201月1日至202012月31日，全市共新收行政复议申请205件。", published="2021-03-16") == [
        ("20201月1日至202012月31日", "range", "2020-01-01", "2020-12-31")]
    assert resolve("截至202012月31日，共公开信息9条。", published="2021-01-20") == [
        ("截至202012月31日", "point", "2020-12-31", "2020-12-31")]
    # (digits glued before it are a phone number's or an id's, no year)
    assert resolve("咨询电话0731-88202012月1日起开通。", published="2021-01-20") == []


def test_since_a_years_end_runs_from_its_last_month_to_publication():
    assert resolve("从2011年底起，全区推行便民警务站。", published="2017-09-11") == [
        ("从2011年底起", "range", "2011-12-01", "2017-09-11")]
    assert resolve("2024年底以来，共受理纠纷30件。", published="2025-07-04") == [
        ("2024年底以来", "range", "2024-12-01", "2025-07-04")]
    assert resolve("到2024年底，共受理纠纷30件。", published="2025-07-04") == [("2024年底", "point", "2024-12-31", "2024-12-31")]


def test_the_holiday_named_again_is_its_days_off_and_a_period_not_a_date():
    assert resolve("春节大假期间，市长热线共受理来电3600余个。", published="2019-02-11") == [
        ("春节大假期间", "range", "2019-02-04", "2019-02-10")]
    doc = extract("春节期间全市消费市场持续回暖\n发布时间:2023-01-28\n春节期间，全市各类消费市场持续回暖。"
                  "市场监管部门密切关注投诉举报。节日期间，累计处理各类投诉举报767件。")
    assert [(m.text, m.period.text, m.period.start_date, m.period.end_date) for m in doc.metrics] == [
        ("767件", "节日期间", "2023-01-21", "2023-01-27")]
    assert "节日期间" not in [d.text for d in doc.dates]
    # not the holiday compared with (比去年春节期间), nor holidays in general (节假日期间)
    doc = extract("春节消费\n发布时间:2024-02-20\n春节期间，全县共受理消费投诉56件，比去年春节期间下降12%。"
                  "节日期间，县市场监管局共出动执法人员320人次。")
    assert {m.text: m.period.start_date for m in doc.metrics}["320人次"] == "2024-02-10"
    doc = extract("县政务服务中心春节期间不打烊\n发布时间:2024-02-20\n2023年，县政务服务中心在节假日期间共办理业务1.2万件。")
    assert [m.period.text for m in doc.metrics] == ["2023年"]
    # the holiday only the title names
    doc = extract("中秋假日期间12345热线诉求情况\n发布时间:2019-09-16\n假日期间，热线接到家电产品类诉求合计24件，主要反映产品质量问题。")
    assert [(m.period.start_date, m.period.end_date) for m in doc.metrics] == [("2019-09-13", "2019-09-15")]


def test_a_day_counted_to_and_a_holidays_days_off_named_as_its_festive_days():
    text = "国庆节日期间，全县检查文化娱乐场所12家，营造国庆节日氛围。\n截至6日16:00，全市共接待游客137.88万人次。"
    got = [(d.text, d.start_date, d.end_date) for d in find_dates(text, make_reference(text, "2022-10-08", None))]
    assert ("国庆节日期间", "2022-10-01", "2022-10-07") in got
    assert ("6日", "2022-10-06", "2022-10-06") in got  # (截至 opens it, a clock time follows)
    assert not any(t == "国庆节日" for t, _, _ in got)  # (节日氛围: no span of days)


def test_a_note_in_brackets_of_the_day_counted_to_leaves_the_time_before_it_the_period():
    periods, _ = _periods("春节黄金周整个假期(截至2月6日16时)，我市共接待游客137.88万人次，同比下降1.79%。", published="2022-02-07")
    assert periods["137.88万人次"][1:] == ("2022-01-31", "2022-02-06")
    periods, _ = _periods("春节假期(1月24日至2月13日)，全区受理调解案件133宗。", published="2020-02-20")
    assert periods["133宗"][1:] == ("2020-01-24", "2020-02-13")  # (the bracket gives the days themselves)


def test_a_day_counted_to_then_a_whole_year_already_over_gives_the_year_to_the_counts_after_it():
    periods, _ = _periods("我镇现有执法人员8人，其中今年新增执法人员1人。截至目前，2023年度在市行政执法监督平台录入案件总数365件。"
                          "其中行政检查353件，与2022年同比上升52.8%；行政处罚案件12件，比去年同比下降20%；适用简易程序处罚案件4件。",
                          published="2024-01-23")
    assert periods["12件"][1:] == ("2023-01-01", "2023-12-31")
    assert periods["4件"][1:] == ("2023-01-01", "2023-12-31")


def test_the_month_in_brackets_ending_a_title_is_the_bulletins_even_after_another_month_in_it():
    from extractor import extract
    doc = extract("某县公安局3月反电信网络诈骗警情通报(2024年3月)\n日期:2024-04-08 15:07\n"
                  "本月全县共立电信网络诈骗案31起,环比今年2月份21起,上升47.62%。")
    assert (doc.metrics[0].period.start_date, doc.metrics[0].period.end_date) == ("2024-03-01", "2024-03-31")


def test_last_year_lai_is_since_last_year_but_not_when_lai_is_a_verb():
    assert _dated("去年来共查处各类水事违法案件86起。")[0] == [("去年来", "2024-01-01", "2025-12-03")]
    assert ("去年", "2024-01-01", "2024-12-31") in _dated("去年来到我县的游客达5万人次。")[0]
    assert resolve("他去年来过这里两次", published="2025-12-03") == [("去年", "range", "2024-01-01", "2024-12-31")]


def test_counted_to_a_quarter_is_its_last_day():
    assert resolve("截至今年三季度，全市累计办理案件1.98万件", published="2023-10-30") == [
        ("截至今年三季度", "point", "2023-09-30", "2023-09-30")]
    assert resolve("截至2023年第二季度末，共办理案件", published="2023-10-30")[0][2:] == ("2023-06-30", "2023-06-30")
    assert resolve("截至四季度末，共办理案件", published="2025-01-20")[0][2:] == ("2024-12-31", "2024-12-31")


def test_counted_to_a_half_year_is_its_last_day():
    assert resolve("截至2021年上半年，共组织开展培训125场", published="2021-09-30") == [
        ("截至2021年上半年", "point", "2021-06-30", "2021-06-30")]
    assert resolve("截至今年上半年，共办理案件", published="2023-08-02")[0][2:] == ("2023-06-30", "2023-06-30")
    assert resolve("截至下半年末，共办理案件", published="2025-03-20")[0][2:] == ("2024-12-31", "2024-12-31")
    assert resolve("上半年共办理案件", published="2023-08-02")[0][1:] == ("range", "2023-01-01", "2023-06-30")


def test_the_end_of_a_five_year_plan_is_its_last_day():
    assert resolve("到“十三五”期末，全区共有执业律师9665人", published="2021-05-06") == [
        ("“十三五”期末", "point", "2020-12-31", "2020-12-31")]
    assert resolve("“十三五”期间，全区共办理案件", published="2021-05-06")[0][2:] == ("2016-01-01", "2020-12-31")
    assert resolve("“十三五”末期工作安排", published="2021-05-06") == []


def test_years_joined_without_fenbie_are_one_period_of_the_numbers_after_them():
    assert _dated("2016年和 2017年受理的965件物业服务合同纠纷案件中，仅有12件为业主起诉。")[1] == [
        ("965件", "2016年和 2017年"), ("12件", "2016年和 2017年")]  # (the later number too, though its time is read as the first year)
    assert _dated("2019年、2020年分别受理案件30件、45件。")[1] == [("30件", "2019年"), ("45件", "2020年")]
    assert _dated("2019年、2020年各受理案件30件。")[1] == [("30件", "2020年")]  # (各: each year's)
    assert [p for _, p in _dated("2018年、2019年、2020年受理案件30件、45件、60件。")[1]] == ["2020年"] * 3
    assert dict(_dated("2019年和2021年两次测评，群众满意度由91.2%提升至96.5%。")[1])["91.2%"] == "2019年"  # (from one to the other)


def test_a_month_then_qi_runs_from_that_month_to_publication():
    assert resolve("2025年7月起，全市推行信用修复“一件事”办理", published="2026-03-18") == [
        ("2025年7月起", "range", "2025-07-01", "2026-03-18")]
    assert resolve("3月起，我局开始对定点医药机构进行核查", published="2025-06-27")[0][2:] == ("2025-03-01", "2025-06-27")
    assert all(end != "2025-08-01" for _, _, _, end in resolve("3月起至6月，共办理案件20件", published="2025-08-01"))


def test_a_month_without_its_year_then_an_event_since_and_ten_days_spanning_two():
    assert resolve("3月疫情发生以来，区司法局党委号召全系统党员带头", published="2022-06-24") == [
        ("3月疫情发生以来", "range", "2022-03-01", "2022-06-24")]
    assert resolve("七月中下旬以来，全盟各地高温干旱", published="2016-09-06") == [
        ("七月中下旬以来", "range", "2016-07-11", "2016-09-06")]
    assert resolve("建立“一月一研判”机制以来，全县共化解纠纷120件。", published="2025-09-15") == []


def test_the_first_three_quarters_written_with_ge():
    assert resolve("前三个季度共受理案件100件", published="2015-10-28") == [("前三个季度", "range", "2015-01-01", "2015-09-30")]


def test_from_last_year_on_runs_from_its_first_day_to_publication():
    assert resolve("从去年起，宁波交警支队在全市逐步铺开", published="2008-04-16") == [
        ("去年起", "range", "2007-01-01", "2008-04-16")]
    assert resolve("去年起诉的案件已审结", published="2008-04-16") == [("去年", "range", "2007-01-01", "2007-12-31")]
    assert all(d[0] != "去年起" for d in resolve("从去年起至今年3月底，全县共排查化解矛盾纠纷1200件。", published="2024-05-20"))


def test_the_whole_year_after_last_year_named_is_last_year():
    periods, _ = _periods("去年，某市生态环境局认真落实环境执法大练兵工作，全年检查企业5495家次，立案450起。",
                          published="2020-03-24")
    assert periods["5495家次"] == ("全年", "2019-01-01", "2019-12-31")
    periods, _ = _periods("今年，某局较去年增加检查频次，全年检查企业5495家次。", published="2020-11-24")
    assert periods["5495家次"] == ("全年", "2020-01-01", "2020-12-31")  # (较去年: a comparison's basis)
    # (nor 去年 inside a word, nor last year's figure, nor a span other than 全年)
    periods, _ = _periods("今年以来，县委组织部大力选拔当前年轻干部，共选拔45人。全年共办理调解案件300件。", published="2024-05-20")
    assert periods["300件"][1] == "2024-01-01"
    periods, _ = _periods("2024年，县法院共受理案件1200件，去年为1000件。全年审结率达95%。", published="2024-12-25")
    assert periods["95%"][1] == "2024-01-01"
    periods, _ = _periods("去年，全县开展专项行动。五年来，全县共化解纠纷3000件。", published="2024-12-20")
    assert periods["3000件"][1:] == ("2020-01-01", "2024-12-31")


def test_a_span_in_the_numbers_sentence_outweighs_the_day_the_paragraph_opens_on():
    periods, _ = _periods("4日，某市数字化城管中心二季度业务点评会召开。记者从会上获悉，市城管局对各区街道办事处第二季度回访满意度"
                          "进行了排名，其中，天桥区总满意率达88.91%，位居第一。", published="2018-07-05")
    assert periods["88.91%"] == ("第二季度", "2018-04-01", "2018-06-30")
    periods, _ = _periods("4日，某镇在集市开展普法宣传活动。活动中，工作人员向群众发放宣传资料500份。", published="2018-07-05")
    assert periods["500份"] == ("4日", "2018-07-04", "2018-07-04")
    # (nor the work a meeting looked back on)
    periods, _ = _periods("5月17日，县法院召开大会。会议回顾了2023年度工作，共表彰先进集体12个。", published="2024-05-20")
    assert periods["12个"][0] == "5月17日"


def test_a_span_from_part_of_one_month_to_part_of_another():
    assert resolve("2014年5月下旬至6月上旬，检查组深入各乡镇", published="2014-06-10") == [
        ("2014年5月下旬至6月上旬", "range", "2014-05-21", "2014-06-10")]
    assert resolve("8月下旬至9月初对全市法院执行工作进行了调查", published="2017-11-27") == [
        ("8月下旬至9月初", "range", "2017-08-21", "2017-09-10")]
    assert resolve("3月中旬至4月底，开展专项行动", published="2014-06-10")[0][2:] == ("2014-03-11", "2014-04-30")
    assert resolve("3月至5月，开展专项行动", published="2014-06-10") == [("3月至5月", "range", "2014-03-01", "2014-05-31")]


def test_the_time_of_a_number_before_goes_on_to_the_numbers_after_it_in_its_clauses():
    periods, _ = _periods("以九户派出所为例，2025年一季度100余起警情，矛盾纠纷占比超60%。", published="2025-06-10")
    assert periods["超60%"] == ("2025年一季度", "2025-01-01", "2025-03-31")
    periods, _ = _periods("外流贩毒人数明显减少，由2018年的37人减至2020年的21人，减幅43.2%。", published="2021-04-02")
    assert periods["减幅43.2%"] == ("2020年", "2020-01-01", "2020-12-31")
    # not a remark's time, nor past a semicolon, nor the first figure's time for where a move ends
    periods, _ = _periods("2020年，中院收案1577件(2019年1224件)，审结1561件，同比增长28.84%。", published="2021-03-01")
    assert periods["1561件"][0] == "2020年"
    periods, _ = _periods("2021年至2023年，市中院二审共受理191件，其中2021年51件，2023年37件；审结190件。", published="2024-08-20")
    assert periods["190件"][0] == "2021年至2023年"
    periods, _ = _periods("9月，回访核实率从上月的97.02%下降为95.56%。", published="2018-10-12")
    assert periods["95.56%"][0] == "9月"


def test_a_date_after_an_outlets_name_and_a_bracketed_byline_opens_its_paragraph():
    periods, _ = _periods("山东法制传媒网:(王丽明)4月12日上午，山东单县司法局召开了全县法律援助工作会议。"
                          "各乡镇司法所所长等共计35人参加了此次会议。", published="2018-04-13")
    assert periods["35人"] == ("4月12日上午", "2018-04-12", "2018-04-12")


def test_a_year_in_brackets_inside_a_quoted_name_is_no_date():
    assert resolve("该局“关守护(2023)”行动自2023年1月3日启动，至2023年2月10日结束。", published="2023-01-11") == [
        ("2023年1月3日", "point", "2023-01-03", "2023-01-03"), ("2023年2月10日", "point", "2023-02-10", "2023-02-10")]
    assert resolve("2023年度工作总结(2023)", published="2024-01-11")[-1][0] == "2023"


def test_a_day_since_after_the_publication_in_a_years_summary_is_last_years_and_a_rules_start_ahead_stays():
    from extractor import extract
    doc = extract("某街道2022年工作总结\n发布日期:2023-01-12 17:22\n一、2022年工作成效\n"
                  "1.从严从紧抓好疫情防控。自4月26日起，组织常态化核酸检测，储备采样人员1521名，投放45个核酸采样屋。")
    since = next(d for d in doc.dates if d.text == "自4月26日起")
    assert (since.start_date, since.end_date) == ("2022-04-26", "2023-01-12")
    assert [m.text for m in doc.metrics] == ["1521名", "45个"]
    doc = extract("关于实施新规的通告\n发布日期:2023-04-12 17:22\n为进一步规范管理，县政府研究制定了新规，自5月1日起，"
                  "全县设立服务点12个，受理群众咨询。")
    assert next(d for d in doc.dates if "5月1日" in d.text).start_date == "2023-05-01"  # (a start a notice announces)
    doc = extract("关于推行新机制的通知\n发布日期:2023-04-15\n根据市政府通知，自7月1日起，全县推行新的调解工作机制，首批设立服务点12个。")
    assert next(d for d in doc.dates if "7月1日" in d.text).start_date == "2023-07-01"  # (three months ahead: still ahead)
    doc = extract("县司法局2023年工作总结和2024年工作计划\n发布日期:2023-12-20\n今年以来，全县各项工作稳步推进。"
                  "自12月25日起，全县将开展为期一周的集中宣传。")
    assert next(d for d in doc.dates if "12月25日" in d.text).start_date == "2023-12-25"  # (a summary of the year still running)


def test_up_to_now_written_as_qijin_opening_a_clause_is_the_publication_day():
    periods, dates = _periods("长春市妇联积极调整工作思路，迄今为止，已成功调解家事纠纷59起。调解员累计调解纠纷300起，迄今没有发生一起反悔案件。",
                              published="2018-05-23")
    assert periods["59起"] == ("迄今为止", "2018-05-23", "2018-05-23")
    assert dates == ["迄今为止"]
    periods, dates = _periods("该中心迄今已成功调解家事纠纷59起。调解室自2015年成立迄今，共调解纠纷300起。", published="2018-05-23")
    assert periods["59起"] == ("迄今", "2018-05-23", "2018-05-23") and "迄今" not in dates[1:]


def test_a_holiday_named_with_its_year_starts_no_earlier_than_that_year():
    periods, _ = _periods("2017年元旦、春节期间，全县共检查用人单位98家，涉及农民工1.12万余人。", published="2017-02-21")
    assert periods["98家"] == ("2017年元旦、春节期间", "2017-01-01", "2017-02-02")
    periods, _ = _periods("2024年元旦假期期间，全县共受理纠纷30件。", published="2024-01-05")
    assert periods["30件"] == ("2024年元旦假期期间", "2023-12-30", "2024-01-01")  # (one holiday: its days off)


def test_this_year_in_an_undated_text_is_the_latest_year_it_speaks_of():
    # (not the year named last before it: 从2013年开始 tells of the past)
    text = ("2021年1月1日起,离婚登记正式设置30天的“冷静期”。\n"
            "从2013年开始,某区即在全省率先尝试通过免费婚姻咨询辅导服务,帮助婚姻当事人化解情感危机。"
            "今年1月1日至4月21日,全区共办理离婚登记349对。")
    doc = extract(text)
    span = next(d for d in doc.dates if d.text.startswith("今年"))
    assert (span.start_date, span.end_date) == ("2021-01-01", "2021-04-21")
    # (a year only inside a document's name still dates the text, when it names no other)
    doc = extract("某区印发《关于开展2025年定点医药机构违规使用医保基金自查自纠工作的通知》。今年以来,共追回违规费用10.18万元。")
    assert next(d for d in doc.dates if d.text == "今年以来").start_date == "2025-01-01"


@pytest.mark.parametrize("text, url, year", [
    # (a year the text plans for, 对2025年工作进行了安排部署, 确保2025年春节前, is no year it was written in)
    ("县司法局召开年度工作总结会\n12月20日，县司法局召开2024年度工作总结会。会议指出，今年以来，全县共调解矛盾纠纷1563件。"
     "会议对2025年工作进行了安排部署。", None, "2024"),
    ("2024年12月18日，县人社局召开部署会。会议通报，今年以来全县共为1236名农民工追讨欠薪1860万元。会议要求，确保2025年春节前全部清零。",
     None, "2024"),
    # (nor one after the URL's month folder)
    ("今年1—6月，全县共受理326件。计划在2026年前实现全覆盖，2026年将建成平台。", "http://x.gov.cn/xwzx/202407/t1.html", "2024"),
])
def test_this_year_in_an_undated_text_is_no_year_it_plans_for(text, url, year):
    doc = extract(text, url=url)
    assert next(d for d in doc.dates if d.text.startswith("今年")).start_date[:4] == year


def test_a_span_of_days_or_hours_with_its_clock_times_is_read_whole():
    assert resolve("5月7日0时至13日24时，全市热线共受理来电2974个", published="2018-05-16") == [
        ("5月7日0时至13日24时", "range", "2018-05-07", "2018-05-13")]
    assert resolve("5月7日零时至5月13日24时，共受理来电", published="2018-05-16")[0][2:] == ("2018-05-07", "2018-05-13")
    assert resolve("督察组于11月9日8时至20时移交信访事项127件", published="2018-11-12") == [
        ("11月9日8时至20时", "point", "2018-11-09", "2018-11-09")]


def test_last_month_before_a_hotlines_number_is_last_month():
    assert resolve("上月12345热线受理市民来电74766件", published="2019-03-29") == [
        ("上月", "range", "2019-02-01", "2019-02-28")]
    assert resolve("上月23日召开", published="2019-03-29") == [("上月23日", "point", "2019-02-23", "2019-02-23")]


def test_last_month_before_days_listed_is_no_whole_month():
    for text in ("上月26、27日，全市开展集中宣传", "上月26～27日，全市开展集中宣传", "上月26到27日，全市开展集中宣传"):
        assert ("上月", "range", "2019-02-01", "2019-02-28") not in resolve(text, published="2019-03-29")


def test_a_context_span_that_gives_no_days_is_no_date_and_one_that_resolves_is():
    from extractor import extract

    for text in ("近年来，某县司法局共调解矛盾纠纷1200件，调解成功率达98%。", "近年來，某縣司法局共調解矛盾糾紛1200件，調解成功率達98%。"):
        assert extract(text, published_at="2022-07-01").dates == []
    doc = extract("今年1至6月，某县受理案件120件，比2021年同期的100件增加20件。", published_at="2022-07-01")
    assert [(d.text, d.start_date, d.end_date) for d in doc.dates] == [
        ("今年1至6月", "2022-01-01", "2022-06-30"), ("2021年同期", "2021-01-01", "2021-06-30")]


def test_months_from_a_start_to_an_end_and_two_days_on_end_are_spans():
    from extractor import extract

    cases = {"7月开始至10月末,集中开展大检查,共检查企业45195家,排查各类安全隐患31419项。": ("7月开始至10月末", "2017-07-01", "2017-10-31"),
             "7月起至10月底,集中开展大检查,共检查企业45195家,排查各类安全隐患31419项。": ("7月起至10月底", "2017-07-01", "2017-10-31"),
             "5月28、29日,市场监管局开展专项执法行动,共检查市场主体14986户次,受理投诉举报881件。": ("5月28、29日", "2017-05-28", "2017-05-29"),
             "12月17日、21日,县法院两次开展集中执行行动,共执结案件35件,执行到位金额120万元。": ("12月17日", "2016-12-17", "2016-12-17")}
    for text, want in cases.items():
        d = extract(text, published_at="2017-11-20").dates[0]
        assert (d.text, d.start_date, d.end_date) == want


def test_a_span_from_a_month_to_a_day_and_from_the_year_of_an_event_to_a_year():
    assert resolve("2023年7月至12月8日，共为困难群众发放救助金7000元。", "2024-01-09") == [
        ("2023年7月至12月8日", "range", "2023-07-01", "2023-12-08")]
    assert resolve("今年3月至5月10日，共受理劳动争议案件86件。", "2024-06-01") == [
        ("今年3月至5月10日", "range", "2024-03-01", "2024-05-10")]
    assert resolve("自1999年行政复议法颁布至2012年，全省共受理行政复议案件16245件。", "2019-05-21") == [
        ("自1999年行政复议法颁布至2012年", "range", "1999-01-01", "2012-12-31")]
    # two points compared, and a part of the year after the event, are no such span
    assert [d[0] for d in resolve("案件数量从2012年的不足百件增长到2023年的近千件。", "2024-01-09")] == ["2012年", "2023年"]
    assert resolve("自2019年机构改革至2023年三季度，共受理案件86件。", "2024-01-09")[1] == (
        "2023年三季度", "range", "2023-07-01", "2023-09-30")
    # an event's year to the present is no span to a year (自2018年成立以来 stays the event's since)
    assert resolve("自2018年中心成立以来，共调解纠纷300件。", "2024-06-01")[0][2:] == ("2018-01-01", "2024-06-01")


def test_a_clause_opening_on_the_month_something_began_runs_from_it_to_publication():
    # 今年7月开始，…: from then on, as 7月起; a rule's first month in force is no span (7月开始实施)
    assert resolve("今年7月开始，全省平台共受理诉求17.7万件", "2022-09-01") == [("今年7月开始", "range", "2022-07-01", "2022-09-01")]
    assert resolve("今年7月开始实施新规", "2022-09-01") == [("今年7月", "range", "2022-07-01", "2022-07-31")]
    # …nor a span its clause closes (到6月底结束, 为期三个月)
    assert resolve("从今年4月开始，到6月底结束，共排查隐患120处", "2022-09-01")[0] == ("今年4月", "range", "2022-04-01", "2022-04-30")
    assert resolve("从5月开始，为期三个月，共检查120家", "2022-09-01")[0] == ("5月", "range", "2022-05-01", "2022-05-31")


def test_spans_whose_end_names_its_year_relatively_or_by_its_day_alone():
    # a month of a named year to a month of this year; an event begun in the first month, verb first
    assert resolve("从2004年12月到今年4月，共调解纠纷30件。", "2005-07-18") == [
        ("从2004年12月到今年4月", "range", "2004-12-01", "2005-04-30")]
    assert resolve("自2022年4月推行邻长制至今年9月份，共化解矛盾纠纷312件。", "2023-12-28") == [
        ("自2022年4月推行邻长制至今年9月份", "range", "2022-04-01", "2023-09-30")]
    assert resolve("自2021年3月专项行动启动至10月，共排查隐患120处。", "2022-01-10") == [
        ("自2021年3月专项行动启动至10月", "range", "2021-03-01", "2021-10-31")]
    # a day of this year to a day of the same month; this year up to a day
    assert resolve("今年5月12日—23日，共接待群众38人。", "2025-10-10") == [
        ("今年5月12日—23日", "range", "2025-05-12", "2025-05-23")]
    assert resolve("今年以来至6月20日，全市涉企行政检查同比下降38.1%。", "2025-07-04") == [
        ("今年以来至6月20日", "range", "2025-01-01", "2025-06-20")]
    assert resolve("今年至3月13日，该局已受理投诉201件。", "2019-03-20") == [
        ("今年至3月13日", "range", "2019-01-01", "2019-03-13")]


def test_five_years_after_a_range_written_with_one_year_mark_are_the_ranges_years():
    text = "2018至2022年，全省法院共受理各类案件7983487件。报告指出，五年来，全省法院共办结案件2061件。"
    spans = {d[0]: d[2:] for d in resolve(text, "2023-01-14")}
    assert spans["五年来"] == ("2018-01-01", "2022-12-31")


def test_the_holiday_named_again_after_a_reporting_lead_or_as_the_whole_holiday():
    doc = extract("“五一”期间南昌市刑事警情下降\n发布时间:2015-05-04 11:41\n“五一”节假日期间，全市接报刑事类警情240起。\n"
                  "记者了解到，节日期间，城区共组织了65辆巡逻车开展巡逻。整个节日期间，全市共查处酒驾12起。")
    assert {m.text: (m.period.text, m.period.start_date, m.period.end_date) for m in doc.metrics if m.period}["65辆"] == (
        "节日期间", "2015-05-01", "2015-05-03")
    assert {m.text: m.period.text for m in doc.metrics if m.period}["12起"] == "节日期间"


def test_this_year_in_an_undated_dump_is_the_year_it_names_with_a_stray_space():
    text = "日前，市公安局有关负责人就 2023 年上半年的工作成效进行了通报。\n今年以来，全市公安机关破获案件108 起。"
    assert {d[0]: d[2:] for d in resolve(text, None)}["今年以来"] == ("2023-01-01", None)


def test_spans_read_no_wider_than_their_words():
    # a year's span and a day after it: the day is of the publication's year, no span to a day of that year
    assert [d[0] for d in resolve("2022年以来至6月20日，全县累计化解矛盾纠纷2386件。", "2023-06-25")] == ["2022年以来", "6月20日"]
    assert ("2015年", "range", "2015-01-01", "2015-12-31") in resolve(
        "县医调委成立于2015年，至3月13日已累计调解医疗纠纷386件。", "2023-03-20")
    # two points compared across a verb, no event's span
    assert [d[0] for d in resolve("从2015年建立时人员较少增加到2023年，专职调解员已有126人。", "2024-01-09")] == ["2015年", "2023年"]
    # a plan's term in a document's name is no range 五年来 counts back from
    spans = {d[0]: d[2:] for d in resolve("《某县法治建设实施方案（2023—2027年）》印发实施。五年来，全县行政复议纠错率为12%。", "2023-06-01")}
    assert spans["五年来"][1] != "2027-12-31"


def test_the_holiday_named_again_is_not_one_compared_with_nor_one_qualifying_a_thing():
    for text in ("国庆期间，全县共接处警312起，同去年国庆期间相比下降12%。整个节日期间，全县查处交通违法行为560起。",
                 "国庆期间，全县共接处警312起，去年国庆期间为355起。记者了解到，节日期间全县查处交通违法行为560起。",
                 "国庆期间，县公安局全警上岗，吸取春节期间的经验。记者了解到，节日期间全县查处交通违法行为560起。"):
        doc = extract(f"我县节日安全平稳\n发布时间：2023-10-08 10:00 来源：某县公安局\n{text}")
        period = {m.text: m.period for m in doc.metrics}["560起"]
        assert (period.start_date, period.end_date) == ("2023-09-29", "2023-10-06"), text


def test_the_year_end_of_a_communique_is_its_years_last_day_as_a_period_not_a_date():
    text = "高台县2011年国民经济和社会发展统计公报\n全年新出生人口1500人。年末全县总人口158765人，比上年增加255人。"
    doc = extract(text, published_at="2012-05-16")
    periods = {m.text: (m.period.text, m.period.start_date, m.period.end_date) for m in doc.metrics if m.period}
    assert periods["158765人"] == ("年末", "2011-12-31", "2011-12-31")
    assert "年末" not in [d.text for d in doc.dates]
    # (a stock counted at the year's end is past: in a report of March naming no year, last year's)
    doc = extract("县司法局工作总结\n截至年底，全县共有人民调解组织300个，调解员1200名，覆盖所有村（社区）。",
                  published_at="2023-03-10")
    assert (doc.metrics[0].period.start_date, doc.metrics[0].period.end_date) == ("2022-12-31", "2022-12-31")


def test_narrowed_after_review_the_rules_new_spans_keep_to_their_class():
    # a day of this month still to come, or in a report of last month published after it: the month, numbers kept
    doc = extract("县人民法院5月份审判执行工作情况\n本月11日，县法院开展集中执行行动，执结案件36件，执行到位金额520万元。",
                  published_at="2023-06-05")
    assert [m.text for m in doc.metrics] == ["36件", "520万元"]
    # money before 元至…月 (with a space, or 美元) is no January
    assert [d[0] for d in resolve("每人每月补助200 元至7月底，共发放56万元")] == ["7月底"]
    assert [d[0] for d in resolve("单价从每吨50美元至9月份涨至80美元")] == ["9月份"]
    # a span opened by 从 that its clause closes is no span to publication
    assert resolve("从3月1日开始，持续至5月31日，县司法局开展专项行动", published="2022-06-17")[0][:3] == ("3月1日", "point", "2022-03-01")
    # a year named before months from January, or a plan's months: that year's
    doc = extract("某县开展专项行动\n2023年，我县部署开展矛盾纠纷排查专项行动，行动时间为1—6月，共排查纠纷120件。",
                  published_at="2023-03-10")
    assert doc.metrics[0].period.start_date == "2023-01-01"
    # a stock counted to the year's end in a summary of late December: kept, of that year
    doc = extract("某县司法局2023年工作总结\n截至年底，全县共有人民调解组织300个，调解员1500名。下一步将继续深化工作。",
                  published_at="2023-12-28")
    assert [(m.text, m.period.end_date) for m in doc.metrics] == [("300个", "2023-12-31"), ("1500名", "2023-12-31")]
    # a day that goes somewhere (3月4日前往) is still the event's day for 当日
    periods, _ = _periods("3月4日前往城关镇开展交通安全宣传。\n当日，共发放宣传资料500余份，检查车辆120辆。", published="2021-03-16")
    assert periods["500余份"][1:] == ("2021-03-04", "2021-03-04")
