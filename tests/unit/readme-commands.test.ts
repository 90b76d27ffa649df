import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/app.js';
import { cli } from '../support/run-cli.js';

// Every command README.md shows is run here, so a newcomer who copies one gets what README says:
// the command's lines with the sample drafts (each option of a usage line tried in turn), the
// HTTP API's curl against the server in process, and the npm scripts. Long ones (npm start,
// npm test, the benchmarks) are only checked to exist. A command or option README names that does
// not exist fails here.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
const OLD = join(ROOT, 'samples/us-draft-2025-02-12.txt');
const NEW = join(ROOT, 'samples/ua-revision-2025-02-14.txt');
// Options README names in prose that belong to other tools, not to counterdraft.
const OTHER_TOOLS_OPTIONS: Record<string, string> = { '--color-moved': "git's, in How it works", '-w': "git's, what --ignore whitespace matches", '--mutate': "Stryker's, through npm run mutate", '--concurrency': "Stryker's, through npm run mutate", '--force': "Stryker's, through npm run mutate: retest every mutant", '--no-regexp-tier-up': "V8's, which the command's launcher sets", '--regexp-tier-up-ticks': "V8's, tried in place of the launcher's", '--cpu-prof': "Node's, to profile the command" };

const tmp = mkdtempSync(join(tmpdir(), 'counterdraft-readme-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let outputs = 0;
const outputFile = (name = 'report.out') => join(tmp, `${++outputs}-${basename(name)}`);

interface Block {
  lines: string[];
  /** README's line number of the block's first line */
  line: number;
}

/** The code blocks a shell command could be in: indented ones, and fences marked sh, bash, shell or console (or unmarked). */
function codeBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  // where a list item's text starts: inside a list, code is indented 4 past that
  let listColumn: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(text);
    if (fence) {
      const closing = new RegExp(`^ {0,3}${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},}\\s*$`);
      let end = i + 1;
      while (end < lines.length && !closing.test(lines[end]!)) end++;
      if (['', 'sh', 'bash', 'shell', 'console'].includes(fence[2]!.toLowerCase())) {
        blocks.push({ lines: lines.slice(i + 1, end).map((line) => line.replace(/^\s*\$ /, '')), line: i + 2 });
      }
      i = end;
      continue;
    }
    if (text.trim() === '') continue;
    const indent = text.length - text.trimStart().length;
    const codeIndent = (listColumn ?? 0) + 4;
    if (indent >= codeIndent && (i === 0 || lines[i - 1]!.trim() === '')) {
      let end = i;
      while (end < lines.length && (lines[end]!.trim() === '' || lines[end]!.length - lines[end]!.trimStart().length >= codeIndent)) end++;
      while (lines[end - 1]!.trim() === '') end--;
      blocks.push({ lines: lines.slice(i, end).map((line) => line.slice(codeIndent)), line: i + 1 });
      i = end - 1;
      continue;
    }
    const item = /^(\s*)([-*+]|\d+[.)])\s+/.exec(text);
    if (item) listColumn = item[0].length;
    else if (indent === 0) listColumn = null;
  }
  return blocks;
}

interface Shown {
  text: string;
  line: number;
}

const PROGRAMS = /^(?:npx|npm|counterdraft|curl)\s|^node\s+(?:--import\s+\S+\s+)?\S+\.(?:m?js|ts)(?:\s|$)/;

/** The command lines of a block, with lines ending in "\" and a usage line's further "[...]" lines joined to theirs. */
function commandLines(block: Block): Shown[] {
  const found: (Shown & { open: boolean })[] = [];
  block.lines.forEach((raw, k) => {
    if (raw.trim() === '') return;
    const last = found.at(-1);
    const open = /\\$/.test(raw);
    const text = raw.trim().replace(/\s*\\$/, '');
    if (last && (last.open || (/^\s/.test(raw) && text.startsWith('[')))) {
      last.text += ` ${text}`;
      last.open = open;
    } else {
      found.push({ text, line: block.line + k, open });
    }
  });
  return found.filter((shown) => PROGRAMS.test(withoutAssignments(shown.text))).map(({ text, line }) => ({ text, line }));
}

