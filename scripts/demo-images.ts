// Generates the featured image of every demo article, plus the publisher logo, entirely in code:
// each picture is an SVG drawn from the article's `image.motif` and a hash of its slug, then
// encoded with sharp. Nothing is downloaded, and the same input always gives the same bytes.
//
//   npx tsx scripts/demo-images.ts
import { createHash } from "node:crypto";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { allDemoArticles } from "../prisma/demo";
import { DEMO_CATEGORIES } from "../prisma/demo/categories";
import { IMAGE_MOTIFS, type DemoArticle, type ImageMotif } from "../prisma/demo/types";

const WIDTH = 1200;
const HEIGHT = 675;
const WEBP_QUALITY = 78;
const OUTPUT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../public/images/demo",
);
const LOGO_FILE = "brand-logo.png";

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** A seeded pseudo-random generator (mulberry32); returns numbers in [0, 1). */
function seededRandom(seed: string): () => number {
  let state = createHash("sha256").update(seed).digest().readUInt32BE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashIndex(seed: string, modulo: number): number {
  return createHash("sha256").update(seed).digest().readUInt32BE(4) % modulo;
}

/** Rounds to one decimal so the SVG stays short and independent of float noise. */
function n(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error("pick() from an empty list");
  return item;
}

// ---------------------------------------------------------------------------------------------
// Colours

interface Palette {
  from: string;
  via: string;
  to: string;
  accent: string;
}

/** Dark, brand-leaning backgrounds; white text and light accents stay readable on all of them. */
const PALETTES: readonly Palette[] = [
  { from: "#070f24", via: "#0f2a6b", to: "#1d4ed8", accent: "#60a5fa" },
  { from: "#06151f", via: "#0b3b4a", to: "#0f766e", accent: "#5eead4" },
  { from: "#0d0a24", via: "#2e1a6b", to: "#5b21b6", accent: "#c4b5fd" },
  { from: "#080c16", via: "#172033", to: "#334155", accent: "#38bdf8" },
  { from: "#03140f", via: "#06372b", to: "#047857", accent: "#6ee7b7" },
  { from: "#14081c", via: "#3b0f3a", to: "#9d174d", accent: "#f9a8d4" },
  { from: "#08102e", via: "#122a78", to: "#1e40af", accent: "#fbbf24" },
  { from: "#04121d", via: "#083451", to: "#0369a1", accent: "#7dd3fc" },
];

const UP = "#34d399";
const DOWN = "#fb7185";

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Mixes two #rrggbb colours; t = 0 gives a, t = 1 gives b. */
function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = hexToRgb(a);
  const [br, bg, bb] = hexToRgb(b);
  const channel = (x: number, y: number) =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, "0");
  return `#${channel(ar, br)}${channel(ag, bg)}${channel(ab, bb)}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

const CHART_BOX = { left: 150, right: 1050, top: 175, bottom: 560 };

function chartGrid(): string {
  const { left, right, top, bottom } = CHART_BOX;
  const lines: string[] = [];
  for (let i = 0; i <= 5; i++) {
    const y = top + ((bottom - top) * i) / 5;
    lines.push(`M${left} ${n(y)}H${right}`);
  }
  for (let i = 0; i <= 9; i++) {
    const x = left + ((right - left) * i) / 9;
    lines.push(`M${n(x)} ${top}V${bottom}`);
  }
  return `<path d="${lines.join("")}" stroke="#ffffff" stroke-opacity="0.07" stroke-width="1.5" fill="none"/>`;
}

/** A random walk of `count` values in 0..1 that drifts up (direction 1) or down (-1). */
function walk(random: () => number, count: number, direction: 1 | -1, drift = 0.6): number[] {
  const values: number[] = [];
  let level = 0;
  for (let i = 0; i < count; i++) {
    level += direction * drift + (random() - 0.5) * 2.2;
    values.push(level);
  }
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((v) => 0.08 + ((v - min) / (max - min || 1)) * 0.84);
}

function glow(cx: number, cy: number, r: number, color: string, opacity: number): string {
  const id = `glow${cx}x${cy}r${r}`;
  return (
    `<defs><radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/>` +
    `<stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient></defs>` +
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#${id})"/>`
  );
}

