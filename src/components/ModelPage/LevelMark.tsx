import React from 'react';
import clsx from 'clsx';
import type { OpennessLevel } from '../../data/vocab';
import { opennessLevelLabel } from '../labels';
import styles from './styles.module.css';

/** The shape of each level, so that it reads without colour (the level is also written out). */
const shapes: Record<OpennessLevel, string> = {
  open: '●',
  partial: '◐',
  closed: '○',
  unknown: '?',
  na: '–',
};

/** An openness level as a shape and a word, for every level including unknown and n/a. */
export default function LevelMark({ level }: { level: OpennessLevel }): React.JSX.Element {
  return (
    <span className={clsx(styles.level, styles[`level_${level}`])}>
      <span aria-hidden="true" className={styles.shape}>
        {shapes[level]}
      </span>
      {opennessLevelLabel(level)}
    </span>
  );
}
