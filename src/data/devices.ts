/**
 * Device presets for /models/hardware ("能跑吗"): memory a model can use on one device.
 *
 * To add a device: append an entry with the memory size its maker (or a catalogue that lists
 * it) states, in the unit the page uses, GB; the URL you read it at; and the date you read it.
 * tests/unit/devices.test.ts checks every entry (unique kebab-case id, positive size, https
 * source) and says which one is wrong. The page reads sizes as 10⁹ bytes: if a maker's "GB"
 * is really GiB (2³⁰ bytes) the device has about 7% more than the page assumes, so a "fits"
 * verdict stays on the safe side.
 *
 * A multi-chip card or server is listed per chip (one NPU), the unit an inference engine places a
 * model on; say so in the name. For accelerators sold in China, a maker-run repository's
 * documentation counts as the maker's word (vLLM Ascend's tutorials for Atlas, Moore Threads'
 * tutorial_on_musa); news articles and forums do not.
 */
export const deviceKinds = [
  'consumer-gpu',
  'datacenter-gpu',
  'apple',
  'china-accelerator',
] as const;
export type DeviceKind = (typeof deviceKinds)[number];

export interface Device {
  id: string;
  /** As its maker writes it for Chinese readers. */
  name: string;
  /** The English build's name, for a device whose `name` has Chinese in it. */
  name_en?: string;
  kind: DeviceKind;
  /** Memory usable by the accelerator, in GB as stated by the source. */
  memoryGb: number;
  /** Apple silicon and some SoC modules share this memory with the CPU and the OS. */
  unified?: boolean;
  source: string;
  verified: string;
}

/** The device's name in the locale being shown. */
export const deviceName = (d: Pick<Device, 'name' | 'name_en'>, locale: string): string =>
  locale === 'en' && d.name_en ? d.name_en : d.name;

