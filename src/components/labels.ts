/**
 * Reader-facing names for the data's enum values. Each value has its own translate() call
 * with a literal id and Chinese message, so `docusaurus write-translations` can extract them.
 */
import { translate } from '@docusaurus/Translate';
import type { EventCategory, LicenseKind, OrganizationKind, ToolCategory } from '../data/types';
import type {
  LinearMixerKind,
  OpennessComponent,
  OpennessGroup,
  OpennessLevel,
} from '../data/vocab';
import { datePrecision } from '../lib/format';
import type { MemoryPrecision } from '../data/derive/memory';

export function opennessLevelLabel(level: OpennessLevel): string {
  switch (level) {
    case 'open':
      return translate({ id: 'atlas.openness.open', message: '开放' });
    case 'partial':
      return translate({ id: 'atlas.openness.partial', message: '部分开放' });
    case 'closed':
      return translate({ id: 'atlas.openness.closed', message: '未开放' });
    case 'unknown':
      return translate({ id: 'atlas.openness.unknown', message: '未知' });
    case 'na':
      return translate({ id: 'atlas.openness.na', message: '不适用' });
  }
}

export function opennessGroupLabel(group: OpennessGroup): string {
  switch (group) {
    case 'availability':
      return translate({ id: 'atlas.openness.group.availability', message: '可得性' });
    case 'documentation':
      return translate({ id: 'atlas.openness.group.documentation', message: '文档' });
    case 'terms':
      return translate({ id: 'atlas.openness.group.terms', message: '许可与获取' });
  }
}

export function opennessComponentLabel(component: OpennessComponent): string {
  switch (component) {
    case 'weights_base':
      return translate({ id: 'atlas.openness.component.weightsBase', message: '基座模型权重' });
    case 'weights_instruct':
      return translate({
        id: 'atlas.openness.component.weightsInstruct',
        message: '对话/指令模型权重',
      });
    case 'checkpoints':
      return translate({ id: 'atlas.openness.component.checkpoints', message: '中间检查点' });
    case 'training_code':
      return translate({ id: 'atlas.openness.component.trainingCode', message: '训练代码' });
    case 'data_processing_code':
      return translate({
        id: 'atlas.openness.component.dataProcessingCode',
        message: '数据处理代码',
      });
    case 'inference_code':
      return translate({ id: 'atlas.openness.component.inferenceCode', message: '推理代码' });
    case 'evaluation_code':
      return translate({
        id: 'atlas.openness.component.evaluationCode',
        message: '评测代码与数据',
      });
    case 'pretraining_data':
      return translate({ id: 'atlas.openness.component.pretrainingData', message: '预训练数据' });
    case 'posttraining_data':
      return translate({
        id: 'atlas.openness.component.posttrainingData',
        message: '后训练数据',
      });
    case 'paper':
      return translate({ id: 'atlas.openness.component.paper', message: '论文/技术报告' });
    case 'model_card':
      return translate({ id: 'atlas.openness.component.modelCard', message: '模型卡' });
    case 'data_card':
      return translate({ id: 'atlas.openness.component.dataCard', message: '数据说明' });
    case 'training_details':
      return translate({
        id: 'atlas.openness.component.trainingDetails',
        message: '训练细节',
      });
    case 'evaluation_results':
      return translate({
        id: 'atlas.openness.component.evaluationResults',
        message: '评测结果',
      });
    case 'license_weights':
      return translate({ id: 'atlas.openness.component.licenseWeights', message: '权重许可证' });
    case 'license_code':
      return translate({ id: 'atlas.openness.component.licenseCode', message: '代码许可证' });
    case 'license_data':
      return translate({ id: 'atlas.openness.component.licenseData', message: '数据许可证' });
    case 'access':
      return translate({ id: 'atlas.openness.component.access', message: '获取条件' });
  }
}

export function licenseKindLabel(kind: LicenseKind): string {
  switch (kind) {
    case 'permissive':
      return translate({ id: 'atlas.licenseKind.permissive', message: '宽松开源' });
    case 'copyleft':
      return translate({ id: 'atlas.licenseKind.copyleft', message: 'Copyleft 开源' });
    case 'open-weights-custom':
      return translate({
        id: 'atlas.licenseKind.openWeightsCustom',
        message: '自定义开放权重许可',
      });
    case 'rail':
      return translate({ id: 'atlas.licenseKind.rail', message: 'RAIL 负责任 AI 许可' });
    case 'non-commercial':
      return translate({ id: 'atlas.licenseKind.nonCommercial', message: '非商用' });
    case 'research-only':
      return translate({ id: 'atlas.licenseKind.researchOnly', message: '仅限研究' });
    case 'source-available':
      return translate({ id: 'atlas.licenseKind.sourceAvailable', message: '源码可得（非开源）' });
    case 'proprietary':
      return translate({ id: 'atlas.licenseKind.proprietary', message: '专有' });
    case 'content':
      return translate({ id: 'atlas.licenseKind.content', message: '内容许可' });
  }
}

