"""Text dumps with page furniture: the headline, the publication time and the source found
among spaced-out labels, datelines without keys, outlet tags and toolbars."""
from extractor import extract

BODY = "近年来，某县坚持和发展新时代“枫桥经验”，全年共调解矛盾纠纷1200件，调解成功率达98.5%，有力维护了社会和谐稳定。"


def test_a_dateline_without_keys_gives_time_and_source():
    doc = extract(f"网站首页 无障碍阅读\n以调解方式现代化助推基层治理法治化\n2026-02-02 09:18 谷城县司法局\n{BODY}")
    assert doc.title == "以调解方式现代化助推基层治理法治化"
    assert doc.published_at == "2026-02-02T09:18:00+08:00"
    assert doc.source == "谷城县司法局"


def test_a_dateline_with_an_author_names_no_source():
    doc = extract(f"2024-11-18 15:07:16 项学敏\n{BODY}")
    assert doc.published_at == "2024-11-18T15:07:16+08:00" and doc.source is None


def test_a_date_in_the_body_stays_there():
    doc = extract(f"某县调解工作报告\n发布时间：2024-01-05\n{BODY}\n2024年1月3日")
    assert doc.body.endswith("2024年1月3日")


def test_metadata_table_keys_without_colons():
    page = ("标      题 西藏自治区审计厅2025年政务信息公开工作开展年度报告\n索引号 000014349/2026-00021 文      号\n"
            f"发布机构 发布日期 2026-01-16 18:22:45\n{BODY}")
    doc = extract(page)
    assert doc.title == "西藏自治区审计厅2025年政务信息公开工作开展年度报告"
    assert doc.published_at == "2026-01-16T18:22:45+08:00"
    assert "索引号" not in doc.body


def test_an_outlet_tag_is_no_part_of_the_headline():
    doc = extract(f"【淄博日报】学习十九大 巩固“长安杯” 提升新时代社会治理水平\n\n来源:淄博日报\n\n2017-11-20 16:21:00\n\n"
                  f"创新“五位一体”格局 提高社会治理水平\n{BODY}")
    assert doc.title == "学习十九大 巩固“长安杯” 提升新时代社会治理水平"
    assert doc.published_at == "2017-11-20T16:21:00+08:00"


def test_a_title_on_two_lines_under_the_agency_name():
    doc = extract(f"通化县人民政府\n2025年度政府信息公开工作报告\n{BODY}")
    assert doc.title == "通化县人民政府2025年度政府信息公开工作报告"


def test_a_headline_printed_again_in_parts_keeps_its_whole_form():
    doc = extract(f"首页\n时政\n邱县:“政协+信访”工作模式助力化解矛盾纠纷\n邱县\n“政协+信访”工作模式助力化解矛盾纠纷\n{BODY}")
    assert doc.title == "邱县:“政协+信访”工作模式助力化解矛盾纠纷"


def test_the_source_without_what_follows_it():
    for line, source in [("来源：海口市司法局 打印", "海口市司法局"), ("来源: 法制生活报 2022年05月11日", "法制生活报"),
                         ("来源：江苏广电融媒体新闻中心/许宸 通讯员/张全连 编辑/玉洁", "江苏广电融媒体新闻中心")]:
        assert extract(f"某县调解工作取得实效\n{line}\n{BODY}").source == source
