// Placeholder until the feature lands.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function FilterPanel(_props: Record<string, unknown>) {
  return <section aria-label="Filters">Filters</section>;
}
