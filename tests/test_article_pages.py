"""extract() on the bundled CMS pages: one clean copy of the article and its metadata."""
from dataclasses import asdict

import pytest

from conftest import SAMPLES, SEED_TEXT, sample_pages
from extractor import ExtractionError, extract

PAGES = sample_pages()
ARTICLE = "近年来，某县坚持和发展新时代“枫桥经验”，全年共调解矛盾纠纷1200件，调解成功率达98.5%，有力维护了社会和谐稳定。"  # (a paragraph of article text for pages built in a test)


@pytest.mark.parametrize("name,exp", PAGES, ids=[p[0] for p in PAGES])
def test_page_body_and_metadata(name, exp):
    doc = extract((SAMPLES / name).read_bytes(), url=exp["url"])
    assert doc.body == exp["body"]
    assert doc.title == exp["title"]
    assert doc.published_at == exp["published_at"]
    assert doc.source == exp["source"]
    assert doc.region.adcode == exp["region"]["adcode"]
    assert doc.region.county == exp["region"]["county"]
    for leak in exp["not_in_body"]:
        assert leak not in doc.body, f"boilerplate {leak!r} reached the body"
    first = exp["body"].split("\n")[0][:40]
    assert doc.body.count(first) == 1


@pytest.mark.parametrize("name,exp", PAGES, ids=[p[0] for p in PAGES])
def test_page_measures(name, exp):
    doc = extract((SAMPLES / name).read_bytes(), url=exp["url"])
    titles = [(m.marker or "") + m.title for m in doc.measures]
    assert titles == exp["measure_titles"]
    assert all(m.marker for m in doc.measures)  # every bundled page numbers its measures
    assert doc.measures_declared == exp["measures_declared"]


def test_hidden_print_copy_never_reaches_the_body():
    html = (SAMPLES / "hanweb_print_copy.html").read_text(encoding="utf-8")
    assert 'id="printContent"' in html and "display:none" in html
    doc = extract(html)
    assert doc.body.count("一、强化源头受理") == 1


def test_gbk_page_labelled_gb2312_keeps_gbk_only_characters():
    data = (SAMPLES / "old_table_gbk.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")
    doc = extract(data)
    assert "刘喆" in doc.body and "王镕" in doc.body


def test_seed_text_dump_keeps_one_copy(seed_gold):
    doc = extract(SEED_TEXT.read_text(encoding="utf-8"))
    assert doc.content_type == "text"
    assert doc.body == seed_gold["body"]
    assert doc.title == seed_gold["title"]
    assert doc.published_at == seed_gold["published_at"]
    assert doc.source == seed_gold["source"]
    assert (doc.region.province, doc.region.city, doc.region.county, doc.region.adcode) == (
        "浙江省", "杭州市", "拱墅区", "330105")
    assert doc.breadcrumb[-1] == "区县动态"


def test_seed_html_and_text_dump_agree():
    a = extract((SAMPLES / "seed_hanweb.html").read_bytes())
    b = extract(SEED_TEXT.read_bytes())
    assert a.body == b.body
    assert [asdict(m) for m in a.metrics] == [asdict(m) for m in b.metrics]


def test_url_gives_doc_id_and_date():
    url = "http://www.example.gov.cn/art/2022/3/17/art_1229_55.html"
    text = SEED_TEXT.read_text(encoding="utf-8").replace("发布时间: 2022-03-17 10:26", "").replace(
        "发布时间:2022-03-17 10:26", "")
    doc = extract(text, url=url)
    assert doc.published_at == "2022-03-17"
    assert doc.doc_id == extract(text, url=url.replace("http:", "https:")).doc_id


def test_a_timestamp_naming_the_page_gives_its_date():
    from extractor.published import date_from_url
    assert date_from_url("https://www.example.gov.cn/gongkai/show/20201228162234-25760-00-000.html") == "2020-12-28"
    assert date_from_url("https://www.example.gov.cn/gongkai/show/2020122816223425760.html") == "2020-12-28"
    # an id parameter that is such a timestamp (a CMS numbering its pages by the time they were made)
    assert date_from_url("http://gaj.example.gov.cn/site/public/showinfo.aspx?id=2020101309320253470108") == "2020-10-13"
    assert date_from_url("http://sfj.example.gov.cn/mobile/Detail.aspx?articid=20210827100556023") == "2021-08-27"
    assert date_from_url("http://www.example.gov.cn/a.aspx?id=20201013") is None  # (a date alone is no id's clock)
    assert date_from_url("http://www.example.gov.cn/list.aspx?catid=2010010108000012&id=88") is None  # (a category)


def test_month_only_url_gives_no_publication_date():
    text = "区司法局开展法治宣传\n" + "为提升群众法治意识，区司法局组织开展法治宣传活动，发放资料300份，接受咨询120人次。"
    doc = extract(text, url="http://court.example.gov.cn/article/detail/2022/05/id/6684281.shtml")
    assert doc.published_at is None


def test_a_placeholder_date_before_the_web_in_a_url_is_no_publication_date():
    text = "柳城县2023年法治政府建设年度报告\n" + "今年以来，开展全县领导干部法治专题讲座3场次。"
    doc = extract(text, url="http://www.example.gov.cn/xxgk/zfwj/zfzgbg/t19700101_3424692.shtml")
    assert doc.published_at is None
    assert [(d.text, d.start_date) for d in doc.dates if d.text == "今年以来"] == [("今年以来", "2023-01-01")]  # the report's year


def test_html_is_laid_out_as_a_browser_shows_it():
    from extractor.html_page import parse_html
    html = ("<html><body><div id='zoom'><p>全年共受\n理行政复议申请\n1286件，\nsame line in English\nstays spaced。</p>"
            "<p>审结情况（单位：件）</p><table><tr><td><p><strong>类别</strong></p></td><td><p>维持</p></td>"
            "<td><p>驳回</p></td></tr>\n<tr><td><p>治安管理</p></td><td><p>158</p></td><td><p>62</p></td></tr></table>"
            "<div class='meta'>\n  <time>2024-06-12 10:30</time>\n  <span>来源：某县司法局</span>\n</div></div></body></html>")
    # (a source break between two Chinese characters vanishes; next to a digit or a letter it is a space)
    # (a data table's cells set apart by tabs, as a browser copies them)
    assert parse_html(html).lines == ["全年共受理行政复议申请 1286件， same line in English stays spaced。",
                                      "审结情况（单位：件）", "类别\t维持\t驳回", "治安管理\t158\t62",
                                      "2024-06-12 10:30 来源：某县司法局"]
    # a header row of short words is still the table's, not a byline of names
    from extractor.lines import classify
    assert classify("类别\t维持\t驳回").kind == "content"


def test_a_one_row_table_is_no_grid():
    from extractor.html_page import parse_html
    html = ("<html><body><div>当前位置：<table><tr><td><a href='/'>首页</a></td><td>&gt;</td>"
            "<td><a href='/col/1'>政务动态</a></td></tr></table></div><p>正文内容。</p></body></html>")
    assert "首页 > 政务动态" in parse_html(html).lines


def test_a_layout_table_cell_keeps_its_paragraphs():
    from extractor.html_page import parse_html
    paragraphs = ["今年以来，某县司法局扎实推进矛盾纠纷排查化解工作，取得明显成效。", "全年共排查矛盾纠纷326件，调解成功318件，调解成功率97.5%。"]
    html = "<html><body><table><tr><td>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</td></tr></table></body></html>"
    assert parse_html(html).lines == paragraphs


