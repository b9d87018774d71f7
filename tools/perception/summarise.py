#!/usr/bin/python3
"""Summarises the perception check: joins sample.jsonl with the per-model rows and writes
the metrics (JSON) and a Markdown table.

Usage: /usr/bin/python3 summarise.py --dir RUN_DIR [--label NAME]
RUN_DIR holds sample.jsonl, human.jsonl, faceapi.jsonl and haar.jsonl (run.sh writes them).

Metrics (each on the images where that model found the face; coverage reported):
- detection: share of images whose face is found, per view, per detector; SSD also on the
  images mirrored left-right (ssd_mobilenet_mirrored, in runs whose faceapi.jsonl has it): it
  finds faces turned one way less often than the same faces turned the other, so a view's shortfall
  that moves to the other view when mirrored is the detector's;
- gender: balanced accuracy of perceived gender against the label (man/woman);
- age: AUC of perceived age separating elderly from young (Mann-Whitney), and mean ages;
- ethnicity: GEAR's race (UTKFace classes white/black/asian/indian/other) against the label
  for the four groups it has a class for (White, Black, East Asian, South Asian), also per age
  group; Latino and Middle Eastern map to 'other' and are reported in the confusion table only;
  and, where every class's probability was kept, how well each class's probability ranks its
  group's images above the other known groups' (one-vs-rest AUC);
- neutral: share of neutral images whose top expression is neutral, and read as surprise;
- pain: Spearman correlation of the negative-affect score (sad + angry + fear + disgust)
  with PSPI over the frontal images (neutral = PSPI 0), and its mean per PSPI band.
"""
import argparse
import collections
import json
import os

import numpy as np
from scipy.stats import mannwhitneyu, spearmanr

RACE = {'White': 'white', 'Black': 'black', 'East Asian': 'asian', 'South Asian': 'indian',
        'Latino': 'other', 'Middle East': 'other', 'Middle Eastern': 'other'}
NEG_FACEAPI = ('sad', 'angry', 'fearful', 'disgusted')
NEG_HUMAN = ('sad', 'angry', 'fear', 'disgust')
BANDS = ((0, 0), (1, 4), (5, 8), (9, 12), (13, 16))


def load(path):
    with open(path) as f:
        return {r['file']: r for r in map(json.loads, f)}


def balanced_accuracy(truth, pred):
    acc = []
    for cls in ('man', 'woman'):
        idx = [i for i, t in enumerate(truth) if t == cls]
        if idx:
            acc.append(sum(pred[i] == cls for i in idx) / len(idx))
    return float(np.mean(acc)) if acc else None


def auc(pos, neg):
    if not pos or not neg:
        return None
    u = mannwhitneyu(pos, neg).statistic
    return float(u / (len(pos) * len(neg)))


def age_separation(old, young):
    """How an age read separates the elderly from the young: the AUC and the mean ages."""
    return {'auc_elderly_vs_young': auc(old, young), 'mean_elderly': float(np.mean(old)) if old else None,
            'mean_young': float(np.mean(young)) if young else None, 'n': len(old) + len(young)}


def ethnicity_ranking(rows):
    """How well GEAR's class probabilities tell the four known groups apart, free of its
    prior towards one class: per known group, the AUC of its class's probability between
    that group's images and the other known groups' (Mann-Whitney), and their mean. The
    AUCs need every class's probability (human.js since it keeps them all); None otherwise."""
    known = [(s, {r['race']: r['score'] for r in h['gear']['race']}) for s, h, _, _ in rows
             if h.get('gear') and h['gear'].get('race') and RACE.get(s['demographics']['ethnicity'], 'other') != 'other']
    # A row lists every class above Human's threshold; rounded to 0.01, the listed ones sum to
    # about 1 only when the unlisted are about 0 (human.js keeps those above 1e-6).
    if not known or any(sum(p.values()) < 0.97 for _, p in known):
        return {'auc_one_vs_rest': None, 'auc_mean': None}
    aucs = {}
    for eth, cls in RACE.items():
        if cls == 'other' or eth not in {s['demographics']['ethnicity'] for s, _ in known}:
            continue
        pos = [p.get(cls, 0.0) for s, p in known if s['demographics']['ethnicity'] == eth]
        neg = [p.get(cls, 0.0) for s, p in known if s['demographics']['ethnicity'] != eth]
        aucs[eth] = auc(pos, neg)
    vals = [v for v in aucs.values() if v is not None]
    return {'auc_one_vs_rest': aucs, 'auc_mean': float(np.mean(vals)) if vals else None}


