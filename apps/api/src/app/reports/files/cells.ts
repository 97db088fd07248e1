/** A value an export writes into one cell: text, a number, or empty. */
export type Cell = string | number | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (or start one after a field separator),
 * with their full-width forms (＝ ＋ － ＠), which some spreadsheets and IMEs fold into the ASCII ones.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV injection"): text that begins with `=`, `+`,
 * `-`, `@` (or their full-width forms), a tab or a line break gets a leading `'`, so Excel and LibreOffice show it as text
 * instead of evaluating it (`=HYPERLINK(...)` in a candidate's name would otherwise run on HR's machine).
 * Numbers are written as numbers and cannot carry a formula, so they pass unchanged. Every CSV and XLSX
 * writer of the reports module puts every text cell through this one function.
 */
export function neutraliseCell(value: Cell): Cell {
  if (typeof value !== 'string' || value.length === 0) return value;
  return FORMULA_TRIGGERS.has(value[0]) ? `'${value}` : value;
}
