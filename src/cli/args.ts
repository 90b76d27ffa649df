import { parseArgs } from 'node:util';
import { IgnoreOptionSchema, IGNORE_OPTIONS, type IgnoreOption } from '../model/options.js';
import { ReportFormatSchema, type ReportFormat } from '../report/options.js';

export const USAGE = `Usage: counterdraft compare OLD NEW [options]

Compare two versions of a draft agreement clause by clause.

Options:
  -f, --format FORMAT   text (default), markdown, html or json
  -o, --out FILE        write the report to FILE instead of standard output
  -i, --ignore LIST     differences to ignore, comma-separated:
                        ${IGNORE_OPTIONS.join(', ')}
  -a, --all             include unchanged clauses in the report
      --color           colour the text report (default: when writing to a terminal)
      --no-color        never colour
  -h, --help            show this help

Exit status: 0 on success, 1 when an input cannot be read, 2 on bad usage.
`;

/** A mistake in how the command was called: exit 2 and a pointer to --help. */
export class UsageError extends Error {}

export type Command =
  | { name: 'help' }
  | {
      name: 'compare';
      oldPath: string;
      newPath: string;
      format: ReportFormat;
      out: string | null;
      ignore: IgnoreOption[];
      includeUnchanged: boolean;
      color: boolean | null;
    };

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        ignore: { type: 'string', short: 'i', multiple: true },
        all: { type: 'boolean', short: 'a' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help' || positionals.length === 0) return { name: 'help' };
  const [name, ...files] = positionals;
  if (name !== 'compare') throw new UsageError(`unknown command "${name}"`);
  if (files.length !== 2) throw new UsageError(`compare takes two files, OLD and NEW; got ${files.length}`);
  const format = ReportFormatSchema.safeParse(values.format ?? 'text');
  if (!format.success) {
    throw new UsageError(`--format must be one of ${ReportFormatSchema.options.join(', ')}; got "${values.format}"`);
  }
  return {
    name: 'compare',
    oldPath: files[0]!,
    newPath: files[1]!,
    format: format.data,
    out: values.out ?? null,
    ignore: parseIgnore(values.ignore ?? []),
    includeUnchanged: values.all ?? false,
    color: values['no-color'] ? false : (values.color ?? null),
  };
}

function parseIgnore(values: string[]): IgnoreOption[] {
  const items = values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
  return items.map((item) => {
    const ok = IgnoreOptionSchema.safeParse(item);
    if (!ok.success) throw new UsageError(`--ignore: unknown option "${item}"; choose from ${IGNORE_OPTIONS.join(', ')}`);
    return ok.data;
  });
}
