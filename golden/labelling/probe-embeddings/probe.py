#!/usr/bin/env python3
"""Does a pretrained sentence encoder find captions? A probe outside winnow (golden/labelling/README.md).

Every visible line of the tune part's truth cases is embedded with all-MiniLM-L6-v2 (quantised, 384
numbers; Embed.java, built here with Maven), and a multinomial logistic model (numpy, Adam, labels
weighted by the square root of their rarity) is fitted on four fifths of the tune pages and scored on
the fifth, page-wise, five times (the folds of probe_words.py), on four sets of inputs: the line's
embedding; its shape alone (word count bins, last character, capital, digits, the neighbours' lengths);
both; and both with the embeddings of the lines above and below and the three cosines between the
three. Then the decision the rules leave hardest: among lines of at most 40 words that the truth labels
body or caption, caption against body (AUC, and the best F1 over thresholds, chosen on the scored
folds themselves: an upper bound). usage: python3 probe.py   (from this folder; needs mvn and java)
"""
import collections, os, random, subprocess, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, '..', '..')
WORK = os.path.join(HERE, 'target')
LABELS = ['body', 'caption', 'credit', 'ad', 'navigation']


def tune_lines():
    """(case, label, text) of every visible line of the tune cases, in case-name and line order."""
    out = []
    for row in open(os.path.join(GOLDEN, 'split.tsv'), encoding='utf-8'):
        parts = row.rstrip('\n').split('\t')
        if row.startswith('#') or len(parts) != 2 or parts[1] != 'tune':
            continue
        for line in open(os.path.join(GOLDEN, 'cases', parts[0], 'truth.labels.tsv'), encoding='utf-8'):
            label, _, text = line.rstrip('\n').partition('\t')
            if label != 'blank' and text.strip():
                out.append((parts[0], label, text.strip()[:400].replace('\t', ' ')))
    return sorted(out, key=lambda r: r[0])  # stable: line order kept within a case


def embeddings(lines):
    path = os.path.join(WORK, 'tune.embeddings.tsv')
    if not os.path.exists(path):
        subprocess.run(['mvn', '-B', '-q', 'package', 'dependency:copy-dependencies',
                        '-DoutputDirectory=target/lib'], cwd=HERE, check=True)
        feed = ''.join(f'{i}\t{t}\n' for i, (_, _, t) in enumerate(lines)).encode('utf-8')
        with open(path + '.tmp', 'wb') as out:
            subprocess.run(['java', '-cp', 'target/classes:target/lib/*', 'Embed'], cwd=HERE, input=feed,
                           stdout=out, check=True)
        os.replace(path + '.tmp', path)
    rows = [line.rstrip('\n').split('\t') for line in open(path)]
    assert [int(k) for k, _ in rows] == list(range(len(lines)))
    return np.array([np.array(v.split(), dtype=np.float32) for _, v in rows])


def fit(X, Y, weight, epochs=300, l2=1e-4):
    """Multinomial logistic regression by full-batch Adam: weights and biases."""
    W = np.zeros((X.shape[1], Y.shape[1])); b = np.zeros(Y.shape[1])
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    for t in range(1, epochs + 1):
        Z = X @ W + b
        P = np.exp(Z - Z.max(1, keepdims=True)); P /= P.sum(1, keepdims=True)
        G = (P - Y) * weight[:, None]
        gW, gb = X.T @ G / len(X) + l2 * W, G.mean(0)
        mW = 0.9 * mW + 0.1 * gW; vW = 0.999 * vW + 0.001 * gW ** 2
        mb = 0.9 * mb + 0.1 * gb; vb = 0.999 * vb + 0.001 * gb ** 2
        W -= 0.01 * (mW / (1 - 0.9 ** t)) / (np.sqrt(vW / (1 - 0.999 ** t)) + 1e-8)
        b -= 0.01 * (mb / (1 - 0.9 ** t)) / (np.sqrt(vb / (1 - 0.999 ** t)) + 1e-8)
    return W, b


def auc(score, positive):
    ranks = np.empty(len(score)); ranks[np.argsort(score)] = np.arange(len(score))
    p = positive.sum()
    return (ranks[positive].sum() - p * (p - 1) / 2) / (p * (~positive).sum())


