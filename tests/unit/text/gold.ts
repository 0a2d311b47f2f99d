// The budget article's gold (page f): from tests/fixtures once the fixtures are copied there, else our copy.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BudgetGold {
  text: string[];
  sentences: string[][];
}

// Paths from the repository root: vitest runs there, and happy-dom gives import.meta.url an http scheme.
const shared = resolve('tests/fixtures/pages/budget-lang-artikel/expected.json');
const local = resolve('tests/unit/text/budget-sentences.json');

export const budgetGold: BudgetGold = JSON.parse(readFileSync(existsSync(shared) ? shared : local, 'utf8'));
