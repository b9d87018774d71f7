#!/usr/bin/python3
"""Per-class face-api expression means of a probe (expression_probe.sh): by gender and age and by
facial hair style. Usage: expressions.py PROBE_DIR GALLERY_DIR"""
import json, sys, collections
run, gal = sys.argv[1], sys.argv[2]
g = json.load(open(gal + '/gallery.json'))
app = {c['index']: c['appearance'] for c in g['cells']}
S = [json.loads(l) for l in open(run + '/sample.jsonl')]
F = {r['file']: r for r in map(json.loads, open(run + '/faceapi.jsonl'))}
NEG = ('sad', 'angry', 'fearful', 'disgusted')
CL = ('neutral', 'happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised')
def grp(s):
    d = s['demographics']; a = app[s['identity']]
    return {'all': 'all', 'sex-age': d['gender'][0] + '-' + d['age_group'][:3],
            'fh': a.get('facial_hair', 'none') if d['gender'] == 'man' else 'woman'}
for kind in ('neutral', 'pain'):
    rows = [(s, F.get(s['file'])) for s in S if s['kind'] == kind]
    rows = [(s, f) for s, f in rows if f and f.get('expressions')]
    if not rows: continue
    print(f'== {run} {kind} n={len(rows)}  (det {len(rows)}/{sum(1 for s in S if s["kind"] == kind)})')
    for key in ('all', 'sex-age', 'fh'):
        by = collections.defaultdict(list)
        for s, f in rows: by[grp(s)[key]].append(f['expressions'])
        for k in sorted(by):
            e = by[k]; n = len(e)
            top = sum(1 for x in e if max(x, key=x.get) == 'neutral') / n
            neg = sum(sum(x[c] for c in NEG) for x in e) / n
            m = ' '.join(f'{c[:3]}={sum(x[c] for x in e)/n:.2f}' for c in CL)
            print(f'  {key:7s} {k:12s} n={n:2d} top-neutral={top:.2f} neg={neg:.2f} | {m}')
