#!/usr/bin/python3
"""Key-driver figures computed from the rows themselves, with numpy: the
oracle of pgcx's driver tests, sharing nothing with pgcx's C.

Every R² comes from a least-squares fit of y on an intercept and the
subset's columns, by brute force over every subset (numpy.linalg.lstsq,
weighted by w: the fit of sqrt(w) y on sqrt(w) [1 X], through the rows' QR
factor, see Fits), never from a correlation matrix, which is what the C
code works on:
  r2            R² of the full model
  first, last   R² of each driver alone; R²(all) - R²(all but it)
  beta          standardized coefficients of the full model (lstsq of the
                weighted z-scores)
  shapley       LMG: the mean over k = 0..p-1 of conditional[j][k]
  conditional   [j][k]: the mean increment of R² when j joins a subset of
                k other drivers (Azen & Budescu 2003, C_j(k))
  complete      [j][i]: 1 if j's increment exceeds i's on every subset that
                holds neither (Budescu 1993), else 0
  relative_weight  Johnson's (2000) relative weights: R_xx = V diag(l) V'
                (numpy.linalg.eigh), L = V diag(sqrt l) V', beta* = L^-1 r_xy,
                weight_j = sum_k L_jk² beta*_k²
Intervals: the delete-a-group jackknife (JK1) over the 20 groups of the
rows (PostgreSQL's extended hash of the row key, seed 0, unsigned, mod 20;
the group is computed by the database and read with the rows): theta_(g)
from the rows outside group g, SE² = (G-1)/G sum (theta_(g) - mean)²,
theta ± t(0.975, 19) SE; NULL when a delete-a-group sample has fewer than
p + 2 rows or a constant outcome or driver.

Usage:
  driver_oracle.py < rows.json        {"y": [...], "x": [[...], ...] (rows),
                                      "w": [...] (optional)} -> the figures
                                      above as JSON
  driver_oracle.py generate DIR       the cases and rows of
                                      tests/drivers/test-key-drivers, and the
                                      SQL that loads them and computes the
                                      figures with pgcx
  driver_oracle.py check DIR          pgcx's figures (read back from DIR)
                                      against the oracle's; exits 1 on any
                                      disagreement
"""
import csv
import json
import math
import os
import sys

import numpy as np

T975_19 = 2.093024054408263     # Student's t, 97.5 % quantile, 19 df
GROUPS = 20
REL = 1e-9                      # pgcx against the oracle
ABS = 1e-10                     # ... for figures near 0
PLAN_REL = 1e-12                # a parallel plan against a serial one
# margins below which a dominance designation or a quadrant is too close
# to call from double precision figures (counted and reported)
MARGIN = 1e-9


# ------------------------------------------------------------------ oracle

class Fits:
    """R² of the weighted least-squares fit of y on an intercept and any
    subset of the columns of X, by numpy.linalg.lstsq.  The rows are
    factored once (numpy.linalg.qr of sqrt(w) [1 X] = QR, Householder): the
    fit of sqrt(w) y on some columns of sqrt(w) [1 X] is the fit of Q'
    sqrt(w) y on the same columns of R, whose residual adds to the part of
    sqrt(w) y outside the span of Q (Q is orthonormal), so every subset's
    lstsq works on p + 1 rows instead of n."""

    def __init__(self, y, X, w):
        self.n, self.p = X.shape
        sw = np.sqrt(w)
        A = np.column_stack([np.ones(self.n), X]) * sw[:, None]
        ys = y * sw
        Q, self.R = np.linalg.qr(A)
        self.qy = Q.T @ ys
        self.rss_out = float(np.sum((ys - Q @ self.qy) ** 2))
        ybar = np.sum(w * y) / np.sum(w)
        self.tss = float(np.sum(w * (y - ybar) ** 2))
        self.cache = {}

    def r2m(self, mask):
        """R² of the drivers of bit mask `mask`."""
        v = self.cache.get(mask)
        if v is None:
            A = self.R[:, [0] + [c + 1 for c in range(self.p) if mask >> c & 1]]
            coef, *_ = np.linalg.lstsq(A, self.qy, rcond=None)
            rss = float(np.sum((self.qy - A @ coef) ** 2)) + self.rss_out
            v = self.cache[mask] = 1.0 - rss / self.tss
        return v


def weighted_z(v, w):
    mw = np.sum(w)
    m = np.sum(w * v) / mw
    return (v - m) / math.sqrt(np.sum(w * (v - m) ** 2) / mw)


def relative_weights(y, X, w):
    """Johnson's relative weights, from an eigendecomposition of the
    drivers' weighted correlations."""
    p = X.shape[1]
    mw = np.sum(w)
    Zy = weighted_z(y, w)
    ZX = np.column_stack([weighted_z(X[:, c], w) for c in range(p)])
    Rxx = (ZX * w[:, None]).T @ ZX / mw
    rxy = (ZX * w[:, None]).T @ Zy / mw
    lam, V = np.linalg.eigh(Rxx)
    L = V @ np.diag(np.sqrt(lam)) @ V.T
    bstar = np.linalg.solve(L, rxy)
    return [float(v) for v in (L ** 2) @ (bstar ** 2)]


def standardized_beta(y, X, w):
    p = X.shape[1]
    sw = np.sqrt(w)
    Zy = weighted_z(y, w)
    ZX = np.column_stack([weighted_z(X[:, c], w) for c in range(p)])
    beta, *_ = np.linalg.lstsq(ZX * sw[:, None], Zy * sw, rcond=None)
    return [float(b) for b in beta]


def conditional_increments(fits, p):
    """C_j(k) for every driver j and k = 0..p-1."""
    r2 = [fits.r2m(m) for m in range(1 << p)]
    size = [bin(m).count("1") for m in range(1 << p)]
    cond = []
    for j in range(p):
        bit = 1 << j
        incs = [[] for _ in range(p)]
        for m in range(1 << p):
            if not m & bit:
                incs[size[m]].append(r2[m | bit] - r2[m])
        cond.append([math.fsum(v) / len(v) for v in incs])
    return cond, r2


