#!/usr/bin/env python3
"""Agreement of two labellings of the same pages: per-label F1 of one against the other, Cohen's kappa."""
import sys, os, collections
a_dir, b_dir = sys.argv[1], sys.argv[2]
L = ['body', 'caption', 'credit', 'ad', 'navigation']
conf = collections.Counter(); n = 0; diffs = []
for f in sorted(os.listdir(b_dir)):
    A = [r.split('\t', 1) for r in open(os.path.join(a_dir, f), encoding='utf-8').read().split('\n')[:-1]]
    B = [r.split('\t', 1) for r in open(os.path.join(b_dir, f), encoding='utf-8').read().split('\n')[:-1]]
    assert len(A) == len(B), f
    for i, ((la, t), (lb, _)) in enumerate(zip(A, B)):
        if la == 'blank':
            continue
        conf[(la, lb)] += 1; n += 1
        if la != lb:
            diffs.append((f[:-4], i + 1, la, lb, t[:100]))
po = sum(conf[(l, l)] for l in L) / n
pa = {l: sum(conf[(l, m)] for m in L) / n for l in L}
pb = {l: sum(conf[(m, l)] for m in L) / n for l in L}
pe = sum(pa[l] * pb[l] for l in L)
kappa = (po - pe) / (1 - pe)
print(f'pages {len(os.listdir(b_dir))}, visible lines {n}, observed agreement {po:.3f}, Cohen kappa {kappa:.3f}')
for l in L:
    tp = conf[(l, l)]; pa_ = sum(conf[(l, m)] for m in L); pb_ = sum(conf[(m, l)] for m in L)
    f1 = 2 * tp / (pa_ + pb_) if pa_ + pb_ else 0
    print(f'{l:11s} F1 {f1:.3f}  (A {pa_}, B {pb_}, both {tp})')
print('confusion (rows A, cols B):')
print(' ' * 11 + ''.join(f'{m:>11s}' for m in L))
for l in L:
    print(f'{l:11s}' + ''.join(f'{conf[(l, m)]:11d}' for m in L))
if '--diffs' in sys.argv:
    for d in diffs:
        print('%s:%d A=%s B=%s  %s' % d)
