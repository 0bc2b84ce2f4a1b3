/**
 * The timeline events of a story, from `stories/<story id>.events.yaml`: a list of dated events,
 * each linked to the step it belongs to. Checked against the story it sits beside.
 */
import { EventsFileSchema, type StoryEvent, type StoryFile } from './schema.ts';
import { unknownReference } from './closest.ts';
import { StoryError, type StoryIssue } from './storyError.ts';
import { missingLanguages, schemaProblems } from './authorWording.ts';
import { readYaml, type Path } from './yamlSource.ts';

/**
 * Parse and check an events file against its (already valid) story: every field per the schema,
 * ids unique, every story language present, the step known, dates never going backwards.
 * @returns the events, or the problems found (each with file, line, event id and field)
 * @example compileEvents("- { id: x, date: '1950-06-25', title: { en: …, ko: … }, step: invasion }", 'stories/chosin.events.yaml', story)
 */
export function compileEvents(
  source: string,
  file: string,
  story: Pick<StoryFile, 'languages' | 'steps'>,
): { events: StoryEvent[]; issues: StoryIssue[] } {
  let yaml;
  try {
    yaml = readYaml(source, file);
  } catch (error) {
    if (error instanceof StoryError) return { events: [], issues: error.issues };
    throw error;
  }
  const { raw, lineOf } = yaml;
  const issue = (path: Path, message: string): StoryIssue => {
    const index = typeof path[0] === 'number' ? path[0] : undefined;
    const id = index !== undefined && Array.isArray(raw) ? (raw[index] as { id?: unknown })?.id : undefined;
    return {
      file,
      line: lineOf(path),
      eventId: index === undefined ? undefined : typeof id === 'string' ? id : `#${index + 1}`,
      field: (index === undefined ? path : path.slice(1)).join('.'),
      message,
    };
  };

  const parsed = EventsFileSchema.safeParse(raw ?? []);
  if (!parsed.success) {
    return {
      events: [],
      issues: schemaProblems(parsed.error.issues).map(([path, message]) => issue(path, message)),
    };
  }
  const events = parsed.data;
  const issues: StoryIssue[] = [];
  const stepIds = story.steps.map((s) => s.id);
  const seen = new Set<string>();
  events.forEach((event, i) => {
    if (seen.has(event.id)) issues.push(issue([i, 'id'], `duplicate event id "${event.id}"`));
    seen.add(event.id);
    for (const message of missingLanguages(event.title, story.languages)) {
      issues.push(issue([i, 'title'], message));
    }
    if (!stepIds.includes(event.step)) {
      issues.push(issue([i, 'step'], unknownReference('step', event.step, stepIds)));
    }
    const previous = events[i - 1];
    // ISO dates of any precision compare as strings: '1950-06' < '1950-06-25' < '1950-07'.
    if (previous && event.date < previous.date) {
      issues.push(
        issue(
          [i, 'date'],
          `${event.date} is before the event above it ("${previous.id}", ${previous.date}); keep events in date order`,
        ),
      );
    }
  });
  return { events, issues };
}
