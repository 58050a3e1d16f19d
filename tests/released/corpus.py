#!/usr/bin/python3
"""Writes the corpus of calls of tests/released/test-released-symbols.

Input: the functions of the extension (tests/released/functions.sql: kind,
name, argument types, returns a set, C symbol, signature, argument names,
aggregates the function supports).  Output: an SQL file whose every line
of output is "id<TAB>result", and a coverage file "signature<TAB>calls"
for every C function.

Each C function callable from SQL is called with a base tuple of sample
arguments (the first sample of each type or role) and with each argument
varied in turn over all samples of its type; each aggregate runs over
sample rows, over those rows plus one edge row per sample of each
argument (or, for arguments that are constant in a query, with that
argument set to each sample), over no rows, and as a window function.
Type receive functions are reached by a binary COPY of each sample."""
import os
import re
import sys

SD = {
    'sd1': "(SELECT score_dist_agg(s) FROM generate_series(0, 10) AS s)",
    'sd2': "(SELECT score_dist_agg(s, 1, 5) FROM (VALUES (1), (5), (5), (4)) AS v(s))",
    'sd3': "(SELECT score_dist_agg(s) FROM (VALUES (9), (10), (7), (7)) AS v(s))",
    'sd4': "(SELECT score_dist_agg(s, 1, 7) FROM (VALUES (1), (7), (6)) AS v(s))",
    'sd5': "(SELECT score_dist_agg(s) FROM (VALUES (3), (4), (5), (6), (7)) AS v(s))",
}
RB = [
    "(SELECT rolling_benchmark(date '2026-01-01' + i, (i * 7) % 11, '1 month'::interval, 6) FROM generate_series(1, 200) AS i)",
    "(SELECT rolling_benchmark(date '2026-03-01' + i * 5, 1 + i % 5, '1 week'::interval, 12, 1, 5) FROM generate_series(1, 20) AS i)",
    "(SELECT rolling_benchmark(date '2026-01-01', 9, '1 day'::interval, 1))",
    "(SELECT rolling_benchmark(date '2026-01-01' + i * 10, 8 + i % 3, '1 week'::interval, 10) FROM generate_series(1, 8) AS i)",
    "(SELECT rolling_benchmark(date '2026-01-01' + i, 3 + i % 5, '1 month'::interval, 3) FROM generate_series(1, 40) AS i)",
]
STATES = {
    'mirror_state': [
        "mirror_gap_accum(mirror_gap_accum(mirror_gap_accum(NULL::mirror_state, 'customer', 9), 'employee', 7), 'customer', 3)",
        "mirror_gap_accum(mirror_gap_accum(NULL::mirror_state, 'customer', 9.0::float8, 'csat'), 'employee', 4.0::float8, 'csat')",
        "mirror_gap_accum(NULL::mirror_state, 'customer', 10)",
    ],
    'attrition_state': [
        "attrition_agg_accum(attrition_agg_accum(NULL::attrition_state, date '2025-12-01', NULL::date, daterange('2026-01-01', '2026-04-01')), date '2025-11-01', date '2026-02-01', daterange('2026-01-01', '2026-04-01'))",
        "attrition_agg_accum(NULL::attrition_state, timestamp '2025-12-01 12:00', NULL::timestamp, tsrange('2026-01-01', '2026-04-01'))",
    ],
    'rfm_state': [
        "rfm_agg_accum(rfm_agg_accum(NULL::rfm_state, date '2026-01-05', 10.5, date '2026-12-31', '1 week'), date '2026-03-01', 20, date '2026-12-31', '1 week')",
        "rfm_agg_accum(NULL::rfm_state, timestamp '2026-01-05 10:00', 1e300, timestamp '2026-12-31', '1 day')",
    ],
    'bgnbd_state': [
        "bgnbd_fit_accum(bgnbd_fit_accum(bgnbd_fit_accum(NULL::bgnbd_state, 2, 30, 39), 0, 0, 39), 5, 38, 39)",
        "bgnbd_fit_accum(NULL::bgnbd_state, 1, 1, 1)",
    ],
    'gamma_gamma_state': [
        "gamma_gamma_fit_accum(gamma_gamma_fit_accum(gamma_gamma_fit_accum(NULL::gamma_gamma_state, 2, 30.5), 5, 12), 1, 7)",
        "gamma_gamma_fit_accum(NULL::gamma_gamma_state, 1, 1e-300)",
    ],
    'sbg_state': [
        "sbg_fit_accum(sbg_fit_accum(sbg_fit_accum(NULL::sbg_state, 3, true), 5, false), 1, true)",
        "sbg_fit_accum(NULL::sbg_state, date '2000-01-01', NULL::date, date '2026-01-01', '1 year'::interval)",
    ],
}
CUST = ("(SELECT {f} FROM (SELECT (i % 5)::float8 AS x, CASE WHEN i % 5 = 0 THEN 0 ELSE 1 + i % 7 END::float8 AS tx, "
        "10::float8 AS t, 10 + i % 13 AS m FROM generate_series(1, 60) AS i) AS c)")
