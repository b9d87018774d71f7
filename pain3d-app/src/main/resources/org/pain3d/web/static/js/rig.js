// The live action-unit rig: identity, view and AU sliders; renders on the server, at most one
// request in flight (moves made meanwhile are sent once, with the latest values).
import {el, fill, get, post, showError, saveBlob, landmarkOverlay} from './common.js';

const PAIN = ['AU4', 'AU6', 'AU7', 'AU9', 'AU10', 'AU43'];

export class RigView {
  constructor(root) {
    this.root = root;
    this.built = false;
    this.client = 'tab-' + Math.random().toString(36).slice(2, 10);
    this.renders = 0;
    this.inFlight = false;
    this.dirty = false;
    this.neutralKey = null;
    this.sampleSeed = 1;
  }

  async show() {
    if (!this.built) {
      this.built = true;
      await this.build();
    }
  }

  async build() {
    const o = await get('/api/rig/options');
    if (!o.available) {
      fill(this.root, el('div', {class: 'panel', id: 'rig-unavailable'},
        'The rig needs a face model: start pain3d serve with --face-model PATH (or set PAIN3D_FACE_MODEL).'));
      return;
    }
    this.opts = o;
    const d = o.demographics;
    this.state = {
      identity: {seed: 0, demographics: {age_group: d.age_group[0], gender: d.gender[1] || d.gender[0],
        ethnicity: d.ethnicity[0]}, look_seed: 0, skin_tone: null},
      aus: {}, view: {yaw: 0, pitch: 0}, scene: {preset: o.scenes[0], seed: 0}, size: o.limits.size[2], quality: o.limits.supersample[2],
      heatmap: false, landmarks: false, preview: true,
    };
    this.sliders = {};
    const left = el('div', {},
      this.identityPanel(), this.viewPanel(), this.scenePanel(), this.auPanel(), this.displayPanel(), this.downloadPanel());
    this.pspi = el('div', {class: 'pspi', id: 'rig-pspi', 'data-pspi': ''}, '–');
    this.formula = el('div', {class: 'formula', id: 'rig-formula'});
    this.timing = el('div', {class: 'muted', id: 'rig-timing'});
    this.neutralImg = el('img', {id: 'rig-neutral', alt: 'neutral face'});
    this.painImg = el('img', {id: 'rig-pain', alt: 'face with the AUs'});
    this.neutralStage = el('div', {class: 'stage'}, this.neutralImg);
    this.painStage = el('div', {class: 'stage'}, this.painImg);
    this.painCaption = el('figcaption', {}, 'with the AUs');
    const right = el('div', {},
      el('div', {class: 'panel row'}, el('div', {}, el('div', {class: 'muted'}, 'PSPI from the sliders'), this.pspi),
        el('div', {}, this.formula, this.timing)),
      el('div', {class: 'faces'},
        el('figure', {}, this.neutralStage, el('figcaption', {}, 'neutral')),
        el('figure', {}, this.painStage, this.painCaption)));
    fill(this.root, el('div', {class: 'rig'}, left, right));
    this.layout();
    this.schedule(false);
  }

  identityPanel() {
    const s = this.state.identity;
    const d = this.opts.demographics;
    const num = (id, get, set) => el('input', {type: 'number', id, value: get(), min: 0,
      onchange: e => { set(Math.max(0, Math.floor(Number(e.target.value) || 0))); this.schedule(false); }});
    const pick = (id, values, key) => el('select', {id, onchange: e => { s.demographics[key] = e.target.value; this.schedule(false); }},
      values.map(v => el('option', {value: v, selected: v === s.demographics[key]}, v)));
    const seed = num('rig-seed', () => s.seed, v => { s.seed = v; });
    return el('div', {class: 'panel'}, el('h3', {}, 'Identity'),
      el('div', {class: 'row'}, el('label', {}, 'seed ', seed),
        el('button', {id: 'rig-random', onclick: () => {
          s.seed = Math.floor(Math.random() * 100000);
          seed.value = s.seed;
          this.schedule(false);
        }}, 'random')),
      el('div', {class: 'row'}, pick('rig-age', d.age_group, 'age_group'), pick('rig-gender', d.gender, 'gender'),
        pick('rig-ethnicity', d.ethnicity, 'ethnicity')),
      el('div', {class: 'row'}, el('label', {}, 'look seed ', num('rig-look', () => s.look_seed, v => { s.look_seed = v; })),
        el('select', {id: 'rig-tone', onchange: e => { s.skin_tone = e.target.value || null; this.schedule(false); }},
          el('option', {value: ''}, 'skin tone from ethnicity'),
          this.opts.skin_tones.map(t => el('option', {value: t}, t.toLowerCase().replace('_', ' '))))));
  }

