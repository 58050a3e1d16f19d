#!/usr/bin/python3
"""compare.py RELEASED CURRENT ALLOWED VERSION NFUNCTIONS: the records of the
corpus (id<TAB>result) through the released library and through the
current one.  Every call must give the same result, but for the calls
listed in ALLOWED (function signature<TAB>reason, or signature#n for one
call).  Prints a summary and each difference; exits 1 on a difference."""
import sys


def load(p):
    d = {}
    for line in open(p, encoding='utf-8', errors='replace'):
        k, _, v = line.rstrip('\n').partition('\t')
        d[k] = v
    return d


old, new = load(sys.argv[1]), load(sys.argv[2])
allowed = {}
for line in open(sys.argv[3]):
    if line.strip() and not line.startswith('#'):
        k, _, why = line.rstrip('\n').partition('\t')
        allowed[k] = why
ver, nfun = sys.argv[4], sys.argv[5]
labels = (sys.argv[6:8] + ['released', 'current'])[:2] if len(sys.argv) > 7 else ['released', 'current']
bad, ok_diff = [], []
for k in sorted(set(old) | set(new)):
    a, b = old.get(k, '(no record)'), new.get(k, '(no record)')
    if a != b:
        sig = k.split('#')[0]
        (ok_diff if (k in allowed or sig in allowed) else bad).append((k, a, b))
bysig = {}
for k, a, b in bad:
    bysig.setdefault(k.split('#')[0], []).append((k, a, b))
print("pgcx %s: %s, %d calls compared; %d differ (%d listed as known)"
      % (ver, nfun, len(set(old) | set(new)), len(bad) + len(ok_diff), len(ok_diff)))
for sig, lst in sorted(bysig.items()):
    print("  %s: %d calls differ" % (sig, len(lst)))
    for k, a, b in lst[:3]:
        print("    %s\n      %-9s %s\n      %-9s %s" % (k, labels[0] + ':', a[:300], labels[1] + ':', b[:300]))
for k, a, b in bad:
    print("differs: %s" % k)
if not old or not new:
    print("no calls recorded")
    sys.exit(1)
sys.exit(1 if bad else 0)
