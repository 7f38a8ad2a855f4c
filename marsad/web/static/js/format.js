// Labels and small formatters shared by the pages (quad classes, sides of an event, numbers).

export const QUADS = [
  { key: 'verbal_cooperation', label: 'Verbal cooperation', color: '#8cc084' },
  { key: 'material_cooperation', label: 'Material cooperation', color: '#2e7d4f' },
  { key: 'verbal_conflict', label: 'Verbal conflict', color: '#f0a35e' },
  { key: 'material_conflict', label: 'Material conflict', color: '#c0392b' },
];

export const AUX_VALUES = ['none', 'future', 'historical', 'hypothetical', 'negation'];

export function quadKey(row) {
  const quad = row?.cameo?.quad_class;
  return quad ? quad.replace(' ', '_') : null;
}

/** "Sergey Lavrov (RUS), Iraq (IRQ)" for one side of an event. */
export function sideText(side) {
  return (side ?? [])
    .map((actor) => {
      const name = actor.name || actor.country || '?';
      return actor.country && actor.country !== name ? `${name} (${actor.country})` : name;
    })
    .join(', ');
}

export function number(value) {
  return typeof value === 'number' ? value.toLocaleString('en') : '—';
}

export function score(value) {
  return typeof value === 'number' ? (value > 0 ? '+' : '') + value.toFixed(1) : '—';
}

export function confidence(value) {
  return typeof value === 'number' ? value.toFixed(2) : '—';
}

/** Colour of a cooperation (+10) … conflict (−10) score. */
export function scoreColor(value) {
  if (typeof value !== 'number') return '#8a94a6';
  if (value >= 3) return '#2e7d4f';
  if (value > 0) return '#8cc084';
  if (value > -3) return '#f0a35e';
  return '#c0392b';
}
