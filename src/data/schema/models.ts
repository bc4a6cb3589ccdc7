import * as z from 'zod';
import { entryBase, httpsUrl, aliasesSchema, idSchema, partialDate, fullDate } from './common';
import {
  attentionKinds,
  downloadSites,
  linearMixerKinds,
  modalities,
  modelArchitectures,
  modelSparsities,
  opennessComponents,
  opennessLevels,
  reservedModelIds,
  runtimes,
  weightPrecisions,
  type OpennessComponent,
} from '../vocab';

// ---------------------------------------------------------------------------------------------
// Openness, rubric v2: every component graded, with where it was checked

/**
 * `{ level, evidence: [URLs], note }`. `evidence` is where the grade was checked. A grade with
 * no evidence URL (typically `closed`, `unknown` or `na`) needs a `note` that says where the
 * atlas looked, or why the component does not apply.
 */
export const opennessGrade = z
  .strictObject({
    level: z.enum(opennessLevels),
    evidence: z.array(httpsUrl).default([]),
    note: z.string().min(1).optional(),
  })
  .superRefine((g, ctx) => {
    if (g.evidence.length === 0 && !g.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message:
          'expected at least one evidence URL, or a note saying where the component was looked for',
      });
    }
  });

const opennessV2 = z.strictObject(
  Object.fromEntries(opennessComponents.map((c) => [c, opennessGrade])) as Record<
    OpennessComponent,
    typeof opennessGrade
  >,
);

/** A licence the weights were released under before the current one. */
const pastLicense = z.strictObject({
  /** Licence id (src/data/licenses). */
  license: idSchema,
  from: partialDate,
  /** The day (or month) the next licence took over. */
  until: partialDate,
  evidence: z.array(httpsUrl).min(1, { message: 'expected at least one URL showing the licence' }),
  note: z.string().min(1).optional(),
});

// ---------------------------------------------------------------------------------------------
// Architecture facts (from the official config file or paper), for the memory figures

const unknown = z.literal('unknown');
const count = z.union([z.number().int().positive(), unknown]);
/** Attention heads and their size: 0 only in a model without attention (`attention: none`). */
const headCount = z.union([z.number().int().nonnegative(), unknown]);

/** The arch facts that can be read in copies of the official config (`arch.copied.fields`). */
export const copiedArchFields = [
  'layers',
  'hidden_size',
  'attention_heads',
  'kv_heads',
  'head_dim',
  'v_head_dim',
  'attention',
  'mla',
  'sliding_window',
  'linear_layers',
  'vocab_size',
  'precision',
  'experts',
] as const;
export type CopiedArchField = (typeof copiedArchFields)[number];

/** Whether `field` holds a fact (not `unknown`, not absent), so that it can have been copied. */
function copiedFieldKnown(
  a: Partial<Record<CopiedArchField, unknown>>,
  field: CopiedArchField,
): boolean {
  const value = a[field];
  if (value === undefined || value === 'unknown') return false;
  if (field === 'linear_layers') return (value as { layers: unknown }).layers !== 'unknown';
  if (field === 'experts') {
    const e = value as { total: unknown; active: unknown };
    return e.total !== 'unknown' && e.active !== 'unknown';
  }
  return true;
}

