export interface Page<T> {
  items: T[];
  /**
   * Rows matching the filters, all pages together. Lists stop counting at 10,000 (the audit log
   * counts them all): then `total` is 10,000 and `totalCapped` is true, "10,000+".
   */
  total: number;
  /** Present and true when more than `total` rows match. */
  totalCapped?: boolean;
  /**
   * Pass as `cursor` (with the same filters) for the next page; `null` on the last page. List routes
   * return up to `limit` rows (default and maximum 500 unless the route says otherwise).
   */
  nextCursor?: string | null;
}