/** "PORT=3000 npm start" → "npm start" */
function withoutAssignments(text: string): string {
  return text.replace(/^(?:[A-Z_][A-Z0-9_]*=\S*\s+)+/, '');
}

/** The words of a shell line, quotes removed, the commands joined by && apart; a comment ends it. */
function shellWords(text: string): string[][] {
  const commands: string[][] = [[]];
  let word: string | null = null;
  const end = () => {
    if (word !== null) commands.at(-1)!.push(word);
    word = null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) throw new Error(`unclosed quote in: ${text}`);
      word = (word ?? '') + text.slice(i + 1, close);
      i = close;
    } else if (c === '"') {
      let j = i + 1;
      let quoted = '';
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && '"\\$`'.includes(text[j + 1] ?? '')) j++;
        quoted += text[j];
      }
      if (j >= text.length) throw new Error(`unclosed quote in: ${text}`);
      word = (word ?? '') + quoted;
      i = j;
    } else if (c === '\\') {
      word = (word ?? '') + (text[++i] ?? '');
    } else if (/\s/.test(c)) {
      end();
    } else if (c === '#' && word === null) {
      break;
    } else if (c === '&' && text[i + 1] === '&') {
      end();
      commands.push([]);
      i++;
    } else if ('|;&<>`$()'.includes(c)) {
      throw new Error(`"${c}" in a README command is not understood by this test (teach it): ${text}`);
    } else {
      word = (word ?? '') + c;
    }
  }
  end();
  // "PORT=3000 npm start" is npm start
  return commands.map((command) => command.filter((word, k) => command.slice(0, k + 1).some((w) => !/^[A-Z_][A-Z0-9_]*=/.test(w)))).filter((command) => command.length > 0);
}

/** What --help prints, for the options and commands README may name. */
async function help(): Promise<string> {
  const result = await cli(['--help']);
  return result.stdout;
}

/** The categories README lists for --only, or one the samples have when it lists none. */
function categories(markdown: string): string[] {
  const listed = /`--only CATEGORY`[^(]*\(([^)]*)\)/.exec(markdown);
  return listed ? listed[1]!.split(/,\s*/).map((name) => name.trim()).filter((name) => name !== '') : ['security'];
}

/** Paths in a command, from the project's root (where README's commands are run). */
function fromRoot(args: string[]): string[] {
  let out = false;
  return args.map((arg) => {
    if (out) {
      out = false;
      return outputFile(arg);
    }
    if (arg === '--out' || arg === '-o') out = true;
    if (arg.startsWith('--out=')) return `--out=${outputFile(arg.slice(6))}`;
    return !arg.startsWith('-') && !isAbsolute(arg) && existsSync(join(ROOT, arg)) ? join(ROOT, arg) : arg;
  });
}

/** Runs the command in process (as tests/unit/cli.test.ts does); what went wrong, if anything. */
async function runCounterdraft(args: string[]): Promise<string[]> {
  const result = await cli(args);
  const problems: string[] = [];
  if (result.status !== 0) problems.push(`exit status ${result.status}`);
  if (result.stderr.trim() !== '') problems.push(`error output: ${result.stderr.trim()}`);
  const out = args.findIndex((arg) => arg === '--out' || arg === '-o');
  if (result.status === 0 && out >= 0 && !(existsSync(args[out + 1]!) && statSync(args[out + 1]!).size > 0)) problems.push(`nothing written to ${args[out + 1]}`);
  return problems.map((problem) => `counterdraft ${args.map((arg) => arg.replace(ROOT, '').replace(tmp, '<tmp>')).join(' ')}: ${problem}`);
}

