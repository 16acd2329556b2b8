import type { SopRole, SopStep } from '../sop-definition.js';
import type { ResolvedSop } from './resolve-sop.js';

/** An actor column of the printed table: its role, the header it is grouped under, and whether the seed prints it. */
export interface FlowColumn {
  readonly role: SopRole;
  readonly group?: string;
  /** `false` for a role that acts in the steps but has no column in the seed (appended, marked). */
  readonly printed: boolean;
}

/** A printed row: a step, or several consecutive steps sharing one number (Babel's row 5). */
export interface FlowRow {
  readonly no: string;
  readonly steps: readonly SopStep[];
  /** The steps that print a Mutu Baku line: all, but a routing step without one of its own in a shared row (Babel's row 5). */
  readonly lines: readonly SopStep[];
  readonly shape: 'start' | 'end' | 'activity' | 'decision';
}

const hasMutuBaku = (step: SopStep) => Boolean(step.kelengkapan?.length || step.waktu || step.outputs?.length);

/** One drawn edge between printed rows. */
interface Edge {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  /** `down` to the next row; otherwise out of the shape's side into a lane at a column boundary. */
  readonly side: 'down' | 'right' | 'left';
  /** Lane x (px) for side edges. */
  lane?: number;
}

/** Pixel geometry of the Pelaksana area, shared by every row so that lines meet. */
export interface FlowGeometry {
  readonly columnWidth: number;
  readonly columns: number;
}

const SHAPE_TOP = 12;
const SHAPE_HEIGHT = 24;
const MID = SHAPE_TOP + SHAPE_HEIGHT / 2;
const BOTTOM = SHAPE_TOP + SHAPE_HEIGHT;
/** Row height the drawing needs at least (px). */
export const FLOW_MIN_HEIGHT = BOTTOM + 14;
/** Lane offsets from a column boundary, nearest first (the shapes keep 7 px clear of it). */
const OFFSETS = [3, -3, 6, -6];

/** The printed columns: the seed's order (`document.columns`), then any role acting but not printed. */
export function flowColumns(sop: ResolvedSop): FlowColumn[] {
  const role = (id: string) => sop.roles.find((r) => r.id === id);
  const columns: FlowColumn[] = [];
  for (const column of sop.document?.columns ?? []) {
    if (typeof column === 'string') {
      const r = role(column);
      if (r) columns.push({ role: r, printed: true });
    } else {
      for (const id of column.roles) {
        const r = role(id);
        if (r) columns.push({ role: r, group: column.group, printed: true });
      }
    }
  }
  const listed = sop.document?.columns !== undefined;
  for (const step of sop.steps) {
    for (const id of [step.actor, ...(step.participants ?? [])]) {
      const r = role(id);
      if (r && !columns.some((c) => c.role.id === id)) columns.push({ role: r, printed: !listed });
    }
  }
  return columns;
}

/** The printed rows: consecutive steps with the same number form one row. */
export function flowRows(sop: ResolvedSop): FlowRow[] {
  const rows: { no: string; steps: SopStep[] }[] = [];
  for (const step of sop.steps) {
    const last = rows[rows.length - 1];
    if (last && last.no === step.no) last.steps.push(step);
    else rows.push({ no: step.no, steps: [step] });
  }
  return rows.map(({ no, steps }) => {
    const first = steps[0]!;
    const shape =
      first.id === sop.start ? 'start' : steps.some((s) => s.end) && steps.length === 1 ? 'end' : first.decision || first.route ? 'decision' : 'activity';
    const lines = steps.length > 1 && steps.some(hasMutuBaku) ? steps.filter(hasMutuBaku) : steps;
    return { no, steps, lines, shape };
  });
}

function edgesOf(rows: readonly FlowRow[]): Edge[] {
  const rowOf = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const step of row.steps) rowOf.set(step.id, i);
  });
  const edges: Edge[] = [];
  rows.forEach((row, from) => {
    const seen = new Set<number>();
    const targets: { to: number; label: string }[] = [];
    for (const step of row.steps) {
      const out = step.decision
        ? [
            { id: step.decision.yes, label: step.decision.yesLabel ?? 'Ya' },
            { id: step.decision.no, label: step.decision.noLabel ?? 'Tidak' },
          ]
        : step.route
          ? step.route.cases.map((c) => ({ id: c.next, label: '' }))
          : step.next !== undefined
            ? [{ id: step.next, label: '' }]
            : [];
      for (const { id, label } of out) {
        const to = rowOf.get(id);
        if (to === undefined || to === from || seen.has(to)) continue;
        seen.add(to);
        targets.push({ to, label });
      }
    }
    let sides = 0;
    for (const { to, label } of targets) {
      edges.push({ from, to, label, side: to === from + 1 ? 'down' : sides++ % 2 === 0 ? 'right' : 'left' });
    }
  });
  return edges;
}

/**
 * Lays out the flowchart of the Pelaksana columns: a shape per printed row in its actor's
 * column (capsule for Mulai/Selesai, rectangle, diamond for a decision), arrows to the next row,
 * and jumps (a "tidak" back to an earlier row, a branch further down) along lanes beside the
 * column boundaries, so that no line crosses a shape. Returns one SVG per row; each row's SVG
 * fills its cell, whatever its height, because every x is in pixels and every y that reaches the
 * row's edge is 0 or 100%.
 */
