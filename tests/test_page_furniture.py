"""Text dumps with page furniture: the headline, the publication time and the source found
among spaced-out labels, datelines without keys, outlet tags and toolbars."""
import pytest

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


def test_a_disclosure_catalogues_keys_name_the_title_date_and_publisher():
    page = ("当前位置: 政务公开 > 政府部门 > 市场监管局 > 业务工作 > 内容\n"
            "信息名称 2024年常州市金坛区市场监督管理局投诉举报统计分析报告\n索引号 113204820141411706/2025-00003\n"
            "主题分类 市场监管、安全生产监管 体裁分类 其他 组配分类 其他 市场监管局 业务工作\n文件编号 发布机构 市场监管局\n"
            "生成日期 2025-01-16 公开日期 2025-01-16 废止日期有效\n内容概述 2024年常州市金坛区市场监督管理局投诉举报统计分析报告\n\n"
            f"2024年常州市金坛区市场监督管理局投诉举报统计分析报告\n\n{BODY}")
    doc = extract(page)
    assert doc.title == "2024年常州市金坛区市场监督管理局投诉举报统计分析报告"
    assert doc.published_at == "2025-01-16" and doc.source == "市场监管局"
    bulleted = ("上海市松江区2025年政府信息公开工作年度报告\n- 索 引 号:\n- 主题分类:综合政务\n- 公开主体:区政府\n"
                f"- 发文字号:\n- 成文日期:2026-02-12\n- 发布日期:2026-02-12\n{BODY}")
    doc = extract(bulleted)
    assert doc.title == "上海市松江区2025年政府信息公开工作年度报告" and "公开主体" not in doc.body


def test_a_yearbook_entry_is_titled_by_its_heading_in_brackets():
    doc = extract("【公益诉讼检察】2020年，秀英区检察院排查公益诉讼线索70件，立案65件，发出诉前检察建议48份，"
                  "回函落实整改51份。已立案的案件中，涉及生态环境资源保护领域的案件37件。")
    assert doc.title == "公益诉讼检察" and doc.body.startswith("2020年，秀英区检察院")
    alone = extract(f"【打造工作室维权品牌】\n\n时间:2020-04-14 来源: 普陀区地方志办公室\n\n{BODY}")
    assert alone.title == "打造工作室维权品牌" and alone.source == "普陀区地方志办公室"
    # an outlet's tag opening a report is no heading
    assert extract("【财新网】(实习记者 肖罗娜 记者 单玉晓)“近年来，海淀区劳动争议案件处于高位，"
                   "今年前三季度收案8000余件。”海淀区法院副院长介绍。").title is None


def test_a_sites_name_over_an_unnamed_column_is_a_breadcrumb():
    doc = extract(f"宁夏银川市兴庆法院大新法庭践行“枫桥经验”解锁基层善治-新华网\n新华网 > > 正文\n2025 11/23 16:06:26\n来源:新华网\n\n"
                  f"宁夏银川市兴庆法院大新法庭践行“枫桥经验”解锁基层善治\n\n字体:\n\n{BODY}")
    assert doc.title == "宁夏银川市兴庆法院大新法庭践行“枫桥经验”解锁基层善治"
    assert "正文" not in doc.body


def test_an_outlet_tag_is_no_part_of_the_headline():
    doc = extract(f"【淄博日报】学习十九大 巩固“长安杯” 提升新时代社会治理水平\n\n来源:淄博日报\n\n2017-11-20 16:21:00\n\n"
                  f"创新“五位一体”格局 提高社会治理水平\n{BODY}")
    assert doc.title == "学习十九大 巩固“长安杯” 提升新时代社会治理水平"
    assert doc.published_at == "2017-11-20T16:21:00+08:00"


def test_a_title_on_two_lines_under_the_agency_name():
    doc = extract(f"通化县人民政府\n2025年度政府信息公开工作报告\n{BODY}")
    assert doc.title == "通化县人民政府2025年度政府信息公开工作报告"


def test_a_papers_headline_broken_after_its_quoted_word():
    doc = extract(f"浙江日报 数字报纸\n00018版:今日嘉兴\n乡贤当起“老娘舅”\n调解纠纷好帮手\n张舜红 钱佳英\n{BODY}")
    assert doc.title == "乡贤当起“老娘舅”调解纠纷好帮手"


def test_a_headline_printed_again_in_parts_keeps_its_whole_form():
    doc = extract(f"首页\n时政\n邱县:“政协+信访”工作模式助力化解矛盾纠纷\n邱县\n“政协+信访”工作模式助力化解矛盾纠纷\n{BODY}")
    assert doc.title == "邱县:“政协+信访”工作模式助力化解矛盾纠纷"


def test_the_source_without_what_follows_it():
    for line, source in [("来源：海口市司法局 打印", "海口市司法局"), ("来源: 法制生活报 2022年05月11日", "法制生活报"),
                         ("来源：江苏广电融媒体新闻中心/许宸 通讯员/张全连 编辑/玉洁", "江苏广电融媒体新闻中心"),
                         # the author's name run into the agency's (but not a part of the agency: 黄田司法所)
                         ("来源:退役军人事务局马世豪", "退役军人事务局"), ("来源:县司法局黄田司法所", "县司法局黄田司法所")]:
        assert extract(f"某县调解工作取得实效\n{line}\n{BODY}").source == source


def test_a_title_with_its_date_in_brackets():
    doc = extract(f"上海市行政复议体制改革一周年白皮书 (2022-11-23)\n{BODY}")
    assert doc.title == "上海市行政复议体制改革一周年白皮书" and doc.published_at == "2022-11-23"
    # a reprint's headline ends with the day and paper that printed it
    doc = extract(f"泗县法律援助帮农民工讨薪110余万[2017年3月2日安徽日报]\n\n02.03.2017  15:32\n\n{BODY}")
    assert doc.title == "泗县法律援助帮农民工讨薪110余万" and doc.published_at == "2017-03-02T15:32:00+08:00"


def test_a_time_after_the_author_without_its_key():
    doc = extract(f"江苏法院上半年受理案件同比增13.89%\n来源:中国江苏网-新华日报   作者:顾 敏   2017-07-24 06:55:00\n{BODY}")
    assert doc.published_at == "2017-07-24T06:55:00+08:00" and doc.source == "中国江苏网-新华日报"
    assert doc.title == "江苏法院上半年受理案件同比增13.89%"  # (a decimal is no list marker)


def test_an_epaper_page_with_cell_rules_and_a_bracketed_date():
    doc = extract(f"|\n政法\n|\n|\n宜章创新村级矛盾纠纷调解模式\n|\n|\n|\n|\n( 2022-12-09 ) 稿件来源: 法治日报政法 |\n|\n{BODY}")
    assert doc.title == "宜章创新村级矛盾纠纷调解模式"
    assert doc.published_at == "2022-12-09" and doc.source == "法治日报政法"


def test_a_series_tag_and_a_byline_are_no_title():
    doc = extract(f"首页 » 新闻频道\n(铸牢共同体 中华一家亲)黄河源头“姊妹湖调解室”守护“姊妹情”\n2024-11-18 14:06:42\n来源:中国新闻网\n"
                  f"作者 潘雨洁 周瑞辰子\n{BODY}")
    assert doc.title == "黄河源头“姊妹湖调解室”守护“姊妹情”" and doc.source == "中国新闻网"


def test_a_printed_title_field_outranks_other_lines():
    doc = extract(f"题  目: 关于推进我省人民调解工作的建议\n承办单位 答复日期\n省司法厅\n2021-07-10 19:12:11\n{BODY}")
    assert doc.title == "关于推进我省人民调解工作的建议"


def test_dates_in_epaper_urls():
    assert extract(BODY, url="https://szb.ahnews.com.cn/ahrb/content/202112/27/c877792.html").published_at == "2021-12-27"
    assert extract(BODY, url="https://www.fangcheng.gov.cn/2025/01-03/837272.html").published_at == "2025-01-03"
    # a folder of the day after a word that opens with a digit; a page named by the year, the day and a serial
    assert extract(BODY, url="http://www.example.com/html/2020/24h_0323/158747.html").published_at == "2020-03-23"
    assert extract(BODY, url="http://www.example.gov.cn/info/overt_centent/2020-0206003.htm").published_at == "2020-02-06"
    assert extract(BODY, url="http://www.example.cn/viscms/news0271/2009-12-1514886.html").published_at == "2009-12-15"


def test_a_bulleted_metadata_list_with_each_key_over_its_value():
    doc = extract(f"保定市满城区刘家台乡人民政府2023年政府信息公开工作年度报告\n- 发布:\n- 满城区刘家台乡人民政府\n"
                  f"- 时间:\n- 2024-01-18\n{BODY}")
    assert doc.published_at == "2024-01-18" and "2024-01-18" not in doc.body


def test_a_dateline_of_the_paper_is_no_title():
    doc = extract(f"本报讯 (记者\n孟山)昨日，全市基层平安建设推进大会召开。{BODY}")
    assert doc.title is None


def test_bullet_fields_a_speaker_line_and_a_reports_occasion_are_no_title():
    doc = extract(f"市公安局:召开新闻发布会通报防范电信网络诈骗工作情况\n  • 时间:2018-12-25 10:37:50\n  • 来源:市公安局\n{BODY}")
    assert doc.title == "市公安局:召开新闻发布会通报防范电信网络诈骗工作情况" and doc.source == "市公安局"
    bare = extract(f"您现在所在的位置 : 首页 > 政务公开 > 公共服务\n新圩江镇﹕化解山林矛盾 办好为民实事\n  • 2023-12-22 15:53\n"
                   f"  • 来源: 新湖南客户端\n  • 发布机构:东安县人民政府\n{BODY}")
    assert (bare.published_at, bare.source) == ("2023-12-22T15:53:00+08:00", "新湖南客户端")  # (the time bulleted without its key)
    run_in = extract("市城管执法局严厉打击城区抢修抢建行为 2018-07-12 17:35 云上赤壁 0 云上赤壁消息(记者 王玉成)7月10日，"
                     "市城管执法局组织执法人员开展拆违行动，对10处违建依法进行了强制拆除。共拆除违建面积1000余平米。")
    assert run_in.published_at == "2018-07-12T17:35:00+08:00"  # (the publication line run into the article's first line)
    report = extract(f"平潭综合实验区人民检察院工作报告\n—2024年1月19日在平潭综合实验区人大工作会议\n暨平潭县第十八届人民代表大会第三次会议上\n"
                     f"平潭综合实验区人民检察院检察长王 桦\n{BODY}")
    assert report.title == "平潭综合实验区人民检察院工作报告"


def test_people_cn_dateline_and_original_title():
    doc = extract(f"人民网>>宁夏频道>>宁夏要闻\n\n平罗县司法局:诉前调解成功率近九成\n\n2021年09月29日16:01 | 来源:宁夏日报\n小字号\n"
                  f"原标题:诉前调解成功率近九成\n{BODY}")
    assert doc.title == "平罗县司法局:诉前调解成功率近九成"
    assert doc.published_at == "2021-09-29T16:01:00+08:00" and doc.source == "宁夏日报"
    assert "原标题" not in doc.body


def test_a_metadata_table_in_cells():
    doc = extract("乌恰县吾合沙鲁乡2025年政府信息公开工作年度报告\n| 索 引 号 | K45899617/2026-00206 | 主题分类 | |\n"
                  "| 发布机构 | 乌恰县吾合沙鲁乡人民政府 | 发布日期 | 2026-01-19 16:58 |\n| 来 源 | 乌恰县吾合沙鲁乡人民政府 | ||\n" + BODY)
    assert doc.published_at == "2026-01-19T16:58:00+08:00" and doc.source == "乌恰县吾合沙鲁乡人民政府"
    assert doc.body == BODY


def test_an_epaper_headline_under_its_issue_line():
    doc = extract("打工仔变身“发明达人”欢度元宵服务企业24小时“不打烊”为企营造办事不求人氛围观念一变天地宽全省实现村居法律顾问全覆盖\n"
                  "第02版 上一期   下一期 上一版 下一版\n  •   标题    站内高级搜索\n第4405期:第02版 本期出版日期:2022-02-16\n\n"
                  f"全省实现村(居)法律顾问全覆盖\n\n语音播报: 语音播报\n\n{BODY}")
    assert doc.title == "全省实现村(居)法律顾问全覆盖" and doc.published_at == "2022-02-16"


def test_a_headline_may_exclaim_and_a_document_title_may_span_three_lines():
    doc = extract(f"首页\n时政\n地方频道\n赞!邱县司法局这一做法获评创新案例!\n{BODY}")
    assert doc.title == "赞!邱县司法局这一做法获评创新案例!"
    reply = extract(f"重庆市司法局\n\n关于市六届人大一次会议\n\n第0290号建议办理情况的答复函\n \n{BODY}")
    assert reply.title == "重庆市司法局关于市六届人大一次会议第0290号建议办理情况的答复函"


def test_a_time_glued_to_the_source_key():
    doc = extract(f"2015-10-21 17:07:55来源:昆明信息港\n民族地区依法而治“三年跳”\n{BODY}")
    assert doc.published_at == "2015-10-21T17:07:55+08:00" and doc.source == "昆明信息港"
    assert doc.title == "民族地区依法而治“三年跳”"


def test_of_two_title_lines_the_first_printed_is_the_headline_and_the_second_its_subtitle():
    for head, sub in [("兰溪市人大常委会召开专题询问会", "推进法院执行工作良性运转"),
                      ("甘肃武威“组合拳”绘就社会治理新画卷", "“四个一”模式精彩出招"),
                      ("把群众反映的问题办实办好办到位", "市领导到12345政务服务便民热线接听群众来电"),
                      # a headline naming its subject, an agency or a place, before a colon
                      ("太原法院:念好“四字诀”,合力解纠纷", "坚持党的领导念好“引”字诀"),
                      ("临泽县平川镇：“小积分”兑出乡村治理“大能量”", "积分超市激励村民参与乡村治理")]:
        assert extract(f"{head}\n{sub}\n{BODY}").title == head
    # …but a field's key or a breadcrumb before a colon heads nothing, one ending like a place's unit too
    assert extract(f"当前位置：首页 新闻中心\n坚持党的领导念好“引”字诀\n{BODY}").title == "坚持党的领导念好“引”字诀"
    assert extract(f"所属地区：安徽省宣城市广德市\n广德市召开安全生产工作推进会\n{BODY}").title == "广德市召开安全生产工作推进会"
    # …over the publication line too
    doc = extract(f"当前位置: 新闻 >> 商丘要闻\n让涉企案件跑出“加速度”\n首批商会调解组织入驻市中级人民法院\n"
                  f"2022-12-15 03:05:06 来源:商丘日报\n{BODY}")
    assert doc.title == "让涉企案件跑出“加速度”" and doc.source == "商丘日报"
    # …not a headline broken in two short halves, a place's or an agency's name over it, a slogan
    assert extract(f"重庆市开州区义和镇人民政府\n关于2025年度法治政府建设情况的报告\n{BODY}").title == \
        "重庆市开州区义和镇人民政府关于2025年度法治政府建设情况的报告"
    assert extract(f"湖北省十堰市茅箭区\n奏响矛盾纠纷化解协奏曲\n{BODY}").title == "奏响矛盾纠纷化解协奏曲"
    assert extract(f"喜迎二十大 忠诚保平安 奋进新征程 建功新时代\n渭南市司法局到大荔考察调研人民调解工作\n{BODY}").title == \
        "渭南市司法局到大荔考察调研人民调解工作"
    # …nor a series' label over the headline
    assert extract(f"“加强新就业形态劳动者权益保障”系列报道之四\n新业态劳动争议多元化解的海淀模式\n{BODY}").title == \
        "新业态劳动争议多元化解的海淀模式"
    assert extract(f"法治为民办实事系列报道(三)\n一纸调解书化解十年积怨\n{BODY}").title == "一纸调解书化解十年积怨"


def test_buttons_a_dump_ran_onto_the_headlines_line_are_no_part_of_the_title():
    text = f"零陵为52名农民工成功讨薪6万余元 打印本文 打印本文 关闭窗口 关闭窗口\n2021-01-20 来源：零陵新闻网\n{BODY}"
    assert extract(text).title == "零陵为52名农民工成功讨薪6万余元"


def test_a_title_bars_line_gives_the_headline_before_the_sites_label():
    for label in ("|实时焦点", " | 央视新闻"):
        text = (f"您的位置:首页 > 综合 >\n\n讲事理论法理说情理 20年土地纠纷终化解{label}\n\n2023-05-24 11:19:52 来源:江津网\n\n{BODY}")
        assert extract(text).title == "讲事理论法理说情理 20年土地纠纷终化解"
    # …but a series' name before the bar is the column's: the headline is after it
    assert extract(f"深读|基层善治的电白密码\n2023-05-24 11:19:52 来源:江津网\n{BODY}").title == "基层善治的电白密码"
    # …however long the series' name (its label no site's or channel's), and a table's caption over its unit is no title
    assert extract(f"优化营商环境系列报道之五｜法治护航\n2023-05-24 11:19:52 来源:江津网\n{BODY}").title == "法治护航"
    assert extract(f"县司法局召开一季度工作推进会\n2023年一季度人民调解案件统计表 | 单位：件\n{BODY}").title == "县司法局召开一季度工作推进会"


def test_a_browsers_title_bar_gives_the_headline_before_the_sites_name_after_a_dash():
    for tail in ("-全球今日报", " - 雅安市司法局", "_东台报业网", " - 工会 - 中工网"):
        text = f"河南鲁山:“家门口的法官”来化解“小矛盾”{tail}\n2023-04-25 14:05:41 来源: 大河网\n{BODY}"
        assert extract(text).title == "河南鲁山:“家门口的法官”来化解“小矛盾”"
    # …but what follows a dash in a headline and names no site is its own (a year, a part, a subtitle's
    # words, an agency without its place that may be the subject)
    for title in ("县法院发布环境资源审判白皮书-2021年", "全省法院执行工作综述-上篇",
                  "某县2023年法治政府建设交出高分答卷-实现良好开局", "某县公安局破获一起冒充客服电信诈骗案-难逃法网",
                  "一季度全市信访工作考核结果出炉-我县再传捷报", "全县12345热线工单办理情况-十月份通报",
                  "检察开放日邀群众零距离感受检察工作-走进县人民检察院", "扎根基层解民忧 用心用情化纠纷-记某县信访局"):
        assert extract(f"{title}\n2023-04-25 14:05:41 来源: 大河网\n{BODY}").title == title
    # …and a place between the headline and the site is the headline's (…人民法庭-浙江诸暨 - 新华网)
    text = f"打造新时代“枫桥式”人民法庭-浙江诸暨 - 新华网\n2023-04-25 14:05:41 来源: 大河网\n{BODY}"
    assert extract(text).title == "打造新时代“枫桥式”人民法庭-浙江诸暨"


def test_a_columns_label_under_the_headline_is_no_title():
    headline = "刘某代表市中院向人民代表大会作工作报告：为高质量发展提供司法保障"
    for label in ("聚焦全市两会", "图片新闻", "关注两会"):
        assert extract(f"{headline}\n\n{label}\n\n{BODY}").title == headline
    # …and a picture's placeholder repeating the headline between rules gives it without them
    assert extract(f"----{headline}//----[ ]\n{BODY}").title == headline


def test_a_headline_naming_a_series_is_still_the_headline_over_its_subtitle():
    assert extract(f"市司法局召开法治宣传系列报道座谈会\n各县区司法局宣传骨干参加\n{BODY}").title == "市司法局召开法治宣传系列报道座谈会"


def test_a_site_clock_and_a_byline_are_no_title():
    assert extract(f"天津市河东区人民政府2019年12月3日星期二\n{BODY}").title is None
    assert extract(f"石榴云/新疆法治报记者 张蕾 通讯员 刘杰\n{BODY}").title is None


