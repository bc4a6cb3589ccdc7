import React from 'react';
import { datePrecisionLabel, formatDate } from '../labels';

/** A date stored with its precision ("2023", "2023-07", "2023-07-18"), as a <time> element. */
export default function PartialDate({ date }: { date: string }): React.JSX.Element {
  return (
    <time dateTime={date} title={datePrecisionLabel(date)}>
      {formatDate(date)}
    </time>
  );
}
