// Shared helpers of the pain3d page: DOM building, the JSON API, errors, small SVG charts.

/** Creates an element: el('div', {class: 'x', onclick: f}, child, 'text', ...). */
export function el(tag, attrs = {}, ...children) {
  const svg = ['svg', 'circle', 'rect', 'line', 'polyline', 'text', 'g', 'path'].includes(tag);
  const e = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** Removes every child of an element and adds new ones. */
export function fill(parent, ...children) {
  parent.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
  return parent;
}

/** An error of the API: the JSON body's one line, kind and status. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : 'HTTP ' + status);
    this.status = status;
    this.kind = body && body.kind;
  }
}

async function answer(r) {
  const type = r.headers.get('Content-Type') || '';
  if (!r.ok) {
    let body = null;
    try { body = type.startsWith('application/json') ? await r.json() : null; } catch (e) { body = null; }
    throw new ApiError(r.status, body);
  }
  return type.startsWith('application/json') ? r.json() : r.blob();
}

/** GET a JSON (or binary) answer. */
export async function get(path) {
  return answer(await fetch(path));
}

/** POST a JSON body. */
export async function post(path, body) {
  return answer(await fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)}));
}

/** POST a form (multipart). */
export async function postForm(path, form) {
  return answer(await fetch(path, {method: 'POST', body: form}));
}

/** Shows an error line at the top of the page (null hides it). */
export function showError(e) {
  const box = document.getElementById('error');
  if (!e) { box.hidden = true; return; }
  box.textContent = e.message || String(e);
  box.hidden = false;
}

/** Saves a blob as a download. */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', {href: url, download: name});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** An SVG overlay of 68 landmarks ([x, y, visible] rows) on a size x size image. */
export function landmarkOverlay(rows, size) {
  const svg = el('svg', {viewBox: `0 0 ${size} ${size}`, class: 'landmarks'});
  if (!rows) return svg;
  const r = Math.max(1.2, size / 160);
  for (const p of rows) {
    svg.append(el('circle', {cx: p[0], cy: p[1], r, class: p[2] > 0 ? 'lm-on' : 'lm-off'}));
  }
  return svg;
}

/** A bar chart: values with labels; returns an SVG element. */
export function barChart(title, labels, values, width = 260, height = 110) {
  const max = Math.max(1, ...values);
  const n = values.length;
  const bw = (width - 20) / n;
  const svg = el('svg', {width, height: height + 30, viewBox: `0 0 ${width} ${height + 30}`});
  svg.append(el('text', {x: 4, y: 12, text: title}));
  values.forEach((v, i) => {
    const h = (v / max) * (height - 24);
    const x = 10 + i * bw;
    svg.append(el('rect', {x: x + 1, y: height - h, width: Math.max(1, bw - 2), height: h, class: 'bar'},
      el('title', {text: `${labels[i]}: ${v}`})));
    if (n <= 20 || i % Math.ceil(n / 20) === 0) {
      svg.append(el('text', {x: x + bw / 2 - 4, y: height + 12, text: labels[i]}));
    }
  });
  svg.append(el('line', {x1: 10, y1: height, x2: width - 10, y2: height, class: 'axis'}));
  return el('div', {class: 'chart'}, svg);
}

/** A line chart of series [{name, cls, points: [[x, y], ...]}]; null y values leave gaps. */
export function lineChart(title, series, width = 420, height = 200) {
  const pts = series.flatMap(s => s.points.filter(p => p[1] !== null && Number.isFinite(p[1])));
  const svg = el('svg', {width, height, viewBox: `0 0 ${width} ${height}`});
  svg.append(el('text', {x: 4, y: 12, text: title}));
  if (pts.length === 0) {
    svg.append(el('text', {x: 20, y: height / 2, text: 'no data'}));
    return el('div', {class: 'chart'}, svg);
  }
  const xs = pts.map(p => p[0]);
  const ys = pts.map(p => p[1]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs, Math.min(...xs) + 1)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 < 1e-9) { y0 -= 0.5; y1 += 0.5; }
  const L = 40, B = 20, T = 20, R = 10;
  const sx = x => L + (x - x0) / (x1 - x0) * (width - L - R);
  const sy = y => height - B - (y - y0) / (y1 - y0) * (height - B - T);
  svg.append(el('line', {x1: L, y1: height - B, x2: width - R, y2: height - B, class: 'axis'}));
  svg.append(el('line', {x1: L, y1: T, x2: L, y2: height - B, class: 'axis'}));
  svg.append(el('text', {x: 2, y: sy(y1) + 4, text: y1.toPrecision(3)}));
  svg.append(el('text', {x: 2, y: sy(y0), text: y0.toPrecision(3)}));
  svg.append(el('text', {x: width - R - 30, y: height - 4, text: 'epoch ' + x1}));
  let lx = L + 10;
  for (const s of series) {
    const p = s.points.filter(q => q[1] !== null && Number.isFinite(q[1]));
    if (p.length) {
      svg.append(el('polyline', {points: p.map(q => `${sx(q[0])},${sy(q[1])}`).join(' '), class: s.cls}));
    }
    svg.append(el('text', {x: lx, y: T + 10, text: s.name, class: s.cls}));
    lx += 70;
  }
  return el('div', {class: 'chart'}, svg);
}

/** Formats a number with d decimals (null as a dash). */
export function fmt(v, d = 2) {
  return v === null || v === undefined || !Number.isFinite(v) ? '–' : Number(v).toFixed(d);
}
