import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isStorableText } from '../../../shared/sync/storableText';
import { InvalidInput } from '../../errors/InvalidInput';
import { findUnstorableText } from './findUnstorableText';
import type { ValuePath } from './findUnstorableText';
import { MAX_JSON_DEPTH } from './inputLimits';
import { isNestedDeeperThan } from './isNestedDeeperThan';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- Fastify's route config is extended by declaration merging, which needs an interface
  interface FastifyContextConfig {
    /**
     * Parts of the body the input guard leaves to the route, which refuses them in its own terms (a push's
     * mutation content: one bad mutation is rejected, not the whole batch).
     */
    isOpaqueBodyPath?: (path: ValuePath) => boolean;
  }
}

/** A path as a problem's `path`: dotted, with an unstorable key shown escaped rather than sent raw. */
function pathText(path: ValuePath): string {
  const shown = path.map((s) =>
    typeof s === 'number' || isStorableText(s) ? String(s) : JSON.stringify(s).slice(1, -1),
  );
  return shown.join('.') || '(body)';
}

function refuseUnstorable(where: 'params' | 'query' | 'body', value: unknown, request: FastifyRequest) {
  const isOpaque = where === 'body' ? request.routeOptions.config.isOpaqueBodyPath : undefined;
  const found = findUnstorableText(value, isOpaque);
  if (found === undefined) return;
  throw new InvalidInput(
    'request.invalidText',
    where === 'body' ? pathText(found) : `${where}.${pathText(found)}`,
  );
}

/**
 * The court server's one gate for input PostgreSQL or a recursive walk cannot take, before any route code,
 * SQL or JSON.stringify sees it:
 * - the JSON body parser refuses nesting deeper than MAX_JSON_DEPTH (`request.tooDeep`, 400), read from
 *   the raw text, then parses with Fastify's own parser (prototype poisoning refused as before);
 * - a `preValidation` hook of every route walks its path parameters, query and parsed body once and
 *   refuses U+0000 and lone surrogates in any string or key (`request.invalidText`, 400, with the path).
 * Registered on the root instance before any route, so every route and scope has it.
 */
export function registerInputGuard(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (isNestedDeeperThan(text, MAX_JSON_DEPTH)) {
      done(new InvalidInput('request.tooDeep'), undefined);
      return;
    }
    parseJson(request, text, done);
  });
  app.addHook('preValidation', async (request) => {
    refuseUnstorable('params', request.params, request);
    refuseUnstorable('query', request.query, request);
    refuseUnstorable('body', request.body, request);
  });
}