export const devices: readonly Device[] = [
  {
    id: 'rtx-4090-laptop',
    name: 'NVIDIA GeForce RTX 4090 Laptop',
    kind: 'consumer-gpu',
    memoryGb: 16,
    source: 'https://huggingface.co/hardware/rtx-4090-laptop',
    verified: '2026-12-04',
  },
  {
    id: 'rtx-3090',
    name: 'NVIDIA GeForce RTX 3090',
    kind: 'consumer-gpu',
    memoryGb: 24,
    source: 'https://huggingface.co/hardware/rtx-3090',
    verified: '2026-12-04',
  },
  {
    id: 'rtx-3090-ti',
    name: 'NVIDIA GeForce RTX 3090 Ti',
    kind: 'consumer-gpu',
    memoryGb: 24,
    source: 'https://huggingface.co/hardware/rtx-3090-ti',
    verified: '2026-12-04',
  },
  {
    id: 'rtx-5090-d',
    name: 'NVIDIA GeForce RTX 5090 D（非 V2）',
    name_en: 'NVIDIA GeForce RTX 5090 D (not the V2)',
    kind: 'consumer-gpu',
    // The first RTX 5090 D (2025). The RTX 5090 D V2 sold in China from August 2025 has 24 GB on a
    // 384-bit bus (reported by Tom's Hardware, 2025-08-12; no NVIDIA page for it could be read).
    memoryGb: 32,
    source: 'https://huggingface.co/hardware/rtx-5090-d',
    verified: '2026-12-04',
  },
  {
    id: 'rtx-4090',
    name: 'NVIDIA GeForce RTX 4090',
    kind: 'consumer-gpu',
    memoryGb: 24,
    source:
      'https://github.com/huggingface/huggingface.js/blob/013c6b9c84dce0e6cb5ba46fe6af0f3491e8aa38/packages/tasks/src/hardware-nvidia.ts',
    verified: '2026-12-04',
  },
  {
    id: 'rtx-5090',
    name: 'NVIDIA GeForce RTX 5090',
    kind: 'consumer-gpu',
    memoryGb: 32,
    source:
      'https://github.com/huggingface/huggingface.js/blob/013c6b9c84dce0e6cb5ba46fe6af0f3491e8aa38/packages/tasks/src/hardware-nvidia.ts',
    verified: '2026-12-04',
  },
  {
    id: 'h100',
    name: 'NVIDIA H100 SXM',
    kind: 'datacenter-gpu',
    memoryGb: 80,
    source: 'https://huggingface.co/hardware/h100',
    verified: '2026-12-04',
  },
  {
    id: 'h800',
    name: 'NVIDIA H800',
    kind: 'datacenter-gpu',
    memoryGb: 80,
    source: 'https://huggingface.co/hardware/h800',
    verified: '2026-12-04',
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM',
    kind: 'datacenter-gpu',
    memoryGb: 141,
    // NVIDIA's own system description in its MLPerf Inference v4.1 submission: "141 GB", HBM3e.
    source:
      'https://github.com/mlcommons/inference_results_v4.1/blob/a2f5d66d17e8f75c02fd74dfe810ecca6a046696/closed/NVIDIA/systems/H200-SXM-141GBx8_TRT.json',
    verified: '2026-12-04',
  },
  {
    id: 'a100-40',
    name: 'NVIDIA A100 40GB',
    kind: 'datacenter-gpu',
    memoryGb: 40,
    source:
      'https://github.com/huggingface/huggingface.js/blob/013c6b9c84dce0e6cb5ba46fe6af0f3491e8aa38/packages/tasks/src/hardware-nvidia.ts',
    verified: '2026-12-04',
  },
  {
    id: 'a100-80',
    name: 'NVIDIA A100 80GB',
    kind: 'datacenter-gpu',
    memoryGb: 80,
    source: 'https://huggingface.co/hardware/a100',
    verified: '2026-12-02',
  },
  {
    id: 'h20',
    name: 'NVIDIA H20',
    kind: 'datacenter-gpu',
    memoryGb: 96,
    source: 'https://huggingface.co/hardware/h20',
    verified: '2026-12-02',
  },
  {
    id: 'apple-m1-8',
    name: 'Apple M1 (8 GB)',
    kind: 'apple',
    memoryGb: 8,
    unified: true,
    source: 'https://huggingface.co/hardware/apple-m1',
    verified: '2026-12-04',
  },
  {
    id: 'apple-m1-16',
    name: 'Apple M1 (16 GB)',
    kind: 'apple',
    memoryGb: 16,
    unified: true,
    source: 'https://huggingface.co/hardware/apple-m1',
    verified: '2026-12-04',
  },
  {
    id: 'apple-m4-max-128',
    name: 'Apple M4 Max (128 GB)',
    kind: 'apple',
    // The catalogue lists 128 among the M4 Max's sizes, but also 96, 256 and 512: Apple announced
    // the chip with up to 128 GB (as Engadget and Notebookcheck report; Apple's own pages could not
    // be read here), so those three look wrong. 128 GB is the 16-core CPU, 40-core GPU version.
    memoryGb: 128,
    unified: true,
    source:
      'https://github.com/huggingface/huggingface.js/blob/9a16ed5cf2bb74f9806eddfe4f03f0a5f9f190b5/packages/tasks/src/hardware-apple.ts',
    verified: '2026-12-04',
  },
  {
    id: 'apple-m3-ultra-256',
    name: 'Apple M3 Ultra (256 GB)',
    kind: 'apple',
    memoryGb: 256,
    unified: true,
    source: 'https://huggingface.co/hardware/apple-m3-ultra',
    verified: '2026-12-04',
  },
  {
    id: 'apple-m3-ultra-512',
    name: 'Apple M3 Ultra (512 GB)',
    kind: 'apple',
    memoryGb: 512,
    unified: true,
    source: 'https://huggingface.co/hardware/apple-m3-ultra',
    verified: '2026-12-04',
  },
  {
    id: 'atlas-200i-dk-a2',
    name: '华为 Atlas 200I DK A2 开发者套件（昇腾 310 系列）',
    name_en: 'Huawei Atlas 200I DK A2 Developer Kit (Ascend 310 series)',
    kind: 'china-accelerator',
    memoryGb: 4,
    unified: true,
    source:
      'https://www.hiascend.com/document/detail/zh/Atlas200IDKA2DeveloperKit/latest/pd/pd_0004.html',
    verified: '2026-12-04',
  },
  {
    id: 'atlas-300i-duo-npu',
    name: '华为 Atlas 300I Duo 推理卡 96 GB 版（单颗 NPU）',
    name_en: 'Huawei Atlas 300I Duo inference card, 96 GB version (one NPU)',
    kind: 'china-accelerator',
    // The card carries two NPUs (Huawei's MindCluster guide, dl_affinity_0009); this is one of
    // them, the unit vLLM Ascend deploys on (TP1), with 48 GB ("one Ascend Atlas 300I DUO 48 GB
    // NPU"), so the card is the one with 96 GB in all. Whether Huawei also sells a card with 48 GB
    // in all (24 GB an NPU) could not be checked here; such a card would not be this preset.
    memoryGb: 48,
    source:
      'https://github.com/vllm-project/vllm-ascend/blob/182b75ea84ff13ece27b57391331ef8935410aea/docs/source/tutorials/models/Qwen3-ASR-1.7B.md',
    verified: '2026-12-04',
  },
  {
    id: 'atlas-800i-a2-32',
    name: '华为 Atlas 800I A2 推理服务器 32 GB 版（单颗 NPU）',
    name_en: 'Huawei Atlas 800I A2 inference server, 32 GB version (one NPU)',
    kind: 'china-accelerator',
    memoryGb: 32,
    source:
      'https://github.com/vllm-project/vllm-ascend/blob/182b75ea84ff13ece27b57391331ef8935410aea/docs/source/tutorials/models/Qwen3-235B-A22B.md',
    verified: '2026-12-04',
  },
  {
    id: 'atlas-800i-a2-64',
    name: '华为 Atlas 800I A2 推理服务器 64 GB 版（单颗 NPU）',
    name_en: 'Huawei Atlas 800I A2 inference server, 64 GB version (one NPU)',
    kind: 'china-accelerator',
    memoryGb: 64,
    source:
      'https://github.com/vllm-project/vllm-ascend/blob/182b75ea84ff13ece27b57391331ef8935410aea/docs/source/tutorials/models/Qwen3-235B-A22B.md',
    verified: '2026-12-04',
  },
  {
    id: 'mtt-s4000',
    name: '摩尔线程 MTT S4000',
    name_en: 'Moore Threads MTT S4000',
    kind: 'china-accelerator',
    // The maker's FAQ gives 49152 MiB ("48G"), about 51.5 × 10⁹ bytes: 48 stays on the safe side.
    memoryGb: 48,
    source:
      'https://github.com/MooreThreads/tutorial_on_musa/blob/48faf75bfd30a16f2ad1261a4e01920497935b81/FAQ/environment_FAQ.md',
    verified: '2026-12-04',
  },
];