def test_official_media_furniture_after_the_article():
    from extractor import extract
    html = ("<html><head><meta name='source' content='人民日报海外版'><meta name='publishdate' content='2023-11-17'></head><body>"
            "<h1>短缺药品保供稳价 全力保障临床用药需求</h1><div class='info'>2023-11-17 20:52:15</div>"
            "<div class='source'>来源： 人民日报海外版 中国青年网</div><div id='detail'>"
            "<p>新华社北京11月17日电 记者17日从国家卫生健康委获悉，相关部门持续依托短缺药品供应保障工作会商联动机制，全力保障临床用药需求。</p>"
            "<p>据了解，短缺药品信息监测共享正在多维度推进，全国共监测药品1200种。</p>"
            "<p>【纠错】 【责任编辑:张樵苏】</p><p>深度观察</p><p>乡村行·看振兴丨“乡村课堂”走俏 家门口学真本事</p>"
            "<p>半月谈丨谁在“高仿”部委央企行骗？</p></div></body></html>")
    doc = extract(html)
    assert doc.published_at == "2023-11-17T20:52:15+08:00" and doc.source == "人民日报海外版"
    assert doc.body.endswith("全国共监测药品1200种。") and doc.measures == []


def test_links_to_other_articles_closing_the_content_block_are_no_body_but_attachments_are():
    paras = ("<P>人民网合肥11月8日电 安徽省司法厅日前出台《领导干部廉洁自律预警告诫工作暂行办法》，完善惩治和预防腐败体系。</P>"
             "<P>安徽省司法厅厅长说，开展预警告诫工作，旨在通过警示提醒、训诫纠错，把问题解决在萌芽。</P>")
    related = ("<br><br><b><a href='http://politics.people.com.cn/GB/30178/10323729.html'>“计件反腐”是指标思维下的政绩阴谋</a></b>"
               "<br><br><b><a href='http://leaders.people.com.cn/GB/10315864.html'>河南反贪后进单位问责制引争议 能否计件反腐?</a></b>")
    page = "<html><head><title>安徽司法行政系统训诫预警</title></head><body><h1>安徽司法行政系统训诫预警</h1><div id='p_content'>{}</div></body></html>"
    doc = extract(page.format(paras + related))
    assert doc.body.endswith("把问题解决在萌芽。") and "计件反腐" not in doc.body
    attached = ("<p><a href='/files/2024/办法全文.docx'>附件1：某县行政复议工作规则.docx</a></p>"
                "<p><a href='/files/2024/登记表.xls'>附件2：某县行政复议申请登记表.xls</a></p>")
    doc = extract(page.format(paras + attached))
    assert doc.body.endswith("某县行政复议申请登记表.xls")
    one = "<br><b><a href='http://politics.people.com.cn/GB/1.html'>“计件反腐”是指标思维下的政绩阴谋</a></b>"
    assert extract(page.format(paras + one)).body.endswith("政绩阴谋")  # (one link alone may be the article's)
    listed = ("<p>现将我县2023年度财政预算公开如下：</p><p><a href='/a.html'>某县2023年一般公共预算收支表</a></p>"
              "<p><a href='/b.html'>某县2023年政府性基金预算表</a></p>")
    assert extract(page.format(listed)).body.endswith("政府性基金预算表")  # (under a label: the page's own list)
    downloads = ("<p>附件：</p><p><a href='/attach/download?fileId=88123'>某县2023年度部门预算表</a></p>"
                 "<p><a href='downfile.jsp?filename=a.pdf&amp;showname=x'>某县2023年度部门决算表</a></p>")
    assert extract(page.format(paras + downloads)).body.endswith("某县2023年度部门决算表")


def test_the_title_tag_less_its_site_names_the_headline_printed_outside_the_content():
    from extractor import extract
    paragraphs = "".join(f"<p>{t}</p>" for t in [
        "图为马素湘在澳大利亚悉尼游玩时的近影。", "出国前后关注点大不同",
        "在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，学子对两会的关注点发生了很大的变化。",
        "在法国里昂国立应用科学院留学的卢宇表示，他还是个中学生时，就开始关注两会了，如今关注点已转移到国家建设等方面。"])
    html = ("<html><head><title>海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网</title></head><body>"
            "<div class='top'><div class='t'>海外留学生看两会：出国前后关注点大不同</div></div>"
            f"<div id='content'>{paragraphs}</div></body></html>")
    doc = extract(html)
    assert doc.title == "海外留学生看两会：出国前后关注点大不同"
    assert doc.body.startswith("图为马素湘")


def test_the_printed_publication_time_wins_over_a_meta_tag_of_another_day():
    body = "近年来，某市坚持和发展新时代“枫桥经验”，全年共调解矛盾纠纷1200件，调解成功率达98.5%，有力维护了社会和谐稳定。"
    page = ('<html><head><meta content="2021-04-09 10:21" name="PubDate"></head><body>'
            '<table class="sj_bt"><tr><td>保定市统筹推动城市和产业转型升级</td></tr></table>'
            '<table class="sj_zy"><tr><td>发布时间：2021-04-07&nbsp;&nbsp;信息发布人：管理员</td></tr></table>'
            f'<div class="content"><p>{body}</p><p>{body}</p></div></body></html>')
    assert extract(page).published_at == "2021-04-07"
    # the same day told to the minute on the page: the minute
    assert extract(page.replace("2021-04-09 10:21", "2021-04-07")
                   .replace("发布时间：2021-04-07", "发布时间：2021-04-07 15:13")).published_at == "2021-04-07T15:13:00+08:00"


def test_a_meta_title_holding_markup_and_a_deck_after_a_long_dash():
    body = "近年来，某市坚持和发展新时代“枫桥经验”，全年共调解矛盾纠纷1200件，调解成功率达98.5%，有力维护了社会和谐稳定。"
    page = ('<html><head><meta name="ArticleTitle" content="为现代化建设凝聚强大智慧和力量<div>——热烈祝贺市政协会议开幕</div>">'
            '<title>为现代化建设凝聚强大智慧和力量——热烈祝贺市政协会议开幕_某某市人民政府网</title></head><body>'
            '<p class="t">为现代化建设凝聚强大智慧和力量<div>——热烈祝贺市政协会议开幕</div></p>'
            f'<div class="content"><p>{body}</p></div></body></html>')
    doc = extract(page)
    assert doc.title == "为现代化建设凝聚强大智慧和力量——热烈祝贺市政协会议开幕"
    assert doc.body == body


def test_a_notices_title_printed_again_over_short_lines_with_its_number_and_a_reprints_disclaimer():
    body = ("为保障工程建设顺利实施，根据有关法律法规规定，现就禁止在征占地范围内新增建设项目和迁入人口有关事项通告如下。\n"
            "一、自本通告发布之日起，任何单位和个人不得在征占地范围内新增建设项目。")
    page = ('<html><head><title>某省人民政府关于禁止在某工程征占地范围内新增建设项目和迁入人口的通告</title></head><body>'
            '<table><tr><td>标　　题：</td><td>某省人民政府关于禁止在某工程征占地范围内新增建设项目和迁入人口的通告</td></tr>'
            '<tr><td>发文字号：</td><td>某政明电〔2022〕1号</td></tr></table>'
            '<div class="content"><p>某省人民政府关于禁止在</p><p>某工程征占地范围内</p><p>新增建设项目和迁入人口的通告</p>'
            '<p>某政明电〔2022〕1号</p>' + "".join(f"<p>{t}</p>" for t in body.split("\n")) +
            '<p>*本网站有关内容转载自合法授权网站，如果您认为转载内容侵犯了您的权益，</p>'
            '<p>请您来信来电(024-23187042)声明，本网站将在收到信息核实后24小时内删除相关内容。</p>'
            '<p>pdf下载 word下载</p></div></body></html>')
    doc = extract(page)
    assert doc.body == body


