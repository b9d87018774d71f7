#!/usr/bin/python3
"""Breaks the perception check down by group and by look parameter, to see which faces the
instruments misread (a diagnostic next to summarise.py; not part of CI).

Usage: /usr/bin/python3 breakdown.py (--dataset DATASET_DIR | --gallery GALLERY_DIR) --dir RUN_DIR
Reads RUN_DIR's sample.jsonl, human.jsonl and faceapi.jsonl, and each identity's recorded
appearance (its neutral annotation in DATASET_DIR, or its cell in GALLERY_DIR/gallery.json for
a probe.sh run); prints, per model, the share of images
read with the labelled gender by gender x age group, by facial hair / hair style and by hair
parting (where the annotations record it), the mean
perceived age by age group x gender, GEAR's race by ethnicity, and detection per view by hair
style.
"""
import argparse
import collections
import json
import os


def load(path):
    with open(path) as f:
        return {r['file']: r for r in map(json.loads, f)}


def appearance(dataset, identity):
    p = os.path.join(dataset, 'annotations', 'neutral', f'sample_{identity:05d}_neutral_annotations.json')
    if not os.path.exists(p):
        return {}
    with open(p) as f:
        return json.load(f).get('appearance') or {}


def table(title, groups):
    print(f'\n{title}')
    for k in sorted(groups):
        v = groups[k]
        print(f'  {k:<40} {sum(v) / len(v):6.2f}  (n {len(v)})')


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--dataset')
    p.add_argument('--gallery')
    p.add_argument('--dir', required=True)
    a = p.parse_args()
    sample = [json.loads(l) for l in open(os.path.join(a.dir, 'sample.jsonl'))]
    human = load(os.path.join(a.dir, 'human.jsonl'))
    fapi = load(os.path.join(a.dir, 'faceapi.jsonl'))
    looks = {}
    if a.gallery:
        with open(os.path.join(a.gallery, 'gallery.json')) as f:
            looks = {c['index']: c.get('appearance') or {} for c in json.load(f)['cells']}
    for s in sample:
        if s['identity'] not in looks:
            looks[s['identity']] = appearance(a.dataset, s['identity']) if a.dataset else {}
    getters = {
        'faceapi': lambda s: (fapi.get(s['file']) or {}).get('agegender'),
        'faceres': lambda s: (human.get(s['file']) or {}).get('faceres'),
        'gear': lambda s: (human.get(s['file']) or {}).get('gear'),
    }
    for name, get in getters.items():
        by_group = collections.defaultdict(list)
        by_hair = collections.defaultdict(list)
        by_parting = collections.defaultdict(list)
        ages = collections.defaultdict(list)
        for s in sample:
            r = get(s)
            if not r or 'gender' not in r:
                continue
            d = s['demographics']
            ok = {'male': 'man', 'female': 'woman'}.get(r['gender']) == d['gender']
            by_group[f"{d['gender']} {d['age_group']}"].append(ok)
            look = looks[s['identity']]
            key = look.get('facial_hair', '?') if d['gender'] == 'man' else look.get('hair_style', '?')
            by_hair[f"{d['gender']} {key}"].append(ok)
            if 'hair_parting' in look:
                by_parting[f"{d['gender']} {look['hair_parting']}"].append(ok)
            if r.get('age') is not None:
                ages[f"{d['age_group']} {d['gender']}"].append(r['age'])
        table(f'{name}: labelled gender seen, by gender x age', by_group)
        table(f'{name}: labelled gender seen, men by facial hair, women by hair style', by_hair)
        if by_parting:
            table(f'{name}: labelled gender seen, by hair parting (datasets that record it)', by_parting)
        table(f'{name}: mean perceived age', ages)
    race = collections.defaultdict(collections.Counter)
    for s in sample:
        g = (human.get(s['file']) or {}).get('gear')
        if g and g.get('race'):
            race[s['demographics']['ethnicity']][max(g['race'], key=lambda r: r['score'])['race']] += 1
    print('\nGEAR race by ethnicity')
    for k in sorted(race):
        print(f'  {k:<16} {dict(race[k])}')
    det = collections.defaultdict(list)
    for s in sample:
        f = fapi.get(s['file'])
        if f is not None:
            det[f"view {s['view']} {looks[s['identity']].get('hair_style', '?')}"].append(f['ssd'])
    table('SSD-MobileNet detection by view x hair style', det)


if __name__ == '__main__':
    main()
