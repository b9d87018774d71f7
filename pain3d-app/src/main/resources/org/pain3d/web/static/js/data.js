// The dataset browser: thumbnails with filters, a pain set's detail page, histograms and the
// problems `pain3d inspect` finds. Only the folders the server was opened on can be browsed.
import {el, fill, get, showError, landmarkOverlay, barChart, fmt} from './common.js';

const AUS = ['AU4', 'AU6', 'AU7', 'AU9', 'AU10', 'AU43'];
const PAGE = 60;

export class DataView {
  constructor(root) {
    this.root = root;
    this.filters = {};
    this.offset = 0;
    this.tab = 'samples';
  }

  async show(args) {
    const list = await get('/api/datasets');
    if (list.length === 0) {
      fill(this.root, el('div', {class: 'panel', id: 'data-none'},
        'No dataset is open: start pain3d serve with --dataset DIR (ours or the published 3DPain layout).'));
      return;
    }
    const id = args.length && args[0] !== '' ? Number(args[0]) : 0;
    if (args[1] === 'set' && args[2]) {
      await this.detail(list, id, args[2]);
    } else {
      await this.grid(list, id);
    }
  }

  header(list, id, info) {
    return el('div', {class: 'panel row'},
      el('select', {id: 'data-select', onchange: e => { this.filters = {}; this.offset = 0; location.hash = '#/data/' + e.target.value; }},
        list.map(d => el('option', {value: d.id, selected: d.id === id}, `${d.name}  (${d.path})`))),
      info);
  }

  async grid(list, id) {
    if (this.datasetId !== id) { this.filters = {}; this.offset = 0; this.datasetId = id; }
    const o = await get('/api/datasets/' + id);
    const c = o.counts;
    const info = el('span', {class: 'muted', id: 'data-info'},
      `${o.layout} layout · ${c.images} images (${c.pain_images} pain, ${c.neutral_images} neutral) · ${c.pain_sets} pain sets · ${c.subjects} identities`);
    const tabs = el('div', {class: 'row'},
      el('button', {id: 'data-tab-samples', onclick: () => { this.tab = 'samples'; this.grid(list, id).catch(showError); }}, 'Samples'),
      el('button', {id: 'data-tab-inspect', onclick: () => { this.tab = 'inspect'; this.grid(list, id).catch(showError); }}, 'Histograms & problems'));
    this.body = el('div', {});
    fill(this.root, this.header(list, id, info), tabs, this.body);
    if (this.tab === 'inspect') {
      await this.inspect(id, false);
    } else {
      this.o = o;
      fill(this.body, this.filterBar(id, o), this.results = el('div', {}));
      await this.page(id);
    }
  }

  filterBar(id, o) {
    const f = this.filters;
    const apply = () => { this.offset = 0; this.page(id).catch(showError); };
    const num = (key, label, ph) => el('label', {}, label, el('br'), el('input', {type: 'number', id: 'filter-' + key, step: 'any',
      value: f[key] ?? '', placeholder: ph, onchange: e => { if (e.target.value === '') delete f[key]; else f[key] = e.target.value; apply(); }}));
    const sel = (key, label, values) => el('label', {}, label, el('br'), el('select', {id: 'filter-' + key.replace('.', '-'),
      onchange: e => { if (e.target.value === '') delete f[key]; else f[key] = e.target.value; apply(); }},
      el('option', {value: ''}, 'any'), values.map(v => el('option', {value: v, selected: f[key] === String(v)}, String(v)))));
    const facets = Object.entries(o.facets).map(([k, counts]) => sel('attr.' + k, k.replace(/_/g, ' '), Object.keys(counts)));
    return el('div', {class: 'panel filters'},
      num('pspi_min', 'PSPI from', '0'), num('pspi_max', 'to', '16'),
      sel('au', 'AU', AUS), num('au_min', 'AU at least', '1'),
      sel('split', 'split', ['train', 'val', 'test', 'none']), sel('view', 'view', o.views),
      sel('kind', 'kind', ['pain', 'neutral']), facets);
  }