def analyse(y, X, w, subsets=True, full=True):
    """The figures of the rows (y, X, w).  Without `subsets` (more than 20
    drivers), no Shapley value nor dominance; without `full`, only
    shapley and relative_weight (a jackknife replicate)."""
    p = X.shape[1]
    fits = Fits(y, X, w)
    out = {"relative_weight": relative_weights(y, X, w)}
    allm = (1 << p) - 1
    if subsets:
        cond, r2 = conditional_increments(fits, p)
        out["shapley"] = [math.fsum(c) / p for c in cond]
    if not full:
        return out
    out["r2"] = fits.r2m(allm)
    out["first"] = [fits.r2m(1 << j) for j in range(p)]
    out["last"] = [out["r2"] - fits.r2m(allm & ~(1 << j)) for j in range(p)]
    out["beta"] = standardized_beta(y, X, w)
    if subsets:
        out["conditional"] = cond
        # complete dominance: the smallest difference of j's and i's
        # increments over the subsets holding neither
        cmin = [[0.0] * p for _ in range(p)]
        for j in range(p):
            for i in range(p):
                if i != j:
                    bj, bi = 1 << j, 1 << i
                    cmin[j][i] = min(r2[m | bj] - r2[m | bi] for m in range(1 << p) if not m & (bj | bi))
        out["complete_min"] = cmin
        out["complete"] = [[int(cmin[j][i] > 0) if i != j else 0 for i in range(p)] for j in range(p)]
    return out


def degenerate(y, X, w, p):
    """Why no figure can be computed from these rows, or None."""
    if len(y) < p + 2:
        return "rows"
    if np.all(w == 0):
        return "weights"
    live = w > 0
    if np.ptp(y[live]) == 0:
        return "outcome"
    for c in range(p):
        if np.ptp(X[live, c]) == 0:
            return "driver"
    return None


def jackknife(y, X, w, groups, full, subsets):
    """JK1 intervals (lo, hi lists) of shapley and relative_weight, or None
    (with the reason) when a delete-a-group sample cannot be analysed."""
    p = X.shape[1]
    reps = []
    for g in range(GROUPS):
        keep = groups != g
        why = degenerate(y[keep], X[keep], w[keep], p)
        if why:
            return None, f"group {g} left out: {why}"
        reps.append(analyse(y[keep], X[keep], w[keep], subsets=subsets, full=False))
    out = {}
    for fig in ("shapley", "relative_weight") if subsets else ("relative_weight",):
        lo, hi = [], []
        for j in range(p):
            th = [r[fig][j] for r in reps]
            bar = math.fsum(th) / GROUPS
            se = math.sqrt((GROUPS - 1) / GROUPS * math.fsum((t - bar) ** 2 for t in th))
            lo.append(full[fig][j] - T975_19 * se)
            hi.append(full[fig][j] + T975_19 * se)
        out[fig] = (lo, hi)
    return out, None


def main_json():
    data = json.load(sys.stdin)
    y = np.array(data["y"], dtype=float)
    X = np.array(data["x"], dtype=float)
    w = np.array(data.get("w") or [1.0] * len(y), dtype=float)
    res = analyse(y, X, w)
    del res["complete_min"]
    print(json.dumps(res, default=float))


# ------------------------------------------------------------------ cases

# shapes of generated data, each for p = 2..12:
#   int5    answers 1-5, outcome 0-10, integer types in turn, NULLs
#           (outcome, array, element) and NULL row keys
#   int10   answers and outcome 0-10, integer types in turn
#   corr    correlated answers (one latent factor, loadings 0.6-0.95):
#           1-5 integers for even p, continuous double precision for odd p
#   float   continuous double precision answers, NULLs
#   wfloat  answers 1-10 in double precision with survey weights, NULLs
#           (weights too) and NULL row keys
# The tables with NULLs start with rows without drivers.
SHAPES = ["int5", "int10", "corr", "float", "wfloat"]
INT_KINDS = ("int2", "int4", "int8")
SQL_TYPE = {"int2": "int2", "int4": "int4", "int8": "int8", "float8": "float8", "weighted": "float8"}


def case_list():
    cases = []
    for p in range(2, 13):
        cases.append(dict(name=f"int5_p{p}", shape="int5", p=p, kind=INT_KINDS[p % 3], lo=1, hi=5))
        cases.append(dict(name=f"int10_p{p}", shape="int10", p=p, kind=INT_KINDS[(p + 1) % 3], lo=0, hi=10))
        cases.append(dict(name=f"corr_p{p}", shape="corr", p=p,
                          kind="int4" if p % 2 == 0 else "float8", lo=1, hi=5))
        cases.append(dict(name=f"float_p{p}", shape="float", p=p, kind="float8", lo=-5, hi=15))
        cases.append(dict(name=f"wfloat_p{p}", shape="wfloat", p=p, kind="weighted", lo=1, hi=10))
    # many rows, so that both workers of a parallel plan read some
    cases.append(dict(name="bulk_int5_p6", shape="int5", p=6, kind="int4", lo=1, hi=5, n=60000))
    cases.append(dict(name="bulk_wfloat_p6", shape="wfloat", p=6, kind="weighted", lo=1, hi=10, n=60000))
    # more than 20 drivers: relative weights only (driver_weights)
    cases.append(dict(name="wide_p25", shape="float", p=25, kind="float8", lo=0, hi=10, wide=True))
    cases.append(dict(name="wide_p40", shape="int5", p=40, kind="int4", lo=1, hi=5, wide=True))
    # intervals that cannot be computed: 4 rows for 2 drivers (every
    # delete-a-group sample has fewer than p + 2 rows); a driver that
    # varies only inside one group (set by load.sql)
    cases.append(dict(name="tiny_p2", shape="tiny", p=2, kind="int4", lo=1, hi=5, edge=True))
    cases.append(dict(name="ingroup_p3", shape="int5", p=3, kind="int4", lo=1, hi=5, edge=True))
    # no figure at all: fewer than p + 2 complete rows; a constant outcome
    cases.append(dict(name="few_p4", shape="few", p=4, kind="int4", lo=1, hi=5, edge=True))
    cases.append(dict(name="consty_p3", shape="consty", p=3, kind="float8", lo=1, hi=5, edge=True))
    for i, c in enumerate(cases):
        c.setdefault("wide", False)
        c.setdefault("edge", False)
        c["seed"] = 20261203 + 7919 * i
        c["names"] = [f"d{j + 1:02d}" for j in range(c["p"])]
        # keys: bigint for every case; integer and text keys for a few
        c["keys"] = ["key8"]
        if c["name"] in ("int5_p3", "int5_p7", "wfloat_p4", "float_p9"):
            c["keys"] += ["key4", "keytext"]
    return cases