def test_lists_of_links_inside_the_content_node_are_no_part_of_the_body():
    body = ARTICLE
    related = "".join(f'<li><a href="/a/{i}.html">某县召开第{i}次矛盾纠纷排查化解工作会议</a></li>' for i in range(1, 5))
    page = ('<html><head><title>某县矛盾纠纷化解成效明显</title></head><body><div class="nav"><a href="/">首页</a></div>'
            f'<div><h1>某县矛盾纠纷化解成效明显</h1><p>{body}</p>'
            '<p>附件：<a href="/f/1.doc">某县矛盾纠纷排查化解工作方案</a></p>'
            f'<div class="x"><span>栏目关注：</span><ul>{related}</ul></div></div></body></html>')
    doc = extract(page)
    assert doc.body == f"{body}\n附件：某县矛盾纠纷排查化解工作方案"


def test_a_metadata_box_with_its_keys_over_their_values_gives_the_printed_day_over_a_hidden_meta_time():
    body = ARTICLE
    page = ('<html><head><meta name="PubDate" content="2023-08-16 10:33:59"><title>某县2022年统计公报</title></head><body>'
            '<dl class="box"><dd><label>索引号：</label><div>014742224A/2023-0043406</div></dd>'
            '<dd><label>生成日期：</label><div>2023-05-11</div></dd><dd><label>公开方式：</label><div>主动公开</div></dd></dl>'
            f'<div class="content"><h1>某县2022年统计公报</h1><p>{body}</p></div></body></html>')
    assert extract(page).published_at == "2023-05-11"


def test_a_meta_title_adding_the_documents_number_finds_the_printed_headline_and_its_notices_stay_out():
    row = "对某保险股份有限公司合计罚款158万元。其中，总公司38万元，分支机构120万元。"
    page = ('<html><head><meta name="ArticleTitle" content="某局行政处罚信息公开表（金罚决字〔2024〕36号）"></head><body>'
            '<div class="content"><p>某局行政处罚信息公开表</p><p>金罚决字〔2024〕36号</p>'
            f'<p>行政处罚决定：{row}</p><p>附件信息:</p><p>版权与免责声明</p>'
            '<p>1.凡本站及其子站注明“文章类型：原创”的所有作品，其版权属于本网站所有。其他媒体、网站或个人转载使用时必须注明来源。</p>'
            '</div></body></html>')
    doc = extract(page)
    assert doc.title == "某局行政处罚信息公开表"
    assert doc.body == f"行政处罚决定：{row}"


def test_an_h1_that_is_the_sites_name_ending_the_title_tag_is_no_headline():
    body = ARTICLE
    page = ('<html><head><title>土豆不“土” 土豆无“土” 松花江网</title></head><body><h1><a href="/">松花江网</a></h1>'
            '<div class="t">土豆不“土” 土豆无“土”</div><div class="content">' + f"<p>{body}</p>" * 2 + '</div></body></html>')
    assert extract(page).title == "土豆不“土” 土豆无“土”"


def test_the_content_selectors_are_tried_in_their_order_of_trust_and_only_in_the_page_as_shown():
    article = "某区司法局全年共受理行政复议申请1286件，审结1200件，依法纠错率为12.5%，较上年提高2个百分点。"
    teaser = "本站推荐：某区人民法院全年受理各类案件12000余件，结案率达到95%以上，同比上升三个百分点。"
    page = ('<html><head><title>某区行政复议工作成效明显</title></head><body>'
            f'<div class="side"><div class="TRS_Editor">{teaser}</div></div>'  # furniture: never the article
            f'<div class="news_content"><p>{teaser}</p></div>'  # a later selector than #zoom
            f'<div class="box" id="zoom"><p>{article}</p></div></body></html>')
    assert extract(page).body == article


def test_a_content_selector_other_than_a_class_an_id_or_a_tag_is_refused_by_name():
    from extractor.html_page import _content_keys

    with pytest.raises(ValueError, match=r"'div > p'"):
        _content_keys([".TRS_Editor", "div > p"])


def test_the_header_time_to_the_minute_over_a_paper_edition_line_of_the_same_day():
    page = _headed_page("", '<p>2022-02-13 09:57 　　光明网</p>', f"<p>本报讯 {ARTICLE}</p><p>《光明日报》（ 2022年02月13日 02版）</p>")
    assert extract(page).published_at == "2022-02-13T09:57:00+08:00"


def test_a_printed_source_that_the_markups_name_only_opens_is_the_name():
    page = _headed_page('<meta name="source" content="浙江">', "<p>发布时间：2025-06-03 来源：浙江监管局 文章类型：原创</p>",
                        f"<p>{ARTICLE}</p>")
    assert extract(page).source == "浙江监管局"


def _headed_page(head: str, header: str, content: str) -> str:
    """A page whose header (its headline and what it prints under it) stands outside the content node."""
    return (f'<html><head><title>某县矛盾纠纷化解成效明显</title>{head}</head><body>'
            f'<div class="head"><h1>某县矛盾纠纷化解成效明显</h1>{header}</div>'
            f'<div class="article-content">{content}</div></body></html>')


def test_a_portals_two_digit_year_with_the_day_and_hour_in_the_url():
    from extractor.published import date_from_url
    assert date_from_url("https://hebei.news.163.com/21/0829/10/GIIELKA4041599RS.html") == "2021-08-29"
    assert date_from_url("https://example.com/news/21/0829/page.html") is None  # (no hour after it: no such portal's path)


def _wechat_article(content_style: str = "visibility: hidden;", extra: str = "") -> str:
    """A WeChat public-account article as saved before its scripts ran: the article in
    #js_content, hidden by visibility until a script reveals it; the time only in a script."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="某县：32起矛盾纠纷在村里化解" /><title></title></head><body>
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">某县：32起矛盾纠纷在村里化解</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profile_nickname">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">平安某县</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
{extra}
<div class="rich_media_content " id="js_content" style="{content_style}">
<p>今年以来，某县司法局在全县推行“村头说事”调解机制，共排查化解矛盾纠纷32起，调解成功率达96.9%。</p>
<p>{ARTICLE}</p>
<p>推荐阅读：某县交警：8月1日起开展电动车专项整治</p>
</div></div></div></div></div>
<script type="text/javascript">var nickname = "平安某县"; var appmsg_type = "9"; var ct = "1659274471"; var user_name = "gh_0";</script>
</body></html>"""


def test_a_wechat_article_revealed_by_its_script_is_read_with_its_time():
    doc = extract(_wechat_article(), url="http://mp.weixin.qq.com/s?__biz=MzA0&mid=1&idx=1&sn=0")
    assert doc.title == "某县：32起矛盾纠纷在村里化解"
    assert doc.body.startswith("今年以来，某县司法局") and ARTICLE in doc.body
    assert "推荐阅读" not in doc.body  # (a link to another article under its heading)
    assert doc.published_at == "2022-07-31T21:34:00+08:00"  # (var ct: 1659274471 s, in Beijing time)
    assert [m.text for m in doc.metrics][:2] == ["32起", "96.9%"]


def test_hidden_blocks_other_than_the_revealed_article_stay_out():
    copy = '<div class="print_copy" style="visibility:hidden"><p>打印版：今年以来共排查化解矛盾纠纷99起。</p></div>'
    doc = extract(_wechat_article(extra=copy))
    assert "打印版" not in doc.body and "99起" not in doc.body
    with pytest.raises(ExtractionError, match="holds no article text"):  # display:none is a hidden copy, whatever its name: nothing else to read
        extract(_wechat_article(content_style="display:none"))


