"""Measures at the right level of nesting."""
import pytest

from extractor import extract

LEAD = "某县司法局多措并举推进矛盾纠纷化解\n今年以来，某县司法局坚持和发展新时代“枫桥经验”，扎实推进矛盾纠纷排查化解工作，取得明显成效。\n"


def titles(text):
    doc = extract(LEAD + text, published_at="2023-06-01")
    return [(m.marker, m.title, m.keyword) for m in doc.measures], doc.measures_declared


def test_section_headings_hand_over_to_their_items():
    text = ("一、基本情况\n全县共调解纠纷120起。\n二、主要做法\n（一）织密“排查网”。组织网格员开展排查。\n"
            "（二）建强调解队伍。选聘专职调解员。\n三、存在问题\n一是力量不足；二是经费短缺。")
    assert titles(text)[0] == [("（一）", "织密“排查网”", "排查网"), ("（二）", "建强调解队伍", None)]


def test_problem_lists_are_not_measures():
    text = "工作中也暴露出一些困难和问题：一是人员不足，力量薄弱；二是经费紧张，保障不够。"
    assert titles(text)[0] == []


def test_a_numbered_list_of_the_problems_a_paragraph_announces_is_no_measures():
    text = ("第四季度诉求事项热点堵点问题主要体现在劳动纠纷、行政效能、环境污染等问题。\n"
            "1.劳动纠纷:拖欠工资;\n2.行政效能:职能部门工作态度、户政业务等;\n3.环境污染:养殖场污染、噪音污染等;\n")
    assert titles(text)[0] == []
    traditional = ("第四季度訴求事項熱點堵點問題主要體現在勞動糾紛、行政效能等問題。\n"
                   "1.勞動糾紛:拖欠工資;\n2.行政效能:職能部門工作態度、戶政業務等;\n")
    assert titles(traditional)[0] == []
    # a lead-in that does away with the hazards it names leads to actions
    acted = "县民政局全面开展矛盾纠纷排查，排除安全隐患，确保社会大局和谐稳定。一是集中化解矛盾纠纷；二是妥善安置精神障碍患者。"
    assert [t for _, t, _ in titles(acted)[0]] == ["集中化解矛盾纠纷", "妥善安置精神障碍患者"]


def test_leads_run_into_a_flattened_paragraph_and_headings_set_off_by_spaces():
    # (助力: a verb, though jieba's tagger reads a noun)
    text = ("该镇以法治宣传教育为抓手推动法治政府建设。 重视法治宣传教育,提升公民法治意识。该镇充分发挥普法志愿者作用，"
            "广泛宣传法律知识。 整合法律服务力量,发挥法律顾问作用。该镇坚持重大问题法律顾问列席制，定期召开论证会。"
            " 搭建矛盾调解平台,助力和谐镇区建设。该镇建成调解室5个，化解纠纷120起。")
    assert [t for _, t, _ in titles(text)[0]] == [
        "重视法治宣传教育,提升公民法治意识", "整合法律服务力量,发挥法律顾问作用", "搭建矛盾调解平台,助力和谐镇区建设"]
    spaced = ("依法提起刑事附带民事公益诉讼1件并获得支持。 保护生物多样性 近年来，该院采取多种办案形式筑牢屏障。"
              " 耕地保护再发力 该院在防治耕地污染上持续发力，就养殖场污染环境线索立案调查。")
    assert [t for _, t, _ in titles(spaced)[0]] == ["保护生物多样性", "耕地保护再发力"]


def test_one_measure_named_before_an_announced_list_is_no_count():
    text = ("全面推进刑事案件律师辩护全覆盖工作，是保障人权的一项重要举措。\n"
            "这两大举措分别是：100%应知尽知，受理刑事案件后及时告知被告人有权委托辩护人；"
            "100%应援尽援，被告人不委托辩护人的全部通知法律援助中心指派律师。")
    assert titles(text)[1] == 2


def test_a_count_after_the_measures_that_equals_them_sums_them_up():
    text = ("精准搭台，构建多元调解服务体系\n全市建立调解组织120个，确保事事有回音。\n"
            "特色赋能，探索接地气化解路径\n各地结合实际开展调解，化解纠纷300余件。\n"
            "深化拓展，推动活动常态长效\n为实现常态化推进，全市重点落实三项举措，不断提升调解能力。\n")
    measures, declared = titles(text)
    assert len(measures) == 3 and declared == 3


def test_a_lead_in_that_resolves_problems_leads_to_measures():
    text = ("县林业局把握三个关键环节，现场化解当地林地边界争议问题。一是明确任务，聚焦争议核心。成立临时工作组。"
            "二是理清思路，科学施策推进。开展现场指界。")
    assert [t for _, t, _ in titles(text)[0]] == ["明确任务，聚焦争议核心", "理清思路，科学施策推进"]


def test_inline_items_end_at_semicolon():
    text = "报告从三个方面回顾了工作。一是坚持党建引领，筑牢根基；二是坚持问题导向，化解纠纷；三是坚持源头治理，防范风险。"
    measures, declared = titles(text)
    assert [t for _, t, _ in measures] == ["坚持党建引领，筑牢根基", "坚持问题导向，化解纠纷", "坚持源头治理，防范风险"]
    assert declared == 3


def test_unnumbered_headings_with_subtitles():
    text = ("打造“规范化”中心枢纽\n让群众诉求一站式解决\n综治中心接待大厅宽敞明亮，功能分区齐全，群众反映诉求可以一站式办理。\n"
            "健全“全链条”工作机制\n推动矛盾纠纷闭环化解\n建立受理、分流、办理、反馈、回访全流程工作机制，确保件件有落实。")
    assert [(m, t) for m, t, _ in titles(text)[0]] == [(None, "打造“规范化”中心枢纽"), (None, "健全“全链条”工作机制")]


def test_measure_spans_and_categories():
    doc = extract(LEAD + "一、强化人民调解。全年调解纠纷300起。\n二、深化法治宣传。开展普法活动20场。", published_at="2023-06-01")
    assert [m.category for m in doc.measures] == ["mediation", "legal_publicity"]
    assert [m.measure for m in doc.metrics] == [1, 2]


def test_bold_lead_sentences_in_html_are_measures():
    html = """<html><head><meta charset="utf-8"><title>某区司法局推进行政复议工作</title></head><body>
    <div id="zoom"><p>今年以来，某区司法局多措并举推进行政复议工作，全年受理申请120件，取得明显成效。</p>
    <p><strong>拓宽申请渠道。</strong>坚持“全域受案”，畅通网络申请渠道，形成多渠道申请模式。</p>
    <p><strong>规范受理服务。</strong>完善不予受理监督机制，建立标准化工作流程，受理案件98件。</p>
    <p><b>做好引流分流：</b>落实“应收尽收”，扩大复议前置案件范围，推动争议进入复议程序。</p></div>
    </body></html>"""
    doc = extract(html)
    assert [(m.marker, m.title) for m in doc.measures] == [
        (None, "拓宽申请渠道"), (None, "规范受理服务"), (None, "做好引流分流")]
    assert doc.metrics[-1].measure == 2


def test_a_signature_under_a_report_is_not_a_heading():
    text = ("全县共有行政执法主体单位42家，持证行政执法人员1286名，全年开展案卷评查2次，发现问题案卷47卷。\n"
            "强化制度建设夯实监督基础\n出台监督办法等制度文件5项，全面推行行政执法公示制度。\n"
            "强化过程监督规范执法行为\n组织开展执法检查23次，及时纠正不规范执法行为。\n"
            "下半年，县司法局将持续加大行政执法监督力度，推动严格规范公正文明执法。\n"
            "某县司法局\n2024年7月31日")
    assert [t for _, t, _ in titles(text)[0]] == ["强化制度建设夯实监督基础", "强化过程监督规范执法行为"]


def test_characteristics_are_not_measures():
    text = "从调解案件看，呈现出三个特点：一是涉茶纠纷占比较高；二是调解成功率高；三是自动履行意愿强。"
    measures, declared = titles(text)
    assert measures == [] and declared is None


def test_a_word_between_the_count_and_measures_still_declares_them():
    text = "重点推出三项服务举措。\n1.打造“15分钟法律服务圈”。在各镇街设立工作站。\n2.推行“一次办好”。\n3.开展上门服务。"
    assert titles(text)[1] == 3


def test_report_sections_named_by_their_topic_hand_over_to_their_items():
    text = ("一、信访总体情况\n第三季度，全县共登记受理信访事项312件。\n二、信访事项主要特点\n涉及城乡建设的占比最高。\n"
            "三、下步工作要求\n（一）压实信访工作责任。各部门要落实首办责任。\n（二）加大重复信访治理力度。逐案化解。")
    assert [t for _, t, _ in titles(text)[0]] == ["压实信访工作责任", "加大重复信访治理力度"]


def test_bracketed_case_labels_are_not_measures():
    html = ("<html><body><h1>某市司法局发布行政复议典型案例</h1><div id='zoom'>"
            "<p>为发挥行政复议主渠道作用，某市司法局选取部分典型案例予以发布，供各单位学习参考。</p>"
            "<p>案例一：某公司不服行政处罚案</p>"
            "<p><strong>【基本案情】</strong>2024年3月，某公司因销售不合格食品被处以罚款，该公司不服申请复议。</p>"
            "<p><strong>【处理结果】</strong>复议机构审查后撤销了原处罚决定，依法保护了经营主体合法权益。</p>"
            "</div></body></html>")
    assert extract(html, published_at="2024-12-01").measures == []


def test_bold_leads_with_a_label_before_a_colon_are_measures():
    html = ("<html><body><h1>某县司法局推出三项举措</h1><div id='zoom'>"
            "<p>今年以来，某县司法局推出三项举措，扎实推进矛盾纠纷化解工作，取得明显成效。</p>"
            "<p><strong>举措一：拓宽申请渠道。</strong>在各乡镇设立受理点，方便群众就近申请。</p>"
            "<p><strong>举措二：强化调解和解。</strong>建立调解中心，引入专业力量参与。</p>"
            "<p><strong>举措三：加强监督纠错。</strong>制发意见书，督促行政机关整改。</p></div></body></html>")
    doc = extract(html, published_at="2024-01-01")
    assert len(doc.measures) == 3 and doc.measures_declared == 3


def test_a_verb_between_count_and_measures_declares_nothing():
    from extractor.measures import measures_declared
    assert measures_declared("联合5个部门出台措施") is None
    assert measures_declared("推出五项便民举措") == 5


def test_a_party_congress_is_no_count_of_measures():
    from extractor.measures import measures_declared
    assert measures_declared("以深入贯彻学习十九大精神为抓手，打造了多元解纷品牌") is None
    assert measures_declared("党的二十大报告要求，全方位夯实粮食安全根基") is None
    assert measures_declared("推出十大举措") == 10
    assert measures_declared("出台优化营商环境二十大举措") == 20  # (twenty big measures, no congress)
    assert measures_declared("统一四项工作机制") == 4  # (统一's 一 begins no numeral)
    assert measures_declared("推出十四项措施") == 14


def test_the_disclosure_report_parts_on_its_platforms_and_on_what_is_wanting_are_no_measures():
    text = ("一、总体情况\n（一）主动公开。全年主动公开政府信息35条。\n（二）依申请公开。本年度未收到政府信息公开申请。\n"
            "（三）政府信息管理。本年度未制定行政规范性文件。\n（四）政务信息公开平台建设。主要包括政府网站、微信公众号。\n"
            "（五）监督保障。全年未发生政府信息公开行政复议案件。\n"
            "五、工作存在的主要问题及下步打算\n信息公开的深度还不够，将进一步加强学习，提高工作水平。")
    assert titles(text)[0] == []


def test_a_list_whose_items_each_state_a_problem_holds_no_measures():
    text = ("信用卡纠纷案件呈现以下情况。一是部分银行风险意识不强；二是发卡银行未明确履行告知义务；三是银行风控机制不严，影响案件办理质效。\n"
            "基层调解工作面临挑战：\n一、压力大\n调解员人手少。\n二、任务多\n案件逐年增加。\n三、责任重\n群众期待高。")
    assert titles(text)[0] == []
    acting = "一是加强培训，提升调解能力；二是完善机制，化解不足之处；三是强化保障。"
    assert len(titles(acting)[0]) == 3


def test_improvements_after_a_problems_section_are_measures():
    text = ("三、存在的主要问题及改进情况\n2023年，我局工作取得一定成效，但仍存在公开时效性不够强等问题。下一步，我局将重点做好以下工作："
            "一是提高决定书公开时效；二是丰富政策解读形式；三是加强公开平台建设。\n四、其他需要报告的事项\n本年度未收取信息处理费。")
    assert [t for _, t, _ in titles(text)[0]] == ["提高决定书公开时效", "丰富政策解读形式", "加强公开平台建设"]
    assert titles("工作中仍存在一些不足。一是力量不足；二是经费短缺。")[0] == []


def test_announced_requirements_are_declared():
    from extractor.measures import measures_declared
    assert measures_declared("会议对下一步工作提出四项要求。") == 4


def test_requirements_named_by_a_quoted_label_are_declared():
    from extractor import extract
    text = ("省督查组对该县社区矫正工作进行了突击检查，同时提出了三个“进一步规范”的要求：一是档案文书要进一步规范，"
            "二是行为教育要进一步规范，三是矫正中心运行要进一步规范。")
    assert extract(text).measures_declared == 3
    # (两个“毫不动摇”: a formula, the list counts otherwise)
    text = "会议强调，要坚持两个“毫不动摇”的要求，采取四项措施：一是加强领导。二是完善机制。三是强化保障。"
    assert extract(text).measures_declared == 4


def test_of_two_counts_before_a_list_the_one_that_counts_it_is_declared():
    from extractor import extract
    text = ("代表们听取了县司法局局长所作的普法工作汇报，汇报从法律九进、法治九建、主题宣传三个方面介绍了我县普法工作。"
            "县人大常委会副主任对下一步普法工作提出四点要求：一是加强普法创新。二是加强责任落实。三是加强普法宣传的工作力度。"
            "四是加强多层次多领域依法治理。")
    assert extract(text).measures_declared == 4


def test_points_of_advice_and_steps_of_a_method_are_declared():
    from extractor.measures import measures_declared
    assert measures_declared("副县长就做好冬季根治欠薪工作提出三点意见。") == 3
    assert measures_declared("该中心探索“听、看、察、辨、结”五步调解法，第一步：“听”。") == 5


def test_a_count_that_sums_up_the_list_before_it_is_declared():
    from extractor.measures import measures_declared
    assert measures_declared("该乡紧盯防范、排查、化解三个重要环节，确保矛盾不上交。") == 3
    assert measures_declared("完善四项机制、强化三项措施、实施三项保障。") is None


