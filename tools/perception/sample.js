'use strict';
// Writes the image sample of the perception check: every neutral image, every pain set in
// view 0, and --side pain sets per identity (seeded) in the other views; each row carries
// the landmark box of its view (see common.js).
// Usage: node sample.js --dataset DIR --out sample.jsonl [--side 3] [--seed 1]
const fs = require('fs');
const { sample, args } = require('./common');

const a = args({ dataset: '', out: '', side: 3, seed: 1 });
const rows = sample(a.dataset, a.side, a.seed);
fs.writeFileSync(a.out, rows.map(r => JSON.stringify(r)).join('\n') + '\n');
process.stderr.write(`sample: ${rows.length} images\n`);
