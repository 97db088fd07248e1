export interface Page<T> {
  items: T[];
  /** Rows matching the filters, all pages together. */
  total: number;
  /**
   * Pass as `cursor` (with the same filters) for the next page; `null` on the last page. List routes
   * return up to `limit` rows (default and maximum 500 unless the route says otherwise).
   */
  nextCursor?: string | null;
}