export const archSchema = z
  .strictObject({
    layers: count,
    hidden_size: count,
    attention_heads: headCount,
    /** Key/value heads: equal to `attention_heads` for MHA, 1 for MQA, in between for GQA. */
    kv_heads: headCount,
    /** Size of each query and key head (and of each value head unless `v_head_dim` says otherwise). */
    head_dim: headCount,
    /**
     * Size of each value head, only where the developer gives values a different size from keys
     * (MiMo: keys 192, values 128); the KV cache then holds `head_dim + v_head_dim` per head.
     */
    v_head_dim: z.number().int().positive().optional(),
    attention: z.union([z.enum(attentionKinds), unknown]),
    /**
     * Multi-head latent attention: what each layer caches per token. `unknown` when the developer
     * says the model uses MLA but its latent sizes are not published: the kind is shown, and no
     * KV figure is given.
     */
    mla: z
      .union([
        z.strictObject({
          kv_lora_rank: z.number().int().positive(),
          rope_head_dim: z.number().int().positive(),
        }),
        unknown,
      ])
      .optional(),
    /**
     * Layers that attend only to the last `window` tokens (the others attend to all). `kv_heads`
     * only where these layers have a different number of key/value heads from the full-attention
     * layers, which `kv_heads` above then describes (MiMo-V2-Flash: 8 in its window layers, 4 in
     * its global ones).
     */
    sliding_window: z
      .strictObject({
        window: z.number().int().positive(),
        layers: z.number().int().positive(),
        kv_heads: z.number().int().positive().optional(),
      })
      .optional(),
    /**
     * Hybrid models: how many of `layers` keep no per-token key/value cache, and the recurrent
     * mixer they use instead. Counted as the config counts layers: in Nemotron-H-style configs,
     * where a Mamba-2 block, an MoE block and an attention block are each a layer, the MoE-only
     * layers are counted here too (they keep no cache either). Their fixed-size state does not
     * grow with the context and is not counted in the KV figures. `unknown` when the model is
     * known to be hybrid but the split is not published: then no KV figure is given.
     */
    linear_layers: z
      .strictObject({
        layers: count,
        kind: z.enum(linearMixerKinds),
      })
      .optional(),
    vocab_size: count,
    /**
     * Number format of the released weights. A checkpoint that mixes formats records the one its
     * routed experts use, which hold most of the parameters (gpt-oss and DeepSeek-V4: MXFP4
     * experts beside BF16 or FP8 attention); the note names the rest.
     */
    precision: z.union([z.enum(weightPrecisions), unknown]),
    /**
     * Mixture of experts: routed experts per layer, how many a token uses, and shared ones.
     * `unknown` where the developer has not published the count, so that such a model can still
     * record the facts it has (no figure reads these counts: the weights use the total size).
     */
    experts: z
      .strictObject({
        total: count,
        active: count,
        shared: z.union([z.number().int().nonnegative(), unknown]).default(0),
      })
      .optional(),
    evidence: z
      .array(httpsUrl)
      .min(1, { message: 'expected the config file or paper the facts come from' }),
    note: z.string().min(1).optional(),
    /**
     * Facts read in copies of the official config file instead of the developer's own file:
     * the official file is published (`evidence` cites the listing or card that shows it) but
     * could not be read here, and at least two independent copies give the same values, each
     * either a quantised or converted re-upload that names the official repository as its base
     * or a log of converting the official weights. A fine-tune's config counts only for the
     * shapes fine-tuning cannot change (layers, widths, heads, experts), never for the
     * vocabulary or the precision. The page marks each such fact and links the copies. A single
     * copy shown to be identical to the official file (pinned to the official commit, or of the
     * same byte size as the official listing shows) counts as the official file; the note says so.
     */
    copied: z
      .strictObject({
        fields: z.array(z.enum(copiedArchFields)).min(1),
        evidence: z
          .array(httpsUrl)
          .min(2, { message: 'expected at least two independent copies that agree' }),
        note: z.string().min(1),
      })
      .optional(),
  })
  .superRefine((a, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    for (const field of a.copied?.fields ?? [])
      if (!copiedFieldKnown(a, field))
        issue('copied', `lists ${field} as read in copies, but ${field} is not known`);
    const listed = a.copied?.fields ?? [];
    if (new Set(listed).size !== listed.length) issue('copied', 'lists a field twice');
    if (a.attention === 'mla' && !a.mla)
      issue(
        'mla',
        "expected kv_lora_rank and rope_head_dim for MLA (or 'unknown' if not published)",
      );
    if (a.attention === 'other' && !a.note)
      issue('note', "expected a note saying what the attention is when it is 'other'");
    if (a.attention !== 'mla' && a.mla)
      issue('mla', `only MLA models have latent sizes (attention is ${a.attention})`);
    const heads = {
      attention_heads: a.attention_heads,
      kv_heads: a.kv_heads,
      head_dim: a.head_dim,
    };
    if (a.attention === 'none') {
      for (const [field, n] of Object.entries(heads))
        if (n !== 0) issue(field, `expected 0 for a model without attention, found ${n}`);
      if (a.sliding_window || a.v_head_dim !== undefined)
        issue('attention', 'a model without attention has no sliding window and no value heads');
      if (a.linear_layers?.layers !== a.layers)
        issue(
          'linear_layers',
          `expected all ${a.layers} layers to be linear (no attention), found ${a.linear_layers?.layers ?? 'none'}`,
        );
    } else {
      for (const [field, n] of Object.entries(heads))
        if (n === 0) issue(field, "expected a positive number (0 only with attention: 'none')");
    }
    if (a.v_head_dim !== undefined) {
      if (a.attention === 'mla')
        issue(
          'v_head_dim',
          'MLA caches a latent vector, not values per head: leave v_head_dim out',
        );
      else if (a.v_head_dim === a.head_dim)
        issue(
          'v_head_dim',
          `equals head_dim (${a.head_dim}): leave it out when values and keys have the same size`,
        );
    }
    const swKv = a.sliding_window?.kv_heads;
    if (swKv !== undefined) {
      if (typeof a.attention_heads === 'number' && swKv > a.attention_heads)
        issue(
          'sliding_window',
          `expected at most attention_heads (${a.attention_heads}) key/value heads, found ${swKv}`,
        );
      if (swKv === a.kv_heads)
        issue(
          'sliding_window',
          `kv_heads equals the full layers' kv_heads (${swKv}): leave it out when they are the same`,
        );
    }
    if (
      a.attention !== 'none' &&
      typeof a.kv_heads === 'number' &&
      typeof a.attention_heads === 'number'
    ) {
      if (a.kv_heads > a.attention_heads)
        issue(
          'kv_heads',
          `expected at most attention_heads (${a.attention_heads}), found ${a.kv_heads}`,
        );
      const expected = a.kv_heads === a.attention_heads ? 'mha' : a.kv_heads === 1 ? 'mqa' : 'gqa';
      if (
        a.attention !== 'mla' &&
        a.attention !== 'other' &&
        a.attention !== 'unknown' &&
        a.attention !== expected
      )
        issue(
          'attention',
          `expected ${expected} for ${a.attention_heads} query and ${a.kv_heads} key/value heads, found ${a.attention}`,
        );
    }
    if (a.sliding_window && typeof a.layers === 'number' && a.sliding_window.layers > a.layers)
      issue(
        'sliding_window',
        `expected at most ${a.layers} layers, found ${a.sliding_window.layers}`,
      );
    const linear = a.linear_layers?.layers;
    if (typeof linear === 'number' && typeof a.layers === 'number') {
      if (linear > a.layers)
        issue(
          'linear_layers',
          `expected at most ${a.layers} linear (no KV cache) layers, found ${linear}`,
        );
      else if (a.sliding_window && a.sliding_window.layers + linear > a.layers)
        issue(
          'linear_layers',
          `expected sliding_window.layers + linear_layers.layers to be at most ${a.layers}, found ${a.sliding_window.layers} + ${linear}`,
        );
    }
    if (
      a.experts &&
      typeof a.experts.active === 'number' &&
      typeof a.experts.total === 'number' &&
      a.experts.active > a.experts.total
    )
      issue(
        'experts',
        `expected at most ${a.experts.total} active experts, found ${a.experts.active}`,
      );
  });