def test_an_article_wrapped_in_a_block_named_like_furniture_is_still_read():
    para = "今年以来，某区人民法院共受理各类案件1.2万件，审结1.1万件，结案率达91.7%，较去年同期上升3.2个百分点。"
    html = f"""<html><head><title>某区法院上半年审判工作情况_新闻</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/gov">政务</a></div>
<div class="post_header"><h1>某区法院上半年审判工作情况</h1>
<div class="post_share"><a href="#">分享到微信</a> <a href="#">分享到微博</a></div>
<div class="post_text" id="endText"><p>{para}</p><p>{ARTICLE}</p></div></div>
<div class="footer">版权所有 某区人民法院</div></body></html>"""
    doc = extract(html)
    assert doc.body == para + "\n" + ARTICLE  # (the share bar inside the wrapper, the nav and footer outside it, stay out)
    assert doc.title == "某区法院上半年审判工作情况"


def test_a_page_of_links_only_is_still_no_article():
    links = "".join(f'<li><a href="/a/{i}.html">某县召开第{i}次矛盾纠纷排查化解工作推进会议</a></li>' for i in range(30))
    with pytest.raises(ExtractionError, match="holds no article text"):
        extract(f'<html><body><div class="header"><ul>{links}</ul></div></body></html>')


def test_a_headline_in_a_block_named_like_furniture_is_the_one_the_page_title_repeats():
    headline = "某县“村头说事”调解机制化解矛盾纠纷32起"
    html = f"""<html><head><title>{headline}</title>
<meta itemprop="datePublished" content="2024-03-08 09:30:00"></head><body>
<div class="title_border"><div class="anci_header_content"><div class="article-title"><h2>{headline}</h2></div>
<div class="article-source"><span class="date">发布时间：03-08</span><span class="time">09:30</span></div></div></div>
<div class="article-content"><p>{ARTICLE}</p><p>{ARTICLE.replace("1200件", "1300件")}</p></div>
<div class="author-list"><h2>作者最新文章<ul><li><h3><a href="/a/1">某镇召开平安建设推进会</a></h3><span>03-07 18:40</span></li>
<li><h3><a href="/a/2">某县开展普法宣传进村入户活动</a></h3><span>03-06 17:52</span></li></ul></h2></div>
</body></html>"""
    doc = extract(html)
    assert doc.title == headline  # (not 作者最新文章 over its list of links)
    assert doc.published_at == "2024-03-08T09:30:00+08:00"  # (schema.org's itemprop datePublished)


def test_a_copy_hidden_by_visibility_in_a_content_block_stays_out():
    copy = '<div class="TRS_Editor" style="visibility:hidden;height:0;overflow:hidden"><p>全年共调解矛盾纠纷999件，调解成功率达90.1%，有力维护了社会和谐稳定，群众满意度持续提升。</p></div>'
    html = (f'<html><head><title>某县化解矛盾纠纷1200件</title></head><body>{copy}'
            f'<div id="zoom"><p>{ARTICLE}</p></div></body></html>')
    doc = extract(html)
    assert "999件" not in doc.body and ARTICLE in doc.body


def test_a_short_notice_beside_a_box_of_summaries_and_a_list_page_with_a_teaser_keep_to_themselves():
    hot = "".join(f'<p>近日，某县第{i}批矛盾纠纷化解经验在全市推广，今年以来已化解纠纷{i}00件，群众满意度达到百分之九十以上。</p>'
                  for i in (12, 13, 14))
    notice = ('<html><head><title>关于召开全市信访工作会议的通知_某市信访局</title></head><body>'
              '<div class="main"><h1>关于召开全市信访工作会议的通知</h1><div class="con"><p>各区县信访局：</p>'
              '<p>定于3月5日上午9时在市行政中心召开全市信访工作会议，请准时参加。</p></div></div>'
              f'<div class="right"><div class="hot"><h3>热点关注</h3>{hot}</div></div></body></html>')
    doc = extract(notice)
    assert "召开全市信访工作会议，请准时参加" in doc.body and "1200件" not in doc.body
    links = "".join(f'<li><a href="/a/{i}.html">某县召开第{i}次矛盾纠纷排查化解工作推进会议</a></li>' for i in range(30))
    teaser = ('<div class="hot-news"><h3><a href="/a/x.html">我县“村头说事”机制入选全省创新案例</a></h3><p>近日，省委政法委'
              '公布全省基层社会治理创新案例名单，我县“村头说事”矛盾纠纷化解机制成功入选，今年以来已化解纠纷1200件。</p></div>')
    with pytest.raises(ExtractionError, match="holds no article text"):
        extract(f'<html><head><title>政法动态_某县人民政府</title></head><body><div class="header"><ul>{links}</ul></div>'
                f'{teaser}<div class="footer">版权所有</div></body></html>')


def test_a_platforms_notice_and_feed_controls_under_a_reposted_article_leave_the_body():
    notice = ("Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
              "NetEase Hao, which is a social media platform and only provides information storage services.")
    html = ("<html><head><title>某县调解工作成效显著</title></head><body><div class='post'><h1>某县调解工作成效显著</h1>"
            f"<div class='post_body'><p>{ARTICLE}</p><p>{ARTICLE.replace('1200', '1300')}</p></div>"
            f"<p>{notice}</p><p>播报文章</p><p>不喜欢</p><p>减少或屏蔽此类内容推荐</p></div></body></html>")
    doc = extract(html, url="https://www.163.com/dy/article/J2PBDVUF0511A6N9.html")
    assert "1300件" in doc.body
    for leak in ("Notice", "播报文章", "不喜欢", "屏蔽"):
        assert leak not in doc.body


def test_the_pages_title_printed_over_the_article_beats_a_heading_over_a_sidebar():
    html = ("<html><head><title>第二届中国基础教育高质量发展·北京论坛举办</title></head><body>"
            "<div class='left'><div class='box_tex'><div class='title'><a href='/'>中国文明网北京站</a>><a href='/chy/'>北京朝阳</a>"
            "><a href='/chy/yw/'>要闻</a></div><div id='title_tex'> 第二届中国基础教育高质量发展·北京论坛举办 </div>"
            "<div class='function_tex'><div id='time_tex'><span>发表时间：</span> 2024-06-24 <span>来源：</span> 朝阳报 </div>"
            "<div class='print'>[<a href='javascript:close();'>关闭</a>]</div></div><div id='tex'><div class='TRS_Editor'>"
            "<p>6月22日，第二届中国基础教育高质量发展·北京论坛在北京市第八十中学望京校区举办，来自全国的200余名专家学者参加论坛，"
            "围绕拔尖创新人才培养进行了交流。</p><p>此次论坛采取“1个主论坛+6个分论坛”形式进行，共有30所学校作了经验分享。</p>"
            "</div></div><div class='editor_tex'>责任编辑： 杨兴龙</div></div></div>"
            "<div class='right'><div class='news'><div class='news_top'><h2>热点新闻</h2></div><ul>"
            "<li>·<a href='/chy/yw/1.shtml'>北京朝阳“两区”新增入库项目位居...</a></li>"
            "<li>·<a href='/chy/yw/2.shtml'>朝阳区上市企业增至146家</a></li></ul></div></div></body></html>")
    doc = extract(html, url="http://bj.wenming.cn/chy/yw/202406/t20240624_1.shtml")
    assert doc.title == "第二届中国基础教育高质量发展·北京论坛举办" and doc.source == "朝阳报"


