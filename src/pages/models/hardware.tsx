import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import models from '@generated/atlas-data/default/models-hardware.json';
import DataPage, { DataSection } from '../_components/DataPage';
import HardwareFit from '../_components/HardwareFit';
import { defaultState } from '../_components/HardwareFit/logic';
import { formatInteger } from '../../lib/format';
import { precisionLabels } from '../../components/labels';
import { overheadRule } from '../../data/derive/memory';

export default function HardwarePage(): React.JSX.Element {
  return (
    <DataPage
      collection="models"
      title={translate({ id: 'atlas.page.hardware.title', message: '能跑吗：模型与设备内存' })}
      description={translate({
        id: 'atlas.page.hardware.description',
        message:
          '选择显卡、Apple 统一内存或国产加速卡，或输入内存大小，按上下文长度和权重精度估算图谱中哪些模型放得下、余量多少、哪些要降低精度。',
      })}
      intro={
        <>
          <p>
            <Translate
              id="atlas.page.hardware.intro"
              values={{
                method: (
                  <Link to="/docs/fundamentals/memory">
                    {translate({ id: 'atlas.page.hardware.introMethod', message: '显存估算原理' })}
                  </Link>
                ),
              }}>
              {
                '每个模型需要的内存按三部分相加：权重（参数量乘以每个参数的位数）、KV 缓存（由层数、键值头数、头维度或 MLA 的潜在维度以及上下文长度算出，滑动窗口层只缓存窗口内的 token）和其他开销。数字由代码从图谱数据算出，公式和假设见{method}。'
              }
            </Translate>
          </p>
          <p>
            {translate(
              {
                id: 'atlas.page.hardware.assumptions',
                message:
                  '假设：批大小为 1；KV 缓存为 16 位；4-bit 按每个权重 4.5 位计（每 32 个权重共用一个 16 位缩放因子）；其他开销（激活值、临时缓冲区、推理框架本身）按权重的 {fraction}% 加 {fixed} GB 估计，这是经验取值而非实测；混合专家模型的全部专家都要常驻内存。1 GB = 10⁹ 字节；设备容量按厂商或目录标注的 GB 数计，若其实为 GiB，实际可用会多约 7%。没有架构数据的模型只按权重和开销估算，并在表中注明。',
              },
              { fraction: overheadRule.fractionOfWeights * 100, fixed: overheadRule.fixedGb },
            )}
          </p>
          <noscript>
            <p>
              {translate(
                {
                  id: 'atlas.page.hardware.noscript',
                  message:
                    '未启用 JavaScript：下表按默认设置计算（{mem} GB 内存、{ctx} 个 token 的上下文、{precision} 权重）。启用 JavaScript 后可以选择设备、上下文长度和精度。',
                },
                {
                  mem: defaultState.memGb,
                  ctx: formatInteger(defaultState.ctx),
                  precision: precisionLabels[defaultState.precision],
                },
              )}
            </p>
          </noscript>
        </>
      }>
      <DataSection
        id="fit"
        title={translate({ id: 'atlas.page.hardware.fit', message: '哪些模型放得下' })}>
        <HardwareFit models={models} />
      </DataSection>
    </DataPage>
  );
}
