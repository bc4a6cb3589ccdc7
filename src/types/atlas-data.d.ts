/**
 * The JSON modules written by src/plugins/atlas-data at build time, one per collection.
 * Each entry is a validated entry of that collection plus `file`, the YAML file it came
 * from (relative to the site root), used for "编辑此条目" links.
 */
declare module '@generated/atlas-data/default/models.json' {
  const entries: Array<import('../data/types').Model & { file: string }>;
  export default entries;
}
declare module '@generated/atlas-data/default/organizations.json' {
  const entries: Array<import('../data/types').Organization & { file: string }>;
  export default entries;
}
declare module '@generated/atlas-data/default/tools.json' {
  const entries: Array<import('../data/types').Tool & { file: string }>;
  export default entries;
}
declare module '@generated/atlas-data/default/licenses.json' {
  const entries: Array<import('../data/types').License & { file: string }>;
  export default entries;
}
declare module '@generated/atlas-data/default/events.json' {
  const entries: Array<import('../data/types').TimelineEvent & { file: string }>;
  export default entries;
}
declare module '@generated/atlas-data/default/terms.json' {
  const entries: Array<import('../data/types').Term & { file: string }>;
  export default entries;
}
declare module '@generated/atlas-data/default/corrections.json' {
  const entries: Array<import('../data/types').Correction & { file: string }>;
  export default entries;
}
/**
 * The same modules imported for the server's rendering only (src/plugins/server-only): the
 * browser bundle gets `null`.
 */
declare module '@generated/atlas-data/default/corrections.json?atlas-ssr' {
  const entries: Array<import('../data/types').Correction & { file: string }> | null;
  export default entries;
}
declare module '@generated/atlas-data/default/terms.json?atlas-ssr' {
  const entries: Array<import('../data/types').Term & { file: string }> | null;
  export default entries;
}
declare module '@generated/atlas-data/default/names.json?atlas-ssr' {
  const names: Required<import('../components/atlasView').AtlasView> | null;
  export default names;
}
declare module '@generated/atlas-data/default/events.json?atlas-ssr' {
  const entries: Array<import('../data/types').TimelineEvent & { file: string }> | null;
  export default entries;
}
declare module '@generated/atlas-data/default/timeline-shell.json' {
  /** /timeline's categories and counts (listViews), for its buttons before the events are loaded. */
  const shell: import('../components/views').TimelineShell;
  export default shell;
}
declare module '@generated/atlas-data/default/names.json' {
  /** The names-only index: every entry, with only the fields in nameFields (src/components/views.ts). */
  const names: Required<import('../components/atlasView').AtlasView>;
  export default names;
}
declare module '@generated/atlas-data/default/models-table.json' {
  /** The rows of /models: every model with only the fields of its columns and facets (listViews), typed whole as in AtlasView. */
  const entries: Array<import('../data/types').Model & { file: string }>;
  export default entries;
}
declare module '@generated/atlas-data/default/models-table.json?atlas-ssr' {
  const entries: Array<import('../data/types').Model & { file: string }> | null;
  export default entries;
}
declare module '@generated/atlas-data/default/models-ranking.json' {
  const entries: Array<import('../components/views').RankingModel>;
  export default entries;
}
declare module '@generated/atlas-data/default/models-ranking.json?atlas-ssr' {
  const entries: Array<import('../components/views').RankingModel> | null;
  export default entries;
}
declare module '@generated/atlas-data/default/organizations-table.json?atlas-ssr' {
  const entries: Array<import('../data/types').Organization & { file: string }> | null;
  export default entries;
}
declare module '@generated/atlas-data/default/models-hardware.json' {
  const entries: Array<import('../components/views').HardwareModel>;
  export default entries;
}
declare module '@generated/atlas-data/default/organizations-table.json' {
  /** The rows of /organizations' table: only the fields of its columns and facets (listViews). */
  const entries: Array<import('../data/types').Organization & { file: string }>;
  export default entries;
}
declare module '@generated/atlas-data/default/tools-table.json' {
  /** The rows of /tools' table: only the fields of its columns and facets (listViews). */
  const entries: Array<import('../data/types').Tool & { file: string }>;
  export default entries;
}
declare module '@generated/atlas-data/default/licenses-table.json' {
  /** The rows of /licenses' table: only the fields of its columns and facets (listViews). */
  const entries: Array<import('../data/types').License & { file: string }>;
  export default entries;
}
declare module '@generated/atlas-data/default/organizations.json?atlas-ssr' {
  const entries: Array<import('../data/types').Organization & { file: string }> | null;
  export default entries;
}
declare module '@generated/atlas-data/default/tools.json?atlas-ssr' {
  const entries: Array<import('../data/types').Tool & { file: string }> | null;
  export default entries;
}
declare module '@generated/atlas-data/default/licenses.json?atlas-ssr' {
  const entries: Array<import('../data/types').License & { file: string }> | null;
  export default entries;
}