SAMPLES = {
    'double precision': ['7', '0', '1', '-1', '0.5', '2.5', '10', '39', '100', '520', '1e-300', '1e300',
                         "'NaN'", "'Infinity'", "'-Infinity'"],
    'integer': ['6', '0', '1', '-1', '2', '5', '7', '10', '12', '100', '100000', '2147483647', '-2147483648'],
    'bigint': ['5', '0', '1', '-1', '100', '9223372036854775807'],
    'smallint': ['7', '0', '1', '-1', '10', '32767'],
    'numeric': ['7', '0', '1', '5.5', '10', '-1', "'NaN'", '1e100', '0.1'],
    'text': ["'nps'", "'x'", "''"],
    'date': ["'2026-01-01'", "'2025-06-30'", "'1999-12-31'", "'infinity'", "'-infinity'", "'4713-01-01 BC'",
             "'5874897-12-31'"],
    'timestamp without time zone': ["'2026-01-01 12:00'", "'2000-01-01'", "'infinity'", "'-infinity'",
                                    "'294276-12-31 23:59:59'", "'4713-01-01 00:00 BC'"],
    'timestamp with time zone': ["'2026-01-01 12:00+00'", "'2000-01-01'", "'infinity'", "'-infinity'",
                                 "'294276-12-30 23:59:59+00'", "'4713-01-02 00:00+00 BC'"],
    'interval': ["'1 month'", "'1 week'", "'1 day'", "'0'", "'-1 week'", "'1 year'", "'5873627 years'",
                 "'1 mon 1 day'", "'1 hour'", "'3 days'"],
    'boolean': ['true', 'false'],
    'daterange': ["'[2026-01-01,2026-04-01)'", "'empty'", "'(,)'", "'[2026-01-01,)'", "'[2025-06-01,2025-06-02)'"],
    'tsrange': ["'[2026-01-01,2026-04-01)'", "'empty'", "'(,)'", "'[2026-01-01 12:00,)'"],
    'tstzrange': ["'[2026-01-01,2026-04-01)'", "'empty'", "'(,)'", "'[2026-01-01 12:00+00,)'"],
    'jsonb': ["'{\"lo\":0,\"hi\":10,\"counts\":[1,2,3,4,5,6,7,8,9,10,11]}'", "'{}'", "'[]'",
              "'{\"lo\":1,\"hi\":5,\"counts\":[0,1,2,3,4]}'", "'{\"lo\":1,\"hi\":5,\"counts\":[0,-1,2,3,4]}'",
              "(%s)::text::jsonb" % RB[0], "(%s)::text::jsonb" % RB[1], "'null'"],
    'bigint[]': ["'{0,0,0,0}'", "'{3,1,2,5}'", "'{}'", "'{-1,0,0,0}'"],
    'score_dist': list(SD.values()) + ["'{\"lo\":0,\"hi\":10,\"counts\":[0,0,0,0,0,0,0,0,0,0,0]}'"],
    'rolling_benchmark': RB,
    'bgnbd': ["ROW(0.24, 4.4, 0.8, 2.4, -9.5, 2357, true)", "ROW(100, 200, 1.5, 2.43, 0, 1, true)",
              CUST.format(f="bgnbd_fit(x, tx, t)"), "ROW(1e-300, 1, 1, 1, 0, 1, false)", "ROW(1000, 2000, 1.5, 2.43, 0, 1, true)"],
    'gamma_gamma': ["ROW(6.25, 3.74, 15.44, 0, 1, true)", "ROW(1e-300, 1, 1e-300, 0, 1, true)",
                    CUST.format(f="gamma_gamma_fit(x + 1, m)"), "ROW(6, 3.7, 15, 1e-300, 946, true)"],
    'sbg': ["ROW(0.704, 1.182, -100, 1000, true)", "ROW(0.67, 3.8, 1e+300, 1000, false)",
            "ROW(1.0000000001, 1e300, 0, 1, true)", "ROW(1e12, 1e12, 0, 1, true)",
            "(SELECT sbg_fit(1 + i % 8, i % 3 = 0) FROM generate_series(1, 50) AS i)"],
}
for t, v in STATES.items():
    SAMPLES[t] = v
