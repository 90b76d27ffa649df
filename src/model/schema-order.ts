import type * as z from 'zod';

/**
 * A copy of `data` as `schema` would give it back (each object's keys in the schema's order,
 * keys the schema does not name left out), checked on the way: types, literals, enum members,
 * nullability, string lengths and number bounds. Nothing is transformed, so the copy is what
 * `schema.parse(data)` returns, at a fraction of its cost on large reports; a schema this does not
 * know how to read is handed to zod for that part. Throws on data that breaks the schema.
 */
export function inSchemaOrder<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  trail.length = 0;
  return copierOf(schema)(data) as z.infer<S>;
}

type Copier = (value: unknown) => unknown;

// Where the copy is: the keys and indexes from the top, pushed and popped as the copy goes down
// and up, and spelled out as a path ("changes[3].kind") only when a value breaks the schema.
const trail: (string | number)[] = [];

function pathOf(): string {
  let path = '';
  for (const step of trail) path = typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step;
  return path;
}

const copiers = new WeakMap<object, Copier>();

function copierOf(schema: z.ZodType): Copier {
  let copier = copiers.get(schema);
  if (!copier) {
    // set before it is built, so a schema that refers to itself finds it
    copiers.set(schema, (value) => copier!(value));
    copier = build(schema);
    copiers.set(schema, copier);
  }
  return copier;
}

class ContractError extends Error {}

function fail(message: string): never {
  const path = pathOf();
  throw new ContractError(`${path || '(top level)'}: ${message}`);
}

// zod's own definition of a schema: what kind it is and what it holds
interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  checks?: { _zod: { def: CheckDefinition } }[];
  catchall?: unknown;
}
interface CheckDefinition {
  check: string;
  format?: string;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
}

function build(schema: z.ZodType): Copier {
  const def = (schema as unknown as { _zod: { def: Definition } })._zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const known = checks.every((c) => c.check === 'min_length' || c.check === 'greater_than' || c.check === 'less_than' || (c.check === 'number_format' && c.format === 'safeint'));
  if (!known) return byZod(schema);
  switch (def.type) {
    case 'object': {
      if (def.catchall !== undefined) return byZod(schema);
      const fields = Object.entries(def.shape!).map(([key, field]) => ({ key, copy: copierOf(field), optional: isOptional(field) }));
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('expected an object');
        const source = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const { key, copy, optional } of fields) {
          const item = source[key];
          if (item === undefined && optional) continue;
          trail.push(key);
          out[key] = copy(item);
          trail.pop();
        }
        return out;
      };
    }
    case 'array': {
      const copy = copierOf(def.element!);
      return (value) => {
        if (!Array.isArray(value)) fail('expected an array');
        const out = new Array<unknown>(value.length);
        for (let k = 0; k < value.length; k++) {
          trail.push(k);
          out[k] = copy(value[k]);
          trail.pop();
        }
        return out;
      };
    }
    case 'optional': {
      const copy = copierOf(def.innerType!);
      return (value) => (value === undefined ? undefined : copy(value));
    }
    case 'nullable': {
      const copy = copierOf(def.innerType!);
      return (value) => (value === null ? null : copy(value));
    }
    case 'string':
      return (value) => {
        if (typeof value !== 'string') fail('expected a string');
        for (const check of checks) if (check.check === 'min_length' && value.length < check.minimum!) fail(`shorter than ${check.minimum}`);
        return value;
      };
    case 'number':
      return (value) => {
        if (typeof value !== 'number' || !Number.isFinite(value)) fail('expected a number');
        for (const check of checks) {
          if (check.check === 'number_format' && !Number.isSafeInteger(value)) fail('expected an integer');
          if (check.check === 'greater_than' && (check.inclusive ? value < check.value! : value <= check.value!)) fail(`below ${check.value}`);
          if (check.check === 'less_than' && (check.inclusive ? value > check.value! : value >= check.value!)) fail(`above ${check.value}`);
        }
        return value;
      };
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : fail('expected a boolean'));
    case 'literal': {
      const values = def.values!;
      return (value) => (values.includes(value) ? value : fail(`expected ${values.map((v) => JSON.stringify(v)).join(' or ')}`));
    }
    case 'enum': {
      const members = new Set<unknown>(Object.values(def.entries!));
      return (value) => (members.has(value) ? value : fail(`not one of ${[...members].join(', ')}`));
    }
    default:
      return byZod(schema);
  }
}

function isOptional(schema: z.ZodType): boolean {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def.type === 'optional';
}

/** A part of the schema read by zod itself. */
function byZod(schema: z.ZodType): Copier {
  return (value) => {
    const result = schema.safeParse(value);
    if (!result.success) fail(result.error.issues[0]?.message ?? 'invalid');
    return result.data;
  };
}
