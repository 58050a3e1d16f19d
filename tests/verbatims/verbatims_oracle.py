#!/usr/bin/python3
"""Verbatim figures computed from the rows themselves, with numpy: the
oracle of pgcx's verbatims tests, sharing nothing with pgcx's C.

The comments are tsvectors built by PostgreSQL (to_tsvector('simple', ...))
from generated words; their lexemes and positions are exported with
unnest(tsvector) and counted here:
  term_contrast   per lexeme and group the documents (comments holding it)
                  and occurrences (its positions, 1 without positions);
                  side A (group_a) against side B (group_b, or every other
                  group), the vocabulary V (n_a + n_b > 0), N_a, N_b over V,
                  alpha_w (uniform: prior; informative: prior times the
                  lexeme's count over every group), then
                  delta = ln[(n_a+a)/(N_a+a0-n_a-a)] - ln[(n_b+a)/(N_b+a0-n_b-a)],
                  std_error = sqrt(1/(n_a+a) + 1/(n_b+a)), z = delta/std_error
                  (Monroe, Colaresi & Quinn 2008), G² (Dunning 1993) as
                  2 sum E h(d/E), h(x) = (1+x)ln(1+x) - x, with d = a - E from
                  integers (exact near G² = 0, where the textbook form
                  cancels), p = erfc(sqrt(G²/2)); the rows with
                  n_a + n_b >= min_count, in the order of the sort (ties by
                  the lexeme's bytes);
  theme_impact    mentions by an evaluation of the theme (| & ! and
                  parentheses) on the exported lexemes (checked against
                  PostgreSQL's @@ on every row), NPS of everyone, of the
                  mentioning and of the others, impact, its standard error
                  from the influence functions of every respondent, the 95 %
                  interval; a nonparametric bootstrap (numpy, 4000
                  resamples) checks the formula itself on 6000 and 50,000
                  respondents;
  theme_ranking   the same figures per theme, ordered by impact, then name.

Usage:
  verbatims_oracle.py generate DIR   the rows of tests/verbatims/test-verbatims
                                     and the SQL that loads them and computes
                                     the figures with pgcx
  verbatims_oracle.py check DIR      pgcx's figures (read back from DIR)
                                     against the oracle's; exits 1 on any
                                     disagreement
"""
import copy
import csv
import json
import math
import os
import re
import sys

import numpy as np

REL = 1e-9                      # pgcx against the oracle
ABS = 1e-12                     # ... for figures near 0
EPS = 2.220446049250313e-16
Z975 = 1.959963984540054
FW_Z = 0.6894227886807968       # the fightin' words example's z
UCREL_G2 = 2.65                 # 52 in 50,000 against 57 in 75,000

# ------------------------------------------------------------------ words

SYL = ["ba", "ko", "ri", "tu", "me", "sa", "lo", "ni", "pe", "du", "fa", "gi"]
# words whose byte order differs from a linguistic collation's (the test's
# database sorts with ICU's en-US), and words told apart by an accent only
ODD = ["été", "ete", "ever", "ça", "cab", "naïve", "naive", "über", "uber",
       "zèbre", "zebra", "œuvre", "éclair", "âge", "age", "abc"]


def vocabulary():
    words = [a + b for a in SYL for b in SYL][:110] + ODD
    return words


def body_of(rng, words, weights, length):
    """A comment of `length` words drawn from words (probabilities
    weights), one of them sometimes repeated, in assorted case and
    punctuation."""
    if length == 0:
        return rng.choice(["", "?!", "...", " "])
    picks = list(rng.choice(len(words), size=length, p=weights))
    if rng.random() < 0.3:
        w = picks[int(rng.integers(0, len(picks)))]
        picks += [w] * int(rng.integers(1, 4))
        rng.shuffle(picks)
    out = []
    for k in picks:
        w = words[k]
        if rng.random() < 0.1:
            w = w.capitalize()
        out.append(w + (rng.choice([",", ".", "!"]) if rng.random() < 0.15 else ""))
    return " ".join(out)


def group_weights(rng, words, boosted):
    """Zipf weights over the words, shuffled, with `boosted` of them three
    times as likely (the group's own vocabulary)."""
    k = np.arange(1, len(words) + 1, dtype=float)
    w = 1.0 / k ** 1.05
    rng.shuffle(w)
    idx = rng.choice(len(words), size=boosted, replace=False)
    w[idx] *= 3.0
    return w / w.sum()


def comment_rows(ds, seed, n, groups, p_null_group=0.04, p_null_comment=0.06, p_empty=0.04,
                 mean_len=5.0, days=None):
    """Rows (ds, id, flag, grp, day, body) of a generated data set: each
    row's flag (true/false/NULL) and text group (or NULL) drawn, its
    comment from its text group's words."""
    rng = np.random.default_rng(seed)
    words = vocabulary()
    base = rng.random(len(groups)) + 0.5
    probs = base / base.sum()
    wts = {g: group_weights(rng, words, 15) for g in groups}
    flag_w = {True: group_weights(rng, words, 12), False: group_weights(rng, words, 12)}
    rows = []
    for i in range(1, n + 1):
        g = None if rng.random() < p_null_group else str(groups[int(rng.choice(len(groups), p=probs))])
        u = rng.random()
        flag = None if u < 0.05 else bool(u < 0.45)
        u = rng.random()
        if u < p_null_comment:
            body = None
        elif u < p_null_comment + p_empty:
            body = body_of(rng, words, None, 0)
        else:
            # the comment's words: its text group's, else its flag's
            w = wts[g] if g is not None else flag_w[bool(flag)]
            if flag is not None and rng.random() < 0.5:
                w = flag_w[flag]
            body = body_of(rng, words, w, 1 + int(rng.poisson(mean_len)))
        day = None if days is None else (i - 1) // days + 1
        rows.append((ds, i, flag, g, day, body))
    return rows


def keyness_rows():
    """UCREL's log-likelihood example: the term in 52 comments of group
    true, 50,000 occurrences in all there, and in 57 of group false,
    75,000 occurrences: 100-word comments of filler words."""
    rng = np.random.default_rng(52057)
    filler = [a + b + c for a in SYL[:6] for b in SYL for c in SYL[6:]][:200]
    rows = []
    i = 0
    for flag, ncom, nkey in ((True, 500, 52), (False, 750, 57)):
        keyed = set(rng.choice(ncom, size=nkey, replace=False).tolist())
        for j in range(ncom):
            i += 1
            ws = [filler[int(k)] for k in rng.integers(0, len(filler), 100)]
            if j in keyed:
                ws[int(rng.integers(0, 100))] = "keyword"
            rows.append(("keyness", i, flag, "a" if flag else "b", None, " ".join(ws)))
    return rows


def exclusive_rows():
    """Groups p, q and r, each with words of its own beside shared ones, so
    that a pair of groups leaves out terms that sort among theirs (the
    informative prior counts every group, the vocabulary only the pair)."""
    rng = np.random.default_rng(20261210)
    words = vocabulary()
    rows = []
    for i in range(1, 301):
        g = ("p", "q", "r")[int(rng.integers(0, 3))]
        ws = [words[int(k)] for k in rng.integers(0, 40, 3)]
        ws += [words[int(k)] + g for k in rng.integers(0, 40, 2)]
        rows.append(("excl", i, g == "p", g, None, " ".join(ws)))
    return rows


def docs_rows():
    rows = []
    rows += exclusive_rows()
    rows += comment_rows("yn", 20261203, 1500, ["x"])
    rows += comment_rows("region", 20261204, 2500, ["north", "south", "east", "west"])
    rows += comment_rows("bulk", 20261205, 40000, ["g1", "g2", "g3"])
    win = comment_rows("win", 20261206, 300, ["Île-de-France", "ouest", "sud"], p_null_group=0.08,
                       p_null_comment=0.1, days=10)
    # a group of days 3 and 20 only, that moving frames of daily states
    # gain and lose
    rng = np.random.default_rng(20261209)
    win = [(ds, i, flag, "rare" if day in (3, 20) and rng.random() < 0.4 else g, day, body)
           for ds, i, flag, g, day, body in win]
    rows += win
    mute = comment_rows("mute", 20261207, 200, ["a", "b"])
    rng = np.random.default_rng(20261208)
    for k in range(40):
        mute.append(("mute", 201 + k, None, "silent", None, None if rng.random() < 0.5 else ""))
    rows += mute
    rows += keyness_rows()
    rows += [("fw", 1, True, "a", None, "the quick brown fox jumps over the lazy pig"),
             ("fw", 2, False, "b", None, "the lazy purple pig jumps over the lazier donkey")]
    return rows