def test_a_lead_printed_again_under_the_outlets_dateline_keeps_only_new_sentences():
    lead = ("1月20日上午，山东省十三届人民代表大会第三次会议召开第二次全体会议。记者了解到，2019年，全省法院新收案件194.6万件，"
            "结案204.2万件，同比分别上升11.9%、21.4%。其中，省法院新收各类案件2.5万件，审执结各类案件2.8万件。")
    doc = extract(f"满满的安全感！从山东高法工作报告中看“平安山东”\n来源:鲁网\n{lead}\n"
                  f"鲁网1月20日讯(记者 刘辉)120日上午，山东省十三届人民代表大会第三次会议召开第二次全体会议。记者了解到，2019年，全省法院新收案件194.6万件，"
                  "结案204.2万件，同比分别上升11.9%、21.4%。其中，省法院新收各类案件2.5万件，审执结各类案件2.8万件。全省法院审结一审行政案件1.2万件。")
    assert [m.text for m in doc.metrics].count("194.6万件") == 1 and "1.2万件" in [m.text for m in doc.metrics]


def test_a_line_naming_only_an_agency_is_no_headline():
    text = ("天津市河东区人民政府\n2019年12月3日星期二\n"
            "根据《中华人民共和国政府信息公开条例》规定，编制本报告。本报告所列数据的统计期限为2025年1月1日至2025年12月31日。\n"
            "一、总体情况\n2025年，河东区人民政府办公室认真落实条例各项规定，主动公开政府信息1200条。")
    assert extract(text).title is None


def test_a_headline_under_an_editors_note_and_above_its_agency():
    text = ("【编者按】近年来，全省司法行政系统各级机关紧紧围绕服务发展大局主题，在实践中积累了很多行之有效的工作方法和工作经验，从本期开始陆续推出。\n"
            "【工作交流】系列之一\n以“六个创新”推进平安西安建设\n西安市司法局\n"
            "近年来，我局围绕市委、市政府抓安全、保稳定的要求，始终坚持把化解社会矛盾纠纷作为重中之重，着力维护社会安全稳定。")
    assert extract(text).title == "以“六个创新”推进平安西安建设"


def test_a_headline_printed_twice_ends_the_page_header():
    text = ("违法建筑专项整治\n违法建筑专项整治\n"
            "根据市委、市政府关于做好棚户区改造和拆除违法建筑的指示精\n"
            "神，市城管执法局组织各区城管执法局把拆除违法建筑工作放在突出位置，通过建立日巡察\n"
            "日报告、限期拆除等5项制度，实施对违法建筑的动态管理。1~11月，共拆除违法建筑190余起。")
    assert extract(text).title == "违法建筑专项整治"


def test_a_metadata_table_names_the_title_in_its_mingcheng_cell():
    text = ("2025年昌吉市12345政务服务便民热线运行分析报告 (4月1日-4月30日)\n"
            "索 引 号 | CJS044/2025-000234 | 主题分类 | |\n"
            "名 称 | 2025年昌吉市12345政务服务便民热线运行分析报告 (4月1日-4月30日) | ||\n"
            "文 号 | 发布日期 | 2025-05-03 16:09:12 | |\n"
            "昌吉市12345政务服务便民热线运行分析报告\n(4月1日-4月30日)\n"
            "2025年4月1日至4月30日昌吉州12345政务服务热线中心共转派工单4567件，按期签收率100%，按期办结率100%。")
    assert extract(text).title == "2025年昌吉市12345政务服务便民热线运行分析报告 (4月1日-4月30日)"


def test_a_title_ending_on_a_line_that_names_the_kind_of_document():
    text = ("昆都仑区司法局2023年行政复议行政应诉案件\n统计分析报告\n"
            "根据司法部有关通知要求，我局对全区2023年度行政复议和行政应诉案件有关情况分析报告如下：\n"
            "一、行政复议服务高质量发展情况\n2023年共办理涉企行政复议案件11件，撤销1件。")
    assert extract(text).title == "昆都仑区司法局2023年行政复议行政应诉案件统计分析报告"


def test_a_byline_without_spaces_and_an_agency_under_the_title_are_no_titles():
    text = ("深化矛盾纠纷多元化解，推进池洞多元共治\n■茂名日报社全媒体记者邓巴烽\n"
            "本报讯日前，信宜市池洞镇政府成功引入一家养殖场落户，在推进供电设施建设时化解用地纠纷3起，群众满意。")
    assert extract(text).title == "深化矛盾纠纷多元化解，推进池洞多元共治"
    text = ("2021年迎宾路街道政府信息公开工作年度报告\n迎宾路街道办事处\n2022年01月18日来源:1\n"
            "积极推进政务信息公开是贯彻落实《中华人民共和国政府信息公开条例》的重要举措，现将2021年情况报告如下：\n一、总体情况")
    assert extract(text).title == "2021年迎宾路街道政府信息公开工作年度报告"


def test_e_paper_masthead_pager_and_pop_ups_are_no_titles():
    text = ("国内统一刊号:CN43-0003 湘西团结报社出版广告热线:8518919订阅热线:8518693\n\n2022年11月17日\n\n"
            "这已经是最后一期了哦!\n我知道了\n上一期 下一期\n永顺松柏镇\n上门十八次 化解纠纷不畏难\n"
            "松柏镇调解员刘某为化解一起土地纠纷先后上门十八次，最终促成双方达成调解协议，赔偿损失3000元。")
    assert extract(text).title == "上门十八次 化解纠纷不畏难"


def test_publication_lines_with_a_column_and_counter_or_a_spaced_year():
    text = "鄱阳综治中心打造一体化实战平台\n\n2025-11-17 16:07:42 法治新闻 0\n该中心建筑面积1280余平方米，信访局等7家单位为常驻单位，化解纠纷320件。"
    doc = extract(text)
    assert (doc.title, doc.published_at, doc.source) == ("鄱阳综治中心打造一体化实战平台", "2025-11-17T16:07:42+08:00", None)
    text = "当前位置: 首页 > 法治实践\n2025 03/24 14:47:06\n\n上海陆家嘴街道推进“三所联动”\n\n陆家嘴街道注重以“三所联动”模式推进矛盾纠纷多元化解，化解纠纷120件。"
    assert extract(text).published_at == "2025-03-24T14:47:06+08:00"


def test_traditional_keys_and_a_year_and_month_day_url():
    text = ("貴州施秉:城鄉協作搭橋梁 暖心調解護民安\n2026-02-25 15:50:26來源:中央廣電總臺國際在線編輯:羅淼\n"
            "近年來，隨著城鎮化的推進，白垛鄉部分群眾搬遷縣城，鄉村兩級幹部化解糾紛12起。")
    doc = extract(text)
    assert (doc.published_at, doc.source) == ("2026-02-25T15:50:26+08:00", "中央廣電總臺國際在線")
    text = "宁夏贺兰县将调解室建在群众家门口\n近年来，贺兰县建成村级人民调解组织82个，招聘专职人民调解员34名。"
    assert extract(text, url="https://www.jicengzhizhi.com/2024/0226/6875.shtml").published_at == "2024-02-26"


def test_an_outlet_with_its_address_before_the_time_and_a_source_run_into_its_date():
    text = ("海口去年共办理法律援助案件9024件\n海口网 http://www.hkwb.net 时间:2016-05-31 16:41\n"
            "记者从海口市司法局获悉，去年全市共办理法律援助案件9024件，挽回经济损失1.8亿元。")
    doc = extract(text)
    assert (doc.title, doc.published_at) == ("海口去年共办理法律援助案件9024件", "2016-05-31T16:41:00+08:00")
    text = "12345热线运行情况通报\n来源:热线办2017-07-17 10:07\n本月热线共受理群众来电12345件，办结率98%，同比上升3%。"
    doc = extract(text)
    assert (doc.source, doc.published_at) == ("热线办", "2017-07-17T10:07:00+08:00")


def test_headlines_listed_after_the_article_without_a_heading_are_no_body():
    text = ("话剧《约定无期限》河北各市巡演结束\n"
            "6月3日，话剧《约定无期限》在沧州市人民会堂上演，这是该剧在我省11个设区市巡演的最后一场演出，观众达1.2万人次。\n"
            "河北：快乐备考\n更多图片>>\n1 2 3 4\n河北：中国文化遗产日系列活动启动\n河北省9个普通公路收费站正式停止收费\n")
    assert extract(text).body.endswith("观众达1.2万人次。")


def test_a_site_name_and_address_before_the_publication_time():
    text = ("内乡县公示公告\n内乡政府门户网站 www.neixiangxian.gov.cn 2018-04-19 17:32:\n"
            "经研究决定，对下列事项予以公示，公示期为5个工作日，详情请咨询县政务服务中心。")
    assert extract(text).published_at == "2018-04-19T17:32:00+08:00"


def test_datelines_with_a_trailing_rule_or_font_buttons_and_a_source_with_a_counter():
    text = "东丰县司法局深耕“流动调解室”\n2025年05月23日16:47 |\n近年来，东丰县司法局持续深化“流动调解室”工作模式，开展普法宣传58次。"
    assert extract(text).published_at == "2025-05-23T16:47:00+08:00"
    text = "为农民工讨薪专项行动 讨回2.82亿元\n2017-04-24 A- A+\n4月19日，记者从四川省法律援助中心了解到，共受理7318件维权案件。"
    assert extract(text).published_at == "2017-04-24"
    text = "司法所规范化建设推进会召开\n来源：厅基层处 浏览数：320\n6月22日，全省司法所规范化建设推进会召开，全省已建成司法所1200个。"
    assert extract(text).source == "厅基层处"


def test_comment_widgets_after_an_article_are_no_body():
    text = ("为农民工讨薪专项行动 讨回2.82亿元\n4月19日，记者从四川省法律援助中心了解到，全省共受理7318件维权案件。\n"
            "精选精彩评论/登陆才可以发表评论\n表情:\n")
    assert extract(text).body.endswith("全省共受理7318件维权案件。")


def test_dates_in_url_segments_and_timestamps():
    from extractor.published import date_from_url
    assert date_from_url("https://www.yncaw.gov.cn/html/2024/ftnw_0105/116482.html") == "2024-01-05"
    assert date_from_url("http://www.tianshui.com.cn/news/qz/2017030122282261056.htm") == "2017-03-01"
    assert date_from_url("https://jxyc12345.cn/yxtb/rxyb/2023/06/19191628541989.html") == "2023-06-19"
    assert date_from_url("http://x.gov.cn/art/2023/06/12345678901.html") is None  # an id, no clock time after a day


def test_a_publishers_key_ends_the_source():
    text = "芮城县人民调解工作走笔\n来源:运城日报发布者:张三时间:2023-08-30\n芮城县全县共有人民调解组织260个，调解成功率98%。"
    assert extract(text).source == "运城日报"


def test_publication_lines_an_outlet_prints_without_keys():
    # an outlet and its time, with a mark after it; a host before the outlet; a paper's edition line
    doc = extract("某区司法局:“三所联调”彰显实效\n\n大众新闻·海报新闻    2026-01-14 16:57:06原创\n\n"
                  "去年以来，联调化解各类矛盾纠纷179起，调解成功率达98.2%。")
    assert (doc.title, doc.published_at) == ("某区司法局:“三所联调”彰显实效", "2026-01-14T16:57:06+08:00")
    doc = extract("首页 > 矛盾化解\n\n某镇当前农村矛盾纠纷调解工作调研报告\n\n"
                  "www.paly.gov.cn 平安临沂网 发布时间:2021/1/1 0:11:05 大 中 小 论坛\n\n某镇总面积145平方公里，10.2万人，辖18个行政村。")
    assert (doc.title, doc.published_at) == ("某镇当前农村矛盾纠纷调解工作调研报告", "2021-01-01T00:11:05+08:00")
    doc = extract("某市某区九州路街道\n\n用“一站四班”多元解纷工作法 践行新时代“枫桥经验”\n\n《河南日报》 (2024年01月17日 第 06 版)\n\n"
                  "  2023年以来，街道共排查各类矛盾纠纷157件，化解157件，信访代办147件。")
    assert (doc.title, doc.published_at) == ("用“一站四班”多元解纷工作法 践行新时代“枫桥经验”", "2024-01-17")


def test_a_run_of_cut_headlines_and_day_first_or_glued_dates():
    doc = extract("大洋世家海洋食品加工冷藏物流......税惠润港城耕织新图景强化责任意识坚守底线思维确保......凌晨3时的爱与守护......\n"
                  "01版: 一版要闻 02版: 综合新闻\n\n我区连续17年获省级平安区殊荣\n\n"
                  "  本报讯 我区再次获评省级平安区，2021年度平安创建位列全省第28名，全年化解纠纷300件。")
    assert doc.title == "我区连续17年获省级平安区殊荣"
    doc = extract("某区司法局多措并举 筑牢人民调解“第一道防线”\n\n19.12.2017  20:36\n\n  2017年，全区调解纠纷2198件，调解成功率99.9%。")
    assert doc.published_at == "2017-12-19T20:36:00+08:00"
    doc = extract("-\n发布日期2026-01-27\n-\n某乡2025年法治政府建设工作情况报告\n2025年，某乡开展普法活动5场次，发放资料3000余份。")
    assert doc.published_at == "2026-01-27"
    from extractor.published import date_from_url
    assert date_from_url("http://stq.gov.cn/2024_01/19_17/content-454720.html") == "2024-01-19"


def test_bylines_decks_and_keys_between_a_headline_and_its_publication_line():
    doc = extract("“定安言和”工作室:借多元之力 解群众之忧\n——定海公安创新调解机制打造基层治理新名片\n"
                  "王周飞 孙芳敏/文 顾浩祯/摄 字数:\n《 舟山日报 》( 2025年12月18日 第 06 版 )\n\n图为退休民警调解辖区群众矛盾纠纷\n"
                  "如何将矛盾纠纷化解在基层?定海区公安分局盐仓派出所今年调解纠纷120起，调解成功率98%。")
    assert (doc.title, doc.published_at) == ("“定安言和”工作室:借多元之力 解群众之忧", "2025-12-18")
    doc = extract("西园街道“三招齐下”做好访前矛盾化解\n来源:\n袁梦 张艳君 孙雨静\n2024-08-02 10:38:12\n责编:\n聂梅\n"
                  "合肥市蜀山区西园街道进行来访群众接待7次，化解信访积案3件。")
    assert doc.title == "西园街道“三招齐下”做好访前矛盾化解"
    doc = extract("大众日报公安基层联系点挂牌\n\n大众日报记者 李梦\n\n2020-09-22 22:01:50 发布来源:大众报业·大众日报客户端\n\n"
                  "9月22日上午，联系点在冠县公安局烟庄派出所揭牌，全年化解纠纷30起。")
    assert (doc.published_at, doc.source) == ("2020-09-22T22:01:50+08:00", "大众报业·大众日报客户端")
    assert extract("某县调研法治政府建设工作\n\n(发布于:2023-12-08 18:00)\n\n12月8日下午，调研组听取汇报，全县办理复议案件12件。"
                   ).published_at == "2023-12-08T18:00:00+08:00"
    assert extract("某县法律援助中心再获殊荣\n\n亳州晚报 2020-03-20 10:10 大字\n\n2016年以来，共办理法律援助案件4714件。"
                   ).published_at == "2020-03-20T10:10:00+08:00"


def test_a_headline_with_a_series_name_before_a_bar_is_no_table_row():
    doc = extract("视频|大众日报公安基层联系点在烟庄派出所挂牌\n\n2020-09-22 22:01:50 来源:大众日报客户端\n\n"
                  "9月22日上午，联系点在冠县公安局烟庄派出所揭牌，全年化解纠纷30起。")
    assert doc.title == "视频|大众日报公安基层联系点在烟庄派出所挂牌"


def test_a_headline_above_its_deck_of_figures_a_papers_name_and_an_outlet_tagged_deck():
    doc = extract("您的位置: 青海省人民政府网 / 政务公开\n\n我省根治欠薪冬季专项行动圆满结束\n为5743名农民工追发工资7376.9万元\n\n"
                  "来源: 青海日报    发布时间: 2021-03-15 08:55\n\n  记者从省人力资源社会保障厅获悉，专项行动期间，我省为5743名农民工追发工资。")
    assert doc.title == "我省根治欠薪冬季专项行动圆满结束"
    doc = extract("西峡县法院院长向人大常委会作工作报告\n\n《河南法制报》努力开创法院各项工作新局面\n\n发布时间:2019-09-05 17:32:23\n\n"
                  "    本报南阳讯 8月31日，院长在县人大常委会会议上作报告，该院共受理各类案件8447件。")
    assert doc.title == "西峡县法院院长向人大常委会作工作报告"
    doc = extract("国家各网站\n其他链接\n| 索引号 | 6207250036/2026-00078 | 发文字号 | |\n| 生成日期 | 2026-02-11 11:19:10 | 是否有效 |\n"
                  "中共老军乡委员会 老军乡人民政府\n关于2025年法治政府建设情况的报告\n县委依法治县办:\n"
                  "2025年，老军乡坚持以习近平新时代中国特色社会主义思想为指导，全年开展普法宣传活动12场次，发放资料3000余份。")
    assert doc.title != "其他链接" and doc.published_at == "2026-02-11T11:19:10+08:00"


def test_an_outlets_name_and_time_alone_and_a_headline_over_its_deck_of_figures():
    doc = extract("通辽市多种形式构建普惠性公共法律服务体系\n\n魅力霍林河 2020-11-30 09:20:00\n\n"
                  "为增强全社会法治观念，通辽市搭建公共法律服务实体平台1200个。")
    assert (doc.title, doc.published_at) == ("通辽市多种形式构建普惠性公共法律服务体系", "2020-11-30T09:20:00+08:00")
    doc = extract("南浔法院发布全国首个诉讼服务地方标准\n当场立案率不小于98%\n\n"
                  "  当场立案率不小于98%，跨域立案20分钟内响应。5月31日，南浔区法院正式对外发布《诉讼服务中心运行规范》。")
    assert doc.title == "南浔法院发布全国首个诉讼服务地方标准"


def test_suppliers_credits_login_widgets_and_image_names_are_no_body():
    page = (f"某旗法律援助中心开展法律服务活动\n发布时间：2024-06-01\n{BODY}\n微信图片_20240912103015.jpg\n"
            "文、图/魏丽娜、谭鹤欣\n科右中旗法律援助中心 供稿\n点击查看全文\n中工网微信\n账号+密码登录\n立即注册")
    doc = extract(page)
    assert doc.body == BODY and doc.measures == []


def test_a_headline_over_a_deck_of_figures_with_blank_lines_between():
    page = f"浙江法制报 数字报纸\n\n00002版:要闻\n\n哪里有网络,哪里就是调解室\n\n浙江ODR平台已调解案件21万件\n\n  本报记者 王乃昭\n{BODY}"
    assert extract(page).title == "哪里有网络,哪里就是调解室"
    page = f"北京启动开展根治欠薪冬季专项行动\n统一执法日下达责令整改通知书31份\n本报讯(记者 解丽){BODY}"
    assert extract(page).title == "北京启动开展根治欠薪冬季专项行动"


def test_an_exclaiming_headline_over_a_time_and_outlet_line():
    doc = extract(f"难事有处说、愁事有人解、有问题请来这里!\n2025-03-24 17:02:05 石榴云/新疆法治报\n{BODY}")
    assert doc.title == "难事有处说、愁事有人解、有问题请来这里!"
    assert doc.published_at == "2025-03-24T17:02:05+08:00"


def test_an_outlet_and_its_day_on_one_line_and_an_unnamed_reporter():
    doc = extract(f"智慧普法平台\n构建平安“大格局”奏响陕西乐章\n法治日报——法治网 2021-12-23\n{BODY}")
    assert (doc.title, doc.published_at, doc.source) == ("构建平安“大格局”奏响陕西乐章", "2021-12-23", "法治日报——法治网")
    assert extract(f"基层善治的电白密码\n\n南方+ 记者\n\n{BODY}").title == "基层善治的电白密码"


def test_the_original_title_when_the_page_prints_no_other_headline():
    doc = extract(f"原标题:前5月辽宁省行政复议案件数量同比增幅超两成\n\n{BODY}")
    assert doc.title == "前5月辽宁省行政复议案件数量同比增幅超两成"


