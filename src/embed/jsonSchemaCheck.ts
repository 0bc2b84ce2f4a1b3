/**
 * A small JSON Schema checker for the subset `z.toJSONSchema` writes for messages.ts: `oneOf`,
 * `type`, `const`, `enum`, `properties` / `required` / `additionalProperties: false`, `items`,
 * `maxItems`, `maxLength`, `pattern`, `minimum`, `maximum`. It fails closed: a keyword it does
 * not know rejects the value. embed.js uses it so as not to ship a schema library; a unit test
 * holds it to the zod schema's verdicts.
 */
export type JsonSchema = {
  [keyword: string]: unknown;
};

const IGNORED = new Set(['$schema', 'description', 'title']);

/** Whether `value` matches `schema`. */
export function matchesSchema(schema: JsonSchema, value: unknown): boolean {
  for (const [keyword, rule] of Object.entries(schema)) {
    if (!IGNORED.has(keyword) && !check(keyword, rule, schema, value)) return false;
  }
  return true;
}

function check(keyword: string, rule: unknown, schema: JsonSchema, value: unknown): boolean {
  switch (keyword) {
    case 'oneOf': {
      const options = rule as JsonSchema[];
      return options.filter((option) => matchesSchema(option, value)).length === 1;
    }
    case 'type':
      return isType(rule as string, value);
    case 'const':
      return value === rule;
    case 'enum':
      return (rule as unknown[]).includes(value);
    case 'properties': {
      if (!isObject(value)) return false;
      const properties = rule as Record<string, JsonSchema>;
      return Object.entries(value).every(([key, item]) =>
        Object.hasOwn(properties, key)
          ? matchesSchema(properties[key]!, item)
          : schema.additionalProperties !== false,
      );
    }
    case 'required':
      return isObject(value) && (rule as string[]).every((key) => Object.hasOwn(value, key));
    case 'additionalProperties':
      // Applied with `properties`; `false` is the only form written for messages.
      return rule === false && 'properties' in schema;
    case 'items':
      return Array.isArray(value) && value.every((item) => matchesSchema(rule as JsonSchema, item));
    case 'maxItems':
      return Array.isArray(value) && value.length <= (rule as number);
    case 'maxLength':
      return typeof value === 'string' && value.length <= (rule as number);
    case 'pattern':
      return typeof value === 'string' && new RegExp(rule as string).test(value);
    case 'minimum':
      return typeof value === 'number' && value >= (rule as number);
    case 'maximum':
      return typeof value === 'number' && value <= (rule as number);
    default:
      return false;
  }
}

function isType(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isSafeInteger(value);
    default:
      return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
