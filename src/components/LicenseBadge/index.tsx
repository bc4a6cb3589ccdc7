import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { entryById } from '../../lib/lookup';
import { langOf } from '../../lib/lang';
import { entryHref } from '../../lib/links';
import { licenseKindLabel } from '../labels';
import { collectionOf, type AtlasView } from '../atlasView';
import a11y from '../../css/a11y.module.css';
import styles from './styles.module.css';

/**
 * A licence's short name and kind, linking to its entry on /licenses. The kind is written out
 * (宽松开源, 非商用…), and OSI-approved licences carry a check mark, so colour is never the
 * only signal.
 */
export default function LicenseBadge({
  id,
  data,
}: {
  id: string;
  /** Filled in at build time in MDX. */ data: AtlasView;
}): React.JSX.Element {
  const license = entryById(collectionOf(data, 'licenses', 'LicenseBadge'), id, 'licenses');
  const short = license.spdx ?? license.name;
  return (
    <Link
      className={clsx(styles.badge, license.osi_approved && styles.osi)}
      to={entryHref('licenses', license.id)}
      title={license.name}>
      {license.osi_approved && (
        <span className={a11y.srOnly}>
          {translate({ id: 'atlas.license.osiApproved', message: 'OSI 批准的开源许可证' })}
        </span>
      )}
      <span className={styles.name} lang={license.spdx ? undefined : langOf(license, 'name')}>
        {short}
      </span>
      <span className={styles.kind}>{licenseKindLabel(license.kind)}</span>
    </Link>
  );
}
