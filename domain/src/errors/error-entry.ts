/** One entry of the error catalogue: the HTTP status and the message in each language. */
export interface ErrorEntry {
  readonly status: number;
  readonly uk: string;
  readonly en: string;
}