def test_a_quoted_count_of_methods_before_the_list_is_declared_and_a_slogan_is_not():
    from extractor import extract
    items = ("一是抓早。在排查上下功夫，做到早发现。\n二是抓小。在苗头上下功夫，做到早处置。\n"
             "三是抓实。在化解上下功夫，做到案结事了。")
    assert extract("某街道有效运用“三法”化解纠纷。\n" + items).measures_declared == 3
    assert extract("某镇“三率齐升”暖民心。\n" + items).measures_declared is None
    assert extract("某县采取“三诊疗法”除病根。\n" + items).measures_declared == 3
    assert extract("某局创新推行“三抓三促”工作机制。\n" + items).measures_declared == 3
    assert extract("某院围绕“三化三解三到位”体系开展工作。\n" + items).measures_declared is None


def test_a_quoted_count_announces_measures_only_when_it_names_a_method_or_sums_a_list():
    from extractor import extract
    body = "一是融合平台。建成县级矛调中心，整合资源。\n二是融合队伍。盘活调解资源，发展专职调解员队伍。"
    named = extract("某县推进矛盾纠纷化解\n发布时间：2024-01-01\n该县推动调解平台、调解队伍、调解方式、调解文化、调解资源、调解制度“六大融合”，成效明显。\n" + body)
    slogan = extract("某县推进矛盾纠纷化解\n发布时间：2024-01-01\n该县深刻领悟“两个确立”的决定性意义，成效明显。\n" + body)
    assert named.measures_declared == 6 and slogan.measures_declared is None


def test_yi_yao_items_are_inline_measures():
    from extractor import extract
    text = ("某所召开干部职工大会\n发布时间：2024-02-21\n会议要求，全所干部职工要比学赶超。一要把好方向盘厘清工作思路，明确主次；"
            "二要紧盯绩效表抓好工作落实，树牢问题导向；三要拧紧安全阀守牢工作底线，扎实做好防控工作。")
    assert len(extract(text).measures) == 3


def test_a_heading_over_a_cut_off_last_line_is_still_a_heading():
    from extractor import extract
    text = ("某区人民调解工作\n发布时间：2024-01-05\n全区人民调解工作成效显著，全年调解纠纷5000件，调解成功率98%以上，群众满意度持续提升。\n"
            "强化人民调解基础性作用 建立健全覆盖城乡的人民调解组织网络\n全区共有人民调解委员会1094个，基本形成了多层次的调解组织网络。\n"
            "严格落实矛盾纠纷排查制度 实现矛盾纠纷排查全覆盖\n全区各人民调解组织坚")
    assert len(extract(text).measures) == 2


def test_an_unnumbered_heading_that_judges_heads_no_measure():
    from extractor import extract
    html = ("<html><body><h1>外国专家：中美合作共赢符合国际社会利益</h1><div id='zoom'>"
            "<p>在美国旧金山举行的中美元首会晤吸引了全世界的目光，多名外国专家接受了采访。</p>"
            "<p><strong>中美合作共赢是大势所趋。</strong>专家表示，中美两国合作共赢符合两国人民的根本利益，也是世界各国的期待。</p>"
            "<p><strong>强化沟通交流。</strong>两国有关部门加强沟通，建立了多个对话机制，推动合作取得实效。</p></div></body></html>")
    assert [m.title for m in extract(html).measures] == ["强化沟通交流"]


def test_an_html_pages_unnumbered_heads_are_those_its_markup_sets_off():
    # a short line alone, that no bold or heading markup sets off, is a caption or a feature's
    # subtitle on an HTML page; in a text dump, which has lost its markup, it may be a lost bold head
    paragraphs = ["今年以来，某村依托土豆种植发展特色产业，走出了一条增收致富的新路子，村民收入明显增加。",
                  "土豆无“土”", "村里的合作社把土豆加工成粉条，销往全国各地，带动120户村民增收。",
                  "从种到卖一条龙", "合作社引进加工设备，建起冷库，实现了从种植到销售的全链条发展。"]
    html = "<html><body><h1>小土豆做成大产业</h1><div id='zoom'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></body></html>"
    assert extract(html).measures == []
    assert [m.title for m in extract("小土豆做成大产业\n" + "\n".join(paragraphs)).measures] == ["土豆无“土”", "从种到卖一条龙"]


def test_a_numbered_paragraph_is_read_by_its_number_not_as_a_lead():
    from extractor import extract
    text = ("双牌县司法局用“三快”行动加强矛盾纠纷排查\n"
            "今年以来，双牌县司法局认真贯彻落实维护稳定工作部署要求，积极动员部署，狠抓落实，切实加强矛盾纠纷排查。\n"
            "一是领导重视，部署“快”。接到市局通知后，该局领导高度重视，专门召开专题会议进行动员部署。\n"
            "二是强化责任，行动“快”。坚持谁主管、谁负责，建立健全检查、考评和奖惩制度，将责任落实到具体单位。")
    ms = extract(text).measures
    assert [(m.marker, m.title) for m in ms] == [("一是", "领导重视，部署“快”"), ("二是", "强化责任，行动“快”")]


def test_counts_inside_the_list_or_among_counted_parts_declare_no_measures():
    from extractor import extract
    text = ("万州区大周镇构建多元矛盾调解体系\n"
            "大周镇通过完善四项机制、强化三项措施、实施三项保障，形成多元矛盾调解体系，有力维护群众合法权益。\n"
            "一、完善机制，推进矛盾纠纷多元调解\n依托镇、村、组划分网格29个，将排查化解延伸到网格一线。\n"
            "二、强化措施，助力矛盾纠纷案结事了\n一是以法治为准绳，推动依法化解；二是发挥三个抓手作用，精准发力。")
    assert extract(text).measures_declared is None


def test_methods_that_announce_their_count():
    from extractor import extract
    lead = "为提升纠纷化解效能，如东县司法局推出“加减乘除”四维工作法，全面提升纠纷化解效能。\n"
    items = ("一是聚合力量做“加法”，构建全链条解纷体系。县司法局以力量融合为突破口。\n"
             "二是优化流程做“减法”，打造高效率解纷通道。县司法局以流程再造为核心。\n")
    assert extract("如东县司法局“加减乘除”化解纠纷\n" + lead + items).measures_declared == 4
    lead = "大通县公安局推出矛盾纠纷排查化解“聚焦三点”工作法，实现各类矛盾纠纷源头化解。\n"
    assert extract("大通县公安局化解矛盾纠纷\n" + lead + items).measures_declared == 3
    lead = "其核心做法是“三个融合”：一是空间与职能融合。二是调解与审判融合。三是线上与线下融合。\n"
    assert extract("通海县法院巡回审判点见闻\n" + lead + items).measures_declared == 3


def test_a_method_of_n_steps_announces_them_even_when_the_list_is_not_found():
    from extractor import extract
    text = ("宣汉县司法局“五步工作法”化解矛盾纠纷\n宣汉县司法局通过排、导、解、援、评“五步工作法”的“一站式”矛盾调处模式，"
            "今年以来化解矛盾纠纷58起，调解成功率98%。")
    assert extract(text).measures_declared == 5


def test_short_phrases_opening_parallel_paragraphs_head_measures():
    from extractor import extract
    text = ("某县信访工作综述\n某县信访工作连续三年位居全市前列。\n\n"
            "高位推动。县委主要负责同志每季度主持召开全县稳定工作联席会议，专题研究重点信访问题。\n\n"
            "源头化解。连续四年组织开展“千名干部进万家”走访调研，累计收集群众诉求40309件次。\n\n"
            "创新举措。开展信访志愿行动，共组织青年志愿者1800余名。")
    assert [m.title for m in extract(text).measures] == ["高位推动", "源头化解", "创新举措"]
    # one such sentence alone is no list
    assert extract("某县信访工作综述\n据了解。县委每季度召开联席会议，研究重点信访问题30件。").measures == []


def test_moves_counted_in_a_headline_topic_sections_and_image_names():
    from extractor import extract
    text = ("西园街道“三招齐下”做好访前矛盾化解\n发布时间：2024-08-02\n街道做好访前矛盾化解：\n"
            "强化领导接访制度。街道领导班子带头接待来访群众7次，真情真意。\n"
            "落实包保稳控责任。梳理各渠道投诉案件，建立“一案一档”。\n"
            "注重源头预防化解。开展矛盾纠纷排查12次，化解纠纷30件。")
    doc = extract(text)
    assert len(doc.measures) == 3 and doc.measures_declared == 3
    report = ("某镇2025年政府信息公开工作年度报告\n发布时间：2026-01-20\n一、总体情况\n"
              "(一)在主动公开方面,2025年,某镇持续推进村庄规划、预算决算等信息公开,共公开信息120条。\n"
              "(二)在依申请公开方面,突出便民服务要求,严把程序关、法律关、审查关,全年收到申请2件。")
    assert extract(report).measures == []
    assert extract("某社区调解室化解纠纷\n发布时间：2024-08-02\n社区调解室今年化解纠纷30件，调解成功率100%。\n\n1.jpg\n\n"
                   "“调解室调解流程非常快，1个小时就处理好了我们的问题。”").measures == []


def test_items_run_together_after_a_colon_and_leads_of_figures():
    from extractor import extract
    doc = extract("某区法院院长作工作报告\n发布时间：2017-02-10\n院长在报告中回顾了2016年主要工作:一、狠抓审判执行,质量效率新跨越;"
                  "二、创新科技应用,司法公开更透明;三、强化队伍建设,干警素质全面提升。2016年，该院受理案件8447件。")
    assert [m.title for m in doc.measures] == ["狠抓审判执行,质量效率新跨越", "创新科技应用,司法公开更透明", "强化队伍建设,干警素质全面提升"]
    doc = extract("某市12315分析报告\n发布时间：2023-08-01\n第二季度共接到案件13499件。\n"
                  "受理商品消费投诉共4759件，占投诉量的48%。排名前五位的是食品、交通工具等。\n"
                  "受理服务消费投诉共5121件，占投诉量的52%。排名前五位的是餐饮和住宿服务等。")
    assert doc.measures == []


def test_links_and_focal_points_announce_measures():
    from extractor import extract
    text = ("某乡扎实做好矛盾纠纷排查化解\n发布时间：2024-03-01\n某乡把握三个关键环节，扎实做好矛盾纠纷排查化解工作。"
            "一是抓防范，开展普法宣传12场；二是抓排查，排查纠纷36件；三是抓化解，化解纠纷35件。")
    assert extract(text).measures_declared == 3


def test_chart_captions_kinds_of_requests_and_policy_explanation_parts_are_no_measures():
    from extractor import extract
    bulletin = ("2024年全市12345热线共受理诉求12万件，办结率99%。\n一、营商环境类诉求\n本周共受理营商环境类诉求120件。\n"
                "二、一周热点诉求\n热点集中在供暖、物业等方面。\n2024年度投诉举报渠道来源分布图(件)\n"
                "从投诉问题来看，投诉受理量较大的问题主要有：食品安全(3465件)、售后服务(1671件)。")
    assert extract(bulletin).measures == []
    explanation = ("关于印发某旗行政复议工作规则的通知的解读\n一、制定背景\n新修订的行政复议法于2024年1月1日施行，需要衔接上位法。\n"
                   "二、预期目标\n规范行政复议案件办理，提升办案质效。\n三、主要内容\n规则共五章三十条，明确了受理、审理等程序。")
    assert extract(explanation).measures == []


def test_lead_sentences_run_together_in_a_paragraph_and_leads_alone_on_their_lines():
    from extractor import extract
    text = ("某县法院探索“三点制”群众工作法。\n建立挂钩联系点预防矛盾纠纷。该院6个基层法庭每名法官分别挂钩辖区一个乡镇，排查矛盾纠纷；"
            "建立司法服务点化解矛盾纠纷。人民法庭在所辖各乡镇设立司法服务点，定期安排法官驻点办公；"
            "建立巡回审判点解决矛盾纠纷。该院在全县乡镇均设立标准化巡回审判点，实现就地立案、就地调解。")
    assert [m.title for m in extract(text).measures] == ["建立挂钩联系点预防矛盾纠纷", "建立司法服务点化解矛盾纠纷", "建立巡回审判点解决矛盾纠纷"]
    lines = ("近年来，某县坚持和发展新时代“枫桥经验”，不断夯实基层治理根基。\n强化顶层设计，构建“一体化”统筹协调机制。\n"
             "明晰责任链，成立主动创稳领导小组，统筹全县平安建设工作，县委常委会定期研究主动创安主动创稳工作，"
             "县委书记、县长带头攻坚化解重大矛盾纠纷，层层压实责任。\n"
             "聚焦源头治理，健全“全周期”风险化解机制。\n"
             "一网统管全域排查，设置全科网格180个，选聘专职网格员180名，督促网格员常态化开展收集民意、排查矛盾、服务群众等工作，"
             "化解矛盾纠纷。")
    assert [m.title for m in extract(lines).measures] == ["强化顶层设计，构建“一体化”统筹协调机制", "聚焦源头治理，健全“全周期”风险化解机制"]


def test_announced_mechanisms_and_points_of_effort_are_declared():
    from extractor.measures import measures_declared
    assert measures_declared("该县健全完善四项机制，推动矛盾纠纷源头化解。") == 4
    assert measures_declared("聚焦数据赋能、规范流程、多元共治三个发力点，提升治理效能。") == 3


def test_a_first_item_right_after_its_subject_opens_the_run():
    text = ("县长接待来访群众\n发布时间：2023-01-19\n县长强调，信访工作是送上门的群众工作。全县各级各部门一要牢固树立以人民为中心的发展思想，"
            "做到件件有着落；二要坚持问题导向，压实属地责任；三要提高信访工作法治化水平，畅通信访渠道。\n县政府副县长参加接访。")
    assert [m.marker for m in extract(text).measures] == ["一要", "二要", "三要"]
    assert extract("某县建立统一要求，规范办理流程。各单位要严格落实，确保取得实效。").measures == []


def test_enclosed_number_markers_and_a_quoted_list_summed_up_as_ways_of_acting():
    text = ("某县根治欠薪\n⑴排查欠薪隐患。开展欠薪隐患排查整治行动。\n⑵畅通维权渠道。开通维权“绿色通道”。\n"
            "⑶加强联合惩戒。搭建多部门信息共享平台。")
    assert [m.marker for m in extract(text).measures] == ["⑴", "⑵", "⑶"]
    lead = ("某区通过“精准化服务、数字化赋能、团队化协作”三维发力，实现基层法律服务跨越式发展。\n"
            "一是精准匹配需求。建立需求清单。\n二是数字赋能服务。上线小程序。\n三是团队协作办案。组建律师团队。")
    assert extract(lead).measures_declared == 3