// ---------------------------------------------------------------------------------------------
// Motifs. Each returns SVG markup drawn roughly around the centre of the 1200x675 canvas.

interface MotifContext {
  article: DemoArticle;
  palette: Palette;
  random: () => number;
}

function lineChart({ random }: MotifContext, direction: 1 | -1): string {
  const color = direction === 1 ? UP : DOWN;
  const { left, right, top, bottom } = CHART_BOX;
  const values = walk(random, 30, direction);
  const points = values.map((v, i) => ({
    x: left + ((right - left) * i) / (values.length - 1),
    y: bottom - v * (bottom - top),
  }));
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${n(p.x)} ${n(p.y)}`).join("");
  const last = points[points.length - 1] ?? { x: right, y: top };
  return [
    glow(760, 330, 420, color, 0.16),
    chartGrid(),
    `<defs><linearGradient id="area" x1="0" y1="0" x2="0" y2="1">` +
      `<stop offset="0" stop-color="${color}" stop-opacity="0.32"/>` +
      `<stop offset="1" stop-color="${color}" stop-opacity="0"/></linearGradient></defs>`,
    `<path d="${line}L${right} ${bottom}L${left} ${bottom}Z" fill="url(#area)"/>`,
    `<path d="M${left} ${n(last.y)}H${right}" stroke="${color}" stroke-opacity="0.45" stroke-width="2" stroke-dasharray="8 10"/>`,
    `<path d="${line}" fill="none" stroke="${color}" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>`,
    `<circle cx="${n(last.x)}" cy="${n(last.y)}" r="22" fill="${color}" fill-opacity="0.22"/>`,
    `<circle cx="${n(last.x)}" cy="${n(last.y)}" r="9" fill="${color}"/>`,
  ].join("");
}

function candles({ random, palette }: MotifContext): string {
  const { left, right, top, bottom } = CHART_BOX;
  const count = 22;
  const direction = random() < 0.6 ? 1 : -1;
  const closes = walk(random, count + 1, direction, 0.3);
  const step = (right - left) / count;
  const toY = (v: number) => bottom - v * (bottom - top);
  const parts: string[] = [glow(600, 360, 460, palette.accent, 0.14), chartGrid()];
  const averages: string[] = [];
  for (let i = 0; i < count; i++) {
    const open = closes[i] ?? 0.5;
    const close = closes[i + 1] ?? 0.5;
    const high = Math.min(0.98, Math.max(open, close) + random() * 0.07);
    const low = Math.max(0.02, Math.min(open, close) - random() * 0.07);
    const x = left + step * (i + 0.5);
    const color = close >= open ? UP : DOWN;
    const bodyTop = toY(Math.max(open, close));
    const bodyHeight = Math.max(4, Math.abs(toY(open) - toY(close)));
    parts.push(
      `<path d="M${n(x)} ${n(toY(high))}V${n(toY(low))}" stroke="${color}" stroke-width="3"/>`,
      `<rect x="${n(x - step * 0.3)}" y="${n(bodyTop)}" width="${n(step * 0.6)}" height="${n(bodyHeight)}" rx="3" fill="${color}"/>`,
    );
    const window = closes.slice(Math.max(0, i - 3), i + 2);
    const average = window.reduce((sum, v) => sum + v, 0) / window.length;
    averages.push(`${i === 0 ? "M" : "L"}${n(x)} ${n(toY(average))}`);
  }
  parts.push(
    `<path d="${averages.join("")}" fill="none" stroke="${palette.accent}" stroke-opacity="0.85" stroke-width="3" stroke-linejoin="round"/>`,
  );
  return parts.join("");
}

/** The glyph inside a coin, chosen from the article's category and tags. */
function coinSymbol(article: DemoArticle, ink: string): string {
  const has = (tag: string) => article.tags.includes(tag);
  if (article.category === "bitcoin" || has("bitcoin")) {
    return (
      `<g transform="rotate(-12)" fill="none" stroke="${ink}" stroke-width="17" stroke-linejoin="round" stroke-linecap="round">` +
      `<path d="M-38 -68H12A34 34 0 0 1 12 0H-38ZM-38 0H20A34 34 0 0 1 20 68H-38ZM-38 -68V68"/>` +
      `<path d="M-20 -90V-68M6 -90V-68M-20 68V90M6 68V90"/></g>`
    );
  }
  if (article.category === "ethereum" || has("ethereum")) {
    return (
      `<g fill="${ink}"><path d="M0 -105L62 2L0 38Z" fill-opacity="0.95"/><path d="M0 -105L-62 2L0 38Z" fill-opacity="0.7"/>` +
      `<path d="M0 52L62 16L0 105Z" fill-opacity="0.95"/><path d="M0 52L-62 16L0 105Z" fill-opacity="0.7"/></g>`
    );
  }
  if (article.category === "xrp" || has("xrp")) {
    return (
      `<g fill="none" stroke="${ink}" stroke-width="18" stroke-linecap="round" stroke-linejoin="round">` +
      `<path d="M-68 -70L-26 -28Q0 -4 26 -28L68 -70"/><path d="M-68 70L-26 28Q0 4 26 28L68 70"/></g>`
    );
  }
  if (has("solana")) {
    return (
      `<g fill="${ink}"><path d="M-50 -70H80L50 -40H-80Z"/><path d="M-80 -15H50L80 15H-50Z" fill-opacity="0.8"/>` +
      `<path d="M-50 40H80L50 70H-80Z"/></g>`
    );
  }
  if (["stocks", "finance", "company"].includes(article.category) || has("stablecoins")) {
    return (
      `<g fill="none" stroke="${ink}" stroke-width="17" stroke-linecap="round">` +
      `<path d="M52 -46C40 -66 18 -72 -4 -72C-34 -72 -56 -56 -56 -34C-56 -8 -30 -2 0 4C32 10 58 18 58 42C58 66 34 76 2 76C-22 76 -46 68 -58 46"/>` +
      `<path d="M0 -100V100"/></g>`
    );
  }
  return (
    `<g fill="none" stroke="${ink}" stroke-width="14" stroke-linejoin="round">` +
    `<path d="M0 -88L76 -44V44L0 88L-76 44V-44Z"/><path d="M0 -40L35 -20V20L0 40L-35 20V-20Z" fill="${ink}"/></g>`
  );
}

function coinColors(article: DemoArticle, palette: Palette): { light: string; dark: string } {
  if (article.category === "bitcoin") return { light: "#fbbf4d", dark: "#d9730d" };
  if (article.category === "ethereum") return { light: "#c7cdf5", dark: "#6170c7" };
  if (article.category === "xrp") return { light: "#e2e8f0", dark: "#64748b" };
  return {
    light: mix(palette.accent, "#ffffff", 0.35),
    dark: mix(palette.accent, palette.from, 0.45),
  };
}

function coinShape(
  cx: number,
  cy: number,
  r: number,
  id: string,
  light: string,
  dark: string,
): string {
  const ticks: string[] = [];
  for (let i = 0; i < 60; i++) {
    const a = (i / 60) * Math.PI * 2;
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    ticks.push(
      `M${n(cx + cos * r * 0.87)} ${n(cy + sin * r * 0.87)}L${n(cx + cos * r * 0.93)} ${n(cy + sin * r * 0.93)}`,
    );
  }
  return (
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/>` +
    `<stop offset="1" stop-color="${dark}"/></linearGradient></defs>` +
    `<circle cx="${cx}" cy="${cy + r * 0.06}" r="${r}" fill="#000000" fill-opacity="0.25"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#${id})"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${n(r * 0.8)}" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="${n(r * 0.025)}"/>` +
    `<path d="${ticks.join("")}" stroke="#ffffff" stroke-opacity="0.3" stroke-width="${n(r * 0.018)}"/>`
  );
}