  viewPanel() {
    const lim = this.opts.limits;
    return el('div', {class: 'panel'}, el('h3', {}, 'View'),
      this.slider('yaw', 'yaw', lim.yaw[0], lim.yaw[1], 5, () => this.state.view.yaw, v => { this.state.view.yaw = v; }),
      this.slider('pitch', 'pitch', lim.pitch[0], lim.pitch[1], 5, () => this.state.view.pitch, v => { this.state.view.pitch = v; }));
  }

  scenePanel() {
    const sc = this.state.scene;
    const seed = el('input', {type: 'number', id: 'rig-scene-seed', value: sc.seed, min: 0,
      onchange: e => { sc.seed = Math.max(0, Math.floor(Number(e.target.value) || 0)); this.schedule(false); }});
    return el('div', {class: 'panel'}, el('h3', {}, 'Scene'),
      el('div', {class: 'row'},
        el('select', {id: 'rig-scene', title: 'studio: bare head on a flat background; varied and bedside: clothing, '
          + 'accessories, clinical items, lights, rooms and camera effects drawn from the scene seed',
        onchange: e => { sc.preset = e.target.value; this.schedule(false); }},
        this.opts.scenes.map(v => el('option', {value: v, selected: v === sc.preset}, v))),
        el('label', {}, 'scene seed ', seed),
        el('button', {id: 'rig-scene-random', onclick: () => {
          sc.seed = Math.floor(Math.random() * 100000);
          seed.value = sc.seed;
          this.schedule(false);
        }}, 'random')));
  }

  auPanel() {
    const pain = this.opts.aus.filter(a => a.pain);
    const other = this.opts.aus.filter(a => !a.pain);
    const mk = a => this.slider('au-' + a.name, a.name, 0, a.max, 1,
      () => this.state.aus[a.name] || 0, v => { if (v) this.state.aus[a.name] = v; else delete this.state.aus[a.name]; },
      a.pain ? 'pain' : '', `${a.description} (${a.blendshapes.join(', ')})`);
    const k = el('input', {type: 'number', id: 'rig-sample-pspi', min: 0, max: 16, value: 8});
    return el('div', {class: 'panel'}, el('h3', {}, 'Pain AUs (FACS 0–5, AU43 0/1)'), pain.map(mk),
      el('div', {class: 'row'},
        el('button', {id: 'rig-sample', onclick: () => this.sample(Number(k.value))}, 'sample PSPI ='), k,
        el('button', {id: 'rig-reset', onclick: () => this.setAus({})}, 'neutral')),
      other.length ? el('details', {}, el('summary', {}, `Other AUs (${other.length})`), other.map(mk)) : null);
  }

  displayPanel() {
    const st = this.state;
    const box = (id, label, key, rerender) => el('label', {}, el('input', {type: 'checkbox', id, checked: st[key],
      onchange: e => { st[key] = e.target.checked; if (rerender) this.schedule(false); else this.drawLandmarks(); }}), ' ' + label);
    const sizes = [256, 384, 512, 768].filter(v => v >= this.opts.limits.size[0] && v <= this.opts.limits.size[1]);
    return el('div', {class: 'panel'}, el('h3', {}, 'Display'),
      box('rig-heatmap', 'pain-region heatmap', 'heatmap', true),
      box('rig-landmarks', '68 landmarks', 'landmarks', false),
      box('rig-preview', 'fast preview while dragging', 'preview', false),
      el('div', {class: 'row'},
        el('select', {id: 'rig-size', onchange: e => { st.size = Number(e.target.value); this.layout(); this.schedule(false); }},
          sizes.map(v => el('option', {value: v, selected: v === st.size}, v + ' px'))),
        el('select', {id: 'rig-quality', onchange: e => { st.quality = Number(e.target.value); this.schedule(false); }},
          el('option', {value: 1, selected: st.quality === 1}, '1 sample/px'),
          el('option', {value: 2, selected: st.quality === 2}, '2x2 anti-aliased'))));
  }

  downloadPanel() {
    const dl = (label, path, ext) => el('button', {id: 'rig-dl-' + label.replace(/\W/g, ''), onclick: async () => {
      try {
        saveBlob(await post(path(), this.request(this.state.quality, [])), this.fileName(ext));
      } catch (e) { showError(e); }
    }}, label);
    return el('div', {class: 'panel'}, el('h3', {}, 'Download what is shown'),
      el('div', {class: 'row'}, dl('PNG sheet', () => '/api/rig/export/png?image=sheet', 'png'),
        dl('PNG', () => '/api/rig/export/png?image=' + (this.state.heatmap ? 'overlay' : 'pain'), 'png'),
        dl('OBJ', () => '/api/rig/export/obj', 'obj'), dl('annotation JSON', () => '/api/rig/export/json', 'json')));
  }