// ---------------------------------------------------------------------------------------------
// Parameter counts against the size a name states (parameters_note)

/**
 * The sizes a model's name states, in billions: `total` from the largest "<n>B/M/T" in it
 * ("Qwen3-30B-A3B" → 30, "SmolLM 360M" → 0.36), `active` from an "A<n>B" part ("A3B" → 3).
 * Sizes glued to a letter ("E4B", "8x7B") are not total sizes and are skipped.
 */
export function sizesInName(name: string): { total?: number; active?: number } {
  const unit = { B: 1, M: 0.001, T: 1000 } as const;
  const totals = [...name.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)\s?([BMT])(?![a-zA-Z])/g)].map(
    (x) => Number(x[1]) * unit[x[2] as keyof typeof unit],
  );
  const active = /(?<![a-zA-Z])A(\d+(?:\.\d+)?)B(?![a-zA-Z])/.exec(name);
  return {
    ...(totals.length ? { total: Math.max(...totals) } : {}),
    ...(active ? { active: Number(active[1]) } : {}),
  };
}

/** Whether a recorded count is more than 2 % away from the figure a name states. */
const apart = (recorded: number, named: number): boolean =>
  Math.abs(recorded - named) > 0.02 * named;

// ---------------------------------------------------------------------------------------------
// Where to get it and what runs it

const getSchema = z.strictObject({
  downloads: z
    .array(
      z.strictObject({
        site: z.enum(downloadSites),
        url: httpsUrl,
        note: z.string().min(1).optional(),
      }),
    )
    .default([]),
  runtimes: z
    .array(
      z.strictObject({
        runtime: z.enum(runtimes),
        url: httpsUrl,
        note: z.string().min(1).optional(),
      }),
    )
    .default([]),
  verified: fullDate,
});

// ---------------------------------------------------------------------------------------------

