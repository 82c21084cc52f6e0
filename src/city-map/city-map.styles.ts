import { css } from 'lit';
import { darkTokens, whenDark } from '../core/dark-theme.js';

/** The dark theme's scale: lighter with more members; counts dark on light shades. */
const darkScale = css`
  --_map-0: var(--vae-map-color-empty, #2b3b47);
  --_map-1: var(--vae-map-color-1, #1c4466);
  --_map-2: var(--vae-map-color-2, #2f6ea3);
  --_map-3: var(--vae-map-color-3, #5b9bd0);
  --_map-4: var(--vae-map-color-4, #8cc4ec);
  --_map-5: var(--vae-map-color-5, #d4ecfb);
  --_map-stroke: var(--vae-map-stroke, #8a9aa6);
  --_map-hover: var(--vae-map-hover, #ffb067);
  --_map-on-low: #f4f6f8;
  --_map-on-high: #13222d;
  --_map-on-3: var(--_map-on-high);
`;

export const cityMapStyles = [
  darkTokens,
  css`
    :host {
      display: block;
      max-width: 100%;
      --_map-0: var(--vae-map-color-empty, #f4f4f4);
      --_map-1: var(--vae-map-color-1, #deebf7);
      --_map-2: var(--vae-map-color-2, #9ecae1);
      --_map-3: var(--vae-map-color-3, #4292c6);
      --_map-4: var(--vae-map-color-4, #2171b5);
      --_map-5: var(--vae-map-color-5, #08306b);
      --_map-stroke: var(--vae-map-stroke, #6b6b6b);
      --_map-hover: var(--vae-map-hover, #b34700);
      /* The count colour: "low" on levels 1–2, "high" on 4–5, level 3 per theme (4.5:1 each). */
      --_map-on-low: #1a1a1a;
      --_map-on-high: #ffffff;
      --_map-on-3: var(--_map-on-low);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_vae-gap);
      align-items: center;
      justify-content: space-between;
      margin-block-end: var(--_vae-gap);
    }
    h2 {
      font-size: 1.1em;
      margin: 0;
    }
    .switch {
      display: inline-flex;
      border: 1px solid var(--_vae-border);
      border-radius: var(--_vae-radius);
      overflow: hidden;
    }
    .switch button {
      font: inherit;
      border: 0;
      padding: 0.3em 0.9em;
      background: var(--_vae-surface);
      color: var(--_vae-ink);
      cursor: pointer;
    }
    .switch button[aria-pressed='true'] {
      background: var(--_vae-accent);
      color: var(--_vae-accent-ink);
    }
    .map {
      position: relative;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
    }
    .dept {
      fill: var(--_fill);
      stroke: var(--_map-stroke);
      stroke-width: 0.5;
      stroke-linejoin: round;
    }
    .dept[tabindex] {
      cursor: pointer;
    }
    .dept[tabindex]:hover,
    .dept.active {
      stroke: var(--_map-hover);
      stroke-width: 2;
    }
    .dept:focus {
      outline: none;
    }
    .dept:focus-visible {
      stroke: var(--_vae-focus);
      stroke-width: 3;
    }
    .frame {
      fill: none;
      stroke: var(--_map-stroke);
      stroke-width: 0.5;
      stroke-dasharray: 3 2;
    }
    .count,
    .inset-name,
    .zoom-name {
      font-size: 11px;
      font-family: var(--_vae-font);
      text-anchor: middle;
      pointer-events: none;
    }
    .count {
      font-weight: 700;
      dominant-baseline: central;
      fill: var(--_on);
    }
    .zoom-dept,
    .callout circle {
      fill: var(--_fill);
      stroke: var(--_map-stroke);
      stroke-width: 0.5;
      vector-effect: non-scaling-stroke;
    }
    .zoom-dept:hover {
      stroke: var(--_map-hover);
      stroke-width: 2;
    }
    .zoom-frame,
    .locator {
      fill: none;
      stroke: var(--_map-stroke);
      stroke-width: 0.75;
    }
    .locator {
      stroke-dasharray: 2 2;
      pointer-events: none;
    }
    .callout line {
      stroke: var(--_vae-ink);
      stroke-width: 1;
    }
    .zoom-name,
    .inset-name {
      fill: var(--_vae-ink);
    }
    .inset-name {
      font-size: 12px;
    }
    .tooltip {
      position: absolute;
      z-index: 1;
      transform: translate(-50%, calc(-100% - 12px));
      max-width: min(18rem, 90%);
      padding: 0.4em 0.6em;
      background: var(--_vae-surface);
      color: var(--_vae-ink);
      border: 1px solid var(--_vae-border);
      border-radius: var(--_vae-radius);
      box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
      pointer-events: none;
      font-size: 0.9em;
    }
    .tooltip p {
      margin: 0;
    }
    .tooltip .names {
      color: var(--_vae-muted);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      list-style: none;
      padding: 0;
      margin: var(--_vae-gap) 0 0;
      font-size: 0.9em;
    }
    .legend-title {
      font-weight: 700;
      margin: var(--_vae-gap) 0 0;
      font-size: 0.9em;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
    }
    [data-level] {
      --_fill: var(--_map-0);
      --_on: var(--_map-on-low);
    }
    [data-level='1'] {
      --_fill: var(--_map-1);
    }
    [data-level='2'] {
      --_fill: var(--_map-2);
    }
    [data-level='3'] {
      --_fill: var(--_map-3);
      --_on: var(--_map-on-3);
    }
    [data-level='4'] {
      --_fill: var(--_map-4);
      --_on: var(--_map-on-high);
    }
    [data-level='5'] {
      --_fill: var(--_map-5);
      --_on: var(--_map-on-high);
    }
    .swatch {
      background: var(--_fill);
      display: inline-block;
      width: 1.1em;
      height: 1.1em;
      border: 1px solid var(--_map-stroke);
    }
    .panel {
      margin-block-start: var(--_vae-gap);
      padding: 0.5em 0.75em;
      border: 1px solid var(--_vae-border);
      border-radius: var(--_vae-radius);
      background: var(--_vae-surface);
    }
    .panel-head {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: var(--_vae-gap);
    }
    .panel h3 {
      font-size: 1em;
      margin: 0;
    }
    .panel ul {
      margin: 0.4em 0 0;
      padding-inline-start: 1.2em;
    }
    .panel button,
    .close {
      font: inherit;
      cursor: pointer;
    }
    .member {
      background: none;
      border: 0;
      padding: 0.15em 0;
      color: var(--_vae-accent);
      text-decoration: underline;
      text-align: start;
    }
    a {
      color: var(--_vae-accent);
    }
    .table-scroll {
      max-width: 100%;
      overflow: auto;
      max-height: 32rem;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.95em;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.3em;
    }
    caption small {
      display: block;
      font-weight: 400;
      color: var(--_vae-muted);
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.3em 0.5em;
      border-bottom: 1px solid var(--_vae-border);
    }
    td.count-cell {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .credit {
      margin: var(--_vae-gap) 0 0;
      font-size: 0.8em;
      color: var(--_vae-muted);
    }
    .hint {
      margin: 0.25em 0 0;
      font-size: 0.8em;
      color: var(--_vae-muted);
    }
    @media (forced-colors: active) {
      /* The reader's system colours, whatever the theme. */
      :host,
      :host([theme]) {
        --_vae-ink: CanvasText;
        --_vae-muted: CanvasText;
        --_vae-surface: Canvas;
        --_vae-accent: LinkText;
        --_vae-border: CanvasText;
        background: Canvas;
        color: CanvasText;
      }
      /* The shading is the information: keep its colours, outline shapes in system colours. */
      svg,
      .swatch {
        forced-color-adjust: none;
      }
      .dept,
      .frame,
      .swatch,
      .zoom-frame,
      .locator,
      .zoom-dept,
      .callout circle,
      .callout line {
        stroke: CanvasText;
        border-color: CanvasText;
      }
      .dept[tabindex]:hover,
      .dept.active,
      .dept:focus-visible {
        stroke: Highlight;
      }
      .inset-name,
      .zoom-name {
        fill: CanvasText;
      }
      svg {
        background: Canvas;
      }
      .switch button[aria-pressed='true'] {
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
  whenDark(darkScale),
];