  slider(id, label, min, max, step, get, set, cls = '', title = '') {
    const val = el('span', {class: 'val'}, String(get()));
    const input = el('input', {type: 'range', id, min, max, step, value: get(),
      oninput: e => { set(Number(e.target.value)); val.textContent = e.target.value; this.schedule(true); },
      onchange: e => { set(Number(e.target.value)); val.textContent = e.target.value; this.schedule(false); }});
    this.sliders[id] = {input, val, get};
    return el('div', {class: 'slider', title}, el('span', {class: 'name ' + cls}, label), input, val);
  }

  async sample(k) {
    try {
      const s = await get(`/api/rig/sample?pspi=${k}&seed=${this.sampleSeed++}`);
      this.setAus(s.aus);
    } catch (e) { showError(e); }
  }

  setAus(aus) {
    this.state.aus = {};
    for (const [k, v] of Object.entries(aus)) if (v) this.state.aus[k] = v;
    for (const s of Object.values(this.sliders)) {
      s.input.value = s.get();
      s.val.textContent = String(s.get());
    }
    this.schedule(false);
  }

  layout() {
    const px = Math.min(this.state.size, 448) + 'px';
    for (const s of [this.neutralStage, this.painStage]) { s.style.width = px; s.style.height = px; }
  }

  request(supersample, images) {
    const st = this.state;
    return {identity: st.identity, aus: st.aus, view: st.view, scene: st.scene, size: st.size, supersample, images};
  }

  fileName(ext) {
    const k = PAIN.map(a => this.state.aus[a] || 0);
    return `pain3d_rig_seed${this.state.identity.seed}_pspi${k[0] + Math.max(k[1], k[2]) + Math.max(k[3], k[4]) + k[5]}.${ext}`;
  }

  schedule(dragging) {
    this.dragging = dragging;
    if (this.inFlight) { this.dirty = true; return; }
    this.send();
  }

  async send() {
    this.dirty = false;
    const st = this.state;
    const ss = this.dragging && st.preview ? 1 : st.quality;
    const key = JSON.stringify([st.identity, st.view, st.scene, st.size, ss]);
    const images = [st.heatmap ? 'overlay' : 'pain'];
    if (key !== this.neutralKey) images.push('neutral');
    const req = {client: this.client, ...this.request(ss, images)};
    this.inFlight = true;
    try {
      const f = await post('/api/rig/render', req);
      this.apply(f, key);
      showError(null);
    } catch (e) {
      if (e.kind !== 'superseded') showError(e);
    } finally {
      this.inFlight = false;
      if (this.dirty) this.send();
    }
  }

  apply(f, key) {
    this.painImg.src = f.images.overlay || f.images.pain;
    this.painCaption.textContent = f.images.overlay ? 'with the AUs · heatmap over the face' : 'with the AUs';
    this.painLandmarks = f.landmarks.pain;
    if (f.images.neutral) {
      this.neutralImg.src = f.images.neutral;
      this.neutralLandmarks = f.landmarks.neutral;
      this.neutralKey = key;
    }
    this.frameSize = f.size;
    this.pspi.textContent = String(f.pspi);
    this.pspi.dataset.pspi = String(f.pspi);
    const a = n => f.aus[n] || 0;
    this.formula.textContent = `AU4 ${a('AU4')} + max(AU6 ${a('AU6')}, AU7 ${a('AU7')}) + max(AU9 ${a('AU9')}, AU10 ${a('AU10')}) + AU43 ${a('AU43')} = ${f.pspi}`;
    this.timing.textContent = `${f.size} px · ${f.supersample === 2 ? '2x2 samples' : '1 sample'} · render ${f.timing_ms.render} ms, PNG ${f.timing_ms.encode} ms`
      + (f.heatmap_max_mm !== null ? ` · max displacement ${f.heatmap_max_mm.toFixed(2)} mm` : '');
    this.renders++;
    this.root.dataset.renders = String(this.renders);
    this.drawLandmarks();
  }

  drawLandmarks() {
    for (const [stage, rows] of [[this.neutralStage, this.neutralLandmarks], [this.painStage, this.painLandmarks]]) {
      stage.querySelector('svg')?.remove();
      if (this.state.landmarks && rows) stage.append(landmarkOverlay(rows, this.frameSize));
    }
  }
}