def test_a_page_whose_article_is_a_picture_is_no_article_however_long_its_footer():
    html = ("<html><head><title>武钢云谷·606开园 - 武汉市洪山区人民政府门户网站</title></head><body>"
            "<div class='xl_con'><div class='xl_tit'>当前位置：<a href='../../'>首页</a> > <span>洪山要闻</span></div>"
            "<div class='xl_tit1'>武钢云谷·606开园，首批企业签约入驻，洪山区打造产城融合新高地</div>"
            "<div class='xl_tit2'><span>日期：2023-06-08 17:21</span> <span>来源：区融媒体中心</span> <span>字号：<a>大</a> "
            "<a>中</a><a>小</a></span></div><div class='xl_con1'><div class='view TRS_UEDITOR'><p><img src='1.png'/></p></div></div>"
            "<div class='xl_tit3'><div id='annex'>附件:</div></div><ul><li><a href='javascript:window.print();'>打印</a></li>"
            "<li><a href='javascript:window.close();'>关闭</a></li></ul></div><div class='bot'><p><a href='/zddt/'>站点地图</a>"
            "<a href='/znzs/'>智能问答</a><br> 版权所有：武汉市洪山区人民政府 | <a>鄂ICP备05009168</a> | 政府网站标识码：4201110038<br>"
            " 主办单位：武汉市洪山区政府办公室 | 承办单位：洪山区大数据中心 | 联系地址：武汉市洪山区珞狮路300号 | 邮编：430070 <br>"
            "<a href='/xxgk/bmgk/'>政府各机构联系电话</a> | 网站技术支持：027-87678380 | 网站运维邮箱：htfw@hongshan.gov.cn</p></div>"
            "</body></html>")
    with pytest.raises(ExtractionError):
        extract(html, url="http://www.hongshan.gov.cn/xwzx/hsyw/202306/t20230608_1.shtml")


def test_a_title_element_holding_the_sites_name_never_beats_the_headline():
    para = "<p>近日，县长李明深入乡镇调研春耕备耕工作，实地察看高标准农田建设项目5个，要求各地抓好春耕生产。</p>" * 2
    html = (f"<html><head><title>郴州市桂阳县人民政府</title></head><body><div class='logo'>郴州市桂阳县人民政府</div>"
            f"<h1>县长李明调研春耕备耕和高标准农田建设工作</h1><div>发布时间：2023-03-02 10:00 来源：县政府办</div>"
            f"<div class='content'>{para}</div></body></html>")
    assert extract(html).title == "县长李明调研春耕备耕和高标准农田建设工作"


def test_a_notices_own_technical_support_line_stays_in_the_body():
    html = ("<html><head><title>关于开展2023年度项目申报的通知</title></head><body><h1>关于开展2023年度项目申报的通知</h1>"
            "<div>发布时间：2023-03-02 10:00</div><div class='content'><p>各有关单位：为做好2023年度项目申报工作，现将有关事项通知如下，"
            "申报截止时间为2023年3月31日，逾期不予受理。</p><p>申报系统技术支持：400-123-4567</p></div>"
            "<div class='foot'>主办单位：县人民政府办公室 | 网站技术支持：027-87678380 | 网站运维邮箱：a@b.gov.cn</div></body></html>")
    body = extract(html).body
    assert "申报系统技术支持：400-123-4567" in body and "网站运维邮箱" not in body


def test_an_aspnet_page_whose_one_form_wraps_the_article_is_read_and_a_search_form_is_not():
    html = ("<html><head><title>某县司法局</title></head><body>"
            "<form name='form1' method='post' action='show.aspx?id=2731' id='form1'>"
            "<input type='hidden' name='__VIEWSTATE' value='/wEPDwUKLTE'>"
            "<div class='top'><form action='/search.aspx'>站内搜索 <input name='q'> 高级搜索</form></div>"
            "<div class='title'>某县人民调解委员会化解一起土地纠纷</div><div>发布时间：2016-05-09 10:21</div>"
            f"<div id='body_l'>{ARTICLE}<br><br>　　{ARTICLE.replace('1200件', '1300件')}<br><br>"
            f"　　{ARTICLE.replace('1200件', '1400件')}</div></form></body></html>")
    doc = extract(html)
    assert doc.title == "某县人民调解委员会化解一起土地纠纷"
    assert "1300件" in doc.body and "1400件" in doc.body and "站内搜索" not in doc.body
    assert doc.published_at == "2016-05-09T10:21:00+08:00"


def test_widgets_around_an_article_are_no_text():
    html = ("<html><head><title>某县召开调解工作会议</title></head><body><h1>某县召开调解工作会议</h1>"
            "<div class='content'><p>【纠错】</p>"
            f"<p>{ARTICLE}</p><p>{ARTICLE.replace('1200件', '1300件')}</p><p>阅读剩余全文（）</p><p>相关附件>></p>"
            "</div></body></html>")
    body = extract(html).body
    assert body == f"{ARTICLE}\n{ARTICLE.replace('1200件', '1300件')}"
    # …but a paragraph or a heading opening on such a word stays
    kept = html.replace("<p>相关附件>></p>", "<p>【纠错纠偏】今年以来，某县督促整改问题136个。</p>")
    assert "【纠错纠偏】今年以来" in extract(kept).body
    # a publication line whose key reads the other way round (时间发布) is the page's fields, not text
    html = html.replace("<p>【纠错】</p>", "<p>时间发布：2023-06-12 09:51 阅读次数: 次 信息来源：某某日报 字体：[大 中 小]</p>")
    doc = extract(html)
    assert (doc.published_at, doc.source) == ("2023-06-12T09:51:00+08:00", "某某日报") and "时间发布" not in doc.body


def test_a_notices_organisers_under_their_numbered_heading_are_its_own_lines():
    html = ("<html><head><title>某县关于举办法治宣传教育活动的通知</title></head><body><h1>某县关于举办法治宣传教育活动的通知</h1>"
            "<div class='content'><p>各乡镇、各单位：为深入开展法治宣传教育，现将有关事宜通知如下。</p><p>一、组织单位</p>"
            "<p>主办单位：某县司法局</p><p>承办单位：某县普法办、某县法学会</p><p>二、活动时间</p>"
            "<p>2024年6月至12月，各单位结合实际组织开展，工作中遇到问题及时与我们联系。</p></div>"
            "<div class='footer'>主办单位：某县人民政府办公室 联系电话：0000-7654321</div></body></html>")
    body = extract(html).body
    assert "主办单位：某县司法局" in body and "承办单位：某县普法办、某县法学会" in body and "7654321" not in body
    # …not a site's organisers under a heading of its footer, over a line of it that reads as a sentence
    text = (f"某县召开调解工作会议\n发布时间：2024-03-16 09:30\n{ARTICLE}\n主办单位\n主办单位：某县人民政府办公室\n"
            "承办单位：某县大数据发展中心\n为获得更好的浏览效果，建议使用1366×768分辨率浏览本站。")
    assert "主办单位：" not in extract(text).body


