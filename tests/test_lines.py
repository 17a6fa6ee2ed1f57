"""Line kinds: page furniture is recognised, and article sentences that merely mention a
furniture word stay article text."""
import pytest

from extractor import extract
from extractor.lines import classify, parse_fields


@pytest.mark.parametrize("text,kind", [
    ("当前位置：首页 >> 工作动态 >> 区县动态", "navigation"),
    ("首页 > 新闻中心 > 部门动态", "navigation"),
    ("您现在所在的位置 : 首页 > 政务 > 工作信息", "navigation"),
    ("您所在的位置:康巴传媒网", "navigation"),
    ("打印整页 打印内容 分享", "toolbar"),
    ("网站无障碍 适老版", "toolbar"),
    ("字号变大| 字号变小", "toolbar"),
    ("返回主站", "navigation"),
    ("收起", "toolbar"),
    ("返回故里", "content"),
    ("【打印】 【关闭】", "toolbar"),
    ("【大】【中】【小】", "toolbar"),
    ("分享到：", "toolbar"),
    ("扫一扫在手机上打开当前页", "toolbar"),
    ("Copyright © 2017 广州市司法局 粤ICP备09006188号 网站标识码:4401000042", "footer"),
    ("技术支持：某某网络科技有限公司", "footer"),
    ("发布时间: 2022-03-17 10:26 作者: 来源: 拱墅区司法局 浏览次数:", "fields"),
    ("联系电话：0355-7469631", "contact"),
    ("（张志善 陈冬燕 石广彦）", "byline"),
    ("大中小学法治教育实践基地揭牌运行，全区共覆盖学生3万余人。", "content"),
    ("· 某市开展“信访接待日”活动  2024-09-27", "toolbar"),
    ("======================== 打印版 ========================", "toolbar"),
    ("============================================================", "toolbar"),
    ("某市人民政府办公室主办  某市大数据中心承办", "footer"),
    ("· 一是畅通诉求表达渠道，全年受理来信来访1200余件。", "content"),
    ("● 全市受理行政复议案件86件，同比增长12% 2024-05-31", "content"),
    ("本次大赛由县委宣传部主办 县司法局承办", "content"),
    ("群众扫一扫二维码即可申请法律援助。", "content"),
    ("某公司未经版权所有人许可擅自使用作品，被依法查处。", "content"),
    ("时间：下午三点开会", "content"),
])
def test_line_kinds(text, kind):
    assert classify(text).kind == kind


def test_a_toolbar_after_a_field_value_is_not_part_of_it():
    assert parse_fields("信息来源：于都县司法局 【字体：大 中 小】")["source"] == "于都县司法局"
    assert parse_fields("日期：2025-04-18 17:03 来源：邢台市信访局 【打印】【关闭】") == {
        "published": "2025-04-18 17:03", "source": "邢台市信访局", "_keys": "日期;来源;"}


def test_fields_whose_spans_ran_together():
    assert parse_fields("来源：玛纳斯县公共法律服务中心发布时间：2024-09-26 11:20") == {
        "source": "玛纳斯县公共法律服务中心", "published": "2024-09-26 11:20", "_keys": "来源;发布时间;"}


def test_a_counter_after_the_source_and_a_writer_between_an_outlet_and_its_time():
    assert parse_fields("2025-11-27 17:14 来源:樊城新闻网 0")["source"] == "樊城新闻网"
    assert parse_fields("来源:安庆新闻网 浏览次")["source"] == "安庆新闻网"
    assert parse_fields("齐鲁晚报·齐鲁壹点客户端 李文璇 2025-12-25 17:30:20原创") == {"published": "2025-12-25 17:30:20"}
    assert parse_fields("会议召开 张三 2020-11-30 09:20:00") is None  # (no outlet before the name: a sentence's)


def test_later_fields_may_run_into_the_value_before():
    got = parse_fields("来源：长阳土家族自治县司法局作者：覃晓燕")
    assert got["source"] == "长阳土家族自治县司法局" and got["author"] == "覃晓燕"
    assert parse_fields("信息来源：正定县司法局 字体：[大 中 小]")["source"] == "正定县司法局"


def test_a_publication_time_replaces_the_same_day_without_one():
    from extractor.article import merge_fields
    fields = {"published": "2025-03-14"}
    merge_fields(fields, {"published": "2025-03-14 09:00", "source": "洪山区司法局", "_keys": "发布日期;信息来源;"})
    assert fields == {"published": "2025-03-14 09:00", "source": "洪山区司法局"}
    merge_fields(fields, {"published": "2025-03-20 10:00"})
    assert fields["published"] == "2025-03-14 09:00"


def test_fields_or_navigation_agrees_with_classify():
    """The whole page's lines are read with the short test; it must say what classify says
    of fields and breadcrumbs, and nothing of the other kinds."""
    from pathlib import Path

    from extractor.html_page import parse_html
    from extractor.lines import classify, fields_or_navigation, normalise

    root = Path(__file__).resolve().parent.parent
    pages = sorted((root / "samples" / "pages").glob("*.html")) + sorted((root / "samples" / "corpus").glob("*.html"))
    lines = [normalise(ln) for p in pages for ln in parse_html(p.read_text(encoding="utf-8", errors="replace")).page_lines]
    lines += ["当前位置：首页 > 工作动态 > 区县动态", "发布时间：2024-01-02 来源：某县司法局", "主办单位：某县人民政府 网站标识码：1234",
              "首页 > " + "很长的栏目名称" * 12, ""]
    kinds = set()
    for text in lines:
        full, short = classify(text), fields_or_navigation(text)
        kinds.add(full.kind)
        if full.kind in ("fields", "navigation"):
            assert short is not None and (short.kind, short.fields) == (full.kind, full.fields), text
        else:
            assert short is None, text
    assert {"fields", "navigation", "footer", "content"} <= kinds


