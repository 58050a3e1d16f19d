#!/usr/bin/python3
"""mask-changes.py CHANGES FROM_VERSION FILE: FILE (psql unaligned output
of the reads) with the values that tests/upgrade/update-changes.txt says
the update changes on purpose, for a path from FROM_VERSION, replaced by
'<changed by the update>'.  Prints the result."""
import re
import sys

specs = []
for line in open(sys.argv[1]):
    if line.startswith('#') or not line.strip():
        continue
    versions, header, cols, _reason = line.rstrip('\n').split('\t')
    if sys.argv[2] in versions.split():
        specs.append((header, cols))
HEADER = re.compile(r'^[a-z_][a-z_0-9]*(\|[a-z_][a-z_0-9]*)*$')
MARK = '<changed by the update>'
mask = None
for line in open(sys.argv[3]):
    line = line.rstrip('\n')
    if HEADER.match(line):
        mask = None
        names = line.split('|')
        for header, cols in specs:
            if line == header:
                mask = []
                for c in cols.split():
                    name, _, fields = c.partition(':')
                    mask.append((names.index(name), [int(f) for f in fields.split(',')] if fields else None))
        print(line)
        continue
    if mask:
        vals = line.split('|')
        for i, fields in mask:
            if fields is None:
                vals[i] = MARK
            else:
                inner = vals[i][1:-1].split(',')
                for f in fields:
                    inner[f - 1] = MARK
                vals[i] = '(' + ','.join(inner) + ')'
        line = '|'.join(vals)
    print(line)
