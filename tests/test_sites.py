from pathlib import Path

import pytest

from scrapers import SiteListError, load_sites

EXAMPLE = Path(__file__).resolve().parent.parent / "scrapers" / "data" / "sites.example.toml"


def test_example_site_list_loads():
    sites = load_sites(EXAMPLE)
    assert {"yuhang", "gongshu-sfj", "changsha-county-sfj"} <= set(sites)
    s = sites["changsha-county-sfj"]
    assert s.cms == "trs" and s.hosts == {"www.csx.gov.cn"}
    from scrapers import Politeness

    p = s.politeness_for(Politeness())
    assert p.delay == 3.0 and p.timeout == 30.0 and p.obey_robots


@pytest.mark.parametrize("text,problem", [
    ("[[site]]\nname = 'x'\n", "needs a name and at least one column"),
    ("[[site]\n", "not valid TOML"),
    ("[[site]]\nname='x'\ncolumns=['http://a.gov.cn/']\n[site.politeness]\nspeed=1\n", "unknown politeness"),
])
def test_bad_site_lists_are_named(tmp_path, text, problem):
    path = tmp_path / "sites.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SiteListError) as err:
        load_sites(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_an_unknown_family_is_named(tmp_path):
    path = tmp_path / "sites.toml"
    path.write_text("[[site]]\nname='x'\ncms='wordpress'\ncolumns=['http://a.gov.cn/']\n", encoding="utf-8")
    with pytest.raises(SiteListError) as err:
        load_sites(path)
    assert "unknown CMS family 'wordpress'" in str(err.value) and "gkmlpt" in str(err.value)


def test_every_listed_site_says_where_it_was_seen_and_names_a_known_county():
    divisions = {}
    table = Path(__file__).resolve().parent.parent / "extractor" / "data" / "divisions.tsv"
    for line in table.read_text(encoding="utf-8").splitlines()[1:]:
        code, name, *_ = line.split("\t")
        divisions[code] = name
    sites = load_sites(EXAMPLE)
    seen_in_pages = [s for s in sites.values() if s.seen and s.seen.startswith("search pages corpus")]
    assert len(seen_in_pages) >= 100
    provinces = {s.region[:2] for s in sites.values() if s.region}
    assert len(provinces) >= 5
    for s in sites.values():
        assert s.region in divisions, s.name
        assert s.columns or s.seeds
        assert s.note and "unverified until crawled" in s.note, s.name
        # a government host, or a county's own media site that the entry says is one
        assert all(".gov.cn" in h for h in s.hosts) or ("media" in s.note or "news site" in s.note), s.name