def generate_rows(c):
    """Rows (id, k4, kt, y, x list, w) of case c; None for NULL."""
    rng = np.random.default_rng(c["seed"])
    p, shape = c["p"], c["shape"]
    n = c.get("n") or {"tiny": 4, "few": 8}.get(shape, 400 + 60 * p + (300 if c["wide"] else 0))
    # distinct bigint keys over the whole range (negative ones too)
    ids = set()
    while len(ids) < n:
        ids.add(int(rng.integers(-2 ** 63, 2 ** 63 - 1, dtype=np.int64)))
    ids = sorted(ids, key=lambda v: (v * 2654435761) % 1000003)
    beta = rng.normal(0, 1, p) * rng.choice([1.0, 1.0, 0.4, 0.05], p)
    rows = []
    if shape == "tiny":
        X = np.array([[1, 2], [3, 5], [4, 1], [2, 4]], dtype=float)
        Y = np.array([3, 8, 5, 6], dtype=float)
    elif shape == "few":
        X = rng.integers(1, 6, (n, p)).astype(float)
        Y = rng.integers(0, 11, n).astype(float)
    elif shape == "consty":
        X = rng.normal(3, 1, (n, p))
        Y = np.full(n, 7.25)
    elif shape in ("int5", "int10"):
        lo, hi = (1, 5) if shape == "int5" else (0, 10)
        X = rng.integers(lo, hi + 1, (n, p)).astype(float)
        Y = np.clip(np.rint(5 + (X - X.mean(0)) @ beta * (1.2 if shape == "int5" else 0.5)
                            + rng.normal(0, 1.5, n)), 0, 10)
    elif shape == "corr":
        f = rng.normal(0, 1, n)
        load = rng.uniform(0.6, 0.95, p)
        Z = f[:, None] * load + rng.normal(0, 1, (n, p)) * np.sqrt(1 - load ** 2)
        if p % 2 == 0:
            X = np.clip(np.rint(3 + 1.1 * Z), 1, 5)
            Y = np.clip(np.rint(5.5 + Z @ beta + 0.8 * f + rng.normal(0, 1.2, n)), 1, 10)
        else:
            X = 3 + 1.1 * Z
            Y = 5.5 + Z @ beta + 0.8 * f + rng.normal(0, 1.2, n)
    elif shape == "float":
        X = rng.normal(0, 1, (n, p)) * rng.uniform(0.5, 3, p) + rng.uniform(-2, 8, p)
        Y = 40 + X @ beta * 3 + rng.normal(0, 4, n)
    elif shape == "wfloat":
        X = rng.integers(1, 11, (n, p)).astype(float)
        Y = np.clip(np.rint(5 + (X - 5.5) @ beta * 0.6 + rng.normal(0, 1.5, n)), 0, 10)
    else:
        raise ValueError(shape)
    W = np.round(rng.lognormal(0, 0.5, n), 6) if c["kind"] == "weighted" else None
    nulls = shape in ("int5", "float", "wfloat") and not c["edge"] and not c["wide"]
    for r in range(n):
        y = float(Y[r])
        x = [float(v) for v in X[r]]
        w = float(W[r]) if W is not None else None
        key = ids[r]
        if nulls:
            u = rng.random()
            if u < 0.02:
                y = None
            elif u < 0.035:
                x = None
            elif u < 0.07:
                x[int(rng.integers(0, p))] = None
            elif u < 0.085 and W is not None:
                w = None
            if shape in ("int5", "wfloat") and rng.random() < 0.02:
                key = None
            # the first rows of the table, read before any complete row,
            # have no drivers
            if r == 0 or (r == 1 and shape == "wfloat"):
                x = None
        if shape == "few" and r >= 5:
            x = None if r == 5 else x
            y = None if r == 6 else y
            if r == 7:
                x[0] = None
        k4 = None if key is None else int(rng.integers(-2 ** 31, 2 ** 31 - 1))
        kt = None if key is None else f"r{key:x}"
        rows.append((key, k4, kt, y, x, w))
    return rows


def fmt(v, integral):
    if v is None:
        return "NULL"
    if integral:
        return str(int(v))
    return repr(float(v))


def generate(d):
    cases = case_list()
    with open(os.path.join(d, "cases.csv"), "w", newline="") as f:
        out = csv.writer(f)
        for c in cases:
            out.writerow([c["name"], c["shape"], c["p"], c["kind"], c["lo"], c["hi"],
                          "{" + ",".join(c["names"]) + "}", "{" + ",".join(c["keys"]) + "}",
                          "t" if c["wide"] else "f", "t" if c["edge"] else "f"])
    nrows = 0
    with open(os.path.join(d, "answers.csv"), "w", newline="") as f:
        out = csv.writer(f)
        for c in cases:
            integral = c["kind"] in INT_KINDS
            for i, (key, k4, kt, y, x, w) in enumerate(generate_rows(c)):
                arr = "NULL" if x is None else "{" + ",".join(fmt(v, integral) for v in x) + "}"
                out.writerow([c["name"], i, fmt(key, True), fmt(k4, True), "NULL" if kt is None else kt,
                              fmt(y, integral), arr, fmt(w, False)])
                nrows += 1
    write_sql(d, cases)
    print(f"{len(cases)} cases, {nrows} rows: p = 2..12 in shapes {', '.join(SHAPES)}; "
          f"p = 6 on 60000 rows; p = 25 and 40 for driver_weights; 4 edge cases")


def call(c, key=None):
    """The driver_stats call of case c on its table's columns."""
    t = SQL_TYPE[c["kind"]]
    keycol = {"key8": "id", "key4": "k4", "keytext": "kt"}.get(key)
    args = [keycol] if keycol else []
    args += [f"y::{t}", f"x::{t}[]"]
    if c["kind"] == "weighted":
        args.append("w")
    return f"driver_stats({', '.join(args)})"


