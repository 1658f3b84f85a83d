/**
 * A filing as the reader returns it ⇄ what the store keeps: one jsonb document holding
 * everything but the facts, and one row per fact. Nothing here names the reader's fields
 * beyond the few a fact row has as columns (so SQL can read them): any field a reader adds
 * (to the filing or to a fact) flows through the generic encoding and comes back
 * deep-equal, with shared objects (a fact's context and unit, a fact listed in
 * `duplicates`) shared again.
 */
import type { XbrlContext, XbrlFact, XbrlFiling, XbrlUnit } from '../xbrl/xbrl-filing.js';

/** One fact row, column by column (see migrations/0001). */
export interface FactRow {
  seq: number;
  concept: string;
  contextIndex: number;
  unitIndex: number | null;
  value: string | null;
  decimals: string | null;
  elementId: string | null;
  line: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  dimensional: boolean;
  unit: string | null;
  /** Every other field of the fact (generic encoding), or null. */
  extra: unknown;
  /** The filing that reported it and the day it was known, where a row names its own (companyfacts records); else the document's. */
  accessionNumber?: string | null;
  knownOn?: string | null;
}

export interface EncodedFiling {
  reader: unknown;
  facts: FactRow[];
}

/** Fields a fact row keeps in columns; the rest go to `extra`. */
const COLUMN_ORDER = ['concept', 'context', 'unit', 'value', 'decimals', 'elementId', 'line'];
const COLUMNS = new Set(COLUMN_ORDER);
const OPTIONAL_COLUMNS = ['elementId', 'line'] as const;

type Refs = { facts: Map<object, number>; contexts: Map<object, number>; units: Map<object, number> };

/** JSON for any plain value: Maps, Sets and references to the filing's facts, contexts and units tagged. */
function encodeValue(value: unknown, refs: Refs): unknown {
  if (value === null || typeof value !== 'object') return value;
  const fact = refs.facts.get(value);
  if (fact !== undefined) return { $fact: fact };
  const context = refs.contexts.get(value);
  if (context !== undefined) return { $context: context };
  const unit = refs.units.get(value);
  if (unit !== undefined) return { $unit: unit };
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : encodeValue(v, refs)));
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encodeValue(k, refs), encodeValue(v, refs)]) };
  if (value instanceof Set) return { $set: [...value].map((v) => encodeValue(v, refs)) };
  const out: Record<string, unknown> = {};
  let tagged = false;
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (k.startsWith('$')) tagged = true;
    out[k] = encodeValue(v, refs);
  }
  return tagged ? { $object: out } : out;
}

type Back = { facts: XbrlFact[]; contexts: XbrlContext[]; units: XbrlUnit[] };

function decodeValue(value: unknown, back: Back): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => decodeValue(v, back));
  const o = value as Record<string, unknown>;
  if ('$fact' in o) return back.facts[o.$fact as number];
  if ('$context' in o) return back.contexts[o.$context as number];
  if ('$unit' in o) return back.units[o.$unit as number];
  if ('$map' in o) return new Map((o.$map as [unknown, unknown][]).map(([k, v]) => [decodeValue(k, back), decodeValue(v, back)]));
  if ('$set' in o) return new Set((o.$set as unknown[]).map((v) => decodeValue(v, back)));
  const fields = '$object' in o ? (o.$object as Record<string, unknown>) : o;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = decodeValue(v, back);
  return out;
}

const plain = { facts: new Map(), contexts: new Map(), units: new Map() } satisfies Refs;