  async page(id) {
    const q = new URLSearchParams({...this.filters, offset: this.offset, limit: PAGE});
    const r = await get(`/api/datasets/${id}/samples?${q}`);
    const cards = r.samples.map(s => el('div', {class: 'card', 'data-base': s.base, title: s.image,
      onclick: () => { location.hash = `#/data/${id}/set/${encodeURIComponent(s.base)}`; }},
      el('img', {loading: 'lazy', alt: s.image, src: `/api/datasets/${id}/thumb?size=160&path=${encodeURIComponent(s.image)}`}),
      el('div', {class: 'cap'}, s.kind === 'pain' ? el('b', {}, 'PSPI ' + fmt(s.pspi, 0)) : 'neutral',
        s.view !== null ? ` · view ${s.view}` : '', s.split ? ` · ${s.split}` : '', el('br'), s.subject)));
    const last = Math.min(r.total, this.offset + r.samples.length);
    const pager = el('div', {class: 'row'},
      el('button', {id: 'data-prev', disabled: this.offset === 0, onclick: () => { this.offset = Math.max(0, this.offset - PAGE); this.page(id).catch(showError); }}, '‹ previous'),
      el('span', {class: 'muted', id: 'data-count'}, r.total ? `${this.offset + 1}–${last} of ${r.total}` : 'no image matches'),
      el('button', {id: 'data-next', disabled: last >= r.total, onclick: () => { this.offset += PAGE; this.page(id).catch(showError); }}, 'next ›'));
    fill(this.results, pager, el('div', {class: 'grid', id: 'data-grid'}, cards));
  }

  async inspect(id, checksums) {
    fill(this.body, el('div', {class: 'panel', id: 'inspect-wait'}, 'checking the dataset' + (checksums ? ' (hashing every file)…' : '…')));
    const r = await get(`/api/datasets/${id}/inspect?checksums=${checksums}`);
    const charts = [barChart('pain sets per PSPI', [...Array(17).keys()], r.pspi_histogram, 380)];
    for (const [au, h] of Object.entries(r.au_histograms)) charts.push(barChart(au + ' intensity', [0, 1, 2, 3, 4, 5], h, 170, 80));
    const demo = Object.entries(r.demographics).map(([k, m]) =>
      barChart('identities per ' + k.replace(/_/g, ' '), Object.keys(m), Object.values(m), 60 + 50 * Object.keys(m).length, 80));
    const counts = el('table', {}, Object.entries(r.counts).map(([k, v]) => el('tr', {}, el('td', {}, k.replace(/_/g, ' ')), el('td', {}, v))));
    const splits = el('table', {}, el('tr', {}, el('th', {}, 'split'), el('th', {}, 'identities'), el('th', {}, 'pain sets'), el('th', {}, 'images')),
      Object.entries(r.splits).map(([k, s]) => el('tr', {}, el('td', {}, k), el('td', {}, s.identities), el('td', {}, s.painSets ?? s.pain_sets), el('td', {}, s.images))));
    const problems = r.problem_count === 0 ? el('p', {class: 'tag-ok', id: 'inspect-ok'}, 'consistent: no problem found')
      : el('div', {}, el('p', {class: 'tag-bad', id: 'inspect-bad'}, `${r.problem_count} problem(s)` + (r.problem_count > r.problems.length ? `, first ${r.problems.length} listed` : '')),
        el('table', {class: 'problems'}, r.problems.map(p => el('tr', {}, el('td', {}, p.kind), el('td', {}, p.file), el('td', {}, p.message)))));
    fill(this.body,
      el('div', {class: 'panel'}, el('h3', {}, `pain3d inspect · ${r.layout} layout · checksums ${r.checksums ? 'checked' : 'not checked'}`),
        problems, r.checksums ? null : el('button', {id: 'inspect-checksums', onclick: () => this.inspect(id, true).catch(showError)}, 'check checksums too')),
      el('div', {class: 'panel'}, el('h3', {}, 'Histograms'), el('div', {class: 'bars', id: 'inspect-charts'}, charts, demo)),
      el('div', {class: 'panel row'}, counts, splits));
  }

