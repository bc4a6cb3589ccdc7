import React from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import licenses from '@generated/atlas-data/default/licenses.json';
import { entryById } from '../_shared/lookup';
import { entryHref } from '../_shared/links';
import { licenseKindLabel } from '../_shared/labels';
import a11y from '../_shared/a11y.module.css';
import styles from './styles.module.css';

/**
 * A licence's short name and kind, linking to its entry on /licenses. The kind is written out
 * (宽松开源, 非商用…), and OSI-approved licences carry a check mark, so colour is never the
 * only signal.
 */
export default function LicenseBadge({ id }: { id: string }): React.JSX.Element {
  const license = entryById(licenses, id, 'licenses');
  const short = license.spdx ?? license.name;
  return (
    <Link className={styles.badge} to={entryHref('licenses', license.id)} title={license.name}>
      {license.osi_approved && (
        <svg className={styles.icon} viewBox="0 0 12 12" width="11" height="11" aria-hidden="true" focusable="false">
          <path d="M2 6.5 L5 9.5 L10 3" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      )}
      {license.osi_approved && (
        <span className={a11y.srOnly}>{translate({ id: 'atlas.license.osiApproved', message: 'OSI 批准的开源许可证' })}</span>
      )}
      <span className={styles.name}>{short}</span>
      <span className={styles.kind}>{licenseKindLabel(license.kind)}</span>
    </Link>
  );
}