def test_a_headline_printed_on_two_lines_is_one_title_and_a_share_bars_targets_are_no_text():
    html = ("<html><head><title>某省医药产业供需对接活动在某市举行 现场发布供需清单- 某省人民政府网站</title></head><body>"
            "<div class='content'><h2>某省医药产业供需对接活动在某市举行 <br>现场发布供需清单</h2>"
            "<p>2024年12月07日 08时01分</p><p>关注某某网</p><p>微博</p><p>Qzone</p>"
            f"<p>{ARTICLE}</p><p>{ARTICLE.replace('1200件', '1300件')}</p><p>评论</p><p>点赞 0</p><p>收藏</p></div></body></html>")
    doc = extract(html)
    assert doc.title == "某省医药产业供需对接活动在某市举行 现场发布供需清单"
    assert doc.body == f"{ARTICLE}\n{ARTICLE.replace('1200件', '1300件')}\n评论"
    # between the article's sentences such a word stays (a heading of the article's own), as below its last one
    # (the channels an article closes on)
    inner = html.replace(f"<p>{ARTICLE}</p>", f"<p>{ARTICLE}</p><p>微博</p>")
    assert "\n微博\n" in extract(inner).body
    # a deck glued to the headline by the markup's title (no space where the page breaks it) is no part of it
    # a word of the bar alone above the article is a heading of its own (微博 over a new-media report's section)
    alone = html.replace("<p>关注某某网</p><p>微博</p><p>Qzone</p>", "<p>微博</p>")
    assert extract(alone).body.startswith("微博\n")
    deck = html.replace("某省医药产业供需对接活动在某市举行 现场发布供需清单- 某省人民政府网站", "全力打造和美乡村某县召开推进会") \
        .replace("<h2>某省医药产业供需对接活动在某市举行 <br>现场发布供需清单</h2>", "<p>全力打造和美乡村</p><h2>某县召开推进会</h2>")
    assert extract(deck).title != "全力打造和美乡村 某县召开推进会"


def test_the_markups_headline_is_found_on_its_line_after_its_outlet_tag_came_off():
    items = "".join(f"<li><a href='/{k}.html'>[科技日报]某省科技创新赋能产业发展第{k}批项目落地</a><span>2024-01-25</span></li>"
                    for k in range(1, 6))
    html = ("<html><head><title>[人民网]某省人才交流会将于11月12日开幕_某省科技厅</title>"
            "<meta name='ArticleTitle' content='[人民网]某省人才交流会将于11月12日开幕'></head><body>"
            f"<div class='list-text'><ul>{items}</ul><div class='contt_tit'>[人民网]某省人才交流会将于11月12日开幕</div>"
            "<div class='wzfrom'>来源：宣教中心 2022-11-14 14:59:48 【字体：大 中 小】</div>"
            f"<div class='contt_cont'><p>{ARTICLE}</p><p>{ARTICLE.replace('1200件', '1300件')}</p></div></div></body></html>")
    doc = extract(html)
    assert doc.title == "某省人才交流会将于11月12日开幕"  # (the outlet's tag off, as on every headline)
    assert "科技创新赋能" not in doc.body and doc.body.startswith(ARTICLE)
    # the markup's headline found on its line though the line's outlet tag is off, over a teaser's link above it
    teaser = html.replace(f"<ul>{items}</ul>", "<p><a href='/1.html'>[新华网]某省大力支持生物医药产业创新发展</a></p>")
    doc = extract(teaser)
    assert doc.title == "某省人才交流会将于11月12日开幕" and doc.body.startswith(ARTICLE)


def test_the_time_and_source_inside_the_headlines_element_are_its_fields_not_text():
    html = ("<html><head><title>某市出版传媒论坛在沪召开</title><meta name='ArticleTitle' content='某市出版传媒论坛在沪召开'>"
            "</head><body><div class='Article'><h2>某市出版传媒论坛在沪召开 <small>2023-08-19 <span>来源：某某日报</span></small></h2>"
            f"<div class='Article_content'><p>{ARTICLE}</p><p>{ARTICLE.replace('1200件', '1300件')}</p></div></div></body></html>")
    doc = extract(html)
    assert (doc.title, doc.source) == ("某市出版传媒论坛在沪召开", "某某日报") and doc.published_at.startswith("2023-08-19")
    assert doc.body.startswith(ARTICLE)


def test_the_markups_headline_printed_with_fields_below_the_article_takes_nothing_from_it():
    html = ("<html><head><title>某县开展食品安全宣传周活动</title><meta name='ArticleTitle' content='某县召开春耕生产工作会议'>"
            "</head><body><h3>某县开展食品安全宣传周活动</h3><div>发布时间：2024-05-16 09:30</div>"
            f"<div class='content'><p>{ARTICLE}</p><p>{ARTICLE.replace('1200件', '1300件')}</p>"
            "<p>下一篇：</p><p>某县召开春耕生产工作会议 时间：2024-05-17 来源：某县日报</p></div></body></html>")
    doc = extract(html)
    assert doc.body.startswith(ARTICLE) and doc.published_at.startswith("2024-05-16")


def test_an_e_papers_day_printed_alone_beside_the_headline_is_the_publication_day():
    headline = "某县“厕所革命”改善农村人居环境"
    html = (f"<html><head><title>{headline}</title></head><body><div class='bar'><a href='#'>上一期</a> "
            f"<a href='#'>下一期</a> <a href='#'>往期</a></div><div class='date'>2022年02月13日</div><h2>{headline}</h2>"
            f"<div class='content'><p>{ARTICLE}</p><p>{ARTICLE}</p></div>"
            "<ul class='list'><li><a href='/1.html'>某县召开春耕生产工作会议</a> 2022-02-10</li></ul></body></html>")
    assert extract(html).published_at == "2022-02-13"
    # a list's days beside two printings of the headline that disagree tell no day
    two = html.replace("</ul>", f"<li><a href='/2.html'>{headline}</a></li><li>2022-02-11</li></ul>")
    assert extract(two).published_at is None


def test_a_time_opening_or_closing_the_line_under_the_headline_is_the_publication_time():
    headline = "数据业大整顿:爬虫与现金贷共生共荣"
    for under, want in (("金融市场棱镜2019-09-23 07:48", "2019-09-23T07:48:00+08:00"),
                        ("2022-06-02 09:52:19政能亮 来自北京市", "2022-06-02T09:52:19+08:00"),
                        ("2019年09月11日 富达传媒 时政新闻 1665 0", "2019-09-11"),
                        ("2019年9月1日至3日 专题活动", None)):
        html = (f"<html><head><title>棱镜|{headline}_财经</title></head><body><h1>棱镜|{headline}</h1><div class='info'>{under}</div>"
                f"<div class='content'><p>{ARTICLE}</p><p>{ARTICLE}</p></div></body></html>")
        assert extract(html).published_at == want, under


def test_a_site_address_before_the_time_under_the_headline_and_a_bare_publish_key_give_the_time():
    headline = "从上海车展看在华布局 现代汽车再次提速"
    for under, want in (("AUTO.SOHU.COM\xa0\xa02005年05月13日14:15", "2005-05-13T14:15:00+08:00"),
                        ("报纸网 |发布: 2021-1-29 13:18|点击: 313|来自: 互联网", "2021-01-29T13:18:00+08:00")):
        html = (f"<html><head><title>{headline}-搜狐汽车</title></head><body><h1>{headline}</h1><div>{under}</div>"
                f"<div class='content'><p>{ARTICLE}</p><p>{ARTICLE}</p></div></body></html>")
        assert extract(html).published_at == want, under