function coin({ article, palette, random }: MotifContext): string {
  const { light, dark } = coinColors(article, palette);
  const side = random() < 0.5 ? -1 : 1;
  return [
    glow(600, 350, 380, light, 0.22),
    `<g opacity="0.45">${coinShape(600 + side * 300, 230, 78, "coinB", light, dark)}` +
      `<g transform="translate(${600 + side * 300} 230) scale(0.43)">${coinSymbol(article, "#ffffff")}</g></g>`,
    `<g opacity="0.6">${coinShape(600 - side * 280, 500, 92, "coinC", light, dark)}` +
      `<g transform="translate(${600 - side * 280} 500) scale(0.51)">${coinSymbol(article, "#ffffff")}</g></g>`,
    coinShape(600, 360, 180, "coinA", light, dark),
    `<g transform="translate(600 360)">${coinSymbol(article, "#ffffff")}</g>`,
  ].join("");
}

function network({ palette, random }: MotifContext): string {
  const nodes: { x: number; y: number }[] = [{ x: 600, y: 360 }];
  let guard = 0;
  while (nodes.length < 20 && guard++ < 2000) {
    const angle = random() * Math.PI * 2;
    const radius = Math.sqrt(random());
    const candidate = {
      x: 600 + Math.cos(angle) * radius * 430,
      y: 360 + Math.sin(angle) * radius * 215,
    };
    if (nodes.every((p) => Math.hypot(p.x - candidate.x, p.y - candidate.y) > 95))
      nodes.push(candidate);
  }
  const edges = new Set<string>();
  nodes.forEach((p, i) => {
    const nearest = nodes
      .map((q, j) => ({ j, d: Math.hypot(p.x - q.x, p.y - q.y) }))
      .filter(({ j }) => j !== i)
      .sort((a, b) => a.d - b.d)
      .slice(0, i === 0 ? 6 : 2);
    for (const { j } of nearest) edges.add(i < j ? `${i}-${j}` : `${j}-${i}`);
  });
  const lines = [...edges]
    .map((key) => {
      const [a, b] = key.split("-").map(Number);
      const p = nodes[a ?? 0];
      const q = nodes[b ?? 0];
      return p && q ? `M${n(p.x)} ${n(p.y)}L${n(q.x)} ${n(q.y)}` : "";
    })
    .join("");
  const dots = nodes
    .map((p, i) => {
      if (i === 0) {
        return (
          `<circle cx="${p.x}" cy="${p.y}" r="46" fill="${palette.accent}" fill-opacity="0.18"/>` +
          `<circle cx="${p.x}" cy="${p.y}" r="26" fill="${palette.accent}"/>` +
          `<circle cx="${p.x}" cy="${p.y}" r="10" fill="${palette.from}"/>`
        );
      }
      const r = 7 + Math.round(random() * 9);
      const hub = r > 13;
      return (
        (hub
          ? `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${r + 12}" fill="none" stroke="${palette.accent}" stroke-opacity="0.4" stroke-width="2"/>`
          : "") +
        `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${r}" fill="${hub ? palette.accent : mix(palette.accent, "#ffffff", 0.5)}"/>`
      );
    })
    .join("");
  return [
    glow(600, 360, 420, palette.accent, 0.18),
    `<path d="${lines}" stroke="${palette.accent}" stroke-opacity="0.4" stroke-width="2.5"/>`,
    dots,
  ].join("");
}

