"""Print, for each development document, the metadata fields that disagree with gold."""
import json, sys
sys.path.insert(0, ".")
from extractor import extract
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        g = json.loads(line)
        d = extract(g.get("html") or g.get("text"), url=g.get("url")).to_dict()
        for k in ("title", "published_at", "source"):
            if g.get(k) and (d.get(k) or "")[:16] != g[k][:16]:
                print(g["id"], k, "got", repr(d.get(k)), "want", repr(g[k]))
        ga = (g.get("region") or {}).get("adcode")
        if ga and d["region"]["adcode"] != ga:
            print(g["id"], "region got", d["region"], "want", g["region"])
