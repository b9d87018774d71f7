// The model view: a training run's curves (metrics.jsonl), evaluation and report plot, and a
// prediction form (upload or pick a neutral reference and a frame).
import {el, fill, get, postForm, showError, lineChart, fmt} from './common.js';

const AUS = ['AU4', 'AU6', 'AU7', 'AU9', 'AU10', 'AU43'];

export class ModelView {
  constructor(root) {
    this.root = root;
  }

  async show(args) {
    const runs = await get('/api/runs');
    if (runs.length === 0) {
      fill(this.root, el('div', {class: 'panel', id: 'model-none'}, 'No run is open: start pain3d serve with --run DIR (a pain3d train output folder).'));
      return;
    }
    const id = args.length && args[0] !== '' ? Number(args[0]) : 0;
    const pick = args[1] === 'pick' ? {dataset: args[2], frame: args[3], neutral: args[4]} : null;
    const [o, metrics, datasets] = await Promise.all([get('/api/runs/' + id), get(`/api/runs/${id}/metrics`), get('/api/datasets')]);
    const m = o.model || {};
    const select = el('select', {id: 'model-select', onchange: e => { location.hash = '#/model/' + e.target.value; }},
      runs.map(r => el('option', {value: r.id, selected: r.id === id}, `${r.name}  (${r.path})`)));
    const info = el('span', {class: 'muted', id: 'model-info'},
      `backbone ${m.backbone ?? '?'} · ${m.mode ?? ''} · ${m.imageSize ?? m.image_size ?? '?'} px · ${metrics.length} epoch(s)`
      + (o.weights.best ? ' · best weights' : o.weights.last ? ' · last weights' : ' · no weights yet'));
    fill(this.root, el('div', {class: 'panel row'}, select, info),
      el('div', {class: 'panel'}, el('h3', {}, 'Training curves (metrics.jsonl)'), this.curves(metrics)),
      this.evaluation(o, id),
      this.form(id, datasets, pick));
  }

  curves(metrics) {
    const pts = key => metrics.map(r => [r.epoch, r[key] ?? null]);
    return el('div', {class: 'bars', id: 'model-curves'},
      lineChart('loss', [{name: 'train', cls: 'line-train', points: pts('trainLoss')}, {name: 'val', cls: 'line-val', points: pts('valLoss')}]),
      lineChart('validation MAE (PSPI)', [{name: 'val MAE', cls: 'line-val', points: pts('valMae')}]),
      lineChart('validation PCC', [{name: 'val PCC', cls: 'line-val', points: pts('valPcc')}]));
  }

  evaluation(o, id) {
    const ev = o.eval;
    const table = ev ? el('table', {id: 'model-eval'}, el('tr', {}, ['split', 'n', 'PCC', 'MAE', 'AUROC@1', 'AUROC@2', 'AUROC@3'].map(h => el('th', {}, h))),
      Object.entries(ev).map(([k, v]) => el('tr', {}, el('td', {}, k), el('td', {}, v.n), el('td', {}, fmt(v.pcc, 3)), el('td', {}, fmt(v.mae, 3)),
        el('td', {}, fmt(v.auroc1, 3)), el('td', {}, fmt(v.auroc2, 3)), el('td', {}, fmt(v.auroc3, 3))))) : el('p', {class: 'muted'}, 'no eval.json yet');
    const plot = o.report_png ? el('img', {id: 'model-report', src: `/api/runs/${id}/file?path=report.png`, alt: 'report plot', class: 'report'}) : el('p', {class: 'muted'}, 'no report.png');
    return el('div', {class: 'panel'}, el('h3', {}, 'Evaluation (best weights) and report'), el('div', {class: 'row'}, table, plot));
  }

