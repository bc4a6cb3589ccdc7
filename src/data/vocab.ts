/**
 * Every fixed list the atlas uses, in one module with no dependencies: the zod schemas, the
 * components, the plugins and the scripts all read their enums, reference prefixes and routes
 * from here. Adding a value here is the first step; the schema, the labels
 * (`src/components/labels.ts`, which TypeScript makes exhaustive) and the rubric page
 * follow.
 */

// ---------------------------------------------------------------------------------------------
// Collections, reference prefixes and routes

export const collectionNames = [
  'models',
  'organizations',
  'tools',
  'licenses',
  'events',
  'terms',
  'corrections',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/** The prefix used in `related: [model:…]` references, per collection that can be referenced. */
export const refPrefixes = {
  model: 'models',
  org: 'organizations',
  tool: 'tools',
  license: 'licenses',
  event: 'events',
  term: 'terms',
} as const satisfies Record<string, CollectionName>;
export type RefPrefix = keyof typeof refPrefixes;

/** The page that lists each collection; every entry has an anchor equal to its id there. */
export const collectionRoutes: Record<CollectionName, string> = {
  models: '/models',
  organizations: '/organizations',
  tools: '/tools',
  licenses: '/licenses',
  terms: '/glossary',
  events: '/timeline',
  corrections: '/corrections',
};

/** Collections whose entries also have a page of their own at `<route>/<id>`. */
export const collectionsWithEntryPages: readonly CollectionName[] = ['models'];

/**
 * Paths under `/models/` that are pages of their own, not models: a model with one of these
 * ids would collide with the page's route, so validation rejects it.
 */
export const reservedModelIds = [
  'compare',
  'hardware',
  'openness',
  'ranking',
  'index',
  'search',
] as const;

// ---------------------------------------------------------------------------------------------
// Openness rubric v2 (the method page: docs/ecosystem/openness-method)

/**
 * - `open`: available to anyone, without approval, under terms that allow use, study,
 *   modification and sharing (OSI-approved for code; an open data or content licence for
 *   weights, data and documents).
 * - `partial`: available, but with restrictions (a custom licence with use restrictions,
 *   gating by approval) or only in part (for documents: present but missing what the
 *   component's rule requires).
 * - `closed`: checked and not released.
 * - `unknown`: the atlas could not establish it from public sources.
 * - `na`: the component does not exist for this model (no instruct variant, no post-training).
 */
export const opennessLevels = ['open', 'partial', 'closed', 'unknown', 'na'] as const;
export type OpennessLevel = (typeof opennessLevels)[number];

export const opennessGroups = ['availability', 'documentation', 'terms'] as const;
export type OpennessGroup = (typeof opennessGroups)[number];

/** The components, in the order every view shows them. */
export const opennessComponents = [
  // availability
  'weights_base',
  'weights_instruct',
  'checkpoints',
  'training_code',
  'data_processing_code',
  'inference_code',
  'evaluation_code',
  'pretraining_data',
  'posttraining_data',
  // documentation
  'paper',
  'model_card',
  'data_card',
  'training_details',
  'evaluation_results',
  // licences and access
  'license_weights',
  'license_code',
  'license_data',
  'access',
] as const;
export type OpennessComponent = (typeof opennessComponents)[number];

export const opennessComponentGroup: Record<OpennessComponent, OpennessGroup> = {
  weights_base: 'availability',
  weights_instruct: 'availability',
  checkpoints: 'availability',
  training_code: 'availability',
  data_processing_code: 'availability',
  inference_code: 'availability',
  evaluation_code: 'availability',
  pretraining_data: 'availability',
  posttraining_data: 'availability',
  paper: 'documentation',
  model_card: 'documentation',
  data_card: 'documentation',
  training_details: 'documentation',
  evaluation_results: 'documentation',
  license_weights: 'terms',
  license_code: 'terms',
  license_data: 'terms',
  access: 'terms',
};

/**
 * The European Open Source AI Index's parameters (github.com/Language-Technology-Assessment/
 * main-database; `package` and `api` were dropped from its template on 2026-03-13) and the
 * atlas components that assess the same thing.
 */
export const euIndexParameters = {
  datasources_basemodel: ['pretraining_data'],
  datasources_endmodel: ['posttraining_data'],
  weights_basemodel: ['weights_base'],
  weights_endmodel: ['weights_instruct'],
  trainingcode: ['training_code', 'data_processing_code'],
  code: ['training_code', 'inference_code'],
  hardware_architecture: ['training_details'],
  preprint: ['paper'],
  paper: ['paper'],
  modelcard: ['model_card'],
  datasheet: ['data_card'],
  package: ['inference_code'],
  api: ['access'],
  licenses: ['license_weights', 'license_code', 'license_data'],
} as const satisfies Record<string, readonly OpennessComponent[]>;

/** Model Openness Framework classes: III open model, II open tooling, I open science. */
export const mofClasses = [3, 2, 1] as const;
export type MofClass = (typeof mofClasses)[number];

/**
 * The MOF's components (LF AI & Data, Model Openness Tool `mof.settings.yml`), the class that
 * first requires each, and the atlas components that must be `open` (or `na`) for it. Optional
 * MOF components (sample outputs, supporting libraries, model metadata) are listed with
 * `required: false` and do not gate a class.
 */
export const mofComponents = [
  { name: 'Model architecture', class: 3, required: true, atlas: ['inference_code'] },
  {
    name: 'Model parameters (Final)',
    class: 3,
    required: true,
    atlas: ['weights_base', 'weights_instruct'],
  },
  { name: 'Technical report', class: 3, required: true, atlas: ['paper'] },
  { name: 'Evaluation results', class: 3, required: true, atlas: ['evaluation_results'] },
  { name: 'Model card', class: 3, required: true, atlas: ['model_card'] },
  { name: 'Data card', class: 3, required: true, atlas: ['data_card'] },
  { name: 'Sample model outputs', class: 3, required: false, atlas: [] },
  { name: 'Training code', class: 2, required: true, atlas: ['training_code'] },
  { name: 'Inference code', class: 2, required: true, atlas: ['inference_code'] },
  { name: 'Evaluation code', class: 2, required: true, atlas: ['evaluation_code'] },
  { name: 'Evaluation data', class: 2, required: true, atlas: ['evaluation_code'] },
  { name: 'Supporting libraries and tools', class: 2, required: false, atlas: [] },
  { name: 'Datasets', class: 1, required: true, atlas: ['pretraining_data', 'posttraining_data'] },
  { name: 'Data preprocessing code', class: 1, required: true, atlas: ['data_processing_code'] },
  { name: 'Model parameters (Intermediate)', class: 1, required: true, atlas: ['checkpoints'] },
  { name: 'Research paper', class: 1, required: true, atlas: ['paper'] },
  { name: 'Model metadata', class: 1, required: false, atlas: ['training_details'] },
] as const satisfies ReadonlyArray<{
  name: string;
  class: MofClass;
  required: boolean;
  atlas: readonly OpennessComponent[];
}>;

// ---------------------------------------------------------------------------------------------
// Model facts

export const modelArchitectures = ['decoder-only', 'encoder-only', 'encoder-decoder'] as const;
export const modelSparsities = ['dense', 'moe'] as const;
export const modalities = ['text', 'image', 'audio', 'video'] as const;

/**
 * How the key/value side of attention is shaped; it decides the KV-cache size. `other`: a
 * published design the atlas's KV formulas do not cover (DeepSeek-V4's compressed sparse
 * attention, ZAYA1's compressed convolutional attention); the arch note says what it is, and no
 * KV figure is given. Not a stand-in for a kind that is merely not found: that is `unknown`.
 * `none`: no attention layer at all, every layer a recurrent mixer (`linear_layers` covers all
 * of them: Codestral Mamba's 64 Mamba-2 layers); the model keeps no per-token key/value cache,
 * and its heads are recorded as 0.
 */
export const attentionKinds = ['mha', 'gqa', 'mqa', 'mla', 'other', 'none'] as const;
export type AttentionKind = (typeof attentionKinds)[number];

/**
 * Token mixers of hybrid models that keep a fixed-size recurrent state instead of a per-token
 * key/value cache: Gated DeltaNet (Qwen3-Next, Qwen3.5), Kimi Delta Attention (Kimi Linear),
 * the original Mamba (Jamba), Mamba-2 (Nemotron-H, Nemotron 3, Granite 4.0-H), lightning
 * attention (MiniMax-01), the gated short convolutions of LFM2, whose state is only the last few
 * inputs of each layer, RWKV's time mixing, xLSTM's matrix-memory cells and the RG-LRU recurrence
 * of Griffin (RecurrentGemma).
 */
export const linearMixerKinds = [
  'gated-deltanet',
  'kda',
  'mamba',
  'mamba2',
  'lightning',
  'short-conv',
  'rwkv',
  'xlstm',
  'rg-lru',
] as const;
export type LinearMixerKind = (typeof linearMixerKinds)[number];

/**
 * Number formats of released weights. `int4`: 4-bit integers with group scales, as Kimi K2
 * Thinking's natively quantised experts (compressed-tensors); `mxfp4`: the OCP microscaling FP4.
 */
export const weightPrecisions = ['fp32', 'bf16', 'fp16', 'fp8', 'mxfp4', 'int4'] as const;
export type WeightPrecision = (typeof weightPrecisions)[number];

/** Official download sites. */
export const downloadSites = ['huggingface', 'modelscope', 'other'] as const;
export type DownloadSite = (typeof downloadSites)[number];

/** Runtimes whose support the atlas records, each with the URL that shows it. */
export const runtimes = [
  'transformers',
  'ollama',
  'gguf',
  'llama-cpp',
  'vllm',
  'sglang',
  'mlx',
  'mindie',
] as const;
export type Runtime = (typeof runtimes)[number];
