// The page's router: #/rig, #/data[/ID[/set/BASE]], #/model[/ID]; each view renders itself.
import {get, showError} from './common.js';
import {RigView} from './rig.js';
import {DataView} from './data.js';
import {ModelView} from './model.js';

const views = {
  rig: new RigView(document.getElementById('view-rig')),
  data: new DataView(document.getElementById('view-data')),
  model: new ModelView(document.getElementById('view-model')),
};

async function route() {
  const parts = (location.hash || '#/rig').slice(2).split('/').map(decodeURIComponent);
  const name = views[parts[0]] ? parts[0] : 'rig';
  for (const [k, v] of Object.entries(views)) {
    v.root.hidden = k !== name;
    document.getElementById('nav-' + k).classList.toggle('active', k === name);
  }
  showError(null);
  try {
    await views[name].show(parts.slice(1));
  } catch (e) {
    showError(e);
  }
}

window.addEventListener('hashchange', route);
get('/api/status').then(s => {
  document.getElementById('status').textContent =
    `${s.version} · rig ${s.rig ? 'on' : 'off'} · ${s.datasets} dataset(s) · ${s.runs} run(s)`;
}).catch(showError);
route();