def test_a_quoted_count_before_its_list_a_quoted_list_of_mechanisms_and_a_modifier_between():
    items = "一是抓早。建立排查机制。\n二是抓小。及时介入。\n三是抓实。跟踪回访。"
    assert extract("一年来，我们突出抓了“三项重点工作”：" + items).measures_declared == 3
    lead = "某院建立起“多渠道、包案制、公开听”三个“控申+”工作机制，信访案件画上句号。\n"
    assert extract(lead + items).measures_declared == 3
    assert extract("某县创新三大调解机制，化解纠纷。\n" + items).measures_declared == 3
    assert extract("某县联合三个部门出台措施，化解纠纷。\n" + items).measures_declared is None


def test_headings_that_report_a_figure_are_findings_and_a_sites_notices_are_furniture():
    text = ("某市12345热线月度通报\n发布时间：2023-10-10\n本月热线共受理群众诉求9231件，办结率98.6%，满意率96.2%，总体运行平稳。\n"
            "城乡建设类1545件,占比16.74%\n主要涉及物业管理、房屋质量等问题，已全部转办相关部门办理。\n"
            "政法类906件,占比9.81%\n主要涉及邻里纠纷、治安管理等问题，已全部转办相关部门办理。\n"
            "本文为法治甘肃网原创作品")
    doc = extract(text)
    assert doc.measures == []
    assert "原创作品" not in doc.body


def test_a_papers_name_a_reporters_label_and_a_column_are_no_headings():
    from extractor.measures import _is_heading, _cfg
    cfg = _cfg()
    for line in ("工人日报", "郑报融媒记者", "过往期刊", "娱乐新闻"):
        assert not _is_heading(line, cfg.data, cfg.not_heading), line
    assert _is_heading("强化源头预防化解", cfg.data, cfg.not_heading)


def test_an_item_marker_opening_a_heading_line_is_the_items_marker():
    text = ("某盟司法局开展矛盾纠纷排查\n七月中下旬以来，全盟各地牧民还贷款难，极易发生矛盾纠纷。对此，盟司法局积极开展矛盾纠纷排查化解工作。\n"
            "一是迅速行动,周密部署矛盾纠纷排查化解工作\n各旗县市司法局立即组织律师、法律服务工作者深入辖区每家每户开展法治宣传工作。\n"
            "二是深入基层,广泛开展矛盾排查化解活动\n各地以那达慕为契机组织开展法治宣传活动，发放各类法律宣传手册。")
    assert [(m.marker, m.title) for m in extract(text).measures] == [
        ("一是", "迅速行动,周密部署矛盾纠纷排查化解工作"), ("二是", "深入基层,广泛开展矛盾排查化解活动")]


def test_a_reports_parts_named_by_measures_and_results_are_sections():
    text = ("某镇2024年度法治政府建设情况报告\n一、2024年度推进法治政府建设的主要举措和成效\n"
            "（一）加强乡镇政府职能转变，优化公共服务体系。深化放管服改革，办结事项1200件。\n"
            "（二）深化行政执法体制改革，提升行政执法水平。开展执法案卷评查两次。\n"
            "二、2024年度推进法治政府建设存在的不足和原因\n部分干部法治意识仍需加强。")
    assert [m.marker for m in extract(text).measures] == ["（一）", "（二）"]


def test_the_lines_of_a_table_dumped_a_cell_a_line_head_no_measure():
    text = ("某镇2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我镇认真贯彻政府信息公开条例，主动公开政府信息52条，"
            "及时回应群众关切，依申请公开工作规范有序。\n二、主动公开政府信息情况\n"
            "信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n0\n行政规范性文件\n2\n0\n5\n"
            "信息内容\n本年处理决定数量\n行政处罚事项\n3\n行政强制事项\n0\n三、存在的主要问题及改进情况\n"
            "我镇政府信息公开工作还存在一些不足，下一步将加强培训。")
    doc = extract(text)
    assert not [m.title for m in doc.measures if m.title in ("信息内容", "行政处罚事项", "行政规范性文件")]
    assert ("行政规范性文件 现行有效件数", 5.0) in {(m.indicator, m.value) for m in doc.metrics}


def test_lead_sentences_run_into_a_paragraph_alike_in_form_or_led_by_verbs():
    text = ("新安镇“三建三强”推动矛盾纠纷排查化解，有效维护社会稳定。\n建队伍强保障。精心打造一支专业调解员队伍，充实调解力量，"
            "落实待遇保障。建体系强排查。建立五级网格体系，构建横向到边、纵向到底的矛盾排查体系。建载体强化解。利用镇一站三中心"
            "成功化解生活污水排放问题等纠纷，群众满意度明显提升。")
    assert [m.title for m in extract(text).measures] == ["建队伍强保障", "建体系强排查", "建载体强化解"]
    text = ("2020年以来，凤凰街道以网格管理工作为主要抓手，全面推动平安街道建设。创新楼栋管理方式，促进楼长制深度融合。"
            "目前，辖区获评平安文明楼栋2538栋。加强楼长培训，激发楼长参与社会治理。对街道800余名楼长举办专项培训5次。"
            "抓好群众诉求服务工作，营造和谐社会氛围。街道群众诉求服务站全年受理诉求1200件。")
    assert [m.title for m in extract(text).measures] == [
        "创新楼栋管理方式，促进楼长制深度融合", "加强楼长培训，激发楼长参与社会治理", "抓好群众诉求服务工作，营造和谐社会氛围"]


def test_a_sites_numbered_copyright_notice_is_furniture():
    from extractor.lines import classify
    assert classify('一、凡注明来源为"正北方网"、"北方新报"、"内蒙古日报"的所有作品，版权均属于本网。').kind == "notice"
    assert classify("1、凡注有“新天水讯”的稿件，均为天水日报社版权稿件，未经许可不得转载。").kind == "notice"


def test_a_photos_credit_and_a_read_the_original_link_are_furniture():
    from extractor.lines import classify
    assert classify("图片/各旗县区政府办").kind == "byline"
    assert classify("阅读原文").kind == "toolbar"


# Texts that hold no measure: findings and statistics, case-report parts, bylines, captions,
# quoted speech, a bulletin's parts for one hotline, comparisons of figures.
NO_MEASURES = [
    ("one_short_opening_sentence_is_no_measure",
     "某县调解工作\n发布时间：2024-11-18\n这是一条滚烫的热线。今年以来共办理群众诉求205万件，响应率100%。\n群众纷纷点赞，工作成效明显。"),
    ("findings_and_statistics_headings_are_no_measures",
     "某市2018年行政复议案件统计报告\n发布时间：2019-01-25\n现将有关情况报告如下。\n一、案件基本情况\n（一）行政复议案件\n"
     "全市共收到行政复议案件1262件，同比增长53.16%。\n（二）案件数量\n审结1148件。\n二、主动公开\n全年公开信息120条。"),
    ("a_table_name_in_a_report_is_no_measure",
     "庆元县2024年度行政执法数据公开\n"
     "根据有关规定，现将本县2024年度行政执法数据公开如下，数据统计期限为2024年1月1日至2024年12月31日。\n"
     "一、行政处罚实施情况统计表\n二、行政许可实施情况统计表\n三、行政强制实施情况统计表\n"),
    ("case_report_parts_and_bylines_are_no_measures",
     "某区法院化解一起劳动争议\n某区法院在诉前调解中化解一起涉及46名劳动者的劳动争议，涉案金额120万元。\n"
     "背景与起因\n2023年，某公司因经营困难拖欠46名劳动者工资，劳动者集体向法院起诉。\n"
     "做法与经过\n法院启动诉前调解程序，联合人社部门召开协调会3次，最终促成双方达成分期支付协议。\n"
     "成效与反响\n案件在15天内调解结案，劳动者全部拿到欠薪。\n■采写:新快报记者 罗琼 通讯员 广正发\n"),
    ("case_labels_results_and_licences_head_no_measures",
     "巡回审判进乡村\n某县法院在乡村开展巡回审判，化解纠纷12起。\n基本案情\n2023年，村民张某与李某因宅基地发生纠纷，诉至法院。\n"
     "典型意义\n巡回审判把法庭开到群众家门口，以案释法效果明显。\n成效显著，法治力量激活治理效能\n全年巡回审判42场次。\n"),
    ("findings_captions_counts_and_site_widgets_head_no_measures",
     "12345政府服务热线一周情况通报\n一、基本情况\n本周共受理热线工单506件，比上周增长20.48%。\n三、热点问题\n"
     "反映停气、停电较多\n本周共办理此类工单25件，满意率90%。\n重复投诉工单较多\n本周共办理此类工单99件，满意率75.86%。\n"
     "高县月江镇综治中心外景\n噪音扰民(1500件)\n主要反映工地夜间施工等问题。\n新闻排行\n按日期查阅\n"),
    ("photo_captions_and_spoken_words_lead_no_measures",
     "某县矛盾不上交\n发布时间：2020-11-26\n近年来，某县探索形成多元化矛盾纠纷调解体系，信访总量逐年下降，群众满意度持续提升。\n"
     "某乡岚水村人民调解委员会名誉主任苏建国和他所获得的荣誉。 本报记者 刘杰 摄\n"
     "某乡专职调解员杨连斌(右一)向记者讲述调解经历。 本报记者 刘杰 摄\n"
     "某县多元化矛盾纠纷调解六大平台分工图。 本报记者 刘杰 摄\n"
     "“想想都觉得丢人,我那样做简直就是给政府抹黑!”多年以后，回忆起那次上访的经历，老常还是不好意思地挠了挠头。"),
    ("a_bulletins_part_for_one_hotline_is_no_measure",
     "市城管局监督指挥中心周报\n上周，局监督指挥中心共处理案件1282件，其中市12345政务热线平台案件48件，处置率100%。\n"
     "一、12345政府热线\n上周12345政府热线平台共签收48件，实际受理45件，办理完成29件。\n"
     "二、12319城管热线\n上周12319城管热线共受理群众诉求47件，办理完成38件。"),
    ("comparisons_of_figures_head_no_measure",
     "某县法院诉源治理调研报告\n近年来，全县法院收案数量持续增长，2023年共受理各类案件5120件，同比增长8.2%，案多人少矛盾突出。\n"
     "(一)纵向看年度案件数,诉源治理有必要\n2021年至2023年，全县法院收案分别为4300件、4730件、5120件。\n"
     "(二)横向看镇村案件数,治与不治差别大\n开展诉源治理的镇村，收案数同比下降12.5%。"),
    ("a_storys_parts_speakers_and_how_figures_divide_head_no_measure",
     "平凉法院大规模强制执行行动\n近日，平凉市中级人民法院出动34名干警、6辆警车，将7800吨煤炭强制交付给申请执行人。\n"
     "案情回顾\n某煤电公司与某煤炭公司买卖合同纠纷一案，被执行人未履行生效法律文书确定的义务。\n"
     "执行过程\n执行干警连续奋战3天2夜，完成强制交付。\n被投诉分类\n涉及旅行社7件、景区12件。\n"
     "广东江达律师事务所主任 张中强\n作为特邀调解员，我们参与调解涉侨纠纷20余件。\n"),
]


@pytest.mark.parametrize("name,text", NO_MEASURES, ids=[n for n, _ in NO_MEASURES])
def test_texts_that_hold_no_measure(name, text):
    assert extract(text).measures == []


# Texts with no measure of one kind among those found: the disclosure report's fixed table rows,
# a speaker's greeting, a ranking's caption, breakdowns, a table's caption, trends, a speaker's stress.
NO_MEASURE_OF_A_KIND = [
    ("the_disclosure_reports_table_rows",
     "某乡2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我乡认真贯彻政府信息公开条例，主动公开政府信息52条，及时回应群众关切。\n"
     "三、收到和处理政府信息公开申请情况\n(一)予以公开\n(二)部分公开(区分处理的,只计这一情形,不计其他情形)\n(三)不予公开\n"
     "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生政府信息公开行政复议和行政诉讼。",
     lambda t: "公开" in t and len(t) < 30),
    ("a_speakers_greeting",
     "寿县医保基金监管工作新闻发布会\n主持人:闫珊珊\n尊敬的各位媒体朋友,大家好!欢迎各位参加今天的新闻发布会。\n"
     "各位媒体朋友,大家好!下面就我县2025上半年医保基金监管工作开展情况向大家作一个简要汇报。全县共检查定点医药机构156家。",
     lambda t: "大家好" in t),
    ("a_rankings_caption",
     "政民互动月报(2023年10月)\n一、运行情况\n2023年10月，受理下派工单1905件，同比下降6.02%，群众满意率为99.68%。\n"
     "二、数据分析\n工单量排名前五的市直单位\n单位 |\n办件数量 |\n市监局 |\n322 |\n城管局 |\n132 |\n"
     "工单量排名前五的乡镇(街道)\n三、省级交办单办理情况\n10月办结省级交办工单40件，快速办结率60%。",
     lambda t: "排名" in t),
    ("breakdowns_table_captions_trends_and_a_speakers_stress",
     "某县生态环境局2023年第三季度信访投诉处理情况\n2023年第三季度，我局共受理环境信访投诉126件，办结率100%，群众满意度持续提升，"
     "所有投诉均在规定时限内办结。\n按行业类别分:工业类12个，矿山类25个，畜禽养殖类8个。\n九月份抽查不满意工单(表1)\n"
     "家用电子电器类投诉量整体下降\n今年以来，家用电子电器类投诉共12件，较去年同期减少8件，投诉集中在售后服务方面。\n"
     "霍鹏强调\n要进一步压实责任，确保各类信访投诉件件有回音、事事有着落。",
     lambda t: t.startswith("按行业") or "表1" in t or t.endswith("整体下降") or t == "霍鹏强调"),
    ("a_reports_topics_listed_inline",
     "大口屯镇2021年行政执法工作报告\n二、主要工作措施及成效\n一是制度建立和落实情况。我镇严格按照更新后的履职事项清单开展执法工作，"
     "做好执法事项收回后与接收部门的衔接工作。二是重点执法工作开展情况。我镇以计划促落实、以检查促整改，确保重点领域执法到位。",
     lambda t: t.endswith("情况")),
    ("a_case_storys_court_part_and_marked_photo_captions",
     "东兴区运用线上调解平台化解纠纷\n△点击观看视频\n今年以来，东兴区在全市率先运用互联网线上调解平台，实现了矛盾纠纷远程化解。\n"
     "△互联网调解室\n日前，一起民间借贷纠纷正在接受线上远程调解，被告尚欠19400元未能归还。\n"
     "法院审理\n法院审理认为，依法成立的合同受法律保护，双方均应按照约定全面履行义务。",
     lambda t: t.startswith(("△", "法院审理")) or t in ("互联网调解室", "点击观看视频")),
]


@pytest.mark.parametrize("name,text,of_the_kind", NO_MEASURE_OF_A_KIND, ids=[n for n, *_ in NO_MEASURE_OF_A_KIND])
def test_no_measure_of_a_kind(name, text, of_the_kind):
    assert not [m.title for m in extract(text).measures if of_the_kind(m.title)]


