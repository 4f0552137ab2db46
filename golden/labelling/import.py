#!/usr/bin/env python3
"""Writes labelled pages into golden/cases: input.txt (the dump, or its WET shape), truth.labels.tsv,
page.html.gz (the HTML the dump was rendered from) and case.properties.
usage: import.py META.json TRUTH.tsv HTML_FILE(.gz) CASES_DIR"""
import sys, json, os, gzip, shutil
meta = json.load(open(sys.argv[1])); truth = sys.argv[2]; html = sys.argv[3]; cases = sys.argv[4]
d = os.path.join(cases, meta['case']); os.makedirs(d, exist_ok=True)
rows = open(truth, encoding='utf-8').read().split('\n')[:-1]
if meta['shape'] == 'wet':
    rows = [r for r in rows if not r.startswith('blank\t')]
with open(os.path.join(d, 'truth.labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
    f.write(''.join(r + '\n' for r in rows))
with open(os.path.join(d, 'input.txt'), 'w', encoding='utf-8', newline='\n') as f:
    f.write(''.join(r.split('\t', 1)[1] + '\n' for r in rows))
if html.endswith('.gz'):
    shutil.copy(html, os.path.join(d, 'page.html.gz'))
else:
    with open(html, 'rb') as i, gzip.open(os.path.join(d, 'page.html.gz'), 'wb', 9) as o:
        o.write(i.read())
props = [f"source={meta['source']}", f"url={meta['url']}", f"page_type={meta['type']}", f"language={meta['lang']}",
         f"shape={meta['shape']}", f"license={meta['license']}", f"labelled_by={meta['labelled_by']}"]
open(os.path.join(d, 'case.properties'), 'w', encoding='utf-8').write('\n'.join(props) + '\n')