function blocks({ palette, random }: MotifContext): string {
  // Five isometric block stacks in a diagonal row, linked into a chain by rods. The row runs
  // down to the right or, mirrored, down to the left.
  const size = 64;
  const w = size * 0.866;
  const h = size * 0.5;
  const spacing = 2.2;
  const lift = size + 8;
  const mirror = random() < 0.5 ? -1 : 1;
  const top = mix(palette.accent, "#ffffff", 0.25);
  const leftFace = mix(palette.accent, palette.via, 0.35);
  const rightFace = mix(palette.accent, palette.from, 0.6);
  const heights = [0, 1, 2, 3, 4].map((i) => (i === 2 ? 3 : 1 + Math.floor(random() * 2.2)));
  /** Screen position of the centre of the top face of block k in stack i. */
  const topCentre = (i: number, k: number) => ({
    x: 600 + mirror * (i - 2) * w * spacing,
    y: 400 + (i - 2) * h * spacing - k * lift - size * 0.5,
  });
  const parts: string[] = [];
  heights.forEach((height, i) => {
    for (let k = 0; k < height; k++) {
      const { x, y } = topCentre(i, k);
      parts.push(
        `<path d="M${n(x)} ${n(y - h)}L${n(x + w)} ${n(y)}L${n(x)} ${n(y + h)}L${n(x - w)} ${n(y)}Z" fill="${top}"/>`,
        `<path d="M${n(x - w)} ${n(y)}L${n(x)} ${n(y + h)}V${n(y + h + size)}L${n(x - w)} ${n(y + size)}Z" fill="${leftFace}"/>`,
        `<path d="M${n(x)} ${n(y + h)}L${n(x + w)} ${n(y)}V${n(y + size)}L${n(x)} ${n(y + h + size)}Z" fill="${rightFace}"/>`,
        `<path d="M${n(x - w)} ${n(y)}L${n(x)} ${n(y - h)}L${n(x + w)} ${n(y)}V${n(y + size)}L${n(x)} ${n(y + h + size)}L${n(x - w)} ${n(y + size)}Z" fill="none" stroke="#ffffff" stroke-opacity="0.25" stroke-width="1.5" stroke-linejoin="round"/>`,
      );
    }
    // The rod to the next stack starts at this block's face and ends inside the next stack,
    // which is drawn afterwards and hides the far end.
    if (i < heights.length - 1) {
      const { x, y } = topCentre(i, 0);
      const body = { x, y: y + size / 2 };
      const from = { x: body.x + mirror * w * 0.5, y: body.y + h * 0.5 };
      const to = { x: body.x + mirror * w * spacing, y: body.y + h * spacing };
      const d = `M${n(from.x)} ${n(from.y)}L${n(to.x)} ${n(to.y)}`;
      parts.push(
        `<path d="${d}" stroke="${rightFace}" stroke-width="14"/>`,
        `<path d="${d}" stroke="${top}" stroke-width="5" transform="translate(0 -3)"/>`,
      );
    }
  });
  const frame = [
    `<path d="M170 520H330M870 200H1030" stroke="${palette.accent}" stroke-opacity="0.35" stroke-width="3" stroke-dasharray="2 12" stroke-linecap="round"/>`,
    `<rect x="120" y="495" width="50" height="50" rx="8" fill="none" stroke="${palette.accent}" stroke-opacity="0.5" stroke-width="3"/>`,
    `<rect x="1030" y="175" width="50" height="50" rx="8" fill="none" stroke="${palette.accent}" stroke-opacity="0.5" stroke-width="3"/>`,
  ].join("");
  return [glow(600, 380, 420, palette.accent, 0.2), mirror === 1 ? frame : "", parts.join("")].join(
    "",
  );
}