export function commercialUseLabel(value: 'yes' | 'no' | 'conditional'): string {
  switch (value) {
    case 'yes':
      return translate({ id: 'atlas.commercialUse.yes', message: '允许' });
    case 'no':
      return translate({ id: 'atlas.commercialUse.no', message: '不允许' });
    case 'conditional':
      return translate({ id: 'atlas.commercialUse.conditional', message: '有条件' });
  }
}

export function yesNoLabel(value: boolean): string {
  return value
    ? translate({ id: 'atlas.yes', message: '是' })
    : translate({ id: 'atlas.no', message: '否' });
}

export function organizationKindLabel(kind: OrganizationKind): string {
  switch (kind) {
    case 'company':
      return translate({ id: 'atlas.orgKind.company', message: '公司' });
    case 'research-lab':
      return translate({ id: 'atlas.orgKind.researchLab', message: '研究机构' });
    case 'university':
      return translate({ id: 'atlas.orgKind.university', message: '大学' });
    case 'non-profit':
      return translate({ id: 'atlas.orgKind.nonProfit', message: '非营利组织' });
    case 'open-community':
      return translate({ id: 'atlas.orgKind.openCommunity', message: '开放社区' });
    case 'foundation':
      return translate({ id: 'atlas.orgKind.foundation', message: '基金会' });
    case 'government':
      return translate({ id: 'atlas.orgKind.government', message: '政府机构' });
  }
}

export function toolCategoryLabel(category: ToolCategory): string {
  switch (category) {
    case 'training':
      return translate({ id: 'atlas.toolCategory.training', message: '训练' });
    case 'fine-tuning':
      return translate({ id: 'atlas.toolCategory.fineTuning', message: '微调' });
    case 'inference-serving':
      return translate({ id: 'atlas.toolCategory.inferenceServing', message: '推理服务' });
    case 'local-runtime':
      return translate({ id: 'atlas.toolCategory.localRuntime', message: '本地运行' });
    case 'quantization':
      return translate({ id: 'atlas.toolCategory.quantization', message: '量化' });
    case 'app-framework':
      return translate({ id: 'atlas.toolCategory.appFramework', message: '应用框架' });
    case 'agent-framework':
      return translate({ id: 'atlas.toolCategory.agentFramework', message: '智能体框架' });
    case 'evaluation':
      return translate({ id: 'atlas.toolCategory.evaluation', message: '评测' });
    case 'data':
      return translate({ id: 'atlas.toolCategory.data', message: '数据' });
    case 'vector-database':
      return translate({ id: 'atlas.toolCategory.vectorDatabase', message: '向量数据库' });
    case 'hub':
      return translate({ id: 'atlas.toolCategory.hub', message: '模型与数据平台' });
    case 'ml-framework':
      return translate({ id: 'atlas.toolCategory.mlFramework', message: '机器学习框架' });
  }
}

export function eventCategoryLabel(category: EventCategory): string {
  switch (category) {
    case 'model-release':
      return translate({ id: 'atlas.eventCategory.modelRelease', message: '模型发布' });
    case 'tool':
      return translate({ id: 'atlas.eventCategory.tool', message: '工具' });
    case 'community':
      return translate({ id: 'atlas.eventCategory.community', message: '社区' });
    case 'policy':
      return translate({ id: 'atlas.eventCategory.policy', message: '政策' });
    case 'research':
      return translate({ id: 'atlas.eventCategory.research', message: '研究' });
    case 'license':
      return translate({ id: 'atlas.eventCategory.license', message: '许可证' });
  }
}

export function architectureLabel(
  architecture: 'decoder-only' | 'encoder-only' | 'encoder-decoder',
): string {
  switch (architecture) {
    case 'decoder-only':
      return translate({ id: 'atlas.architecture.decoderOnly', message: '仅解码器' });
    case 'encoder-only':
      return translate({ id: 'atlas.architecture.encoderOnly', message: '仅编码器' });
    case 'encoder-decoder':
      return translate({ id: 'atlas.architecture.encoderDecoder', message: '编码器-解码器' });
  }
}

export function sparsityLabel(sparsity: 'dense' | 'moe'): string {
  return sparsity === 'moe'
    ? translate({ id: 'atlas.sparsity.moe', message: '混合专家（MoE）' })
    : translate({ id: 'atlas.sparsity.dense', message: '稠密' });
}

export function modalityLabel(modality: 'text' | 'image' | 'audio' | 'video'): string {
  switch (modality) {
    case 'text':
      return translate({ id: 'atlas.modality.text', message: '文本' });
    case 'image':
      return translate({ id: 'atlas.modality.image', message: '图像' });
    case 'audio':
      return translate({ id: 'atlas.modality.audio', message: '音频' });
    case 'video':
      return translate({ id: 'atlas.modality.video', message: '视频' });
  }
}