  async detail(list, id, base) {
    const d = await get(`/api/datasets/${id}/sets/${encodeURIComponent(base)}`);
    const file = p => `/api/datasets/${id}/file?path=${encodeURIComponent(p)}`;
    let showLm = this.showLandmarks ?? true;
    const stages = [];
    const stage = (src, rows, size) => {
      const s = el('div', {class: 'stage'}, el('img', {src, alt: src}));
      stages.push([s, rows, size]);
      return s;
    };
    const drawLm = () => stages.forEach(([s, rows, size]) => {
      s.querySelector('svg')?.remove();
      if (showLm && rows) s.append(landmarkOverlay(rows, size));
    });
    const size = (d.annotation && d.annotation.views && d.annotation.views[0] && d.annotation.views[0].camera)
      ? d.annotation.views[0].camera.width : null;
    const views = d.views.map(v => el('figure', {class: 'detail-view'},
      el('div', {class: 'row'}, v.neutral ? stage(file(v.neutral), null, size) : null, stage(file(v.image), v.landmarks, v.camera ? v.camera.width : size)),
      el('figcaption', {}, `view ${v.view ?? '?'}` + (v.camera ? ` · yaw ${fmt(v.camera.yaw_deg, 0)}° pitch ${fmt(v.camera.pitch_deg, 0)}°` : '') + (v.neutral ? ' · neutral | this set' : ''))));
    const heat = d.heatmap ? el('figure', {}, el('div', {class: 'stage', id: 'detail-heatmap'}, el('img', {src: file(d.heatmap), alt: 'heatmap'})),
      el('figcaption', {}, 'pain-region heatmap (frontal) · ', el('a', {href: file(d.heatmap16), download: ''}, '16-bit raw'))) : null;
    const auRow = el('table', {}, el('tr', {}, AUS.map(a => el('th', {}, a)), el('th', {}, 'PSPI')),
      el('tr', {}, AUS.map(a => el('td', {}, fmt(d.aus[a], 0))), el('td', {}, el('b', {}, fmt(d.pspi, 0)))));
    const attrs = el('table', {}, Object.entries(d.attributes).map(([k, v]) => el('tr', {}, el('td', {}, k), el('td', {}, v))));
    const sets = el('div', {class: 'row', id: 'detail-sets'}, Object.entries(d.sets).map(([b, p]) =>
      el('a', {href: `#/data/${id}/set/${encodeURIComponent(b)}`, class: b === d.base ? 'muted' : ''}, b.includes('neutral') ? 'neutral' : `${b.split('_').pop()} (PSPI ${fmt(p, 0)})`)));
    const pick = d.kind === 'pain' && d.views.length && d.views[0].neutral
      ? el('button', {id: 'detail-predict', onclick: () => {
        location.hash = `#/model/0/pick/${id}/${encodeURIComponent(d.views[0].image)}/${encodeURIComponent(d.views[0].neutral)}`;
      }}, 'predict this frame with a run') : null;
    fill(this.root,
      this.header(list, id, el('a', {href: '#/data/' + id, id: 'detail-back'}, '‹ all samples')),
      el('div', {class: 'panel'}, el('h2', {id: 'detail-title'}, `${d.base} · ${d.kind}` + (d.split ? ` · ${d.split}` : '')),
        el('div', {class: 'row'}, auRow, attrs, pick),
        el('label', {}, el('input', {type: 'checkbox', id: 'detail-landmarks', checked: showLm,
          onchange: e => { showLm = e.target.checked; this.showLandmarks = showLm; drawLm(); }}), ' landmarks (from the annotation)')),
      el('div', {class: 'views', id: 'detail-views'}, views, heat),
      el('div', {class: 'panel'}, el('h3', {}, `${d.subject}: its sets`), sets),
      d.annotation ? el('details', {class: 'panel'}, el('summary', {}, 'annotation ' + d.annotation_file),
        el('pre', {}, JSON.stringify(d.annotation, null, 1))) : null);
    drawLm();
  }
}
