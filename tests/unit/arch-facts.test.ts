/**
 * ArchFacts (the model page's architecture table) shows every fact of `arch` as the data has
 * it, says "未查到" for each fact the atlas has not read, and links the sources.
 */
import React from 'react';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { archSchema, type ModelArch } from '../../src/data/schema/models';
import { loadAtlasData } from '../../src/data/load';
import { mixtralArch, qwen3NextArch } from './arch-fixtures';

vi.mock('@docusaurus/Translate', () => import('./docusaurus-translate'));

const { default: ArchFacts, archRows } = await import('../../src/components/ArchFacts');

const root = join(import.meta.dirname, '..', '..');
const { data } = loadAtlasData({ dataDir: join(root, 'src', 'data'), rootDir: root });
const archOf = (id: string): ModelArch => {
  const arch = data.models.find((m) => m.id === id)?.arch;
  if (!arch) throw new Error(`no arch for ${id}`);
  return arch;
};

/** Each row's field and the text of its value cell. */
const rowsOf = (html: string) =>
  Object.fromEntries(
    [
      ...html.matchAll(/<tr data-arch="([^"]+)"[^>]*><th[^>]*>[^<]*<\/th><td[^>]*>(.*?)<\/td>/g),
    ].map((m) => [m[1]!, m[2]!]),
  );
const render = (arch: ModelArch) => renderToStaticMarkup(React.createElement(ArchFacts, { arch }));