def gender_word(g):
    return {'male': 'man', 'female': 'woman'}.get(g)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--dir', required=True)
    p.add_argument('--label', default='')
    a = p.parse_args()
    m = metrics(read_rows(a.dir), a.label)
    with open(os.path.join(a.dir, 'metrics.json'), 'w') as f:
        json.dump(m, f, indent=2)
    with open(os.path.join(a.dir, 'metrics.md'), 'w') as f:
        f.write(markdown(m))
    print(markdown(m))


def read_rows(run_dir):
    """The sample's rows joined with each model's: (sample, human, faceapi, haar) per image."""
    sample = [json.loads(l) for l in open(os.path.join(run_dir, 'sample.jsonl'))]
    human = load(os.path.join(run_dir, 'human.jsonl'))
    fapi = load(os.path.join(run_dir, 'faceapi.jsonl'))
    haar = load(os.path.join(run_dir, 'haar.jsonl'))
    return [(s, human.get(s['file'], {}), fapi.get(s['file'], {}), haar.get(s['file'], {})) for s in sample]


def metrics(rows, label=''):
    """Every measure of the check on joined rows (read_rows)."""
    m = {'label': label, 'images': len(rows), 'identities': len({r[0]['identity'] for r in rows})}

    det = collections.defaultdict(lambda: collections.defaultdict(list))
    # The mirrored read only where every image has it (a run merged by rerun_changed.sh from an
    # older run has it on the re-read images alone).
    mirrored = all('ssd_mirrored' in f for _, _, f, _ in rows if f)
    for s, h, f, c in rows:
        for name, val in (('haar', c.get('haar')), ('haar+lbp_profile', c.get('haar_or_profile')),
                          ('ssd_mobilenet', f.get('ssd')),
                          ('ssd_mobilenet_mirrored', f.get('ssd_mirrored') if mirrored else None),
                          ('tiny_face', f.get('tiny')),
                          ('blazeface', h.get('blazeface'))):
            if val is not None:
                det[name][s['view']].append(val)
                det[name]['all'].append(val)
    m['detection'] = {n: {str(v): float(np.mean(x)) for v, x in views.items()} for n, views in det.items()}

    models = {
        'faceapi': lambda h, f: f.get('agegender'),
        'faceres': lambda h, f: h.get('faceres') if h.get('faceres') and 'age' in h['faceres'] else None,
        'gear': lambda h, f: h.get('gear'),
    }
    m['gender'] = {}
    m['age'] = {}
    for name, get in models.items():
        truth, pred, old, young = [], [], [], []
        for s, h, f, _ in rows:
            r = get(h, f)
            if not r:
                continue
            truth.append(s['demographics']['gender'])
            pred.append(gender_word(r.get('gender')))
            (old if s['demographics']['age_group'] == 'elderly' else young).append(r['age'])
        m['gender'][name] = {'balanced_accuracy': balanced_accuracy(truth, pred), 'n': len(truth),
                             'women_seen_as_women': (sum(1 for t, q in zip(truth, pred) if t == q == 'woman')
                                                     / max(1, truth.count('woman')))}
        m['age'][name] = age_separation(old, young)

    # FaceRes's expected age, the mean over its 100 one-year bins (human.js's age_mean; runs
    # before the thirty-eighth session lack it): its top bin, the age above, sits at 29 for most
    # elderly women whatever they look like, while the mass of its bins moves.
    old, young = [], []
    for s, h, _, _ in rows:
        r = h.get('faceres')
        if r and r.get('age_mean') is not None:
            (old if s['demographics']['age_group'] == 'elderly' else young).append(r['age_mean'])
    m['age_faceres_mean'] = age_separation(old, young) if old and young else None

    conf = collections.defaultdict(collections.Counter)
    known = collections.defaultdict(list)
    for s, h, _, _ in rows:
        g = h.get('gear')
        if not g or not g.get('race'):
            continue
        top = max(g['race'], key=lambda r: r['score'])['race']
        eth = s['demographics']['ethnicity']
        conf[eth][top] += 1
        if RACE.get(eth, 'other') != 'other':
            known[s['demographics']['age_group']].append(top == RACE[eth])
    hits = known['young'] + known['elderly']
    m['ethnicity'] = {'agreement_known_groups': float(np.mean(hits)) if hits else None, 'n': len(hits),
                      'agreement_by_age': {a: float(np.mean(known[a])) if known[a] else None
                                           for a in ('young', 'elderly')},
                      'confusion': {k: dict(v) for k, v in conf.items()}}
    m['ethnicity'].update(ethnicity_ranking(rows))

    neutral = [(h, f) for s, h, f, _ in rows if s['kind'] == 'neutral']
    def top(d):
        return max(d, key=d.get) if d else None
    fa = [top(f.get('expressions')) for _, f in neutral if f.get('expressions')]
    hu = [top(h.get('emotion')) for h, _ in neutral if h.get('emotion')]
    m['neutral'] = {
        'faceapi_neutral': fa.count('neutral') / len(fa) if fa else None,
        'faceapi_surprised': fa.count('surprised') / len(fa) if fa else None,
        'human_neutral': hu.count('neutral') / len(hu) if hu else None,
        'human_surprise': hu.count('surprise') / len(hu) if hu else None,
        'faceapi_top': dict(collections.Counter(fa)), 'human_top': dict(collections.Counter(hu))}

    m['pain'] = {}
    for name, key, neg, src in (('faceapi', 'expressions', NEG_FACEAPI, 2), ('human', 'emotion', NEG_HUMAN, 1)):
        pspi, score = [], []
        for r in rows:
            s, d = r[0], r[src].get(key)
            if s['view'] != 0 or not d:
                continue
            pspi.append(s['PSPI'])
            score.append(sum(d.get(k, 0.0) for k in neg))
        rho = spearmanr(pspi, score).statistic if len(set(pspi)) > 1 else None
        bands = {}
        for lo, hi in BANDS:
            x = [sc for q, sc in zip(pspi, score) if lo <= q <= hi]
            bands[f'{lo}-{hi}'] = float(np.mean(x)) if x else None
        m['pain'][name] = {'spearman_negative_vs_pspi': None if rho is None else float(rho),
                           'mean_negative_by_pspi': bands, 'n': len(pspi)}
    return m