def write_sql(d, cases):
    q = lambda s: "'" + s.replace("'", "''") + "'"
    L = []
    # load.sql: the rows, one table per case, the groups of the keys
    L.append(r"""\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE TABLE cases (cname text PRIMARY KEY, shape text, p int, kind text, lo float8, hi float8,
                    names text[], keys text[], wide boolean, edge boolean);
\copy cases FROM 'cases.csv' WITH (FORMAT csv)
CREATE TABLE answers (cname text, ord int, id int8, k4 int4, kt text, y float8, x float8[], w float8);
\copy answers FROM 'answers.csv' WITH (FORMAT csv, NULL 'NULL')
-- the group of a key: its extended hash (seed 0) read as an unsigned
-- 64-bit integer, modulo 20, with PostgreSQL's own hash functions
CREATE FUNCTION grp(h int8) RETURNS int LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT (((h::numeric + 18446744073709551616) % 18446744073709551616) % 20)::int $$;
-- ingroup_p3: driver 2 varies only inside the group of the first key
UPDATE answers SET x[2] = 3
 WHERE cname = 'ingroup_p3' AND x IS NOT NULL
   AND grp(hashint8extended(id, 0)) IS DISTINCT FROM
       (SELECT grp(hashint8extended(id, 0)) FROM answers WHERE cname = 'ingroup_p3' AND id IS NOT NULL ORDER BY ord LIMIT 1);
""")
    for c in cases:
        L.append(f'CREATE TABLE "a_{c["name"]}" AS SELECT id, k4, kt, y, x, w FROM answers '
                 f'WHERE cname = {q(c["name"])} ORDER BY ord;')
    L.append(r"""ANALYZE;
\copy (SELECT cname, ord, id, grp(hashint8extended(id, 0)) AS g8, grp(hashint4extended(k4, 0)) AS g4, grp(hashtextextended(kt, 0)) AS gt, y, x, w FROM answers ORDER BY cname, ord) TO 'export.csv' WITH (FORMAT csv, HEADER, NULL 'NULL')
""")
    open(os.path.join(d, "load.sql"), "w").write("\n".join(L) + "\n")

    # states.sql: every state, serial (INSERT ... SELECT has no parallel plan)
    L = [r"""\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE st (cname text, variant text, s driver_stats);"""]
    for c in cases:
        tbl = f'"a_{c["name"]}"'
        L.append(f"INSERT INTO st SELECT {q(c['name'])}, 'plain', {call(c)} FROM {tbl};")
        for k in c["keys"]:
            L.append(f"INSERT INTO st SELECT {q(c['name'])}, {q(k)}, {call(c, k)} FROM {tbl};")
        if c["kind"] in INT_KINDS and not c["edge"]:
            # the same answers as each integer type: the same exact state
            for t in INT_KINDS:
                L.append(f"INSERT INTO st SELECT {q(c['name'])}, 'as_{t}', "
                         f"driver_stats(y::{t}, x::{t}[]) FROM {tbl};")
    open(os.path.join(d, "states.sql"), "w").write("\n".join(L) + "\n")

    # parallel.sql: the same states in parallel plans (two workers, the
    # leader only gathering, so that the workers' states are combined)
    L = [r"""\set ON_ERROR_STOP 1
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
$$;"""]
    for c in cases:
        if c["edge"] or c["wide"]:
            continue
        tbl = f'"a_{c["name"]}"'
        for k in [None] + c["keys"][:1]:
            v = k or "plain"
            L.append(f"SELECT {q(c['name'])}, {q(v)}, 'state', {call(c, k)}::text FROM {tbl};")
            L.append(f"SELECT {q(c['name'])}, {q(v)}, 'plan', "
                     f"pg_temp.plan_of({q(f'SELECT {call(c, k)} FROM {tbl}')});")
    open(os.path.join(d, "parallel.sql"), "w").write("\n".join(L) + "\n")

    # results.sql: the final functions of every state
    cp = lambda name, query: (f"\\copy ({query}) TO '{name}.csv' "
                              "WITH (FORMAT csv, HEADER, NULL 'NULL')")
    L = [r"""\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE TABLE par_in (cname text, variant text, what text, s text);
\copy par_in FROM 'par.tsv'
INSERT INTO st SELECT cname, variant || '_par', s::driver_stats FROM par_in WHERE what = 'state';
CREATE VIEW sc AS SELECT st.*, cases.p, cases.names, cases.lo, cases.hi, cases.wide, cases.edge
  FROM st JOIN cases USING (cname);""",
         cp("states", "SELECT cname, variant, s::text AS s FROM st ORDER BY 1, 2"),
         cp("key_drivers", "SELECT cname, variant, k.* FROM sc, key_drivers(s, names) WITH ORDINALITY AS k "
                           "WHERE NOT wide AND variant NOT LIKE 'as_%' ORDER BY 1, 2, k.ordinality"),
         cp("driver_weights", "SELECT cname, variant, k.* FROM sc, driver_weights(s, names) WITH ORDINALITY AS k "
                              "WHERE NOT edge AND variant NOT LIKE 'as_%' ORDER BY 1, 2, k.ordinality"),
         cp("driver_r2", "SELECT cname, variant, k.* FROM sc, driver_r2(s) AS k "
                         "WHERE NOT edge AND variant NOT LIKE 'as_%' ORDER BY 1, 2"),
         cp("conditional", "SELECT cname, variant, k.* FROM sc, driver_conditional_dominance(s, names) "
                           "WITH ORDINALITY AS k WHERE NOT wide AND NOT edge AND variant NOT LIKE 'as_%' "
                           "ORDER BY 1, 2, k.ordinality"),
         cp("dominance", "SELECT cname, variant, k.* FROM sc, driver_dominance(s, names) "
                         "WITH ORDINALITY AS k WHERE NOT wide AND NOT edge AND variant NOT LIKE 'as_%' "
                         "ORDER BY 1, 2, k.ordinality"),
         cp("performance", "SELECT cname, variant, i.importance, k.* FROM sc, "
                           "unnest(ARRAY['shapley', 'relative_weight']) AS i(importance), "
                           "driver_performance(s, names, lo, hi, i.importance) WITH ORDINALITY AS k "
                           "WHERE NOT wide AND NOT edge AND variant NOT LIKE 'as_%' ORDER BY 1, 2, 3, k.ordinality"),
         cp("performance_default", "SELECT cname, variant, k.* FROM sc, "
                                   "driver_performance(s, names, lo, hi) WITH ORDINALITY AS k "
                                   "WHERE NOT wide AND NOT edge AND variant = 'plain' ORDER BY 1, 2, k.ordinality")]
    open(os.path.join(d, "results.sql"), "w").write("\n".join(L) + "\n")


# ------------------------------------------------------------------ check

def num(s):
    return None if s in (None, "NULL") else float(s)