function building({ palette }: MotifContext): string {
  const stroke = mix(palette.accent, "#ffffff", 0.4);
  const columns: string[] = [];
  for (let i = 0; i < 6; i++) {
    const x = 402 + i * 78;
    columns.push(
      `<rect x="${x}" y="322" width="40" height="178" fill="#ffffff" fill-opacity="0.08"/>`,
      `<path d="M${x + 13} 330V492M${x + 27} 330V492" stroke="${stroke}" stroke-opacity="0.35" stroke-width="2"/>`,
      `<rect x="${x - 6}" y="312" width="52" height="12" rx="2" fill="${stroke}"/>`,
      `<rect x="${x - 6}" y="498" width="52" height="12" rx="2" fill="${stroke}"/>`,
    );
  }
  return [
    glow(600, 380, 420, palette.accent, 0.2),
    `<path d="M600 150L860 262H340Z" fill="#ffffff" fill-opacity="0.08" stroke="${stroke}" stroke-width="6" stroke-linejoin="round"/>`,
    `<circle cx="600" cy="222" r="18" fill="none" stroke="${stroke}" stroke-width="5"/>`,
    `<rect x="350" y="268" width="500" height="36" rx="3" fill="${stroke}" fill-opacity="0.9"/>`,
    `<path d="M370 286H830" stroke="${palette.from}" stroke-opacity="0.35" stroke-width="3" stroke-dasharray="14 10"/>`,
    columns.join(""),
    `<rect x="340" y="516" width="520" height="16" rx="3" fill="${stroke}" fill-opacity="0.85"/>`,
    `<rect x="310" y="538" width="580" height="16" rx="3" fill="${stroke}" fill-opacity="0.65"/>`,
    `<rect x="280" y="560" width="640" height="16" rx="3" fill="${stroke}" fill-opacity="0.45"/>`,
  ].join("");
}