  form(id, datasets, pick) {
    const neutral = el('input', {type: 'file', id: 'predict-neutral', accept: 'image/png,image/jpeg', multiple: true});
    const frame = el('input', {type: 'file', id: 'predict-frame', accept: 'image/png,image/jpeg', multiple: true});
    const ds = el('select', {id: 'predict-dataset'}, el('option', {value: ''}, 'no dataset'),
      datasets.map(d => el('option', {value: d.id, selected: pick && String(d.id) === pick.dataset}, d.name)));
    const nPath = el('input', {type: 'text', id: 'predict-neutral-path', size: 48, placeholder: 'images/sample_00001_neutral_view_0.png', value: pick ? pick.neutral : ''});
    const fPath = el('input', {type: 'text', id: 'predict-frame-path', size: 48, placeholder: 'images/sample_00001_pain_3_view_0.png', value: pick ? pick.frame : ''});
    const out = el('div', {id: 'predict-result', class: 'result'});
    const go = el('button', {id: 'predict-go', onclick: async () => {
      const f = new FormData();
      for (const file of neutral.files) f.append('neutral', file);
      for (const file of frame.files) f.append('frame', file);
      if (ds.value !== '') {
        f.append('dataset', ds.value);
        if (nPath.value.trim()) f.append('neutral_path', nPath.value.trim());
        if (fPath.value.trim()) f.append('frame_path', fPath.value.trim());
      }
      fill(out, el('p', {class: 'muted'}, 'predicting…'));
      try {
        const r = await postForm(`/api/runs/${id}/predict`, f);
        this.result(out, r, neutral.files, frame.files, ds.value, nPath.value.trim(), fPath.value.trim());
        showError(null);
      } catch (e) {
        fill(out);
        showError(e);
      }
    }}, 'predict');
    return el('div', {class: 'panel'}, el('h3', {}, 'Predict: a neutral reference and a frame of the same person'),
      el('div', {class: 'row'}, el('label', {}, 'neutral image(s) ', neutral), el('label', {}, 'frame(s) ', frame)),
      el('div', {class: 'row'}, el('span', {class: 'muted'}, 'or pick from'), ds,
        el('label', {}, 'neutral ', nPath), el('label', {}, 'frame ', fPath)),
      go, out);
  }

  result(out, r, neutralFiles, frameFiles, dataset, nPath, fPath) {
    const previews = [];
    for (const file of [...neutralFiles, ...frameFiles]) previews.push(el('img', {src: URL.createObjectURL(file), alt: file.name}));
    if (dataset !== '') {
      for (const p of [nPath, fPath]) if (p) previews.push(el('img', {src: `/api/datasets/${dataset}/file?path=${encodeURIComponent(p)}`, alt: p}));
    }
    const frames = r.frames.map((f, i) => el('div', {class: 'panel'},
      el('div', {class: 'row'}, el('div', {}, el('div', {class: 'muted'}, f.frame),
        el('div', {class: 'pspi', id: 'predict-pspi-' + i}, fmt(f.pspi, 2)), el('div', {class: 'muted'}, 'predicted PSPI (0–16)')),
        el('div', {}, Object.entries(f.pain_probability).map(([k, p]) => {
          const bar = el('div', {});
          bar.style.width = Math.round(100 * p) + '%';
          return el('div', {class: 'prob'}, el('span', {}, 'P(PSPI ≥ ' + k.split('_').pop() + ')'), el('div', {class: 'meter'}, bar), el('span', {}, fmt(p, 3)));
        })),
        el('table', {}, el('tr', {}, AUS.map(a => el('th', {}, a))), el('tr', {}, AUS.map(a => el('td', {}, fmt(f.au[a], 2))))))));
    fill(out,
      el('div', {class: 'thumbs'}, previews),
      r.random_init_backbone ? el('p', {class: 'tag-bad'}, `note: ${r.backbone} is a RANDOM-INIT backbone` + (r.backbone_mode === 'trained' ? ' trained from scratch' : '')) : null,
      el('p', {class: 'muted'}, `${r.references} neutral reference(s) · ${r.weights} weights · ${r.ms} ms · explanation map: `
        + (r.explanation ? 'below' : 'not available for this model')),
      frames);
  }
}
