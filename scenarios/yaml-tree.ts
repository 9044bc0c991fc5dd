/**
 * The parsed YAML document as a tree: one walk that finds duplicate keys, collection keys, `.inf` and
 * `.nan`, and aliases (without following them), and the way from a path of the value back to the node
 * (and key) it came from, through aliases and `<<` merges, to place an issue. Pure.
 */
import { type Document, isAlias, isCollection, isMap, isScalar, isSeq, type ParsedNode } from 'yaml';
import type { IssueAnchor } from './explain.js';
import { codePoints, type Pos } from './text.js';

type Path = PropertyKey[];

/** What one walk over the document found, each with its path and node. */
export interface Scan {
  duplicates: { path: Path; key: ParsedNode; first: ParsedNode }[];
  complexKeys: { path: Path; key: ParsedNode }[];
  nonFinite: { path: Path; node: ParsedNode & { value: unknown; source?: string } }[];
  firstAlias: { path: Path; node: ParsedNode } | undefined;
  unresolved: { path: Path; node: ParsedNode; name: string }[];
}

function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return typeof key.value === 'symbol' ? undefined : String(key.value);
}

/** One walk over the tree, not following aliases: duplicate keys, collection keys, .inf/.nan, aliases. */
export function scanDocument(doc: Document.Parsed): Scan {
  const scan: Scan = {
    duplicates: [],
    complexKeys: [],
    nonFinite: [],
    firstAlias: undefined,
    unresolved: [],
  };
  const walk = (node: unknown, path: Path): void => {
    if (isAlias(node)) {
      scan.firstAlias ??= { path, node: node as ParsedNode };
      if (node.resolve(doc) === undefined)
        scan.unresolved.push({ path, node: node as ParsedNode, name: node.source });
    } else if (isMap(node)) {
      const seen = new Map<string, ParsedNode>();
      for (const pair of node.items) {
        const key = pair.key as ParsedNode | null;
        if (isCollection(key)) {
          scan.complexKeys.push({ path, key });
          continue;
        }
        const name = keyName(key);
        if (name !== undefined && key) {
          const first = seen.get(name);
          if (first) scan.duplicates.push({ path: [...path, name], key, first });
          else seen.set(name, key);
        }
        walk(pair.value, name === undefined ? path : [...path, name]);
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) walk(node.items[i], [...path, i]);
    } else if (isScalar(node)) {
      if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
        scan.nonFinite.push({ path, node: node as ParsedNode & { value: unknown; source?: string } });
      }
    }
  };
  walk(doc.contents, []);
  return scan;
}

/**
 * The node for `path` and, when the anchor asks for it, its key. Follows aliases and `<<` merges;
 * stops at the deepest node that exists. `parent` anchors point at the key (or start) of the
 * mapping that should hold the last segment.
 */
export function locate(
  doc: Document.Parsed,
  path: readonly PropertyKey[],
  anchor: IssueAnchor,
): { node: ParsedNode | null; key: ParsedNode | null } {
  const target = anchor === 'parent' ? path.slice(0, -1) : path;
  let node = doc.contents as ParsedNode | null;
  let key: ParsedNode | null = null;
  for (const seg of target) {
    const here = resolve(doc, node);
    const next = isMap(here) ? findPair(doc, here, String(seg)) : undefined;
    if (next) {
      key = next.key;
      node = next.value;
      continue;
    }
    if (isSeq(here) && typeof seg === 'number' && here.items[seg] !== undefined) {
      key = null;
      node = here.items[seg] as ParsedNode;
      continue;
    }
    return { node, key };
  }
  const emptyValue = !node || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);
  const preferKey = anchor === 'key' || anchor === 'parent' || emptyValue || isCollection(node);
  return { node, key: preferKey ? key : null };
}

function resolve(doc: Document.Parsed, node: ParsedNode | null): ParsedNode | null {
  let n: unknown = node;
  for (let i = 0; i < 16 && isAlias(n); i++) n = n.resolve(doc);
  return (n as ParsedNode | undefined) ?? null;
}

function findPair(
  doc: Document.Parsed,
  map: ParsedNode,
  name: string,
): { key: ParsedNode; value: ParsedNode | null } | undefined {
  if (!isMap(map)) return undefined;
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if (keyName(pair.key) === name)
      return { key: pair.key as ParsedNode, value: pair.value as ParsedNode | null };
  }
  for (const pair of map.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const found = findPair(doc, resolve(doc, source as ParsedNode) as ParsedNode, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** Moves `pos` to character `index` of a one-line scalar's value, when the source maps 1:1 to the value. */
export function offsetInScalar(node: ParsedNode, index: number, text: string, pos: Pos): Pos {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return pos;
  const source = text.slice(node.range[0], node.range[1]);
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const inner = quoted ? source.slice(1, -1) : source;
  if (inner !== node.value || source.includes('\n')) return pos;
  return {
    line: pos.line,
    col: pos.col + (quoted ? 1 : 0) + codePoints(node.value, 0, Math.min(index, node.value.length)),
  };
}