_KEEP_THREE = ("丰富宣传形式，增强普法效果。开展法治宣传活动32场次，发放资料5000余份。\n"
               "搞好纠纷排查，强化维稳保障。排查矛盾纠纷120件，化解118件。\n"
               "提升工作质量，夯实法律服务。办理法律援助案件86件。")

# The count a text announces (measures_declared), with the number of measures found where it
# matters: a quoted count whose word stands in every measure (one cut off), a count the list's
# first item follows, a quoted list of n parts counted n, a count heading a later list, a count
# in the lead before as many measures; a duration is none.
DECLARED = [
    ("a_quoted_count_whose_word_is_in_every_measure_one_cut_off",
     "祁连县“五个常态化”加强法治乡村建设\n祁连县结合农村实际，从突出抓好“五个常态化”入手，切实加强法治乡村建设。\n"
     "一、送法下乡常态化\n组织普法志愿者深入乡村开展法治宣传20余场次。\n二、阵地宣传常态化\n依托村级法治文化阵地开展宣传。\n"
     "三、法律明白人培育常态化\n培育法律明白人300名。\n四、农村法律服务常态化\n为群众提供法律咨询1200人次。",
     None, 5),
    ("a_count_that_the_lists_first_item_follows",
     "宜宾三江新区:公调对接 结出平安硕果\n近年来，三江新区全覆盖推广运行“公调对接”工作，三年来共调解矛盾纠纷1965件。\n"
     "“公调对接”落实三个保障。一是人员阵地保障。择优选聘10名专职调解员派驻6个派出所调解室。"
     "二是业务能力保障。每年定期组织专职调解员开展业务技能培训。三是经费待遇保障。落实调解员补贴。",
     3, 3),
    ("a_quoted_list_of_parts_counted",
     "为持续深化法治为民理念，某区司法局创新打造“高效援助+精准普法+多元解纷”三位一体惠民体系，推动法治成果全民共享。\n"
     "一是法律援助提质增效，构建全域服务网络。今年以来办理援助案件106件。\n"
     "二是普法教育精准触达，创新立体宣传矩阵。开展法律宣传活动20场次。\n"
     "三是调解服务多元联动，筑牢基层治理防线。成功调解矛盾纠纷264件。",
     None, 3),
    ("a_count_heading_a_later_list",
     "某镇召开2022年政法工作会议\n会议指出，2021年全镇政法工作取得明显成效：一是守牢了安全底线。二是实现了安全生产零事故。\n"
     "会议要求，从四个方面做好2022年度政法工作：一是坚决维护国家安全和政治稳定；二是积极预防和妥善化解社会矛盾；"
     "三是纵深推进扫黑除恶常态化斗争；四是切实维护公共安全。",
     None, 4),
    ("a_count_in_the_lead_before_as_many_measures",
     "某县司法局司法行政工作成效明显\n今年以来，我县司法局坚持凸显三项工作，充分发挥职能作用，努力为全县经济社会发展提供优质法律服务。\n"
     + _KEEP_THREE,
     3, 3),
    ("n_measures_at_once_over_a_list_cut_off",
     "四措并举 灌云县小伊镇推进“三资”清理攻坚清零\n各个村立足实际，互相配合，四措并举，确保完成“三资”清理工作。\n"
     "大力宣发，深入民情。我镇召开动员会，发放宣传资料2000余份。\n排查摸底，三资清算。我镇聘请第三方机构对各村资源全面摸查清算。",
     2, 4),
    ("a_structure_of_so_many_parts_over_as_many_measures_and_not_otherwise",
     "寒亭街道打造“三位一体”社会治理体系\n寒亭街道全力打造综治中心标准化、服务管理网格化、“雪亮工程”智能化的“三位一体”社会治理体系。\n"
     "“掌”握百姓事，突出为民服务最大化。提供法律咨询和法律服务400余次。\n“网”罗千万家，健全网格化管理体系。共设置112个基础网格。\n"
     "“屏”控一座城，加速“雪亮工程”智能化。安装了500余个监控探头。",
     3, 3),
    ("leads_run_together_alike_by_their_ending_under_a_label_counting_them",
     "全市法院“四化联动”推进家事纠纷化解\n近年来，全市两级法院全面深化家事审判改革，家事案件一审调撤率达64.4%。\n"
     "审判队伍专业化。各基层法院均组建了专业化审判团队，保证家事审判工作顺利推进。审理程序特别化。大力推行离婚冷静期等特别程序。"
     "解纷力量多元化。各基层法院充分借助妇联组织等力量化解纠纷。对下指导精准化。市中院定期编发审判指导简报。",
     4, 4),
    ("a_quoted_count_a_means_word_introduces_over_as_many_measures",
     "某县普法教育成效明显\n近日，记者从某县依法治县办获悉，该县通过“三大工程”切实加强全县农村普法教育工作，营造了浓厚的法治氛围。\n"
     "法律援助入百村。建立法律援助工作站，设立村级法律援助联络点。\n法治文艺进万家。组织文艺队伍巡回演出普法节目。\n"
     "法律顾问进基层。为每个村配备一名法律顾问，提供法律咨询服务。",
     3, 3),
    ("a_count_of_measures_with_a_longer_name_between",
     "今年以来，某区检察院注重发挥控申检察职能作用，推出四项便民利民工作措施，取得了较好的效果。\n"
     "一是推行检察长约谈制。群众可根据情况随时约谈检察长。二是深化首办责任制。首次接待的干警负责到底。"
     "三是实行群众择人接访制。群众可以自选接访人员。四是推行联系协调制度。加强与相关部门联系。",
     4, 4),
    ("a_quoted_count_the_list_follows_after_a_comma",
     "红白理事会在移风易俗工作当中，做到了“五个一”，一是广播喇叭天天响起来，二是宣传条幅大街小巷挂起来，"
     "三是先进典型上墙挂起来，四是村规民约修订起来，五是宣传车大街小巷跑起来。",
     5, 5),
    ("points_of_advice_the_list_follows",
     "镇人大反馈给镇政府下一步继续跟进的四点建议，一是进一步完善民主议事程序；二是抓村务公开；"
     "三是严格审查村务公开的程序；四是指导建立有效监督机制。",
     4, 4),
    ("points_of_effort_over_as_many_leads",
     "某市坚持制度创新、细化管理、科技赋能三点发力，推进文件备案审查工作。\n"
     "一是创新制度促进工作规范化。印发备案审查工作的通知。\n二是细化管理促进工作标准化。"
     "制定审查工作规程。\n三是科技赋能促进工作信息化。开通备案审查系统。",
     3, 3),
    ("a_quoted_count_with_no_list_after_it_is_no_count",
     "某镇坚持“四个一”，推进移风易俗。\n" + _KEEP_THREE,
     None, None),
    ("a_duration_is_no_count_of_measures",
     "某县司法局司法行政工作成效明显\n今年以来，我县司法局中心运行三个月来，充分发挥职能作用，努力为全县经济社会发展提供优质法律服务。\n"
     + _KEEP_THREE,
     None, None),
]


@pytest.mark.parametrize("name,text,measures,declared", DECLARED, ids=[n for n, *_ in DECLARED])
def test_measures_declared(name, text, measures, declared):
    doc = extract(text)
    assert doc.measures_declared == declared
    if measures is not None:
        assert len(doc.measures) == measures


# The measures a text's headings, leads and items give, by their titles.
MEASURE_TITLES = [
    ("requirements_on_the_problems_found_are_measures",
     "千阳县开展巡察回头看\n发布时间：2020-01-02\n对巡察“回头看”中发现的问题，各督导组进行了严肃反馈，提出了整改时限和要求。"
     "一是夯实整改责任。各党组织负责人要切实负起整改领导责任。二是强化“三单”管理。督促建立健全反馈问题清单。"
     "三是规范健全资料。各镇抽调精干力量，逐项收集佐证资料。",
     ["夯实整改责任", "强化“三单”管理", "规范健全资料"]),
    ("lead_sentences_of_a_text_dump_head_measures",
     "某镇矛盾纠纷化解工作\n发布时间：2024-11-18\n2024年以来，某镇坚持新时代枫桥经验，有效提升了群众安全感。\n"
     "确保安排部署到位。该镇高度重视矛盾纠纷排查化解工作，定期召开联席会议。\n"
     "确保矛盾纠纷排查到位。充分发挥人民调解组织网络覆盖广泛的优势，全面排查风险隐患。\n"
     "确保矛盾纠纷化解到位。严格落实包案化解制度，主要领导累计接访44次。",
     ["确保安排部署到位", "确保矛盾纠纷排查到位", "确保矛盾纠纷化解到位"]),
    ("nothing_under_a_findings_section_is_a_measure",
     "某区2022年行政复议工作报告\n发布时间：2022-11-01\n现将有关情况报告如下。\n一、案件基本情况\n"
     "1. 案件数量大幅增长。全年收到申请1262件。\n2. 被申请对象相对集中。涉及区政府部门的占80%。\n"
     "二、主要做法\n（一）强化组织领导。成立工作专班。\n（二）健全工作机制。出台办法3项。",
     ["强化组织领导", "健全工作机制"]),
    ("notes_under_a_shuoming_line_and_table_cells_are_no_measures",
     "某县2024年度行政执法数据表\n发布时间：2025-01-05\n全县行政执法数据统计如下。\n行政处罚实施数量(宗) | 12175\n说明:\n"
     "1.行政处罚实施数量的统计范围为统计年度作出行政处罚决定的数量。\n2.单处一个类别行政处罚的，计入相应的行政处罚类别。\n"
     "信息内容\n本年处理决定数量\n行政许可\n0\n行政处罚\n0\n一、强化执法监督。全年开展执法检查12次。",
     ["强化执法监督"]),
    ("lead_sentences_of_parallel_clauses_head_measures_in_a_text_dump",
     "东刘集镇:“四级联动”解民忧\n"
     "东刘集镇紧扣群众诉求响应率、问题解决率、群众满意率核心指标，创新构建“四级联动”闭环机制，推动热线办理提质增效。\n"
     "责任压到底，联动有力度。镇党委书记带头履责，将热线办理纳入每月党委扩大会固定议题，对高频诉求亲自调度。\n"
     "响应讲速度，处置重实效。严格执行30分钟签收标准，1月工单平均签收仅用18分钟，急难问题当天处置。\n"
     "下一步，该镇将持续深化机制融合。",
     ["责任压到底，联动有力度", "响应讲速度，处置重实效"]),
    ("longer_lead_sentences_head_measures_and_their_inline_items_stay_inside",
     "张掖市无死角排查化解矛盾纠纷\n近年来，张掖市坚持和发展新时代“枫桥经验”，着力加强矛盾纠纷源头预防、综合治理，全面深化五维共治。\n"
     "深化网格日常排查，变“被动接诉”为“主动走访”。一是健全全科网格。科学划分全科网格1834个。二是明确网格职责。\n"
     "强化专项集中排查，变“事后处置”为“前端预防”。一是抓紧重要节点。紧盯岁末年初等时节节点。二是抓实重点区域。\n",
     ["深化网格日常排查，变“被动接诉”为“主动走访”",
      "强化专项集中排查，变“事后处置”为“前端预防”"]),
    ("parallel_leads_opening_with_the_same_word_whatever_its_tag",
     "某市司法局充分发挥人民调解“预警器”作用。 不断扩大人民调解组织覆盖面。按照“哪里有人群，哪里就有调解组织”的思路，完善调解组织建设。"
     " 不断创新人民调解工作机制。与法院建立“诉调对接”联动机制，委托人民调解组织先行调解。"
     " 不断提高人民调解排查化解能力。定期走访，做到镇不漏村、村不漏户，及时把矛盾纠纷解决在基层。",
     ["不断扩大人民调解组织覆盖面", "不断创新人民调解工作机制", "不断提高人民调解排查化解能力"]),
    ("a_reports_part_on_a_years_work_is_a_section_not_a_measure",
     "某省高级人民法院工作报告\n各位代表：\n现在，我代表省高级人民法院向大会报告工作，请予审议，并请各位列席同志提出意见。\n"
     "2022年全省法院工作\n一年来，我们突出抓了重点工作：一是掀起学习热潮。教育引导广大干警统一思想。"
     "二是优化法治化营商环境。开展专项活动，推动诉讼全流程提速。三是维护社会大局稳定。审结各类刑事案件24811件。",
     ["掀起学习热潮", "优化法治化营商环境", "维护社会大局稳定"]),
    ("parallel_leads_of_two_clauses_run_together_in_a_paragraph",
     "某县构建大调解格局\n发布时间：2024-05-10\n近年来，某县构建大调解工作格局，夯实矛盾纠纷多元化解的基层基础。\n"
     "聚焦人民调解,着力化解基层群众矛盾纠纷。该县建立人民调解组织577个，实现全覆盖。"
     "聚焦诉源治理,着力完善诉前调解机制体系。县法院在各乡镇建立诉源治理工作站。"
     "聚焦劳动争议,着力依法维护职工合法权益。县人社局设立劳动争议调解室，及时化解纠纷。",
     [
      "聚焦人民调解,着力化解基层群众矛盾纠纷", "聚焦诉源治理,着力完善诉前调解机制体系", "聚焦劳动争议,着力依法维护职工合法权益"]),
    ("headings_a_text_dump_ran_into_its_paragraphs",
     "某街道综治中心\n综治中心是守护一方平安的核心枢纽。 资源整合 打造基层治理“联合舰队” 过去，群众遇到矛盾纠纷常常需要奔走于多个部门。"
     "中心整合了各方力量。 网格赋能 织密风险隐患“感知网” 如今，网格员每天巡查走访，及时发现隐患。",
     ["资源整合 打造基层治理“联合舰队”", "网格赋能 织密风险隐患“感知网”"]),
    ("an_item_cut_off_after_its_marker_is_no_measure",
     "某乡2023年法治政府建设工作情况\n今年以来，我乡扎实推进法治政府建设，各项工作取得明显成效，群众满意度持续提升。\n"
     "(一)强化组织领导\n乡党委定期研究法治政府建设工作，全年召开专题会议4次。\n"
     "(二)推进依法决策\n严格落实重大行政决策程序，全年审查规范性文件3件。\n(三)政",
     ["强化组织领导", "推进依法决策"]),
    ("inline_leads_whose_second_clause_ends_with_a_quoted_word",
     "交口县双池镇巧打“四张牌”化解邻里纠纷\n今年以来，双池镇巧打基层邻里纠纷化解“四张牌”，全镇邻里矛盾纠纷明显下降。\n"
     "打造矛调中心,挂起“门牌”。高标准打造了覆盖16个村委的“一站式”调解中心；定好村规民约,筑牢“底牌”。全镇各村打造公约展示墙；"
     "培养调解专家,打造“金牌”。返聘离退休老干部参与纠纷化解；创新调解方式,形成“王牌”。推行“院坝调解”等方式化解纠纷。",
     [
      "打造矛调中心,挂起“门牌”", "定好村规民约,筑牢“底牌”", "培养调解专家,打造“金牌”", "创新调解方式,形成“王牌”"]),
    ("a_replys_points_are_no_measures_its_answers_are",
     "您提出的关于进一步发挥律师委员作用的提案收悉，现答复如下。\n一、关于法律援助资源城乡差异问题\n"
     "为缩小城乡法律援助资源差距，我们已采取多项措施。一是加强基层法律援助机构建设，优化服务环境；"
     "二是推动法律援助机构与律师事务所合作，实现律师资源的共享；三是加快推进村(社区)法律顾问全覆盖。\n"
     "二、关于经费保障不足问题\n我们已积极争取将法律援助经费列入财政预算。",
     ["加强基层法律援助机构建设，优化服务环境", "推动法律援助机构与律师事务所合作，实现律师资源的共享", "加快推进村(社区)法律顾问全覆盖"]),
    ("a_years_main_achievements_head_the_measures_under_them",
     "2022年，在市委的正确领导下，街道经济社会保持稳步发展的良好态势。\n一、2022年主要工作成绩\n"
     "(一)坚持党建引领，凝聚干事创业合力\n一是加强政治理论学习。今年以来，街道开展理论学习9次。\n"
     "(二)优化营商环境，全力推进招商引资\n充分发挥区位优势，推动经济平稳增长。",
     ["坚持党建引领，凝聚干事创业合力", "优化营商环境，全力推进招商引资"]),
    ("quoted_leads_opening_alike_head_measures",
     "近年来，某区积极推进婚姻家庭纠纷调解工作，打造“婚调+”一站式服务模式。\n"
     "“婚调+法律咨询”。开通妇女儿童法律服务热线，由妇联专职维权干部负责24小时接听、登记、办理。\n"
     "“婚调+心理疏导”。设立心理咨询辅导室，由专业心理服务团队提供服务。\n"
     "“婚调+跟踪回访”。凡是经过调解服务的家庭，全部建立案卷档案，定期进行跟踪回访。",
     ["“婚调+法律咨询”", "“婚调+心理疏导”", "“婚调+跟踪回访”"]),
]