def read_csv(d, name):
    csv.field_size_limit(sys.maxsize)        # keyed states hold 21 states
    with open(os.path.join(d, name + ".csv"), newline="") as f:
        return list(csv.DictReader(f))


def by_case(rows):
    out = {}
    for r in rows:
        out.setdefault((r["cname"], r["variant"]), []).append(r)
    return out


class Checker:
    """Counts comparisons, keeps the worst deviation of each kind and the
    first disagreements."""

    def __init__(self):
        self.count = 0
        self.failures = []
        self.worst = {}         # kind -> (relative deviation, absolute, what)
        self.close_calls = []

    def fail(self, what):
        self.failures.append(what)

    def value(self, kind, what, got, want, rel=REL, absolute=ABS):
        """got (pgcx) agrees with want (oracle); None is NULL."""
        self.count += 1
        if got is None or want is None:
            if got is not None or want is not None:
                self.fail(f"{what}: pgcx {got!r}, expected {want!r}")
                return False
            return True
        dev = abs(got - want)
        relative = dev / abs(want) if want != 0 else (0.0 if dev == 0 else math.inf)
        ok = dev <= rel * abs(want) or dev <= absolute
        # what counts is the deviation against its tolerance
        score = dev / max(rel * abs(want), absolute)
        prev = self.worst.get(kind)
        if prev is None or score > prev[3]:
            self.worst[kind] = (relative, dev, what, score)
        if not ok:
            self.fail(f"{what}: pgcx {got!r}, oracle {want!r} (deviation {dev:.3g}, relative {relative:.3g})")
        return ok

    def equal(self, what, got, want):
        self.count += 1
        if got != want:
            self.fail(f"{what}: pgcx {got!r}, expected {want!r}")
            return False
        return True


def load_export(d):
    rows = {}
    with open(os.path.join(d, "export.csv"), newline="") as f:
        for r in csv.DictReader(f):
            x = None if r["x"] == "NULL" else [None if v == "NULL" else float(v)
                                                for v in r["x"].strip("{}").split(",")]
            rows.setdefault(r["cname"], []).append(dict(
                id=r["id"], g8=r["g8"], g4=r["g4"], gt=r["gt"], y=num(r["y"]), x=x, w=num(r["w"])))
    return rows


def case_oracle(args):
    """The oracle's figures of one case: per variant (plain and each key),
    the rows used, n, skipped, the figures and the intervals."""
    c, rows = args
    weighted = c["kind"] == "weighted"
    p = c["p"]
    subsets = p <= 20
    out = {}
    for variant in ["plain"] + c["keys"]:
        gcol = {"key8": "g8", "key4": "g4", "keytext": "gt"}.get(variant)
        keep = []
        skipped = 0
        for r in rows:
            bad = (r["y"] is None or r["x"] is None or any(v is None for v in r["x"])
                   or (weighted and r["w"] is None) or (gcol and r[gcol] == "NULL"))
            if bad:
                skipped += 1
            else:
                keep.append(r)
        y = np.array([r["y"] for r in keep], dtype=float)
        X = np.array([r["x"] for r in keep], dtype=float).reshape(len(keep), p)
        w = np.array([r["w"] if weighted else 1.0 for r in keep], dtype=float)
        res = {"n": len(keep), "skipped": skipped}
        why = degenerate(y, X, w, p)
        if why:
            res["none"] = why
        else:
            res.update(analyse(y, X, w, subsets=subsets))
            wm = [float(np.sum(w * X[:, j]) / np.sum(w)) for j in range(p)]
            res["mean"] = wm
            if gcol:
                groups = np.array([int(r[gcol]) for r in keep])
                res["groups_used"] = len(set(groups.tolist()))
                res["ci"], res["ci_none"] = jackknife(y, X, w, groups, res, subsets)
            else:
                res["ci"], res["ci_none"] = None, "unkeyed"
        out[variant] = res
    return c["name"], out


def check(d):
    import multiprocessing
    import time
    t0 = time.time()
    cases = {c["name"]: c for c in case_list()}
    export = load_export(d)
    with multiprocessing.Pool(os.cpu_count() or 1) as pool:
        # the costliest first: 2^p fits per sample, 21 samples per key
        work = sorted(cases.values(), key=lambda c: -(2.0 ** min(c["p"], 20)) * (1 + 20 * len(c["keys"])))
        oracle = dict(pool.imap_unordered(case_oracle, [(c, export[c["name"]]) for c in work]))
    print(f"oracle: {len(cases)} cases in {time.time() - t0:.1f} s "
          f"({os.cpu_count()} processes)", flush=True)
    results = {name: by_case(read_csv(d, name)) for name in
               ("states", "key_drivers", "driver_weights", "driver_r2", "conditional",
                "dominance", "performance", "performance_default")}
    plans = []
    with open(os.path.join(d, "par.tsv")) as f:
        for line in f:
            cname, variant, what, s = line.rstrip("\n").split("\t")
            if what == "plan":
                plans.append((cname, variant, s))
    chk = Checker()
    run_checks(chk, cases, oracle, results, plans)
    status = report(chk)
    return self_test(cases, oracle, results, plans) or status


