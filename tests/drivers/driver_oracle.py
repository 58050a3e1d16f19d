#!/usr/bin/python3
"""Key-driver figures computed from the rows themselves, with numpy: the
oracle of pgcx's driver tests, sharing nothing with pgcx's C.

Reads JSON on stdin: {"y": [...], "x": [[...], ...] (rows), "w": [...]
(optional weights)} and prints JSON with, for the drivers in order:
  r2            R² of the full model
  first, last   r² of each driver alone; R²(all) - R²(all but it)
  beta          standardized coefficients of the full model
  shapley       LMG: mean over orders of each driver's increment of R²
  relative_weight  Johnson's (2000) relative weights
  conditional   [driver][k]: mean increment over subsets of size k
  complete      [j][i]: 1 if j's increment exceeds i's on every subset
                holding neither, else 0

Every R² comes from a least-squares fit of y on an intercept and the
subset's columns (numpy.linalg.lstsq on the rows, weighted by w), not
from the correlation matrix the C code works on.
"""
import itertools
import json
import math
import sys

import numpy as np


def fit_r2(y, X, w, cols):
    sw = np.sqrt(w)
    ybar = np.sum(w * y) / np.sum(w)
    tss = np.sum(w * (y - ybar) ** 2)
    A = np.column_stack([np.ones(len(y))] + [X[:, c] for c in cols])
    coef, *_ = np.linalg.lstsq(A * sw[:, None], y * sw, rcond=None)
    rss = np.sum(w * (y - A @ coef) ** 2)
    return 1.0 - rss / tss


def analyse(y, X, w):
    n, p = X.shape
    r2 = {}
    for k in range(p + 1):
        for S in itertools.combinations(range(p), k):
            r2[frozenset(S)] = fit_r2(y, X, w, S)
    full = frozenset(range(p))
    shapley = [0.0] * p
    conditional = [[0.0] * p for _ in range(p)]
    for j in range(p):
        others = [i for i in range(p) if i != j]
        for k in range(p):
            incs = [r2[frozenset(S) | {j}] - r2[frozenset(S)]
                    for S in itertools.combinations(others, k)]
            conditional[j][k] = sum(incs) / len(incs)
        shapley[j] = sum(conditional[j]) / p
    complete = [[0] * p for _ in range(p)]
    for j in range(p):
        for i in range(p):
            if i == j:
                continue
            rest = [c for c in range(p) if c not in (i, j)]
            complete[j][i] = int(all(
                r2[frozenset(S) | {j}] > r2[frozenset(S) | {i}]
                for k in range(len(rest) + 1)
                for S in itertools.combinations(rest, k)))
    # standardized coefficients: the fit of z-scored y on z-scored X
    mw = np.sum(w)
    def z(v):
        m = np.sum(w * v) / mw
        return (v - m) / math.sqrt(np.sum(w * (v - m) ** 2) / mw)
    Zy = z(y)
    ZX = np.column_stack([z(X[:, c]) for c in range(p)])
    sw = np.sqrt(w)
    beta, *_ = np.linalg.lstsq(ZX * sw[:, None], Zy * sw, rcond=None)
    # relative weights, Johnson (2000): R_xx = V diag(l) V', L = V diag(sqrt l) V'
    Rxx = (ZX * w[:, None]).T @ ZX / mw
    rxy = (ZX * w[:, None]).T @ Zy / mw
    lam, V = np.linalg.eigh(Rxx)
    L = V @ np.diag(np.sqrt(lam)) @ V.T
    b = np.linalg.solve(L, rxy)
    rw = (L ** 2) @ (b ** 2)
    return {
        "r2": r2[full],
        "first": [r2[frozenset({j})] for j in range(p)],
        "last": [r2[full] - r2[full - {j}] for j in range(p)],
        "beta": list(beta),
        "shapley": shapley,
        "relative_weight": list(rw),
        "conditional": conditional,
        "complete": complete,
    }


def main():
    data = json.load(sys.stdin)
    y = np.array(data["y"], dtype=float)
    X = np.array(data["x"], dtype=float)
    w = np.array(data.get("w") or [1.0] * len(y), dtype=float)
    print(json.dumps(analyse(y, X, w), default=float))


if __name__ == "__main__":
    main()