@pytest.mark.parametrize("name,text,titles", MEASURE_TITLES, ids=[n for n, *_ in MEASURE_TITLES])
def test_measure_titles(name, text, titles):
    assert [m.title for m in extract(text).measures] == titles


def test_photo_captions_with_their_credit_and_a_list_of_kinds_are_no_measures():
    para = "调解中心集咨询疏导、纠纷调解、劳动仲裁、法律援助于一体，对矛盾纠纷进行引导、分流、指派、化解，提供一站式服务。"
    text = (f"{para}\n某市劳动人事争议仲裁院仲裁现场\n{para}\n某省12348热线监控平台 摄影 孙远桃\n{para}\n"
            "目前群众可通过网上信访平台反映诉求。主要渠道有三种:一是各级网上投诉平台。二是手机信访APP。三是微信信访。")
    assert titles(text)[0] == []
    # a list of actions after a lead-in of what was done keeps its items
    got = titles(f"{para}\n今年以来，我局重点做好三项工作:一是加强队伍建设。二是规范调解程序。三是强化宣传引导。")[0]
    assert [t for _, t, _ in got] == ["加强队伍建设", "规范调解程序", "强化宣传引导"]


def test_bold_leads_lost_in_a_dump_may_open_with_a_preposition_of_means():
    text = ("以学法用法提高重点对象法律素质。该县以“法律六进”活动为载体，深入开展法律进机关、进学校、进农村等活动，举办培训会议2场次。\n"
            "丰富传承创新普法宣传方式。利用法制宣传日、重大节庆日，开展形式多样的法律宣传系列活动，街头设点宣传363场次。\n"
            "以刘月旺命名的“月旺调解室”是街道的品牌工作室之一。该工作室成立以来调解纠纷300余件，调解成功率达98%。")
    got = [t for _, t, _ in titles(text)[0]]
    assert got == ["以学法用法提高重点对象法律素质", "丰富传承创新普法宣传方式"]


def test_an_outlets_credit_a_dated_photo_caption_and_a_bulleted_related_list_head_no_measures():
    para = ("近年来,云南各级侨联组织立足边境地区实际,紧紧抓住维权工作的任务和特点,不断加强体制机制建设,推动维权工作"
            "不断发展完善,与公法司等部门建立了涉侨纠纷协调对接机制,不定期的互通侨情,研究涉侨政策,从源头上减少维权问题的发生。")
    head = "云南:奏响边境和谐曲\n\n——云南省侨联创新边民调解机制记\n2018年08月25日16:34  来源:中国侨联\n\n"
    text = (f"{para}\n\n2017年7月,中国侨联副主席康晓萍在德宏边境调研边调委工作\n\n{para}充分发挥了侨务工作优势。\n\n"
            f"2017年7月,中国侨联副主席康晓萍与德宏边调委工作人员交流\n\n{para}为维护边境和谐安宁作出了积极贡献。\n\n")
    assert extract(head + text).measures == []
    text = f"{para}\n\n德州日报新媒体出品\n\n• 新闻推荐\n\n某县开展普法宣传活动\n\n某市召开调解工作会议"
    assert extract(head + text).measures == []


def test_the_fixed_parts_of_a_disclosure_report_are_no_measures():
    text = ("二、主动公开政府信息的情况\n(一)、主动公开政府信息的数量\n截至2018年12月31日,我乡共向社会发布信息40条。\n"
            "(二)、主动公开政府信息的主要类别\n我乡主动公开政府信息的类别为:概括信息、人事信息、发展规划、政务动态等栏目。\n"
            "(三)、信息公开形式\n信息公开主要形式为:市信息公开平台、县政府网站。\n"
            "三、收到和处理政府信息公开申请情况\n2018年度,我乡未收到依申请公开政府信息。\n"
            "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生政府信息公开行政复议、行政诉讼。")
    assert [t for _, t, _ in titles(text)[0]] == []


def test_a_count_of_key_points_announces_measures_only_over_as_many():
    items = "一是以干部学法用法为重点。二是以校园普法教育为重点。三是以民族群众普法为重点。"
    assert extract(f"县司法局突出三项重点开创普法新格局\n{items}").measures_declared == 3
    assert extract(f"县司法局突出五项重点开创普法新格局\n{items}").measures_declared is None


def test_the_actions_under_a_disclosure_reports_problems_and_improvements_are_measures():
    # the authored regression page whose 三、存在的主要问题及改进情况 heads three planned actions
    import json
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "samples" / "eval" / "authored_3.jsonl"
    doc = next(json.loads(line) for line in path.open(encoding="utf-8") if '"id": "m001"' in line)
    got = [m.title for m in extract(doc.get("html") or doc.get("text"), url=doc.get("url")).measures]
    assert [t[:6] for t in got] == [m["title"][:6] for m in doc["measures"]]


def test_a_line_heads_a_measure_only_over_the_articles_text_not_the_pages_furniture():
    story = ("记者走访了多个社区的调解工作室，看到基层调解工作扎实推进，群众遇到矛盾纠纷有了说理的地方，"
             "邻里关系更加和睦。\n")
    furniture = story + "居民送来锦旗表示感谢\n审核人:王某\n"
    assert titles(furniture)[0] == []
    links = story + "返回某某网首页>>\n初审编辑:\n"
    assert titles(links)[0] == []
    heading = story + "调解在前 就地化解矛盾\n街道整合行业资源，成立专业调解委员会，把纠纷化解在萌芽状态。\n"
    assert [t for _, t, _ in titles(heading)[0]] == ["调解在前 就地化解矛盾"]
    # an excerpt cut off under its heading keeps the heading
    cut = story + "前移重心抓办理\n聚焦首办环节,制定落"
    assert [t for _, t, _ in titles(cut)[0]] == ["前移重心抓办理"]


def test_a_reports_background_is_no_measure_and_its_parts_on_actions_hand_over_to_their_items():
    text = ("一、建设背景\n（一）群众诉求多元。近年来矛盾纠纷类型日益复杂，调处难度加大。\n"
            "（二）调解力量分散。各部门各自为战，没有形成合力。\n"
            "二、推进措施\n（一）建强调解阵地。在全县建成调解室32个，实现乡镇全覆盖。\n"
            "（二）壮大调解队伍。选聘专职调解员48名，开展业务培训。\n")
    assert [t for _, t, _ in titles(text)[0]] == ["建强调解阵地", "壮大调解队伍"]
    text = ("一、当前我县农村矛盾纠纷的现状\n（一）土地纠纷多发。全县受理土地纠纷120件，占纠纷总数的四成。\n"
            "（二）婚姻家庭纠纷上升。离婚引发的财产纠纷明显增多，调处难度大。\n")
    assert titles(text)[0] == []


def test_a_run_of_numbered_fields_a_report_covers_hands_over_to_their_items():
    text = ("一、刑事检察\n全年共批准逮捕犯罪嫌疑人120人，提起公诉230人。\n"
            "二、未成年人检察工作\n开展法治进校园活动20场，覆盖师生1.2万人次。\n"
            "三、公益诉讼检察\n立案公益诉讼案件45件，发出诉前检察建议38件。\n"
            "四、控告申诉检察\n受理群众信访320件，一是推行检察长接访制。二是深化首办责任制。三是实行信访听证制。\n")
    assert [t for _, t, _ in titles(text)[0]] == ["推行检察长接访制", "深化首办责任制", "实行信访听证制"]


def test_a_bulletins_news_section_hands_over_to_its_items_even_one_opening_with_its_day():
    text = ("一、工作动态\n1、向市热线办推荐《用心办理热线 为民健康服务》典型案例一篇。\n"
            "2、3月11日,组织人社、医保热线办理人员传达学习市热线办会议精神并开展业务培训。\n"
            "3、将县网格化管理平台与县热线管理平台对接打通,实现一键转交督办。\n"
            "二、运行情况\n2023年3月,热线共受理市民来电诉求1569件。")
    assert [m.marker for m in extract(text).measures] == ["1、", "2、", "3、"]
    # (1、2月份 opening a line is two months, no item)
    doc = extract("一、加强排查\n1、2月份，全县受理纠纷12件，均已化解。\n二、强化调解\n开展调解活动，化解纠纷。")
    assert [m.marker for m in doc.measures] == ["一、", "二、"]


def test_a_papers_dateline_set_in_bold_heads_no_measure():
    html = ("<html><body><h1>工匠精神薪火相传</h1><div id='zoom'>"
            "<p><strong>黑龙江日报10月25日讯</strong>（记者 王某）近日，省总工会举办职工技能大赛，300余名职工参赛。</p>"
            "<p>大赛设置了焊工、电工等12个工种，评选出一等奖获得者12名。</p></div></body></html>")
    assert extract(html).measures == []


def test_edition_lines_officials_at_the_lectern_slogans_and_related_links_head_no_measure():
    opening = "近日，某县人民法院召开新闻发布会，通报一年来诉源治理工作情况，全县诉前化解纠纷1200余件，同比上升12%。\n"
    for line in ["2025年2月14日《工人日报》第02版", "临渭区人民检察院党组书记、检察长雷敦祥", "武陟县人民法院院长施文星作报告",
                 "南宁新闻,新鲜有料", "2浙江日报丨盘活土地资源 助推乡村振兴"]:
        text = "某县诉源治理成效明显\n" + opening + line + "\n春节期间，热线坚持24小时值班值守，做到服务不断档，受理群众诉求320件，办结率100%。"
        assert extract(text).measures == [], line
    # (a heading of action stays)
    text = "某县诉源治理成效明显\n" + opening + "建强调解队伍\n全县选聘专职调解员120名，实现村（社区）全覆盖，化解纠纷320件。"
    assert [m.title for m in extract(text).measures] == ["建强调解队伍"]


def test_a_years_work_targets_and_a_ranking_head_no_measure():
    opening = "某县12345热线工作综述\n今年以来，某县12345热线共受理群众诉求12000件，同比增长12%，办结率99%，群众满意率98%。\n"
    text = opening + "2025年工作目标\n坚持以人民为中心，全面提升热线服务质效，确保按期办结率稳定在99%以上。"
    assert extract(text).measures == []
    text = opening + "出租汽车企业万车次投诉排名\n全市61家出租汽车企业中，万车次投诉最多的是甲公司，为3.2件，比上月增加0.5件。"
    assert extract(text).measures == []


def test_a_notices_fields_citizens_reports_and_a_scorings_groups_are_no_measures():
    notice = ("郎溪县2025年3.15新闻发布会\n一、发布会主题:郎溪县2025年3.15新闻发布会\n二、发布单位: 县市场监管局、县消保委\n"
              "三、发布会时间:2025年3月12日上午8:30\n四、发布会地点:县司法局五楼会议室\n")
    assert extract(notice).measures == []
    reports = ("市长热线一周热点\n本周市长热线共受理群众诉求1200件，办结率98%。\n"
               "1、张湾区谢家村村民反映,村里经常停水,咨询水务公司,却告知供水正常。\n"
               "2、竹山县潘口乡居民反映,近一个月自来水主管道爆管了5次。\n")
    assert extract(reports).measures == []
    scores = ("7月份绩效考评情况通报\n现将7月份绩效考评有关情况通报如下:\n"
              "1. 各县、赣榆区(共4家,满分为150分):灌南县考评得分为147.72分,东海县146.71分。\n"
              "2. 各区、功能板块(共5家,满分为100分):徐圩新区考评得分为97.5分,连云区96.5分。\n")
    assert extract(scores).measures == []
    # (群众反映 inside an action's heading stays: 聚焦群众反映集中的民生问题)
    action = ("某区热线工作综述\n今年以来，某区热线共受理群众诉求12000件，办结率99%，群众满意率98%，同比提升2个百分点。\n"
              "一、聚焦群众反映集中的民生问题,压实属地责任\n对供水、供暖等诉求建立专班，限时办结。\n"
              "二、健全考核机制,提升办理质效\n将热线办理纳入年度考核。")
    assert [m.marker for m in extract(action).measures] == ["一、", "二、"]


def test_numbered_photos_and_a_list_of_proposals_are_no_measures():
    opening = "高县综治中心规范化建设见成效\n今年以来，高县扎实推进综治中心规范化建设，化解矛盾纠纷1200余件，化解率98%。\n"
    photos = opening + "1.高县月江镇综治中心外景\n2.高县蕉村镇龙潭村“山湾长”微网格分布图 高县县委政法委供图\n"
    assert extract(photos).measures == []
    proposals = ("关于优化营商环境的调研报告\n调研组深入企业走访调研，梳理问题18个，提出建议如下：\n"
                 "一是关于建立常态便捷的政企联络机制的建议\n二是关于建立畅通高效的问题解决机制的建议\n")
    assert extract(proposals).measures == []