# term_stats states: name -> (table, group column)
STATES = {
    "yn_bool": ("d_yn", "flag"),
    "region_text": ("d_region", "grp"),
    "region_bool": ("d_region", "flag"),
    "region_strip": ("d_region_strip", "grp"),
    "mute_text": ("d_mute", "grp"),
    "excl_text": ("d_excl", "grp"),
    "keyness_bool": ("d_keyness", "flag"),
    "fw_bool": ("d_fw", "flag"),
    "bulk_bool": ("d_bulk", "flag"),
    "bulk_text": ("d_bulk", "grp"),
    "win_text": ("d_win", "grp"),
    "win_bool": ("d_win", "flag"),
}
TABLES = ["d_yn", "d_region", "d_region_strip", "d_mute", "d_keyness", "d_fw", "d_bulk", "d_win", "d_excl"]


def grid(documents_only=False):
    """Argument sets: prior (default, 0.001, 0.5, 5) x informative (default
    false, true) x unit (default documents, occurrences), with sort_by and
    min_count in turn; None is an argument left to its default."""
    out = []
    sorts = [None, "g2", "log_odds", "term", "z"]
    mins = [None, 2, 5, 1, 25, 3]
    i = 0
    for prior in (None, 0.001, 0.5, 5.0):
        for inf in (None, True):
            for unit in ((None, "documents") if documents_only else (None, "occurrences")):
                a = {"prior": prior, "informative": inf, "unit": unit,
                     "sort_by": sorts[i % 5], "min_count": mins[i % 6]}
                if i == 3:
                    a["informative"] = False        # explicit defaults once
                out.append({k: v for k, v in a.items() if v is not None})
                i += 1
    return out


def contrast_calls():
    """(label, state, arguments) of every term_contrast call."""
    calls = []

    def add(state, side, args, tag=""):
        label = f"{state}:{side.get('group_a', '-')}:{side.get('group_b', 'rest')}:" + \
            ",".join(f"{k}={v}" for k, v in sorted(args.items())) + tag
        calls.append((label, state, dict(side, **args)))

    for side in ({}, {"group_a": "false"}, {"group_a": "true", "group_b": "false"}):
        for a in grid():
            add("yn_bool", side, a)
    for s in ("z", "g2", "log_odds", "term"):
        add("yn_bool", {}, {"sort_by": s, "min_count": 2})
    sides = [{"group_a": g} for g in ("north", "south", "east", "west")] + \
        [{"group_a": a, "group_b": b} for a, b in (("north", "south"), ("east", "west"), ("west", "north"))]
    for side in sides:
        for a in grid():
            add("region_text", side, a)
    for s in ("z", "g2", "log_odds", "term"):
        add("region_text", {"group_a": "east"}, {"sort_by": s, "unit": "occurrences", "prior": 0.1})
    for a in grid():
        add("region_bool", {}, a)
    for side in ({"group_a": "north"}, {"group_a": "east", "group_b": "west"}):
        for a in grid(documents_only=True):
            add("region_strip", side, a)
    for side in ({"group_a": "a"}, {"group_a": "a", "group_b": "b"}, {"group_a": "silent"},
                 {"group_a": "a", "group_b": "silent"}):
        add("mute_text", side, {})
    add("keyness_bool", {}, {"unit": "occurrences"})
    add("keyness_bool", {}, {"unit": "occurrences", "sort_by": "g2", "informative": True})
    add("keyness_bool", {}, {})
    add("fw_bool", {}, {"prior": 0.05, "unit": "occurrences"})
    add("fw_bool", {}, {"prior": 0.05, "unit": "occurrences", "sort_by": "term"})
    add("bulk_bool", {}, {})
    add("bulk_text", {"group_a": "g2"}, {"unit": "occurrences", "informative": True, "prior": 0.05})
    # three groups
    for side in ({"group_a": "g1"}, {"group_a": "g3", "group_b": "g1"}):
        for a in grid():
            add("bulk_text", side, a)
    add("win_text", {"group_a": "Île-de-France"}, {"sort_by": "term"})
    # words of a third group among the pair's
    for side in ({"group_a": "p", "group_b": "q"}, {"group_a": "r", "group_b": "p"}, {"group_a": "q"}):
        for a in grid():
            add("excl_text", side, a)
    return calls


# ------------------------------------------------------------------ themes

THEMES = [
    ("price", "price | expensive | cost"),
    ("delivery", "slow & delivery | late"),
    ("staff", "staff & ( friendly | helpful )"),
    ("rude", "rude"),
    ("app_no_crash", "app & !crash"),
    ("absent_one", "xylophone"),
    ("absent_two", "zeppelin | ocarina"),
    ("hello", "hello"),
]
THEME_WORDS = {
    # word: probability for a detractor, a passive, a promoter
    "price": (0.30, 0.15, 0.08), "expensive": (0.15, 0.08, 0.03), "cost": (0.1, 0.1, 0.05),
    "cheap": (0.05, 0.08, 0.15), "slow": (0.25, 0.1, 0.03), "delivery": (0.35, 0.3, 0.25),
    "late": (0.12, 0.05, 0.02), "staff": (0.2, 0.25, 0.35), "friendly": (0.05, 0.15, 0.35),
    "helpful": (0.05, 0.1, 0.2), "rude": (0.15, 0.03, 0.01), "app": (0.2, 0.2, 0.2),
    "crash": (0.15, 0.05, 0.02), "refund": (0.1, 0.02, 0.01),
}
FILLER = ["good", "bad", "order", "store", "again", "time", "service", "product", "ok", "very"]
SCORE_P = np.array([0.04, 0.02, 0.03, 0.04, 0.05, 0.08, 0.09, 0.14, 0.17, 0.16, 0.18])
THEME_SETS = (("big", 6000, 7001), ("small", 300, 7002), ("all", 120, 7003), ("huge", 50000, 7004))
SCORE_TYPES = ["int2", "int4", "int8", "numeric", "float8"]
SQL_SCORE = {"int2": "score::int2", "int4": "score::int4", "int8": "score::int8",
             "numeric": "score::numeric(4,1)", "float8": "score::float8"}


def theme_rows():
    """(ds, id, score, body) of the theme data sets: big (6000 rows), small
    (300), all (everyone with a score says hello), huge (50,000: both
    workers of a parallel plan read some)."""
    out = []
    for ds, n, seed in THEME_SETS:
        rng = np.random.default_rng(seed)
        for i in range(1, n + 1):
            score = int(rng.choice(11, p=SCORE_P))
            cat = 0 if score <= 6 else (1 if score <= 8 else 2)
            if rng.random() < 0.03:
                score = None
            u = rng.random()
            if ds == "all":
                body = None if score is None and u < 0.5 else \
                    " ".join(["hello"] + [str(rng.choice(FILLER)) for _ in range(int(rng.integers(0, 4)))])
            elif u < 0.15:
                body = None
            elif u < 0.18:
                body = str(rng.choice(["", "!!"]))
            else:
                ws = [w for w, p in THEME_WORDS.items() if rng.random() < p[cat]]
                ws += [str(rng.choice(FILLER)) for _ in range(int(rng.integers(1, 6)))]
                if ws and rng.random() < 0.2:
                    ws.append(ws[0])
                rng.shuffle(ws)
                body = " ".join(ws)
            out.append((ds, i, score, body))
    return out


def tsq_parse(expr):
    """A theme's expression (words, | & ! and parentheses, PostgreSQL's
    precedence: ! over & over |) as a nested tuple."""
    toks = re.findall(r"[|&!()]|[^\s|&!()]+", expr)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def p_or():
        left = p_and()
        while peek() == "|":
            take()
            left = ("|", left, p_and())
        return left

    def p_and():
        left = p_not()
        while peek() == "&":
            take()
            left = ("&", left, p_not())
        return left

    def p_not():
        if peek() == "!":
            take()
            return ("!", p_not())
        if peek() == "(":
            take()
            e = p_or()
            assert take() == ")"
            return e
        return ("w", take())

    e = p_or()
    assert pos[0] == len(toks), expr
    return e