export const modelSchema = z
  .strictObject({
    ...entryBase,
    name: z.string().min(1),
    /** Other names readers type, e.g. 羊驼 for LLaMA. Searched too. */
    aliases: aliasesSchema,
    /** Organisation ids (src/data/organizations). */
    organizations: z.array(idSchema).min(1, { message: 'expected at least one organisation id' }),
    /** Family slug shared by related models, e.g. "llama", "qwen". */
    family: idSchema,
    released: partialDate,
    /** The atlas model this one was fine-tuned or distilled from, when the atlas has it. */
    base_model: idSchema.optional(),
    /**
     * Parameter counts in billions (B): 0.125 for 125M. The developer's own exact count where the
     * report or card gives one (Gemma "7B" has 8.54B in its report), including totals summed from
     * published parts (a card's language model plus its vision encoder). Where the developer
     * gives only a round figure or the model's name, count from the official config: record that
     * count when it differs from the developer's figure by more than 2 %, else keep the
     * developer's figure and note the count in a comment. The memory figures are computed from
     * it. Say in a YAML comment where the figure comes from. Count what
     * normal inference loads (with the vision/audio encoders the modalities imply), but not
     * multi-token-prediction (MTP) modules, which only speculative decoding loads (DeepSeek-V3: 671).
     */
    parameters: z.strictObject({
      total: z.number().positive({ message: 'expected a positive number of billions' }),
      active: z.number().positive({ message: 'expected a positive number of billions' }).optional(),
    }),
    /**
     * One sentence in Chinese, shown beside the counts on the model page: where a recorded count
     * is the atlas's own (counted from the official config or files, or summed from parts) and
     * differs from the figure the developer publishes, say both and why; so the reader who knows
     * the developer's number sees why the atlas has another.
     */
    parameters_note: z.string().min(1).optional(),
    architecture: z.enum(modelArchitectures),
    sparsity: z.enum(modelSparsities),
    /** Context window in tokens. */
    context_length: z.number().int().positive().optional(),
    modalities: z.array(z.enum(modalities)).min(1),
    /** Licence id (src/data/licenses) of the released weights, today. */
    license: idSchema,
    /** Earlier licences of the weights, oldest first; the last one ends when `license` began. */
    license_history: z.array(pastLicense).default([]),
    /** Every component graded with its evidence (see docs/ecosystem/openness-method). */
    openness: opennessV2,
    arch: archSchema.optional(),
    get: getSchema.optional(),
    /** One sentence in Chinese. */
    description: z.string().min(1).optional(),
    links: z
      .strictObject({
        paper: httpsUrl.optional(),
        repository: httpsUrl.optional(),
        model_card: httpsUrl.optional(),
        announcement: httpsUrl.optional(),
      })
      .default({}),
  })
  .superRefine((m, ctx) => {
    if ((reservedModelIds as readonly string[]).includes(m.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `"${m.id}" is the path of a page under /models/ (reserved: ${reservedModelIds.join(', ')}); choose another id`,
      });
    }
    if (m.parameters.active !== undefined && m.parameters.active > m.parameters.total) {
      ctx.addIssue({
        code: 'custom',
        path: ['parameters', 'active'],
        message: `expected at most the total (${m.parameters.total}), found ${m.parameters.active}`,
      });
    }
    // A reader who sees "7B" in the name and 7.61B beside it is told why (parameters_note).
    const named = sizesInName(m.name);
    const mismatch = [
      named.total !== undefined && apart(m.parameters.total, named.total)
        ? `the name says ${named.total}B, the total is ${m.parameters.total}B`
        : '',
      named.active !== undefined &&
      m.parameters.active !== undefined &&
      apart(m.parameters.active, named.active)
        ? `the name says ${named.active}B active, the entry ${m.parameters.active}B`
        : '',
    ].filter(Boolean);
    if (mismatch.length && !m.parameters_note)
      ctx.addIssue({
        code: 'custom',
        path: ['parameters_note'],
        message: `expected a note on the parameter counts: ${mismatch.join('; ')} (more than 2 % apart); say where each figure comes from`,
      });
    if (m.sparsity === 'moe' && m.arch && !m.arch.experts) {
      ctx.addIssue({
        code: 'custom',
        path: ['arch', 'experts'],
        message: 'expected expert counts for a mixture-of-experts model',
      });
    }
    m.license_history.forEach((h, i) => {
      if (h.until < h.from)
        ctx.addIssue({
          code: 'custom',
          path: ['license_history', i, 'until'],
          message: `expected a date on or after ${h.from}, found ${h.until}`,
        });
      const next = m.license_history[i + 1];
      if (next && next.from < h.from)
        ctx.addIssue({
          code: 'custom',
          path: ['license_history', i + 1, 'from'],
          message: 'expected the history oldest first',
        });
    });
  });

export type Model = z.infer<typeof modelSchema>;
export type OpennessGrade = z.infer<typeof opennessGrade>;
export type OpennessV2 = z.infer<typeof opennessV2>;
export type ModelArch = z.infer<typeof archSchema>;
export type { OpennessLevel, OpennessComponent } from '../vocab';
export { opennessComponents, opennessLevels } from '../vocab';
