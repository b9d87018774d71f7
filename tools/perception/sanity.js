'use strict';
// Sanity check of the perception models on the real photographs that ship inside the npm
// packages (face-api's demo images: groups of women). Each model should call most faces
// female; a model that does not is not usable as a gender judge.
// Usage: node sanity.js [CROPS.json]   (CROPS.json: the face boxes found, optional)
const fs = require('fs');
const path = require('path');
const { offlineFetch, readRgb } = require('./common');

offlineFetch();
const tf = require('@tensorflow/tfjs');
const wasm = require('@tensorflow/tfjs-backend-wasm');
const faceapi = require('./node_modules/@vladmandic/face-api/dist/face-api.node-wasm.js');

(async () => {
  wasm.setWasmPaths(path.resolve(__dirname, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
  await tf.ready();
  const dir = path.resolve(__dirname, 'node_modules/@vladmandic/face-api/model');
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(dir);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(dir);
  await faceapi.nets.ageGenderNet.loadFromDisk(dir);
  const demo = path.resolve(__dirname, 'node_modules/@vladmandic/face-api/demo');
  const files = fs.readdirSync(demo).filter(f => /^sample\d\.jpg$/.test(f)).map(f => path.join(demo, f));
  let female = 0;
  let total = 0;
  const crops = [];
  for (const f of files) {
    const img = readRgb(f);
    const t = tf.tensor3d(img.rgb, [img.height, img.width, 3], 'int32');
    const res = await faceapi.detectAllFaces(t, new faceapi.SsdMobilenetv1Options({ minConfidence: 0.4 }))
      .withFaceLandmarks().withAgeAndGender();
    for (const r of res) {
      total++;
      female += r.gender === 'female' ? 1 : 0;
      const b = r.detection.box;
      crops.push({ file: path.basename(f), box: [b.x, b.y, b.width, b.height], faceapi: r.gender, age: r.age });
    }
    tf.dispose(t);
  }
  console.log(`face-api on real photos: ${female}/${total} faces called female`);
  // The face boxes, for a look at what was found: only where asked (the repo has no out/ folder).
  if (process.argv[2]) fs.writeFileSync(process.argv[2], JSON.stringify(crops));
})().catch(e => { console.error('sanity.js: error: ' + (e && e.stack || e)); process.exit(1); });