def test_a_long_original_title_with_its_kicker_and_main_line():
    title = "湖北通城县法院依托府院联动破解“民告官”难题,今年以来行政机关“一把手”出庭应诉率保持在100%,实现——告官能见官 出庭又出声"
    assert extract(f"原标题:{title}\n\n{BODY}").title == title
    # a long line opening on another key is a sentence, no field
    line = "经验做法:湖北通城县法院依托府院联动破解“民告官”难题,今年以来行政机关“一把手”出庭应诉率保持在100%"
    assert extract(f"某县法院召开新闻发布会\n{line}\n{BODY}").title == "某县法院召开新闻发布会"


def test_a_column_tag_before_a_mirrors_glossed_headline_is_read_past_its_glosses():
    doc = extract("【能力作風(fēng)建設(shè)】市司法局行政復(fù)議破難題 群眾心暖贈錦旗\n來源:冰城 + 客戶端\n2024/09/26\n"
                  "近日,哈爾濱市司法局行政復(fù)議與應(yīng)訴一處收到了一面錦旗。該錦旗由復(fù)議申請人送來,全年共辦理案件120件。")
    assert doc.title == "市司法局行政復(fù)議破難題 群眾心暖贈錦旗"


def test_keys_of_the_site_a_column_prefix_and_counters_after_the_source():
    doc = extract(f"旗级---解读:奈曼旗人民政府关于印发奈曼旗行政复议工作规则的通知\n\n"
                  f"本站发表时间:[2017-01-10] 来源:首都政法综治网 作者:\n{BODY}")
    assert doc.title == "奈曼旗人民政府关于印发奈曼旗行政复议工作规则的通知"
    assert (doc.published_at, doc.source) == ("2017-01-10", "首都政法综治网")
    assert extract(f"某县召开推进会\n发布时间:2020-09-01 15:04:56    来源:汉滨人大   点击次数:797\n{BODY}").source == "汉滨人大"
    assert extract(f"某县召开推进会\n2018-11-27 17:04   来源: 半岛网 手机看新闻 半岛网 半岛都市报\n{BODY}").source == "半岛网"


def test_a_time_and_the_sites_address_before_the_source_and_a_long_series_name():
    doc = extract(f"中国长安网 > 公众版> 地方动态> 广西\n\n广西法院一审服判息诉率近九成\n\n"
                  f"2012-07-26 10:18:01 http://www.chinapeace.org.cn/ 来源:法制日报 \n\n{BODY}")
    assert (doc.title, doc.published_at, doc.source) == ("广西法院一审服判息诉率近九成", "2012-07-26T10:18:01+08:00", "法制日报")
    doc = extract(f"官方微信 新浪微博\n当前位置: 首页 > 新闻中心 > 法院新闻\n"
                  f"凝聚力量 接续奋斗 走好新时代赶考①|紧跟伟大复兴领航人踔厉奋发\n作者:苏石荣  发布时间:2023-03-15 11:52:37\n{BODY}")
    assert doc.title == "紧跟伟大复兴领航人踔厉奋发"  # (the series' name before the bar is the column's)


def test_a_time_in_hours_and_minutes_after_a_sites_name_and_address():
    doc = extract(f"四川新增10萬個基層調解室\n中央政府門戶網站 www.gov.cn 2012年04月22日 11時32分 來源:四川日報\n{BODY}")
    assert (doc.published_at, doc.source) == ("2012-04-22T11:32:00+08:00", "四川日報")


def test_a_reposts_source_key():
    doc = extract(f"“旋风式”调解纠纷，居民过年不“糟心”\n转自:上海黄浦 2023-01-19 14:43:27\n{BODY}")
    assert (doc.title, doc.source, doc.published_at) == ("“旋风式”调解纠纷，居民过年不“糟心”", "上海黄浦", "2023-01-19T14:43:27+08:00")


def test_the_sites_address_before_a_bracketed_time_and_the_source():
    doc = extract(f"3月成都市长热线接到17万件问题诉求\n\nwww.scol.com.cn  (2018-04-09 08:50:43)  来源:华西都市报  \n{BODY}")
    assert (doc.published_at, doc.source) == ("2018-04-09T08:50:43+08:00", "华西都市报")


def test_a_series_name_before_a_bar_is_no_part_of_a_text_dumps_title():
    doc = extract(f"深读|基层善治的电白密码\n\n2021-07-13 10:00 来源:南方日报\n{BODY}")
    assert doc.title == "基层善治的电白密码"


def test_a_papers_name_and_a_wires_dateline_before_the_headline_and_a_published_date_key():
    assert extract(f"《河北日报》:香河推行农村网格化管理 3000余网格管理员服务全覆盖\n\n31.12.2015  11:58\n\n{BODY}").title == \
        "香河推行农村网格化管理 3000余网格管理员服务全覆盖"
    assert extract(f"中新网长治12月25日电 题:“疙瘩”解在最基层 山西长子多元化解乡村矛盾\n作者 杨静\n{BODY}").title == \
        "“疙瘩”解在最基层 山西长子多元化解乡村矛盾"
    doc = extract(f"殷祖镇2024年法治政府建设工作总结\n\n发表日期:2025-01-23    文章来源:大冶市殷祖镇人民政府\n\n{BODY}")
    assert (doc.published_at, doc.source) == ("2025-01-23", "大冶市殷祖镇人民政府")


@pytest.mark.parametrize("headline,under", [
    ("解决“急难愁” 夏令热线发挥作用", "上海市城建热线服务中心业务科科长 杨炯"),  # a speaker's line
    ("2020年平安宁夏建设工作报告", "宁夏回族自治区党委政法委课题组"),  # a study group
    ("关于官渡区2023年上半年计划执行情况的报告", "官渡区人民政府副区长(提名人选) 吴小军"),  # a speaker with a note on the role
])
def test_a_speakers_line_and_a_study_group_are_no_headline(headline, under):
    assert extract(f"{headline}\n{under}\n{BODY}").title == headline


def test_a_time_inside_the_source_field_a_bracketed_stamp_and_more_keys():
    doc = extract(f"以市民诉求驱动社会治理进阶\n来源: 安徽新闻网-安徽日报 2026-01-13 04:00:53 责编: 刘东伟\n{BODY}")
    assert (doc.published_at, doc.source) == ("2026-01-13T04:00:53+08:00", "安徽新闻网-安徽日报")
    doc = extract(f"年关护薪刻不容缓\nwww.dy.suiningpeace.gov.cn 】 【 2026-02-10 11:20:26 】 【 来源:大英政法\n{BODY}")
    assert (doc.published_at, doc.source) == ("2026-02-10T11:20:26+08:00", "大英政法")
    doc = extract(f"2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n{BODY}")
    assert (doc.published_at, doc.source) == ("2023-12-29", "政策法规科")
    doc = extract(f"2020年度湖北省行政复议数据统计\n栏目:湖北省司法厅-通知公告 发布时间:2020-12-30 加入收藏\n{BODY}")
    assert doc.published_at == "2020-12-30"
    doc = extract(f"某县开展调研\n来源:惠民融媒收集编辑:惠民融媒\n{BODY}")
    assert doc.source == "惠民融媒"
    assert extract(f"某市消费投诉分析\n来源:市市场监管局(市知识产权局)\n{BODY}").source == "市市场监管局(市知识产权局)"  # (as printed)


def test_a_publication_line_among_a_tables_bars_after_the_sites_address():
    doc = extract(f"山东工会依法为民工撑腰\n\nhttp://www.sina.com.cn 2005年08月13日09:30 大众网 | |||||||||\n{BODY}")
    assert (doc.published_at, doc.source) == ("2005-08-13T09:30:00+08:00", "大众网")


def test_an_editors_note_under_its_label_above_the_headline_and_the_agencies_that_wrote_it():
    note = "2025年4月26日，第七届“法治政府奖”终评会在北京举行，最终20个项目获得第七届“法治政府奖”，系列推送获奖项目展示。"
    doc = extract(f"编者按:\n{note}\n广州构建府院联动调解机制推动行政争议实质化解\n广州铁路运输中级法院 广州市司法局\n{BODY}")
    assert doc.title == "广州构建府院联动调解机制推动行政争议实质化解"
    assert doc.body.startswith(note) and 20.0 in [m.value for m in doc.metrics]


def test_keys_without_colons_and_a_layout_tables_empty_cells_around_the_header():
    doc = extract(f"平舆县双庙乡:多元化解矛盾纠纷 力创“平安法治星”\n发表时间 2023-10-30 15:06   阅读 7837\n{BODY}")
    assert (doc.title, doc.published_at) == ("平舆县双庙乡:多元化解矛盾纠纷 力创“平安法治星”", "2023-10-30T15:06:00+08:00")
    doc = extract(f"山东工会依法为民工撑腰 | |||||||||\n---|---|---|---|---|---|---|---|---|---|\n{BODY}")
    assert doc.title == "山东工会依法为民工撑腰"


def test_a_headline_in_a_layout_tables_cell_over_the_cell_of_its_time():
    doc = extract(f"我县迎接市普法工作验收 |\nhttp://www.nhnews.com.cn 宁海新闻网 2015年06月19日 08:25:05 |\n{BODY} |")
    assert (doc.title, doc.published_at) == ("我县迎接市普法工作验收", "2015-06-19T08:25:05+08:00")
    doc = extract(f"|\n某市转办群众信访举报件情况(第二十四批) |\n(2017年9月2日12时—9月3日12时) |\n|\n{BODY}")
    assert doc.title == "某市转办群众信访举报件情况(第二十四批)"
    # a headline alone in a cell right over the article's first paragraph (under a metadata table's rows); not a
    # column's label, a letterhead or a table's caption under the headline
    for label in ("| 通知公告 |", "| 某县人民政府办公室文件 |", "| 打印本页 关闭窗口 |", "| 欢迎访问某某县政府信息公开平台 |",
                  "| 学习贯彻党的二十大精神 |"):
        assert extract(f"{label}\n{BODY}").title is None
    doc = extract(f"某县一季度经济运行情况\n| 2024年一季度主要指标完成情况 |\n{BODY}")
    assert doc.title == "某县一季度经济运行情况"
    doc = extract(f"| 天津市滨海新区新村街道2025年度法治政府建设情况报告 |\n{BODY}")
    assert doc.title == "天津市滨海新区新村街道2025年度法治政府建设情况报告" and not doc.body.startswith("|")
    doc = extract(f"组配分类 | 计划总结 | 发布机构 | 飞云街道 |\n生成日期 | 2023-12-13 | 公开方式 | 主动公开 |\n飞云街道2023年度工作总结 |\n{BODY}")
    assert (doc.title, doc.published_at) == ("飞云街道2023年度工作总结", "2023-12-13")
    # …but not a portal header's links in a cell
    doc = extract(f"央视网|中国网络电视台|网站地图 |\n客服设为首页 |\n{BODY}")
    assert doc.title != "客服设为首页" and "设为首页" not in doc.body
    # …but a guide's step naming them stays
    assert "3.点击设为首页" in extract(f"某县政务服务网使用指南\n{BODY}\n3.点击设为首页\n{BODY.replace('1200件', '1300件')}").body
    # a data table dumped a cell a line keeps its cells: no headline from its first cell
    doc = extract("受理总量 |\n诉求来源 |\n数量 |\n占比 |\n38447 |\n电话 |\n34859 |\n90.67% |\n" + BODY)
    assert doc.title != "受理总量"


def test_a_closing_source_in_brackets_an_unknown_key_after_the_source_and_benwen_laiyuan():
    doc = extract(f"平顶山市新华区:“访调对接”化解矛盾\n发布时间:2022-12-12 15:23\n{BODY}确保把矛盾纠纷化解在基层。（来源:新华区委宣传部  丁需学  李颖）")
    assert doc.source == "新华区委宣传部"
    doc = extract(f"椒江区婚姻家庭纠纷调解工作室揭牌\n发布时间:2022-11-01  来源:今日椒江  发布开发区:浙江台州经济开发区\n{BODY}")
    assert doc.source == "今日椒江"
    assert extract(f"某县开展送法下乡活动\n27.12.2016 18:40\n本文来源: 司法厅\n{BODY}").source == "司法厅"


def test_more_whole_dates_in_urls():
    from extractor.published import date_from_url
    assert date_from_url("http://m.bm-sj.com/html/news/area/damingxian/2017_05/29/200214004.html") == "2017-05-29"
    assert date_from_url("https://www.yncaw.gov.cn/html/2025/mdgfhhhxfj-lm3_0723/135534.html") == "2025-07-23"
    assert date_from_url("https://news.qq.com/rain/a/20241225A02B7T00") == "2024-12-25"
    assert date_from_url("https://chinawznews.net/binhe/202012256973.html") is None  # (a number, no whole date)
    assert date_from_url("http://wxrb.luaninfo.com/p/a.aspx?id=10722&t=7&time=2017-05-27") == "2017-05-27"
    assert date_from_url("http://example.gov.cn/show.aspx?id=20170527") is None  # (an id, not a date parameter)


def test_a_sites_address_glued_to_the_publication_day():
    doc = extract(f"为残疾人撑起法律“保护伞” |\nhttp://www.tlnews.com.cn/2021年08月11日 09:29:19 |\n{BODY}")
    assert doc.published_at == "2021-08-11T09:29:19+08:00"


# (the page's head, the title, furniture of it that must not reach the body); BODY follows each head
HEADLINES = [
    # a site's welcome banner over an interview's headline that ends with the official's name
    ("欢迎访问沾河重点国有林管理局官方网站!\n\n真情接访解民忧——访沾河重点国有林管理局局长刘福洋",
     "真情接访解民忧——访沾河重点国有林管理局局长刘福洋", ("欢迎访问",)),
    # a column's name before the publication line's fields, a source glued to its time, a web editor
    ("合力化解矛盾 广西探索边境地区民事纠纷调解机制\n\n广西新闻|来源:广西新闻网-广西日报2018-10-10 11:10:34|网络编辑:孟宪静\n\n"
     "调出和谐一片天\n\n——广西探索边境地区民事纠纷调解新机制观察", "合力化解矛盾 广西探索边境地区民事纠纷调解机制", ("孟宪静",)),
    # a metadata grid whose labels lost their first character (称: …), then the headline alone
    ("您当前的位置: 首页 >> 楚雄市司法局 >> 正文\n发布机构: 楚雄市司法局 生成日期:\n称: 用好“法律明白人” 助力基层治理提质增效\n号:\n\n"
     "用好“法律明白人” 助力基层治理提质增效\n\n发表时间:", "用好“法律明白人” 助力基层治理提质增效", ()),
    # the column's name printed again under the breadcrumb, over a metadata grid
    ("当前位置: 首页 > 政务公开 > 政府信息公开专栏 > 法定主动公开内容 > 政府文件\n\n政府文件\n\n"
     "索 引 号 11152525011676612K/2021-00059 主题分类 其他\n发布机构 人民政府办公室 文  号\n成文日期 2021-03-29\n\n"
     "东乌旗人民政府关于2015-2020年度法治政府建设有关情况的报告\n\n发布日期:2021-03-30 00:00",
     "东乌旗人民政府关于2015-2020年度法治政府建设有关情况的报告", ("政府文件",)),
    # the writers' names over the publication line; an e-paper's word count
    ("“僜人调解队”:群众有事商量着办\n\n王泽昊、柳春伟\n2022年05月25日10:20 | 来源:新华社", "“僜人调解队”:群众有事商量着办", ("柳春伟",)),
    ("当前版:08版\n发布日期:2026年01月22日 上一版  下一版\n我市一个集体三名个人获省高院表扬\n文章字数:1063",
     "我市一个集体三名个人获省高院表扬", ("1063",)),
    # a report's title closed by an empty cell over a layout table's rules
    ("2025年2月份投诉情况分析第二期(总247期) |\n||||||||||||\n|\n||||||||||||",
     "2025年2月份投诉情况分析第二期(总247期)", ()),
    # a news conference's name over its publication line and its programme
    ("【负责人解读】寿县医保基金监管工作新闻发布会\n\n发布时间:2025-06-27 09:07信息来源:寿县人民政府\n\n"
     "发布地点:寿县医疗保障局局机关会议室\n\n主持人:闫珊珊(局办公室 副主任)",
     "寿县医保基金监管工作新闻发布会", ()),
    # a paper's name before a colon; a site's name bulleted over the publication line; spaced bylines
    ("黄山日报:知识产权有纠纷 人民调解巧化解", "知识产权有纠纷 人民调解巧化解", ()),
    ("大理州两级法院知识产权审判工作新闻发布会举行\n\n  • 大理州人民政府门户网站\n  • 发布时间:2023年07月24日\n  • 来源: 大理日报",
     "大理州两级法院知识产权审判工作新闻发布会举行", ()),
    ("第A01版:要闻\n\n“老兵调解”:社会治理“首创之举”\n\n——破译“淮安模式”的成功密码\n\n■融媒体记者 孔 雪\n\n通 讯 员 胡加云 雷 易",
     "“老兵调解”:社会治理“首创之举”", ()),
    # a speaking agency with a colon, an outlet's byline
    ("仙居县司法局:\n从20.17%降至0.9%,开拓行政争议化解新局面\n台州政法融媒体中心 赵梦琴",
     "仙居县司法局:从20.17%降至0.9%,开拓行政争议化解新局面", ()),
    # an agency's name broken over two lines
    ("重庆市沙坪坝区人民政府小龙坎街道\n办事处2023年政府信息公开工作年度报告\n一、总体情况",
     "重庆市沙坪坝区人民政府小龙坎街道办事处2023年政府信息公开工作年度报告", ()),
    # a site's buttons, a share pop-up, an audio player
    ("宁夏:以“三严三实”精神 推进信访规范化建设\n\n共产党员网 打印 纠错\n微信扫一扫 ×\n收听本文 00:00/00:00\n",
     "宁夏:以“三严三实”精神 推进信访规范化建设", ("收听本文",)),
    # a title over its occasion, its trailing dashes
    ("湖北省高级人民法院工作报告——\n2023年1月14日在湖北省第十四届人民代表大会第一次会议上\n湖北省高级人民法院院长 游劝荣\n各位代表:",
     "湖北省高级人民法院工作报告", ()),
    # an e-paper headline over the page it goes on from
    ("2022年07月27日\n\n平安和谐“新牧区”\n\n(上接第一版)\n\n党建引领 打造和谐牧区\n", "平安和谐“新牧区”", ("上接",)),
    # a flipbook page's header and page number
    ("Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告\nP. 8\n五、政府信息公开工作存在的主要问题及改进情况",
     "威海市文登区信访局2022年政府信息公开工作年度报告", ("Page 8", "P. 8")),
    # a place alone over its headline
    ("额尔古纳\n打造“四无讼”治理模式\n2023-01-31 10:24:32 | 来源:人民法院报", "额尔古纳打造“四无讼”治理模式", ()),
    # a report's occasion broken over lines
    ("台州市椒江区人民法院工作报告\n\n2021年3月10日在台州市椒江区第十届\n\n人民代表大会第五次会议上\n\n台州市椒江区人民法院院长  陈艳\n\n各位代表:",
     "台州市椒江区人民法院工作报告", ()),
    # a read-aloud button
    ("巡回便民提质效 法庭“走”进蒙古包\n\n语音朗读:语音播报\n", "巡回便民提质效 法庭“走”进蒙古包", ("语音",)),
    # a community's name alone over a headline that opens with a verb; an institution's short name with a colon
    ("秦州区藉水南路社区\n开展矛盾纠纷入户排查\n天水日报\n2025年07月10日", "秦州区藉水南路社区开展矛盾纠纷入户排查", ()),
    ("嵊州公安:\n用“小数据”流转“大平安”\n本报首席记者 陈佳妮", "嵊州公安:用“小数据”流转“大平安”", ()),
    # a deck of approximate figures under the headline
    ("河曲有支“五老”调解队\n18年化解600多起纠纷 涉及金额4300多万元\n本报记者 郝永峰 通讯员 石东奇 字数:\n"
     "《 忻州日报 》( 2025年04月18日 第 01 版 )", "河曲有支“五老”调解队", ()),
    # an app's post time, the day's page shown, spaced-out names
    ("非警务警情“一件事”联动提升治理效能\n奔流新闻13小时前\n当前版:08版\n郑 璐 朱 玲",
     "非警务警情“一件事”联动提升治理效能", ("小时前", "郑 璐")),
    # an agency named with verbal nouns, under a report's occasion
    ("关于多元化解矛盾纠纷工作情况的调研报告\n——2023年6月15日在上海市嘉定区第七届人民代表大会\n常务委员会第十次会议上\n"
     "嘉定区人大监察和司法委员会\n主任、各位副主任，各位委员：", "关于多元化解矛盾纠纷工作情况的调研报告", ()),
]


