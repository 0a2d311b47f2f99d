// The budget article's gold (fixture page f): its blocks' text and their sentences. One copy, the fixture's:
// if it moves, these tests fail instead of quietly reading a stale copy.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BudgetGold {
  text: string[];
  sentences: string[][];
}

// A path from the repository root: vitest runs there, and happy-dom gives import.meta.url an http scheme.
const GOLD = resolve('tests/fixtures/pages/budget-lang-artikel/expected.json');

export const budgetGold: BudgetGold = JSON.parse(readFileSync(GOLD, 'utf8'));
