#!/usr/bin/env python3
"""Prints a dump for labelling: line number, the markup around the line's first text (from the page's
HTML, as Chromium laid it out), and the line (long lines cut). Blank lines are shown as empty numbers.
usage: view.py DUMP.txt HINTS.json [--full]"""
import json, sys, re
dump, hints = sys.argv[1], sys.argv[2]
full = '--full' in sys.argv
lines = open(dump, encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()
nodes = json.load(open(hints)) if hints != '-' else []
norm = lambda s: ' '.join(s.split())
# one string of all text nodes, with the node index at each character
big, owner, media = [], [], []
for k, node in enumerate(nodes):
    t, h = node[0], node[1]
    if t is None:
        media.append((len(owner), h, node[2] if len(node) > 2 else ''))
        continue
    big.append(t + ' '); owner.extend([k] * (len(t) + 1))
big = ''.join(big)
pos = 0
shownMedia = 0
def mediaBefore(at):
    global shownMedia
    while shownMedia < len(media) and media[shownMedia][0] <= at:
        off, kind, alt = media[shownMedia]
        print(f'     ~~ {kind}' + (f' (alt: {alt})' if alt else ''))
        shownMedia += 1
for i, line in enumerate(lines, 1):
    t = norm(line)
    if not t:
        print(f'{i:4d}')
        continue
    hint = ''
    if big:
        probe = t[:30]
        at = big.find(probe, pos)
        if at < 0 or at - pos > 20000:
            at2 = big.find(probe)
            at = at2 if at2 >= 0 else -1
        if at >= 0:
            if at >= pos:
                mediaBefore(at)
            k = owner[at]
            hint = nodes[k][1]
            # mark a line that spans several nodes whose markup differs
            pos = at + len(probe)
    shown = line if full or len(line) <= 320 else line[:300] + f' …[+{len(line)-300} chars]'
    print(f'{i:4d} [{hint[:70]}] {shown}')