def self_test(cases, oracle, results, plans):
    """The checks can fail: each of a few deliberate errors in a copy of
    pgcx's results, as small as the tolerance allows, must be noticed."""
    import copy

    def nudge(v, rel):
        return repr(float(v) * (1 + rel))

    def pick(name, pred_key, pred_row):
        for key in sorted(results[name]):
            if pred_key(key):
                for i, r in enumerate(results[name][key]):
                    if pred_row(r):
                        return key, i
        raise LookupError(f"self-test: no row of {name} to change")

    big = lambda col: (lambda r: r[col] != "NULL" and abs(float(r[col])) > 1e-3)
    keyed = lambda k: k[1] == "key8"
    plain = lambda k: k[1] == "plain"
    par_int = lambda k: k[1] == "plain_par" and cases[k[0]]["kind"] in INT_KINDS
    par_float = lambda k: k[1] == "plain_par" and cases[k[0]]["kind"] == "float8"
    mutations = [
        ("a keyed Shapley value 2e-9 off", "key_drivers", keyed, big("shapley"),
         lambda r: r.update(shapley=nudge(r["shapley"], 2e-9))),
        ("an interval's upper end 2e-9 off", "key_drivers", keyed, big("relative_weight_ci_high"),
         lambda r: r.update(relative_weight_ci_high=nudge(r["relative_weight_ci_high"], 2e-9))),
        ("an unkeyed interval with a value", "key_drivers", plain, big("shapley"),
         lambda r: r.update(shapley_ci_low=r["shapley"])),
        ("a standardized coefficient 2e-9 off", "driver_weights", plain, big("beta"),
         lambda r: r.update(beta=nudge(r["beta"], 2e-9))),
        ("an adjusted R² 2e-9 off", "driver_r2", plain, big("adjusted_r2"),
         lambda r: r.update(adjusted_r2=nudge(r["adjusted_r2"], 2e-9))),
        ("a conditional increment 2e-9 off", "conditional", keyed, big("increment"),
         lambda r: r.update(increment=nudge(r["increment"], 2e-9))),
        ("a complete dominance turned over", "dominance", plain, lambda r: r["complete"] == "t",
         lambda r: r.update(complete="f")),
        ("a quadrant changed", "performance", plain, lambda r: r["quadrant"] == "low_priority",
         lambda r: r.update(quadrant="possible_overkill")),
        ("a weighted mean 2e-9 off", "performance", lambda k: k[0].startswith("wfloat") and plain(k),
         big("mean"), lambda r: r.update(mean=nudge(r["mean"], 2e-9))),
        ("n one less", "key_drivers", keyed, lambda r: True, lambda r: r.update(n=str(int(r["n"]) - 1))),
        ("skipped one more", "driver_r2", plain, lambda r: True,
         lambda r: r.update(skipped=str(int(r["skipped"]) + 1))),
        ("a parallel integer state changed", "states", par_int, lambda r: True,
         lambda r: r.update(s=r["s"].replace('"n":', '"n":1', 1))),
        ("a parallel float8 figure 1e-11 off", "key_drivers", par_float,
         lambda r: r["r2"] != "NULL" and float(r["r2"]) > 0.2,
         lambda r: r.update(r2=nudge(r["r2"], 1e-11))),
    ]
    missed = []
    for label, name, pk, pr, change in mutations:
        try:
            key, i = pick(name, pk, pr)
        except LookupError as e:
            missed.append(str(e))
            continue
        bad = copy.copy(results)
        bad[name] = dict(results[name])
        bad[name][key] = copy.deepcopy(results[name][key])
        change(bad[name][key][i])
        chk = Checker()
        run_checks(chk, cases, oracle, bad, plans, quiet=True)
        if not chk.failures:
            missed.append(f"{label} ({key[0]}/{key[1]}) went unnoticed")
    if missed:
        for m in missed:
            print("FAIL: self-test: " + m)
        return 1
    print(f"self-test: {len(mutations)} deliberate errors in a copy of the results, each noticed")
    return 0


def expected_sets(cases, oracle, results):
    """(case, variant, oracle figures) of every serial state computed."""
    for (cname, variant) in sorted(results["states"]):
        if variant.endswith("_par") or variant.startswith("as_"):
            continue
        yield cases[cname], variant, oracle[cname][variant]