@pytest.mark.parametrize("head,title,furniture", HEADLINES, ids=[t for _, t, _ in HEADLINES])
def test_headlines_among_page_furniture(head, title, furniture):
    doc = extract(head + "\n" + BODY)
    assert doc.title == title
    assert not any(f in doc.body for f in furniture)


def test_a_poster_before_the_time_and_a_signed_date_at_the_end_give_the_publication_day():
    text = ("全省检察机关实现群众来信7日内100%回复\n\nAdmin 2020-07-02\n\n"
            "8日，省检察院召开新闻发布会，通报群众信访件件有回复工作情况，全省检察机关共收到群众来信1.2万件。")
    assert extract(text).published_at.startswith("2020-07-02")
    text = ("某旗矛盾纠纷排查化解\n截至目前排查发现的矛盾纠纷中已有56起成功化解，另外2起也正在积极调处中，纠纷调解率100%。"
            "\n王凤虎 杨晓天\n2023年11月2日")
    assert extract(text).published_at.startswith("2023-11-02")


def test_a_source_of_two_outlets_keeps_both_and_a_writer_after_a_slash_goes():
    from extractor.api import _clean_source
    assert _clean_source("石榴云/新疆日报") == "石榴云/新疆日报"
    assert _clean_source("江苏广电融媒体新闻中心/许宸") == "江苏广电融媒体新闻中心"


def test_a_report_link_after_the_source_goes_but_a_reporting_centre_stays():
    from extractor.api import _clean_source
    assert _clean_source("新京报 举报") == "新京报"  # (a portal's 举报 link beside its 来源 line)
    assert _clean_source("县纪委监委 举报中心") == "县纪委监委 举报中心"


def test_a_traditional_mirrors_pinyin_glosses_hide_no_publication_line_nor_original_title():
    text = ("關(guān)于盤錦市12345熱線平臺(tái)1-4月份訴求辦理情況的通報(bào)\n"
            "發(fā)布日期:2023-06-09 瀏覽次數(shù):4579\n"
            "2023年1-4月份,市12345熱線平臺(tái)共受理各類訴求9.67萬(wàn)件,辦結(jié)率97.48%。")
    doc = extract(text)
    assert doc.title == "關(guān)于盤錦市12345熱線平臺(tái)1-4月份訴求辦理情況的通報(bào)"
    assert doc.published_at == "2023-06-09"
    # (the rules read past the mirror's glosses; the record gives the text as printed, as its annotators copy it)
    assert [(m.text, m.value, m.unit) for m in doc.metrics] == [("9.67萬(wàn)件", 96700.0, "件"), ("97.48%", 97.48, "%")]
    assert all(doc.body[m.start:m.end] == m.text for m in doc.metrics)
    assert doc.metrics[1].indicator == "辦結(jié)率"
    assert [(d.text, doc.body[d.start:d.end]) for d in doc.dates if d.field == "body"] == [("2023年1-4月份", "2023年1-4月份")]
    reprint = ("原標(biāo)題:全省春運(yùn)期間交通事故降一半\n"
               "春運(yùn)期間,全省共發(fā)生道路交通事故120起,同比下降50.2%,這是近年來的最好成績。")
    assert extract(reprint).title == "全省春運(yùn)期間交通事故降一半"


def test_a_source_keeps_the_pinyin_gloss_a_mirror_printed_after_it():
    text = ("程莊鎮(zhèn):全面開展安全生產(chǎn)大排查\n文章來源:民權(quán)網(wǎng) 文章作者:張軒銘\n"
            "時(shí)間:2024-05-06\n今年以來,全鎮共排查整改安全隱患120處,整改率達(dá)100%,確保了全鎮安全生產(chǎn)形勢穩定。")
    assert extract(text).source == "民權(quán)網(wǎng)"
    garbled = ("全省檢察機關公益訴訟工作白皮書解讀\n來源:青海日?qǐng)?bào)\n發(fā)布時(shí)間:2025-02-27 07:18:48\n"
               "2024年,全省檢察機關共立案辦理公益訴訟案件1520件,同比上升12.5%,督促整改問題點位300余個。")
    assert extract(garbled).source == "青海日?qǐng)?bào)"  # (the gloss's opening bracket garbled: its closing one stays)
    from extractor.api import _clean_source
    assert _clean_source("新华社(记者 张三)") == "新华社"  # (a writer in brackets still goes)


def test_a_welcome_banner_or_a_sites_name_over_the_headline_is_no_headline_over_a_subtitle():
    text = ("您好,歡迎訪問(wèn)中國(guó)食品安全網(wǎng)!\n\n2021年大同市食品抽檢合格率達(dá)97.91%\n\n"
            "2022-02-28 17:42來(lái)源:大同日?qǐng)?bào) 編輯:邢丹\n\n"
            "2月27日,記者從大同市市場(chǎng)監(jiān)督管理局了解到,2021年,全市食品抽檢合格率為97.91%,比上年提高0.5個百分點。")
    assert extract(text).title == "2021年大同市食品抽檢合格率達(dá)97.91%"
    text = ("采购人-政府采购信息网\n\n广西:加强司法所规范化建设 提高公共法律服务成效\n\n"
            "作者: 发布于:2018-09-10 15:47:37 来源:法制日报\n\n"
            "  广西壮族自治区现有司法所1246个,司法所工作人员4233人,所均3.4人。近年来,广西司法厅认真贯彻落实司法部部署。")
    assert extract(text).title == "广西:加强司法所规范化建设 提高公共法律服务成效"


def test_a_page_in_traditional_script_without_glosses_has_its_lines_read_in_simplified_form():
    text = ("當前位置:首頁 > 要聞\n在線就能解決消費糾紛 江蘇將推進ODR縣區級覆蓋\n"
            "2020-05-27 09:07 本文來源:中國消費者報•中國消費網 作者:方方\n\n"
            "  近日,江蘇省市場監管局下發通知,在已發展97家12315平臺ODR成員企業基礎上,推進在線消費糾紛解決工作。\n\n"
            "中國新聞網·四川新聞版權與免責聲明:\n\n"
            "① 凡本網注明\"來源:本網\"的所有作品,版權均屬于中新社,未經本網授權不得轉載、摘編或利用其它方式使用上述作品。")
    doc = extract(text)
    assert (doc.title, doc.published_at, doc.source) == (
        "在線就能解決消費糾紛 江蘇將推進ODR縣區級覆蓋", "2020-05-27T09:07:00+08:00", "中國消費者報•中國消費網")
    assert "凡本網注明" not in doc.body and "97家" in doc.body  # (the site's notice of its rights, in traditional script)


def test_a_story_ends_on_its_end_mark_and_what_follows_is_no_part_of_it():
    text = ("宁夏公安机关2022年工作成效显著\n发布时间:2023-01-18 16:20\n"
            "2022年,全区刑事案件破案率96.8%,破获涉企案件174起,挽回经济损失1.03亿元。(完)\n"
            "卫冕冠军纳达尔遭横扫出局 ******\n"
            "北京时间18日下午,在2023澳网男单第二轮焦点战中,卫冕冠军纳达尔以0比3不敌对手,今年初他就多次被问到是否会退役。")
    doc = extract(text)
    assert doc.body.endswith("1.03亿元。(完)") and not any("纳达尔" in m.title for m in doc.measures)
    assert "今年初" not in [d.text for d in doc.dates]
    kept = "全区共调解纠纷120件（完成率100%）。\n下一步,全区将继续深化调解工作,新增调解员30名。"
    assert "新增调解员30名" in extract("某区调解工作\n发布时间:2023-01-18\n" + kept).body  # (完成率: no end mark)


def test_a_date_in_an_escaped_address_is_read():
    from extractor.published import date_from_url
    assert date_from_url("https://www.example.gov.cn/Modules/DocView.aspx?FileName=%2fAttachments%2ffile%2f20220718%2fP020220718161658092385.doc") == "2022-07-18"


@pytest.mark.parametrize("text, published", [
    ("政府文件\n索 引 号 11152525011676612K/2021-00059 主题分类 其他\n发布机构 人民政府办公室 文  号\n成文日期 2021-03-29\n\n"
     "东乌旗人民政府关于2015-2020年度法治政府建设有关情况的报告\n\n发布日期:2021-03-30 00:00\n分享到:\n"
     "东乌旗人民政府坚持依法行政，纲要中涉及我旗任务132项，已完成130项，目标任务完成率98%。", "2021-03-30T00:00:00+08:00"),
    # (…and a document's date in a metadata table's cells, 生成日期 | 2023-03-01 |)
    ("索引号 | K16059520/2023-106128 | ||\n组配分类 | 政府建设 | 发布机构 | 白鹤街道 |\n生成日期 | 2023-03-01 | 公开方式 | 主动公开 |\n"
     "白鹤街道2022年度法治政府建设报告 | ||\n发布时间: 2023-03-14 14:40 信息来源: 白鹤街道 | ||\n"
     "2022年，白鹤街道深入推进法治政府建设，全年共受理行政复议案件12件，办结12件，纠错率为零。", "2023-03-14T14:40:00+08:00"),
    # (…and in one row of cells, the publication key's value: | 成文日期 | … | 发布日期 | … |)
    ("| 索引号 | 11341200MB1234567X/2023-00112 |\n| 成文日期 | 2023-03-01 | 发布日期 | 2023-03-05 |\n"
     "太和县2022年度法治政府建设情况报告\n"
     "2023年，全县深入推进法治政府建设，全年共办理行政复议案件36件，行政诉讼案件应诉率100%，全县各部门开展普法活动120余场。",
     "2023-03-05"),
])
def test_a_publication_line_replaces_a_documents_own_date_printed_before_it(text, published):
    assert extract(text).published_at == published


def test_a_time_printed_under_the_article_does_not_replace_the_pages_own():
    text = ("索引号 | 000014349/2023-00088 | 发布机构 | 涡阳县司法局 |\n生成日期 | 2023-03-01 | 公开方式 | 主动公开 |\n"
            "涡阳县2022年度法治政府建设情况报告\n"
            "2023年，全县深入推进法治政府建设，全年共办理行政复议案件36件，行政诉讼案件应诉率100%，全县各部门开展普法活动120余场。\n"
            "相关文章\n涡阳县司法局开展法律援助宣传活动\n发布时间：2023-04-02\n")
    assert extract(text).published_at == "2023-03-01"  # (a related article's time)


def test_a_printed_source_replacing_the_tables_publishing_body_leaves_its_place_to_the_region():
    text = ("| 索引号 | 11340603MB1234567X/2023-00088 | 发布机构 | 相山区人民政府办公室 |\n| 生成日期 | 2023-03-01 | 公开方式 | 主动公开 |\n"
            "关于做好2023年春季森林防火工作的通知\n发布时间：2023-03-02 10:00  信息来源：区政府办\n"
            "各镇人民政府、街道办事处，区直各单位：当前正值春季森林防火关键期，请各单位切实加强火源管控，严防森林火灾发生，确保全区森林资源安全。")
    doc = extract(text)
    assert (doc.source, doc.published_at, doc.region.adcode) == ("区政府办", "2023-03-02T10:00:00+08:00", "340603")


def test_an_update_time_gives_way_to_the_publication_time_and_a_document_date():
    doc = extract(f"硚口区政府办公室2025年政府信息公开工作年度报告\n\n更新时间:2026-01-28 14:53 发布时间:2026-01-28 14:50 "
                  f"来源:硚口区政府办\n\n{BODY}")
    assert doc.published_at == "2026-01-28T14:50:00+08:00"
    doc = extract(f"发布机构: 连云港市12345政府公共服务中心 发文日期: 2021-08-18\n\n12345在线简报2021年第8期\n\n"
                  f"点击数: 更新时间:2021-09-02 15:45\n\n{BODY}")
    assert doc.published_at == "2021-08-18"
    for header in ("更新时间：2024-03-05 09:00 成文日期：2024-02-28", "成文日期：2024-02-28 更新时间：2024-03-05 09:00",
                   "更新时间：2024-03-05 09:00\n成文日期：2024-02-28"):  # (in either order, on one line or two)
        assert extract(f"某县司法局2023年法治政府建设情况报告\n{header}\n{BODY}").published_at == "2024-02-28"


_TRAINING = "4月6日，县司法局在双塔镇政府会议室举办人民调解员培训会，全县120名人民调解员参加培训。"
_MARKET = "今年以来，县市场监管局畅通投诉举报渠道，共受理投诉举报126件，办结率100%。"

# Publication lines among page furniture: the title, the time (to the minute when printed) and
# the source each page gives.
PUBLICATION_LINES = [
    ("a_view_counter_before_a_published_key_without_its_colon",
     f"河东区司法局开展“法律援助宣传月”系列活动\n\n1341次观看作品发布于2018-10-12 11:36\n\n0 收藏\n\n{BODY}",
     None,
     ("河东区司法局开展“法律援助宣传月”系列活动", "2018-10-12T11:36:00+08:00", None)),
    ("an_editors_name_run_into_the_time_and_a_content_source_key",
     f"房东租客因租金酿矛盾 新澜“和事厅”巧解纠纷\n\n编辑:陶倩2018-11-15 08:16内容来源:宝安日报\n\n{BODY}",
     None,
     ("房东租客因租金酿矛盾 新澜“和事厅”巧解纠纷", "2018-11-15T08:16:00+08:00", "宝安日报")),
    ("a_metadata_list_of_bulleted_keys_over_their_values",
     "登录 | 注册\n  • 索引号\n    000014348/2022-00630\n  • 发布机构\n    马鞍底乡人民政府\n  • 文号\n  • 发布日期\n"
     f"    2022-02-19\n  • 时效性\n    有效\n\n马鞍底乡2021年政府信息公开工作年度报告\n\n{BODY}",
     None,
     ("马鞍底乡2021年政府信息公开工作年度报告", "2022-02-19", "马鞍底乡人民政府")),
    ("a_line_of_fields_run_into_the_first_paragraphs_dateline",
     "永州宁远:搭建“三大平台” 提升公职律师履职能力\n文章来源:湖南长安网 作者: 陈宏庆 蒋丽娟 时间:2023-11-22 10:43:05"
     "湖南长安网11月20日讯(通讯员 陈宏庆 蒋丽娟 )为深入推进依法行政，宁远县司法局坚持注重搭建管理、交流、实战“三大平台”。" + BODY * 3,
     None,
     ("永州宁远:搭建“三大平台” 提升公职律师履职能力", "2023-11-22T10:43:05+08:00", "湖南长安网")),
    ("the_writer_the_outlet_and_the_time_and_the_reviewers_under_the_article",
     f"湖南河长制工作连续4年获得激励\n\n彭雅惠   湖南日报·新湖南客户端   2023-10-27 09:36:29\n\n{BODY}\n\n"
     "责编:彭雅惠\n\n一审:彭雅惠\n\n二审:张尚武\n\n三审:李伟锋\n\n来源:湖南日报·新湖南客户端",
     None,
     ("湖南河长制工作连续4年获得激励", "2023-10-27T09:36:29+08:00", "湖南日报·新湖南客户端")),
    ("a_list_items_bullet_before_the_headline",
     f"  • 成文日期:\n    2023-05-04\n  • 中共金华市婺城区文化和旅游体育局党组关于巡察整改情况的通报\n"
     f"    日期:2023-05-04 08:46:31 来源:区文旅体局 浏览量:\n{BODY}",
     None,
     ("中共金华市婺城区文化和旅游体育局党组关于巡察整改情况的通报", "2023-05-04T08:46:31+08:00", "区文旅体局")),
    ("an_outlets_local_station_between_headline_and_time",
     f"娄星区平稳推进车辆超限超载治理\n红网娄底站\n \n08-14 15:24\n\n{BODY}",
     "http://ld.rednet.cn/c/2015/08/14/3766711.htm",
     ("娄星区平稳推进车辆超限超载治理", "2015-08-14T15:24:00+08:00", "红网娄底站")),
    ("a_publication_line_between_cell_rules",
     f"省司法厅:为退役军人提供优质便捷法律援助\n| 2026-01-09 16:09:19 来源:福建省退役军人事务厅 责任编辑:卓志沐 我来说两句 |\n{BODY}",
     None,
     ("省司法厅:为退役军人提供优质便捷法律援助", "2026-01-09T16:09:19+08:00", "福建省退役军人事务厅")),
    ("an_outlet_name_before_the_publication_time_and_source",
     "话剧《约定无期限》河北各市巡演结束\n新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报\n"
     "6月3日，话剧《约定无期限》在沧州市人民会堂上演，这是该剧在我省各设区市巡演的最后一场演出。",
     None,
     ("话剧《约定无期限》河北各市巡演结束", "2012-06-04T09:20:26+08:00", "河北日报")),
    ("keys_alone_on_their_lines_with_their_values_below",
     f"滑县万古镇人民政府关于2025年法治政府建设情况的报告\n发布时间:\n2026-03-04\n作者:\n来源:\n万古镇人民政府\n{BODY}",
     None,
     ("滑县万古镇人民政府关于2025年法治政府建设情况的报告", "2026-03-04", "万古镇人民政府")),
    ("an_outlet_over_a_day_and_time_without_the_year_takes_the_year_from_the_address",
     "立即打开\n平安泸溪:人民调解组织网格定位实现全覆盖\n团结报\n \n04-17 09:35\n\n"
     "团结报4月17日报道  4月16日，记者从泸溪县司法局获悉：该县加强人民调解组织建设，建成调解组织156个。",
     "http://moment.rednet.cn/rednetcms/news/localNews/20150417/97856.html",
     ("平安泸溪:人民调解组织网格定位实现全覆盖", "2015-04-17T09:35:00+08:00", "团结报")),
    ("writers_between_the_time_and_the_source",
     "龙岩:部门合力为685名农民工领到700多万元欠薪\n"
     "www.fjsen.com 2015-01-12 15:19:26 简华良 林添福 苏琳 来源:东南网 我来说两句\n" + BODY,
     None,
     ("龙岩:部门合力为685名农民工领到700多万元欠薪", "2015-01-12T15:19:26+08:00", "东南网")),
    ("a_source_given_as_the_articles_address_gives_its_day",
     "县司法局举办人民调解员培训会\n" + _TRAINING + "\n责任编辑:魏甜甜\n文章来源:http://www.zmdnews.cn/2020/1022/615533.shtml",
     "http://app.zmdnews.cn/print.php?contentid=615533",
     ("县司法局举办人民调解员培训会", "2020-10-22", "http://www.zmdnews.cn/2020/1022/615533.shtml")),
    ("a_source_before_its_author_editor_and_counter",
     "县司法局举办人民调解员培训会\n文章来源:民权网 文章作者:吴杰 责任编辑:薛皓 点击数:\n时间:2023-04-06 16:15\n" + _TRAINING,
     None,
     ("县司法局举办人民调解员培训会", "2023-04-06T16:15:00+08:00", "民权网")),
    ("a_source_glued_to_a_font_size_field",
     "寿县医保基金监管工作新闻发布会\n发布时间:2025-06-27 09:07信息来源:寿县人民政府文字大小:[    ] 背景色:\n" + _TRAINING,
     None,
     ("寿县医保基金监管工作新闻发布会", "2025-06-27T09:07:00+08:00", "寿县人民政府")),
    ("a_source_in_a_closing_bracket_of_fields",
     "县市场监管局全力营造放心消费环境\n" + _MARKET + "(通讯员:马丽娜、王英茹;审稿人:马江北;来源:青河县市场监督管理局)",
     None,
     ("县市场监管局全力营造放心消费环境", None, "青河县市场监督管理局")),
    ("a_source_after_a_slash_credits_the_article_above_it",
     "乌兰察布市12345服务热线实现全市全覆盖\n" + _MARKET + "\n来源/市政府办\n图片/各旗县区政府办\n版权声明\n一、凡注明来源为本网的作品，版权均属本网。",
     None,
     ("乌兰察布市12345服务热线实现全市全覆盖", None, "市政府办")),
    ("a_source_opening_with_its_day",
     "泗县法律援助帮农民工讨薪110余万\n" + _MARKET + "\n来源:2017年3月2日安徽日报",
     None,
     ("泗县法律援助帮农民工讨薪110余万", None, "2017年3月2日安徽日报")),
    ("a_source_that_contributed_the_release",
     "祁阳市司法局公共法律服务体系建设打通“最后一公里”\n" + _MARKET + "\n(祁阳市司法局供稿)\n原文链接",
     None,
     ("祁阳市司法局公共法律服务体系建设打通“最后一公里”", None, "祁阳市司法局")),
    ("a_source_glued_to_its_time_after_a_columns_name",
     "合力化解矛盾 广西探索边境地区民事纠纷调解机制\n广西新闻|来源:广西新闻网-广西日报2018-10-10 11:10:34|网络编辑:孟宪静\n" "广西与越南的陆地边境线长达1020公里，近年来边境地区调解组织共调解纠纷1200余件。",
     None,
     ("合力化解矛盾 广西探索边境地区民事纠纷调解机制", "2018-10-10T11:10:34+08:00", "广西新闻网-广西日报")),
    ("a_papers_name_opening_the_article_is_its_source",
     "浙江日报 杭州市滨江区企业较多，近年来外来务工人员增多。今年6月，滨江推出“调解码”，截至目前已调解纠纷1200余件。",
     None,
     (None, None, "浙江日报")),
    ("no_paper_name_no_source",
     "今年以来，全县共调解纠纷1200余件，调解成功率98%。",
     None,
     (None, None, None)),
    ("a_slash_left_after_the_day",
     f"过去五年全省检察机关立案公益诉讼案件1.4万件\n 2022/08/11/ 16:08 来源:每日甘肃网 记者 王宇晨\n{BODY}",
     None,
     ("过去五年全省检察机关立案公益诉讼案件1.4万件", "2022-08-11T16:08:00+08:00", "每日甘肃网")),
    ("a_deck_run_into_the_source_key",
     f"我市举办基层婚调工作“大比武”活动\n王献宇出席来源:七台河日报 2025-08-29\n作者:\n编辑:王菁\n{BODY}",
     None,
     ("我市举办基层婚调工作“大比武”活动", "2025-08-29", "七台河日报")),
    ("a_dateline_with_the_outlet_and_its_writer",
     f"县行政审批局:局长进大厅 服务零距离\n\n2021-04-07 09:59   竹山县融媒体中心   陈兴云\n{BODY}",
     None,
     ("县行政审批局:局长进大厅 服务零距离", "2021-04-07T09:59:00+08:00", "竹山县融媒体中心")),
    ("a_dateline_with_a_bar_the_outlet_and_its_reporters",
     f"2020-11-26 08:07 |浙江新闻客户端 记者 侯明明 徐贤飞 通讯员 倪国栋\n{BODY}",
     None,
     (None, "2020-11-26T08:07:00+08:00", "浙江新闻客户端")),
    ("a_metadata_row_of_keys_without_colons_is_no_headline",
     "首页\n> 政务公开 > 通知公告\n索引号 001008003015022/2021-00003\n组配分类 通知公告 发布机构 市文化广电旅游局\n" f"生成日期 2021-01-11 公开方式 主动公开\n温州市旅游业服务质量投诉情况公告\n{BODY}",
     None,
     ("温州市旅游业服务质量投诉情况公告", "2021-01-11", "市文化广电旅游局")),
    ("a_photo_label_is_no_headline_and_the_outlet_stands_between_headline_and_time",
     "“荷”风满城尽飘香 ——淮阳探索实践矛盾纠纷源头化解模式\n\n周口日报\n\n|\n\n2022-07-06 10:20:58\n\n" f"淮阳龙湖   资料图\n\n{BODY}",
     None,
     ("“荷”风满城尽飘香 ——淮阳探索实践矛盾纠纷源头化解模式", "2022-07-06T10:20:58+08:00", None)),
    ("a_font_size_widget_after_the_source",
     f"西安碑林法院多维发力闭环解决金融纠纷\n2025-07-27 06:36:09 来源:法治日报-法治网 -标准+\n{BODY}",
     None,
     ("西安碑林法院多维发力闭环解决金融纠纷", "2025-07-27T06:36:09+08:00", "法治日报-法治网")),
    ("a_text_dump_opening_with_a_broken_tag_is_text",
     f"< img src=\"\"/>\n\n株洲市举行司法鉴定工作新闻发布会\n\n湖南司法厅 www.hnssft.gov.cn 时间:2018年01月18日 00:00 【字体:\n\n{BODY}",
     None,
     ("株洲市举行司法鉴定工作新闻发布会", "2018-01-18T00:00:00+08:00", "湖南司法厅")),
    ("a_calendar_badge_of_year_then_month_and_day_and_time",
     f"市域治理\n\n-2024-\n\n07/09\n\n11:24\n\n武汉蔡甸区村(居)法律顾问全覆盖,赋能基层社会治理\n\n{BODY}",
     None,
     ("武汉蔡甸区村(居)法律顾问全覆盖,赋能基层社会治理", "2024-07-09T11:24:00+08:00", None)),
    ("a_source_printed_as_such_over_the_metadata_tables_publishing_body",
     "索引号: 113308000026188164/2024-148849 成文日期: 2024-06-24\n文件编号: 衢住建函〔2024〕93号 发布机构: 市住建局\n\n" f"衢州市住房和城乡建设局关于对市政协八届三次会议第255号提案的答复\n\n发布日期:2024-08-20 11:37 浏览次数: 信息来源:办公室 字体:[ ]\n\n{BODY}",
     None,
     ("衢州市住房和城乡建设局关于对市政协八届三次会议第255号提案的答复", "2024-08-20T11:37:00+08:00", "办公室")),
    ("the_publishing_body_is_the_source_when_nothing_else_names_one",
     f"组配分类 通知公告 发布机构 市文化广电旅游局\n温州市旅游业服务质量投诉情况公告\n发布日期:2021-01-11 15:22:37\n{BODY}",
     None,
     ("温州市旅游业服务质量投诉情况公告", "2021-01-11T15:22:37+08:00", "市文化广电旅游局")),
]


