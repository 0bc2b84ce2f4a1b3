/**
 * A YAML file parsed with its line positions, so that every problem can name its line.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
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
 * @throws {StoryError} for YAML syntax errors, one issue per error with its line
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
  return { raw: doc.toJS(), lineOf };
}