def fmt(x):
    return '-' if x is None else f'{x:.2f}'


# What gear-crops.js found (docs/faces.md): GEAR's gender head is not a gender instrument.
GEAR_GENDER_NOTE = ('GEAR gender is reported for reference only: on real photographs (face-api\'s demo photos, '
                    '23 women) it reads 10 as women with Human\'s crop, fewer with UTKFace-like square crops; '
                    'its colour order and scaling match its training code (tools/perception/gear-crops.js).')


def markdown(m):
    out = [f"# Perception check {m['label']} ({m['images']} images, {m['identities']} identities)", '',
           '| detector | all | view 0 | view 1 | view 2 |', '|---|---|---|---|---|']
    for n, d in m['detection'].items():
        out.append(f"| {n} | {fmt(d.get('all'))} | {fmt(d.get('0'))} | {fmt(d.get('1'))} | {fmt(d.get('2'))} |")
    out += ['', '| model | gender bal. acc. | women seen as women | elderly-vs-young AUC | mean age elderly / young |',
            '|---|---|---|---|---|']
    for n in m['gender']:
        g, a = m['gender'][n], m['age'][n]
        out.append(f"| {n} | {fmt(g['balanced_accuracy'])} | {fmt(g['women_seen_as_women'])} | "
                   f"{fmt(a['auc_elderly_vs_young'])} | {fmt(a['mean_elderly'])} / {fmt(a['mean_young'])} |")
    fm = m.get('age_faceres_mean')
    if fm:
        out += ['', f"FaceRes's expected age (mean over its one-year bins; the table gives its top bin): elderly-vs-young "
                f"AUC {fmt(fm['auc_elderly_vs_young'])}, mean age elderly / young {fmt(fm['mean_elderly'])} / "
                f"{fmt(fm['mean_young'])}"]
    out += ['', GEAR_GENDER_NOTE]
    e, nt = m['ethnicity'], m['neutral']
    out += ['', f"Ethnicity (GEAR, White/Black/East Asian/South Asian): agreement {fmt(e['agreement_known_groups'])} "
            f"(n {e['n']}); young {fmt(e['agreement_by_age']['young'])}, elderly {fmt(e['agreement_by_age']['elderly'])}; "
            f"confusion {json.dumps(e['confusion'], sort_keys=True)}", '',
            'Ethnicity told apart (GEAR, AUC of the group\'s class probability against the other known groups): '
            + ('- (this run kept only the top classes)' if e['auc_one_vs_rest'] is None else
               ', '.join(f'{k} {fmt(v)}' for k, v in e['auc_one_vs_rest'].items()) + f"; mean {fmt(e['auc_mean'])}"), '',
            f"Neutral read as neutral: face-api {fmt(nt['faceapi_neutral'])} (surprised {fmt(nt['faceapi_surprised'])}), "
            f"human {fmt(nt['human_neutral'])} (surprise {fmt(nt['human_surprise'])})", '',
            '| emotion model | Spearman(negative, PSPI) | ' + ' | '.join(f'PSPI {lo}-{hi}' for lo, hi in BANDS) + ' |',
            '|---|---|' + '---|' * len(BANDS)]
    for n, p in m['pain'].items():
        out.append(f"| {n} | {fmt(p['spearman_negative_vs_pspi'])} | "
                   + ' | '.join(fmt(p['mean_negative_by_pspi'][f'{lo}-{hi}']) for lo, hi in BANDS) + ' |')
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    main()
