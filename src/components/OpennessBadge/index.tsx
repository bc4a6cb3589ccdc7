import React from 'react';
import clsx from 'clsx';
import { opennessLevels, type OpennessLevel } from '../../data/vocab';
import { opennessLevelLabel } from '../labels';
import a11y from '../../css/a11y.module.css';
import styles from './styles.module.css';

const levels: readonly OpennessLevel[] = opennessLevels;

export interface OpennessBadgeProps {
  level: OpennessLevel;
  /** What is open, e.g. "权重"; shown before the level. */
  component?: string;
  /** Extra explanation (the data's `note`), shown on hover and read by screen readers. */
  note?: string;
  className?: string;
}

/**
 * The shape carries the meaning as much as the colour does (full, half, empty circle; a dashed
 * circle for unknown, a dash for not applicable; drawn by the stylesheet), and the level is
 * always written out, so the badge reads without colour vision and in greyscale.
 */
export default function OpennessBadge({
  level,
  component,
  note,
  className,
}: OpennessBadgeProps): React.JSX.Element {
  if (!levels.includes(level)) {
    throw new Error(
      `OpennessBadge: unknown level "${String(level)}"; expected one of ${levels.join(', ')}`,
    );
  }
  const label = opennessLevelLabel(level);
  return (
    <span className={clsx(styles.badge, styles[level], className)} title={note}>
      {component && <span className={styles.component}>{component}</span>}
      {label}
      {note && <span className={a11y.srOnly}>{`（${note}）`}</span>}
    </span>
  );
}
