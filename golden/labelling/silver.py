#!/usr/bin/env python3
"""Silver labels for the line model: WCXB dev dumps labelled by winnow's HTML path (rules and markup alone).

The markup of a page says much that its dump does not (a <figcaption>, a byline class, an ad slot). This
script carries the labels winnow gives a page's HTML lines, without the line model, over to the lines of
the same page's dump, so that the model can learn from many more pages what dump lines of each role
look like. Pages of the truth (golden/cases, tune and check) are left out. A dump line is matched to an
HTML line by its text (difflib's longest matching runs, in order); a page is kept when at least
MIN_MATCHED of its visible lines matched, and an unmatched line takes the label of the matched line
before it (or after it, at the top). The gold tune cases are copied beside the silver ones, all marked
tune, so that `winnow train --labels OUT` fits on both.

usage: silver.py HTML_JSONL_DIR DUMPS_DIR GOLDEN_CASES OUT
  HTML_JSONL_DIR  winnow clean --format jsonl --no-line-model -o DIR ../shared/dev/wcxb/html
  DUMPS_DIR       ../shared/dev/wcxb-dumps
"""
import difflib, json, os, re, shutil, sys

from spans2tsv import blank  # the truth's notion of a blank line

MIN_MATCHED = 0.9


def norm(s):
    return ' '.join(s.split())


def truth_pages(golden):
    """The WCXB page ids of the truth's cases, and the cases of the tune split."""
    pages, tune = set(), []
    for c in os.listdir(golden):
        m = re.match(r'(?:wcxb|html)-(\d{4})$', c)
        if m:
            pages.add(m.group(1))
        props = os.path.join(golden, c, 'case.properties')
        if os.path.exists(props):
            for line in open(props, encoding='utf-8'):
                m = re.match(r'source=WCXB dev (\d{4})', line)
                if m:
                    pages.add(m.group(1))
    for line in open(os.path.join(os.path.dirname(os.path.abspath(golden)), 'split.tsv'), encoding='utf-8'):
        row = line.rstrip('\n').split('\t')
        if not line.startswith('#') and len(row) == 2 and row[1] == 'tune':
            tune.append(row[0])
    return pages, tune


def silver_labels(dump_lines, html_lines):
    """The labels of a dump's lines from the HTML lines', and the share of visible lines matched."""
    visible = [i for i, line in enumerate(dump_lines) if not blank(line)]
    ours = [norm(dump_lines[i]) for i in visible]
    theirs = [norm(h['text']) for h in html_lines]
    matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    labels = [None] * len(visible)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            labels[block.a + k] = html_lines[block.b + k]['label']
    matched = sum(1 for label in labels if label) / len(visible) if visible else 0
    last = None
    for k in range(len(labels)):
        last = labels[k] = labels[k] or last
    following = None
    for k in range(len(labels) - 1, -1, -1):
        following = labels[k] = labels[k] or following or 'navigation'
    out = ['blank'] * len(dump_lines)
    for k, i in enumerate(visible):
        out[i] = labels[k]
    return out, matched


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    jsonl_dir, dumps_dir, golden, out = sys.argv[1:]
    exclude, tune = truth_pages(golden)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    kept, seen = [], 0
    for name in sorted(os.listdir(jsonl_dir)):
        page = name.split('.')[0]
        if page in exclude:
            continue
        seen += 1
        doc = json.loads(open(os.path.join(jsonl_dir, name), encoding='utf-8').readline())
        html_lines = [h for h in doc['lines'] if h['label'] != 'blank' and norm(h['text'])]
        raw = open(os.path.join(dumps_dir, page + '.txt'), encoding='utf-8', newline='').read()
        lines = re.split(r'\r\n|\r|\n', raw)
        if lines and lines[-1] == '':
            lines.pop()
        labels, matched = silver_labels(lines, html_lines)
        if matched < MIN_MATCHED:
            continue
        case = os.path.join(out, 'silver-' + page)
        os.makedirs(case)
        open(os.path.join(case, 'input.txt'), 'w', encoding='utf-8', newline='').write(raw)
        with open(os.path.join(case, 'truth.labels.tsv'), 'w', encoding='utf-8', newline='') as tsv:
            for label, text in zip(labels, lines):
                tsv.write(label + '\t' + text + '\n')
        with open(os.path.join(case, 'case.properties'), 'w', encoding='utf-8') as props:
            props.write('source=WCXB dev %s\nshape=dump\nlabelled_by=silver.py: winnow HTML path, rules and markup alone\n' % page)
        kept.append('silver-' + page)
    for case in tune:
        shutil.copytree(os.path.join(golden, case), os.path.join(out, case))
    with open(os.path.join(out, 'split.tsv'), 'w', encoding='utf-8') as split:
        split.write('# silver.py: WCXB dev pages labelled from their HTML (not truth), and the truth\'s tune cases\n')
        for case in kept + tune:
            split.write(case + '\ttune\n')
    print('%d silver pages of %d (at least %.0f%% of visible lines matched), %d tune cases'
          % (len(kept), seen, 100 * MIN_MATCHED, len(tune)))


if __name__ == '__main__':
    main()
