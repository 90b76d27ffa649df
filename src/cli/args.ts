import { parseArgs } from 'node:util';
import { IgnoreOptionSchema, IGNORE_OPTIONS, type IgnoreOption } from '../model/options.js';
import { CategoryIdSchema, type CategoryId } from '../model/finding.js';
import { AudienceSchema, counterpartyConflict, defaultAudience, type Audience } from '../report/audience.js';
import { ReportFormatSchema, type ReportFormat } from '../report/options.js';
import { ISSUES_LIST_FORMATS, type IssuesListFormat } from '../issues/render.js';

export const USAGE = `Usage:
  counterdraft compare OLD NEW [options]   compare two versions clause by clause, with concerns
  counterdraft compare --pairs MANIFEST [options]
                                           compare every pair a JSON manifest lists, in one run
  counterdraft history FILE FILE... [options]
                                           the whole negotiation: each version against the one
                                           before, oldest first, in one report
  counterdraft issues-list OLD NEW [options]
                                           the open points of the pair, one row each: the clause,
                                           both texts, the concerns, brackets, position, status
  counterdraft concerns FILE [options]     the concerns found in one version
  counterdraft terms FILE... [options]     key terms (figures, durations, parties) across versions, oldest first

Options:
  -f, --format FORMAT   compare, history: text (default), markdown, html, json, csv (the changes),
                        csv-findings (the concerns) or docx (Word, tracked changes; needs --out);
                        issues-list: markdown (default), html, csv, json or docx (needs --out);
                        concerns, terms: text or json
  -o, --out FILE        write the report to FILE instead of standard output
      --pairs MANIFEST  compare: {"pairs": [{"old": FILE, "new": FILE, "out": FILE}]}, paths
                        relative to the manifest; a pair without "out" is written to standard
                        output (docx needs "out")
  -i, --ignore LIST     compare, history, issues-list: differences to ignore, comma-separated:
                        ${IGNORE_OPTIONS.join(', ')}
  -a, --all             compare, history: include unchanged clauses in the report
      --only CATEGORY   compare, history: only changes whose clauses have a concern of CATEGORY:
                        ${CategoryIdSchema.options.join(', ')}
      --for PARTY       compare, history, issues-list, concerns: read the concerns from
                        PARTY's side (any name the draft gives it: "Ukraine", "the Buyer",
                        "Acme Minerals Ltd"): each says whether it is against us or in our
                        favour, against us first
      --audience WHO    compare, history: counterparty (the text changes only: no concerns, notes,
                        stance or other versions' names) or internal (everything, marked
                        internal); docx defaults to counterparty, other formats to internal.
                        issues-list: internal (default) or counterparty (bracketed points only)
      --ours SIDE       issues-list: old or new, the version our side tabled; its column
                        is headed "Our text", the other "Their text"
      --notes FILE      issues-list: the notes of an annotations export (the app's "Export
                        annotations (W3C JSON-LD)"), placed on the clauses they quote: they
                        fill the "our position" and "status" columns
      --color           colour the text report (default: when writing to a terminal)
      --no-color        never colour
  -h, --help            show this help

Exit status: 0 on success, 1 when an input cannot be read, 2 on bad usage.
`;

/** A mistake in how the command was called: exit 2 and a pointer to --help. */
export class UsageError extends Error {}

export type ListFormat = 'text' | 'json';

export type Command =
  | { name: 'help' }
  | ({ name: 'compare'; oldPath: string; newPath: string } & ReportSettings)
  | ({ name: 'compare-pairs'; manifest: string } & ReportSettings)
  | ({ name: 'history'; paths: string[] } & ReportSettings)
  | {
      name: 'issues-list';
      oldPath: string;
      newPath: string;
      format: IssuesListFormat;
      out: string | null;
      ignore: IgnoreOption[];
      we: string | null;
      ours: 'old' | 'new' | null;
      audience: Audience;
      /** an annotations export (the app's W3C JSON-LD) whose notes fill the position and status */
      notesPath: string | null;
    }
  | { name: 'concerns'; path: string; format: ListFormat; out: string | null; we: string | null }
  | { name: 'terms'; paths: string[]; format: ListFormat; out: string | null };

