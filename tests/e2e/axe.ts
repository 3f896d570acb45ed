import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousA11yViolations } from './browser.js';

/** Fails the journey, naming the screen, when axe finds a serious or critical violation. */
export const expectAxeClean = async (page: Page, where: string) =>
  expect(await seriousA11yViolations(page), where).toEqual([]);
