import fc from 'fast-check';

/** The part of JSON Schema (OpenAPI 3.0 flavour) that the generated document uses. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
}

/** Strings a careless parser chokes on: NUL and control characters, bidi overrides, NFD, injections. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  '   ',
  '\u0000',
  'Nguyễn\u0000Văn',
  'a\u0001\u0007\u001b[31mb',
  '\r\n\t',
  '\u202Egnp.exe',
  'Trần \u2066Thị\u2069 \u200F',
  'Nguyễn Thị Hồng Nhung'.normalize('NFD'),
  '\uFEFFBOM',
  '\uD800',
  '😀👩‍👩‍👧',
  "' OR 1=1 --",
  '"; drop table people; --',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '%00%ff',
  '${7*7}{{7*7}}',
  '0',
  '-1',
  'null',
  'true',
  '2024-02-30',
  '9999-12-31',
  '1800-01-01',
  '31/12/2024',
  '00000000-0000-7000-8000-000000000000',
];

const WORDS = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Thị',
  'Văn',
  'Đức',
  'Hương',
  'Sở',
  'Công',
  'Thương',
  'thi',
  'đua',
  'khen',
  'thưởng',
  'sáng',
  'kiến',
  'Phòng',
  'năm',
  '2025',
];

const vietnameseText = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const recentDate = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Property names that carry a calendar date (the contracts check dates with refinements, not `format`). */
const DATE_NAME = /(date|On$|At$|^from$|^to$|termFrom|termTo|Deadline)/i;

export interface Hints {
  /** Ids of existing records for a property or parameter name, when the name looks like a reference. */
  idsFor(name: string): readonly string[] | undefined;
}

const fit = (s: string, min = 0, max = Infinity) => (s.length < min ? s.padEnd(min, 'a') : s).slice(0, max);

function stringArb(s: JsonSchema, name: string, hints: Hints): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 2000;
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).map((v) => fit(v, min, max));
    } catch {
      // An expression fast-check cannot invert: plain text below.
    }
  }
  if (s.format === 'email')
    return fc.oneof(fc.emailAddress(), fc.constant('canbo@sct.gov.vn')).map((v) => fit(v, min, max));
  const ids = hints.idsFor(name);
  const other = fc.oneof(
    { weight: 3, arbitrary: vietnameseText.map((v) => fit(v, min, max)) },
    { weight: 1, arbitrary: fc.string({ minLength: Math.max(min, 1), maxLength: Math.max(min, Math.min(max, 40)) }) },
  );
  // References and dates are mostly right, so that requests get past validation into the services.
  if (ids?.length) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: other });
  if (DATE_NAME.test(name))
    return fc.oneof(
      { weight: 6, arbitrary: recentDate },
      { weight: 2, arbitrary: isoDate.map((v) => fit(v, min, max)) },
      { weight: 1, arbitrary: other },
    );
  return other;
}

function numberArb(s: JsonSchema, name: string, integer: boolean): fc.Arbitrary<number> {
  const lo = s.minimum ?? -5;
  const hi = s.maximum ?? 5000;
  const edges = fc.constantFrom(...[lo, hi, Math.min(Math.max(1, lo), hi)]);
  if (/^version$/.test(name)) return fc.integer({ min: Math.max(lo, 1), max: Math.min(hi, 3) });
  const body = integer ? fc.integer({ min: lo, max: hi }) : fc.double({ min: lo, max: hi, noNaN: true });
  // Years around now: most services refuse years long past or still to come.
  if (/year|^from$|^to$/i.test(name) && lo <= 2024 && hi >= 2026)
    return fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: Math.max(lo, 2020), max: Math.min(hi, 2026) }) },
      body,
      edges,
    );
  return fc.oneof(body, edges);
}

/** A value that mostly satisfies the schema ("valid-ish": references point at existing records often). */
export function arbitraryFor(s: JsonSchema, hints: Hints, name = ''): fc.Arbitrary<unknown> {
  const inner = plainArbitrary(s, hints, name);
  return s.nullable ? fc.oneof({ weight: 4, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }) : inner;
}

