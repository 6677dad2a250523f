// What every format reader gives: the text to extract from, or why the file cannot be read.
export type FormatResult = { text: string } | { problem: string };
