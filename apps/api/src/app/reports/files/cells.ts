/** A value an export writes into one cell: text, a number, or empty. */
export type Cell = string | number | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (or start one after a field separator). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV injection"): text that begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading `'`, so Excel and LibreOffice show it as text
 * instead of evaluating it (`=HYPERLINK(...)` in a candidate's name would otherwise run on HR's machine).
 * Numbers are written as numbers and cannot carry a formula, so they pass unchanged. Every CSV and XLSX
 * writer of the reports module puts every text cell through this one function.
 */
export function neutraliseCell(value: Cell): Cell {
  if (typeof value !== 'string' || value.length === 0) return value;
  return FORMULA_TRIGGERS.has(value[0]) ? `'${value}` : value;
}
