/** The shape of one collection's table: its columns, facets and text to search. */
import type { ReactNode } from 'react';
import type { SortValue } from '../../lib/sort';

export interface Column<E> {
  key: string;
  header: string;
  cell: (entry: E) => ReactNode;
  /** Absent: the column cannot be sorted. */
  sort?: (entry: E) => SortValue;
  /** Narrow numeric columns align right. */
  numeric?: boolean;
  /** Long text (lists of organisations) that may wrap even in the compact layout. */
  wraps?: boolean;
  /**
   * A paragraph (licence conditions, descriptions): on a phone card it takes the whole width.
   * Gives the paragraph's text, from whose length a card not laid out yet guesses its height.
   */
  prose?: (entry: E) => string;
}

export interface Facet<E> {
  key: string;
  label: string;
  values: (entry: E) => readonly string[];
  optionLabel: (value: string) => string;
  /** Order of the options; default: by label. */
  compare?: (a: string, b: string) => number;
}

export interface TableSpec<E extends { id: string }> {
  entries: readonly E[];
  /** Shown in the row header cell and used in messages. */
  name: (entry: E) => string;
  searchText: (entry: E) => readonly string[];
  columns: ReadonlyArray<Column<E>>;
  facets: ReadonlyArray<Facet<E>>;
}
