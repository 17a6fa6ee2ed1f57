"""Show, per development document, where metadata, indicators, periods and dates disagree
with the gold (measuring only: run from the project root with gold files as arguments)."""
import base64, json, sys
sys.path.insert(0, ".")
sys.path.insert(0, "../shared/eval")
from score import char_f1, same_value, norm_unit, greedy, dates_agree
from extractor import extract
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        g = json.loads(line)
        content = g.get("html") or g.get("text") or base64.b64decode(g.get("html_b64") or "")
        d = extract(content, url=g.get("url")).to_dict()
        for k in ("title", "published_at", "source"):
            if g.get(k) and (d.get(k) or "")[:16] != g[k][:16]:
                print(g["id"], k, "got", repr(d.get(k)), "want", repr(g[k]))
        if (g.get("region") or {}).get("adcode") and d["region"]["adcode"] != g["region"]["adcode"]:
            print(g["id"], "region got", d["region"], "want", g["region"])
        pairs = greedy(g["metrics"], d["metrics"], lambda a, b: same_value(a["value"], b["value"]) and norm_unit(a["unit"]) == norm_unit(b["unit"]),
                       prefer=lambda a, b: char_f1(a.get("indicator") or "", b.get("indicator") or "") + char_f1(a["text"], b["text"]))
        for a, b in pairs:
            if a.get("indicator") and char_f1(a["indicator"], b.get("indicator") or "") < 0.5:
                print(g["id"], "IND", a["text"], "want", a["indicator"], "got", b.get("indicator"))
            if a.get("period") and a["period"].get("start_date") and not dates_agree(a["period"], b.get("period")):
                print(g["id"], "PER", a["text"], "want", a["period"], "got", b.get("period"))
        matched = {id(a) for a, b in pairs}
        for a in g["metrics"]:
            if id(a) not in matched:
                print(g["id"], "LOST metric", a["text"], a.get("unit"), a.get("indicator"))
        used = {id(b) for a, b in pairs}
        for b in d["metrics"]:
            if id(b) not in used:
                print(g["id"], "EXTRA metric", b["text"])
        gd = g.get("dates") or []
        for x in d["dates"]:
            if not any(x["text"] in y["text"] or y["text"] in x["text"] for y in gd) and x.get("anchored", True):
                print(g["id"], "EXTRA date", x["text"])
        for y in gd:
            m = [x for x in d["dates"] if x["text"] in y["text"] or y["text"] in x["text"]]
            if m and (y.get("start_date") or y.get("end_date")) and not dates_agree(y, m[0]):
                print(g["id"], "DATE", y["text"], y["start_date"], y["end_date"], "got", m[0]["start_date"], m[0]["end_date"])