function plainArbitrary(s: JsonSchema, hints: Hints, name: string): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const union = s.oneOf ?? s.anyOf;
  if (union?.length) return fc.oneof(...union.map((u) => arbitraryFor(u, hints, name)));
  if (s.allOf?.length) return arbitraryFor(Object.assign({}, ...s.allOf) as JsonSchema, hints, name);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return stringArb(s, name, hints);
    case 'integer':
      return numberArb(s, name, true);
    case 'number':
      return numberArb(s, name, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = s.items ? arbitraryFor(s.items, hints, name.replace(/s$/, '')) : fc.jsonValue();
      const min = s.minItems ?? 0;
      return fc.array(item, { minLength: min, maxLength: Math.max(min, Math.min(s.maxItems ?? 4, 4)) });
    }
    case 'object':
    default: {
      if (!s.properties && type !== 'object') return fc.jsonValue({ maxDepth: 2 });
      const props = Object.entries(s.properties ?? {});
      const record = fc.record(Object.fromEntries(props.map(([k, v]) => [k, arbitraryFor(v, hints, k)])), {
        requiredKeys: (s.required ?? []).filter((k) => s.properties?.[k]),
      });
      if (typeof s.additionalProperties !== 'object') return record;
      const ids = hints.idsFor(name);
      const key = ids?.length ? fc.oneof(fc.constantFrom(...ids), fc.string()) : fc.string({ maxLength: 12 });
      const extra = fc.dictionary(key, arbitraryFor(s.additionalProperties, hints, name), { maxKeys: 4 });
      return fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a }));
    }
  }
}

export const MUTATIONS = [
  'wrongType',
  'dropKey',
  'extraKey',
  'nasty',
  'hugeString',
  'numberEdge',
  'null',
  'root',
] as const;
export type Mutation = (typeof MUTATIONS)[number];

const WRONG: readonly unknown[] = [123, 'chuỗi', true, [], {}, null, -0.5, [1, 'a'], { a: { b: [] } }];
const NUMBER_EDGES: readonly number[] = [-1, 0, 1.5, 1e308, -1e308, 2 ** 53 + 1, 2147483648, -2147483649, 1e-9];
const HUGE: readonly number[] = [5_000, 70_000, 1_100_000];

type Path = (string | number)[];

function paths(v: unknown, at: Path = [], out: { path: Path; value: unknown }[] = []) {
  out.push({ path: at, value: v });
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let cur = copy;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  cur[path[path.length - 1]!] = value;
  return copy;
}

/** One mutation of a (valid-ish) value; `pick` and `filler` choose where and with what, reproducibly. */
export function mutate(value: unknown, kind: Mutation, pick: number, filler: number): unknown {
  const all = paths(value);
  const choose = (pred: (v: unknown) => boolean) => {
    const c = all.filter((p) => pred(p.value));
    return c.length ? c[pick % c.length]! : undefined;
  };
  const any = all[pick % all.length]!;
  switch (kind) {
    case 'wrongType':
      return setAt(value, any.path, WRONG[filler % WRONG.length]);
    case 'null':
      return setAt(value, any.path, null);
    case 'dropKey': {
      const o = choose((v) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0);
      if (!o) return setAt(value, [], {});
      const keys = Object.keys(o.value as object);
      const rest = { ...(o.value as object) } as Record<string, unknown>;
      delete rest[keys[filler % keys.length]!];
      return setAt(value, o.path, rest);
    }
    case 'extraKey': {
      const o = choose((v) => !!v && typeof v === 'object' && !Array.isArray(v)) ?? { path: [], value: {} };
      return setAt(value, o.path, { ...(o.value as object), truongLa: WRONG[filler % WRONG.length] });
    }
    case 'nasty': {
      const s = choose((v) => typeof v === 'string') ?? any;
      return setAt(value, s.path, NASTY_STRINGS[filler % NASTY_STRINGS.length]);
    }
    case 'hugeString': {
      const s = choose((v) => typeof v === 'string') ?? any;
      return setAt(value, s.path, 'Ư'.repeat(HUGE[filler % HUGE.length]!));
    }
    case 'numberEdge': {
      const n = choose((v) => typeof v === 'number') ?? any;
      return setAt(value, n.path, NUMBER_EDGES[filler % NUMBER_EDGES.length]);
    }
    case 'root':
      return WRONG[filler % WRONG.length];
  }
}

/** Valid-ish values, and as often one mutation of them. */
export function fuzzValue(s: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  const valid = arbitraryFor(s, hints);
  const broken = fc
    .tuple(valid, fc.constantFrom(...MUTATIONS), fc.nat(), fc.nat())
    .map(([v, kind, pick, filler]) => mutate(v, kind, pick, filler));
  return fc.oneof(valid, broken);
}
