import React from 'react';
import { listSeparator } from '../labels';

/**
 * Items written inside a sentence or a table cell, separated by the Chinese enumeration comma
 * (机构：Meta、微软). Each child needs its own key, as in any list.
 */
export default function InlineList({
  children,
}: {
  children: readonly React.ReactElement[];
}): React.JSX.Element {
  return (
    <>
      {children.map((child, i) => (
        <React.Fragment key={child.key ?? i}>
          {i > 0 && listSeparator()}
          {child}
        </React.Fragment>
      ))}
    </>
  );
}
