// A commitment found in the text, before it gets its stable id and is emitted as a Target.
import type { Comparator, Deadline, Kind, Region } from '../src/domain/schema';

export interface Finding {
  documentKey: string;
  kind: Kind;
  indicator: string;
  /** The catalogue indicator the record measures, when it is one (keyed where it is found, in whichever thread reads the file). */
  indicatorKey: string | null;
  value: number;
  valueMax: number | null;
  unit: string;
  baseValue: number;
  baseValueMax: number | null;
  baseUnit: string;
  comparator: Comparator;
  deadline: Deadline | null;
  /** The deadline is the document's year or plan period, not one the sentence states or its lead carries. */
  deadlineOfDocument?: boolean;
  region: Region;
  strength: 'binding' | 'aspirational' | null;
  baselineYear: number | null;
  cumulative: boolean;
  annual: boolean;
  file: string;
  line: number;
  quote: string;
  context: string;
  alsoLines: number[];
  inEditorNote: boolean;
  /** Stated in a headline (a short line with no clauses: 5G用户普及率将达到56%) that the body may repeat. */
  inHeadline?: boolean;
  /** Stated in a text's opening line (a headline or a news lead), which the body may restate in full. */
  inLead?: boolean;
}