ROLE_TEXT = {
    'metric': ["'nps'", "'csat'", "'ces'", "'mean'", "'top2'", "'NPS'", "'bogus'", "''"],
    'bucket': ["'month'", "'week'", "'day'", "'quarter'", "'year'", "'fortnight'", "''"],
    'audience': ["'customer'", "'employee'", "'client'", "'x'", "''"],
    'sector': ["'all'", "'ecommerce'", "'ECOMMERCE'", "'b2b_services'", "'nowhere'", "''"],
    'caller': ["'canonical_metric'", "'x'", "''"],
}
BAD_CSTRING = ["''", "'garbage'", "'{}'", "'[]'", "'{\"v\":99}'"]


def samples(typ, name, fname):
    if typ == 'text' and name in ROLE_TEXT:
        return ROLE_TEXT[name]
    if typ == 'cstring':
        base = fname[:-3] if fname.endswith('_in') else None
        good = ["(%s)::%s::text" % (s, base) for s in SAMPLES.get(base, [])]
        return ["(%s)::cstring" % s for s in good + BAD_CSTRING]
    if typ == 'integer' and name in ('lo',):
        return ['0', '1', '-1', '5', '11', '100']
    if typ == 'integer' and name in ('hi',):
        return ['10', '5', '7', '0', '1000', '2147483647']
    if typ == 'integer' and name == 'periods':
        return ['6', '1', '0', '-1', '12', '1000', '100000']
    return SAMPLES.get(typ)


def lit(s, typ):
    return "(%s)::%s" % (s, typ)