@pytest.mark.parametrize("name,text,url,expected", PUBLICATION_LINES, ids=[n for n, *_ in PUBLICATION_LINES])
def test_publication_lines(name, text, url, expected):
    doc = extract(text, url=url)
    assert (doc.title, doc.published_at, doc.source) == expected


def test_a_sites_badges_and_a_clock_without_its_date_are_furniture():
    doc = extract(f"支持IPv6网络 网站无障碍\n今天是:\n{BODY}")
    assert doc.title is None and doc.body == BODY
    doc = extract(f"新疆伊宁县\n登录| 注册\n无障碍\n按回车键在新窗口打开无障碍说明页面,按Ctrl+~键打开导盲模式。\n"
                  f"伊宁县政府信息公开工作2023年度报告\n2024-01-26   伊宁县人民政府办公室\n{BODY}")
    assert (doc.title, doc.published_at, doc.body) == ("伊宁县政府信息公开工作2023年度报告", "2024-01-26", BODY)


def test_a_source_line_under_the_last_paragraph_heads_nothing_and_the_article_stays():
    doc = extract(f"湖南河长制工作连续4年获得激励\n{BODY}\n审校:彭雅惠\n河湖长制工作再获国务院督查激励\n来源:湖南日报")
    assert doc.title == "湖南河长制工作连续4年获得激励" and doc.body.startswith(BODY) and doc.source == "湖南日报"


def test_a_reports_title_heads_its_table_of_contents_which_is_no_text():
    doc = extract("市商务局2020年度行政执法统计年报\n目 录\n第一部分 行政执法总体情况\n一、行政执法信息情况\n"
                  "第二部分 行政执法数据统计情况\n一、行政许可实施情况统计表\n第一部分 行政执法总体情况\n"
                  f"行政执法信息情况\n{BODY}")
    assert doc.title == "市商务局2020年度行政执法统计年报"
    assert doc.body == f"第一部分 行政执法总体情况\n行政执法信息情况\n{BODY}"


def test_a_writers_role_in_brackets_and_a_columns_more_link_are_furniture():
    doc = extract(f"{BODY}\n【南方+记者】陈立楷\n通讯员】何桂榕\n图片新闻更多+\n街道新闻 更多>>")
    assert doc.body == BODY
    second = "今年以来，该县共受理法律援助案件326件，为农民工挽回经济损失580万元，群众满意率达99%。"
    doc = extract(f"{BODY}\n点击图片,一键报料↓↓↓\n宜宾新闻,弘扬社会正气\n{second}\n"
                  "更多咸宁本地新闻,请关注微信公众号:咸宁新闻网\n木垒哈萨克自治县人民政府办公室主办")
    assert doc.body == f"{BODY}\n{second}"


def test_a_paragraph_opened_by_the_publication_time_and_a_byline():
    doc = extract(f"来源:昭通新闻网\n2018-07-23 17:05(通讯员 蔡茎){BODY}")
    assert doc.published_at == "2018-07-23T17:05:00+08:00" and doc.author == "蔡茎" and doc.body == BODY
    # a time opening a span is the paragraph's own
    doc = extract(f"某市热线受理办理情况通报\n2019年6月28日12:00至2019年7月12日12:00,平台共受理市民诉求42172件,办结38552件。")
    assert doc.published_at is None and doc.body.startswith("2019年6月28日12:00至")


def test_a_read_more_link_run_into_a_paragraph_and_related_links_under_it():
    first = "4月12日，生态环境部部长主持召开部常务会议，审议并原则通过《六氟化铀运输容器》等2项国家标准。生态环境部党组书记出席会议。"
    second = "近日，经审议通过，生态环境部印发了指导意见，从五方面提出了22项具体要求，推动形成执法监管新格局。"
    doc = extract(f"一周要闻\n1.生态环境部召开部常务会议\n{first}>>>更多内容，点击阅读\n"
                  f"▶ 典型案例丨河北邯郸钢铁行业去产能存在乱象 产业结构调整落实不力\n{second}")
    assert doc.body == f"1.生态环境部召开部常务会议\n{first}\n{second}"


def test_the_lists_a_page_prints_under_the_article_are_no_part_of_it():
    for label in ("今日热点", "- 新闻推荐", "媒体矩阵", "相关政策", "热点图片"):
        # (an exclaiming headline is no link of a trailing list by its form)
        doc = extract(f"{BODY}\n{label}\n国家10.49亿元支持我省启动实施教育强国推进工程！\n全市新增就业岗位3万个")
        assert doc.body == BODY, label
        assert not [m for m in doc.metrics if m.text in ("10.49亿元", "3万个")], label


def test_a_platforms_disclaimer_under_an_accounts_post_and_its_report_link():
    doc = extract(f"举报/反馈\n{BODY}\n特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，"
                  "本平台仅提供信息存储服务。")
    assert doc.body == BODY


def test_a_publication_day_and_its_time_on_two_lines():
    doc = extract(f"全市唯一!区劳动人事仲裁院获评全国先进\n发布日期:2025-08-07\n17:16\n浏览次数:\n次\n信息来源:区人力社保局\n{BODY}")
    assert doc.published_at == "2025-08-07T17:16:00+08:00" and doc.source == "区人力社保局" and doc.body == BODY


def test_a_headline_run_into_the_first_paragraph_of_a_flattened_page():
    doc = extract("食药安办公告〔2021〕9号 昌黎县2021年下半年食品监督抽查结果公示(2021年11月) 根据《中华人民共和国食品安全法》"
                  "等规定,现将开展食品安全监督抽检相关信息公告如下: 本次公示共54批次,其中不合格6批次,合格率为98.9%。")
    assert doc.title == "昌黎县2021年下半年食品监督抽查结果公示(2021年11月)" and doc.body.startswith("根据")
    doc = extract("沂水沙沟: “网格化”巡逻保平安 连日来,在沂水县沙沟镇的大街小巷,巡逻志愿队每晚8点钟统一着装,穿梭在村庄的角角落落。")
    assert doc.title == "沂水沙沟: “网格化”巡逻保平安"
    # a dateline run into the paragraph is no headline
    doc = extract("宁德新闻网3月23日电 (陈香玉)2017年以来,寿宁法院顺应家事审判改革趋势,紧密结合实际,逐步打造家事纠纷多元化解网络。")
    assert doc.title is None


def test_a_breadcrumb_with_an_unnamed_column_and_a_numbered_series_tag_over_the_headline():
    text = f"主页 > 新闻 > 海城新闻 > > 正文\n\n【办实事 解难题(131)】 310万元被拖欠工资到位!260名农民工安“薪”更舒心\n\n{BODY}"
    doc = extract(text)
    assert doc.title == "310万元被拖欠工资到位!260名农民工安“薪”更舒心"
    assert doc.region.adcode == "210381"  # the breadcrumb names the site's place (海城), as a site's name would


def test_a_documents_title_broken_off_at_de_over_its_genre_spaced_out():
    doc = extract(f"关于某县2023年度法治政府建设工作的\n报 告\n中共某市委、市人民政府:\n{BODY}")
    assert doc.title == "关于某县2023年度法治政府建设工作的报告"
    assert not doc.body.startswith("报")


@pytest.mark.parametrize("head, rest", [
    ("某市城市管理委员会2025年度", "政府信息公开工作报告"),
    ("某新区某街道办事处2023年度政府", "信息公开工作年度报告"),
])
def test_a_documents_title_broken_off_after_its_year(head, rest):
    doc = extract(f"某市政务网\n{head}\n{rest}\n本年度报告由某单位编制。\n{BODY}")
    assert doc.title == head + rest and not doc.body.startswith(rest)


def test_a_line_under_a_title_ending_in_its_year_that_names_no_genre_is_not_joined():
    doc = extract(f"某市政务网\n某市城市管理委员会2025年度\n重点工作任务分解\n本年度报告由某单位编制。\n{BODY}")
    assert "2025年度重点工作任务分解" not in (doc.title or "")


def test_an_epapers_page_number_and_an_empty_source_before_the_day():
    doc = extract(f"某县人民法院\n\n用司法温情守护高原各族群众\n\n    版次:01    来源:    2025年04月29日\n\n{BODY}")
    assert (doc.title, doc.published_at, doc.source) == ("用司法温情守护高原各族群众", "2025-04-29", None)
    doc = extract(f"建设公职律师调解中心 打造法治税务前沿阵地\n\n2023年01月17日 版次:05        作者:本报记者 卢慧菲\n\n{BODY}")
    assert doc.published_at == "2023-01-17" and "2023年01月17日" not in doc.body


def test_a_sites_name_before_its_fields_a_toolbar_of_two_buttons_and_a_writers_outlet_after_wen():
    doc = extract(f"金牌调解员“侠姐”:我是党员,我为您服务\n丽水网 - 来源: 丽水公安 2019-07-05 16:38\n{BODY}\n打印此文 关闭窗口")
    assert (doc.title, doc.published_at, doc.source) == (
        "金牌调解员“侠姐”:我是党员,我为您服务", "2019-07-05T16:38:00+08:00", "丽水公安")
    assert "打印此文" not in doc.body
    doc = extract(f"某区婚姻家庭纠纷调解工作室揭牌\n文/广州日报·新花城记者:卜瑜 通讯员:李思番、刘晓\n{BODY}")
    assert "卜瑜" not in doc.body


# What stands over the headline and is no headline over it: the feature's subtitle that the title bar
# prints and the article prints again after its dash, a list of the page's stories by their bullets, a
# login link; and a publication line left empty still stands under the headline.
HEADLINE_OVER = [
    ("某省推进综治中心规范化建设工作纪实\n让“到综治中心能解决问题”成为群众口碑\n——某省推进综治中心规范化建设工作纪实\n",
     "让“到综治中心能解决问题”成为群众口碑"),
    ("2022年06月07日 上一期 下一期\n地方新闻\n本版面文章\n· “疫”线党旗别样红\n· 某县警方多措并举提升打击犯罪效能\n"
     "· 某市以德治推进市域社会治理\n· 特色警务浇灌民族团结之花\n特色警务浇灌民族团结之花\n( 2022-06-07 ) 稿件来源: 法治日报地方新闻\n",
     "特色警务浇灌民族团结之花"),
    ("登录某州融媒体中心账号\n某州建成1129个综治中心 让群众“有事找综治”\n发布时间:2025-02-14 16:22:00\n",
     "某州建成1129个综治中心 让群众“有事找综治”"),
    ("我市本年度行政执法案卷评查圆满结束\n发布时间: 信息来源:\n目前各执法部门普遍坚持“持证上岗、亮证执法”\n",
     "我市本年度行政执法案卷评查圆满结束"),
]


@pytest.mark.parametrize("header,title", HEADLINE_OVER, ids=["title-bar subtitle", "bulleted stories", "login link",
                                                            "empty publication line"])
def test_the_headline_under_furniture_and_subtitles_printed_over_it(header, title):
    assert extract(header + BODY).title == title


def test_a_fields_value_keeps_a_bracket_it_opened_and_loses_those_around_it():
    doc = extract("索引号: | 113417237349680372/202401-00049 | 组配分类: | 决策部署落实情况 |\n"
                  "名称: | 2023年市《政府工作报告》目标任务完成情况第四季度(城管执法局) | 文号: | 无 |\n"
                  f"生成日期: | 2024-01-31 | 发布日期: | 2024-01-31 |\n{BODY}")
    assert doc.title == "2023年市《政府工作报告》目标任务完成情况第四季度(城管执法局)"
    assert extract(f"某县调解工作取得实效\n来源：【法治日报】\n{BODY}").source == "法治日报"


def test_a_metadata_lists_date_value_bulleted_without_its_key_is_the_publication_day():
    doc = extract(f"  • 00525312X/2021-00008\n  • 郑州市城市管理局\n  • 公示\n  • 2021-01-29\n  • 2021-01-29\n"
                  f"郑州市城市管理局2020年度行政执法统计情况\n{BODY}")
    assert doc.published_at == "2021-01-29" and doc.title == "郑州市城市管理局2020年度行政执法统计情况"
    # a bulleted key in brackets over its value is no headline
    doc = extract(f"  • [ 成文日期 ]\n  • 2025-12-10\n  • [ 发布机构 ]\n  • 荣昌区信访办\n"
                  f"重庆市荣昌区信访办公室关于2025年法治建设情况的报告\n日期:2025-12-10\n{BODY}")
    assert doc.title == "重庆市荣昌区信访办公室关于2025年法治建设情况的报告"


def test_an_outlet_its_writer_and_the_day_run_together():
    doc = extract(f"瞭望东方周刊杨天2017-04-20\n\n{BODY}")
    assert (doc.published_at, doc.source, doc.title) == ("2017-04-20", "瞭望东方周刊", None)


def test_a_reply_to_a_deputys_proposal_its_fields_and_tabs():
    page = ("关于加强劳动仲裁工作的提案的答复\n建议人: 李某某\n主办单位: 某区人力资源和社会保障局\n答复时间: 2025-06-17\n"
            "  • 答复内容\n  • 建议内容\n\n李某某委员:\n您提出的关于加强劳动仲裁工作的提案收悉,现答复如下:\n" + BODY)
    doc = extract(page)
    assert doc.title == "关于加强劳动仲裁工作的提案的答复"
    assert doc.published_at == "2025-06-17"
    assert doc.body.startswith("李某某委员:")


