/**
 * Memory figures that developers publish for their own models, to hold the atlas' estimates
 * (src/data/derive/memory.ts) against: the memory chapter shows each beside the atlas' figure
 * (src/components/MemoryCheck), and tests/unit/memory-checks.test.ts checks how far apart they
 * may be. Only the developer's own documents count; each entry names the file and commit read.
 *
 * Three kinds of published figure:
 * - `measured`: memory a developer measured while generating, for a prompt of `prompt` tokens
 *   followed by `generated` tokens, batch 1. Qwen's speed benchmark labels its column "MB", but
 *   the values are MiB (2²⁰ bytes): the growth between two prompt lengths equals the atlas' KV
 *   figure to the MiB only when read so (see the test).
 * - `minimum`: the least accelerator memory the developer says inference needs.
 * - `fits`: a memory size the developer says the released weights run within.
 *
 * To add one: the model must be in src/data/models; give the precision the figure is for as
 * one of the atlas' four (BF16, FP8, INT8, 4-bit), the developer's own label for it, and the
 * source pinned to a commit.
 */
import type { MemoryPrecision } from './derive/memory';

interface Published {
  /** Model id in src/data/models. */
  model: string;
  precision: MemoryPrecision;
  /** The developer's own name for the weights' format, e.g. "AWQ-INT4", "MXFP4". */
  format: string;
  source: string;
}

export type PublishedMemory =
  | (Published & { kind: 'measured'; prompt: number; generated: number; mib: number })
  | (Published & { kind: 'minimum'; gb: number })
  | (Published & { kind: 'fits'; gb: number });

const qwenBenchmark =
  'https://github.com/QwenLM/Qwen3/blob/7a2f61ffc7a20d47efcd2bf97f6f2bf52729042e/docs/source/getting_started/speed_benchmark.md';
const mistralSizes =
  'https://github.com/mistralai/platform-docs-public/blob/222f4ba9114f84ce9f2d718b9a12fbac1e527f4b/public/llms-full.txt';
const gptOssReadme =
  'https://github.com/openai/gpt-oss/blob/7b583341fe16729127f6d5b94a7b09ccae97e1a1/README.md';

/** Qwen's Transformers runs on one H20 (96 GB), generating 2,048 tokens at batch 1. */
const qwen = (
  model: string,
  precision: MemoryPrecision,
  format: string,
  prompt: number,
  mib: number,
): PublishedMemory => ({
  kind: 'measured',
  model,
  precision,
  format,
  prompt,
  generated: 2048,
  mib,
  source: qwenBenchmark,
});

export const publishedMemory: PublishedMemory[] = [
  qwen('qwen3-8b', 'bf16', 'BF16', 6144, 16811),
  qwen('qwen3-8b', 'bf16', 'BF16', 30720, 20267),
  qwen('qwen3-8b', 'fp8', 'FP8', 1, 9323),
  qwen('qwen3-8b', 'int4', 'AWQ-INT4', 1, 6177),
  qwen('qwen3-32b', 'bf16', 'BF16', 6144, 64583),
  qwen('qwen3-32b', 'bf16', 'BF16', 30720, 70728),
  qwen('qwen3-32b', 'fp8', 'FP8', 1, 33379),
  qwen('qwen3-32b', 'int4', 'AWQ-INT4', 1, 19109),
  qwen('qwen3-30b-a3b', 'bf16', 'BF16', 6144, 59037),
  qwen('qwen3-30b-a3b', 'bf16', 'BF16', 30720, 61342),
  qwen('qwen3-30b-a3b', 'fp8', 'FP8', 1, 30296),
  // Mistral's weights page, "Sizes" table: "Min. GPU RAM for inference (GB)".
  {
    kind: 'minimum',
    model: 'mixtral-8x7b',
    precision: 'bf16',
    format: 'BF16',
    gb: 100,
    source: mistralSizes,
  },
  {
    kind: 'minimum',
    model: 'mixtral-8x22b',
    precision: 'bf16',
    format: 'BF16',
    gb: 300,
    source: mistralSizes,
  },
  {
    kind: 'minimum',
    model: 'codestral-22b',
    precision: 'bf16',
    format: 'BF16',
    gb: 60,
    source: mistralSizes,
  },
  {
    kind: 'minimum',
    model: 'mistral-nemo-12b',
    precision: 'bf16',
    format: 'BF16',
    gb: 28,
    source: mistralSizes,
  },
  {
    kind: 'minimum',
    model: 'mistral-nemo-12b',
    precision: 'fp8',
    format: 'FP8',
    gb: 16,
    source: mistralSizes,
  },
  {
    kind: 'minimum',
    model: 'mistral-large-2',
    precision: 'bf16',
    format: 'BF16',
    gb: 250,
    source: mistralSizes,
  },
  // gpt-oss README: MXFP4 experts let gpt-oss-120b run on one 80GB GPU and gpt-oss-20b within 16GB.
  {
    kind: 'fits',
    model: 'gpt-oss-120b',
    precision: 'int4',
    format: 'MXFP4',
    gb: 80,
    source: gptOssReadme,
  },
  {
    kind: 'fits',
    model: 'gpt-oss-20b',
    precision: 'int4',
    format: 'MXFP4',
    gb: 16,
    source: gptOssReadme,
  },
];