def main():
    funcs = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
    # CORPUS_SCHEMA: call pgcx's functions qualified with that schema;
    # CORPUS_SKIP: names of functions not to call
    schema = os.environ.get('CORPUS_SCHEMA')
    skip = set(os.environ.get('CORPUS_SKIP', '').split())
    names = sorted({f[1] for f in funcs}, key=len, reverse=True)
    pattern = re.compile(r'(?<![\w.])(%s)\(' % '|'.join(re.escape(n) for n in names))

    def qualify(q):
        return pattern.sub(lambda m: '%s.%s(' % (schema, m.group(1)), q)
    out = open(sys.argv[2], 'w')
    binfile = sys.argv[4] if len(sys.argv) > 4 else '/tmp/pgcx-corpus.bin'
    calls = {}
    agg_calls = {}
    ids = {}

    def emit(sig, q):
        if schema:
            q = qualify(q)
        n = ids.get(sig, 0) + 1
        ids[sig] = n
        key = "%s#%d" % (sig.replace(' ', '_'), n)
        out.write("SELECT %s || E'\\t' || corpus.try(%s);\n" % (quote(key), quote(q)))

    def quote(s):
        return "'" + s.replace("'", "''") + "'"

    for f in funcs:
        kind, name, argtypes, retset, sym, sig, argnames, supports = (f + [''] * 8)[:8]
        types = argtypes.split(',') if argtypes else []
        names = argnames.split(',') if argnames else [''] * len(types)
        names += [''] * (len(types) - len(names))
        if kind == 'a' and not any(names):
            names = positional_roles(name, types)
        if kind in ('c', 's'):
            if skip and name in skip:
                continue
            calls.setdefault(sig, 0)
            if 'internal' in types:
                continue
            lists = [samples(t, n, name) for t, n in zip(types, names)]
            if any(l is None for l in lists):
                print("no samples for %s: %s" % (sig, argtypes), file=sys.stderr)
                continue

            def call(args):
                c = "%s(%s)" % (name, ', '.join(args))
                if retset == 't':
                    return "SELECT string_agg(x::text, ' ; ') FROM %s AS x" % c
                return "SELECT (%s)::text" % c
            base = [lit(l[0], t) for l, t in zip(lists, types)]
            tuples = [base]
            for j, (l, t) in enumerate(zip(lists, types)):
                for s in l[1:] + ['NULL']:
                    a = list(base)
                    a[j] = lit(s, t)
                    tuples.append(a)
            for a in tuples:
                emit(sig, call(a))
                calls[sig] += 1
        else:
            cols = [good_col(t, n, name) for t, n in zip(types, names)]
            if any(c is None for c in cols):
                print("no rows for %s: %s" % (sig, argtypes), file=sys.stderr)
                continue
            k = len(types)
            cn = ', '.join('c%d' % i for i in range(k))
            sel = ', '.join('%s AS c%d' % (c, i) for i, c in enumerate(cols))
            rows = "SELECT %s FROM generate_series(1, 40) AS i" % sel

            def agg(src):
                return "SELECT (%s(%s))::text FROM (%s) AS t" % (name, cn, src)
            qs = [agg(rows), agg(rows + " WHERE false"),
                  "SELECT string_agg(x::text, ' ; ') FROM (SELECT %s(%s) OVER (ORDER BY i ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS x FROM (SELECT i, %s FROM generate_series(1, 12) AS i) AS t) AS w" % (name, cn, sel)]
            for j, (t, n) in enumerate(zip(types, names)):
                l = samples(t, n, name) or []
                for s in l + ['NULL']:
                    if n in CONSTANT_ROLES:
                        cs = list(cols)
                        cs[j] = lit(s, t)
                        qs.append(agg("SELECT %s FROM generate_series(1, 40) AS i" %
                                      ', '.join('%s AS c%d' % (c, i) for i, c in enumerate(cs))))
                    else:
                        cs = list(cols)
                        cs[j] = lit(s, t)
                        edge = "SELECT %s FROM (VALUES (41)) AS v(i)" % ', '.join('%s AS c%d' % (c, i) for i, c in enumerate(cs))
                        qs.append(agg(rows + " UNION ALL " + edge))
            agg_calls[sig] = len(qs)
            for q in qs:
                emit(sig, q)
    # receive functions: a binary COPY of each sample of their type
    for f in funcs:
        kind, name, argtypes = f[0], f[1], f[2]
        if kind == 'c' and name.endswith('_recv') and argtypes == 'internal':
            typ = name[:-5]
            for s in SAMPLES.get(typ, []):
                sig = f[5]
                n = ids.get(sig, 0) + 1
                ids[sig] = n
                key = "%s#%d" % (sig.replace(' ', '_'), n)
                out.write("CREATE TEMP TABLE corpus_copy (v %s);\n" % typ)
                out.write("\\! rm -f '%s'\n" % binfile)
                sample = lit(s, typ).replace('\n', ' ')
                out.write("\\copy (SELECT %s) TO '%s' (FORMAT binary)\n" % (qualify(sample) if schema else sample, binfile))
                out.write("\\copy corpus_copy FROM '%s' (FORMAT binary)\n" % binfile)
                out.write("SELECT %s || E'\\t' || coalesce((SELECT string_agg(coalesce(v::text, 'NULL'), ' ; ') FROM corpus_copy), 'no row');\n" % quote(key))
                out.write("DROP TABLE corpus_copy;\n")
                calls[sig] = calls.get(sig, 0) + 1
    # aggregate support functions count the calls of their aggregates
    cov = open(sys.argv[3], 'w')
    for f in funcs:
        if f[0] != 'c' or (skip and f[1] in skip):
            continue
        sig = f[5]
        n = calls.get(sig, 0)
        for a in (f[7].split(';') if len(f) > 7 and f[7] else []):
            n += agg_calls.get(a, 0)
        cov.write("%s\t%d\n" % (sig, n))