def test_a_breadcrumb_line_running_on_to_the_headline_and_its_fields_gives_the_title():
    body = ("  本网讯 今年以来，县司法局深入推进矛盾纠纷排查化解，全县共排查矛盾纠纷326件，调解成功318件，"
            "调解成功率97.5%，切实把矛盾化解在基层。")
    headline = "岷县梅川镇:“说事评理”调解室化解邻里纠纷 架起干群“连心桥”"
    for run_on in (f"您当前的位置 : 定西新闻网 >> 县区 >> 岷县 {headline} 来源:定西日报    2021年06月08日 09:32",
                   f"您当前的位置 : 定西新闻网 >> 县区 >> 岷县 {headline}\n来源:定西日报 2021年06月08日 09:32"):
        doc = extract(f"定西新闻网\n微信 QQ空间 新浪微博\n\n{run_on}\n\n{body}\n")
        assert doc.title == headline, run_on
        assert doc.published_at == "2021-06-08T09:32:00+08:00" and doc.source == "定西日报"
        assert doc.body.startswith("本网讯") and "您当前的位置" not in doc.body
    # a location line whose last crumb is no headline stays navigation: fields, toolbars, a spaced
    # headline printed as the crumb
    title = "城关镇开展法治宣传进社区活动"
    for crumbs in ("当前位置：首页 >> 新闻中心 >> 工作动态\n来源:定西日报 2021年06月08日 09:32",
                   "当前位置：首页 > 新闻中心 > 乡镇动态 来源：城关镇 发布时间：2024-01-05",
                   "当前位置：首页 > 新闻中心 > 乡镇动态 作者：张三 来源：城关镇 发布时间：2024-01-05",
                   "当前位置：首页 > 新闻中心 > 乡镇动态 打印本页 关闭窗口\n来源：县司法局 发布时间：2024-01-05",
                   "当前位置：首页 > 新闻中心 > 乡镇动态 字号：大 中 小\n来源：县司法局 发布时间：2024-01-05"):
        assert extract(f"{crumbs}\n{title}\n\n{body}\n").title == title, crumbs
    doc = extract(f"当前位置：首页 > 工作动态 > 学思想 强党性 重实践 建新功\n来源：县司法局 发布时间：2024-01-05\n\n{body}\n")
    assert doc.title != "强党性 重实践 建新功"
    # the fields after the headline on its line are no part of it, whatever follows on the next
    doc = extract(f"当前位置：首页 > 新闻中心 > 县区动态 {title} 作者：张三 来源：县司法局\n发布时间：2024-01-05\n\n{body}\n")
    assert doc.title == title and doc.source == "县司法局"


def test_an_outlet_and_its_time_marked_original_give_the_time_and_a_keyed_source_wins():
    body = ("  本报讯 今年以来，县综治中心联合县法院推行诉前分流，共化解矛盾纠纷1260件，"
            "化解成功率96.8%，切实把矛盾纠纷化解在基层。")
    doc = extract(f"走进沂源县 “法理+情理”结合实现矛盾纠纷“事心双解”\n山东法制报 | 2026-01-07 15:07:12 原创\n"
                  f"宋时刚 来源:大众新闻·山东法制报\n\n{body}\n")
    assert doc.published_at == "2026-01-07T15:07:12+08:00"
    assert doc.source == "大众新闻·山东法制报" and "原创" not in doc.body
    # an outlet named beside its time stays the source over a picture's or a datum's credit below
    for credit in ("图片来源：新华社", "数据来源：县统计局"):
        doc = extract(f"县综治中心诉前分流化解纠纷\n重庆日报 2018-12-04 10:00:59\n\n{body}\n{credit}\n")
        assert doc.source == "重庆日报", credit


def test_a_flattened_notice_whose_title_runs_over_a_space_keeps_its_genre():
    text = ("发布时间:\n2019-06-12 09:30\n文章来源:\n关于成立县人民政府行政复议委员会 有关事项的通知 各乡镇人民政府,县政府各部门: "
            "为推进依法行政,提高行政复议案件审理质量,县政府决定成立县人民政府行政复议委员会。现将有关事项通知如下。"
            " 一、人员组成 县政府行政复议委员会由1名主任委员、2名副主任委员组成。 县人民政府 2019年6月10日")
    doc = extract(text)
    assert doc.title == "关于成立县人民政府行政复议委员会 有关事项的通知"
    assert doc.body.startswith("各乡镇人民政府")


def test_a_disclosure_catalogues_category_and_request_number_are_fields_not_the_headline():
    text = ("- 信息类别: 柴桑区政府信息公开工作年度报告\n- 公开方式: 主动公开\n- 生成日期:2017-03-28\n"
            "- 信息索取号:000014349/2020-806659\n九江县2016年政府信息公开工作年度报告\n"
            "2016年,我县政府信息公开工作紧紧围绕全县经济和社会发展大局,全年主动公开政府信息3560条,"
            "受理依申请公开12件,均按期答复。\n")
    doc = extract(text)
    assert doc.title == "九江县2016年政府信息公开工作年度报告" and doc.published_at == "2017-03-28"
    assert "信息类别" not in doc.body and "索取号" not in doc.body


def test_a_series_name_the_page_prints_with_its_headline_stays_in_the_title():
    def page(title_tag: str, shown: str) -> str:
        return (f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>"
                f"<div class='nav'><a href='/'>首页</a></div><div class='tit2'>{shown}</div>"
                f"<div class='time'>2022-02-14 09:30</div><div class='content'><p>{ARTICLE}</p><p>{ARTICLE}</p></div></body></html>")
    head = "某县“枫桥式”调解让矛盾纠纷化解在家门口"
    # the page prints the series with its headline (书记市长这一周 | …, …丨消博聊“企”来): the headline as shown
    assert extract(page(f"调解故事 | {head}", f"调解故事 | {head}")).title == f"调解故事 | {head}"
    assert extract(page(f"{head}丨平安声音——某某视频", f"{head}丨平安声音")).title == f"{head}丨平安声音"
    # …the series only in the <title>, or the site's name beside it: the headline alone
    assert extract(page(f"调解故事 | {head}", head)).title == head
    assert extract(page(f"{head}_某县人民政府网", f"{head}_某县人民政府网")).title == head


def test_a_sites_or_a_columns_name_printed_with_the_headline_stays_out_of_the_title():
    def page(title_tag: str, *shown: str) -> str:
        lines = "".join(f"<div class='t{i}'>{s}</div>" for i, s in enumerate(shown))
        return (f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>{lines}"
                f"<div class='time'>2022-02-14 09:30</div><div class='content'><p>{ARTICLE}</p><p>{ARTICLE}</p></div></body></html>")
    head = "县司法局多措并举推进矛盾纠纷排查化解工作"
    # a hidden share box repeats the <title> with the site's name; the headline is printed alone too
    assert extract(page(f"{head}_平安某某", f"{head}_平安某某", head)).title == head
    assert extract(page(f"{head}|某某融媒", f"{head}|某某融媒")).title == head  # (the <title>'s last part)
    assert extract(page(f"县区动态｜{head}_某某市司法局", f"县区动态｜{head}")).title == head  # (a column's name)
    assert extract(page(f"平安某某丨{head}_平安某某", f"平安某某丨{head}")).title == head  # (the site's, again)
    assert extract(page(f"{head} - 平安某某", f"{head} - 平安某某")).title == head


def test_a_title_tag_holding_only_the_banners_words_gives_way_to_the_headline_over_the_publication_line():
    body = ("<p>今年以来，县司法局坚持和发展新时代“枫桥经验”，聚焦矛盾纠纷源头预防，全面推进人民调解工作提质增效。</p>"
            "<p>截至5月底，全县共排查矛盾纠纷1865件，成功化解1802件，化解率达96.6%，同比上升2.1个百分点。</p>")

    def page(title, banner, headline):
        return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
                f"<div class='header'><div class='logo'>{banner}</div><ul><li><a href='/'>首页</a></li>"
                "<li><a href='/xwzx/'>新闻中心</a></li></ul></div><div class='location'>当前位置：首页 &gt; 新闻中心</div>"
                f"<div class='main'><div class='article-title'>{headline}</div>"
                "<div class='info'><span>发布时间：2023-06-02 09:30</span><span>来源：县司法局</span></div>"
                f"<div class='TRS_Editor'>{body}</div></div><div class='footer'>主办单位：{banner}办公室</div></body></html>")
    slogan = "坚持发展新时代枫桥经验"
    assert extract(page(slogan, slogan, "县司法局多措并举推进矛盾纠纷排查化解工作")).title == "县司法局多措并举推进矛盾纠纷排查化解工作"
    # (a <title> that is the headline printed over the publication line stays, a label above it aside)
    headline = "市司法局召开全市行政复议工作推进会"
    assert extract(page(headline, "某某县人民政府", headline)).title == headline