def test_fields_named_by_verbal_nouns_are_a_reports_topics():
    text = ("某县人民检察院工作报告\n过去一年，县检察院坚持以人民为中心，各项检察工作取得新进展。\n"
            "一、刑事检察\n全年共批准逮捕犯罪嫌疑人120人，提起公诉230人。\n"
            "二、民事行政检察\n办理民事行政检察监督案件45件。\n"
            "三、未成年人检察工作\n开展法治进校园活动32场。\n")
    assert extract(text).measures == []


def test_a_slashed_byline_a_books_section_and_a_call_to_comment_head_no_measure():
    opening = "近日，某县人民法院召开新闻发布会，通报一年来诉源治理工作情况，全县诉前化解纠纷1200余件，同比上升12%。\n"
    for line in ["记者 / 邹嘉", "第一节 组织机构", "打开云上天心,参与评论"]:
        text = "某县诉源治理成效明显\n" + opening + line + "\n春节期间，热线坚持24小时值班值守，做到服务不断档，受理群众诉求320件，办结率100%。"
        assert extract(text).measures == [], line


def test_sections_under_a_label_of_problems_or_violations_are_no_measures():
    text = ("某保险公司行政处罚信息公开表\n经查，某保险股份有限公司存在违法违规行为，监管部门依法作出行政处罚决定，现将有关情况公开如下。\n"
            "行政处罚决定书文号 金罚决字〔2024〕36号\n被处罚当事人 某保险股份有限公司\n主要违法违规事实\n"
            "一、委托未取得合法资格的个人从事保险销售活动\n二、财务业务数据不真实\n三、未按照规定使用经备案的保险条款\n"
            "行政处罚依据\n《保险公司管理规定》第五十四条、第六十九条等。\n行政处罚决定\n对某保险股份有限公司合计罚款158万元。")
    assert extract(text).measures == []
    # a report's sections after a paragraph that mentions 问题 in passing stay its measures
    text = ("某街道2025年度法治政府建设情况的报告\n一、加强法治政府建设的有关情况\n"
            "街道主要负责人坚持将法治建设摆在重要位置，重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。\n"
            "（一）强化组织领导，压实主体责任。成立由街道党工委书记任组长的领导小组，召开专题会议4次。\n"
            "（二）深化理论学习，提升法治素养。组织集中学法12次，参学人员达300人次。")
    assert [m.title for m in extract(text).measures][-2:] == ["强化组织领导，压实主体责任", "深化理论学习，提升法治素养"]


def test_a_section_after_an_inline_run_of_problems_is_a_measure_again():
    text = ("某县2023年法治政府建设工作报告\n一、存在的不足\n工作中还存在一些问题：一是队伍力量不足；二是法治意识不强。\n"
            "二、强化组织领导，压实主体责任\n成立由县长任组长的领导小组，召开专题会议4次，研究解决重点问题12个。\n"
            "三、深化理论学习，提升法治素养\n组织集中学法12次，参学人员达300人次。")
    titles = [m.title for m in extract(text).measures]
    assert "强化组织领导，压实主体责任" in titles and "深化理论学习，提升法治素养" in titles


def test_headings_that_only_mention_comment_or_open_a_section_with_an_action_stay():
    opening = "近日，某县人民法院召开新闻发布会，通报一年来诉源治理工作情况，全县诉前化解纠纷1200余件，同比上升12%。\n"
    for line in ["搭建线上平台，引导群众参与互动", "第一节 加强组织领导"]:
        text = "某县诉源治理成效明显\n" + opening + line + "\n全县选聘专职调解员120名，实现村（社区）全覆盖，化解纠纷320件。"
        assert [m.title for m in extract(text).measures] == [line], line


_STORY = ("老马调解记\n发布时间：2024-05-20\n本报记者 张三 通讯员 李四\n"
          "“有事找老马，准没错。”说起村里的调解员马善祥，村民们都竖起了大拇指。今年65岁的老马，从事调解工作已有二十多年，"
          "他常说：“群众的事再小也是大事。”\n"
          "退休不褪色的老党员\n"
          "2年前，虚岁58岁的李信国走上了专职调解员的道路。“刚开始心里没底，”他说，“只能边干边学，向老同志请教。”如今，"
          "他已成为远近闻名的调解能手，村民们都愿意找他说说心里话。\n"
          "一心为民的调解路\n"
          "调解工作并非一帆风顺。有一次，两户村民因宅基地纠纷争执不下，老马前后跑了十几趟，磨破了嘴皮子，终于让双方握手言和。"
          "“看到他们和好，比什么都高兴。”老马笑着说。\n")
_REPORT = ("某县司法局推进人民调解工作\n发布时间：2024-05-20\n"
           "今年以来，某县司法局坚持和发展新时代“枫桥经验”，多措并举推进矛盾纠纷排查化解工作，取得明显成效。\n"
           "强化组织领导，压实工作责任\n"
           "县司法局成立工作专班，由主要负责同志任组长，定期研究部署矛盾纠纷排查化解工作，层层压实各乡镇司法所和调委会的工作责任，"
           "形成一级抓一级、层层抓落实的工作格局。\n"
           "健全工作机制，提升化解质效\n"
           "建立矛盾纠纷定期排查、分析研判、分级化解和跟踪回访机制，推动各类矛盾纠纷早发现、早介入、早化解，有效防止矛盾纠纷激化升级。\n"
           "加强队伍建设，夯实基层基础\n"
           "组织开展人民调解员业务培训，邀请法官、律师现场授课，不断提升调解员的业务能力和工作水平，为基层矛盾纠纷化解提供坚实的人才保障。\n")


def test_a_feature_storys_subtitles_head_no_measures_where_a_reports_headings_do():
    assert extract(_STORY).measures == []
    assert [m.title for m in extract(_REPORT).measures] == [
        "强化组织领导，压实工作责任", "健全工作机制，提升化解质效", "加强队伍建设，夯实基层基础"]


def test_without_its_model_file_every_heading_the_rules_find_is_kept(monkeypatch, tmp_path):
    from extractor import heading_model, list_model

    heading_model.model.cache_clear()
    list_model.model.cache_clear()
    monkeypatch.setattr(heading_model, "_DATA", tmp_path)
    try:
        assert heading_model.heads_measures([None, "退休不褪色的老党员", "一心为民的调解路"], _STORY) == [True, True, True]
        assert len(extract(_STORY).measures) == 2
    finally:
        heading_model.model.cache_clear()
        list_model.model.cache_clear()


def test_a_statistics_name_as_a_numbered_heading_heads_no_measure():
    bulletin = ("某县法院一季度审判质效通报\n一季度，全院共受理各类案件1520件，审结1380件。\n"
                "1.一审案件服判息诉率\n全院一审案件服判息诉率为91.2%，同比上升1.5个百分点。\n"
                "2.法定审限内未结案比率\n法定审限内未结案比率为3.1%。\n3.案均审理天数\n案均审理天数为42天。\n")
    assert extract(bulletin).measures == []
    # (a verb says what was done to the rate: an action)
    actions = ("某区热线提质增效\n今年以来，某区热线共受理诉求8000件，办结率99%。\n"
               "一、优化派单流程,提升按时办结率\n实行首接负责制。\n二、千方百计降低重复投诉率\n建立回访专班。\n"
               "三、持续优化审批效率\n实行并联审批。\n四、党员干部勇当表率\n带头下沉一线。\n"
               "五、紧盯群众满意率\n开展回访。\n六、缩减案件审理天数\n推行繁简分流。\n")
    assert [m.marker for m in extract(actions).measures] == ["一、", "二、", "三、", "四、", "五、", "六、"]


def test_a_list_of_causes_a_citizens_question_and_a_sections_overview_are_no_measures():
    causes = ("某市三季度矛盾纠纷分析\n三季度，全市共排查矛盾纠纷5200件，调解成功4900件。\n"
              "邻里纠纷居高不下。主要原因一是此类纠纷多因生活琐事引发，起因较小。二是村居排查力度大，多数化解在村居。"
              "三是诱发原因复杂，处理不及时容易激化。\n")
    assert extract(causes).measures == []
    questions = ("问政周榜\n上周，平台共收到网民留言1015件，收到部门回复1665件。\n"
                 "一、10月12日网友留言咨询:某某公路何时才能正式通车?\n10月16日市交通运输局回复:项目计划年底通车。\n"
                 "二、10月3日网友咨询:小区周边何时增设公交站点?\n10月16日市公交集团回复:已纳入线路优化方案。\n")
    assert extract(questions).measures == []
    # (a heading on serving citizens' questions is an action)
    serving = ("某局便民服务\n今年以来，某局共接待群众咨询1200人次。\n一、耐心解答群众咨询\n设立咨询窗口。\n"
               "二、及时处理市民求助\n实行24小时值守。\n三、认真受理群众反映\n建立台账。\n")
    assert [m.marker for m in extract(serving).measures] == ["一、", "二、", "三、"]
    overview = ("某市行政审判白皮书\n一、全市法院行政审判情况总揽\n2023年，全市法院共受理各类行政案件3200件，审结3100件。\n"
                "全市行政案件主要呈现以下几个特点:\n(一)以县级政府为被告的案件增多。中院受理一审行政案件420件。\n"
                "(二)新类型案件明显增多。涉及数十个管理领域。\n")
    assert extract(overview).measures == []


def test_a_reply_letters_point_hands_over_to_the_actions_under_it():
    letter = ("关于建设公共法律服务体系建议的答复\n某委员:\n您提出的《关于建设公共法律服务体系的建议》收悉。现答复如下。\n"
              "一、针对您提出的将法律服务深入社区的建议。我局认为:\n市司法局持续推进公共法律服务体系建设。"
              "一是夯实实体平台建设,实现四级平台全覆盖。二是深入推进法律援助工作站建设。全市共建工作站120个。"
              "三是常态开展法治宣传活动,举办专题讲座300场。\n")
    got = [m.title for m in extract(letter).measures]
    assert got == ["夯实实体平台建设,实现四级平台全覆盖", "深入推进法律援助工作站建设", "常态开展法治宣传活动,举办专题讲座300场"]
    # (a point with no actions listed under it is itself the measure)
    points = ("关于加强社区矫正工作建议的答复\n某代表:\n您提出的建议收悉。现答复如下。\n"
              "一、针对您提出的加强社区矫正监管的建议\n我局已开展专项检查120次。\n"
              "二、针对您提出的加强法治宣传的建议\n我局已举办讲座20场。\n")
    assert [m.marker for m in extract(points).measures] == ["一、", "二、"]


def test_a_bulletins_bracketed_sections_kinds_of_calls_trends_and_ranks_are_no_measures():
    police = ("某市公安局警情通报\n本周全市110共接报警情2390起，同比下降5.2%。\n一、【警情概况】\n"
              "(一)刑事类警情\n接报刑事类警情120起，环比下降3%。\n(二)治安类警情\n接报治安类警情300起。\n"
              "二、【警情分析】\n盗窃警情仍居高位。\n")
    assert extract(police).measures == []
    study = ("诉源治理调研报告\n一、基本情况\n1.案件增幅呈逐年收窄趋势。2018年全市法院受理案件74276件。\n"
             "2.员额法官人均结案数持续增加。2018年人均结案312件。\n3.民商事案件在总案量中占比最大。占比62%。\n")
    assert extract(study).measures == []
    complaints = ("9月份消费投诉分析\n9月份共受理投诉举报1200件。\n(一)投诉总体情况\n共受理投诉800件。\n"
                  "(二)投诉重点领域\n食品类投诉居首，占35%。\n")
    assert extract(complaints).measures == []


def test_a_section_of_experience_hands_over_to_the_items_under_it():
    text = ("十字路街道2023年度人大建议和政协提案办理情况\n一、基本情况\n本年度共办理人大建议3件，回复率为100%。\n"
            "二、经验做法\n一是强化组织领导，提高责任意识。接到建议后立即召开专题会议进行安排部署。\n"
            "二是围绕重点工作，加强调查研究。组织代表深入收集民意，广泛调研专题视察。\n")
    assert [m.marker for m in extract(text).measures] == ["一是", "二是"]


def test_a_breakdown_by_kind_and_the_state_of_a_field_head_no_measures():
    text = ("2020年全区安全生产执法情况通报\n一、总体情况\n全区共检查企业3000家。\n"
            "二、分类情况\n1.按地区分:南宁市检查企业500家,柳州市检查企业400家。\n"
            "2.按行业分:全区对煤矿行业处罚24次,对化工行业处罚400次。\n")
    assert extract(text).measures == []
    text = ("2020年全市安全生产形势分析\n今年以来，全市安全形势总体向好。一是安全生产形势总体平稳。全市发生事故107起。"
            "二是自然灾害形势总体稳定。全年未发生自然灾害死亡。\n")
    assert extract(text).measures == []
    # (…but maintaining a stable situation is an action: 一是全力维护社会治安形势稳定)
    text = "2024年工作总结\n一是全力维护社会治安形势稳定。全年破案300起。\n二是持续推动安全生产形势好转。全年事故下降10%。\n"
    assert [m.marker for m in extract(text).measures] == ["一是", "二是"]


def test_a_bulletins_state_of_the_economy_and_a_notices_requirements_head_no_measures():
    text = ("2025年一季度全县经济运行情况\n一、农业生产基本稳定\n全县实现第一产业增加值7.2亿元。\n"
            "二、工业生产增势较好\n规模以上工业增加值同比增长8.1%。\n三、居民收入平稳增长\n居民人均可支配收入同比增长4.6%。\n")
    assert extract(text).measures == []
    text = ("关于畅通物业投诉渠道的通知\n一、开通投诉热线。各小区公示投诉电话。\n二、建立台账。逐件登记办理。\n"
            "三、限时办结。七日内答复。\n四、工作要求\n各单位要高度重视。\n")
    assert [m.marker for m in extract(text).measures] == ["一、", "二、", "三、"]
    text = ("市文旅局2024年第三季度旅游投诉情况\n一、旅游投诉处理综述\n全市共接到旅游投诉949宗。\n"
            "二、下一步工作任务\n加强监管。\n")
    assert extract(text).measures == []


def test_a_statistics_communiques_fields_are_no_measures_the_actions_under_one_are():
    text = ("某县2022年国民经济和社会发展统计公报\n一、综合\n全年全县地区生产总值96.2亿元，比上年增长4.5%。\n"
            "二、农业\n全年粮食产量8.1万吨。\n三、工业和建筑业\n规模以上工业增加值增长6.2%。\n十一、环境保护\n"
            "环保工作充分发挥监测职能。一是加强对饮用水源的监测。按时报送检测水样。二是加强对国控企业的环境监测。"
            "完成72个各类监测工作。\n")
    assert [m.title for m in extract(text).measures] == ["加强对饮用水源的监测", "加强对国控企业的环境监测"]
    text = ("2022年一季度某县经济运行情况\n一、农业经济形势良好\n第一产业增加值同比增长5.1%。\n二、固定资产投资低位回升\n"
            "固定资产投资同比增长2.3%。\n三、消费市场持续回暖\n社会消费品零售总额同比增长6.0%。\n")
    assert extract(text).measures == []


