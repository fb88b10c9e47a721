import type { Migration } from './Migration';

/**
 * Review and synced records (issue 5 and the server's storage of site-visit records). `reviews` holds the
 * team lead's decisions (returned with comments / approved), `amendments` the changes proposed to approved
 * logs; both are indexed by visit, because the visit page and the review screen read one visit's history.
 * `recordBase` keeps, for every record inside a case, the version the court server last sent (key
 * `entity:id`), so a refused local edit can fall back to the server's version, as `caseBase` does for cases.
 */
export const m0004Review = {
  version: 4,
  stores: {
    reviews: 'id, visitId, caseId',
    amendments: 'id, visitId, caseId',
    recordBase: 'key, caseId',
  },
} as const satisfies Migration;