def run_checks(chk, cases, oracle, results, plans, quiet=False):
    counts = {}

    def counted(what):
        counts[what] = counts.get(what, 0) + 1

    notes = []
    for c, variant, o in expected_sets(cases, oracle, results):
        cname, p, names = c["name"], c["p"], c["names"]
        tag = f"{cname}/{variant}"
        keyed = variant != "plain"
        # ---- key_drivers (p <= 20)
        if not c["wide"]:
            rows = results["key_drivers"].get((cname, variant), [])
            counted("key_drivers")
            if not chk.equal(f"{tag} key_drivers: drivers in the order of the names",
                             [r["driver"] for r in rows], names):
                continue
            for j, r in enumerate(rows):
                what = f"{tag} key_drivers {names[j]}"
                chk.equal(f"{what} n", int(r["n"]), o["n"])
                chk.equal(f"{what} skipped", int(r["skipped"]), o["skipped"])
                if "none" in o:
                    for col in ("shapley", "shapley_pct", "shapley_ci_low", "shapley_ci_high",
                                "relative_weight", "relative_weight_pct", "relative_weight_ci_low",
                                "relative_weight_ci_high", "first", "last", "beta", "r2"):
                        chk.equal(f"{what} {col} (no figure: {o['none']})", r[col], "NULL")
                    continue
                compare_common(chk, what, r, o, j, keyed, with_shapley=True)
        if c["edge"]:
            # the edge cases are checked through key_drivers only
            continue
        # ---- driver_weights (p <= 100)
        rows = results["driver_weights"].get((cname, variant), [])
        counted("driver_weights")
        if chk.equal(f"{tag} driver_weights: drivers in the order of the names",
                     [r["driver"] for r in rows], names):
            for j, r in enumerate(rows):
                what = f"{tag} driver_weights {names[j]}"
                chk.equal(f"{what} n", int(r["n"]), o["n"])
                chk.equal(f"{what} skipped", int(r["skipped"]), o["skipped"])
                compare_common(chk, what, r, o, j, keyed, with_shapley=False)
        # ---- driver_r2
        rows = results["driver_r2"].get((cname, variant), [])
        counted("driver_r2")
        if chk.equal(f"{tag} driver_r2: one row", len(rows), 1):
            r = rows[0]
            n = o["n"]
            chk.value("r2", f"{tag} driver_r2 r2", num(r["r2"]), o["r2"])
            chk.value("adjusted_r2", f"{tag} driver_r2 adjusted_r2", num(r["adjusted_r2"]),
                      1 - (1 - o["r2"]) * (n - 1) / (n - p - 1))
            chk.equal(f"{tag} driver_r2 n", int(r["n"]), o["n"])
            chk.equal(f"{tag} driver_r2 skipped", int(r["skipped"]), o["skipped"])
        if c["wide"]:
            continue
        # ---- conditional dominance
        rows = results["conditional"].get((cname, variant), [])
        counted("driver_conditional_dominance")
        got = {(r["driver"], int(r["subset_size"])): num(r["increment"]) for r in rows}
        chk.equal(f"{tag} driver_conditional_dominance: rows (driver, k) for k = 0..p-1",
                  sorted(got), sorted((names[j], k) for j in range(p) for k in range(p)))
        chk.equal(f"{tag} driver_conditional_dominance: drivers in the order of the names",
                  sorted(range(len(rows)), key=lambda i: names.index(rows[i]["driver"])),
                  list(range(len(rows))))
        for j in range(p):
            for k in range(p):
                if (names[j], k) in got:
                    chk.value("conditional", f"{tag} C_{names[j]}({k})", got[(names[j], k)],
                              o["conditional"][j][k])
        # ---- dominance designations
        rows = results["dominance"].get((cname, variant), [])
        counted("driver_dominance")
        got = {(r["driver"], r["other"]): r for r in rows}
        chk.equal(f"{tag} driver_dominance: one row per ordered pair",
                  sorted(got), sorted((names[j], names[i]) for j in range(p) for i in range(p) if i != j))
        for j in range(p):
            for i in range(p):
                if i == j or (names[j], names[i]) not in got:
                    continue
                r = got[(names[j], names[i])]
                what = f"{tag} driver_dominance {names[j]} over {names[i]}"
                # complete: j's increment exceeds i's on every subset
                # (each designation is "the smallest difference > 0")
                lo_d = o["complete_min"][j][i]
                if abs(lo_d) < MARGIN:
                    chk.close_calls.append(f"{what} complete (smallest difference {lo_d:.3g})")
                else:
                    chk.equal(f"{what} complete", r["complete"], "t" if lo_d > 0 else "f")
                lo_c = min(o["conditional"][j][k] - o["conditional"][i][k] for k in range(p))
                if abs(lo_c) < MARGIN:
                    chk.close_calls.append(f"{what} conditional (smallest difference {lo_c:.3g})")
                else:
                    chk.equal(f"{what} conditional", r["conditional"], "t" if lo_c > 0 else "f")
                g = o["shapley"][j] - o["shapley"][i]
                if abs(g) < MARGIN:
                    chk.close_calls.append(f"{what} general (difference {g:.3g})")
                else:
                    chk.equal(f"{what} general", r["general"], "t" if g > 0 else "f")
                # complete implies conditional implies general
                if r["complete"] == "t":
                    chk.equal(f"{what}: complete implies conditional", r["conditional"], "t")
                if r["conditional"] == "t":
                    chk.equal(f"{what}: conditional implies general", r["general"], "t")
        # ---- performance and quadrants
        for imp in ("shapley", "relative_weight"):
            rows = [r for r in results["performance"].get((cname, variant), []) if r["importance"] == imp]
            counted("driver_performance")
            if not chk.equal(f"{tag} driver_performance({imp}): drivers in the order of the names",
                             [r["driver"] for r in rows], names):
                continue
            pct = [100 * v / o["r2"] for v in o[imp]]
            perf = [100 * (m - c["lo"]) / (c["hi"] - c["lo"]) for m in o["mean"]]
            mi, mp = math.fsum(pct) / p, math.fsum(perf) / p
            for j, r in enumerate(rows):
                what = f"{tag} driver_performance({imp}) {names[j]}"
                chk.value("mean", f"{what} mean", num(r["mean"]), o["mean"][j])
                chk.value("performance", f"{what} performance", num(r["performance"]), perf[j])
                chk.value("importance_pct", f"{what} importance_pct", num(r["importance_pct"]), pct[j])
                if abs(pct[j] - mi) < MARGIN * 100 or abs(perf[j] - mp) < MARGIN * 100:
                    chk.close_calls.append(f"{what} quadrant (importance {pct[j] - mi:.3g}, "
                                           f"performance {perf[j] - mp:.3g} from the means)")
                    continue
                quadrant = {(True, False): "concentrate_here", (True, True): "keep_up_the_good_work",
                            (False, False): "low_priority", (False, True): "possible_overkill"}[
                    (pct[j] >= mi, perf[j] >= mp)]
                chk.equal(f"{what} quadrant", r["quadrant"], quadrant)
        if variant == "plain":
            a = [(r["driver"], r["mean"], r["performance"], r["importance_pct"], r["quadrant"])
                 for r in results["performance"].get((cname, variant), []) if r["importance"] == "shapley"]
            b = [(r["driver"], r["mean"], r["performance"], r["importance_pct"], r["quadrant"])
                 for r in results["performance_default"].get((cname, variant), [])]
            chk.equal(f"{tag} driver_performance: importance defaults to shapley", b, a)

    # ---- intervals: which were computed
    for c, variant, o in expected_sets(cases, oracle, results):
        if variant != "plain" and "none" not in o and not c["wide"]:
            counted("jackknife " + ("NULL (" + o["ci_none"] + ")" if o["ci"] is None else "intervals"))
            if o.get("groups_used") is not None and o["groups_used"] < GROUPS and o["ci"] is not None:
                notes.append(f"{c['name']}/{variant}: rows in {o['groups_used']} of 20 groups")

    # ---- states: integer types, plans
    states = {k: v[0]["s"] for k, v in results["states"].items()}
    int_cases = [c for c in cases.values() if c["kind"] in INT_KINDS and not c["edge"]]
    for c in int_cases:
        base = states[(c["name"], "plain")]
        for t in INT_KINDS:
            chk.equal(f"{c['name']}/as_{t} the state of the answers as {t} is that of {c['kind']}",
                      states.get((c["name"], "as_" + t)), base)
        counted("state equal across int2, int4, int8")
    par = [(k[0], k[1][:-4]) for k in states if k[1].endswith("_par")]
    worst_plan = (0.0, "")
    for cname, variant in sorted(par):
        c = cases[cname]
        exact = c["kind"] in INT_KINDS
        sv, pv = states[(cname, variant)], states[(cname, variant + "_par")]
        if exact:
            chk.equal(f"{cname}/{variant} the parallel state's text is the serial one's", pv, sv)
            counted("parallel state = serial, bit for bit")
        else:
            dev = state_deviation(json.loads(sv), json.loads(pv))
            chk.count += 1
            if dev is None or dev > PLAN_REL:
                chk.fail(f"{cname}/{variant} the parallel state differs from the serial one: by {dev}")
            worst_plan = max(worst_plan, (dev or 0.0, f"{cname}/{variant} state"))
            counted("parallel state = serial within 1e-12")
        for name, key in (("key_drivers", "ordinality"), ("driver_weights", "ordinality"),
                          ("driver_r2", None), ("conditional", "ordinality"),
                          ("dominance", "ordinality"), ("performance", "ordinality")):
            a = results[name].get((cname, variant), [])
            b = results[name].get((cname, variant + "_par"), [])
            if len(a) != len(b):
                chk.fail(f"{cname}/{variant} {name}: {len(b)} rows in parallel, {len(a)} serial")
                continue
            for ra, rb in zip(a, b):
                for col in ra:
                    if col in ("variant",):
                        continue
                    chk.count += 1
                    va, vb = ra[col], rb[col]
                    if exact or va == vb:
                        if va != vb:
                            chk.fail(f"{cname}/{variant} {name} {col}: parallel {vb}, serial {va}")
                        continue
                    try:
                        fa, fb = float(va), float(vb)
                    except ValueError:
                        chk.fail(f"{cname}/{variant} {name} {col}: parallel {vb}, serial {va}")
                        continue
                    dev = abs(fa - fb) / max(abs(fa), abs(fb), 1.0)
                    worst_plan = max(worst_plan, (dev, f"{cname}/{variant} {name} {col}"))
                    if dev > PLAN_REL:
                        chk.fail(f"{cname}/{variant} {name} {col}: parallel {vb}, serial {va}")
    chk.worst["parallel vs serial (float8)"] = (worst_plan[0], worst_plan[0], worst_plan[1], 0.0)

    # ---- the parallel plans
    n_partial = 0
    n_two = 0
    for cname, variant, plan in plans:
        chk.count += 1
        launched = [int(x) for x in __import__("re").findall(r"Workers Launched: (\d+)", plan)]
        if "Partial Aggregate" not in plan or "Finalize Aggregate" not in plan or not launched or launched[0] < 1:
            chk.fail(f"{cname}/{variant} the plan is no parallel aggregate: {plan[:300]}")
            continue
        n_partial += 1
        # the scan's rows per worker: both workers had rows (a combine)
        scan = plan[plan.find("Parallel Seq Scan"):]
        per = [int(x) for x in __import__("re").findall(r"Worker \d+:\s+actual rows=(\d+)", scan)]
        if sum(1 for v in per if v > 0) >= 2:
            n_two += 1
        elif cname.startswith("bulk_"):
            chk.fail(f"{cname}/{variant} the rows of the parallel plan went to one worker "
                     f"(rows per worker {per}): nothing was combined")
    counts[f"parallel plans (Partial Aggregate, workers launched; rows in both workers: {n_two})"] = n_partial
    if quiet:
        return
    for k in sorted(counts):
        print(f"  {counts[k]:4d} x {k}")
    for n in notes:
        print("  note: " + n)


