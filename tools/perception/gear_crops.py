#!/usr/bin/python3
"""Summarises gear-crops.js: per crop variant, the share of men and of women GEAR reads with
their labelled gender, the balanced accuracy, GEAR's race agreement for the four groups it
has a class for, and its race counts.

Usage: /usr/bin/python3 gear_crops.py FILE.jsonl
"""
import collections
import json
import sys

RACE = {'White': 'white', 'Black': 'black', 'East Asian': 'asian', 'South Asian': 'indian'}


def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    print(f'{len(rows)} faces')
    for v in rows[0]['variants']:
        seen = {}
        for g in ('man', 'woman'):
            rs = [r for r in rows if r['demographics']['gender'] == g]
            if rs:
                seen[g] = sum((r['variants'][v]['female'] > 0.5) == (g == 'woman') for r in rs) / len(rs)
        known = [r for r in rows if r['demographics'].get('ethnicity') in RACE]
        eth = (f"{sum(r['variants'][v]['race'] == RACE[r['demographics']['ethnicity']] for r in known) / len(known):.2f}"
               if known else '-')
        bal = f'{sum(seen.values()) / len(seen):.2f}' if len(seen) == 2 else '-'
        races = collections.Counter(r['variants'][v]['race'] for r in rows).most_common()
        print(f"{v:12s} men {seen.get('man', float('nan')):.2f} women {seen.get('woman', float('nan')):.2f} "
              f"balanced {bal} race agreement {eth} {dict(races)}")


if __name__ == '__main__':
    main()
