import React from 'react';
import clsx from 'clsx';
import type { OpennessLevel } from '../../data/types';
import { opennessLevelLabel } from '../_shared/labels';
import a11y from '../_shared/a11y.module.css';
import styles from './styles.module.css';

const levels: readonly OpennessLevel[] = ['open', 'partial', 'closed'];

/**
 * The shape carries the meaning as much as the colour does (full, half, empty circle), and the
 * level is always written out, so the badge reads without colour vision and in greyscale.
 */
function LevelIcon({ level }: { level: OpennessLevel }): React.JSX.Element {
  return (
    <svg className={styles.icon} viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      <circle cx="6" cy="6" r="5" fill={level === 'open' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" />
      {level === 'partial' && <path d="M6 1 A5 5 0 0 1 6 11 Z" fill="currentColor" />}
    </svg>
  );
}

export interface OpennessBadgeProps {
  level: OpennessLevel;
  /** What is open, e.g. "权重"; shown before the level. */
  component?: string;
  /** Extra explanation (the data's `note`), shown on hover and read by screen readers. */
  note?: string;
  className?: string;
}

export default function OpennessBadge({ level, component, note, className }: OpennessBadgeProps): React.JSX.Element {
  if (!levels.includes(level)) {
    throw new Error(`OpennessBadge: unknown level "${String(level)}"; expected one of ${levels.join(', ')}`);
  }
  const label = opennessLevelLabel(level);
  return (
    <span className={clsx(styles.badge, styles[level], className)} title={note}>
      <LevelIcon level={level} />
      {component && <span className={styles.component}>{component}</span>}
      <span>{label}</span>
      {note && <span className={a11y.srOnly}>（{note}）</span>}
    </span>
  );
}
