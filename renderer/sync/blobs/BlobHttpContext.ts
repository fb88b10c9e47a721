/** Where and as whom the blob endpoints are called; the sync engine builds one per run. */
export type BlobHttpContext = {
  /** The court server's base URL, e.g. `https://court.example:8443`. */
  baseUrl: string;
  /**
   * An access token. Called before each request with `false`; called once more with `true` after a 401,
   * and must then return a refreshed token (the request is sent again with it, exactly like a push).
   */
  getToken: (isRefreshForced: boolean) => Promise<string>;
  /** Injected in tests (to count or cut traffic); defaults to the global fetch. */
  fetchImpl?: typeof fetch;
};
