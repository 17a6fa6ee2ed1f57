"""Site templates learnt from several pages of one site."""
from extractor import SiteTemplate, extract

BANNER = "学习贯彻党的二十大精神 奋力推进法治县建设"


def page(title, para):
    return f"""<html><head><title>{title}</title></head><body>
    <div class="article"><h1>{title}</h1>
    <p>{BANNER}</p>
    <p>{para}</p>
    <p>本站信息如需转载请注明出处并保留链接</p></div></body></html>"""


PAGES = [
    page("某县司法局开展普法宣传", "3月5日，某县司法局在城区广场开展普法宣传活动，发放资料500余份，解答群众咨询80人次。"),
    page("某县调解中心化解一起纠纷", "近日，某县调解中心成功化解一起邻里纠纷，双方当场签订调解协议，矛盾得到彻底解决。"),
    page("某县召开法治政府建设推进会", "4月10日，某县召开法治政府建设推进会，部署全年重点任务12项，明确责任单位和完成时限。"),
]


def test_repeated_lines_are_learnt_and_dropped():
    tpl = SiteTemplate.learn(PAGES)
    assert tpl.pages_seen == 3
    assert tpl.is_template(BANNER)
    plain = extract(PAGES[0])
    clean = extract(PAGES[0], template=tpl)
    assert BANNER in plain.body and BANNER not in clean.body
    assert "本站信息如需转载" not in clean.body
    assert clean.body.startswith("3月5日")


def test_template_round_trips():
    tpl = SiteTemplate.learn(PAGES)
    assert SiteTemplate.from_dict(tpl.to_dict()) == tpl
