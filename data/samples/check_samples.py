#!/usr/bin/env python3
"""Consistency checks for the casus sample corpus in data/samples/.

Checks that articles.jsonl and gold.jsonl parse and agree, that every gold
event and relation uses the contract's fields and vocabularies, and that each
HTML page's body text (read with a simple reference extractor) and its .txt
file equal the article's "text" in articles.jsonl.

Usage: python3 data/samples/check_samples.py   (exit status 0 = all good)
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))

PLOVER_MODES = {
    "AGREE": set(), "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                                   "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
RELATIONS = {"front_of", "proxy_of", "backed_by", "member_of", "allied_with", "part_of", "leads"}
PRECISIONS = {"day", "week", "month", "year"}
GEO_PRECISIONS = {"place", "region", "country", "water"}
DOC_FIELDS = ["id", "title", "date", "source", "url", "text"]
EVENT_FIELDS = ["type", "mode", "cameo", "acled", "date", "date_precision", "location", "actor1",
                "actor2", "claimed_by", "attributed_to", "sponsors", "fatalities", "injuries",
                "weapons", "hedged"]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}", f"invalid JSON: {e}")
    return rows


def check_date(where, d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        err(where, f"bad date {d!r}")


def check_actor(where, a, allow_null=True):
    if a is None:
        if not allow_null:
            err(where, "actor is null")
        return
    if not isinstance(a, dict) or set(a) != {"names", "country", "sector"}:
        err(where, f"actor must have names/country/sector: {a!r}")
        return
    if not a["names"] or not all(isinstance(n, str) and n for n in a["names"]):
        err(where, "actor names must be a non-empty list of strings")
    if a["country"] is not None and not re.fullmatch(r"[A-Z]{3}", a["country"]):
        err(where, f"bad country {a['country']!r}")
    if a["sector"] is not None and not re.fullmatch(r"[A-Z]{3}", a["sector"]):
        err(where, f"bad sector {a['sector']!r}")


def check_event(where, e, pub_date):
    if list(e) != EVENT_FIELDS:
        err(where, f"event fields {list(e)} != {EVENT_FIELDS}")
        return
    if e["type"] not in PLOVER_MODES:
        err(where, f"unknown type {e['type']}")
    elif e["mode"] is not None and e["mode"] not in PLOVER_MODES[e["type"]]:
        err(where, f"mode {e['mode']} not valid for {e['type']}")
    if e["cameo"] is not None and not re.fullmatch(r"\d{2,4}", e["cameo"]):
        err(where, f"bad cameo {e['cameo']!r}")
    if e["acled"] is not None:
        et, st = e["acled"].get("event_type"), e["acled"].get("sub_event_type")
        if et not in ACLED or st not in ACLED[et]:
            err(where, f"bad ACLED category {et}/{st}")
    if e["date"] is not None:
        check_date(where, e["date"])
        if e["date"] > pub_date:
            err(where, f"event date {e['date']} after publication {pub_date}")
        if e["date_precision"] not in PRECISIONS:
            err(where, f"bad date_precision {e['date_precision']!r}")
    loc = e["location"]
    if loc is not None:
        if set(loc) != {"name", "country", "admin1", "lat", "lon", "precision"}:
            err(where, f"bad location keys {sorted(loc)}")
        else:
            if loc["precision"] not in GEO_PRECISIONS:
                err(where, f"bad geo precision {loc['precision']}")
            if (loc["country"] is None) != (loc["precision"] == "water"):
                err(where, "country must be null exactly when precision is water")
            if not (-90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180):
                err(where, "lat/lon out of range")
    check_actor(where + ".actor1", e["actor1"])
    check_actor(where + ".actor2", e["actor2"])
    for i, c in enumerate(e["claimed_by"]):
        check_actor(f"{where}.claimed_by[{i}]", c, allow_null=False)
    for i, t in enumerate(e["attributed_to"]):
        if set(t) != {"actor", "by"}:
            err(where, "attributed_to entries need actor and by")
            continue
        check_actor(f"{where}.attributed_to[{i}].actor", t["actor"], allow_null=False)
        check_actor(f"{where}.attributed_to[{i}].by", t["by"])
    if not all(isinstance(s, str) and re.fullmatch(r"[A-Z]{3}", s) for s in e["sponsors"]):
        err(where, f"bad sponsors {e['sponsors']}")
    for k in ("fatalities", "injuries"):
        if e[k] is not None and (not isinstance(e[k], int) or e[k] < 0):
            err(where, f"bad {k} {e[k]!r}")
    if not isinstance(e["weapons"], list) or not isinstance(e["hedged"], bool):
        err(where, "weapons must be a list and hedged a boolean")


class ReferenceExtractor(HTMLParser):
    """Collects <p> and <h2> text inside <article>, skipping obvious chrome."""

    SKIP_TAGS = {"aside", "figure", "figcaption", "nav", "header", "footer", "form", "script",
                 "style", "noscript", "button"}
    SKIP_CLASS = re.compile(r"paywall|share|ad-|advert|related|newsletter|comment|cookie|byline|"
                            r"promo|subscribe", re.I)

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, skip)
        self.in_article = 0
        self.blocks = []
        self.current = None

    def handle_starttag(self, tag, attrs):
        if tag in ("img", "br", "meta", "link", "input", "hr"):
            return
        attrs = dict(attrs)
        cls = (attrs.get("class") or "") + " " + (attrs.get("id") or "")
        skip = tag in self.SKIP_TAGS or bool(self.SKIP_CLASS.search(cls))
        skipping = skip or any(s for _, s in self.stack)
        self.stack.append((tag, skip))
        if tag == "article":
            self.in_article += 1
        if self.in_article and not skipping and tag in ("p", "h2"):
            self.current = []

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == "article":
                self.in_article -= 1
            if t in ("p", "h2") and self.current is not None and t == tag:
                text = re.sub(r"\s+", " ", "".join(self.current)).strip()
                if text:
                    self.blocks.append(text)
                self.current = None
            if t == tag:
                break

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)


def meta_of(html_text):
    meta = {}
    for prop, val in re.findall(r'<meta property="([^"]+)" content="([^"]*)"', html_text):
        meta[prop] = val
    m = re.search(r'<link rel="canonical" href="([^"]+)"', html_text)
    if m:
        meta["canonical"] = m.group(1)
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', html_text, re.S)
    if m:
        meta["jsonld"] = json.loads(m.group(1))
    return meta


def main():
    articles = load_jsonl("articles.jsonl")
    gold = load_jsonl("gold.jsonl")
    by_id = {}
    for n, a in enumerate(articles, 1):
        where = f"articles.jsonl:{n}"
        if list(a) != DOC_FIELDS:
            err(where, f"fields {list(a)} != {DOC_FIELDS}")
            continue
        if a["id"] in by_id:
            err(where, f"duplicate id {a['id']}")
        by_id[a["id"]] = a
        check_date(where, a["date"])
        if not a["url"].startswith("https://example.com/"):
            err(where, "url must be under https://example.com/")
        words = len(a["text"].split())
        if not 150 <= words <= 400:
            err(where, f"{a['id']}: {words} words, expected 150-400")
        for para in a["text"].split("\n\n"):
            if para != para.strip() or "  " in para or "\n" in para:
                err(where, f"{a['id']}: paragraph has stray whitespace")
    if [g.get("id") for g in gold] != [a.get("id") for a in articles]:
        err("gold.jsonl", "ids/order differ from articles.jsonl")
    n_events = 0
    for n, g in enumerate(gold, 1):
        where = f"gold.jsonl:{n}"
        a = by_id.get(g.get("id"))
        if a is None:
            err(where, f"unknown id {g.get('id')}")
            continue
        for k in DOC_FIELDS:
            if g.get(k) != a[k]:
                err(where, f"{k} differs from articles.jsonl")
        if set(g) != set(DOC_FIELDS) | {"gold", "gold_relations"}:
            err(where, f"unexpected keys {sorted(set(g) - set(DOC_FIELDS))}")
        for i, e in enumerate(g.get("gold", [])):
            check_event(f"{where} {g['id']} gold[{i}]", e, a["date"])
        n_events += len(g.get("gold", []))
        for i, r in enumerate(g.get("gold_relations", [])):
            w = f"{where} {g['id']} gold_relations[{i}]"
            if set(r) != {"subject", "relation", "object", "by"} or r["relation"] not in RELATIONS:
                err(w, f"bad relation {r!r}")
                continue
            check_actor(w + ".subject", r["subject"], allow_null=False)
            check_actor(w + ".object", r["object"], allow_null=False)
            check_actor(w + ".by", r["by"])

    html_dir = os.path.join(HERE, "html")
    pages = sorted(f[:-5] for f in os.listdir(html_dir) if f.endswith(".html"))
    for pid in pages:
        where = f"html/{pid}"
        if pid not in by_id:
            err(where, "no article with this id in articles.jsonl")
            continue
        a = by_id[pid]
        with open(os.path.join(html_dir, pid + ".html"), encoding="utf-8") as f:
            html_text = f.read()
        try:
            with open(os.path.join(html_dir, pid + ".txt"), encoding="utf-8") as f:
                txt = f.read()
        except FileNotFoundError:
            err(where, "missing .txt")
            continue
        if txt != a["text"]:
            err(where, ".txt differs from articles.jsonl text")
        parser = ReferenceExtractor()
        parser.feed(html_text)
        extracted = "\n\n".join(parser.blocks)
        if extracted != a["text"]:
            err(where, "reference extraction of the HTML body differs from the text")
        meta = meta_of(html_text)
        if meta.get("canonical") != a["url"]:
            err(where, "canonical link differs from url")
        ld = meta.get("jsonld")
        if "og:title" not in meta and ld is None:
            err(where, "no og:title and no JSON-LD")
        if "og:title" in meta and meta["og:title"].replace("&quot;", '"').replace("&amp;", "&") != a["title"]:
            err(where, "og:title differs from title")
        if "og:site_name" in meta and meta["og:site_name"] != a["source"]:
            err(where, "og:site_name differs from source")
        if "article:published_time" in meta and meta["article:published_time"][:10] != a["date"]:
            err(where, "article:published_time differs from date")
        if ld is not None:
            if ld.get("headline") != a["title"] or ld.get("datePublished", "")[:10] != a["date"]:
                err(where, "JSON-LD headline/datePublished differ")
            if ld.get("publisher", {}).get("name") != a["source"]:
                err(where, "JSON-LD publisher differs from source")
        for word in ("Keep reading", "Subscribe for", "Already a subscriber", "cookies", "Share on"):
            if word in a["text"]:
                err(where, f"chrome text {word!r} leaked into the article text")

    for e in errors:
        print("error:", e, file=sys.stderr)
    print(f"{len(articles)} articles, {n_events} gold events, {len(pages)} HTML pages: "
          f"{'OK' if not errors else str(len(errors)) + ' errors'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
