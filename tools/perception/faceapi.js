'use strict';
// Runs @vladmandic/face-api (SSD MobileNet v1 and Tiny Face Detector, 68 landmarks,
// age/gender, expressions) on a sample of a pain3d dataset; one JSON row per image. SSD also
// reads each image mirrored left-right (ssd_mirrored): it finds faces turned one way less often
// than the same faces turned the other (docs/faces.md, twenty-third session).
// Usage: node faceapi.js --dataset DIR --sample sample.jsonl --out FILE.jsonl
const fs = require('fs');
const path = require('path');
const { offlineFetch, readSample, hits, readRgb, args } = require('./common');

offlineFetch();
const tf = require('@tensorflow/tfjs');
const wasm = require('@tensorflow/tfjs-backend-wasm');
const faceapi = require('./node_modules/@vladmandic/face-api/dist/face-api.node-wasm.js');

function box(d) {
  const b = d.detection ? d.detection.box : d.box;
  return [b.x, b.y, b.width, b.height];
}

(async () => {
  const a = args({ dataset: '', sample: '', out: '' });
  wasm.setWasmPaths(path.resolve(__dirname, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
  await tf.ready();
  const dir = path.resolve(__dirname, 'node_modules/@vladmandic/face-api/model');
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(dir);
  await faceapi.nets.tinyFaceDetector.loadFromDisk(dir);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(dir);
  await faceapi.nets.ageGenderNet.loadFromDisk(dir);
  await faceapi.nets.faceExpressionNet.loadFromDisk(dir);
  const ssd = new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5, maxResults: 5 });
  const tiny = new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 });
  const rows = readSample(a.sample);
  // Written row by row, synchronously: the models keep the event loop busy, so a stream
  // would only reach the disk at the end and an interrupted run would leave nothing.
  const out = fs.openSync(a.out, 'w');
  const t0 = Date.now();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const img = readRgb(path.join(a.dataset, r.file));
    const t = tf.tensor3d(img.rgb, [img.height, img.width, 3], 'int32');
    const full = await faceapi.detectAllFaces(t, ssd).withFaceLandmarks().withAgeAndGender().withFaceExpressions();
    const f = full.find(d => hits(box(d), r.box));
    const tinyHit = (await faceapi.detectAllFaces(t, tiny)).some(d => hits(box(d), r.box));
    const mirrored = tf.reverse(t, 1);
    const mirroredBox = r.box ? [img.width - r.box[2], r.box[1], img.width - r.box[0], r.box[3]] : null;
    const mirroredHit = (await faceapi.detectAllFaces(mirrored, ssd)).some(d => hits(box(d), mirroredBox));
    tf.dispose([t, mirrored]);
    fs.writeSync(out, JSON.stringify({
      file: r.file, identity: r.identity, kind: r.kind, view: r.view, pain_index: r.pain_index, PSPI: r.PSPI,
      demographics: r.demographics,
      ssd: f ? 1 : 0, ssd_mirrored: mirroredHit ? 1 : 0, tiny: tinyHit ? 1 : 0,
      agegender: f ? { age: f.age, gender: f.gender, gender_score: f.genderProbability } : null,
      expressions: f ? Object.fromEntries(Object.entries(f.expressions)) : null,
    }) + '\n');
    if ((i + 1) % 50 === 0) process.stderr.write(`face-api: ${i + 1}/${rows.length} ${((Date.now() - t0) / (i + 1)).toFixed(0)} ms/image\n`);
  }
  fs.closeSync(out);
})().catch(e => { console.error('faceapi.js: error: ' + (e && e.stack || e)); process.exit(1); });
