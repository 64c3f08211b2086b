/// <reference lib="dom" />
import type { SvgElement } from '../svg.js';

/**
 * The page builds every element through these helpers. Data only ever reaches the document as
 * text (textContent, createTextNode) or attribute values (setAttribute): never as markup.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, children);
  return e;
}

function append(parent: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG tree (svg.ts) as DOM nodes: the same picture `report --svg` writes as text. */
export function svgNode(e: SvgElement): SVGElement {
  const node = document.createElementNS(SVG_NS, e.tag);
  for (const [k, v] of Object.entries(e.attrs)) if (k !== 'xmlns') node.setAttribute(k, String(v));
  if (e.text !== undefined) node.textContent = e.text;
  for (const c of e.children ?? []) node.appendChild(svgNode(c));
  return node;
}

/** A small SVG built from code-chosen tags and attributes (charts). */
export function s(tag: string, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}