def test_typical_cases_and_stated_trends_are_no_measures():
    text = ("某自治区2025年度第一批行政复议典型案例\n为充分发挥典型案例的示范作用，自治区司法厅评选出3个典型案例予以发布。\n"
            "1.某公司不服某交通运输局行政处罚案\n【基本案情】某公司被处以罚款。\n2.杜某不服某交通运输局行政处罚案\n"
            "【基本案情】杜某被处以罚款。\n3.张某诉某区人民政府行政补偿案\n【基本案情】张某申请补偿。\n")
    assert extract(text).measures == []
    text = ("婚姻家庭纠纷调解机制的现状和出路\n当前婚姻家庭纠纷呈现以下特点。\n一、离婚率不断上升\n近年离婚案件逐年增加。\n"
            "二、家庭纠纷种类多\n涉及赡养、抚养等。\n三、家庭暴力问题突出\n家暴案件时有发生。\n")
    assert extract(text).measures == []


def test_fields_of_work_actions_on_cases_and_aims_stay_measures():
    # one communiqué-like field among others heads its own text; acting on a case, keeping a situation good and
    # targeting where troubles are frequent are actions
    text = "某县人社局2023年工作总结\n（一）就业创业\n城镇新增就业5600人。\n（二）社会保障\n全县养老保险参保人数达38万人。\n" \
           "（三）劳动关系\n调处劳动争议案件320件。\n"
    assert [m.title for m in extract(text).measures] == ["就业创业", "社会保障", "劳动关系"]
    text = "某县司法局2023年行政复议工作情况\n一、成功办理李某诉某镇政府行政赔偿案\n通过调解促成双方和解。\n" \
           "二、妥善化解王某不服征收补偿决定案\n申请人撤回复议申请。\n三、加强复议队伍建设\n组织业务培训6次。\n"
    assert len(extract(text).measures) == 3
    text = "某县2023年平安建设工作情况\n一、营造社会治安形势良好\n破获刑事案件320起。\n二、保持安全生产形势良好\n未发生较大以上事故。\n"
    assert len(extract(text).measures) == 2
    text = "某县交警大队2023年工作总结\n一是针对事故多发路段，设置警示标志86处；二是针对酒驾频发时段，开展夜查行动120次。\n"
    assert len(titles(text)[0]) == 2


def test_a_counted_label_in_the_headline_announces_the_measures_however_many_the_list_shows():
    text = ("以“六个创新”推进平安西安建设\n西安市坚持问题导向，以“六个创新”着力维护社会安全稳定。\n"
            "一、创新领导机制。成立平安建设领导小组，全市共召开会议12次。\n")
    assert extract(text).measures_declared == 6
    # (a policy's slogan the release works towards announces none; nor does a label without a counting word)
    text = ("围绕促进“两个健康”扎实推进商会调解\n某县工商联积极推进商会调解工作。\n一、建立商会调解组织。全县共成立调解组织12个。\n")
    assert extract(text).measures_declared is None
    text = ("“三所联动”化解矛盾纠纷\n某区司法局推进“三所联动”工作。\n一、建立联动机制。共化解纠纷36件。\n")
    assert extract(text).measures_declared is None


def test_a_counted_label_the_headline_acts_by_announces_that_many_things_done():
    body = "今年以来，该县坚持依法治县，全县法治建设取得明显成效，办理行政复议案件15件，群众满意度达到98%。\n"
    assert extract("海北州“四个更加”亮出法治建设成绩单\n" + body).measures_declared == 4
    assert extract("“四解”机制化解基层矛盾纠纷\n" + body).measures_declared == 4
    assert extract("蒙城县总工会“三到位”抓好诉讼调解服务\n" + body).measures_declared == 3
    # (not a count the headline names as a thing held, honoured or built, or the parties of one structure,
    # or a slogan worked towards)
    for headline in ("河曲有支“五老”调解队", "“十佳调解能手”出炉", "额尔古纳打造“四无讼”治理模式",
                     "河北曲周：“三调对接”构建多元解纷新格局", "杜良乡助力“三零”创建", "大冶法院组织干警旁听“两会”审议工作报告",
                     "“四长”联动化解基层矛盾纠纷", "“三调”对接化解纠纷", "“两法衔接”推动执法规范", "“五水共治”推进生态治理",
                     "“三大攻坚战”取得决定性进展", "“四下基层”化解信访积案", "“三零”创建显成效", "“八大员”进网格",
                     "“四点半课堂”开课啦"):
        assert extract(headline + "\n" + body).measures_declared is None, headline


def test_a_member_of_the_party_group_is_not_a_report_made_of_parts():
    text = ("东兴法院设立巡回法庭\n近日，东兴市人民法院党组成员、副院长汪源介绍，巡回法庭的主要功能体现在三个方面：一是化解涉外民商事纠纷；"
            "二是满足多元司法服务需求；三是探索边境地区特色解纷新路径。今年以来共化解纠纷36件。\n")
    assert extract(text).measures_declared == 3
    text = ("某县政府信息公开年度报告\n本报告由总体情况、主动公开政府信息情况等六个方面组成。\n一、总体情况。全年公开信息120条。\n"
            "二、主动公开情况。主动公开文件30件。\n")
    assert extract(text).measures_declared is None


def test_a_method_named_by_a_run_of_numerals_or_a_label_the_work_starts_from():
    text = ("熊寨镇矛盾纠纷源头预防化解“一二三”工作法\n熊寨镇探索出建强一个阵地、完善两个机制、坚持“三访”并举为主要内容的"
            "“一二三”工作法。\n一、建强一个阵地。建成综治中心1个。\n二、完善两个机制。全年化解纠纷36件。\n")
    assert extract(text).measures_declared == 3
    text = ("下村派出所降警情背后的“平安密码”\n下村派出所积极出实招，从“三个做到”入手，全力打造平安辖区。\n"
            "一、做到巡逻全覆盖。全年巡逻300次。\n")
    assert extract(text).measures_declared == 3


def test_a_lead_in_naming_a_list_of_issues_to_address_heads_actions():
    text = ("金龙街道河长制2023年上半年工作总结\n金龙街道紧紧围绕2023年河长制工作计划、问题清单开展工作，在河渠管护、问题整改、"
            "专项执法等方面做了不少工作。\n1.河渠巡查到位\n河长共巡河78次。\n2.问题整改\n发现问题18个，已全部整改。\n"
            "3.专项执法\n开展专项执法1次。\n")
    assert [m.title for m in extract(text).measures] == ["河渠巡查到位", "问题整改", "专项执法"]


def test_a_years_key_work_and_highlights_is_a_section():
    text = ("湖里区行政审批管理局2023年工作总结\n一、2023年重点工作和亮点成效\n（一）强力推动重点领域改革攻坚。全年办件12万件。\n"
            "（二）深化政务服务改革。压缩时限60%。\n")
    assert [m.marker for m in extract(text).measures] == ["（一）", "（二）"]


def test_a_policys_slogan_in_the_lead_announces_no_measures():
    text = "某县司法局工作总结\n县司法局以“两个维护”为统领，推进法治建设。\n一、加强普法宣传。全年开展活动30场。\n"
    assert extract(text).measures_declared is None
    text = "某县生态环境局工作总结\n打好“三大攻坚战”之污染防治攻坚战。\n一、加强执法。查处案件30件。\n"
    assert extract(text).measures_declared is None


def test_a_line_of_dialogue_in_quotes_heads_no_measure():
    text = ("某区司法局积极开展婚姻家庭纠纷预防化解工作\n"
            "“有啥问题,咱今天在这儿都说说!”\n"
            "春光明媚,草木生发。社区一张小方桌前,工作人员的话音刚落,儿媳与婆婆在调解员面前一言一语地说起了各自的家事纠纷。\n"
            "“我看娃也辛苦,也枯燥,还要做饭……”\n"
            "经过半个多小时的劝说,调解员帮助婆媳二人对看娃引起的纠纷达成和解,双方握手言和,纠纷得到圆满化解。\n")
    assert titles(text)[0] == []


def test_a_bare_marker_ending_the_text_leaves_the_leads_above_it_measures():
    text = ("今年以来,区司法局以“四强”举措开展全区行政处罚案卷评查,推动执法规范化水平提质增效。\n"
            "强化部署,筑牢“压舱石”。区司法局从源头发力,细化任务分工,明确评查标准、流程及纪律,编制问题规范指引。\n"
            "强化队伍,锻造“主力军”。从区直单位法制科长、一线执法骨干及资深律师中选拔评查人员,确保队伍专业。\n"
            "强化流程,打造“过滤网”。创新“双阶段”评查机制,第一阶段由初审组梳理显性问题,第二阶段由复查组精细化核查。\n"
            "强化整改,拧紧“螺丝钉”。建立问题梳理、意见反馈、整改落实闭环机制,制发《执法监督意见书》34份。\n"
            "编辑:李新茹\n1、")
    found, declared = titles(text)
    assert [t for _, t, _ in found] == ["强化部署,筑牢“压舱石”", "强化队伍,锻造“主力军”", "强化流程,打造“过滤网”",
                                        "强化整改,拧紧“螺丝钉”"]
    assert declared == 4


def test_numbered_items_of_paragraphs_a_dump_ran_into_one_line():
    text = ("今年来,永泰县通过严打击,控源头,强宣传等手段,始终保持打击整治电信网络诈骗高压态势。 一、数字攻坚,强拳严打击。"
            "以智慧赋能数字侦查工作机制为驱动,持续推进“断流”“断卡”行动。 二、布控源头,联动一张网。与通讯运营商联合推出预警服务,"
            "累计预警劝阻万余条。 三、强化宣传,立体造声势。全面构建四级反诈宣传体系,电诈类警情明显下降。\n")
    assert [t for _, t, _ in titles(text)[0]] == ["数字攻坚,强拳严打击", "布控源头,联动一张网", "强化宣传,立体造声势"]
    # (a report's sections run on the same way, 一、概述 2016年以来…, head no measures)
    report = ("某镇2016年政府信息公开工作年度报告。 一、概述 2016年以来,我镇积极贯彻执行《政府信息公开条例》,认真落实上级部署。"
              " 二、政府信息主动公开情况 2016年度共主动公开政府信息25条。\n")
    assert titles(report)[0] == []
    assert titles("某镇2022年度报告。 一、主动公开情况。本年度共公开信息25条。 二、依申请公开情况。本年度收到申请2件。\n")[0] == []
    assert titles("某校开展法治教育进校园活动。 一、二年级学生参加了法治课,共有300名学生受益。\n")[0] == []


def test_yishi_items_set_apart_by_commas_alone_end_at_the_next_one():
    text = ("安平村开展移风易俗宣传,一是广播喇叭天天响起来,二是宣传条幅大街小巷挂起来,三是先进典型带头户上墙挂起来。"
            "村里的红白喜事从此简办,群众负担明显减轻。\n")
    assert [t for _, t, _ in titles(text)[0]] == ["广播喇叭天天响起来", "宣传条幅大街小巷挂起来", "先进典型带头户上墙挂起来"]


def test_an_item_left_alone_of_a_list_whose_other_items_are_findings_is_no_measure():
    report = ("某乡2021年政府信息公开工作年度报告\n一、总体情况\n"
              "（一）主动公开情况。乡领导高度重视，把政府信息公开工作列入议事日程，全年主动公开政府信息120条。\n"
              "（二）依申请公开情况。建立健全政府信息公开申请受理机制，全年收到政府信息公开申请2件，均按时答复。\n"
              "（三）政府信息管理。政府门户网站作为政府信息公开的第一平台，及时更新各类信息。\n")
    assert extract(report).measures == []
    after_facts = ("某县推进重点项目建设\n一、基本情况\n今年以来，全县共实施重点项目56个，完成投资38亿元。\n"
                   "二、强化要素保障，推动项目落地见效\n县里建立项目专班，协调解决用地、资金等问题32个。\n")
    assert [m.title for m in extract(after_facts).measures] == ["强化要素保障，推动项目落地见效"]  # (an action stays)
    first = "某县司法局推进人民调解工作\n（一）加强调解组织建设。全县新建调解委员会12个，选聘专职调解员36名。\n"
    assert [m.title for m in extract(first).measures] == ["加强调解组织建设"]  # (a lone first item: the list cut off)


def test_a_quoted_count_after_as_many_listed_items_is_declared():
    from extractor import extract
    # (…等“四个一”: the four named inline, no list of measures after)
    text = ("锦尚司法所从“四个一”入手抓牢劳动纠纷调解\n本报讯 锦尚镇司法所针对劳资纠纷繁杂的特点，从组建一个专门小组、设立一处绿色通道、"
            "形成一套检查机制、招募一支普法队伍等“四个一”入手，推动劳动纠纷快速化解，今年以来调解劳动纠纷56件。")
    assert extract(text).measures_declared == 4
    text = "该县统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局，今年以来调解纠纷56件。"
    assert extract(text).measures_declared is None


def test_leads_naming_the_rate_they_raise_are_measures():
    text = ("黎平县某镇以提升执行率、知晓率、参合率为抓手促城乡居民医保征缴。\n\n"
            "重部署促征缴执行率。实行镇统筹部署、村分类执行的形式,在辖区范围内开展入户征缴大行动,提高征缴执行率。\n\n"
            "重宣传促政策知晓率。充分利用村级广播、院坝会等多种方式大力宣传医疗保险相关政策,打消群众顾虑。\n\n"
            "勤动员促群众参合率。利用岁末年初外出务工返乡的契机,组织人员入村入户积极动员,全力动员群众参保。")
    doc = extract(text)
    assert [m.title for m in doc.measures] == ["重部署促征缴执行率", "重宣传促政策知晓率", "勤动员促群众参合率"]
    # (a rate named alone heads the figures under it: 一审案件服判息诉率)
    doc = extract("一、一审案件服判息诉率\n全年一审案件服判息诉率为92.3%。\n二、案均审理天数\n案均审理天数为45天。")
    assert doc.measures == []


_CAPTION_OVER_LEADS = (
    "一方院落,三五张桌椅,几十名干部群众围坐一团,讲政策、诉困难、话发展。近日来,某镇创新开展“听民意·解民忧”院坝会。\n"
    "某镇开展院坝会\n"
    "下好政策宣讲“先手棋”。坚持政策理论先行一步,党政领导靠前带队、党员干部分片下沉,面对面解读政策、一对一解答问题。"
    "目前,全镇已完成基层理论宣讲16场。\n"
    "当好群众诉求“倾听者”。以院坝会为载体,通过“干群联席、群众发声、干部解题”方式,征集群众困难诉求134条,现场化解76条。\n"
    "打好专项整治“组合拳”。以本轮院坝会为切入,深入推进整治群众身边不正之风和腐败问题专项行动,通过联合问谈等方式处置问题线索。")


