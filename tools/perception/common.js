'use strict';
// Shared helpers of the perception check: the image sample of a pain3d dataset, PNG/JPEG
// decoding, file:// model loading without network, and the face-box hit test.
const fs = require('fs');
const path = require('path');
const { PNG } = require('pngjs');
const jpeg = require('jpeg-js');

/** Serves file:// URLs from disk and refuses every other fetch: no hub downloads at run time. */
function offlineFetch() {
  globalThis.fetch = async (url) => {
    const u = String(url);
    if (u.startsWith('file://')) {
      return new Response(fs.readFileSync(decodeURI(u.slice(7))), { status: 200 });
    }
    throw new Error('network access refused by the perception check: ' + u);
  };
}

/** Splits a seed into a reproducible stream (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The images to analyse: every neutral image, every pain set in the frontal view, and
 * `sidePain` pain sets per identity (seeded) in every other view. Rows come from
 * metadata.jsonl; each row gets `box`: the bounding box [x0, y0, x1, y1] (pixels) of the
 * 68 landmarks of its view, from the image's own annotation, or for a neutral image without
 * landmarks from the first pain set's annotation of that view (same camera).
 */
function sample(dataset, sidePain, seed) {
  const rows = fs.readFileSync(path.join(dataset, 'metadata.jsonl'), 'utf8').trim().split('\n').map(JSON.parse);
  const byIdentity = new Map();
  for (const r of rows) {
    if (!byIdentity.has(r.identity)) byIdentity.set(r.identity, []);
    byIdentity.get(r.identity).push(r);
  }
  const out = [];
  const next = rng(seed);
  for (const [id, list] of [...byIdentity.entries()].sort((a, b) => a[0] - b[0])) {
    const levels = [...new Set(list.filter(r => r.kind === 'pain').map(r => r.pain_index))].sort((a, b) => a - b);
    const side = new Set();
    while (side.size < Math.min(sidePain, levels.length)) side.add(levels[Math.floor(next() * levels.length)]);
    const firstPain = levels.length ? annotation(dataset, list.find(r => r.kind === 'pain' && r.pain_index === levels[0])) : null;
    for (const r of list) {
      const keep = r.kind === 'neutral' || r.view === 0 || side.has(r.pain_index);
      if (!keep) continue;
      const own = r.kind === 'pain' ? annotation(dataset, r) : neutralAnnotation(dataset, r);
      const lm = landmarksOf(own, r.view) || landmarksOf(firstPain, r.view);
      out.push({ ...r, box: lm ? bbox(lm) : null });
    }
  }
  return out;
}

const annCache = new Map();
function annotation(dataset, row) {
  const file = path.join(dataset, 'annotations', row.annotation_base_name + '_annotations.json');
  if (!annCache.has(file)) annCache.set(file, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
  return annCache.get(file);
}

function neutralAnnotation(dataset, row) {
  return annotation(dataset, row);
}

function landmarksOf(ann, view) {
  if (!ann || !ann.views) return null;
  const v = ann.views.find(x => x.view === view);
  return v && v.landmarks ? v.landmarks : null;
}

function bbox(lm) {
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const [x, y] of lm) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

/**
 * A detection [x, y, w, h] finds the face when it covers at least half of the landmark box
 * and is at most 6 times its area (a box around the whole image does not count).
 */
function hits(det, box) {
  if (!box) return true;
  const [x0, y0, x1, y1] = box;
  const ix = Math.max(0, Math.min(x1, det[0] + det[2]) - Math.max(x0, det[0]));
  const iy = Math.max(0, Math.min(y1, det[1] + det[3]) - Math.max(y0, det[1]));
  const area = (x1 - x0) * (y1 - y0);
  return ix * iy >= 0.5 * area && det[2] * det[3] <= 6 * area;
}

/** Reads the rows written by sample.js. */
function readSample(file) {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map(JSON.parse);
}

/** Decodes a PNG or JPEG into {width, height, rgb: Uint8Array(h*w*3)}. */
function readRgb(file) {
  const buf = fs.readFileSync(file);
  const img = file.endsWith('.png') ? PNG.sync.read(buf) : jpeg.decode(buf, { useTArray: true });
  const n = img.width * img.height;
  const rgb = new Uint8Array(3 * n);
  for (let i = 0; i < n; i++) {
    rgb[3 * i] = img.data[4 * i];
    rgb[3 * i + 1] = img.data[4 * i + 1];
    rgb[3 * i + 2] = img.data[4 * i + 2];
  }
  return { width: img.width, height: img.height, rgb };
}

/** Parses --key value arguments. */
function args(defaults) {
  const a = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const k = argv[i].replace(/^--/, '');
    if (!(k in a)) throw new Error('unknown option --' + k + ' (known: ' + Object.keys(a).join(', ') + ')');
    a[k] = typeof a[k] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
  }
  for (const k of Object.keys(a)) if (a[k] === '') throw new Error('missing option --' + k);
  return a;
}

module.exports = { offlineFetch, sample, readSample, hits, readRgb, args };
