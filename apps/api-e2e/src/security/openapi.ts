import { requireEnv } from '../support/db';
import type { Method } from './client';

/** The subset of JSON Schema (as emitted by @nestjs/swagger) the fuzzer derives values from. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
}

interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<Lowercase<Method>, Operation>>>;
  components?: { schemas?: Record<string, Schema> };
}

let cached: OpenApiDocument | undefined;

/** The API's OpenAPI document, as a client would download it (fetched once per test file). */
export async function openApi(): Promise<OpenApiDocument> {
  if (!cached) {
    const res = await fetch(`${requireEnv('E2E_BASE_URL')}/api/docs-json`);
    if (res.status !== 200) throw new Error(`GET /api/docs-json answered ${res.status}`);
    cached = (await res.json()) as OpenApiDocument;
  }
  return cached;
}

const METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Every documented operation as `METHOD /path`. */
export function operations(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    METHODS.filter((m) => ops[m.toLowerCase() as Lowercase<Method>]).map((m) => `${m} ${path}`),
  );
}

/** Follows `$ref` (and a single-element `allOf`) to the schema it names. */
export function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let hops = 0; current && hops < 10; hops++) {
    if (current.$ref) current = doc.components?.schemas?.[current.$ref.split('/').pop() as string];
    else if (current.allOf?.length === 1 && !current.type) current = current.allOf[0];
    else return current;
  }
  return current;
}

/** The JSON request body schema of an operation, resolved, or undefined when it takes none. */
export function requestSchema(doc: OpenApiDocument, method: Method, path: string): Schema | undefined {
  const op = doc.paths[path]?.[method.toLowerCase() as Lowercase<Method>];
  return resolve(doc, op?.requestBody?.content?.['application/json']?.schema);
}