interface Check {
  label: string;
  problems: () => Promise<string[]>;
}

/** A manifest of one pair, the samples, for README's "--pairs MANIFEST". */
function pairsManifest(): string {
  const path = outputFile();
  writeFileSync(path, JSON.stringify({ pairs: [{ old: OLD, new: NEW }] }));
  return path;
}

/** An annotations export with one note on words of the new sample, for README's "--notes FILE". */
function notesExport(): string {
  const path = outputFile();
  const item = {
    type: 'Annotation',
    modified: '2026-03-01T10:00:00Z',
    body: [{ type: 'TextualBody', purpose: 'commenting', value: 'Hold this.' }],
    target: { source: 'urn:counterdraft:version:v#clause=c', selector: [{ type: 'TextQuoteSelector', exact: 'Constitution of Ukraine' }] },
  };
  writeFileSync(path, JSON.stringify({ type: 'AnnotationCollection', first: { items: [item] } }));
  return path;
}

/** A usage line ("compare OLD NEW [--format a|b] [--out FILE] [--all]"): the bare command, then each option and each of its values in turn. */
function usageChecks(args: string[], markdown: string, label: string): Check[] {
  const groups: string[][] = [];
  const bare = args
    .join(' ')
    .replace(/\[([^\]]*)\]/g, (_, inner: string) => {
      groups.push(inner.trim().split(/\s+/));
      return ' ';
    })
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (bare.some((word) => /[[\]]/.test(word))) throw new Error(`unbalanced [ ] in README's ${label}`);
  const positional = bare.flatMap((word): string[] => {
    const files: Record<string, string[]> = { OLD: [OLD], NEW: [NEW], FILE: [NEW], 'FILE...': [OLD, NEW], MANIFEST: [pairsManifest()] };
    if (files[word]) return files[word];
    if (/^[A-Z]{2,}/.test(word)) throw new Error(`README's ${label}: no sample value for ${word} (give one in this test)`);
    return [word];
  });
  const values = (flag: string, value: string | undefined): (string | null)[] => {
    if (value === undefined) return [null];
    if (flag === '--out' || flag === '-o') return [outputFile()];
    if (flag === '--notes') return [notesExport()];
    if (value === 'CATEGORY') return categories(markdown);
    if (value === 'PARTY') return ['Ukraine'];
    if (value === 'MANIFEST') return [pairsManifest()];
    if (/^[A-Z]{2,}$/.test(value)) throw new Error(`README's ${label}: no sample value for ${value} (give one in this test)`);
    return value.includes('|') ? value.split('|') : [value];
  };
  const offersOut = groups.some((group) => group[0] === '--out' || group[0] === '-o');
  const checks: Check[] = [{ label: `${label}, bare`, problems: () => runCounterdraft(positional) }];
  for (const group of groups) {
    const flag = group[0]!.replace(/,$/, '');
    const value = group.length > 1 && !group.at(-1)!.startsWith('-') ? group.at(-1) : undefined;
    for (const choice of values(flag, value)) {
      // into a file, when the line offers one: some formats (docx) are written only there
      const out = offersOut && flag !== '--out' && flag !== '-o' ? ['--out', outputFile()] : [];
      const run = [...positional, flag, ...(choice === null ? [] : [choice]), ...out];
      const shown = choice === null ? '' : flag === '--out' || flag === '-o' ? ' FILE' : ` ${choice}`;
      checks.push({ label: `${label} → ${flag}${shown}`, problems: () => runCounterdraft(run) });
    }
  }
  return checks;
}

/** The port the server listens on unless PORT says otherwise. */
function defaultPort(): string {
  const main = readFileSync(join(ROOT, 'src/server/main.ts'), 'utf8');
  const port = /process\.env\.PORT \?\? (\d+)/.exec(main);
  if (!port) throw new Error('the default port is no longer read as `process.env.PORT ?? N` in src/server/main.ts: update this test');
  return port[1]!;
}

