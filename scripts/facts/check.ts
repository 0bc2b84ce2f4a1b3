/**
 * The fact register's checks (docs/history.md): every number and date in a step's texts is a fact
 * of the register listed for that step, both languages state the same facts, every fact is still
 * stated and cites the story's own sources, and every timeline event is a fact with its date.
 * Pure: parsed story and register in, one line per problem out, all of them at once.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { extractFacts, valueKey, type Fact, type Language } from './extract.ts';
import { extraParts, pointMatches, pointsOf, RegisterSchema, type RegisterFact } from './register.ts';

const LANGUAGES: Language[] = ['en', 'ko'];

/** What the checks need of a story: its steps' texts, its sources, its events. */
export interface StoryFacts {
  file: string;
  sources: string[];
  steps: { id: string; texts: Record<Language, string[]> }[];
  events: { id: string; date: string }[];
}

const Texts = z.object({ en: z.string(), ko: z.string() });
const StorySubset = z.object({
  sources: z.record(z.string(), z.unknown()),
  steps: z.array(
    z.object({
      id: z.string(),
      title: Texts,
      text: Texts,
      contested: z.array(z.object({ what: Texts, range: Texts, note: Texts.optional() })).optional(),
    }),
  ),
});
const EventsSubset = z.array(z.object({ id: z.string(), date: z.string() }));

/**
 * The texts a register covers: each step's title, text and contested figures. Not the map's
 * description, whose dates name lines drawn from geo/ and its sources, nor the date label, which
 * restates the step's `date`.
 */
export function readStoryFacts(file: string, storyYaml: string, eventsYaml?: string): StoryFacts {
  const story = StorySubset.parse(parse(storyYaml));
  const events = eventsYaml ? EventsSubset.parse(parse(eventsYaml)) : [];
  return {
    file,
    sources: Object.keys(story.sources),
    steps: story.steps.map((step) => ({
      id: step.id,
      texts: Object.fromEntries(
        LANGUAGES.map((l) => [
          l,
          [
            step.title[l],
            step.text[l],
            ...(step.contested ?? []).flatMap((c) => [c.what[l], c.range[l], c.note?.[l] ?? '']),
          ],
        ]),
      ) as Record<Language, string[]>,
    })),
    events,
  };
}

/** The register's facts, or the schema's complaints, one line each (file, fact, field). */
export function parseRegister(file: string, yaml: string): { facts: RegisterFact[]; problems: string[] } {
  const result = RegisterSchema.safeParse(parse(yaml) ?? []);
  if (result.success) return { facts: result.data, problems: [] };
  const raw = (parse(yaml) ?? []) as { id?: unknown }[];
  return {
    facts: [],
    problems: result.error.issues.map((issue) => {
      const [index, ...field] = issue.path;
      const id = typeof index === 'number' ? raw[index]?.id : undefined;
      return `${file}: fact ${typeof id === 'string' ? `"${id}"` : `#${String(index)}`} field ${field.join('.') || '(fact)'}: ${issue.message}`;
    }),
  };
}

const quote = (f: Fact) => `"${f.raw.replace(/\s+/g, ' ')}" (${valueKey(f.value)})`;

/** The facts of `facts` a value read in a step means: those it matches, the most precise first. */
function meant(value: Fact['value'], facts: RegisterFact[]): { fact: RegisterFact; end: string }[] {
  const hits = facts.flatMap((fact) =>
    pointsOf(fact)
      .filter(({ point }) => pointMatches(value, point))
      .map(({ end, point }) => ({ fact, end, extra: extraParts(value, point) })),
  );
  const least = Math.min(...hits.map((h) => h.extra));
  return hits.filter((h) => h.extra === least);
}

/** Every problem with a story's register, one line each; empty when the register and texts agree. */
export function checkRegister(story: StoryFacts, registerFile: string, facts: RegisterFact[]): string[] {
  const problems: string[] = [];
  const stepIds = new Set(story.steps.map((s) => s.id));
  const at = `${story.file} step`;

  const seen = new Set<string>();
  for (const fact of facts) {
    const where = `${registerFile}: fact "${fact.id}"`;
    if (seen.has(fact.id)) problems.push(`${where}: duplicate id`);
    seen.add(fact.id);
    for (const step of fact.steps)
      if (!stepIds.has(step)) problems.push(`${where}: no step "${step}" in ${story.file}`);
    for (const { id } of fact.sources)
      if (!story.sources.includes(id))
        problems.push(`${where}: source "${id}" is not in the sources of ${story.file}`);
    if (!fact.steps.length && !fact.event)
      problems.push(`${where}: lists no steps and no event: state it in a step, or remove it`);
  }

  const stated = new Set<string>(); // "step fact-id" of every fact some text states
  for (const step of story.steps) {
    const own = facts.filter((f) => f.steps.includes(step.id));
    const found: Record<Language, Map<string, Fact>> = { en: new Map(), ko: new Map() };
    for (const language of LANGUAGES) {
      for (const fact of step.texts[language].flatMap((t) => extractFacts(t, language))) {
        const hits = meant(fact.value, own);
        if (!hits.length) {
          const elsewhere = facts.filter((f) => meant(fact.value, [f]).length).map((f) => `"${f.id}"`);
          const hint = elsewhere.length
            ? `; fact ${elsewhere.join(', ')} has this value: add "${step.id}" to its steps?`
            : `; add a fact with this value and its source to ${registerFile}`;
          problems.push(
            `${at} "${step.id}" (${language}): ${quote(fact)} is in no fact of the register for this step${hint}`,
          );
          continue;
        }
        for (const hit of hits) stated.add(`${step.id} ${hit.fact.id}`);
        // Compared across languages: the fact (and the end of a range) when the value means one, else the value.
        const [only] = hits;
        const key =
          hits.length === 1 && only
            ? `"${only.fact.id}"${only.end && ` (${only.end})`}`
            : valueKey(fact.value);
        if (!found[language].has(key)) found[language].set(key, fact);
      }
    }
    for (const [language, other] of [
      ['en', 'ko'],
      ['ko', 'en'],
    ] as const)
      for (const [key, fact] of found[language])
        if (!found[other].has(key))
          problems.push(
            `${at} "${step.id}": ${key} is stated in ${language} as ${quote(fact)} but not in ${other}`,
          );
  }

  for (const fact of facts)
    for (const step of fact.steps)
      if (stepIds.has(step) && !stated.has(`${step} ${fact.id}`))
        problems.push(
          `${registerFile}: fact "${fact.id}" (${JSON.stringify(fact.value)}) is listed for step "${step}" but no text of it states it any more`,
        );

  const events = new Map(story.events.map((e) => [e.id, e.date]));
  for (const fact of facts) {
    if (!fact.event) continue;
    const date = events.get(fact.event);
    if (date === undefined)
      problems.push(`${registerFile}: fact "${fact.id}": no event "${fact.event}" in the timeline`);
    else if (!pointsOf(fact).some(({ point }) => point === date))
      problems.push(
        `${registerFile}: fact "${fact.id}" is event "${fact.event}", dated ${date}, but its value is ${JSON.stringify(fact.value)}`,
      );
  }
  for (const [id, date] of events)
    if (!facts.some((f) => f.event === id))
      problems.push(
        `${story.file}: timeline event "${id}" (${date}) is no fact of ${registerFile}: add one with its source and event: ${id}`,
      );
  return problems;
}