describe('ArchFacts', () => {
  it('shows a dense GQA model (Llama 3.1 8B) fact by fact, with its sources', () => {
    const arch = archOf('llama-3-1-8b');
    const html = render(arch);
    expect(rowsOf(html)).toEqual({
      layers: '32',
      hidden_size: '4,096',
      attention_heads: '32',
      kv_heads: '8',
      head_dim: '128',
      attention: '分组查询注意力（GQA）',
      vocab_size: '128,256',
      precision: 'BF16',
    });
    expect(html).not.toContain('未查到');
    for (const url of arch.evidence) expect(html).toContain(`href="${url}"`);
  });

  it("gives MLA's cached sizes and the experts of an MoE model (DeepSeek-V3)", () => {
    const rows = rowsOf(render(archOf('deepseek-v3')));
    expect(rows.attention).toBe(
      '多头潜在注意力（MLA）；每层每个 token 缓存 512 维潜向量和 64 维位置编码键',
    );
    expect([rows['experts.total'], rows['experts.active'], rows['experts.shared']]).toEqual([
      '256',
      '8',
      '1',
    ]);
    expect(rows.precision).toBe('FP8');
  });

  it('names MLA when the developer says so, and says its latent sizes were not found', () => {
    const arch = archSchema.parse({ ...archOf('deepseek-v3'), mla: 'unknown' });
    const html = render(arch);
    expect(rowsOf(html).attention).toBe('多头潜在注意力（MLA）；潜向量与位置编码键的维度未查到');
    expect(html).toContain('本站没有在官方配置文件、论文或模型卡中读到这一项');
  });

  it('says which layers use a window (gpt-oss-20b) and which keep no cache (Qwen3-Next)', () => {
    expect(rowsOf(render(archOf('gpt-oss-20b'))).attention).toBe(
      '分组查询注意力（GQA）；12 层只关注最近 128 个 token',
    );
    expect(rowsOf(render(archSchema.parse(qwen3NextArch))).attention).toBe(
      '分组查询注意力（GQA）；36 层为 Gated DeltaNet，不随上下文缓存键值',
    );
  });

  it('marks each fact not read as 未查到 and explains it, never a number', () => {
    const arch = archSchema.parse({
      ...qwen3NextArch,
      layers: 'unknown',
      kv_heads: 'unknown',
      attention: 'unknown',
      linear_layers: { layers: 'unknown', kind: 'gated-deltanet' },
      experts: { total: 512, active: 'unknown', shared: 1 },
    });
    const html = render(arch);
    const rows = rowsOf(html);
    const notRead = Object.keys(rows).filter((k) => rows[k] === '未查到');
    expect(notRead).toEqual(['layers', 'kv_heads', 'attention', 'precision', 'experts.active']);
    expect(html.match(/data-known="false"/g)).toHaveLength(notRead.length);
    expect(html).toContain('本站没有在官方配置文件、论文或模型卡中读到这一项');
  });

  it("shows the note as written, in the language the page's data gives it", () => {
    const arch = archOf('llama-3-1-8b');
    const html = renderToStaticMarkup(
      React.createElement(ArchFacts, { arch, noteLang: 'zh-Hans' }),
    );
    expect(html).toContain(` lang="zh-Hans">${arch.note}</p>`);
    expect(render(arch)).toContain(`>${arch.note}</p>`);
    expect(render(arch)).not.toContain('lang=');
  });

  it('tags the facts read in copies of the official config, and lists the copies', () => {
    const arch = archSchema.parse({
      ...mixtralArch,
      copied: {
        fields: ['layers', 'kv_heads', 'attention', 'experts'],
        evidence: ['https://example.com/copy-a/config.json', 'https://example.com/copy-b/log'],
        note: '两份转载一致。',
      },
    });
    const rows = archRows(arch);
    expect(rows.filter((r) => r.copied).map((r) => r.row)).toEqual([
      'layers',
      'kv_heads',
      'attention',
      'experts.total',
      'experts.active',
      'experts.shared',
    ]);
    const html = render(arch);
    expect(html.match(/data-copied="true"/g)).toHaveLength(6);
    expect(rowsOf(html).layers).toMatch(/^32<span class="[^"]*copied[^"]*">据转载<\/span>$/);
    expect(rowsOf(html).hidden_size).toBe('4,096');
    expect(html).toContain('“据转载”');
    expect(html).toContain('两份转载一致。');
    for (const url of [...arch.evidence, ...arch.copied!.evidence])
      expect(html).toContain(`href="${url}"`);
  });

  it("gives the value heads' own size and the window layers' own key/value heads where they differ (MiMo-V2-Flash)", () => {
    const arch = archOf('mimo-v2-flash');
    const rows = Object.fromEntries(archRows(arch).map((r) => [r.row, r.value]));
    expect(rows.kv_heads).toBe('全局注意力层 4，滑动窗口层 8');
    expect(rows.head_dim).toBe('查询与键 192，值 128');
    expect(rows.attention).toContain('39 层只关注最近 128 个 token');
    // A model without either field shows plain numbers.
    const llama = Object.fromEntries(archRows(archOf('llama-3-1-8b')).map((r) => [r.row, r.value]));
    expect(llama.kv_heads).toBe('8');
    expect(llama.head_dim).toBe('128');
  });

  it('says nothing of copies for a model whose facts are all read in official files', () => {
    const html = render(archOf('llama-3-1-8b'));
    expect(html).not.toContain('data-copied');
    expect(html).not.toContain('据转载');
  });

  it('has a row for every fact of every model in the atlas, and 未查到 exactly where the data says unknown', () => {
    // The fields the schema has beside the ones a row shows: sources, notes, the details that
    // the attention row spells out, and the value head size the head-size row adds. A new field
    // must be shown or added here on purpose.
    const shownElsewhere = [
      'evidence',
      'note',
      'copied',
      'mla',
      'sliding_window',
      'linear_layers',
      'v_head_dim',
    ];
    const fields = Object.keys(archSchema.shape).filter((k) => !shownElsewhere.includes(k));
    const mismatched: string[] = [];
    for (const m of data.models) {
      if (!m.arch) continue;
      const rows = archRows(m.arch);
      const expected = fields.flatMap((f) => {
        const v = (m.arch as Record<string, unknown>)[f];
        if (f === 'experts')
          return v
            ? Object.entries(v as Record<string, unknown>).map(([k, x]) => [`experts.${k}`, x])
            : [];
        return [[f, v]];
      });
      const got = rows.map((r) => [r.row, r.known ? 'read' : 'unknown']);
      const want = expected.map(([f, v]) => [f, v === 'unknown' ? 'unknown' : 'read']);
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatched.push(m.id);
    }
    expect(mismatched).toEqual([]);
  });
});
