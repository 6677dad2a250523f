// Loads the dataset and validates it with the shared schema, so a missing or broken file gives
// a screen that says what is wrong instead of a blank page.
import { DatasetSchema, describeIssues, migrateDataset, type Dataset } from '../domain/schema';

export type Loaded = { ok: true; dataset: Dataset } | { ok: false; title: string; detail: string };

export function parseDataset(text: string, source: string): Loaded {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, title: `${source} is not valid JSON`, detail: error instanceof Error ? error.message : String(error) };
  }
  const parsed = DatasetSchema.safeParse(migrateDataset(json));
  if (!parsed.success) return { ok: false, title: `${source} does not match the dataset schema`, detail: describeIssues(parsed.error) };
  return { ok: true, dataset: parsed.data };
}

export async function loadDataset(url: string, fetcher: typeof fetch = fetch): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    return { ok: false, title: `${url} could not be fetched`, detail: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) return { ok: false, title: `${url} is missing`, detail: `the server answered ${response.status} ${response.statusText}` };
  return parseDataset(await response.text(), url);
}