/** How a comparison is read and written: what compare, a manifest of pairs and history share. */
export interface ReportSettings {
  format: ReportFormat;
  out: string | null;
  ignore: IgnoreOption[];
  includeUnchanged: boolean;
  onlyCategory: CategoryId | null;
  color: boolean | null;
  we: string | null;
  audience: Audience;
}

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
        only: { type: 'string' },
        for: { type: 'string' },
        audience: { type: 'string' },
        ours: { type: 'string' },
        notes: { type: 'string' },
        pairs: { type: 'string' },
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
  const out = values.out ?? null;
  if (name === 'concerns' || name === 'terms') {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format for ${name} must be text or json; got "${format}"`);
    if (name === 'concerns') {
      if (files.length !== 1) throw new UsageError(`concerns takes one file; got ${files.length}`);
      return { name, path: files[0]!, format, out, we: values.for ?? null };
    }
    if (files.length === 0) throw new UsageError('terms takes one or more files, oldest first');
    return { name, paths: files, format, out };
  }
  if (name === 'issues-list') return parseIssuesList(files, values, out);
  if (name === 'history') {
    if (files.length < 2) throw new UsageError(`history takes two or more files, oldest first; got ${files.length}`);
    return { name, paths: files, ...reportSettings(values, out) };
  }
  if (name !== 'compare') throw new UsageError(`unknown command "${name}"`);
  if (values.pairs !== undefined) {
    if (files.length !== 0) throw new UsageError('compare takes either two files or --pairs MANIFEST, not both');
    return { name: 'compare-pairs', manifest: values.pairs, ...reportSettings(values, out, { outIsFolder: true }) };
  }
  if (files.length !== 2) throw new UsageError(`compare takes two files, OLD and NEW; got ${files.length}`);
  return { name: 'compare', oldPath: files[0]!, newPath: files[1]!, ...reportSettings(values, out) };
}

interface ReportValues {
  format?: string;
  ignore?: string[];
  all?: boolean;
  only?: string;
  for?: string;
  audience?: string;
  color?: boolean;
  'no-color'?: boolean;
}

/** The options compare and history share, checked; `outIsFolder` when each pair names its own file. */
function reportSettings(values: ReportValues, out: string | null, { outIsFolder = false } = {}): ReportSettings {
  const format = ReportFormatSchema.safeParse(values.format ?? 'text');
  if (!format.success) {
    throw new UsageError(`--format must be one of ${ReportFormatSchema.options.join(', ')}; got "${values.format}"`);
  }
  if (format.data === 'docx' && out === null && !outIsFolder) throw new UsageError('--format docx writes a file: give it with --out FILE');
  let onlyCategory: CategoryId | null = null;
  if (values.only !== undefined) {
    const only = CategoryIdSchema.safeParse(values.only);
    if (!only.success) throw new UsageError(`--only: unknown category "${values.only}"; choose from ${CategoryIdSchema.options.join(', ')}`);
    onlyCategory = only.data;
  }
  let audience = defaultAudience(format.data);
  if (values.audience !== undefined) {
    const chosen = AudienceSchema.safeParse(values.audience);
    if (!chosen.success) throw new UsageError(`--audience must be ${AudienceSchema.options.join(' or ')}; got "${values.audience}"`);
    audience = chosen.data;
  }
  const conflict = audience === 'counterparty' ? counterpartyConflict(format.data, { onlyCategory: onlyCategory ?? undefined }) : null;
  if (conflict) throw new UsageError(`--audience counterparty: ${conflict}`);
  return {
    format: format.data,
    out,
    ignore: parseIgnore(values.ignore ?? []),
    includeUnchanged: values.all ?? false,
    onlyCategory,
    color: values['no-color'] ? false : (values.color ?? null),
    we: values.for ?? null,
    audience,
  };
}

function parseIssuesList(files: string[], values: { format?: string; ignore?: string[]; for?: string; ours?: string; audience?: string; notes?: string }, out: string | null): Command {
  if (files.length !== 2) throw new UsageError(`issues-list takes two files, OLD and NEW; got ${files.length}`);
  const format = (values.format ?? 'markdown') as IssuesListFormat;
  if (!ISSUES_LIST_FORMATS.includes(format)) throw new UsageError(`--format for issues-list must be one of ${ISSUES_LIST_FORMATS.join(', ')}; got "${values.format}"`);
  if (format === 'docx' && out === null) throw new UsageError('--format docx writes a file: give it with --out FILE');
  const ours = values.ours ?? null;
  if (ours !== null && ours !== 'old' && ours !== 'new') throw new UsageError(`--ours must be old or new; got "${ours}"`);
  const audience = AudienceSchema.safeParse(values.audience ?? 'internal');
  if (!audience.success) throw new UsageError(`--audience must be ${AudienceSchema.options.join(' or ')}; got "${values.audience}"`);
  return { name: 'issues-list', oldPath: files[0]!, newPath: files[1]!, format, out, ignore: parseIgnore(values.ignore ?? []), we: values.for ?? null, ours, audience: audience.data, notesPath: values.notes ?? null };
}

function parseIgnore(values: string[]): IgnoreOption[] {
  const items = values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
  return items.map((item) => {
    const ok = IgnoreOptionSchema.safeParse(item);
    if (!ok.success) throw new UsageError(`--ignore: unknown option "${item}"; choose from ${IGNORE_OPTIONS.join(', ')}`);
    return ok.data;
  });
}
