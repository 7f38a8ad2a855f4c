// Loads ECharts and the world shapes from /static/vendor (built by `make web`) and sizes charts to their box.
import { h } from './dom.js';

const ECHARTS_URL = '/static/vendor/echarts.esm.min.js';
const WORLD_URL = '/static/vendor/world.geo.json';
export const BUILD_HINT =
  'Charts, the network graph and the map need the dashboard libraries, which are not installed in this ' +
  'copy of Marsad: run `make web` (scripts/build_web_assets.sh) and reload. The tables and the API work without them.';

let echartsModule = null;
let worldShapes = null;

export class MissingAssets extends Error {
  constructor(what) {
    super(`${what} is missing. ${BUILD_HINT}`);
  }
}

export async function loadECharts() {
  echartsModule ??= import(ECHARTS_URL).catch(() => {
    echartsModule = null;
    throw new MissingAssets('ECharts');
  });
  return echartsModule;
}

/** Registers the world map ("world", features named by ISO alpha-3) once; returns code -> country name. */
export async function loadWorld(echarts) {
  worldShapes ??= fetch(WORLD_URL).then(async (response) => {
    if (!response.ok) throw new MissingAssets('The world map shapes');
    const geo = await response.json();
    echarts.registerMap('world', geo);
    return new Map(geo.features.map((feature) => [feature.properties.name, feature.properties.label]));
  });
  return worldShapes.catch((error) => {
    worldShapes = null;
    throw error;
  });
}

/** A chart in `box` that follows its size; `dispose()` it when the page goes away. */
export async function createChart(box) {
  const echarts = await loadECharts();
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(box);
  const dispose = chart.dispose.bind(chart);
  chart.dispose = () => {
    observer.disconnect();
    dispose();
  };
  return { echarts, chart };
}

/** A tooltip body built with DOM nodes (ECharts would parse a returned string as HTML). */
export function tooltip(title, rows = []) {
  const box = h('div', { class: 'chart-tip' }, h('strong', { dir: 'auto' }, title));
  for (const row of rows) {
    const swatch = h('span', { class: 'swatch' });
    if (row.color) swatch.style.background = row.color;
    box.append(h('div', {}, swatch, h('span', { dir: 'auto' }, row.label), ' ', h('b', {}, row.value)));
  }
  return box;
}
