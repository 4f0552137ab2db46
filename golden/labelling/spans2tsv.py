#!/usr/bin/env python3
"""Turns a labeller's spans file into a .labels.tsv and checks it.
A spans file has one row per run of lines: 'FROM-TO LABEL' or 'N LABEL' (1-based line numbers of the
dump), labels body caption credit ad navigation; '#' starts a comment. Blank lines of the dump are
always 'blank' and may sit inside a run. Every non-blank line must be covered exactly once.
usage: spans2tsv.py DUMP.txt SPANS [OUT.tsv]   (without OUT: check only)"""
import sys, re
LABELS = {'body', 'caption', 'credit', 'ad', 'navigation'}
import unicodedata
def invisible(c):
    return (unicodedata.category(c) in ('Zs', 'Zl', 'Zp') or '\t' <= c <= '\r' or '\x1c' <= c <= '\x1f'
            or '\u200b' <= c <= '\u200d' or c in '\u2060\ufeff')
def blank(s):
    return all(invisible(c) for c in s)
def main():
    dump, spans = sys.argv[1], sys.argv[2]
    out = sys.argv[3] if len(sys.argv) > 3 else None
    text = open(dump, encoding='utf-8', newline='').read()
    lines = re.split(r'\r\n|\r|\n', text)
    if lines and lines[-1] == '':
        lines.pop()
    n = len(lines)
    labels = [None] * n
    errors = []
    for k, row in enumerate(open(spans, encoding='utf-8'), 1):
        row = row.split('#', 1)[0].strip()
        if not row:
            continue
        m = re.fullmatch(r'(\d+)(?:\s*-\s*(\d+))?\s+(\w+)', row)
        if not m:
            errors.append(f'spans line {k}: cannot read {row!r}'); continue
        a = int(m.group(1)); b = int(m.group(2) or a); lab = m.group(3)
        if lab not in LABELS:
            errors.append(f'spans line {k}: unknown label {lab!r}'); continue
        if not (1 <= a <= b <= n):
            errors.append(f'spans line {k}: range {a}-{b} outside 1-{n}'); continue
        for i in range(a - 1, b):
            if blank(lines[i]):
                continue
            if labels[i] is not None and labels[i] != lab:
                errors.append(f'line {i+1} labelled twice ({labels[i]}, {lab})')
            labels[i] = lab
    for i in range(n):
        if not blank(lines[i]) and labels[i] is None:
            errors.append(f'line {i+1} has no label: {lines[i][:60]!r}')
    if errors:
        print('\n'.join(errors[:40]), file=sys.stderr)
        print(f'{len(errors)} problem(s)', file=sys.stderr)
        sys.exit(1)
    if out:
        with open(out, 'w', encoding='utf-8', newline='\n') as f:
            for i in range(n):
                f.write(('blank' if blank(lines[i]) else labels[i]) + '\t' + lines[i] + '\n')
    from collections import Counter
    print(dict(Counter(l for l in labels if l)))
if __name__ == '__main__':
    main()