def main():
    lines = tune_lines()
    E = embeddings(lines)
    n = len(lines)
    case = [c for c, _, _ in lines]
    texts = [t for _, _, t in lines]
    y = np.array([LABELS.index(l) for _, l, _ in lines])
    same_prev = np.array([i > 0 and case[i - 1] == case[i] for i in range(n)])
    same_next = np.array([i + 1 < n and case[i + 1] == case[i] for i in range(n)])
    prev = np.where(same_prev[:, None], np.roll(E, 1, axis=0), 0)
    nxt = np.where(same_next[:, None], np.roll(E, -1, axis=0), 0)
    words = np.array([len(t.split()) for t in texts])
    shape = np.array([[np.log1p(w), w <= 3, 4 <= w <= 10, 11 <= w <= 25, w > 25, t.endswith('.'), t.endswith(':'),
                       t[:1].isupper(), any(ch.isdigit() for ch in t)] for t, w in zip(texts, words)], dtype=np.float32)
    around = np.c_[np.where(same_prev, np.log1p(np.roll(words, 1)), 0), np.where(same_next, np.log1p(np.roll(words, -1)), 0)]
    cos = lambda a, b: (a * b).sum(1)
    inputs = {
        'the line\'s embedding': E,
        'shape alone': np.hstack([shape, around]),
        'embedding and shape': np.hstack([E, shape, around]),
        'and the neighbours\' embeddings': np.hstack([E, prev, nxt, np.c_[cos(E, prev), cos(E, nxt), cos(prev, nxt),
                                                                           same_prev, same_next], shape, around]),
    }
    names = sorted(set(case)); random.Random(5).shuffle(names)
    fold = np.array([{c: j % 5 for j, c in enumerate(names)}[c] for c in case])
    print(f'{n} lines of {len(names)} tune pages; {np.bincount(y, minlength=5).tolist()} per label {LABELS}')
    print('\nfive labels, page-wise 5-fold:')
    for name, X in inputs.items():
        X = (X - X.mean(0)) / (X.std(0) + 1e-6)
        predicted = np.zeros(n, dtype=int)
        for k in range(5):
            train, test = fold != k, fold == k
            rarity = (train.sum() / (5 * np.bincount(y[train], minlength=5))) ** 0.5
            W, b = fit(X[train], np.eye(5)[y[train]], rarity[y[train]])
            predicted[test] = (X[test] @ W + b).argmax(1)
        f1 = []
        for l in range(5):
            tp = ((predicted == l) & (y == l)).sum()
            p, r = tp / max((predicted == l).sum(), 1), tp / max((y == l).sum(), 1)
            f1.append(2 * p * r / max(p + r, 1e-9))
        print(f'  {name:34s} macro-F1 {np.mean(f1):.3f}  ' + '  '.join(f'{LABELS[l]} {f1[l]:.3f}' for l in range(5)))
    hard = ((y == 0) | (y == 1)) & (words <= 40)
    print(f'\ncaption against body, lines of at most 40 words ({hard.sum()} lines, {(y[hard] == 1).sum()} captions):')
    for name, X in inputs.items():
        X = X[hard]; X = (X - X.mean(0)) / (X.std(0) + 1e-6)
        Y = y[hard] == 1; F = fold[hard]
        score = np.zeros(len(Y))
        for k in range(5):
            train, test = F != k, F == k
            weight = np.where(Y[train], (~Y[train]).sum() / Y[train].sum(), 1.0) ** 0.5
            W, b = fit(X[train], np.eye(2)[Y[train].astype(int)], weight)
            z = X[test] @ W + b; score[test] = z[:, 1] - z[:, 0]
        best = max(2 * ((score > t) & Y).sum() / ((score > t).sum() + Y.sum())
                   for t in np.quantile(score, np.linspace(0.5, 0.995, 60)))
        print(f'  {name:34s} AUC {auc(score, Y):.3f}  best caption F1 {best:.3f}')


if __name__ == '__main__':
    sys.exit(main())