function globe({ palette, random }: MotifContext): string {
  const cx = 600;
  const cy = 360;
  const r = 200;
  const color = mix(palette.accent, "#ffffff", 0.3);
  const meridians = [1, 0.82, 0.5, 0.17]
    .map((f) => `<ellipse cx="${cx}" cy="${cy}" rx="${n(r * f)}" ry="${r}"/>`)
    .join("");
  const parallels = [-60, -30, 0, 30, 60]
    .map((deg) => {
      const rad = (deg * Math.PI) / 180;
      return `<ellipse cx="${cx}" cy="${n(cy + Math.sin(rad) * r)}" rx="${n(Math.cos(rad) * r)}" ry="${n(Math.cos(rad) * r * 0.14)}"/>`;
    })
    .join("");
  // Glowing routes: arcs from one hub to points spread over the visible face, bowing upwards
  // like flight paths.
  const point = (angle: number, reach: number) => ({
    x: cx + Math.cos(angle) * r * reach,
    y: cy + Math.sin(angle) * r * reach * 0.8,
  });
  const hub = point(random() * Math.PI * 2, 0.15 + random() * 0.25);
  const routes: string[] = [];
  const ends: string[] = [`<circle cx="${n(hub.x)}" cy="${n(hub.y)}" r="10" fill="#ffffff"/>`];
  const start = random() * Math.PI * 2;
  for (let i = 0; i < 4; i++) {
    const b = point(start + (i * Math.PI) / 2 + (random() - 0.5) * 0.6, 0.62 + random() * 0.25);
    const dist = Math.hypot(b.x - hub.x, b.y - hub.y);
    const control = { x: (hub.x + b.x) / 2, y: (hub.y + b.y) / 2 - dist * 0.38 };
    routes.push(`M${n(hub.x)} ${n(hub.y)}Q${n(control.x)} ${n(control.y)} ${n(b.x)} ${n(b.y)}`);
    ends.push(`<circle cx="${n(b.x)}" cy="${n(b.y)}" r="6.5" fill="#ffffff"/>`);
  }
  const path = routes.join("");
  return [
    glow(cx, cy, 400, palette.accent, 0.22),
    `<defs><radialGradient id="sphere" cx="0.38" cy="0.35" r="0.75"><stop offset="0" stop-color="${palette.accent}" stop-opacity="0.45"/>` +
      `<stop offset="1" stop-color="${palette.from}" stop-opacity="0.6"/></radialGradient></defs>`,
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#sphere)"/>`,
    `<g fill="none" stroke="${color}" stroke-opacity="0.45" stroke-width="2.5">${meridians}${parallels}<path d="M${cx} ${cy - r}V${cy + r}"/></g>`,
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${color}" stroke-width="5"/>`,
    `<path d="${path}" fill="none" stroke="${palette.accent}" stroke-opacity="0.25" stroke-width="14" stroke-linecap="round"/>`,
    `<path d="${path}" fill="none" stroke="${mix(palette.accent, "#ffffff", 0.6)}" stroke-width="3.5" stroke-linecap="round"/>`,
    ends.join(""),
  ].join("");
}

function shield({ palette, random }: MotifContext): string {
  const light = mix(palette.accent, "#ffffff", 0.3);
  const dark = mix(palette.accent, palette.from, 0.55);
  const outline = "M600 140L780 200V352C780 470 705 540 600 585C495 540 420 470 420 352V200Z";
  // A circuit pattern behind the shield: traces run outwards, some bend 45 degrees, and all end
  // in pads. Traces are at least 46px apart and bend by less than that, all the same way on a
  // side, so they never cross.
  const traces: string[] = [];
  const pads: string[] = [];
  for (const side of [-1, 1]) {
    const bendDirection = random() < 0.5 ? -1 : 1;
    for (let i = 0; i < 6; i++) {
      const y0 = 200 + i * 62 + Math.round(random() * 16);
      const x0 = 600 + side * 150;
      const run = 90 + Math.round(random() * 90);
      const bend = random() < 0.7 ? bendDirection * 34 : 0;
      const x1 = x0 + side * run;
      const x2 = x1 + side * Math.abs(bend);
      const x3 = x2 + side * (60 + Math.round(random() * 110));
      traces.push(`M${x0} ${y0}H${x1}L${x2} ${y0 + bend}H${x3}`);
      pads.push(`<circle cx="${x3}" cy="${y0 + bend}" r="7"/>`);
    }
  }
  return [
    glow(600, 360, 400, palette.accent, 0.22),
    `<path d="${traces.join("")}" fill="none" stroke="${palette.accent}" stroke-opacity="0.35" stroke-width="3" stroke-linejoin="round"/>`,
    `<g fill="none" stroke="${palette.accent}" stroke-opacity="0.55" stroke-width="3">${pads.join("")}</g>`,
    `<defs><linearGradient id="shieldFill" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>`,
    `<path d="${outline}" transform="translate(0 12)" fill="#000000" fill-opacity="0.25"/>`,
    `<path d="${outline}" fill="url(#shieldFill)"/>`,
    `<path d="${outline}" transform="translate(600 362) scale(0.82) translate(-600 -362)" fill="none" stroke="#ffffff" stroke-opacity="0.4" stroke-width="4"/>`,
    `<path d="M538 362L584 408L666 318" fill="none" stroke="${palette.from}" stroke-width="30" stroke-linecap="round" stroke-linejoin="round"/>`,
  ].join("");
}

