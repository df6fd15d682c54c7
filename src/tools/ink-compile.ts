// Compiles story/<lang>/main.ink (with its INCLUDEs) to runtime JSON, reporting problems as
// `story/en/chapter-1.ink:42: message` with the included file named. Node only; used by the Vite plugin and story:check.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { structureOf } from './story-parity.ts';

export interface InkProblem {
  severity: 'error' | 'warning';
  /** Absolute path of the file the problem is in. */
  file: string;
  line: number;
  message: string;
}

export interface CompiledInk {
  json: string;
  /**
   * A short hash of the story's structure (knots, logic, choices, tags; not its prose): saves from
   * another version of the story can be told apart, and a save crosses between translations.
   */
  version: string;
}

/** A knot or stitch the story defines, with where it is written. Functions are left out. */
export interface InkSection {
  path: string;
  file: string;
  line: number;
}

/** A choice as written: `source` is the path inkjs reports as the choice's sourcePath at run time. */
export interface InkChoice {
  source: string;
  file: string;
  line: number;
  /** The line as written, for messages. */
  text: string;
}

export interface InkCompileResult {
  story: CompiledInk | null;
  /** Every knot and stitch, for coverage checks. */
  sections: InkSection[];
  /** Every choice in the source, for coverage checks. */
  choices: InkChoice[];
  /** Words of story text in all files, as ink's own statistics count them. */
  words: number;
  problems: InkProblem[];
  /** Every file read, root first, so watchers can reload on any of them. */
  files: string[];
}

const INK_MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?(?:line (\d+):\s*)?(.*)$/s;

export function compileInk(rootFile: string): InkCompileResult {
  const root = path.resolve(rootFile);
  const folder = path.dirname(root);
  const files: string[] = [];
  const lines = new Map<string, string[]>();
  const problems: InkProblem[] = [];

  // inkjs resolves every INCLUDE relative to the root file's folder, whoever includes it.
  const fileHandler = {
    ResolveInkFilename: (name: string) => path.resolve(folder, name),
    LoadInkFileContents: (file: string) => {
      const text = readFileSync(file, 'utf8');
      files.push(file);
      lines.set(file, text.split('\n'));
      return text;
    },
  };
  const onMessage = (message: string) => {
    const match = INK_MESSAGE.exec(message);
    const kind = match?.[1] ?? 'ERROR';
    if (kind === 'TODO') return;
    problems.push({
      severity: kind.includes('WARNING') ? 'warning' : 'error',
      file: match?.[2] ? path.resolve(folder, match[2]) : root,
      line: match?.[3] ? Number(match[3]) : 0,
      message: (match?.[4] ?? message).trim(),
    });
  };

  let source: string;
  try {
    source = fileHandler.LoadInkFileContents(root);
  } catch (error) {
    problems.push({ severity: 'error', file: root, line: 0, message: `cannot read the story: ${String(error)}` });
    return { story: null, sections: [], choices: [], words: 0, problems, files };
  }

  try {
    // Counting every visit lets tools and the debrief see which knots a playthrough went through.
    const compiler = new Compiler(source, new CompilerOptions(root, [], true, onMessage, fileHandler));
    const json = compiler.Compile().ToJson();
    if (!json || problems.some((p) => p.severity === 'error'))
      return { story: null, sections: [], choices: [], words: 0, problems, files };
    const version = createHash('sha256').update(structureOf(json)).digest('hex').slice(0, 12);
    const sections = listSections(compiler, folder);
    const words = compiler.GenerateStats()?.words ?? 0;
    return {
      story: { json, version },
      sections,
      choices: listChoices(compiler, folder, lines),
      words,
      problems,
      files,
    };
  } catch (error) {
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push({ severity: 'error', file: root, line: 0, message: String(error) });
    }
    return { story: null, sections: [], choices: [], words: 0, problems, files };
  }
}

function listSections(compiler: Compiler, folder: string): InkSection[] {
  const sections: InkSection[] = [];
  for (const [name, knot] of compiler.parsedStory.subFlowsByName) {
    if (knot.isFunction) continue;
    const at = (flow: typeof knot, route: string) => ({
      path: route,
      file: path.resolve(folder, flow.debugMetadata?.fileName ?? ''),
      line: flow.debugMetadata?.startLineNumber ?? 0,
    });
    sections.push(at(knot, name));
    for (const [stitch, flow] of knot.subFlowsByName) sections.push(at(flow, `${name}.${stitch}`));
  }
  return sections;
}

interface ParsedNode {
  typeName: string;
  content: ParsedNode[] | null;
  runtimeChoice?: { path: { toString(): string } };
  debugMetadata: { fileName: string | null; startLineNumber: number } | null;
}

function listChoices(compiler: Compiler, folder: string, lines: Map<string, string[]>): InkChoice[] {
  const choices: InkChoice[] = [];
  const walk = (node: ParsedNode) => {
    if (node.typeName === 'Choice' && node.runtimeChoice) {
      const file = path.resolve(folder, node.debugMetadata?.fileName ?? '');
      const line = node.debugMetadata?.startLineNumber ?? 0;
      const text = (lines.get(file)?.[line - 1] ?? '').trim();
      choices.push({ source: node.runtimeChoice.path.toString(), file, line, text });
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(compiler.parsedStory as unknown as ParsedNode);
  return choices;
}

/** `story/en/chapter-1.ink:42: message`, relative to the working folder. */
export function formatProblem(problem: InkProblem, cwd = process.cwd()): string {
  const where = path.relative(cwd, problem.file) + (problem.line ? `:${problem.line}` : '');
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}
