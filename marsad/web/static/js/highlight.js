// Article body with evidence sentences and entity mentions as <mark> elements, built from character offsets
// with text nodes only (the body is untrusted). Evidence marks contain the mention marks inside them.
import { h } from './dom.js';

/** Non-overlapping ranges sorted by start (a range overlapping an earlier one is cut or dropped). */
function disjoint(ranges) {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || y.end - x.end);
  const out = [];
  let end = -1;
  for (const range of sorted) {
    const start = Math.max(range.start, end);
    if (range.end > start) {
      out.push({ ...range, start });
      end = range.end;
    }
  }
  return out;
}

/** Evidence ranges of all events, one per distinct sentence, listing the events it supports. */
export function evidenceRanges(events) {
  const bySpan = new Map();
  for (const event of events ?? []) {
    const spans = event.evidence_spans?.length ? event.evidence_spans : [event.evidence];
    for (const span of spans) {
      if (!span || typeof span.start !== 'number') continue;
      const key = `${span.start}:${span.end}`;
      if (!bySpan.has(key)) bySpan.set(key, { start: span.start, end: span.end, events: [] });
      bySpan.get(key).events.push(event);
    }
  }
  return disjoint([...bySpan.values()]);
}

export function mentionRanges(entities) {
  const ranges = [];
  for (const entity of entities ?? []) {
    for (const mention of entity.mentions ?? []) {
      if (typeof mention.start === 'number') ranges.push({ start: mention.start, end: mention.end, entity });
    }
  }
  return disjoint(ranges);
}

function appendMentions(parent, body, from, to, mentions) {
  let pos = from;
  for (const mention of mentions) {
    const start = Math.max(mention.start, from);
    const end = Math.min(mention.end, to);
    if (end <= start || start < pos) continue;
    if (start > pos) parent.append(body.slice(pos, start));
    const entity = mention.entity;
    parent.append(
      h(
        'mark',
        {
          class: `mention type-${entity.type}`,
          dataset: { entity: entity.id },
          title: [entity.name, entity.type, entity.country, entity.role].filter(Boolean).join(' · '),
        },
        body.slice(start, end),
      ),
    );
    pos = end;
  }
  if (to > pos) parent.append(body.slice(pos, to));
}

function evidenceMark(body, range, mentions, selectedEvent) {
  const ids = range.events.map((event) => event.id);
  const mark = h('mark', {
    class: ['evidence', ids.includes(selectedEvent) && 'selected'],
    dataset: { events: ids.join(' ') },
    title: range.events.map((event) => event.type).join(', '),
  });
  appendMentions(mark, body, range.start, range.end, mentions);
  return mark;
}

/**
 * The article body, one <p dir="auto"> per line (Arabic lines read right to left), with
 * <mark class="evidence"> around each evidence sentence and <mark class="mention"> around each mention.
 */
export function highlightedBody(body, events, entities, selectedEvent = null) {
  const evidence = evidenceRanges(events);
  const mentions = mentionRanges(entities);
  const container = h('div', { class: 'article-body' });
  let lineStart = 0;
  for (const line of body.split('\n')) {
    const lineEnd = lineStart + line.length;
    const paragraph = h('p', { dir: 'auto' });
    let pos = lineStart;
    for (const range of evidence) {
      const start = Math.max(range.start, lineStart);
      const end = Math.min(range.end, lineEnd);
      if (end <= start) continue;
      appendMentions(paragraph, body, pos, start, mentions);
      paragraph.append(evidenceMark(body, { ...range, start, end }, mentions, selectedEvent));
      pos = end;
    }
    appendMentions(paragraph, body, pos, lineEnd, mentions);
    if (line.trim()) container.append(paragraph);
    lineStart = lineEnd + 1;
  }
  return container;
}