/** curl against the server's API, answered in process. */
async function curlProblems(args: string[]): Promise<string[]> {
  let method: string | undefined;
  let body: string | undefined;
  let url: string | undefined;
  const headers: Record<string, string> = {};
  const problems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (['-s', '--silent', '-S', '-sS', '--show-error', '-i'].includes(arg)) continue;
    if (arg === '-H' || arg === '--header') {
      const [name, ...value] = args[++i]!.split(':');
      headers[name!.trim()] = value.join(':').trim();
    } else if (['-d', '--data', '--data-raw', '--data-binary'].includes(arg)) {
      body = args[++i];
      method ??= 'POST';
    } else if (arg === '-X' || arg === '--request') {
      method = args[++i];
    } else if (arg.startsWith('-')) {
      problems.push(`curl option ${arg} is not understood by this test (teach it)`);
    } else {
      url = arg;
    }
  }
  if (url === undefined) return [...problems, 'curl without an address'];
  const target = new URL(/^\w+:\/\//.test(url) ? url : `http://${url}`);
  if (target.port !== defaultPort()) problems.push(`curl ${url}: the server listens on ${defaultPort()} unless PORT says otherwise`);
  const app = createServer({ asset: async () => null });
  const response = await app.request(`${target.pathname}${target.search}`, { method: method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
  if (!response.ok) problems.push(`curl ${url}: answered ${response.status} ${await response.text()}`);
  else if ((await response.text()).trim() === '') problems.push(`curl ${url}: answered nothing`);
  return problems;
}

/** What is done with an npm command, for its test's name. */
function npmNote([sub, script]: string[]): string {
  if (['install', 'i', 'ci', 'link', 'unlink'].includes(sub ?? '')) return " (npm's own)";
  const definition = PACKAGE.scripts[sub === 'run' || sub === 'run-script' ? (script ?? '') : (sub ?? '')] ?? '';
  return /^node dist\/counterdraft\.mjs\s/.test(definition) ? '' : ' (the script exists; too long to run here)';
}

/** npm's own commands and the project's scripts; a script that runs the command is run. */
async function npmProblems(args: string[]): Promise<string[]> {
  const [sub, ...rest] = args;
  if (['install', 'i', 'ci', 'link', 'unlink'].includes(sub ?? '')) return [];
  const script = sub === 'run' || sub === 'run-script' ? rest[0] : sub === 'start' || sub === 'test' ? sub : undefined;
  if (script === undefined) return [`npm ${args.join(' ')}: not an npm command this test knows (teach it)`];
  const definition = PACKAGE.scripts[script];
  if (definition === undefined) return [`npm ${args.join(' ')}: package.json has no "${script}" script`];
  const extra = sub === 'run' || sub === 'run-script' ? rest.slice(1) : rest;
  const passed = extra[0] === '--' ? extra.slice(1) : extra;
  const command = /^node dist\/counterdraft\.mjs\s+(.*)$/.exec(definition);
  if (command) return runCounterdraft(fromRoot([...shellWords(command[1]!)[0]!, ...passed]));
  // The rest are long (a server, the whole test suite, benchmarks): what they are given must exist.
  const entry = /\s(\S+\.(?:ts|mjs|js))\b/.exec(definition)?.[1];
  const problems: string[] = [];
  for (let k = 0; k < passed.length; k++) {
    const arg = passed[k]!;
    if (arg.startsWith('-')) {
      if (!entry || !readFileSync(join(ROOT, entry), 'utf8').includes(arg)) problems.push(`npm ${args.join(' ')}: ${entry ?? `the "${script}" script`} knows no ${arg}`);
      // an option's value ("--mutate 'src/compare/**/*.ts'", "--concurrency 1") is not a file
      if (passed[k + 1] !== undefined && !passed[k + 1]!.startsWith('-')) k++;
    } else if (!existsSync(join(ROOT, arg))) {
      problems.push(`npm ${args.join(' ')}: no file ${arg}`);
    }
  }
  return problems;
}

// The words a usage line stands for values with (README's "compare OLD NEW [--only CATEGORY]").
const PLACEHOLDERS = /(^|\s)(OLD|NEW|FILE|FILE\.\.\.|PARTY|CATEGORY|LIST|FORMAT|WHO|MANIFEST)(\s|\]|$)/;

/** The counterdraft arguments of a command line, or null when it runs something else. */
function counterdraftArgs(words: string[]): string[] | null {
  const [program, ...args] = words;
  if (program === 'npx' && args[0] === 'counterdraft') return args.slice(1);
  if (program === 'counterdraft') return args;
  if (program === 'node' && args[0] === PACKAGE.bin.counterdraft) return args.slice(1);
  return null;
}

/** The checks for one command README shows; one README cannot be read is a failing check. */
function checksOf(shown: Shown, markdown: string): Check[] {
  const failing = (error: unknown): Check[] => [{ label: `line ${shown.line}: ${shown.text}`, problems: async () => [(error as Error).message] }];
  const text = withoutAssignments(shown.text);
  if (/\[-/.test(text) || PLACEHOLDERS.test(text)) {
    const words = text.split(/\s+/);
    const args = counterdraftArgs(words);
    if (args === null) return failing(new Error(`a usage line for a command this test does not know (teach it): ${shown.text}`));
    try {
      return usageChecks(args, markdown, `line ${shown.line}: ${words.slice(0, words.length - args.length + 1).join(' ')} usage`);
    } catch (error) {
      return failing(error);
    }
  }
  let commands: string[][];
  try {
    commands = shellWords(shown.text);
  } catch (error) {
    return failing(error);
  }
  return commands.map((words) => ({
    label: `line ${shown.line}: ${words.join(' ')}${words[0] === 'npm' ? npmNote(words.slice(1)) : ''}`,
    problems: async () => {
      const args = counterdraftArgs(words);
      if (args !== null) return runCounterdraft(fromRoot(args));
      if (words[0] === 'npm') return npmProblems(words.slice(1));
      if (words[0] === 'curl') return curlProblems(words.slice(1));
      return [`${words.join(' ')}: a command this test does not know how to run (teach it)`];
    },
  }));
}

/** The commands README shows in its code blocks. */
function shownCommands(markdown: string): Shown[] {
  return codeBlocks(markdown).flatMap(commandLines);
}

/** README's text outside its code blocks. */
function prose(markdown: string): string {
  const lines = markdown.split('\n');
  for (const block of codeBlocks(markdown)) for (let k = 0; k < block.lines.length; k++) lines[block.line - 1 + k] = '';
  return lines.join('\n');
}

/** `code` in README's prose, whitespace collapsed. */
function inlineCode(markdown: string): string[] {
  return [...prose(markdown).matchAll(/`([^`]+)`/g)].map((match) => match[1]!.replace(/\s+/g, ' ').trim());
}

describe('reading README', () => {
  it('finds commands in indented and fenced shell blocks, joining continued lines and leaving comments and output out', () => {
    const markdown = [
      'Install:',
      '',
      '    npm install && npm start     # builds, then serves',
      '',
      '- a list item',
      '',
      '    still the list item, not code',
      '',
      'Usage:',
      '',
      '    npx counterdraft compare OLD NEW [--format text|json]',
      '                                     [--all]',
      '    curl -s localhost:8787/api/compare \\',
      "      -d '{\"a\": 1}'",
      '',
      '```sh',
      '$ counterdraft --help',
      '```',
      '',
      '    node v20.20.2, 2026-11-29',
      '    case   clauses',
    ].join('\n');
    expect(shownCommands(markdown)).toEqual([
      { text: 'npm install && npm start     # builds, then serves', line: 3 },
      { text: 'npx counterdraft compare OLD NEW [--format text|json] [--all]', line: 11 },
      { text: `curl -s localhost:8787/api/compare -d '{"a": 1}'`, line: 13 },
      { text: 'counterdraft --help', line: 17 },
    ]);
    expect(shellWords('npm install && npm start     # builds')).toEqual([['npm', 'install'], ['npm', 'start']]);
    expect(shellWords(`curl -H 'content-type: application/json' -d "{\\"a\\": 1}"`)).toEqual([['curl', '-H', 'content-type: application/json', '-d', '{"a": 1}']]);
  });

  it('finds commands in README', () => {
    const shown = shownCommands(README);
    expect(shown.filter((command) => /counterdraft/.test(command.text)).length, 'no counterdraft command found in README: has its layout changed?').toBeGreaterThan(0);
  });

  it('fails a command, an option or a value that does not exist, and a script package.json lacks', async () => {
    const wrong = [
      'npx counterdraft compare OLD NEW [--colour]',
      'npx counterdraft compare OLD NEW [--format text|pdf]',
      'npx counterdraft frobnicate samples/us-draft-2025-02-12.txt',
      'npx counterdraft compare samples/us-draft-2025-02-12.txt samples/no-such-draft.txt',
      'npm run no-such-script',
      'npm run eval:concerns -- --no-such-option',
      'npx counterdraft compare OLD NEW [--only CATEGORY] [--frob WIDGET]',
      'npx counterdraft compare samples/us-draft-2025-02-12.txt samples/ua-revision-2025-02-14.txt | head',
    ];
    for (const text of wrong) {
      const problems = (await Promise.all(checksOf({ text, line: 1 }, README).map((check) => check.problems()))).flat();
      expect(problems, text).not.toEqual([]);
    }
  });
});

