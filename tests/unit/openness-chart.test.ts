/** OpennessChart draws server-side: one point per model, inside the plot, filled when it reaches a MOF class. */
import { describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

vi.mock('@docusaurus/Translate', () => import('./docusaurus-translate'));

const { default: OpennessChart } = await import('../../src/components/OpennessChart');

describe('OpennessChart', () => {
  const points = [
    { id: 'a', name: 'A', released: '2023-02', score: 100, mofClass: 1 as const },
    { id: 'b', name: 'B', released: '2024-06-15', score: 50, mofClass: undefined },
    { id: 'c', name: 'C', released: '2025', score: 0, mofClass: undefined },
  ];

  it('draws one titled point per model within the drawing area', () => {
    const html = renderToStaticMarkup(createElement(OpennessChart, { points, tableId: 't' }));
    // Data points carry a <title>; the legend's sample circles do not.
    const circles = [...html.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="4.5"[^>]*><title>/g)];
    expect(circles).toHaveLength(points.length);
    for (const [, cx, cy] of circles) {
      expect(Number(cx)).toBeGreaterThanOrEqual(40);
      expect(Number(cx)).toBeLessThanOrEqual(480 - 14);
      expect(Number(cy)).toBeGreaterThanOrEqual(12);
      expect(Number(cy)).toBeLessThanOrEqual(280 - 34);
    }
    // Higher score, higher on the chart (smaller y); later release, further right.
    const ys = circles.map((c) => Number(c[2]));
    const xs = circles.map((c) => Number(c[1]));
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(html).toContain('<title>A：100（2023-02，MOF I 类）</title>');
    expect(html).toContain('href="#t"');
  });

  it('says so instead of drawing an empty chart', () => {
    const html = renderToStaticMarkup(createElement(OpennessChart, { points: [], tableId: 't' }));
    expect(html).not.toContain('<svg');
    expect(html).toContain('还没有按新方法评级的模型');
  });
});