def compare_common(chk, what, r, o, j, keyed, with_shapley):
    p = len(o["first"])
    figs = ["relative_weight", "first", "last", "beta"]
    if with_shapley:
        figs = ["shapley"] + figs
    for fig in figs:
        chk.value(fig, f"{what} {fig}", num(r[fig]), o[fig][j])
    chk.value("r2", f"{what} r2", num(r["r2"]), o["r2"])
    for fig in (["shapley"] if with_shapley else []) + ["relative_weight"]:
        chk.value(fig + "_pct", f"{what} {fig}_pct", num(r[fig + "_pct"]), 100 * o[fig][j] / o["r2"])
        lo, hi = num(r[fig + "_ci_low"]), num(r[fig + "_ci_high"])
        if o["ci"] is None:
            chk.equal(f"{what} {fig}_ci_low ({o['ci_none']}: NULL)", lo, None)
            chk.equal(f"{what} {fig}_ci_high ({o['ci_none']}: NULL)", hi, None)
        else:
            chk.value("interval", f"{what} {fig}_ci_low", lo, o["ci"][fig][0][j])
            chk.value("interval", f"{what} {fig}_ci_high", hi, o["ci"][fig][1][j])
    del p


def state_deviation(a, b, scale=None):
    """The largest difference of two parsed state texts: numbers of an
    array relative to the largest magnitude in it (co-moments against the
    largest, not their own size), other numbers relative to themselves;
    None when their shapes differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        if sorted(a) != sorted(b):
            return None
        devs = [state_deviation(a[k], b[k]) for k in a]
        return None if None in devs else max(devs, default=0.0)
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return None
        nums = [abs(v) for v in a + b if isinstance(v, (int, float)) and not isinstance(v, bool)]
        sc = max(nums, default=0.0)
        devs = [state_deviation(x, y, sc) for x, y in zip(a, b)]
        return None if None in devs else max(devs, default=0.0)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, int) and isinstance(b, int):
            return 0.0 if a == b else math.inf
        m = max(abs(a), abs(b), scale or 0.0)
        return 0.0 if m == 0 else abs(a - b) / m
    return 0.0 if a == b else None


def report(chk):
    print("worst deviations from the oracle (tolerance 1e-9 relative or 1e-10 absolute):")
    for kind in sorted(chk.worst):
        rel, dev, what, score = chk.worst[kind]
        if kind.startswith("parallel"):
            continue
        print(f"  {kind:16s} relative {rel:.2e}, absolute {dev:.2e} ({score:.3f} of the tolerance) at {what}")
    rel, _, what, _ = chk.worst["parallel vs serial (float8)"]
    print(f"worst parallel vs serial deviation of float8 figures (tolerance 1e-12): {rel:.2e}"
          + (f" at {what}" if what else ""))
    if chk.close_calls:
        print(f"{len(chk.close_calls)} designations too close to call (within {MARGIN:g}), not compared:")
        for w in chk.close_calls[:10]:
            print("  " + w)
    print(f"{chk.count} comparisons, {len(chk.failures)} failed")
    # the failures by what failed (the case and the drivers left out),
    # each with its first instance
    import re
    kinds = {}
    for f in chk.failures:
        what = f.split(":")[0]
        kind = re.sub(r"\bd\d\d\b", "dNN", re.sub(r"^\S+ ", "", what))
        kind = re.sub(r"C_dNN\(\d+\)", "C_dNN(k)", kind)
        kinds.setdefault(kind, []).append(f)
    for kind, fs in sorted(kinds.items(), key=lambda kv: -len(kv[1]))[:30]:
        cases = len({f.split(" ")[0] for f in fs})
        print(f"FAIL: {len(fs)} x {kind} ({cases} states), e.g. {fs[0]}")
    if len(kinds) > 30:
        print(f"... and {len(kinds) - 30} more kinds of failure")
    return 1 if chk.failures or chk.count == 0 else 0


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "generate":
        generate(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    elif len(sys.argv) == 1:
        main_json()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