def tsq_match(e, lexemes):
    op = e[0]
    if op == "w":
        return e[1] in lexemes
    if op == "!":
        return not tsq_match(e[1], lexemes)
    if op == "&":
        return tsq_match(e[1], lexemes) and tsq_match(e[2], lexemes)
    return tsq_match(e[1], lexemes) or tsq_match(e[2], lexemes)


# ------------------------------------------------------------------ SQL

def q(s):
    return "'" + str(s).replace("'", "''") + "'"


def lit(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return q(v)


def contrast_sql(state, args):
    a = ", ".join(f"{k} => {lit(v)}" for k, v in args.items())
    return f"term_contrast((SELECT s FROM st WHERE sname = {q(state)}){', ' + a if a else ''})"


TC_COLS = ["term", "n_a", "n_b", "pct_a", "pct_b", "log_odds", "std_error", "z", "g2", "p_value"]
TI_COLS = ["n", "comments", "mentions", "share", "comment_share", "nps", "nps_mentioning",
           "nps_without", "impact", "std_error", "ci_low", "ci_high"]


def generate(d):
    docs = docs_rows()
    with open(os.path.join(d, "docs.csv"), "w", newline="") as f:
        out = csv.writer(f)
        for ds, i, flag, g, day, body in docs:
            out.writerow([ds, i, "NULL" if flag is None else ("t" if flag else "f"),
                          "NULL" if g is None else g, "NULL" if day is None else day,
                          "NULL" if body is None else body])
    trows = theme_rows()
    with open(os.path.join(d, "trows.csv"), "w", newline="") as f:
        out = csv.writer(f)
        for ds, i, score, body in trows:
            out.writerow([ds, i, "NULL" if score is None else score, "NULL" if body is None else body])
    with open(os.path.join(d, "themes.csv"), "w", newline="") as f:
        csv.writer(f).writerows(THEMES)
    calls = contrast_calls()
    write_sql(d, calls)
    print(f"{len(docs)} comments in {len(TABLES)} tables, {len(trows)} scored rows, "
          f"{len(calls)} term_contrast calls, {len(THEMES)} themes")


def write_sql(d, calls):
    L = [r"""\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE TABLE docs (ds text, id int, flag boolean, grp text, day int, body text);
\copy docs FROM 'docs.csv' WITH (FORMAT csv, NULL 'NULL')
CREATE TABLE trows (ds text, id int, score int, body text);
\copy trows FROM 'trows.csv' WITH (FORMAT csv, NULL 'NULL')
CREATE TABLE themes (name text, expr text);
\copy themes FROM 'themes.csv' WITH (FORMAT csv)
ALTER TABLE themes ADD COLUMN q tsquery;
UPDATE themes SET q = to_tsquery('simple', expr);"""]
    for t in TABLES:
        if t == "d_region_strip":
            L.append("CREATE TABLE d_region_strip AS SELECT id, flag, grp, day, strip(c) AS c "
                     "FROM d_region ORDER BY id;")
        else:
            L.append(f"CREATE TABLE {t} AS SELECT id, flag, grp, day, to_tsvector('simple', body) AS c "
                     f"FROM docs WHERE ds = {q(t[2:])} ORDER BY id;")
    for ds, _, _ in THEME_SETS:
        L.append(f"CREATE TABLE t_{ds} AS SELECT id, score, to_tsvector('simple', body) AS c "
                 f"FROM trows WHERE ds = {q(ds)} ORDER BY id;")
    L.append("CREATE VIEW alldocs AS " + " UNION ALL ".join(
        f"SELECT {q(t[2:])} AS ds, * FROM {t}" for t in TABLES) + ";")
    L.append("CREATE VIEW allthemed AS " + " UNION ALL ".join(
        f"SELECT {q(ds)} AS ds, * FROM t_{ds}" for ds, _, _ in THEME_SETS) + ";")
    L.append(r"""ANALYZE;
\copy (SELECT ds, id, flag, grp, day, c IS NULL AS cnull, u.lexeme, u.positions FROM alldocs d LEFT JOIN LATERAL unnest(d.c) u ON true ORDER BY ds, id, u.lexeme COLLATE "C") TO 'docs_export.csv' WITH (FORMAT csv, HEADER, NULL 'NULL')
\copy (SELECT ds, id, score, c IS NULL AS cnull, u.lexeme FROM allthemed d LEFT JOIN LATERAL unnest(d.c) u ON true ORDER BY ds, id, u.lexeme COLLATE "C") TO 'themes_export.csv' WITH (FORMAT csv, HEADER, NULL 'NULL')
\copy (SELECT d.ds, d.id, th.name, d.c @@ th.q AS m FROM allthemed d CROSS JOIN themes th ORDER BY 1, 2, 3) TO 'pg_mentions.csv' WITH (FORMAT csv, HEADER, NULL 'NULL')""")
    open(os.path.join(d, "load.sql"), "w").write("\n".join(L) + "\n")

    # states.sql: every state, serial
    L = [r"""\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE st (sname text PRIMARY KEY, s term_stats);"""]
    for sname, (t, g) in STATES.items():
        L.append(f"INSERT INTO st SELECT {q(sname)}, term_stats(c, {g}) FROM {t};")
    open(os.path.join(d, "states.sql"), "w").write("\n".join(L) + "\n")

    # aggs.sql: the aggregates run serial and parallel: (key, what, text)
    A = []
    for t in ("d_yn", "d_region", "d_bulk"):
        for g in ("flag", "grp"):
            A.append((f"term_stats {t} {g}", f"term_stats(c, {g})", t))
    A.append(("term_stats d_region_strip grp", "term_stats(c, grp)", "d_region_strip"))
    A.append(("rollup daily_text", "rollup(s)", "daily_text"))
    for typ in SCORE_TYPES:
        for name, expr in THEMES[:5]:
            A.append((f"theme_impact t_huge {typ} {name}",
                      f"theme_impact({SQL_SCORE[typ]}, c, to_tsquery('simple', {q(expr)}))", "t_huge"))
        A.append((f"theme_stats t_huge {typ}",
                  f"theme_stats({SQL_SCORE[typ]}, c, {names_array()}, {themes_array()})", "t_huge"))
    L = []
    for key, agg, t in A:
        if key.startswith("theme_stats"):
            # the state, and its ranking
            L.append(f"SELECT {q(key)}, 'text', x.s::text FROM (SELECT {agg} AS s FROM {t}) x;")
            L.append(f"SELECT {q(key)}, 'ranking', (SELECT string_agg(k::text, ' ; ' ORDER BY k.ordinality) "
                     f"FROM theme_ranking(x.s) WITH ORDINALITY k) FROM (SELECT {agg} AS s FROM {t}) x;")
        else:
            L.append(f"SELECT {q(key)}, 'text', ({agg})::text FROM {t};")
    open(os.path.join(d, "aggs.sql"), "w").write("\n".join(L) + "\n")
    plans = [f"SELECT {q(key)}, 'plan', pg_temp.plan_of({q(f'SELECT {agg} FROM {t}')});" for key, agg, t in A]
    open(os.path.join(d, "serial.sql"), "w").write(r"""\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
\i aggs.sql
""")
    open(os.path.join(d, "parallel.sql"), "w").write(r"""\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    line text;
    lines text[] := '{}';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (ANALYZE, VERBOSE, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || q LOOP
        lines := lines || line;
    END LOOP;
    RETURN array_to_string(lines, ' | ');
END
$$;
\i aggs.sql
""" + "\n".join(plans) + "\n")

    # results.sql: term_contrast, theme_impact, theme_ranking, windows,
    # round trips
    cp = lambda name, query: (f"\\copy ({query}) TO '{name}.csv' "
                              "WITH (FORMAT csv, HEADER, NULL 'NULL')")
    L = [r"""\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE tc (label text, ord bigint, term text, n_a bigint, n_b bigint, pct_a float8, pct_b float8,
                 log_odds float8, std_error float8, z float8, g2 float8, p_value float8);"""]
    for label, state, args in calls:
        L.append(f"INSERT INTO tc SELECT {q(label)}, k.ordinality, "
                 + ", ".join(f"k.{c}" for c in TC_COLS)
                 + f" FROM {contrast_sql(state, args)} WITH ORDINALITY k;")
    L.append(cp("tc", "SELECT * FROM tc ORDER BY label COLLATE \"C\", ord"))
    # theme_impact: every data set, score type and theme
    L.append("CREATE TABLE ti (ds text, typ text, theme text, "
             + ", ".join(f"{c} {'bigint' if c in ('n', 'comments', 'mentions') else 'float8'}" for c in TI_COLS)
             + ");")
    L.append("CREATE TABLE tr (ds text, typ text, ord bigint, theme text, "
             + ", ".join(f"{c} {'bigint' if c in ('n', 'comments', 'mentions') else 'float8'}" for c in TI_COLS)
             + ");")
    for ds, _, _ in THEME_SETS:
        for typ in SCORE_TYPES:
            L.append(f"INSERT INTO ti SELECT {q(ds)}, {q(typ)}, x.name, "
                     + ", ".join(f"(x.r).{c}" for c in TI_COLS)
                     + f" FROM (SELECT th.name, theme_impact({SQL_SCORE[typ].replace('score', 't.score')}, t.c, th.q) AS r"
                     f" FROM t_{ds} t CROSS JOIN themes th GROUP BY th.name) x;")
            L.append(f"INSERT INTO tr SELECT {q(ds)}, {q(typ)}, k.ordinality, k.theme, "
                     + ", ".join(f"k.{c}" for c in TI_COLS)
                     + f" FROM (SELECT theme_stats({SQL_SCORE[typ]}, c, {names_array()}, {themes_array()}) AS s"
                     f" FROM t_{ds}) x, theme_ranking(x.s) WITH ORDINALITY k;")
    L.append(cp("ti", "SELECT * FROM ti ORDER BY 1, 2, 3"))
    L.append(cp("tr", "SELECT * FROM tr ORDER BY 1, 2, 3"))
    # moving windows: term_stats over 6 rows against the plain aggregate
    # of the same rows, both forms
    for g, form in (("grp", "text"), ("flag", "bool")):
        L.append(cp(f"window_{form}",
                    f"SELECT t.id, (term_stats(t.c, t.{g}) OVER w)::text AS win, "
                    f"(SELECT term_stats(u.c, u.{g} ORDER BY u.id) FROM d_win u "
                    f"WHERE u.id BETWEEN t.id - 5 AND t.id)::text AS fresh "
                    f"FROM d_win t WINDOW w AS (ORDER BY t.id ROWS BETWEEN 5 PRECEDING AND CURRENT ROW) "
                    f"ORDER BY t.id"))
        L.append(cp(f"rollwin_{form}",
                    f"SELECT d.day, (rollup(d.s) OVER w)::text AS win, "
                    f"(SELECT rollup(e.s ORDER BY e.day) FROM daily_{form} e "
                    f"WHERE e.day BETWEEN d.day - 5 AND d.day)::text AS fresh "
                    f"FROM daily_{form} d WINDOW w AS (ORDER BY d.day ROWS BETWEEN 5 PRECEDING AND CURRENT ROW) "
                    f"ORDER BY d.day"))
        L.append(cp(f"rollall_{form}",
                    f"SELECT (SELECT rollup(s ORDER BY day) FROM daily_{form})::text AS rolled, "
                    f"(SELECT term_stats(c, {g}) FROM d_win)::text AS whole"))
    # round trips: text, and binary COPY
    L.append(r"""CREATE TABLE st_all AS SELECT sname, s FROM st
  UNION ALL SELECT 'daily_text ' || day, s FROM daily_text
  UNION ALL SELECT 'daily_bool ' || day, s FROM daily_bool;
\copy st_all TO 'st_all.bin' WITH (FORMAT binary)
CREATE TABLE st_bin (sname text, s term_stats);
\copy st_bin FROM 'st_all.bin' WITH (FORMAT binary)""")
    L.append(cp("roundtrip", "SELECT a.sname, a.s::text AS s, a.s::text::term_stats::text AS text_back, "
                             "b.s::text AS bin_back FROM st_all a LEFT JOIN st_bin b USING (sname) ORDER BY 1"))
    open(os.path.join(d, "results.sql"), "w").write("\n".join(L) + "\n")
    # daily states of the window's table (made before results.sql and
    # aggs.sql run)
    with open(os.path.join(d, "states.sql"), "a") as f:
        f.write("CREATE TABLE daily_text AS SELECT day, term_stats(c, grp) AS s FROM d_win GROUP BY day ORDER BY day;\n"
                "CREATE TABLE daily_bool AS SELECT day, term_stats(c, flag) AS s FROM d_win GROUP BY day ORDER BY day;\n"
                "ALTER TABLE daily_text SET (parallel_workers = 2);\n"
                + "".join(f"ALTER TABLE {t} SET (parallel_workers = 2);\n"
                          for t in ("d_yn", "d_region", "d_region_strip", "d_bulk", "t_huge"))
                + "ANALYZE;\n")


def names_array():
    return "ARRAY[" + ", ".join(q(n) for n, _ in THEMES) + "]"


def themes_array():
    return "ARRAY[" + ", ".join(f"to_tsquery('simple', {q(e)})" for _, e in THEMES) + "]"


# ------------------------------------------------------------------ check

def num(s):
    return None if s in (None, "NULL") else float(s)


def read_csv(d, name):
    csv.field_size_limit(sys.maxsize)
    with open(os.path.join(d, name + ".csv"), newline="") as f:
        return list(csv.DictReader(f))


def load_docs(d):
    """Per data set, its rows: id -> dict(flag, grp, cnull, lex: {lexeme:
    occurrences or None without positions})."""
    out = {}
    for r in read_csv(d, "docs_export"):
        rows = out.setdefault(r["ds"], {})
        row = rows.get(r["id"])
        if row is None:
            row = rows[r["id"]] = {
                "flag": None if r["flag"] == "NULL" else ("true" if r["flag"] == "t" else "false"),
                "grp": None if r["grp"] == "NULL" else r["grp"],
                "cnull": r["cnull"] == "t", "lex": {}}
        if r["lexeme"] != "NULL":
            pos = r["positions"]
            row["lex"][r["lexeme"]] = None if pos == "NULL" else len(pos.strip("{}").split(","))
    return out


class Counts:
    """The per-group counts of one state, from the exported rows."""

    def __init__(self, rows, gcol):
        self.groups = {}
        self.skipped = 0
        self.stripped = False
        for r in rows.values():
            g = r[gcol]
            if g is None:
                self.skipped += 1
                continue
            st = self.groups.setdefault(g, {"rows": 0, "comments": 0, "documents": {}, "occurrences": {}})
            st["rows"] += 1
            if r["cnull"]:
                continue
            st["comments"] += 1
            for lx, occ in r["lex"].items():
                st["documents"][lx] = st["documents"].get(lx, 0) + 1
                st["occurrences"][lx] = st["occurrences"].get(lx, 0) + (1 if occ is None else occ)
                if occ is None:
                    self.stripped = True


def h(x):
    """(1 + x) ln(1 + x) - x, accurate near 0."""
    if x == -1.0:
        return 1.0
    if abs(x) < 1e-2:
        return math.fsum((-1) ** k * x ** k / (k * (k - 1)) for k in range(2, 14))
    return (1 + x) * math.log1p(x) - x


def g2_of(a, b, na, nb):
    """Dunning's G² of a in na against b in nb, from integers: the part of
    a, b above their expectations exact, no cancellation near 0."""
    t = na + nb
    e1 = na * (a + b) / t
    e2 = nb * (a + b) / t
    dev = (a * nb - b * na) / t          # a - e1 = e2 - b, from integers
    return 2 * ((e1 * h(dev / e1) if e1 > 0 else 0.0) + (e2 * h(-dev / e2) if e2 > 0 else 0.0))


def g2_tolerance(a, b, g2):
    """The absolute error of a G² computed as 2 [a ln(a/E1) + b ln(b/E2)],
    terms of the size of a + b: above 1e-12 from a + b ~ 1000 on."""
    return max(REL * abs(g2), ABS, 8 * EPS * (a + b))


def contrast_oracle(counts, args, is_bool):
    """Expected rows of term_contrast (None for the cases without rows),
    each a dict of TC_COLS plus the sort key and tie signature."""
    ga = args.get("group_a", "true" if is_bool else None)
    gb = args.get("group_b")
    prior = args.get("prior", 0.01)
    informative = args.get("informative", False)
    unit = args.get("unit", "documents")
    min_count = args.get("min_count", 1)
    sort_by = args.get("sort_by", "z")
    groups = counts.groups
    side_a = [ga]
    side_b = [gb] if gb is not None else [g for g in groups if g != ga]

    def side(names, what):
        out = {}
        for g in names:
            for lx, v in groups.get(g, {}).get(what, {}).items():
                out[lx] = out.get(lx, 0) + v
        return out

    na_w, nb_w = side(side_a, unit), side(side_b, unit)
    da_w, db_w = side(side_a, "documents"), side(side_b, "documents")
    ca = sum(groups[g]["comments"] for g in side_a if g in groups)
    cb = sum(groups[g]["comments"] for g in side_b if g in groups)
    y_w = side(list(groups), unit)
    V = sorted(set(na_w) | set(nb_w))
    V = [w for w in V if na_w.get(w, 0) + nb_w.get(w, 0) > 0]
    Na = sum(na_w.get(w, 0) for w in V)
    Nb = sum(nb_w.get(w, 0) for w in V)
    if Na == 0 or Nb == 0:
        return []
    alpha = {w: prior * y_w[w] if informative else prior for w in V}
    a0 = math.fsum(alpha.values())
    rows = []
    for w in V:
        a, b, al = na_w.get(w, 0), nb_w.get(w, 0), alpha[w]
        if a + b < min_count:
            continue
        delta = (math.log(a + al) - math.log((Na - a) + (a0 - al))
                 - math.log(b + al) + math.log((Nb - b) + (a0 - al)))
        se = math.sqrt(1 / (a + al) + 1 / (b + al))
        g2 = g2_of(a, b, Na, Nb)
        rows.append({
            "term": w, "n_a": a, "n_b": b,
            "pct_a": None if ca == 0 else 100 * da_w.get(w, 0) / ca,
            "pct_b": None if cb == 0 else 100 * db_w.get(w, 0) / cb,
            "log_odds": delta, "std_error": se, "z": delta / se, "g2": g2,
            "p_value": math.erfc(math.sqrt(g2 / 2)),
            "_g2tol": g2_tolerance(a, b, g2),
        })
    for r in rows:
        r["_key"] = {"z": abs(r["z"]), "g2": r["g2"], "log_odds": abs(r["log_odds"]), "term": 0.0}[sort_by]
        r["_sig"] = (r["n_a"], r["n_b"], alpha[r["term"]]) if sort_by != "term" else (r["term"],)
        if sort_by == "g2":
            r["_sig"] = (r["n_a"], r["n_b"])
    if sort_by == "term":
        rows.sort(key=lambda r: r["term"].encode())
    else:
        rows.sort(key=lambda r: (-r["_key"], r["term"].encode()))
    for r in rows:
        r["_sort"] = sort_by
    return rows


def nps_of(v):
    return None if len(v) == 0 else 100.0 * (np.sum(v == 1) - np.sum(v == -1)) / len(v)


def theme_oracle(rows, expr):
    """theme_impact's figures of the rows (score, lexemes or None) and a
    theme, or None without a row."""
    e = tsq_parse(expr)
    sc = [(s, lx) for s, lx in rows if s is not None]
    n = len(sc)
    if n == 0:
        return None
    v = np.array([1 if s >= 9 else (-1 if s <= 6 else 0) for s, _ in sc])
    t = np.array([lx is not None and tsq_match(e, lx) for _, lx in sc])
    comments = sum(1 for _, lx in sc if lx is not None)
    m = int(t.sum())
    out = {"n": n, "comments": comments, "mentions": m, "share": 100.0 * m / n,
           "comment_share": None if comments == 0 else 100.0 * m / comments,
           "nps": nps_of(v), "nps_mentioning": nps_of(v[t]), "nps_without": nps_of(v[~t])}
    if m == n:
        out.update(impact=None, std_error=None, ci_low=None, ci_high=None)
        return out
    if m == 0:
        # nobody mentions: by the contract 0, exactly
        out.update(impact=0.0, std_error=0.0, ci_low=0.0, ci_high=0.0)
        return out
    out["impact"] = out["nps"] - out["nps_without"]
    a = np.mean(v)
    c = (n - m) / n
    r = out["nps_without"] / 100
    IF = (v - a) - (~t) * (v - r) / c
    out["std_error"] = 100 * math.sqrt(math.fsum((IF ** 2).tolist()) / n ** 2)
    out["ci_low"] = out["impact"] - Z975 * out["std_error"]
    out["ci_high"] = out["impact"] + Z975 * out["std_error"]
    out["_v"], out["_t"] = v, t
    return out


def bootstrap_se(v, t, B=4000, seed=99):
    """The standard deviation of impact over B resamples of the
    respondents (their 6 cells: v x t, multinomial)."""
    rng = np.random.default_rng(seed)
    cells = [(vv, tt) for vv in (-1, 0, 1) for tt in (False, True)]
    p = np.array([np.sum((v == vv) & (t == tt)) for vv, tt in cells], dtype=float)
    n = int(p.sum())
    draws = rng.multinomial(n, p / n, size=B)
    vv = np.array([c[0] for c in cells])
    tt = np.array([c[1] for c in cells])
    nps = draws @ vv / n
    other = draws[:, ~tt]
    n_o = other.sum(axis=1)
    ok = n_o > 0
    nps_o = (other @ vv[~tt])[ok] / n_o[ok]
    return 100 * float(np.std(nps[ok] - nps_o, ddof=1))


class Checker:
    """Counts comparisons, keeps the worst deviation of each figure and the
    disagreements."""

    def __init__(self):
        self.count = 0
        self.failures = []
        self.worst = {}
        self.close_calls = []

    def fail(self, what):
        self.failures.append(what)

    def value(self, kind, what, got, want, tol=None, rel=REL, absolute=ABS):
        """got (pgcx) agrees with want (oracle) to 1e-9 relative or 1e-12
        absolute (or the absolute tolerance tol); None is NULL."""
        self.count += 1
        if got is None or want is None:
            if got is not None or want is not None:
                self.fail(f"{what}: pgcx {got!r}, expected {want!r}")
                return False
            return True
        dev = abs(got - want)
        allowed = max(rel * abs(want), absolute, tol or 0.0)
        relative = dev / abs(want) if want != 0 else (0.0 if dev == 0 else math.inf)
        score = dev / allowed
        prev = self.worst.get(kind)
        if prev is None or score > prev[3]:
            self.worst[kind] = (relative, dev, what, score)
        if dev > allowed:
            self.fail(f"{what}: pgcx {got!r}, oracle {want!r} (deviation {dev:.3g}, relative {relative:.3g})")
            return False
        return True

    def within(self, kind, what, got, lo, hi, want):
        """got within [lo, hi] (or 1e-9 relative of want)."""
        self.count += 1
        if got is None or want is None:
            if got is not None or want is not None:
                self.fail(f"{what}: pgcx {got!r}, expected {want!r}")
            return
        dev = abs(got - want)
        allowed = max(REL * abs(want), ABS)
        ok = dev <= allowed or lo - allowed <= got <= hi + allowed
        score = dev / max(allowed, (hi - lo) / 2)
        prev = self.worst.get(kind)
        if prev is None or score > prev[3]:
            self.worst[kind] = (dev / abs(want) if want else 0.0, dev, what, score)
        if not ok:
            self.fail(f"{what}: pgcx {got!r}, oracle {want!r} (from the G² tolerance: [{lo!r}, {hi!r}])")

    def equal(self, what, got, want):
        self.count += 1
        if got != want:
            self.fail(f"{what}: pgcx {got!r}, expected {want!r}")
            return False
        return True


def oracle_all(d):
    docs = load_docs(d)
    counts = {s: Counts(docs[t[2:]], g) for s, (t, g) in STATES.items()}
    calls = contrast_calls()
    exp = {label: contrast_oracle(counts[state], args, STATES[state][1] == "flag")
           for label, state, args in calls}
    trs = {}
    for r in read_csv(d, "themes_export"):
        rows = trs.setdefault(r["ds"], {})
        row = rows.setdefault(r["id"], [None if r["score"] == "NULL" else int(r["score"]),
                                        None if r["cnull"] == "t" else set()])
        if r["lexeme"] != "NULL":
            row[1].add(r["lexeme"])
    themes = {ds: {name: theme_oracle(list(rows.values()), expr) for name, expr in THEMES}
              for ds, rows in trs.items()}
    return dict(docs=docs, counts=counts, calls=calls, contrast=exp, theme_rows=trs, themes=themes)


def load_results(d):
    res = {}
    tc = {}
    for r in read_csv(d, "tc"):
        tc.setdefault(r["label"], []).append(r)
    res["tc"] = tc
    res["ti"] = {(r["ds"], r["typ"], r["theme"]): r for r in read_csv(d, "ti")}
    tr = {}
    for r in read_csv(d, "tr"):
        tr.setdefault((r["ds"], r["typ"]), []).append(r)
    res["tr"] = tr
    for name in ("ser", "par"):
        rows = {}
        with open(os.path.join(d, name + ".csv"), newline="") as f:
            for r in csv.reader(f):
                if r:
                    rows[(r[0], r[1])] = r[2] if len(r) > 2 else None
        res[name] = rows
    for name in ("window_text", "window_bool", "rollwin_text", "rollwin_bool", "rollall_text",
                 "rollall_bool", "roundtrip"):
        res[name] = read_csv(d, name)
    res["mentions"] = read_csv(d, "pg_mentions")
    return res


def run_checks(chk, o, res, quiet=False):
    counts = {}

    def counted(what, k=1):
        counts[what] = counts.get(what, 0) + k

    # ---- the oracle's own checks: its tsquery evaluation against @@
    by = {(r["ds"], r["id"], r["name"]): r["m"] for r in res["mentions"]}
    parsed = {name: tsq_parse(expr) for name, expr in THEMES}
    for ds, rows in o["theme_rows"].items():
        for rid, (score, lx) in rows.items():
            for name, _ in THEMES:
                want = "NULL" if lx is None else ("t" if tsq_match(parsed[name], lx) else "f")
                if by.get((ds, rid, name)) != want:
                    chk.fail(f"oracle: theme {name} on {ds}/{rid}: @@ says {by.get((ds, rid, name))}, "
                             f"the oracle's evaluation {want}")
                chk.count += 1
    counted("rows x themes: the oracle's matching = PostgreSQL's @@", len(by))

    # ---- term_contrast
    for label, state, args in o["calls"]:
        want = o["contrast"][label]
        got = res["tc"].get(label, [])
        counted("term_contrast calls")
        if not want:
            counted("term_contrast calls without rows (a side without any term)")
        if not chk.equal(f"{label}: the terms (a set)", sorted(r["term"] for r in got),
                         sorted(r["term"] for r in want)):
            continue
        wt = {r["term"]: r for r in want}
        for r in got:
            w = wt[r["term"]]
            what = f"{label} {r['term']}"
            chk.equal(f"{what} n_a", int(r["n_a"]), w["n_a"])
            chk.equal(f"{what} n_b", int(r["n_b"]), w["n_b"])
            for col in ("pct_a", "pct_b", "log_odds", "std_error", "z"):
                chk.value(col, f"{what} {col}", num(r[col]), w[col])
            chk.value("g2", f"{what} g2", num(r["g2"]), w["g2"], tol=w["_g2tol"])
            gl, gh = max(w["g2"] - w["_g2tol"], 0.0), w["g2"] + w["_g2tol"]
            chk.within("p_value", f"{what} p_value", num(r["p_value"]),
                       math.erfc(math.sqrt(gh / 2)), math.erfc(math.sqrt(gl / 2)), w["p_value"])
            # the chi-square tail of pgcx's own G², at 1e-9 relative
            # however small (erfc keeps its relative accuracy)
            g = num(r["g2"])
            if g is not None and g >= 0:
                chk.value("p_value (of pgcx's G²)", f"{what} p_value against erfc(sqrt(G²/2)) of its G²",
                          num(r["p_value"]), math.erfc(math.sqrt(g / 2)), absolute=1e-300)
        counted("term_contrast rows", len(got))
        # the order: adjacent rows by the key, ties by the lexeme's bytes
        for i in range(len(got) - 1):
            w1, w2 = wt[got[i]["term"]], wt[got[i + 1]["term"]]
            chk.count += 1
            b1, b2 = w1["term"].encode(), w2["term"].encode()
            if w1["_sort"] == "term" or w1["_sig"] == w2["_sig"]:
                if not b1 < b2:
                    chk.fail(f"{label}: row {i + 1} {w1['term']!r} before {w2['term']!r} "
                             f"(sorted by {w1['_sort']}, equal keys: by the term's bytes)")
                continue
            k1, k2 = w1["_key"], w2["_key"]
            margin = max(REL * max(k1, k2), ABS, w1["_g2tol"] if w1["_sort"] == "g2" else 0.0,
                         w2["_g2tol"] if w1["_sort"] == "g2" else 0.0)
            if abs(k1 - k2) <= margin:
                if not b1 < b2:
                    chk.close_calls.append(f"{label}: {w1['term']!r} before {w2['term']!r} "
                                           f"(keys {k1!r}, {k2!r})")
                continue
            if k1 < k2:
                chk.fail(f"{label}: row {i + 1} {w1['term']!r} ({w1['_sort']} key {k1:.6g}) before "
                         f"{w2['term']!r} ({k2:.6g}): not in descending order")
    # published figures: the fightin' words example and UCREL's G²
    fw = {r["term"]: r for r in res["tc"].get(fw_label(o), [])}
    want_fw = {w: (FW_Z if w in ("quick", "brown", "fox") else -FW_Z if w in ("purple", "lazier", "donkey")
                   else 0.0) for w in ("the", "quick", "brown", "fox", "jumps", "over", "lazy", "pig",
                                       "purple", "lazier", "donkey")}
    if chk.equal("fightin' words example: its terms", sorted(fw), sorted(want_fw)):
        for w, z in want_fw.items():
            chk.value("published", f"fightin' words example z of {w!r} (published {z!r})",
                      num(fw[w]["z"]), z, rel=0.0)
            ow = {r["term"]: r for r in o["contrast"][fw_label(o)]}
            chk.value("published", f"fightin' words example: the oracle's z of {w!r} (published {z!r})",
                      ow[w]["z"], z, rel=0.0)
    counted("published checks: the fightin' words example (11 terms)")
    kl = [label for label, _, a in o["calls"] if label.startswith("keyness_bool") and a == {"unit": "occurrences"}][0]
    kc = o["counts"]["keyness_bool"]
    chk.equal("keyness example: 52 of 50,000 occurrences against 57 of 75,000 (the exported rows)",
              (kc.groups["true"]["occurrences"]["keyword"], sum(kc.groups["true"]["occurrences"].values()),
               kc.groups["false"]["occurrences"]["keyword"], sum(kc.groups["false"]["occurrences"].values())),
              (52, 50000, 57, 75000))
    kw = [r for r in res["tc"].get(kl, []) if r["term"] == "keyword"]
    if chk.equal("keyness example: one row for the term", len(kw), 1):
        g = num(kw[0]["g2"])
        chk.count += 1
        if g is None or round(g, 2) != UCREL_G2:
            chk.fail(f"keyness example: G² {g!r}, published {UCREL_G2} (2 decimals)")
    counted("published checks: UCREL's G² 2.65")

    # ---- theme_impact
    for (ds, typ, name), r in sorted(res["ti"].items()):
        w = o["themes"][ds][name]
        counted(f"theme_impact ({typ})")
        tag = f"theme_impact {ds}/{typ}/{name}"
        compare_theme(chk, tag, r, w)
    chk.equal("theme_impact: every data set, type and theme", len(res["ti"]),
              len(o["themes"]) * len(SCORE_TYPES) * len(THEMES))
    # ---- theme_ranking
    for ds in o["themes"]:
        for typ in SCORE_TYPES:
            got = res["tr"].get((ds, typ), [])
            counted("theme_ranking")
            if not chk.equal(f"theme_ranking {ds}/{typ}: the themes", sorted(r["theme"] for r in got),
                             sorted(n for n, _ in THEMES)):
                continue
            for r in got:
                compare_theme(chk, f"theme_ranking {ds}/{typ}/{r['theme']}", r, o["themes"][ds][r["theme"]])
            ranked = [(o["themes"][ds][r["theme"]]["impact"], r["theme"]) for r in got]
            known = [x for x in ranked if x[0] is not None]
            for (i1, t1), (i2, t2) in zip(known, known[1:]):
                chk.count += 1
                if i1 == i2 or abs(i1 - i2) <= max(REL * abs(i1), ABS):
                    if i1 == i2 and not t1.encode() < t2.encode():
                        chk.fail(f"theme_ranking {ds}/{typ}: {t1} before {t2} (equal impact {i1}: by theme)")
                    elif i1 != i2 and not t1 < t2:
                        chk.close_calls.append(f"theme_ranking {ds}/{typ}: {t1} before {t2}")
                elif i1 > i2:
                    chk.fail(f"theme_ranking {ds}/{typ}: {t1} (impact {i1:.6g}) before {t2} ({i2:.6g})")
            if len(known) < len(ranked) and not quiet:
                pos = [i + 1 for i, x in enumerate(ranked) if x[0] is None]
                counts[f"note: theme_ranking {ds}/{typ}: NULL impact at rows {pos} of {len(ranked)}"] = 1
    # the formula of the standard error against a bootstrap
    for ds, name, w in [(ds, n, w) for ds in ("big", "huge") for n, w in sorted(o["themes"][ds].items())]:
        if w is None or w["std_error"] in (None, 0.0):
            continue
        bs = w.get("_boot")
        if bs is None:
            bs = w["_boot"] = bootstrap_se(w["_v"], w["_t"])
        ratio = bs / w["std_error"]
        chk.count += 1
        counted("std_error against a bootstrap (6000 or 50,000 respondents, 4000 resamples)")
        prev = chk.worst.get("bootstrap ratio")
        if prev is None or abs(ratio - 1) > prev[0]:
            chk.worst["bootstrap ratio"] = (abs(ratio - 1), abs(ratio - 1), f"{ds}/{name}", abs(ratio - 1) / 0.15)
        if not 0.85 <= ratio <= 1.15:
            chk.fail(f"oracle: theme {ds}/{name}: the bootstrap SE {bs:.4g} is not within 15 % of the "
                     f"influence-function SE {w['std_error']:.4g}")

    # ---- serial = parallel
    for key, what in sorted(res["ser"]):
        if what == "plan":
            continue
        s, p = res["ser"][(key, what)], res["par"].get((key, what))
        counted("serial = parallel (text, bit for bit)")
        if p != s:
            extra = ""
            if key.startswith(("term_stats", "rollup")) and p is not None:
                extra = " (the same content read as JSON)" if same_json(s, p) else " (different content)"
            chk.fail(f"parallel {key} {what}: differs from the serial one{extra}: "
                     f"serial {short(s)} parallel {short(p)}")
        else:
            chk.count += 1
    n_two = 0
    for (key, what), plan in sorted(res["par"].items()):
        if what != "plan":
            continue
        chk.count += 1
        launched = [int(x) for x in re.findall(r"Workers Launched: (\d+)", plan)]
        if "Partial Aggregate" not in plan or not launched or launched[0] < 1:
            chk.fail(f"parallel {key}: the plan is no parallel aggregate: {plan[:300]}")
            continue
        counted("parallel plans (Partial Aggregate, workers launched)")
        scan = plan[plan.find("Parallel Seq Scan"):]
        per = [int(x) for x in re.findall(r"Worker \d+:\s+actual rows=(\d+)", scan)]
        if sum(1 for v in per if v > 0) >= 2:
            n_two += 1
        elif "d_bulk" in key or "t_huge" in key:
            chk.fail(f"parallel {key}: the rows went to one worker ({per}): nothing was combined")
    counts["parallel plans with rows in both workers"] = n_two

    # ---- moving windows and round trips
    for form in ("text", "bool"):
        for name in (f"window_{form}", f"rollwin_{form}"):
            for r in res[name]:
                chk.count += 1
                if r["win"] != r["fresh"]:
                    k = r.get("id") or r.get("day")
                    chk.fail(f"{name} at {k}: the moving state differs from the aggregate of its frame"
                             f"{state_note(r['win'], r['fresh'])}: "
                             f"window {short(r['win'])} fresh {short(r['fresh'])}")
            counted(f"{name.split('_')[0]} frames (6 {'rows' if name.startswith('window') else 'daily states'})",
                    len(res[name]))
        for r in res[f"rollall_{form}"]:
            chk.equal(f"rollup of the daily states ({form}) = term_stats of all rows", r["rolled"], r["whole"])
    for r in res["roundtrip"]:
        chk.equal(f"{r['sname']}: text read back", r["text_back"], r["s"])
        chk.equal(f"{r['sname']}: binary COPY read back", r["bin_back"], r["s"])
        chk.count += 1
        try:
            json.loads(r["s"])
        except ValueError:
            chk.fail(f"{r['sname']}: the text form is no JSON: {short(r['s'])}")
    counted("states read back (text and binary COPY)", len(res["roundtrip"]))
    if not quiet:
        for k in sorted(counts):
            print(f"  {counts[k]:6d} x {k}")


def fw_label(o):
    return [label for label, state, a in o["calls"] if state == "fw_bool" and "sort_by" not in a][0]


def compare_theme(chk, tag, r, w):
    if w is None:
        for c in TI_COLS:
            chk.equal(f"{tag} {c} (no row: NULL)", r[c], "NULL")
        return
    for c in ("n", "comments", "mentions"):
        chk.equal(f"{tag} {c}", None if r[c] == "NULL" else int(r[c]), w[c])
    for c in TI_COLS[3:]:
        chk.value(c, f"{tag} {c}", num(r[c]), w[c])


def state_note(win, fresh):
    """What tells a moving state from its frame's aggregate, when it is no
    more than groups without any row."""
    try:
        a, b = json.loads(win), json.loads(fresh)
    except (TypeError, ValueError):
        return ""
    if a == b:
        return " (the same content read as JSON)"

    def norm(j):
        names = [g["group"] for g in j.get("groups", [])]
        groups = {g["group"]: g for g in j.get("groups", []) if g.get("rows") != 0}
        terms = sorted((t[0], names[t[1]], *t[2:]) for t in j.get("terms", []))
        return j.get("kind"), j.get("skipped"), groups, terms

    try:
        if norm(a) == norm(b):
            empty = [g["group"] for g in a.get("groups", []) if g.get("rows") == 0
                     and g["group"] not in {h["group"] for h in b.get("groups", [])}]
            return f" (it keeps groups without any row: {empty})" if empty else ""
    except (KeyError, IndexError, TypeError):
        pass
    return ""


def same_json(a, b):
    try:
        return json.loads(a) == json.loads(b)
    except (TypeError, ValueError):
        return False


def short(s, n=160):
    s = str(s)
    return s if len(s) <= n else s[:n] + "..."


def report(chk):
    print("worst deviations from the oracle (tolerance 1e-9 relative or 1e-12 absolute; "
          "G²: also 8 eps (n_a + n_b)):")
    for kind in sorted(chk.worst):
        rel, dev, what, score = chk.worst[kind]
        if kind == "bootstrap ratio":
            print(f"  {'bootstrap SE':22s} within {rel:.1%} of the influence-function SE (15 % allowed) at {what}")
            continue
        print(f"  {kind:22s} relative {rel:.2e}, absolute {dev:.2e} ({score:.3f} of the tolerance) at {what}")
    if chk.close_calls:
        print(f"{len(chk.close_calls)} orders too close to call (keys within the tolerance), not compared:")
        for w in chk.close_calls[:10]:
            print("  " + w)
    print(f"{chk.count} comparisons, {len(chk.failures)} failed")
    kinds = {}
    for f in chk.failures:
        kind = re.sub(r"\d+(\.\d+)?(e-?\d+)?", "N", f.split(":")[0])
        kind = re.sub(r"^\S+:\S*:\S*:\S* ", "", kind)
        kinds.setdefault(kind, []).append(f)
    for kind, fs in sorted(kinds.items(), key=lambda kv: -len(kv[1]))[:40]:
        print(f"FAIL: {len(fs)} x {kind}, e.g. {fs[0]}")
    if len(kinds) > 40:
        print(f"... and {len(kinds) - 40} more kinds of failure")
    return 1 if chk.failures or chk.count == 0 else 0


def self_test(o, res):
    """The checks can fail: each deliberate error in a copy of pgcx's
    results, as small as the tolerance allows, must be noticed."""

    def nudge(v, rel):
        return repr(float(v) * (1 + rel))

    def first(rows, pred):
        for i, r in enumerate(rows):
            if pred(r):
                return i
        return None

    def tc_change(label_pred, row_pred, change):
        def f(bad):
            for label in sorted(bad["tc"]):
                if label_pred(label):
                    i = first(bad["tc"][label], row_pred)
                    if i is not None:
                        rows = copy.deepcopy(bad["tc"][label])
                        change(rows, i)
                        bad["tc"] = dict(bad["tc"])
                        bad["tc"][label] = rows
                        return label
            raise LookupError("no row to change")
        return f

    def setcol(col, fn):
        return lambda rows, i: rows[i].update({col: fn(rows[i][col])})

    def swap(rows, i):
        rows[i], rows[i + 1] = rows[i + 1], rows[i]

    wt = {label: {r["term"]: r for r in rows} for label, rows in o["contrast"].items()}

    def adjacent(tie, sort):
        def f(bad):
            for label in sorted(bad["tc"]):
                rows = bad["tc"][label]
                want = wt.get(label, {})
                if not rows or want[rows[0]["term"]]["_sort"] != sort:
                    continue
                for i in range(len(rows) - 1):
                    a, b = want[rows[i]["term"]], want[rows[i + 1]["term"]]
                    if sort == "term" or ((a["_sig"] == b["_sig"]) == tie
                                          and (tie or abs(a["_key"] - b["_key"]) > 1e-6)):
                        rows = copy.deepcopy(rows)
                        swap(rows, i)
                        bad["tc"] = dict(bad["tc"])
                        bad["tc"][label] = rows
                        return label
            raise LookupError("no rows to swap")
        return f

    def dict_change(name, key_pred, change):
        def f(bad):
            for k in sorted(bad[name]):
                if key_pred(k, bad[name][k]):
                    bad[name] = dict(bad[name])
                    bad[name][k] = copy.deepcopy(bad[name][k])
                    change(bad[name][k])
                    return str(k)
            raise LookupError(f"no {name} to change")
        return f

    def list_change(name, pred, change):
        def f(bad):
            i = first(bad[name], pred)
            if i is None:
                raise LookupError(f"no {name} row to change")
            bad[name] = copy.deepcopy(bad[name])
            change(bad[name][i])
            return f"{name} row {i}"
        return f

    def par_change(bad):
        k = [k for k in sorted(bad["par"]) if k[0].startswith("term_stats") and k[1] == "text"][0]
        bad["par"] = dict(bad["par"])
        bad["par"][k] = re.sub(r"(\d)", lambda m: str((int(m.group(1)) + 1) % 10), bad["par"][k], count=1)
        return k[0]

    big = lambda col: (lambda r: r[col] != "NULL" and abs(float(r[col])) > 1e-3)
    rankswap = lambda rows: (rows.__setitem__(slice(0, 2), [rows[1], rows[0]]))
    mutations = [
        ("a z 2e-9 off", tc_change(lambda lb: lb.startswith("region_text"), big("z"),
                                   setcol("z", lambda v: nudge(v, 2e-9)))),
        ("a log_odds 2e-9 off (informative prior)", tc_change(lambda lb: "informative=True" in lb,
                                                             big("log_odds"),
                                                             setcol("log_odds", lambda v: nudge(v, 2e-9)))),
        ("a std_error 2e-9 off", tc_change(lambda lb: "occurrences" in lb, big("std_error"),
                                           setcol("std_error", lambda v: nudge(v, 2e-9)))),
        ("a G² 2e-9 off", tc_change(lambda lb: lb.startswith("yn_bool"), lambda r: float(r["g2"]) > 1,
                                    setcol("g2", lambda v: nudge(v, 2e-9)))),
        ("a small p 2e-9 off", tc_change(lambda lb: lb.startswith("region"), lambda r: 1e-30 < float(r["p_value"]) < 1e-3,
                                         setcol("p_value", lambda v: nudge(v, 2e-9)))),
        ("a pct_b 2e-9 off", tc_change(lambda lb: lb.startswith("mute"), big("pct_b"),
                                       setcol("pct_b", lambda v: nudge(v, 2e-9)))),
        ("n_a one more", tc_change(lambda lb: lb.startswith("region_strip"), lambda r: True,
                                   setcol("n_a", lambda v: str(int(v) + 1)))),
        ("a row left out (min_count)", tc_change(lambda lb: "min_count=5" in lb, lambda r: True,
                                                 lambda rows, i: rows.pop())),
        ("two rows of different |z| swapped", adjacent(False, "z")),
        ("two rows of equal G² out of term order", adjacent(True, "g2")),
        ("two rows of sort_by term swapped", adjacent(False, "term")),
        ("the published z 1e-11 off", tc_change(lambda lb: lb == fw_label(o), lambda r: r["term"] == "quick",
                                                 setcol("z", lambda v: nudge(v, 1e-11)))),
        ("UCREL's G² 2.66", tc_change(lambda lb: lb.startswith("keyness_bool") and lb.endswith("unit=occurrences"),
                                      lambda r: r["term"] == "keyword", setcol("g2", lambda v: "2.656"))),
        ("a theme std_error 2e-9 off", dict_change("ti", lambda k, r: k[0] == "big" and k[1] == "numeric"
                                                   and big("std_error")(r),
                                                   lambda r: r.update(std_error=nudge(r["std_error"], 2e-9)))),
        ("a ci_low 2e-9 off", dict_change("ti", lambda k, r: k[0] == "small" and big("ci_low")(r),
                                          lambda r: r.update(ci_low=nudge(r["ci_low"], 2e-9)))),
        ("mentions one more", dict_change("ti", lambda k, r: k[1] == "float8",
                                          lambda r: r.update(mentions=str(int(r["mentions"]) + 1)))),
        ("a NULL nps_mentioning given a value", dict_change("ti", lambda k, r: r["nps_mentioning"] == "NULL"
                                                            and r["n"] != "NULL",
                                                            lambda r: r.update(nps_mentioning="0"))),
        ("a ranking's first two themes swapped", dict_change("tr", lambda k, r: k[0] == "big", rankswap)),
        ("a parallel state with one digit changed", par_change),
        ("a moving state differing at one row", list_change("window_text", lambda r: int(r["id"]) == 150,
                                                            lambda r: r.update(win=r["win"] + " "))),
        ("a binary read-back differing", list_change("roundtrip", lambda r: True,
                                                     lambda r: r.update(bin_back=r["bin_back"][:-1]))),
    ]
    missed = []
    for label, change in mutations:
        bad = dict(res)
        try:
            where = change(bad)
        except LookupError as e:
            missed.append(f"{label}: {e}")
            continue
        chk = Checker()
        run_checks(chk, o, bad, quiet=True)
        if not chk.failures:
            missed.append(f"{label} ({where}) went unnoticed")
    if missed:
        for m in missed:
            print("FAIL: self-test: " + m)
        return 1
    print(f"self-test: {len(mutations)} deliberate errors in a copy of the results, each noticed")
    return 0


def check(d):
    import time
    t0 = time.time()
    o = oracle_all(d)
    print(f"oracle: {len(o['calls'])} term_contrast calls, {sum(len(v) for v in o['themes'].values())} "
          f"themes x data sets in {time.time() - t0:.1f} s", flush=True)
    res = load_results(d)
    chk = Checker()
    run_checks(chk, o, res)
    status = report(chk)
    return self_test(o, res) or status


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "generate":
        generate(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
