/** Reader-facing names for the licence clauses model pages and the compare page decode. */
import { translate } from '@docusaurus/Translate';
import type { DecodedClause, DecodedClauseKey } from '../../data/derive/license-clauses';
import { formatInteger } from '../../lib/format';

export function clauseLabel(key: DecodedClauseKey): string {
  switch (key) {
    case 'commercial_use':
      return translate({ id: 'atlas.clause.commercialUse', message: '商业使用' });
    case 'user_threshold':
      return translate({ id: 'atlas.clause.userThreshold', message: '用户数门槛' });
    case 'acceptable_use':
      return translate({ id: 'atlas.clause.acceptableUse', message: '可接受使用政策' });
    case 'attribution_notice':
      return translate({ id: 'atlas.clause.attribution', message: '署名与声明' });
    case 'derivative_naming':
      return translate({ id: 'atlas.clause.naming', message: '衍生模型命名' });
    case 'output_training':
      return translate({ id: 'atlas.clause.outputTraining', message: '用输出训练其他模型' });
  }
}

/** What the level means for this clause, in a few words. */
export function clauseValue(c: DecodedClause): string {
  if (c.level === 'unknown')
    return translate({ id: 'atlas.clause.unknown', message: '未逐条核实' });
  switch (c.key) {
    case 'commercial_use':
      return c.level === 'none'
        ? translate({ id: 'atlas.clause.commercial.yes', message: '允许' })
        : c.level === 'condition'
          ? translate({ id: 'atlas.clause.commercial.conditional', message: '有条件允许' })
          : translate({ id: 'atlas.clause.commercial.no', message: '不允许' });
    case 'user_threshold':
      return c.threshold !== undefined
        ? translate(
            {
              id: 'atlas.clause.threshold.value',
              message: '月活超过 {count} 须另行申请许可',
            },
            { count: formatInteger(c.threshold) },
          )
        : translate({ id: 'atlas.clause.threshold.none', message: '无' });
    case 'output_training':
      return c.level === 'none'
        ? translate({ id: 'atlas.clause.output.none', message: '不限制' })
        : c.level === 'condition'
          ? translate({ id: 'atlas.clause.output.condition', message: '允许，但有条件' })
          : translate({ id: 'atlas.clause.output.forbidden', message: '禁止' });
    case 'acceptable_use':
    case 'attribution_notice':
    case 'derivative_naming':
      return c.level === 'none'
        ? translate({ id: 'atlas.clause.none', message: '无要求' })
        : c.level === 'condition'
          ? translate({ id: 'atlas.clause.required', message: '有要求' })
          : translate({ id: 'atlas.clause.forbidden', message: '禁止' });
  }
}