/**
 * Region codes are ISO 3166-1 alpha-2. The few that appear in the atlas get a name; any other
 * code is shown as written, which is still unambiguous.
 */
export function regionLabel(region: string): string {
  switch (region) {
    case 'international':
      return translate({ id: 'atlas.region.international', message: '国际' });
    case 'US':
      return translate({ id: 'atlas.region.US', message: '美国' });
    case 'CN':
      return translate({ id: 'atlas.region.CN', message: '中国' });
    case 'FR':
      return translate({ id: 'atlas.region.FR', message: '法国' });
    case 'GB':
      return translate({ id: 'atlas.region.GB', message: '英国' });
    case 'DE':
      return translate({ id: 'atlas.region.DE', message: '德国' });
    case 'CA':
      return translate({ id: 'atlas.region.CA', message: '加拿大' });
    case 'AE':
      return translate({ id: 'atlas.region.AE', message: '阿联酋' });
    case 'IL':
      return translate({ id: 'atlas.region.IL', message: '以色列' });
    case 'JP':
      return translate({ id: 'atlas.region.JP', message: '日本' });
    case 'KR':
      return translate({ id: 'atlas.region.KR', message: '韩国' });
    case 'SG':
      return translate({ id: 'atlas.region.SG', message: '新加坡' });
    case 'CH':
      return translate({ id: 'atlas.region.CH', message: '瑞士' });
    case 'NL':
      return translate({ id: 'atlas.region.NL', message: '荷兰' });
    case 'IN':
      return translate({ id: 'atlas.region.IN', message: '印度' });
    case 'BG':
      return translate({ id: 'atlas.region.BG', message: '保加利亚' });
    default:
      return region;
  }
}

/**
 * Where an organisation is based: "巴黎（Paris），法国" in Chinese, "Paris, France" in English
 * (the English form of the city where the entry gives one); the note where there is no seat.
 */
export function headquartersLabel(h: {
  city?: string;
  city_en?: string;
  country?: string;
  note?: string;
}): string {
  if (!h.city || !h.country) return h.note ?? '';
  const country = regionLabel(h.country);
  return h.city_en
    ? translate(
        { id: 'atlas.org.headquarters.cityEn', message: '{city}（{cityEn}），{country}' },
        { city: h.city, cityEn: h.city_en, country },
      )
    : translate(
        { id: 'atlas.org.headquarters.city', message: '{city}，{country}' },
        { city: h.city, country },
      );
}

/** "2023" → 2023 年; "2023-07" → 2023 年 7 月; "2023-07-18" → 2023 年 7 月 18 日. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  switch (datePrecision(date)) {
    case 'year':
      return translate({ id: 'atlas.date.year', message: '{year} 年' }, { year: year ?? '' });
    case 'month':
      return translate(
        { id: 'atlas.date.month', message: '{year} 年 {month} 月' },
        { year: year ?? '', month: String(Number(month)) },
      );
    case 'day':
      return translate(
        { id: 'atlas.date.day', message: '{year} 年 {month} 月 {day} 日' },
        { year: year ?? '', month: String(Number(month)), day: String(Number(day)) },
      );
  }
}

/**
 * Said to screen readers and shown on hover: how exact a partial date is ("精确到月" for a date
 * known only to the month). Nothing for a full date, whose precision needs no note (on /models
 * "精确到日" on every row was 3.7 KB of the HTML).
 */
export function datePrecisionLabel(date: string): string | undefined {
  switch (datePrecision(date)) {
    case 'year':
      return translate({ id: 'atlas.date.precision.year', message: '精确到年' });
    case 'month':
      return translate({ id: 'atlas.date.precision.month', message: '精确到月' });
    case 'day':
      return undefined;
  }
}

/** The recurrent mixer of a hybrid model's linear layers (arch.linear_layers.kind). */
export function linearMixerLabel(kind: LinearMixerKind): string {
  switch (kind) {
    case 'gated-deltanet':
      return 'Gated DeltaNet';
    case 'kda':
      return 'Kimi Delta Attention';
    case 'mamba':
      return 'Mamba';
    case 'mamba2':
      return 'Mamba-2';
    case 'lightning':
      return translate({ id: 'atlas.linearMixer.lightning', message: '闪电注意力' });
    case 'short-conv':
      return translate({ id: 'atlas.linearMixer.shortConv', message: '门控短卷积' });
    case 'rwkv':
      return 'RWKV';
    case 'xlstm':
      return 'xLSTM';
    case 'rg-lru':
      return 'RG-LRU';
  }
}

/** Weight precisions as the memory figures name them (the same in every language). */
export const precisionLabels: Record<MemoryPrecision, string> = {
  bf16: 'BF16',
  fp8: 'FP8',
  int8: 'INT8',
  int4: '4-bit',
};

/** Between the items of an inline list: "、" in Chinese, ", " in English. */
export function listSeparator(): string {
  return translate({
    id: 'atlas.list.separator',
    message: '、',
    description: 'Between the items of an inline list (organisations, modalities…)',
  });
}
