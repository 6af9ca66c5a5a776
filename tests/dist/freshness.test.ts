import { describe, expect, test } from 'vitest';
import { checkFreshness, pastWillStatements } from '../../src/lib/html-checks.ts';
import { buildDate } from '../../src/lib/dates.ts';
import { brokenDir, loadSite, pageAt } from './lib/site.ts';

describe('freshness of the built site', () => {
  const site = loadSite();

  test('never calls a change whose date has passed 将要/将于/即将, and every stale fact shows its caution', () => {
    expect(site.pages.flatMap((p) => checkFreshness(p, buildDate()))).toEqual([]);
  });

  test('shows 核实于 with a date on every page that states a fact group', () => {
    const factPages = site.pages.filter((p) => p.factIds.length > 0);
    expect(factPages.length).toBeGreaterThan(100);
    expect(factPages.filter((p) => p.provenance.length === 0 || p.provenance.some((b) => !b.checkedAt)).map((p) => p.path)).toEqual([]);
  });
});

describe('the freshness check on broken input', () => {
  test('finds 将于 before a day that has passed, in either date format, and leaves future days alone', () => {
    expect(pastWillStatements('新规定将于2021年1月1日起执行', '2026-11-22')).toHaveLength(1);
    expect(pastWillStatements('即将在 2025-06-30 调整', '2026-11-22')).toHaveLength(1);
    expect(pastWillStatements('将于2030年1月1日起执行', '2026-11-22')).toEqual([]);
    expect(pastWillStatements('自2021年1月1日起执行', '2026-11-22')).toEqual([]);
  });

  test('reports a stale fact without its caution, old sources without theirs, a block without 核实于, and 将于 a past day', () => {
    expect(checkFreshness(pageAt(loadSite(brokenDir), '/stale/'), '2026-11-22')).toEqual([
      '/stale/: “将于2021年1月1日” 说的是已经过去的日期，应写成“自……起执行”，不能写“将要”',
      '/stale/: 第 1 处事实核实于 2023-05-01，已超过一年，却没有显示“超过一年未复核”的提示',
      '/stale/: 第 2 处事实的来源最新也是 2009-07-01，却没有提示“规定后来可能改过”',
      '/stale/: 第 3 处来源说明缺少“核实于”日期',
    ]);
  });

  test('passes the good fixture page', () => {
    expect(checkFreshness(pageAt(loadSite(brokenDir), '/good/'), '2026-11-22')).toEqual([]);
  });
});