def test_a_figures_caption_under_the_headline_and_a_typeface_after_the_source():
    doc = extract("建设社会治理共同体 构建基层治理新格局\n图一:2014年至2018年全市法院收案情况\n"
                  "图二:2018年全市法院案件构成占比情况\n核心提示:社会治理是国家治理的重要方面。\n" + BODY)
    assert doc.title == "建设社会治理共同体 构建基层治理新格局"
    doc = extract("海口三年打掉63个黑恶团伙\n2021年03月10日 08:07  来源:南海网  宋体\n\n" + BODY)
    assert doc.source == "南海网"


def test_a_headline_with_its_day_after_it_on_its_line():
    doc = extract("五角场街道2015年工作总结和2016年工作安排 2016-03-07\n\n" + BODY)
    assert (doc.title, doc.published_at) == ("五角场街道2015年工作总结和2016年工作安排", "2016-03-07")
    # (several such lines are a list of other pages' links: none is the publication day)
    listing = ("某区司法局召开2016年度全区司法行政工作会议部署全年重点任务 2016-03-07\n"
               "某区开展“法治宣传进社区”活动营造尊法学法守法用法氛围 2016-03-05\n\n")
    assert extract(listing + BODY).published_at is None
    # (nor a dated link of the page's list under the headline)
    sidebar = ("某区司法局召开年度工作会议部署全年重点任务\n来源：某区司法局\n最新发布\n"
               "某区开展法治宣传进社区活动营造良好氛围 2016-03-01\n\n")
    doc = extract(sidebar + BODY)
    assert (doc.title, doc.published_at) == ("某区司法局召开年度工作会议部署全年重点任务", None)


def test_the_national_reporting_line_is_furniture_and_the_signature_date_above_it_the_publication():
    doc = extract(f"龙子湖区全面推进儿童主任全覆盖\n{BODY}\n龙子湖区民政局\n2020年9月24日\n"
                  "互联网违法和不良信息举报: 举报邮箱 bbrbs@bbnews.cn 举报电话 (0552)4017493")
    assert "举报" not in doc.body and doc.published_at == "2020-09-24"
    doc = extract(f"陕西省医疗纠纷人民调解委员会成立\n不良信息举报电话:陕工网(029-87344649)\n{BODY}")
    assert "举报" not in doc.body and doc.title == "陕西省医疗纠纷人民调解委员会成立"


def test_a_headline_printed_twice_is_the_articles_and_not_the_subtitle_of_the_one_listed_before_it():
    # (an e-paper's list of the page's headlines, then the article under its own copy of one of them)
    doc = extract("第P05版:城事/综合\n3上一版  下一版4\n白塘湖公园将建大型停车场\n表姨涉嫌故意杀人 被批捕\n"
                  "检察院发检察建议 净化校园周边环境\n绿化带旁增设护栏 防行人踩踏\n新闻搜索:\n\n3上一期  下一期4 版面导航\n"
                  f"3上一篇  下一篇4 2016年1月28日 放大 缩小 默认\n\n检察院发检察建议 净化校园周边环境\n\n{BODY}")
    assert doc.title == "检察院发检察建议 净化校园周边环境"


def test_an_e_paper_page_label_with_a_lettered_page_is_furniture():
    # (第B3版:浙江林业, 第P05版:城事/综合: the page, as 第05版:要闻)
    doc = extract(f"第B3版:浙江林业\n\n{BODY}")
    assert doc.title is None and doc.body == BODY


def test_a_collectors_rights_line_and_a_scan_to_read_prompt_after_the_article_are_furniture():
    doc = extract(f"硚口区获评先进集体\n{BODY}\n附件:\n扫描二维码查看原文\n侦策百科收集整理,相关权利归属源作者\n")
    assert "二维码" not in doc.body and "权利归属" not in doc.body and doc.measures == []
    # (…but a ruling's sentence on whose rights a work is stays: 法院认定其著作权归作者所有，判赔3万元)
    ruling = "法院经审理认定，涉案作品系原告独立创作，其著作权归作者所有，判令被告赔偿经济损失3万元。"
    assert ruling in extract(f"硚口区获评先进集体\n{ruling}\n{BODY}").body


def test_a_deck_leading_into_the_headline_under_it_is_the_articles_first_paragraph():
    deck = ("当大盘镇政府把600亩山林流转给业主，业主也已投入上百万元资金后，附近村民突然拿出了20多本林权证。"
            "事实的真相到底如何，各方的利益又该如何平衡——")
    doc = extract(f"第B3版:浙江林业\n\n{deck}\n\n一起林权纷争背后的利益纠葛\n\n{BODY}")
    assert doc.title == "一起林权纷争背后的利益纠葛"
    assert doc.body.startswith(deck) and doc.body.endswith(BODY)


def test_an_outlet_run_into_its_publication_time_and_an_apps_prompt():
    doc = extract(f"打开ChinaNews阅读\n\n今年市人大常委会委托5个区县开展了执法检查工作\n\n重庆日报2018-12-04 10:00:59\n\n{BODY}")
    assert (doc.title, doc.source, doc.published_at) == (
        "今年市人大常委会委托5个区县开展了执法检查工作", "重庆日报", "2018-12-04T10:00:59+08:00")


def test_a_sentences_deadline_run_into_its_time_is_no_publication_line():
    doc = extract(f"关于举办普法知识竞赛的通知\n报名截止时间2024年5月1日17:00\n{BODY}")
    assert doc.published_at is None  # (a publication time only after an outlet's name: 重庆日报2018-12-04 10:00:59)


def test_a_comment_widgets_counter_and_prompt_are_no_part_of_the_article():
    from extractor import extract
    text = ("某县召开人民陪审员岗前培训会\n发布时间：2024-03-01\n3月1日，某县人民法院召开人民陪审员岗前培训会，"
            "本次培训共有45名人民陪审员参加，会议由副院长主持，院领导讲授了庭审规范。\n责任编辑:王小磊\n网友评论:\n0条评论\n"
            "请输入文字\n发表评论\n评论列表(0条)\n")
    doc = extract(text)
    assert [m.text for m in doc.metrics] == ["45名"]
    assert "评论" not in doc.body and "请输入" not in doc.body


def test_an_epaper_day_and_page_line_names_the_paper_and_its_index_line_the_day():
    from extractor import extract
    doc = extract("内蒙古克什克腾:绽放在草原上的“枫桥之花”\n7月28日 《人民法院报》第8版\n"
                  "“达来”蒙古语意为大海,“诺日”则意为太阳,合在一起形容广阔无垠、充满活力和希望的地方,这就是内蒙古自治区"
                  "克什克腾旗西北部的达来诺日。近年来,达来诺日法庭建立了多元解纷机制,共化解纠纷120件。")
    assert (doc.title, doc.source) == ("内蒙古克什克腾:绽放在草原上的“枫桥之花”", "人民法院报")
    doc = extract("上一篇\n东昌府区乡镇(街道)合法性审查实现全覆盖\n本报讯 (记者 王培源) 今年,东昌府区把合法性审查作为"
                  "法治政府建设的重要抓手,截至目前,东昌府区14个镇(街)、219个村居实现合法性审查全覆盖,有力推动依法治理。\n"
                  "2022-08-12 1 1 聊城日报 content_16787.html 1 东昌府区乡镇(街道)合法性审查实现全覆盖 /enpproperty-->")
    assert (doc.published_at[:10], doc.source) == ("2022-08-12", "聊城日报")
    assert "content_16787" not in doc.body and [m.text for m in doc.metrics] == ["14个", "219个"]


def test_an_epaper_rating_widget_rights_notice_and_boxed_byline_leave_the_headline():
    from extractor import extract
    notice = ("《中国妇女报》(电子版)的一切内容(包括但不限于文字、图片、PDF、图表、标志、标识、商标、版面设计、专栏目录与名称、"
              "内容分类标准以及为读者提供的任何信息)仅供中国妇女报读者阅读、学习研究使用,未经中国妇女报及/或相关权利人书面授权,"
              "任何单位及个人不得将《中国妇女报》(电子版)所登载、发布的内容用于商业性目的。")
    text = ("中国妇女报\n2024年03月28日\n关注此公众号看\n《中国妇女报》\n第3版:妇女工作\n我给文章打分\n1分   2分   3分   4分   5分\n"
            "本文得分:0.0参与评分人数:0\n版权声明\n" + notice + "\n甘肃平凉崆峒区积极开展婚姻家庭纠纷预防化解工作\n"
            "“专业劝说团”推动“家庭矛盾解决在家庭”\n□ 中国妇女报全媒体记者 袁鹏\n□ 梁璐\n“有啥问题,咱今天在这儿都说说!”\n"
            "春光明媚,草木生发。甘肃省平凉市崆峒区东关街道东郊社区一张小方桌前,工作人员的话音刚落,一家人围坐下来,"
            "说起了家里的矛盾。去年以来,崆峒区共化解婚姻家庭纠纷230件。")
    doc = extract(text)
    assert doc.title == "“专业劝说团”推动“家庭矛盾解决在家庭”"
    assert "一切内容" not in doc.body and "本文得分" not in doc.body and "袁鹏" not in doc.body
    assert doc.body.startswith("“有啥问题")
    doc = extract("某县深化矛盾纠纷多元化解工作\n近年来,某县司法局深化矛盾纠纷排查化解工作,全年共化解纠纷1200余件。\n■ 链接\n"
                  "某县人民调解委员会成立于2010年,现有专职调解员12名,年均调解纠纷300余件。")
    assert "■ 链接" in doc.body  # (a boxed heading of two characters is no writer's name)


def test_an_outlet_alone_under_the_headline_is_the_source_and_a_font_widget_leaves_the_fields_after_it():
    from extractor import extract
    doc = extract("仙游县领导干部接访常态化制度化\n\n  • 湄洲日报  \n  3月15日,仙游县信访局接访大厅里,县领导和工作人员全情投入到"
                  "紧张的接访工作中,翻阅来访资料,询问事情缘由。当日,县领导共接访群众来访61批218人次。\n")
    assert (doc.title, doc.source) == ("仙游县领导干部接访常态化制度化", "湄洲日报")
    doc = extract("某县织密平安防护网\n近年来,某县司法局深化矛盾纠纷排查化解工作,全年共化解纠纷1200余件,调解成功率98%。")
    assert (doc.title, doc.source) == ("某县织密平安防护网", None)  # (a headline ending in 网 is no outlet)
    doc = extract("凤台县多措并举维护农民工合法权益\n【 字号 大 中 小 】来源:中国法律援助网发布时间:2017-09-21 浏览:2197\n"
                  "凤台县实施城乡困难群体法律援助民生工程,多措并举打通农民工维权绿色通道。截至今年8月底,该县共受理农民工法律援助案件近100件。")
    assert (doc.source, doc.published_at[:10]) == ("中国法律援助网", "2017-09-21")


def test_a_metadata_lists_font_buttons_and_a_clock_broken_onto_the_widgets_line():
    from extractor import extract
    doc = extract("当前位置: 首页 >> 司法之窗\n\n迎江区司法局为老年人提供精准有效法律援助\n\n  • 迎江区司法局\n  • 2022-07-27 09:15\n"
                  "  • 大号 中号 小号\n\n今年以来,区司法局在实施法律援助工作中,重点把握特殊人群多次需求,精准实施老年群体法援工作,"
                  "在全区9个养老院创建完成法律援助示范点,切实保障老年人合法权益。")
    assert doc.title == "迎江区司法局为老年人提供精准有效法律援助"
    doc = extract("行政争议诉前实质化解工作调查\n来源:人民法院报发布时间:2018-08-16\n09:05:48字号:小大打印本页\n"
                  "2018年2月22日,在浙江省德清县行政争议调解中心调解室里,8人围绕土地房屋征收补偿提起的行政争议系列纠纷"
                  "历时7年终于画上了圆满的句号。")
    assert (doc.title, doc.published_at[:16]) == ("行政争议诉前实质化解工作调查", "2018-08-16T09:05")
    assert "字号" not in doc.body


def test_a_day_alone_on_the_first_line_with_a_comma_after_it_is_the_publication_day():
    from extractor import extract
    doc = extract("深圳“领导留言板”9月数据出炉\n2025-10-16,\nPeople Daily\n人民网深圳10月15日电 近日,深圳市“领导留言板”9月数据出炉。"
                  "数据显示,9月1日—30日,深圳市、区两级共收到群众有效留言1924件,已回复1831件,回复率95.17%。")
    assert doc.published_at[:10] == "2025-10-16"
    assert doc.metrics[0].period.start_date == "2025-09-01"


def test_a_law_databases_issue_day_glued_to_its_key():
    from extractor import extract
    doc = extract("发文机关最高人民法院\n发文日期2023年08月25日\n时效性现行有效\n新时代人民法庭建设案例第164号\n"
                  "扎实推进“一站式”建设 让司法服务便捷高效\n半截塔法庭辖“两场三镇八乡”,总面积3250平方公里,是河北省管辖面积"
                  "最大的人民法庭。近年来,该法庭在辖区设置乡镇级法官工作站13个、村级法官工作室79个。")
    assert doc.published_at[:10] == "2023-08-25"


def test_an_outlet_and_its_time_set_apart_by_a_middle_dot():
    from extractor import extract
    doc = extract("创新“枫桥警务”模式,打造百姓身边“平安哨所”\n新浪财经·2025-12-21 06:07\n走进竹箦派出所,一项名为“清单+闭环+复盘”的"
                  "工作机制正规范有序地运转。自该机制运行以来,辖区违法犯罪警情同比下降43.63%。")
    assert (doc.source, doc.published_at) == ("新浪财经", "2025-12-21T06:07:00+08:00")


def test_a_wechat_follow_prompt_opening_the_text_is_no_headline():
    doc = extract(f"点击上方蓝字关注 “福建卫生报”\n{BODY}\n福州市医保局持续深入打击欺诈骗保行为。")
    assert doc.title is None and "关注" not in doc.body
    # (a paragraph telling readers to click is the article's)
    doc = extract(f"{BODY}\n点击下方关注按钮即可预约法律咨询，县司法局已为群众提供线上咨询300次。")
    assert "300次" in [m.text for m in doc.metrics]


def test_a_headline_with_its_day_in_words_a_writers_credit_and_an_information_date_key():
    doc = extract(f"下好平安建设“四步棋” 2025年03月22日\n\n  殷 浩\n\n{BODY}")
    assert (doc.title, doc.published_at) == ("下好平安建设“四步棋”", "2025-03-22")
    doc = extract(f"甘孜日报 2019年02月26日\n2018我州政法工作回眸\n◎州委政法委 文/图\n{BODY}")
    assert doc.title == "2018我州政法工作回眸"
    doc = extract(f"宝安法院工作报告获区六届人大二次会议高票通过\n\n信息提供日期 : 2017-04-06 10:42来源 : 宝安区人民法院\n{BODY}")
    assert (doc.published_at, doc.source) == ("2017-04-06T10:42:00+08:00", "宝安区人民法院")


def test_a_headline_with_its_fields_run_on_after_it_on_one_line():
    doc = extract("《南阳晚报》:去年“民告官”1380件 法院经过协调撤诉率达到80% 作者:《南阳晚报》王勇 通讯员 王彬 "
                  f"发布时间:2010-03-15 08:55:05\n{BODY}")
    assert (doc.title, doc.published_at) == ("去年“民告官”1380件 法院经过协调撤诉率达到80%", "2010-03-15T08:55:05+08:00")
    assert "王勇" not in doc.body
    # (an event's time in a notice's text is no publication line)
    doc = extract("县司法局开展民法典宣传进社区活动\n为深入学习宣传民法典，县司法局决定开展宣传进社区活动，现将有关事项通知如下。\n"
                  f"民法典宣传进社区活动 时间：2024年5月25日上午9时\n地点：县文化广场。\n{BODY}")
    assert (doc.title, doc.published_at) == ("县司法局开展民法典宣传进社区活动", None) and "2024年5月25日" in doc.body
    # (an outlet's own fields line stays whole: its name is the source)
    doc = extract(f"海口市司法局召开法律援助工作会议\n海口网 http://www.hkwb.net 时间:2016-05-31 16:41\n{BODY}")
    assert (doc.published_at, doc.source) == ("2016-05-31T16:41:00+08:00", "海口网")


def test_a_counter_after_the_source_is_no_part_of_it():
    doc = extract(f"临泽县平川镇:“小积分”兑出乡村治理“大能量”\n来源:张掖市融媒体中心    0 人参与互动 2024年05月23日 11:10\n{BODY}")
    assert doc.source == "张掖市融媒体中心"


def test_a_meetings_name_with_a_bracket_after_a_role_is_a_headline():
    assert extract(f"县人大常委会召开第十次主任（扩大）会议\n发布时间：2024-05-18 10:00\n{BODY}").title == "县人大常委会召开第十次主任（扩大）会议"


def test_a_reprints_origin_a_from_key_and_a_source_with_its_channel_under_its_key():
    doc = extract(f"本文转自:人民网-河北频道\n\n拒绝天降“诱祸” 远离非法集资\n\n{BODY}")
    assert doc.source == "人民网-河北频道" and "转自" not in doc.body
    doc = extract(f"莆田交通运输综合执法支队举办大队长接待日活动\n\n2025-11-19 来自:中国交通报\n\n{BODY}")
    assert (doc.published_at, doc.source) == ("2025-11-19", "中国交通报")
    doc = extract(f"宁波实现省平安创建十一连冠\n2017年04月01日 09:11:07\n来源:\n中国宁波网-宁波日报\n{BODY}")
    assert doc.source == "中国宁波网-宁波日报" and "宁波日报" not in doc.body


def test_outlets_over_a_writer_are_the_source_and_no_headline():
    doc = extract(f"淄博日报/淄博晚报/博览新闻\n记者刘洋\n{BODY}")
    assert (doc.title, doc.source) == (None, "淄博日报/淄博晚报/博览新闻") and "刘洋" not in doc.body


def test_a_comment_widgets_counters_and_a_new_media_accounts_barred_credits_are_no_body():
    text = ("某县林业局调解涉林纠纷\n发布时间：2021-05-06\n近两年来，该局涉林纠纷调处人员深入基层调解组织帮助指导，调解涉林矛盾纠纷12件，"
            "接受林农咨询260多人。\n编辑|李悟鑫\n一审|胡文\n评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n最热评论\n"
            "已有0人参与,点击查看更多精彩评论\n用户评论")
    doc = extract(text)
    assert doc.body.endswith("接受林农咨询260多人。")
    assert [m.text for m in doc.metrics] == ["12件", "260多人"]
    # (lines of the article that open with the same words stay: 已有120人参与志愿服务…, 还没有评论机制的村…, 一审|判决…)
    kept = ["已有120人参与志愿服务，服务群众3000人次，受到群众一致好评。", "还没有评论机制的村，将于年底前全部建立。", "一审|判决驳回原告诉讼请求"]
    doc = extract(text.replace("编辑|李悟鑫", "\n".join(kept) + "\n编辑|李悟鑫"))
    assert all(line in doc.body for line in kept) and "3000人次" in [m.text for m in doc.metrics]


def test_a_sources_second_name_in_brackets_stays_and_a_remark_in_brackets_goes():
    body = "\n一、平台接收投诉、举报、咨询情况\n2022年2月，西湖区全国12315平台共接收各类投诉举报咨询0.39万件，同比上升12%。"
    doc = extract("西湖区2022年2月投诉举报咨询数据分析报告\n发布时间:2022-04-01 12:02:55\n来源:区市场监管局(区知识产权局) 点击率:\n" + body)
    assert doc.source == "区市场监管局(区知识产权局)"
    doc = extract("西湖区2022年2月投诉举报咨询数据分析报告\n发布时间:2022-04-01 12:02:55\n来源:区市场监管局（通讯员 张三）\n" + body)
    assert doc.source == "区市场监管局"
    for printed, source in [("县融媒体中心（记者 张三 通讯员 李四 县司法局）", "县融媒体中心"), ("县司法局（转自县融媒体中心）", "县司法局"),
                            ("县司法局（县委依法治县办）", "县司法局（县委依法治县办）")]:
        assert extract("西湖区2022年2月投诉举报咨询数据分析报告\n发布时间:2022-04-01 12:02:55\n来源:" + printed + "\n" + body).source == source