function book({ palette, random }: MotifContext): string {
  const cover = mix(palette.accent, palette.from, 0.35);
  const ink = mix(palette.accent, palette.from, 0.45);
  // Text lines on the left page follow its gentle curve; one stops short, like a paragraph end.
  // A shortened line is the first part of the full curve (de Casteljau split at t).
  const curve = (x0: number, cx: number, x1: number, y: number, t: number) => {
    const p0 = { x: x0, y: y + 4 };
    const p1 = { x: cx, y: y - 14 };
    const p2 = { x: x1, y: y + 8 };
    const c = { x: p0.x + (p1.x - p0.x) * t, y: p0.y + (p1.y - p0.y) * t };
    const e = {
      x: (1 - t) ** 2 * p0.x + 2 * (1 - t) * t * p1.x + t * t * p2.x,
      y: (1 - t) ** 2 * p0.y + 2 * (1 - t) * t * p1.y + t * t * p2.y,
    };
    return `M${p0.x} ${p0.y}Q${n(c.x)} ${n(c.y)} ${n(e.x)} ${n(e.y)}`;
  };
  const lines: string[] = [];
  for (let i = 0; i < 7; i++) lines.push(curve(372, 466, 560, 285 + i * 30, i === 3 ? 0.55 : 1));
  // The right page holds a small chart: rising bars with a line over them.
  const bars: string[] = [];
  const points: string[] = [];
  for (let i = 0; i < 6; i++) {
    const x = 660 + i * 27;
    const value = 40 + i * 18 + Math.round(random() * 22);
    bars.push(`<rect x="${x}" y="${470 - value}" width="17" height="${value}" rx="2"/>`);
    points.push(`${i === 0 ? "M" : "L"}${x + 8.5} ${470 - value - 22}`);
  }
  return [
    glow(600, 380, 420, palette.accent, 0.22),
    `<path d="M600 262C510 222 380 222 300 250V560C380 532 510 532 600 575C690 532 820 532 900 560V250C820 222 690 222 600 262Z" fill="${cover}"/>`,
    `<path d="M600 250C520 212 405 212 330 236V530C405 508 520 510 600 548Z" fill="#f8fafc"/>`,
    `<path d="M600 250C680 212 795 212 870 236V530C795 508 680 510 600 548Z" fill="#e2e8f0"/>`,
    `<path d="${lines.join("")}" fill="none" stroke="#94a3b8" stroke-width="5" stroke-linecap="round"/>`,
    `<path d="M648 290V474H828" fill="none" stroke="#94a3b8" stroke-width="3" stroke-linecap="round"/>`,
    `<g fill="${palette.accent}" fill-opacity="0.55">${bars.join("")}</g>`,
    `<path d="${points.join("")}" fill="none" stroke="${ink}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<path d="M600 250V548" stroke="#cbd5e1" stroke-width="3"/>`,
    `<path d="M836 230V300L850 288L864 300V234" fill="${palette.accent}"/>`,
  ].join("");
}

const MOTIFS: Record<ImageMotif, (context: MotifContext) => string> = {
  "chart-up": (context) => lineChart(context, 1),
  "chart-down": (context) => lineChart(context, -1),
  coin,
  network,
  blocks,
  candles,
  building,
  globe,
  shield,
  book,
};

