/** PartialDate: a date as precise as the data has it, with a note only when it is partial. */
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';

vi.mock('@docusaurus/Translate', () => import('./docusaurus-translate'));

const { default: PartialDate } = await import('../../src/components/PartialDate');
const render = (date: string) => renderToStaticMarkup(createElement(PartialDate, { date }));

describe('PartialDate', () => {
  it('says how exact a date known only to the year or month is', () => {
    expect(render('2023')).toBe('<time dateTime="2023" title="精确到年">2023 年</time>');
    expect(render('2023-07')).toBe('<time dateTime="2023-07" title="精确到月">2023 年 7 月</time>');
  });

  it('adds no note to a full date', () => {
    expect(render('2023-07-18')).toBe('<time dateTime="2023-07-18">2023 年 7 月 18 日</time>');
  });
});