describe('the commands README shows work', () => {
  const checks = shownCommands(README).flatMap((shown) => checksOf(shown, README));
  it.each(checks.map((check) => [check.label, check] as const))('%s', async (_, check) => {
    expect(await check.problems()).toEqual([]);
  });
});

describe('the commands and options README names in its text exist', () => {
  const spans = inlineCode(README);

  it.each([...new Set(spans.filter((span) => /^npm /.test(span)))])('`%s`', async (span) => {
    const problems = (await Promise.all(checksOf({ text: span, line: 0 }, README).map((check) => check.problems()))).flat();
    expect(problems).toEqual([]);
  });

  it('every option named on its own is one of counterdraft --help, or another tool’s', async () => {
    const usage = await help();
    const options = spans.filter((span) => /^--?\w/.test(span)).map((span) => span.split(' ')[0]!);
    const unknown = options.filter((option) => !(option in OTHER_TOOLS_OPTIONS) && !new RegExp(`(^|[\\s,])${option}(\\s|,|$)`, 'm').test(usage));
    expect(unknown, 'README names options counterdraft --help does not list').toEqual([]);
  });

  it('every counterdraft command named is one of counterdraft --help', async () => {
    const usage = await help();
    const named = spans.flatMap((span) => /^(?:npx )?counterdraft (\w[\w-]*)/.exec(span)?.[1] ?? []);
    for (const command of named) expect(usage, `counterdraft ${command}`).toMatch(new RegExp(`^\\s*counterdraft ${command}\\b`, 'm'));
  });

  it('every npm script named anywhere, code blocks included, is in package.json', () => {
    const named = [...README.matchAll(/\bnpm run ([\w:.-]+)/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !(name in PACKAGE.scripts))).toEqual([]);
  });
});

describe('the installed command', () => {
  it('package.json puts counterdraft on the PATH (npx, npm link) from the built file, which answers --help', () => {
    const built = 'dist/counterdraft.mjs';
    expect(PACKAGE.bin.counterdraft).toBe(built);
    const bin = join(ROOT, built);
    expect(existsSync(bin), `${built} is missing: npm install (or npm run build) builds it`).toBe(true);
    const result = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage:/);
  });
});
