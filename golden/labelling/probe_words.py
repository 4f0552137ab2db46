#!/usr/bin/env python3
"""Can a line's own words find captions? A probe outside winnow (README, Quality, fifth pass).

A logistic model over hashed features of each visible line of the tune part's dumps: its words and word
pairs (the first 40), its length bin and last character, its first word, and the length bin and first
three words of the lines above and below; fitted by SGD (numpy) on four fifths of the tune pages and
scored on the fifth, page-wise, five times; caption against every other label. Prints caption
precision, recall and F1 at three thresholds. usage: python3 golden/labelling/probe_words.py
"""
import math, os, random, re, collections, zlib
import numpy as np
GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def read(path):
    return [tuple(line.rstrip('\n').split('\t', 1)) for line in open(path, encoding='utf-8')]


def cases(part):
    for line in open(os.path.join(GOLDEN, 'split.tsv'), encoding='utf-8'):
        row = line.rstrip('\n').split('\t')
        if not line.startswith('#') and len(row) == 2 and row[1] == part:
            t = read(os.path.join(GOLDEN, 'cases', row[0], 'truth.labels.tsv'))
            yield row[0], t
D=1<<18
def h(s): return zlib.crc32(s.encode())&(D-1)
def toks(s): return re.findall(r"\w+",s.lower())
def wb(n): return 0 if n==0 else 1 if n<=3 else 2 if n<=6 else 3 if n<=12 else 4 if n<=25 else 5
def feats(vis_texts,k):
    x=vis_texts[k]; w=toks(x); f=['b','wb%d'%wb(len(w)),'end:'+(x.strip()[-1:] if x.strip() else '')]
    f+=['w:'+t for t in w[:40]]+['bg:'+a+'_'+b for a,b in zip(w,w[1:40])]
    if w: f.append('first:'+w[0])
    for name,j in (('p',k-1),('n',k+1)):
        if 0<=j<len(vis_texts):
            y=toks(vis_texts[j]); f.append(name+'wb%d'%wb(len(y))); f+=[name+':'+t for t in y[:3]]
        else: f.append(name+':none')
    return [h(s) for s in f]
data=[]  # (case, features, is a caption)
for c,t in cases('tune'):
    vis=[i for i,(l,x) in enumerate(t) if l!='blank']
    texts=[t[i][1] for i in vis]
    for k,i in enumerate(vis):
        data.append((c,feats(texts,k),t[i][0]=='caption'))
names=sorted({d[0] for d in data}); random.Random(5).shuffle(names)
fold={c:n%5 for n,c in enumerate(names)}
def train(rows,epochs=8,lr=0.2):
    W=np.zeros(D); pos=sum(1 for r in rows if r[2]); wpos=(len(rows)-pos)/max(pos,1)
    wpos=min(wpos,10)
    for e in range(epochs):
        random.Random(e).shuffle(rows)
        for _,f,y in rows:
            z=W[f].sum(); p=1/(1+math.exp(-max(-30,min(30,z))))
            g=(p-y)*(wpos if y else 1)
            W[f]-=lr*g
    return W
res=collections.Counter()
for th in (0.5,0.7,0.9): res[th]=collections.Counter()
for k in range(5):
    tr=[d for d in data if fold[d[0]]!=k]; te=[d for d in data if fold[d[0]]==k]
    W=train(list(tr))
    for c,f,y in te:
        z=W[f].sum(); p=1/(1+math.exp(-max(-30,min(30,z))))
        for th in (0.5,0.7,0.9):
            pred = p>th
            res[th][(y,pred)]+=1
for th in (0.5,0.7,0.9):
    r=res[th]; tp=r[(True,True)]; fp=r[(False,True)]; fn=r[(True,False)]
    P=tp/(tp+fp) if tp+fp else 0; R=tp/(tp+fn); F=2*P*R/(P+R) if P+R else 0
    print('threshold %.1f caption P %.3f R %.3f F1 %.3f'%(th,P,R,F))