def test_an_index_block_ends_a_field_at_the_next_key():

    assert parse_fields("发布机构：于都县司法局  生成日期：2025-01-21")["source"] == "于都县司法局"


def test_the_papers_writers_with_spaced_names_are_a_byline_and_a_reporters_visit_is_not():
    assert classify("□ 本报通讯员 张 蕾 曹娟").kind == "byline"
    assert classify("记者走进调解室").kind == "content"


def test_an_accessibility_toolbars_buttons_are_furniture():
    for button in ("声音开关", "语速", "鼠标样式", "大字幕", "重置", "退出服务"):
        assert classify(button).kind != "content", button


def test_a_sites_numbered_notice_of_its_rights_and_an_epapers_pager_are_furniture():
    from extractor.lines import classify
    assert classify("1.本文为法治甘肃网原创作品。").kind == "notice"
    assert classify("2.所有原创作品,包括但不限于图片、文字及多媒体形式的新闻、信息等,未经著作权人合法授权,"
                    "禁止一切形式的下载、转载使用或者建立镜像。违者将依法追究其相关法律责任。").kind == "notice"
    assert classify("3上一篇  下一篇4").kind == "toolbar"
    assert classify("全县开展原创作品征集活动,收到原创作品120件。").kind == "content"


def test_comment_widgets_follow_us_lines_column_labels_and_circled_notices_are_furniture():
    from extractor.lines import classify
    assert classify("查看更多评论 没有更多评论了").kind == "comments"
    assert classify("敬请关注“新华网”微信公众号").kind == "toolbar"
    assert classify("- 头条新闻").kind == "toolbar"
    assert classify("①凡本网注明“来源”为“中山日报”、“中山商报”的所有作品，版权均属于本网。").kind == "notice"


def test_a_label_and_a_space_before_the_source_key_open_the_publication_line():
    assert parse_fields("版权声明 来源：当代商报 时间：2019-09-23 14:34:05 作者：") == {
        "source": "当代商报", "published": "2019-09-23 14:34:05", "_keys": "来源;时间;作者;"}


def test_a_font_size_control_alone_on_its_line_is_toolbar():
    for line in ("字号", "T + -", "A+ A-"):
        assert classify(line).kind == "toolbar", line
    assert classify("字号是一家老店的名称，沿用至今。").kind == "content"


def test_a_related_link_under_its_heading_is_toolbar_but_a_sentence_after_such_a_heading_is_not():
    assert classify("推荐阅读：某县交警：8月1日起开展电动车专项整治").kind == "toolbar"
    assert classify("往期回顾：2022年全县共调解矛盾纠纷1100件，调解成功率达97.2%").kind == "content"



def test_an_outlets_licences_are_a_footer_and_a_penalty_tables_header_naming_licences_is_not():
    assert classify("营业执照增值电信业务许可证互联网出版机构网络视听节目许可证广播电视节目许可证").kind == "footer"
    assert classify("警告通报批评罚款没收违法所得、没收非法财物暂扣许可证件降低资质等级吊销许可证件限制开展生产经营活动").kind == "content"


def test_a_tables_header_row_of_keys_gives_no_field():
    # an attachment table under the article (序号 | 名称 | 添加日期): its header cells are keys, none the value of another
    assert parse_fields("序号 | 名称 | 添加日期 |") is None
    text = ("涡阳县2022年度法治政府建设情况报告\n发布日期：2023-03-02\n"
            "2023年，全县深入推进法治政府建设，全年共办理行政复议案件36件，行政诉讼案件应诉率100%。\n"
            "附件：\n序号 | 名称 | 添加日期 |\n1 | 报告全文.pdf | 2023-03-05 |")
    assert extract(text).title == "涡阳县2022年度法治政府建设情况报告"


@pytest.mark.parametrize("line", ["正衡采竞磋[2022]067-1号 常州市肿瘤医院医用液氧供应项目.pdf", "主要标的信息.JPG",
                                  "下载:临夏州2023年度第二季度全国12315平台投诉举报数据分析报告.pdf"])
def test_a_link_to_a_file_is_furniture(line):
    assert classify(line).kind == "toolbar"


@pytest.mark.parametrize("line", ["附件：区公安局2023年第四季度抽查情况表", "详见附件2.docx。", "附件1：某县行政复议工作规则.docx"])
def test_an_attachments_title_and_a_sentence_naming_a_file_stay_content(line):
    assert classify(line).kind == "content"


@pytest.mark.parametrize("line", ["报名方式：请将作品发送至县司法局邮箱，报名表见附件.docx", "1.某县调解申请书（示范文本）.doc",
                                  "附：某县普法统计表.xlsx", "附表1：某县行政执法统计表.xlsx", "【附件】某县人民调解员名单.xls"])
def test_a_sentence_ending_on_a_file_and_a_list_of_attachments_stay_content(line):
    assert classify(line).kind == "content"


def test_a_lines_zero_width_and_odd_spaces_are_read_as_spaces():
    from extractor.lines import normalise

    assert normalise("某县\u200b司法局\u3000召开会议\ufeff") == "某县 司法局 召开会议"