POS_ROLES = {
    'score_dist_agg': ['score', 'lo', 'hi'], 'nps_agg': ['score', 'scale'], 'nps_stats': ['score', 'scale'],
    'csat_agg': ['score', 'scale'], 'ces_agg': ['score', 'scale'], 'mirror_gap': ['audience', 'score', 'metric'],
    'attrition_agg': ['active_from', 'churned_on', 'period'],
    'rfm_agg': ['purchased_on', 'amount', 'observed_until', 'unit'], 'bgnbd_fit': ['frequency', 'recency', 't'],
    'gamma_gamma_fit': ['frequency', 'monetary'],
}


def positional_roles(name, types):
    """The roles of an aggregate's arguments when the script names none."""
    if name == 'rolling_benchmark':
        r = ['at', 'd' if types[1] == 'score_dist' else 'score', 'bucket', 'periods', 'lo', 'hi']
    elif name == 'rollup':
        r = ['rb' if types[0] == 'rolling_benchmark' else 'd']
    elif name == 'sbg_fit':
        r = ['tenure', 'churned', 'customers'] if types[0] == 'integer' else ['active_from', 'churned_on', 'observed_until', 'period']
    else:
        r = POS_ROLES.get(name, [])
    return (r + [''] * len(types))[:len(types)]


CONSTANT_ROLES = {'bucket', 'periods', 'lo', 'hi', 'scale', 'unit', 'observed_until', 'period', 'metric'}


def good_col(t, n, fname):
    num = {'double precision': 'float8', 'integer': 'int4', 'bigint': 'int8', 'smallint': 'int2', 'numeric': 'numeric'}
    ts = {'date': 'date', 'timestamp without time zone': 'timestamp', 'timestamp with time zone': 'timestamptz'}
    if n == 'score' and t in num:
        return "((i * 7) %% 11)::%s" % num[t]
    if n == 'd' and t == 'score_dist':
        return "(SELECT score_dist_agg(((i + s) * 3) % 11) FROM generate_series(1, 5) AS s)"
    if n in ('rb', 'd') and t == 'rolling_benchmark':
        return "(SELECT rolling_benchmark(date '2026-01-01' + i * 3 + j, ((i + j) * 7) % 11, '1 month'::interval, 6) FROM generate_series(1, 30) AS j)"
    if t in ts:
        base = {'at': "date '2026-01-01' + i * 3", 'active_from': "date '2025-01-01' + i * 5",
                'churned_on': "CASE WHEN i % 4 = 0 THEN date '2025-06-01' + i END",
                'observed_until': "date '2026-12-31'", 'purchased_on': "date '2026-01-01' + i * 2"}.get(n)
        if base is None:
            return None
        return "(%s)::%s" % (base, ts[t])
    if n == 'bucket':
        return "'1 month'::interval" if t == 'interval' else "'month'::text"
    if n == 'periods':
        return "6"
    if n == 'lo':
        return "0"
    if n == 'hi':
        return "10"
    if n == 'scale':
        return "10"
    if n == 'audience':
        return "CASE WHEN i % 3 = 0 THEN 'employee' ELSE 'customer' END"
    if n == 'metric':
        return "'nps'::text"
    if n == 'frequency':
        return "(1 + i % 5)::float8" if 'gamma' in fname else "(i % 5)::float8"
    if n == 'recency':
        return "CASE WHEN i % 5 = 0 THEN 0 ELSE 1 + i % 7 END::float8"
    if n == 't' and t == 'double precision':
        return "10::float8"
    if n == 'monetary':
        return "(10 + i % 13)::float8"
    if n == 'tenure':
        return "1 + i % 8"
    if n == 'churned':
        return "i % 3 = 0"
    if n == 'customers':
        return "(1 + i % 4)::int8"
    if n == 'amount':
        return "(10 + i % 7)::numeric"
    if n == 'unit':
        return "'1 week'::interval"
    if n == 'period' and t == 'interval':
        return "'1 month'::interval"
    if n == 'period':
        return {'daterange': "daterange('2025-03-01', '2025-09-01')",
                'tsrange': "tsrange('2025-03-01', '2025-09-01')",
                'tstzrange': "tstzrange('2025-03-01', '2025-09-01')"}.get(t)
    if n in ('d',) and t == 'score_dist':
        return None
    if t == 'score_dist':
        return "(SELECT score_dist_agg(((i + s) * 3) % 11) FROM generate_series(1, 5) AS s)"
    return None


main()
