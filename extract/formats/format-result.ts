// What every format reader gives: the text to extract from, or why the file cannot be read;
// and the reasons more than one module gives.
/** `warnings` name what was read imperfectly: a few bad bytes replaced, with their position. */
export type FormatResult = { text: string; warnings?: string[] } | { problem: string };

/** Why a legacy Word file is not read, said alike whether it is named .doc or .docx. */
export const LEGACY_DOC = 'a legacy Word .doc (binary format) is not read: open it in Word or LibreOffice and save it as .docx or .txt';