def test_an_accounts_follow_button_and_the_reprints_original_headline_stay_out_of_the_body():
    text = ("某县法院上半年审判执行工作情况\n2024-07-12 10:05\n平安某县\n关注\n"
            "本文原标题：《上半年，某县法院审结案件3200件！》\n" + BODY)
    doc = extract(text)
    assert doc.body.endswith(BODY)
    assert "关注" not in doc.body.split("\n") and "原标题" not in doc.body


def test_a_news_sites_header_links_font_size_app_link_editor_credit_and_latest_news_box_are_no_body():
    text = ("某县法院开展执行和解工作\n2022年02月12日 查看旧版(2007年11月18号以前)\n在线荐稿记者博客联系记者\n小字号\n" + BODY
            + "\n（松花江网编辑 孙桂芳）\n阅读下一篇：\n客户端下载\n| 微矩阵\n最新动态\n图片聚焦\n天鹅又来清徐做客\n戏曲进校园")
    doc = extract(text)
    assert doc.body.endswith(BODY) and doc.body.startswith(BODY.split("\n")[0])


def test_a_headline_about_a_mayors_hotline_is_no_speakers_line():
    text = "金成俊接听12345市长热线\n20.04.2015  23:17\n" + BODY
    assert extract(text).title == "金成俊接听12345市长热线"
    assert extract("某县召开信访工作会议\n县长 张三\n" + BODY).title == "某县召开信访工作会议"


def test_a_dateline_caption_or_words_spoken_opening_a_dump_is_no_headline():
    from extractor import extract
    para = "近年来,某县司法局深化矛盾纠纷排查化解工作,全年共化解纠纷1200余件,调解成功率98%。"
    for text in ("新快报讯 记者方轶报道 " + para,  # (the dateline run into the first paragraph)
                 "荆楚网(湖北日报网) 讯(通讯员 王晶)" + para,
                 "中国妇女报全媒体消息 " + para,
                 "湖南日报2月17日讯(全媒体记者 李曼斯 通讯员 王超)" + para,  # (…its writers in brackets)
                 "常报全媒体讯\n" + para,  # (…alone on its line)
                 "【通讯员 王春红】" + para,  # (the writer in brackets, no yearbook heading)
                 "图为客车普法\n" + para,  # (a photo's caption)
                 "“严书记,忙什么呢?”\n“刚去黄家劝解,和好啦!”\n" + para,
                 "根据《中共中央办公厅 国务院办公厅关于印发〈法治政府建设与责任落实督察工作规定〉的通知》有关规定," + para):
        doc = extract(text)
        assert doc.title is None, text
        assert "1200余件" in doc.body
    doc = extract("沂水沙沟:“网格化”巡逻保平安 " + para)
    assert doc.title == "沂水沙沟:“网格化”巡逻保平安"  # (a headline run into its paragraph still is one)
    doc = extract("暖心供电 服务到家 " + para)
    assert doc.title == "暖心供电服务到家"  # (电 ending a headline's words is no dateline's 电)
    doc = extract("喜讯 某县获评全国法治示范县 " + para)
    assert doc.title == "喜讯某县获评全国法治示范县"
    for text, title in (("桃花朵朵报春讯 乡村旅游迎客来 " + para, "桃花朵朵报春讯乡村旅游迎客来"),  # (a headline's 讯)
                        ("【书记项目】" + para, "书记项目"),  # (a yearbook entry's heading: a role, no writer)
                        ("“十年没修的路,终于修好了!”\n" + para, "“十年没修的路,终于修好了!”")):  # (a quoted headline)
        assert extract(text).title == title, text


def test_calls_to_act_and_menu_items_over_a_dump_are_no_headline():
    from extractor import extract
    para = "近年来,某县司法局深化矛盾纠纷排查化解工作,全年共化解纠纷1200余件,调解成功率98%。"
    for furniture in ("打开网易新闻 查看精彩图片", "点上方蓝色字关注加群", "点击在线收听语音版", "今天是,欢迎访问某县政府网",
                      "您所访问的页面将跳转到第三方网站,确定要继续吗?", "移动端应用\n政务微信\n政务微博\n智能问答\n登录个人中心",
                      "我要收藏\n公共资源调用站点\n文章分享", "下载更济宁客户端\n获取更多服务"):
        doc = extract(furniture + "\n" + para)
        assert doc.title is None, furniture
        assert doc.body == para


def test_buttons_and_empty_labels_alone_on_their_lines_leave_the_body():
    from extractor import extract
    para = "近年来,某县司法局深化矛盾纠纷排查化解工作,全年共化解纠纷1200余件,调解成功率98%。"
    doc = extract("某县深化矛盾纠纷多元化解工作\n听新闻\n" + para + "\n![]() |\n" + para.replace("1200", "1300")
                  + "\n标签:\n关联信息\n打印\n关闭")
    assert doc.body == para + "\n" + para.replace("1200", "1300")
    # between the article's paragraphs the same words are its own: a guide's steps, a subheading, a table's cell
    guide = ("某县推广社保卡线上服务\n政务微信\n" + para + "\n注册\n登录\n" + "打开“掌上12333”,按提示完成实名认证后即可办理。"
             + "\n政务微信\n" + para.replace("1200", "1300") + "\n砖窑 | 状态\n红星砖窑 | 关闭\n" + para.replace("1200", "1400"))
    doc = extract(guide)
    assert doc.title == "某县推广社保卡线上服务"
    assert doc.body.startswith(para)  # (the menu item over the first paragraph is the page's)
    for kept in ("\n注册\n登录\n", "\n政务微信\n", "关闭"):
        assert kept in doc.body


def test_a_short_source_before_the_next_key_is_no_part_of_that_key():
    # (本站 发布时间: the value 本站, then 发布时间; a key spaced out is spaced between all its characters)
    text = "仁化法院网上巡回法庭初显功效\n作者:原创 信息来源:本站 发布时间:2021-09-26 浏览次数:698\n" + BODY
    doc = extract(text)
    assert (doc.source, doc.published_at) == ("本站", "2021-09-26")
    text = "仁化法院网上巡回法庭初显功效\n来 源:县司法局 发 布 时 间:2021-09-26\n" + BODY
    assert extract(text).source == "县司法局"
    text = "仁化法院网上巡回法庭初显功效\n来源：县司法局 发布 日期：2021-09-26\n" + BODY  # (a key spaced between its words)
    assert extract(text).source == "县司法局"


def test_a_line_of_labels_and_tags_round_a_time_and_a_bulletins_masthead():
    # (网络编辑 国内 2022-01-24 21:59:49 0 案件 吉林: an aggregator's labels, counter and tags round the time)
    text = "2021年吉林法院审结民商事案件34万余件\n网络编辑 国内 2022-01-24 21:59:49 0 案件 吉林 吉林省\n" + BODY
    doc = extract(text)
    assert (doc.title, doc.published_at) == ("2021年吉林法院审结民商事案件34万余件", "2022-01-24T21:59:49+08:00")
    # (a court bulletin: who compiled it, then its issue and day)
    text = "法院信息 元氏县人民法院研究室编印\n2015年第5期 2015年3月23日\n央视报道元氏法院行政审判工作\n" + BODY
    doc = extract(text)
    assert (doc.title, doc.published_at, doc.source) == ("央视报道元氏法院行政审判工作", "2015-03-23", "元氏县人民法院研究室")
    # (an event's time and place round a time: no publication; a heading ending 编印: no compiler)
    text = "关于公开开庭审理案件的公告\n开庭时间 2022-03-01 09:30 地点 第三法庭\n" + BODY + "\n加强普法读物编印\n" + BODY
    doc = extract(text, url="http://www.example.gov.cn/art/2022/2/20/art_1.html")
    assert doc.published_at == "2022-02-20" and doc.source is None and "加强普法读物编印" in doc.body


def test_links_back_to_a_section_or_an_edition_are_no_headline():
    # (an e-paper's 返回新数字报 over the article, 返回上一页 under it; 返回故里, a heading, stays)
    text = ("07版:社会新闻\n返回新数字报\n2016年4月26日 星期二\n三亚为外来务工者撑起法律保护伞\n" + BODY
            + "\n返回故里\n外出务工人员返乡后，当地调解员上门服务30余次。\n返回上一页")
    doc = extract(text)
    assert doc.title == "三亚为外来务工者撑起法律保护伞"
    assert "返回故里" in doc.body and "返回上一页" not in doc.body and "返回新数字报" not in doc.body


def test_a_page_width_switch_and_a_headlines_trailing_stars_are_furniture():
    doc = extract(f"县市场监管局专项检查液化石油气瓶\n恢复窄屏\n作者:高艳       出处:吴堡新闻       更新时间:2021-09-13 08:55\n\n{BODY}")
    assert doc.title == "县市场监管局专项检查液化石油气瓶" and "窄屏" not in doc.body
    doc = extract(f"宁夏电诈案件发案数降至近5年最低值******\n新闻发布会现场。\n{BODY}")
    assert doc.title == "宁夏电诈案件发案数降至近5年最低值"


def test_a_posting_time_key_dates_the_page():
    doc = extract(f"加入时间:2023-12-28 10:16 访问量:1023 信息来源: 顺德城市网\n{BODY}")
    assert (doc.published_at, doc.source, doc.title) == ("2023-12-28T10:16:00+08:00", "顺德城市网", None)
    doc = extract(f"某县司法局开展律师参与信访接待工作\n添加日期:2017-12-27 10:47:54   来源:   作者:   点击数:12\n{BODY}")
    assert (doc.published_at, doc.title) == ("2017-12-27T10:47:54+08:00", "某县司法局开展律师参与信访接待工作")


def test_a_headline_ending_in_its_year_over_a_deck_that_names_a_report_is_not_joined():
    doc = extract("某县人民政府网\n全县召开2025年工作会议\n县委书记李明出席并作工作报告\n"
                  f"发布时间：2025-03-12 09:30  来源：县司法局\n{BODY}")
    assert doc.title == "全县召开2025年工作会议"


@pytest.mark.parametrize("title", ["行政处罚决定书送达公告-张**", "车辆公告豫A3****"])
def test_a_masked_name_or_plate_keeps_its_stars(title):
    assert extract(f"{title}\n发布时间：2024-05-10 09:00\n{BODY}").title == title


def test_a_profiles_joining_date_and_an_entry_time_are_no_publication_time():
    doc = extract("县司法局“金牌调解员”风采展示\n近日，县司法局开展金牌调解员评选活动，全县共评选出金牌调解员12名。\n"
                  f"姓名：张建国\n加入时间：2015年3月12日\n所在单位：城关镇人民调解委员会\n{BODY}")
    assert doc.title == "县司法局“金牌调解员”风采展示" and doc.published_at is None and "12名" in doc.body
    doc = extract(f"县司法局召开推进会\n录入时间：2024-05-08 10:00\n发布时间：2024-05-10 09:00  来源：县司法局\n{BODY}")
    assert doc.published_at == "2024-05-10T09:00:00+08:00"


def test_a_dash_between_the_time_and_the_outlet_is_no_part_of_the_source():
    from extractor.api import _clean_source
    assert _clean_source("- 四川在线") == "四川在线"
    assert _clean_source("2017年3月2日安徽日报") == "2017年3月2日安徽日报"  # (the slot's day, as printed)
    assert _clean_source("县司法局 石门所") == "县司法局 石门所"  # (a unit or place after a space is the source's)


def test_a_headlines_picture_tag_and_a_lists_day_stamp_are_no_part_of_the_title():
    body = "\n发布时间:2021-07-29 10:00\n1-6月,全国环境行政处罚案件共下达处罚决定书72192份,罚没款金额为585030.78万元。"
    assert extract("甘肃全省法院3年受理执行案件31万件 执行到位标的额750亿元(图)" + body).title == \
        "甘肃全省法院3年受理执行案件31万件 执行到位标的额750亿元"
    assert extract("07.29 1-6月全国环境行政处罚案件共下达处罚决定书72192份" + body).title == \
        "1-6月全国环境行政处罚案件共下达处罚决定书72192份"
    assert extract("打造助企“直通车” 优化营商环境(一)" + body).title == "打造助企“直通车” 优化营商环境(一)"


def test_a_short_line_ending_on_the_end_mark_ends_no_story():
    text = ("枫桥经验在基层的生动实践\n——县域社会治理系列报道之五（完）\n发布时间：2023-05-12 10:00  来源：县融媒体中心\n"
            "近日，县司法局组织各司法所开展矛盾纠纷排查，累计排查各类矛盾纠纷356件，成功化解342件，化解率达96.1%。\n"
            "下一步，全县将持续深化诉源治理，推动矛盾纠纷就地化解。")
    doc = extract(text)
    assert doc.title == "枫桥经验在基层的生动实践" and "就地化解" in doc.body


def test_a_column_bar_before_a_headline_ending_in_wang_is_no_sites_name():
    text = ("平安建设｜织密群防群治网\n县司法局推进基层社会治理纪实\n发布时间：2023-05-12 10:00\n"
            "近日，县司法局组织各司法所开展矛盾纠纷排查，累计排查各类矛盾纠纷356件，成功化解342件。")
    assert extract(text).title == "织密群防群治网"


def test_a_day_named_after_its_date_keeps_it_in_the_title():
    body = "\n发布时间:2023-10-10 10:00\n全县开展心理健康宣传活动,发放宣传资料1200份,接受咨询300人次。"
    assert extract("10.10 世界精神卫生日 我县开展心理健康宣传" + body).title == "10.10 世界精神卫生日 我县开展心理健康宣传"
    assert extract("某地块规划批前公示(附图)" + body).title == "某地块规划批前公示(附图)"


def test_a_headline_run_into_its_time_and_original_title_gives_both():
    text = ("财富物语\n\n云南法院化解民间纠纷巧打民族特色牌.\n\nXiaoMing 0\n\n"
            "云南法院化解民间纠纷巧打民族特色牌 2020-12-03 11:11:03 原标题:云南法院化解民间纠纷巧打民族特色牌\n\n"
            "近年来,云南省各级法院广泛建设民族调解室,目前,该省法院共设立调解工作室568个,聘请特邀调解员2000余名。")
    doc = extract(text)
    assert (doc.title, doc.published_at) == ("云南法院化解民间纠纷巧打民族特色牌", "2020-12-03T11:11:03+08:00")
    assert doc.body.startswith("近年来")


def test_an_outlet_pair_run_into_a_time_and_original_title_is_no_headline():
    text = ("我县召开优化营商环境大会\n\n光明网-光明日报 2023-04-11 15:20:07 原标题：全县优化营商环境工作推进大会召开\n\n"
            "近年来，我县坚持把优化营商环境作为“一号工程”，全年新增市场主体3200余户，同比增长15.6%。")
    assert extract(text).title == "我县召开优化营商环境大会"


def test_an_accessibility_bar_of_modes_over_the_headline_is_no_part_of_it():
    text = ("丨     网站无障碍 丨 关怀版\n\n区司法局2021年法治政府建设情况报告\n\n发布日期:2022-01-19    发布者:和平区人民政府\n\n"
            "2021年,和平区司法局在区委、区政府的正确领导下,扎实推进法治政府建设,全年办理行政复议案件36件,为高质量发展提供法治保障。")
    assert extract(text).title == "区司法局2021年法治政府建设情况报告"


def test_a_documents_own_day_in_brackets_stays_in_its_title_and_a_sites_stamp_does_not():
    para = "2021年,区政府坚持依法行政,全年办理行政复议案件36件,纠错率达12.5%,行政机关负责人出庭应诉率100%。"
    doc = extract(f"区人民政府工作报告（2021年3月5日）\n\n{para}")
    assert (doc.title, doc.published_at) == ("区人民政府工作报告（2021年3月5日）", None)
    doc = extract(f"区人民政府工作报告 (2021-03-06)\n\n{para}")
    assert (doc.title, doc.published_at) == ("区人民政府工作报告", "2021-03-06")


def test_a_papers_grant_of_its_stories_and_its_licences_are_furniture_and_nothing_after_a_closing_credit_is_the_articles():
    text = ("文水县多措并举推进信访工作法治化\n\n今年以来,文水县委、县政府采取多种措施,着力推进全县信访工作法治化。一是县委高度重视,"
            "成立了推进信访工作法治化领导组。二是出台了《关于推进信访工作法治化的指导意见》,进行了安排部署。\n"
            "目前,文水县初信初访量、重复信访量同比均处于下降趋势。 (段忠民)\n省内新闻网站\n"
            "山西日报、山西晚报所有自采新闻(含图片)独家授权山西新闻网发布,未经允许不得转载或镜像;授权转载务必注明来源。\n"
            "凡本网未注明“来源:山西新闻网”的作品,均转载自其它媒体,并不代表本网赞同其观点和对其真实性负责。\n"
            "营业执照增值电信业务许可证互联网出版机构网络视听节目许可证广播电视节目许可证\n关于我们 - 版权声明 - 合作咨询")
    doc = extract(text)
    assert doc.body.endswith("同比均处于下降趋势。 (段忠民)")
    assert [m.marker for m in doc.measures] == ["一是", "二是"]


PARA = "今年以来,某县坚持和发展新时代“枫桥经验”,全年共调解矛盾纠纷1200件,调解成功率达98.5%,有力维护了社会和谐稳定。"


def test_a_share_bar_of_targets_is_no_headline_and_crumbs_ending_on_the_headline_are_navigation():
    assert extract(f"微信 QQ空间 QQ好友 新浪微博\n\n{PARA}").title is None
    text = f"问答网首页 > 最新热搜 > 杭州 > 浙江贸促系统探索涉外商事调解新机制 服务高水平开放\n北柠西梦\n浙江贸促系统探索涉外商事调解新机制 服务高水平开放\n\n{PARA}"
    assert extract(text).title == "浙江贸促系统探索涉外商事调解新机制 服务高水平开放"


def test_a_lists_day_before_a_headline_goes_and_a_named_day_stays():
    assert extract(f"11.30 东北雪林挂起国徽:37林场设4个审判点\n\n{PARA}").title == "东北雪林挂起国徽:37林场设4个审判点"
    assert extract(f"12.4 国家宪法日 某县开展宪法宣传活动\n\n{PARA}").title == "12.4 国家宪法日 某县开展宪法宣传活动"


def test_a_recommendation_label_before_the_headline_and_an_outlets_reporters_after_the_source_go():
    text = f"资讯推荐:蒙城县总工会“三到位”抓好诉讼调解服务\n\n2022-09-09 09:54:01 来源: 浙江在线 浙江在线记者 周咏南 陈文文\n\n{PARA}"
    doc = extract(text)
    assert (doc.title, doc.source) == ("蒙城县总工会“三到位”抓好诉讼调解服务", "浙江在线")


def test_widgets_and_a_counter_after_the_source_leave_it():
    for printed, source in (("广西日报|0", "广西日报"), ("中国新闻网 参与互动", "中国新闻网"), ("京华时报 点击这里给我发消息", "京华时报")):
        assert extract(f"某县开展调解工作\n\n发布时间:2017-03-02 10:00 来源:{printed}\n\n{PARA}").source == source


def test_a_hard_wrapped_paragraph_without_a_headline_keeps_every_line_in_the_body():
    # a work report set in a PDF's column: lines of one paragraph broken off mid-sentence are no headline,
    # and none of them is dropped as furniture above one
    from extractor import extract
    text = ("2024 年,在市委的坚强领导下,在市人大及其常委会有力监督,市政府大力支持、市政协民\n"
            "主监督和社会各界关心支持下,全市法院坚定以习近平新时代中国特色社会主义思想为指导,深\n"
            "入践行习近平法治思想,全面贯彻落实党的二十大和二十届二中、三中全会精神和习近平总书记\n"
            "项工作取得新成效。全市法院共受理各类案件 65023 件,办结案件 59344 件。")
    doc = extract(text)
    assert doc.title is None and doc.body.startswith("2024 年,在市委")
    assert [m.period.text for m in doc.metrics] == ["2024 年", "2024 年"]
    # a headline printed twice over its paragraph stays the headline
    text = ("高新区市场监督管理局2025年第三季度药品、医疗器械、化妆品安全监管工作情况\n"
            "高新区市场监督管理局2025年第三季度药品、医疗器械、化妆品安全监管工作情况\n"
            "2025年第三季度,高新区市场监督管理局持续开展药品、医疗器械、化妆品安全监管工作,共检查经营单位126家。")
    assert extract(text).title == "高新区市场监督管理局2025年第三季度药品、医疗器械、化妆品安全监管工作情况"