def test_leads_under_a_caption_that_heads_no_measure_are_the_measures():
    doc = extract(_CAPTION_OVER_LEADS)
    assert [m.title for m in doc.measures] == ["下好政策宣讲“先手棋”", "当好群众诉求“倾听者”", "打好专项整治“组合拳”"]


def test_items_under_a_dropped_caption_pass_the_same_screens_as_any():
    text = ("桃江县开展矛盾纠纷排查化解专项行动\n近日，桃江县召开矛盾纠纷排查化解推进会，今年以来全县矛盾纠纷化解率达97%。\n"
            "桃江县矛盾纠纷调解中心\n会议指出，当前工作中仍存在一些短板。一是部分乡镇对矛盾纠纷排查重视程度不够，排查不深入不细致；"
            "二是基层调解员队伍专业化水平不高，调解能力有待提升；三是部门之间信息共享不畅，联动机制有待健全。\n会议要求，各乡镇要切实提高认识。")
    assert extract(text).measures == []


def test_rates_named_with_du_cu_and_cu_cheng_head_their_figures():
    text = ("一、诉前调解促成率\n全年诉前调解成功案件1230件，诉前调解促成率为45.2%。\n"
            "二、案件督促履行率\n督促履行案件326件，督促履行率为82.1%。\n三、案均审理天数\n案均审理天数为38天。")
    assert extract(text).measures == []


def test_a_notices_numbered_form_fields_are_no_measures():
    notice = ("关于2024年严重精神障碍患者监护人以奖代补项目的公示\n"
              "一、项目名称:2024年严重精神障碍患者监护人以奖代补项目\n二、资金来源:省级以奖代补经费\n"
              "三、项目投资:3.42万元\n四、建设内容:按年度组织审核发放以奖代补经费,发放人数为19人。\n"
              "五、项目成效:促进监护人切实履行监护责任,妥善看护好居家患者。\n六、监督电话:0930-4427132\n")
    assert titles(notice)[0] == []
    assert titles("一、人口管理:从模糊统计到精准认领,建立人口信息库。\n二、矛盾化解:从事后处置到同步录入,推进源头治理。\n")[0] != []


def test_numbered_items_a_dump_ran_into_one_line_after_full_stops_count_on():
    text = ("本报讯 某乡采取多种形式开展了集中宣传活动,提高了群众的知晓率。 一、利用农村庙会开展集中宣传活动。共设立咨询台1个,"
            "摆放展板4个。 二、坚持进村入户开展宣传。每天组织两辆宣传车进村入户进行宣传。 三、逐村开展集中宣传活动。乡综治办每周逐村宣传。\n")
    assert [t for _, t, _ in titles(text)[0]] == ["利用农村庙会开展集中宣传活动", "坚持进村入户开展宣传", "逐村开展集中宣传活动"]
    # a sentence that names grades (一、二年级) counts no list; nor does a report's section run into its text
    assert titles("全镇中小学开展了安全教育。 一、二年级学生参加了应急演练,共计300人次。\n")[0] == []
    assert titles("现将情况报告如下。 一、概述 2016年以来,我镇积极推进政务公开。 二、主动公开情况 全年公开信息25条。\n")[0] == []


def test_a_role_followed_by_de_is_no_name_under_a_photo():
    from extractor.measures import _cfg
    assert _cfg().not_heading.search("调解员王小明")  # (a photo's caption: the role, then who)
    assert not _cfg().not_heading.search("强化入额法官的职责")  # (a lead: 法官的职责 names no one)


def test_section_names_run_on_after_full_stops_and_role_headings_are_no_measures():
    assert titles("现将2023年工作总结如下。 一、主要做法。 二、存在问题。 三、下步打算。\n")[0] == []
    story = "民警的守护\n深夜接到报警后，民警迅速赶到现场，帮助走失老人回家，全年共帮助群众120人次。\n" \
            "律师的担当\n律师主动为农民工讨薪，全年共挽回损失200万元，化解纠纷30件。\n"
    assert titles(story)[0] == []


def test_a_numbered_heading_run_into_its_paragraph_ends_before_the_year_opening_the_paragraph():
    body = ("一、推进法治建设第一责任人职责情况\n"
            "(一)强化组织领导将法治建设纳入区委常委会工作计划和政府工作报告2024年,区委常委会、区政府常务会议专题听取法治政府建设情况汇报10余次。\n"
            "(二)强化法治思维。始终将习近平法治思想作为各级党委(党组)理论学习中心组学习的首要内容。")
    got = [t for _, t, _ in titles(body)[0]]
    assert "强化组织领导将法治建设纳入区委常委会工作计划和政府工作报告" in got
    # …not a year a word governs (截至2023年底,…): the item's text is its title as printed
    got = [t for _, t, _ in titles("一、主要工作\n(一)加强组织领导。成立工作专班。\n(二)截至2023年底,全县共建成调解室120个。\n")[0]]
    assert "截至" not in got


def test_a_plans_and_a_policys_standing_sections_are_no_measures():
    got = [t for _, t, _ in titles("一、指导思想\n坚持以习近平法治思想为指导，深入推进调解工作规范化建设。\n"
                                   "二、总体要求\n坚持依法调解、便民利民，确保矛盾纠纷就地化解。\n"
                                   "三、出台目的\n为规范人民调解“以奖代补”资金管理，制定本办法。\n")[0]]
    assert not {"指导思想", "总体要求", "出台目的"} & set(got)


def test_the_parts_of_a_notice_or_a_guide_are_no_measures():
    text = ("关于市领导接听12345热线电话的公告\n为倾听群众呼声，定于3月20日上午开展市领导接听热线电话活动。现将有关事项公告如下：\n"
            "一、接话时间\n2023年3月20日9:00—11:00。\n二、专线电话\n12345。\n三、接话市领导\n市政府副市长。\n四、受理范围\n"
            "（一）本次接话主要受理通过电话渠道反映的诉求。\n（二）超出受理范围的诉求，由12345热线按程序转办。\n")
    assert extract(text).measures == []
    text = ("优化营商环境工作要点\n（一）推行告知承诺制。减少证明材料30项。\n（二）精简企业应当提供的材料。减少材料20份。\n"
            "（三）一次性告知注意事项。编制办事指南120份。\n")  # (actions whose object is such a part)
    assert len(extract(text).measures) == 3
    text = ("行政复议申请须知\n一、申请立案应当提供的材料\n申请人应当提交行政复议申请书。\n二、审理中的注意事项\n"
            "审理期间申请人可以查阅材料。\n三、受理范围\n对行政处罚决定不服的。\n")
    assert extract(text).measures == []


def test_points_of_advice_announced_before_their_list_and_no_count_in_a_documents_name():
    text = ("调研座谈会召开\n全县共有“德古”120名。县司法局负责人强调“德古”调解在促进社会稳定中的重要作用；并提出三点建议：一是进一步加快"
            "“德古”队伍建设")  # (the page cut off after the first)
    assert extract(text).measures_declared == 3
    text = ("以市民诉求驱动社会治理进阶\n《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》提出，强化市民热线等公共服务平台功能。"
            "今年全市热线共受理诉求120万件。\n")
    assert extract(text).measures_declared is None
    for text in ("座谈会召开\n与会委员共提出十五条建议，全部转交相关部门办理。会议共收集问题30个。\n",
                 "座谈会\n委员们提出的五条建议已全部办结，满意率100%。\n"):
        assert extract(text).measures_declared is None  # (a count of suggestions made, no list announced)


def test_the_first_of_a_run_of_headings_of_one_form_heads_a_measure_before_any_paragraph():
    text = ("某县综治中心：一扇门化解群众烦心事\n"
            "“一站受理”畅通渠道\n"
            "某县将综治中心、信访接待、诉讼服务整合进一个大厅，群众反映问题只进一扇门，今年以来共受理矛盾纠纷1200余件。\n"
            "“多元调处”提升效能\n"
            "依托人民调解、行政调解、司法调解联动机制，对受理的纠纷分级分类调处，调解成功率达到96%。\n")
    titles = [m.title for m in extract(text).measures]
    assert titles == ["“一站受理”畅通渠道", "“多元调处”提升效能"]
    # (a line of another form above the first paragraph is no heading of the run)
    other = text.replace("“一站受理”畅通渠道", "综治中心建设取得新进展")
    assert [m.title for m in extract(other).measures] == ["“多元调处”提升效能"]


def test_a_deck_over_the_lead_paragraph_is_no_first_heading_of_the_run_below_it():
    text = ("村里来了“法律明白人”\n"
            "用好“明白人” 激活治理新动能\n"
            "近年来，县司法局大力实施“法律明白人”培养工程，在全县各村（社区）培养法律明白人1200余名，打通普法“最后一公里”。\n"
            "送法“上门” 群众学法更方便\n"
            "法律明白人走村入户开展法治宣传，今年以来共开展宣讲活动360余场，群众学法用法热情明显提高。\n"
            "调解“在村” 矛盾化解更及时\n"
            "法律明白人扎根村组，熟悉村情民意，今年以来参与化解邻里纠纷、婚姻家庭纠纷等各类矛盾纠纷260余件。\n")
    assert [m.title for m in extract(text).measures] == ["送法“上门” 群众学法更方便", "调解“在村” 矛盾化解更及时"]


def test_a_heading_printed_in_brackets_is_read_without_them():
    text = ("网格化服务管理暖民心\n为提升基层治理水平，某街道全面推行网格化服务管理。\n"
            "【进万家门，架服务桥梁】\n街道组织网格员入户走访，今年以来走访群众1.2万户。\n"
            "【知万家事，人地事物情全量掌握】\n建立网格信息台账，采集人口信息3.6万条。")
    titles = [m.title for m in extract(text).measures]
    assert "知万家事，人地事物情全量掌握" in titles and not any(t.startswith("【") for t in titles)


@pytest.mark.parametrize("heading", ["概  况", "基 本 情 况", "主　要　做　法"])
def test_a_section_heading_spaced_out_to_the_lines_width_is_still_a_section(heading):
    text = ("某局2023年上半年工作报告\n一、" + heading + "\n2023年上半年,全局受理投诉56387件,同比增加35.58%,处理情况良好,"
            "群众满意度较高,各项工作有序推进。\n二、主要做法\n(一)加强组织领导。成立领导小组,定期研究部署工作,确保各项任务落实"
            "到位。\n(二)强化监督检查。开展专项检查3次,发现问题并及时整改落实。")
    assert titles(text)[0] == [("(一)", "加强组织领导", None), ("(二)", "强化监督检查", None)]


def test_a_heading_of_two_phrases_set_apart_by_a_space_stays_a_measure():
    text = ("某县司法局推进矛盾纠纷化解工作\n一、下沉力量 建强镇村调解室\n全县各乡镇调解室配齐专职调解员,调解力量明显增强,群众满意度提高。\n"
            "二、紧盯重点 强化防范措施\n围绕婚姻家庭、邻里纠纷等重点领域开展排查,及时发现矛盾苗头,落实防范措施。\n"
            "三、繁简分流 速裁案件\n对简单纠纷快速调处,当场化解,复杂纠纷移交专业调解组织。")
    assert [m[0] for m in titles(text)[0]] == ["一、", "二、", "三、"]


_HEARING = ("关于某区行政复议案件办理规则的听证报告\n一、听证事由\n为广泛听取意见，区司法局决定就该规则举行听证。\n"
            "二、举行听证会的时间、地点\n2023年5月10日上午，区司法局三楼会议室。\n三、听证参加人\n听证代表12人，其中律师3人。\n")
_ACTIONS = ("某县司法局多措并举化解矛盾纠纷\n今年以来，县司法局坚持和发展新时代“枫桥经验”，多措并举化解矛盾纠纷。\n"
            "一是健全排查机制。组织各司法所每月开展矛盾纠纷大排查，建立工作台账。\n"
            "二是强化多元调解。整合人民调解、行政调解、司法调解力量，形成化解合力。\n"
            "三是加强法治宣传。深入村组开展普法宣传活动，引导群众依法表达诉求。\n")


def test_a_notices_numbered_terms_are_no_measures_where_numbered_actions_are():
    assert extract(_HEARING).measures == []
    assert [m.title for m in extract(_ACTIONS).measures] == ["健全排查机制", "强化多元调解", "加强法治宣传"]


@pytest.mark.parametrize("text", [
    # a list its lead-in announces as the actions, whatever the words of its items
    "某县司法局2023年行政执法监督工作情况\n今年以来，县司法局推动严格规范公正文明执法。主要做法：\n"
    "（一）行政执法“三项制度”落实。全面推行执法公示。\n（二）行政执法案卷评查。评查行政执法案卷320卷。\n"
    "（三）行政执法人员培训。组织培训4期。\n",
    # requirements (一要…二要…)
    "2024年全县信访工作会议召开\n会议要求，全县各级各部门：\n一要提高站位，压实信访工作责任。\n"
    "二要源头治理，深入排查化解矛盾纠纷。\n三要依法办事，规范信访工作秩序。\n",
    # as many items as a quoted count in the title
    "2024年某县法院执行局“五心”工作法\n县法院执行局探索形成执行工作法。\n1.用心查控。全面查控被执行人财产。\n"
    "2.精心研判。逐案分析执行难点。\n3.耐心调解。促成执行和解46件。\n4.恒心执行。攻坚长期未结案件。\n5.暖心回访。回访当事人120人次。\n",
])
def test_the_list_model_never_screens_announced_actions_requirements_or_a_counted_method(text):
    from extractor.list_model import list_features

    doc = extract(text)
    assert len(doc.measures) >= 3
    items = [(m.marker, m.title, m.start) for m in doc.measures]
    assert list_features(items, doc.body, doc.title) == []


def test_without_the_list_models_file_every_numbered_list_is_kept(monkeypatch, tmp_path):
    from extractor import heading_model, list_model

    heading_model.model.cache_clear()
    list_model.model.cache_clear()
    monkeypatch.setattr(heading_model, "_DATA", tmp_path)
    try:
        items = [("一、", "听证事由", 20), ("二、", "举行听证会的时间、地点", 60), ("三、", "听证参加人", 110)]
        assert list_model.lists_measures(items, _HEARING, "听证报告") == [True, True, True]
        assert [m.marker for m in extract(_HEARING).measures] == ["一、", "二、", "三、"]
    finally:
        heading_model.model.cache_clear()
        list_model.model.cache_clear()


def test_a_list_models_runs_are_its_consecutive_numbered_items():
    from extractor.list_model import numbered_runs

    assert numbered_runs(["一、", "二、", None, "(一)", "(二)", None]) == [[0, 1], [3, 4]]
    assert numbered_runs([None, None]) == []
