/**
 * A licence's key clauses for a reader choosing a model, decoded from the licence entry:
 * commercial use, a user-count threshold, an acceptable-use policy, notices to keep, names
 * of derived models, and training other models on the outputs. Pure; model pages and the
 * compare page render the result, the unit tests pin it.
 *
 * Where the data does not say, the clause is `unknown`, never a guess, with one exception
 * that follows from a definition rather than from a reading: an OSI-approved licence cannot
 * restrict fields of use (Open Source Definition, criterion 6), so it has neither an
 * acceptable-use policy nor a ban on training with outputs.
 */
import type { ClauseLevel, License, LicenseClauses } from '../schema/licenses';

export const decodedClauseKeys = [
  'commercial_use',
  'user_threshold',
  'acceptable_use',
  'attribution_notice',
  'derivative_naming',
  'output_training',
] as const;
export type DecodedClauseKey = (typeof decodedClauseKeys)[number];

export interface DecodedClause {
  key: DecodedClauseKey;
  level: ClauseLevel | 'unknown';
  /** From the licence entry, in Chinese, when it states one. */
  note?: string;
  /** Monthly active users above which a separate licence is needed (`user_threshold`). */
  threshold?: number;
}

type LicenseFacts = Pick<
  License,
  'osi_approved' | 'commercial_use' | 'attribution' | 'user_threshold' | 'clauses'
>;

const commercialLevel: Record<License['commercial_use'], ClauseLevel> = {
  yes: 'none',
  conditional: 'condition',
  no: 'forbidden',
};

export function decodeLicenseClauses(license: LicenseFacts): DecodedClause[] {
  const { clauses } = license;
  const fromText = (key: keyof Omit<LicenseClauses, 'evidence'>): DecodedClause => {
    const c = clauses?.[key];
    if (c) return { key, level: c.level, ...(c.note ? { note: c.note } : {}) };
    if (license.osi_approved && (key === 'acceptable_use' || key === 'output_training'))
      return { key, level: 'none' };
    return { key, level: 'unknown' };
  };
  const attribution = fromText('attribution_notice');
  return [
    { key: 'commercial_use', level: commercialLevel[license.commercial_use] },
    license.user_threshold !== undefined
      ? { key: 'user_threshold', level: 'condition', threshold: license.user_threshold }
      : // `user_threshold` is recorded wherever a licence has one; a licence whose text was
        // read clause by clause (or an OSI one, which cannot discriminate) has none.
        { key: 'user_threshold', level: clauses || license.osi_approved ? 'none' : 'unknown' },
    fromText('acceptable_use'),
    attribution.level === 'unknown'
      ? { key: 'attribution_notice', level: license.attribution ? 'condition' : 'unknown' }
      : attribution,
    fromText('derivative_naming'),
    fromText('output_training'),
  ];
}