def test_a_sites_name_after_a_bare_hyphen_in_the_title_tag_is_no_part_of_the_headline():
    html = ("<html><head><meta charset='utf-8'><title>城关镇：强化源头治理 扎实推进矛盾纠纷排查化解-平安城关</title></head><body>"
            "<div class='logo'>平安城关</div><div class='location'>当前位置：首页 &gt; 新闻中心</div>"
            "<div class='title'>城关镇：强化源头治理 扎实推进矛盾纠纷排查化解</div><div>发布日期：2023-06-02 来源：城关镇</div>"
            "<div class='content'><p>今年以来，城关镇坚持和发展新时代“枫桥经验”，全年共排查矛盾纠纷865件，成功化解842件，"
            "化解率达97.3%。</p><p>镇综治中心联合司法所、派出所开展联合调解，调解成功率较去年同期提高8个百分点。</p></div></body></html>")
    assert extract(html).title == "城关镇：强化源头治理 扎实推进矛盾纠纷排查化解"
    # (a hyphen between digits is the headline's own: 2023-2025)
    assert extract(html.replace("扎实推进矛盾纠纷排查化解-平安城关", "三年行动计划2023-2025")
                   .replace("扎实推进矛盾纠纷排查化解</div>", "三年行动计划2023-2025</div>")).title == "城关镇：强化源头治理 三年行动计划2023-2025"


@pytest.mark.parametrize("title_tag,printed", [
    ("城关镇：强化源头治理—扎实推进矛盾纠纷排查化解_城关镇人民政府", "城关镇：强化源头治理—扎实推进矛盾纠纷排查化解"),
    ("为法治城关建设贡献力量——热烈祝贺县第十五次党代会开幕——城关新闻网", "为法治城关建设贡献力量——热烈祝贺县第十五次党代会开幕"),
])
def test_the_headline_printed_over_the_publication_line_is_the_title_tags_headline_as_printed(title_tag, printed):
    html = (f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>"
            "<div class='logo'>城关镇人民政府</div><div class='location'>当前位置：首页 &gt; 新闻中心</div>"
            f"<div class='title'>{printed}</div><div>发布时间：2023-06-02 09:30 来源：县司法局</div>"
            "<div class='content'><p>今年以来，城关镇坚持和发展新时代“枫桥经验”，全年共排查矛盾纠纷865件，成功化解842件，"
            "化解率达97.3%。</p><p>镇综治中心联合司法所、派出所开展联合调解，调解成功率较去年同期提高8个百分点。</p></div></body></html>")
    assert extract(html).title == printed
    # (a column's name the page prints with the headline over the fields, 部门动态丨…, is still no part of it)
    labelled = html.replace(f"<title>{title_tag}", f"<title>部门动态丨{printed}").replace(f"'title'>{printed}",
                                                                                     f"'title'>部门动态丨{printed}")
    assert "部门动态" not in extract(labelled).title


@pytest.mark.parametrize("banner", ["宁都县人民政府", "奋进新征程 建功新时代"])
def test_a_banner_heading_that_is_also_the_title_tag_gives_way_to_the_headline_over_the_publication_line(banner):
    html = (f"<html><head><meta charset='utf-8'><title>{banner}</title></head><body>"
            f"<div class='banner'><h2 class='sitename'>{banner}</h2></div>"
            "<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/xw/'>新闻中心</a> &gt; 部门动态</div>"
            "<div class='title'>宁都县召开2023年安全生产工作推进会</div>"
            "<div class='info'><span>发布时间：2023-06-12 10:21</span><span>来源：县应急管理局</span></div>"
            "<div class='content'><p>6月10日，宁都县召开2023年安全生产工作推进会，总结前阶段工作，部署下一步任务。</p>"
            "<p>会议指出，今年以来，全县共排查整治安全隐患1236处，整改率达98.5%，同比上升3.2个百分点。</p></div></body></html>")
    assert extract(html).title == "宁都县召开2023年安全生产工作推进会"


@pytest.mark.parametrize("headline", ["第20届中国-东盟博览会在南宁开幕", "宁都县构建县-乡-村三级物流配送体系"])
def test_a_hyphen_inside_a_headline_parts_nothing(headline):
    html = (f"<html><head><meta charset='utf-8'><title>{headline}_宁都县人民政府</title></head><body>"
            f"<h1>{headline}</h1><div>发布时间：2023-08-02 10:00</div><div class='content'><p>今年以来，全县共建成村级物流"
            "服务站186个，覆盖率达100%，快递进村率同比提高23个百分点。</p><p>下一步，县商务局将继续完善配送网络。</p></div></body></html>")
    assert extract(html).title == headline


def test_a_notices_name_fields_under_the_headline_do_not_title_the_page():
    text = ("某市人民医院医用液氧供应成交结果公告\n发布日期：2022-10-13 浏览数：\n成交结果公告\n"
            "一、项目编号：采竞磋[2022]067-1号\n二、项目名称：某市人民医院医用液氧供应\n"
            "三、成交信息：供应商名称：某实用气体有限公司\n成交金额（单价）：1100元/吨\n"
            "本项目代理服务费人民币3267.00元，由成交单位在领取成交通知书时支付。\n"
            "名称：某市人民医院医用液氧供应\n数量：预计使用量330吨\n采购代理机构\n名称：某招投标有限公司\n"
            "联系电话：0000-1234567\n附件：\n采竞磋[2022]067-1号 某市人民医院医用液氧供应项目.pdf\n主要标的信息.JPG")
    doc = extract(text)
    assert doc.title == "某市人民医院医用液氧供应成交结果公告"
    assert "名称：某招投标有限公司" in doc.body  # (the notice's own line)
    assert ".pdf" not in doc.body and ".JPG" not in doc.body  # (links to its files)


def test_a_notice_of_fields_alone_keeps_its_name_field_and_a_metadata_boxs_title_titles_the_page():
    notice = ("某县交通局办公楼维修工程中标公告\n发布时间：2023-09-01\n一、项目基本情况\n项目编号：JT-2023-015\n二、中标信息\n"
              "中标人名称：某建筑工程有限公司\n中标金额：86.5万元\n三、采购人信息\n名称：某县交通运输局\n地址：某县人民路1号")
    assert "86.5万元" in {m.text for m in extract(notice).metrics}  # (no sentence: no article for its fields to stand in)
    text = ("法治政府建设\n发布日期：2024-03-28\n基本信息\n标题：某县2023年法治政府建设年度报告\n"
            "2023年，我县深入推进法治政府建设，全年办理行政复议案件86件，行政机关负责人出庭应诉率达100%。")
    assert extract(text).title == "某县2023年法治政府建设年度报告"


def test_a_title_of_the_outlets_name_alone_gives_way_to_the_headline_the_page_prints():
    para = ("近日，某县人民法院巡回法庭走进村镇，就地开庭审理一起邻里纠纷案件，当庭达成调解协议，"
            "旁听群众八十余人，收到了审理一案、教育一片的良好效果。")
    html = ("<html><head><title>某县新闻网_(新闻)</title></head><body><table>"
            "<tr><td class=nav>首页>>法院动态>>基层新闻</td></tr>"
            "<tr><td colspan=2 class=bt_title>巡回法庭走进村镇 就地化解邻里纠纷</td></tr>"
            f"<tr><td><div class=bt_content><p>{para}</p><p>{para}</p></div></td></tr></table></body></html>")
    assert extract(html).title == "巡回法庭走进村镇 就地化解邻里纠纷"