def test_a_dateline_with_an_accounts_name_after_its_role():
    doc = extract(f"南宁警方“驻村反诈”两个月捣毁诈骗窝点45处\n2019年06月19日 01:30 新浪网 作者 广西三里红\n{BODY}")
    assert (doc.published_at, doc.source) == ("2019-06-19T01:30:00+08:00", "新浪网")
    # an outlet beside the time stays the source over a picture's credit in the header
    doc = extract(f"南宁警方开展反诈宣传\n2019年06月19日 01:30 新浪网\n图片来源：视觉中国\n{BODY}")
    assert doc.source == "新浪网"


def test_an_e_paper_path_line_gives_the_paper_and_its_day_and_a_copy_button_is_no_headline():
    doc = extract("正文复制\n河南法治报/2025 年/1 月/17 日/第 007 版特别报道\n激活基层治理“ 微细胞”\n"
                  f"——滑县公安局深入推进群防群治工作综述\n{BODY}")
    assert (doc.published_at, doc.source, doc.title) == ("2025-01-17", "河南法治报", "激活基层治理“ 微细胞”")


def test_a_toolbars_bare_labels_a_qr_codes_caption_and_a_footers_links_run_together_are_furniture():
    doc = extract(f"交警部门启动专项整治活动\n\n发布时间:2021年03月16日\n来源:天门网\n打印:\n字体:\n\n{BODY}\n\n"
                  "扫描二维码\n在您的设备上浏览本页\n\n网站简介广告服务标识说明联系方式法律声明建议投诉")
    assert doc.body == BODY


def test_a_headline_broken_after_its_conjunction_goes_on_with_the_next_line():
    doc = extract(f"2022年度法治政府建设工作报告和\n2023年工作思路\n\n发布时间:2023-02-22 14:47\n{BODY}")
    assert doc.title == "2022年度法治政府建设工作报告和2023年工作思路"


def test_a_source_without_the_buttons_after_it_bar_or_no_bar():
    doc = extract(f"春节长假西宁治安状况良好\n發佈時間:2012年01月30日 11:24 | 進入復興論壇 | 來源:青海新聞網 | 手機看視頻\n{BODY}")
    assert doc.source == "青海新聞網"
    doc = extract(f"春节长假西宁治安状况良好\n发布时间:2012年01月30日 11:24 来源:中国新闻网参与互动参与互动\n{BODY}")
    assert doc.source == "中国新闻网"


@pytest.mark.parametrize("headline,title", [
    ("环球热门:秦岭镇开展“五一”节前安全生产大检查", "秦岭镇开展“五一”节前安全生产大检查"),
    ("最新快讯!将警务室“搬进”社区", "将警务室“搬进”社区"),
    ("2022年江西公安110报警服务台受理群众报警电话1031万起-快讯", "2022年江西公安110报警服务台受理群众报警电话1031万起"),
    ("北京市推出八项措施整治欠薪 全球热资讯", "北京市推出八项措施整治欠薪"),
    ("荆门市2009年国民经济和社会发展统计公报(3)", "荆门市2009年国民经济和社会发展统计公报"),
    ("法援走进临工集散中心[安徽法制报]", "法援走进临工集散中心"),
])
def test_an_aggregators_label_a_pages_number_and_a_copys_outlet_tag_are_no_part_of_the_headline(headline, title):
    assert extract(f"{headline}\n发布时间:2023-02-22 14:47\n{BODY}").title == title


def test_a_headline_ending_on_a_word_that_ends_in_he_is_no_broken_headline():
    doc = extract(f"凝聚法治力量 共创和谐平和\n县司法局多措并举化解矛盾纠纷\n发布时间:2023-02-22 14:47\n{BODY}")
    assert doc.title == "凝聚法治力量 共创和谐平和"


@pytest.mark.parametrize("furniture", [
    "初审编辑:谢玮", "初審編輯:魏鵬", "文/图/崔金", "文、圖/趙東山", "□ 本报采访组", "全媒体记者魏海洋报道",
    "中国妇女报·中国妇女网记者刘旭/芙萱", "封面新聞記者 田之路", "湖北日报讯 胡新桥 新志月", "張崢華/上海市閔行區司法局",
    "请使用浏览器分享功能进行分享", "用微信扫描二维码分享至好友和朋友圈", "您当前使用的浏览器版本过低,请使用主流浏览器升级最新版本浏览网页",
    "点击收听年报语音朗读", "欢迎加入法治观察网!", "关注微博", "正文共3519个字,预计阅读需10分钟▼", "电子报阅读机",
    "新聞熱線:0855-8222000", "会议现场", "菏泽市司法局新闻发布会现场",
])
def test_a_dumps_writers_editors_buttons_and_captions_are_never_its_headline(furniture):
    # (a dump that opens on the page's furniture, its headline cut off: no title, not the furniture; a page in
    # traditional characters is read in simplified ones, line by line)
    body = BODY_TRADITIONAL if any(ch in furniture for ch in "審圖聞熱") else BODY
    assert extract(f"{furniture}\n{body}").title is None
    assert extract(f"县司法局多措并举化解矛盾纠纷\n{furniture}\n{body}").title == "县司法局多措并举化解矛盾纠纷"


BODY_TRADITIONAL = "近年來，某縣堅持和發展新時代“楓橋經驗”，全年共調解矛盾糾紛1200件，調解成功率達98.5%，有力維護了社會和諧穩定。"


def test_a_news_sites_稿源_is_the_source():
    doc = extract(f"胡家园司法所开展宪法宣传活动\n稿源:津滨网 编辑:高志翔 2020-12-04 20:07\n{BODY}")
    assert (doc.title, doc.source, doc.published_at[:16]) == ("胡家园司法所开展宪法宣传活动", "津滨网", "2020-12-04T20:07")


@pytest.mark.parametrize("line,published", [
    ("来源时间为:2023-12-22", "2023-12-22"), ("刊发时间：2023-12-22 10:00", "2023-12-22T10:00"),
    ("发布时间为：2023年12月22日", "2023-12-22"),
])
def test_a_publication_keys_variants_give_the_time(line, published):
    doc = extract(f"九寨沟县开展旅游市场专项整治\n{line}\n{BODY}")
    assert doc.published_at[:len(published)] == published


def test_a_catalogues_office_rows_and_an_interviews_card_are_fields_not_the_headline():
    doc = extract("信息索引号 001008001003016/2025-20684 文件编号 临平司法〔2025〕4号\n责任部门 区司法局 公开形式 主动公开\n"
                  "责任科室 区司法局 公开范围 面向社会\n成文日期 2025-03-18 公开时限 长期公开\n"
                  f"关于印发调解工作经费保障实施办法的通知\n来源:办公室 发布时间: 2025-03-24 12:00\n{BODY}")
    assert doc.title == "关于印发调解工作经费保障实施办法的通知"
    doc = extract(f"林西县人民法院召开新闻发布会\n  • 嘉宾简介:林西电视台、林西时讯等\n  • 访谈时间:2017年11月30日\n  • 访谈地点:\n{BODY}")
    assert doc.title == "林西县人民法院召开新闻发布会"


def test_a_short_headline_may_trail_off_but_words_quoted_may_not():
    doc = extract(f"四海资讯\n首页 > 国内资讯 > 海南新闻\n去年海口12345受理办件302万件,被投诉最多的是……\n时间:2021-04-07\n{BODY}")
    assert doc.title == "去年海口12345受理办件302万件,被投诉最多的是……"
    doc = extract(f"“爱心扶手装好了!”“爱护绿地的人越来越多了!”……\n{BODY}")
    assert doc.title is None


@pytest.mark.parametrize("headline", ["直击调解现场", "凯里市抗洪抢险救灾现场", "欢迎加入“黔东南好人网”!", "施秉县杉木河漂流开漂(资料图)"])
def test_headlines_that_read_like_captions_or_banners_stay_headlines(headline):
    assert extract(f"{headline}\n发布时间:2024-05-12 10:20 来源:凯里市司法局\n{BODY}").title == headline


def test_a_line_opening_on_a_key_like_word_keeps_its_numbers():
    doc = extract("首发时间:6:30,末班时间:20:00,发车间隔15分钟。\n新闻热线:0855-8221234,今年热线接通率达98.6%。\n" + BODY)
    assert {"15分钟", "98.6%"} <= {m.text for m in doc.metrics}


def test_a_catalogues_office_names_the_region_when_the_text_names_none():
    doc = extract("我区召开2024年度安全生产工作会议\n信息索引号 11431102MB1234/2024-00045\n"
                  "责任科室 双清区应急管理局办公室 发布日期 2024-02-28\n"
                  "2月27日，我区召开2024年度安全生产工作会议，全年共排查整治安全隐患1260处，整改率达98%。")
    assert (doc.title, doc.region.county) == ("我区召开2024年度安全生产工作会议", "双清区")


@pytest.mark.parametrize("slogan", ["福建法治报,让新闻离你更近!", "江西日报，江西人的报纸"])
def test_an_outlets_name_and_slogan_over_the_publication_line_is_no_headline(slogan):
    doc = extract(f"{slogan}\n2025-08-13 15:44:31\n\n从针锋相对到相互理解 抚养纠纷调解的“破冰”路\n\n{BODY}")
    assert doc.title == "从针锋相对到相互理解 抚养纠纷调解的“破冰”路"
    assert slogan not in doc.body


def test_a_notices_contact_lines_between_its_sentences_stay_its_words_and_the_sites_below_them_go():
    text = ("关于征集2024年度行政复议典型案例线索的公告\n发布时间：2024-05-12 10:20 来源：县司法局\n"
            "为总结推广行政复议工作经验，现面向社会征集2024年度行政复议典型案例线索，请于6月30日前报送。\n"
            "联系人：刘女士\n地址：某县人民路68号\n"
            "报送的线索经审核后，将在县政府门户网站公布，欢迎社会各界积极参与。\n"
            "地址：某县人民政府大院 联系电话：0000-1234567")
    doc = extract(text)
    assert "联系人：刘女士" in doc.body and "地址：某县人民路68号" in doc.body
    assert "人民政府大院" not in doc.body  # (the site's footer, below the last sentence)


@pytest.mark.parametrize("unit", ["示范区公安分局开州派出所", "经开区司法局"])
def test_an_agency_kicker_over_an_e_papers_headline_is_not_the_headline(unit):
    # (开 of a place's name, 开州 or 经开, is no verb that makes the line a deed)
    doc = extract(f"第07版:安监·公安\n\n{unit}\n\n“四解”机制化解基层矛盾纠纷\n\n"
                  "本报讯 近日，该单位创新构建矛盾纠纷化解“四解”机制，成功化解一起因田地边界引发的积怨案件，"
                  "今年以来共化解矛盾纠纷126起。")
    assert doc.title == "“四解”机制化解基层矛盾纠纷"


@pytest.mark.parametrize("headline", ["城关镇有了人民调解委员会", "县里新开一家司法所", "我县再获一个全国先进司法所"])
def test_a_headline_that_does_something_to_an_agency_stays_the_headline(headline):
    doc = extract(f"{headline}\n发布时间：2024-03-12 10:20\n近日，该县在城关镇设立人民调解委员会，今年以来共调解矛盾纠纷126起，"
                  "调解成功率达98%。")
    assert doc.title == headline


def test_an_e_papers_record_of_the_story_in_a_comment_is_no_text():
    doc = extract("团结报\n2022年11月17日\n\n上门十八次 化解纠纷不畏难\n\n本报讯 日前，永顺县松柏镇西元村一起历时6年的通道纠纷终于"
                  "达成协议，三户人家连连道谢。今年以来，该镇共调解矛盾纠纷126起。\n\n"
                  "--> 2022-11-17 永顺松柏镇 1 1 团结报 c100672.html 1 上门十八次 化解纠纷不畏难 /enpproperty-->")
    assert "enpproperty" not in doc.body and "c100672" not in doc.body
    assert "十八次" not in {m.text for m in doc.metrics}  # (the headline again, in the record)
    doc = extract("团结报\n\n松柏镇司法所化解纠纷不畏难\n\n本报讯 日前，永顺县松柏镇西元村一起历时6年的通道纠纷终于达成协议。今年以来，"
                  "该所调解矛盾纠纷126件，成功率100%。--> 2022-11-17 永顺松柏镇 1 1 团结报 c100672.html 1 上门 /enpproperty-->")
    assert {"126件", "100%"} <= {m.text for m in doc.metrics}  # (the record run onto the article's own line: the line stays)


MIRROR_PAGE = ("法治號 手機版| 站內(nèi)搜索\n\n網(wǎng)上有害信息舉報\n\n“古寨院長”破解基層平安建設密碼\n\n"
               "2025-07-07 12:25:00 來源:法治日報-法治網(wǎng) -標準+\n\n□ 本報記者 馬利民\n\n"
               "游客鄭女士在三多古寨景區(qū)遺落的背包,不到24小時便回到手中;村民老王與鄰居的激烈爭執(zhí),"
               "在自家院子里便煙消云散……在四川省自貢市大安區(qū)三多寨,這座百年古寨正悄然將古老期許"
               "轉化為現(xiàn)代治理實踐,一個平安建設的鮮活樣板正在鄉(xiāng)村冉冉升起。\n")


def test_a_mirrors_glossed_traditional_page_reads_its_headline_and_source_as_a_plain_page_does():
    doc = extract(MIRROR_PAGE)
    assert doc.title == "“古寨院長”破解基層平安建設密碼"  # not the reporting line's link over it
    assert doc.source == "法治日報-法治網(wǎng)"  # the font-size widget off, the gloss of its last character kept


@pytest.mark.parametrize("printed, source", [
    ("來源:武山縣融媒體中心 轉(zhuǎn)載:康翠霞", "武山縣融媒體中心"),
    ("來源:民權(quán)網(wǎng)", "民權(quán)網(wǎng)"),
    ("來源:法治日報-法治網 -標準+", "法治日報-法治網"),
    ("来源:攀枝花市仁和区中坝乡人民政府      选择阅读字号:[ ]", "攀枝花市仁和区中坝乡人民政府"),
])
def test_a_sources_tail_comes_off_in_traditional_script_and_through_a_mirrors_glosses(printed, source):
    page = ("某縣法院調解糾紛\n\n2024-05-06 09:00 " + printed + "\n\n"
            "近日,某縣人民法院成功調解一起土地糾紛,雙方當事人握手言和,當場履行了調解協議,"
            "法官還就相關法律問題進行了釋明,群眾紛紛點讚,取得了良好的法律效果和社會效果。\n")
    assert extract(page).source == source


def test_a_mirrors_glossed_release_gives_its_dates_and_measures_as_printed_at_their_offsets():
    text = ("某縣司法局多措並舉化解矛盾糾紛\n發(fā)布日期:2024-05-06\n"
            "今年以來(lái),某縣司法局共調解糾紛120件,調解成功率達98%。\n"
            "一是強化(huà)排查。組織調解員走訪群眾,排查矛盾糾紛35件。\n"
            "二是完善機制。建立聯(lián)調機制,化解疑難糾紛12件。\n")
    doc = extract(text)
    body_dates = [d for d in doc.dates if d.field == "body"]
    assert body_dates and body_dates[0].text == "今年以來(lái)"
    assert all(doc.body[d.start:d.end] == d.text for d in body_dates)
    assert [ms.title for ms in doc.measures] == ["強化(huà)排查", "完善機制"]
    assert all(doc.body[ms.start:ms.start + 2] == "一是" or doc.body[ms.start:ms.start + 2] == "二是" for ms in doc.measures)
    counted = {m.text: m for m in doc.metrics}
    assert counted["120件"].period.text == "今年以來(lái)"


def test_speech_that_trails_off_is_a_storys_dialogue_not_its_headline():
    text = ("传承枫桥经验 谱写时代新篇 天津法院多元化纠纷解决工作纪实\n“啪!”\n当事人一把拍在调解法官前面的桌子上,颤巍巍地站了起来:\n"
            "“我就是个小老百姓,我不知道什么法律不法律的,这么多年我住在那里,他们也没说什么,怎么一搬迁就都跑出来了……”\n"
            "这是今年8月28日天津市红桥区人民法院铃铛阁派出法庭调解室发生的一幕。今年1至8月,天津法院诉前调解案件共9991件,"
            "调解成功6811件,调解成功率达到68.17%。\n")
    doc = extract(text)
    assert doc.title == "传承枫桥经验 谱写时代新篇 天津法院多元化纠纷解决工作纪实"
    assert "怎么一搬迁就都跑出来了……”" in doc.body



@pytest.mark.parametrize("headline", ["市委书记：“让群众少跑腿……”", "“这下我们终于安心了...”"])
def test_a_headline_that_quotes_speech_trailing_off_is_the_headline_when_it_heads_the_page(headline):
    body = ("这是今年8月28日某县人民法院派出法庭调解室发生的一幕。今年1至8月,全县法院诉前调解案件共991件,"
            "调解成功681件,调解成功率达到68.7%。\n")
    assert extract(headline + "\n" + body).title == headline


def test_a_mirror_whose_glosses_stand_mostly_over_the_article_gives_its_numbers_as_printed():
    text = ("首頁(yè) > 新聞(wén)中心(xīn)\n某縣司法局開(kāi)展調解工作\n發(fā)布日期:2024-05-06\n"
            "今年以來,全縣共受理矛盾糾紛1.5萬(wan)件,調解成功率達98%,涉及金額2.3億(yi)元。\n")
    doc = extract(text)
    found = {m.text: m for m in doc.metrics}
    assert set(found) == {"1.5萬(wan)件", "98%", "2.3億(yi)元"}
    assert all(doc.body[m.start:m.end] == m.text for m in doc.metrics)


def test_a_texts_part_spread_out_letter_by_letter_is_a_heading_not_a_writers_name():
    from extractor.lines import classify

    for heading in ("导 言", "结 语", "概 况", "前 言"):
        assert classify(heading).kind == "content"
    assert classify("郑 璐 朱 玲").kind == "byline"  # (writers' names spaced out still are)
    body = extract(f"某县法治政府建设情况报告\n引 言\n{BODY}").body
    assert body.startswith("引 言\n")


def test_a_paragraph_opening_on_a_word_that_is_a_key_is_no_field():
    text = ("某县12345热线2023年工作回眸\n回望2023年，某县12345热线用三个关键字诠释了为民服务的初心。\n"
            "关键字：快。热线推行“接诉即办”，工单平均办理时长缩短至1.8个工作日。\n"
            "关键字：实。热线对群众反映的问题逐件跟踪督办，按时办结率99.5%。\n")
    doc = extract(text)
    assert doc.body.count("关键字：") == 2 and "99.5%" in [m.text for m in doc.metrics]


def test_a_keyword_line_and_an_apps_prompt_are_no_part_of_the_body():
    text = f"某县召开矛盾纠纷排查化解推进会\n{BODY}\n关键字：矛盾纠纷 排查化解\n打开某某新闻客户端，阅读体验更佳\n"
    body = extract(text).body
    assert "关键字" not in body and "客户端" not in body


def test_a_comment_counter_after_the_source_is_no_part_of_it():
    for line, source in (("来源: 第一财经日报\u3000\u3000\u3000网友评论 0 条", "第一财经日报"),
                         ("来源：某县司法局  评论 3", "某县司法局"), ("来源：县委政法委 跟帖 5 条", "县委政法委")):
        assert extract(f"某县召开矛盾纠纷排查化解推进会\n2024-05-10 09:00 {line}\n{BODY}").source == source
