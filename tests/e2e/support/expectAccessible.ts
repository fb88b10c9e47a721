import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** Impacts that block a reader outright (unreadable text, unnamed controls, a page without structure). */
const BLOCKING = new Set(['serious', 'critical']);
/**
 * Rules held to as strictly as the blocking ones though axe rates them lower: a page names itself with one
 * level-1 heading, and its content sits in landmarks a screen reader can jump between.
 */
const REQUIRED_RULES = new Set(['page-has-heading-one', 'landmark-one-main', 'region']);

/** One line per failing element: rule, where, what axe saw, and the page that tells how to fix it. */
function describe(violation: Result): string[] {
  return violation.nodes.map(
    (node) =>
      `[${violation.impact}] ${violation.id} at ${node.target.join(' ')}: ${violation.help}` +
      `${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ')})` : ''} — ${violation.helpUrl}`,
  );
}

/**
 * Runs axe-core over the page as it stands and records (softly: one run lists every screen) every serious or critical finding (and every
 * required-rule finding) as a failure, listed so that the message alone says what to fix.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const failing = results.violations.filter((v) => BLOCKING.has(v.impact ?? '') || REQUIRED_RULES.has(v.id));
  expect.soft(failing.flatMap(describe), `accessibility findings on ${screen}`).toEqual([]);
}