export function flowchart(columns: readonly FlowColumn[], rows: readonly FlowRow[], geometry: FlowGeometry): { svg: string[]; crossing: number[][] } {
  const w = geometry.columnWidth;
  const colOf = (role: string) =>
    Math.max(
      0,
      columns.findIndex((c) => c.role.id === role),
    );
  const center = (col: number) => col * w + w / 2;
  const half = (w - 14) / 2;
  const actorCol = rows.map((row) => colOf(row.steps[0]!.actor));
  const edges = edgesOf(rows);

  // Lanes: a side edge runs beside the boundary on its side of the source column, at the first
  // offset no other edge uses over an overlapping span of rows.
  const taken: { x: number; lo: number; hi: number }[] = [];
  for (const edge of edges) {
    if (edge.side === 'down') continue;
    const lo = Math.min(edge.from, edge.to);
    const hi = Math.max(edge.from, edge.to);
    let boundary = actorCol[edge.from]! + (edge.side === 'right' ? 1 : 0);
    for (;;) {
      const candidates = OFFSETS.filter((o) => (boundary === 0 ? o > 0 : boundary === geometry.columns ? o < 0 : true)).map((o) => boundary * w + o);
      const free = candidates.find((x) => !taken.some((t) => t.x === x && t.lo <= hi && lo <= t.hi));
      if (free !== undefined) {
        edge.lane = free;
        taken.push({ x: free, lo, hi });
        break;
      }
      boundary += edge.side === 'right' ? 1 : -1;
      if (boundary < 0 || boundary > geometry.columns) {
        edge.lane = candidates[0] ?? 0;
        break;
      }
    }
  }

  const line = (x1: number, y1: number | string, x2: number, y2: number | string, arrow = false) =>
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"${arrow ? ' marker-end="url(#alur-arrow)"' : ''}/>`;
  const label = (x: number, y: number, value: string, anchor = 'start') =>
    value ? `<text x="${x}" y="${y}" text-anchor="${anchor}" class="flow-label">${value}</text>` : '';

  function shape(kind: FlowRow['shape'], x: number, primary: boolean): string {
    if (kind === 'decision' && primary)
      return `<path class="flow-shape" d="M${x},${SHAPE_TOP - 2} L${x + half},${MID} L${x},${BOTTOM + 2} L${x - half},${MID} Z"/>`;
    if ((kind === 'start' || kind === 'end') && primary) {
      return `<rect class="flow-shape" x="${x - half}" y="${SHAPE_TOP + 2}" width="${2 * half}" height="${SHAPE_HEIGHT - 4}" rx="${(SHAPE_HEIGHT - 4) / 2}"/><text x="${x}" y="${MID + 3}" text-anchor="middle" class="flow-label">${kind === 'start' ? 'Mulai' : 'Selesai'}</text>`;
    }
    return `<rect class="flow-shape" x="${x - half}" y="${SHAPE_TOP + 2}" width="${2 * half}" height="${SHAPE_HEIGHT - 4}"/>`;
  }

  const svg = rows.map((row, r) => {
    const parts: string[] = [];
    for (let b = 1; b < geometry.columns; b += 1) parts.push(`<line class="flow-grid" x1="${b * w}" y1="0" x2="${b * w}" y2="100%"/>`);
    const x = center(actorCol[r]!);
    const first = row.steps[0]!;
    // Participants: the same activity drawn in their columns, joined to the actor's shape.
    for (const p of first.participants ?? []) {
      const px = center(colOf(p));
      parts.push(line(Math.min(x, px) + half, MID, Math.max(x, px) - half, MID), shape('activity', px, false));
    }
    parts.push(shape(row.shape, x, true));
    for (const edge of edges) {
      const lane = edge.lane ?? 0;
      if (edge.side === 'down') {
        if (edge.from === r) {
          parts.push(line(x, row.shape === 'decision' ? BOTTOM + 2 : BOTTOM - 2, x, '100%'));
          parts.push(label(x + 3, BOTTOM + 10, edge.label));
        }
        if (edge.to === r) {
          const sx = center(actorCol[r - 1]!);
          const top = row.shape === 'decision' ? SHAPE_TOP - 2 : SHAPE_TOP + 2;
          if (sx === x) parts.push(line(x, 0, x, top, true));
          else parts.push(line(sx, 0, sx, 5), line(sx, 5, x, 5), line(x, 5, x, top, true));
        }
        continue;
      }
      const up = edge.to < edge.from;
      if (edge.from === r) {
        const vx = edge.side === 'right' ? x + half : x - half;
        parts.push(line(vx, MID, lane, MID), line(lane, MID, lane, up ? 0 : '100%'));
        parts.push(label(edge.side === 'right' ? vx + 2 : vx - 2, MID - 3, edge.label, edge.side === 'right' ? 'start' : 'end'));
      } else if (edge.to === r) {
        const tx = lane > x ? x + half : x - half;
        parts.push(line(lane, up ? '100%' : 0, lane, MID), line(lane, MID, tx, MID, true));
      } else if (r > Math.min(edge.from, edge.to) && r < Math.max(edge.from, edge.to)) {
        parts.push(line(lane, 0, lane, '100%'));
      }
    }
    return `<svg class="flow" aria-hidden="true" width="${geometry.columns * w}" height="100%">${parts.join('')}</svg>`;
  });

  // The lines that cross the boundary below each row: where a page break needs off-page connectors.
  const crossing = rows.map((_, r) => {
    const xs = new Set<number>();
    for (const edge of edges) {
      if (edge.side === 'down' && edge.from === r) xs.add(center(actorCol[r]!));
      else if (edge.side !== 'down' && Math.min(edge.from, edge.to) <= r && r < Math.max(edge.from, edge.to)) xs.add(edge.lane ?? 0);
    }
    return [...xs].sort((a, b) => a - b);
  });
  return { svg, crossing };
}

export const FLOW_MARKER = `<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs><marker id="alur-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" fill="#000"/></marker></defs></svg>`;