// ---------------------------------------------------------------------------------------------
// Whole images

const CATEGORY_NAMES = new Map<string, string>(DEMO_CATEGORIES.map((c) => [c.slug, c.name]));

function articleSvg(article: DemoArticle): string {
  const palette = pick(PALETTES, hashIndex(`palette:${article.slug}`, PALETTES.length));
  const random = seededRandom(`motif:${article.slug}`);
  const angle = Math.round(random() * 40);
  const label = escapeXml((CATEGORY_NAMES.get(article.category) ?? article.category).toUpperCase());
  const decoX = Math.round(900 + random() * 250);
  const decoY = Math.round(-80 + random() * 140);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<defs><linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)" x1="0" y1="0" x2="1" y2="1">` +
      `<stop offset="0" stop-color="${palette.from}"/><stop offset="0.6" stop-color="${palette.via}"/>` +
      `<stop offset="1" stop-color="${palette.to}"/></linearGradient></defs>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>`,
    `<g fill="none" stroke="#ffffff" stroke-opacity="0.05" stroke-width="2">` +
      `<circle cx="${decoX}" cy="${decoY}" r="260"/><circle cx="${decoX}" cy="${decoY}" r="380"/></g>`,
    MOTIFS[article.image.motif]({ article, palette, random }),
    `<rect x="64" y="56" width="5" height="26" rx="2" fill="${palette.accent}"/>`,
    `<text x="84" y="78" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="22" font-weight="700" letter-spacing="4" fill="#ffffff" fill-opacity="0.9">${label}</text>`,
    `</svg>`,
  ].join("");
}

/** The publisher logo: a "CM" monogram drawn with strokes, so no font is involved. */
function logoSvg(): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">`,
    `<defs><linearGradient id="logo" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#2563eb"/><stop offset="1" stop-color="#1e3a8a"/></linearGradient></defs>`,
    `<rect width="512" height="512" rx="112" fill="url(#logo)"/>`,
    `<g fill="none" stroke-width="44" stroke-linecap="round" stroke-linejoin="round">`,
    `<path d="M228.1 195.9A85 85 0 1 0 228.1 316.1" stroke="#ffffff"/>`,
    `<path d="M298 341V171L363 261L428 171V341" stroke="#fbbf24"/>`,
    `</g></svg>`,
  ].join("");
}

async function main(): Promise<void> {
  const articles = allDemoArticles();
  const seen = new Set<string>();
  for (const article of articles) {
    if (seen.has(article.slug)) throw new Error(`Duplicate demo article slug: ${article.slug}`);
    seen.add(article.slug);
    if (!IMAGE_MOTIFS.includes(article.image.motif)) {
      throw new Error(`Unknown image motif "${article.image.motif}" in ${article.slug}`);
    }
  }

  await mkdir(OUTPUT_DIR, { recursive: true });
  sharp.cache(false);

  let totalBytes = 0;
  let largest = { file: "", bytes: 0 };
  const write = async (file: string, data: Buffer) => {
    await writeFile(path.join(OUTPUT_DIR, file), data);
    totalBytes += data.length;
    if (data.length > largest.bytes) largest = { file, bytes: data.length };
  };

  for (const article of articles) {
    const webp = await sharp(Buffer.from(articleSvg(article)))
      .webp({ quality: WEBP_QUALITY, effort: 6 })
      .toBuffer();
    await write(`${article.slug}.webp`, webp);
  }
  const logo = await sharp(Buffer.from(logoSvg()))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  await write(LOGO_FILE, logo);

  // Images of articles that no longer exist (renamed or removed slugs) would otherwise linger.
  const stale = (await readdir(OUTPUT_DIR)).filter(
    (file) => file.endsWith(".webp") && !seen.has(file.slice(0, -".webp".length)),
  );
  for (const file of stale) await rm(path.join(OUTPUT_DIR, file));

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `Wrote ${articles.length + 1} files (${articles.length} article images + ${LOGO_FILE}) to ` +
      `${path.relative(process.cwd(), OUTPUT_DIR) || "."}: ${kb(totalBytes)} in total, ` +
      `largest ${largest.file} at ${kb(largest.bytes)}.` +
      (stale.length > 0 ? ` Removed ${stale.length} stale image(s).` : ""),
  );
}

await main();