export function encodeFiling(filing: XbrlFiling): EncodedFiling {
  // Every context and unit object, the filing's lists first (in their order), then any only a fact has.
  const contexts = new Map<object, number>();
  const units = new Map<object, number>();
  for (const c of filing.contexts ?? []) if (!contexts.has(c)) contexts.set(c, contexts.size);
  for (const u of filing.units ?? []) if (!units.has(u)) units.set(u, units.size);
  for (const f of filing.facts) {
    if (!contexts.has(f.context)) contexts.set(f.context, contexts.size);
    if (f.unit && !units.has(f.unit)) units.set(f.unit, units.size);
  }
  const facts = new Map<object, number>(filing.facts.map((f, i) => [f, i]));
  const refs: Refs = { facts, contexts, units };

  const rows: FactRow[] = filing.facts.map((f, seq) => {
    let extra: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(f)) {
      if (COLUMNS.has(k) || v === undefined) continue;
      (extra ??= {})[k] = encodeValue(v, refs);
    }
    const absent = OPTIONAL_COLUMNS.filter((k) => !(k in f) || f[k] === undefined);
    if (absent.length) (extra ??= {}).$absent = absent;
    // The key order, where it is not the usual one: the graph iterates objects in it.
    const keys = Object.keys(f).filter((k) => (f as unknown as Record<string, unknown>)[k] !== undefined);
    const usual = [...COLUMN_ORDER.filter((k) => keys.includes(k)), ...keys.filter((k) => !COLUMNS.has(k))];
    if (keys.some((k, i) => usual[i] !== k)) (extra ??= {}).$keys = keys;
    const p = f.context.period;
    return {
      seq,
      concept: f.concept,
      contextIndex: contexts.get(f.context)!,
      unitIndex: f.unit ? units.get(f.unit)! : null,
      value: f.value,
      decimals: f.decimals === null ? null : String(f.decimals),
      elementId: f.elementId ?? null,
      line: f.line ?? null,
      periodStart: p.kind === 'duration' ? p.startDate : null,
      periodEnd: p.kind === 'duration' ? p.endDate : p.kind === 'instant' ? p.date : null,
      dimensional: f.context.dimensions.length > 0,
      unit: f.unit?.name ?? null,
      extra,
    };
  });

  // The facts' place among the filing's keys is kept (a marker), their rows go apart.
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filing)) if (v !== undefined) rest[k] = k === 'facts' ? FACTS_MARKER : v;
  return {
    reader: {
      // Contexts and units hold no references themselves: encoded plainly, then referred to by index.
      $contexts: [...contexts.keys()].map((c) => encodeValue(c, plain)),
      $units: [...units.keys()].map((u) => encodeValue(u, plain)),
      filing: encodeValue(rest, refs),
    },
    facts: rows,
  };
}

export function decodeFiling(reader: unknown, rows: readonly FactRow[]): XbrlFiling {
  const r = reader as { $contexts: unknown[]; $units: unknown[]; filing: unknown };
  const back: Back = {
    contexts: r.$contexts.map((c) => decodeValue(c, { facts: [], contexts: [], units: [] }) as XbrlContext),
    units: r.$units.map((u) => decodeValue(u, { facts: [], contexts: [], units: [] }) as XbrlUnit),
    facts: [],
  };
  back.facts = [...rows]
    .sort((a, b) => a.seq - b.seq)
    .map((row) => {
      const fact: Record<string, unknown> = {
        concept: row.concept,
        context: back.contexts[row.contextIndex],
        unit: row.unitIndex === null ? null : back.units[row.unitIndex],
        value: row.value,
        decimals: row.decimals === null ? null : row.decimals === 'INF' ? 'INF' : Number(row.decimals),
        elementId: row.elementId,
        line: row.line,
      };
      if (row.extra) {
        const { $absent, $keys, ...more } = row.extra as Record<string, unknown> & { $absent?: string[]; $keys?: string[] };
        for (const k of $absent ?? []) delete fact[k];
        // Decoded after every fact exists, below, since a field may refer to another fact.
        return Object.assign(fact, { [EXTRA]: { more, keys: $keys } }) as unknown as XbrlFact;
      }
      return fact as unknown as XbrlFact;
    });
  const facts = back.facts as unknown as Record<string | symbol, unknown>[];
  facts.forEach((fact) => {
    const extra = fact[EXTRA] as { more: Record<string, unknown>; keys?: string[] } | undefined;
    if (!extra) return;
    delete fact[EXTRA];
    for (const [k, v] of Object.entries(extra.more)) fact[k] = decodeValue(v, back);
    if (extra.keys) {
      // Same fields, in the order the reader gave them; a new object, so every reference to this fact is resolved after.
      const inOrder: Record<string, unknown> = {};
      for (const k of extra.keys) inOrder[k] = fact[k];
      Object.keys(fact).forEach((k) => delete fact[k]);
      Object.assign(fact, inOrder);
    }
  });
  const filing = decodeValue(r.filing, back) as Record<string, unknown>;
  for (const k of Object.keys(filing)) if (k === 'facts' && isMarker(filing[k])) filing[k] = back.facts;
  if (!('facts' in filing)) filing.facts = back.facts;
  return filing as unknown as XbrlFiling;
}

const FACTS_MARKER = { $factRows: true };
const isMarker = (v: unknown) => typeof v === 'object' && v !== null && (v as Record<string, unknown>).$factRows === true;

const EXTRA = Symbol('extra');
