/**
 * A YAML file parsed with its line positions, so that every problem can name its line.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import { StoryError } from './storyError.ts';

/** A path into the parsed file: map keys and list indices. */
export type Path = (string | number)[];

export interface YamlSource {
  /** The file as plain data, for the schema. */
  raw: unknown;
  /** 1-based line of the deepest node on `path` that exists (a map entry's key line). */
  lineOf: (path: Path) => number | undefined;
}

/**
 * @throws {StoryError} for YAML syntax errors, one issue per error with its line, and for an
 * alias that names no anchor or aliases that expand past {@link MAX_ALIAS_COUNT} (a "billion
 * laughs" file), at the alias's line
 */
export function readYaml(source: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new StoryError(
      doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        field: '',
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const line = (node: unknown): number | undefined => {
    const range = (node as { range?: [number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const lineOf = (path: Path): number | undefined => {
    for (let n = path.length; n > 0; n--) {
      // A map entry is reported at its key, where the author reads the field's name.
      const parent = doc.getIn(path.slice(0, n - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[n - 1]);
        const at = pair && line(pair.key);
        if (at) return at;
      }
      const at = line(doc.getIn(path.slice(0, n), true));
      if (at) return at;
    }
    return line(doc.contents);
  };
  return { raw: toPlainData(doc, file, line), lineOf };
}

/**
 * How many times aliases may be expanded in one file. The `yaml` package's own default, stated
 * here: a story needs none, and a few nested aliases could otherwise expand to gigabytes.
 */
const MAX_ALIAS_COUNT = 100;

/** `doc.toJS()`, with its alias errors (thrown as ReferenceError) reported at a line. */
function toPlainData(doc: Document, file: string, line: (node: unknown) => number | undefined): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const aliases: Alias[] = [];
    visit(doc, { Alias: (_, node) => void aliases.push(node) });
    const unresolved = aliases.find((alias) => alias.resolve(doc) === undefined);
    const at = unresolved ?? aliases[0];
    const message = unresolved
      ? `YAML alias *${unresolved.source} names no anchor (&${unresolved.source}) above it`
      : `YAML aliases expand more than ${MAX_ALIAS_COUNT} times; write the values out instead`;
    throw new StoryError([{ file, line: line(at), field: '', message }]);
  }
}
