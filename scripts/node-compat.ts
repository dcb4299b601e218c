// Vitest 5 targets Node 22; on Node 20 its reporter calls Map.groupBy, which Node 20 lacks.
// The config file runs in the Vitest main process, so defining the ES2024 grouping helpers here
// keeps failure reports readable on Node 20 machines. Newer Node versions keep their own.
type Grouper = <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K) => Map<K, T[]>;

const mapWithGroupBy = Map as unknown as { groupBy?: Grouper };
if (typeof mapWithGroupBy.groupBy !== 'function') {
  mapWithGroupBy.groupBy = <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K) => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}

const objectWithGroupBy = Object as unknown as {
  groupBy?: <T>(items: Iterable<T>, keyOf: (item: T, index: number) => PropertyKey) => Record<PropertyKey, T[]>;
};
if (typeof objectWithGroupBy.groupBy !== 'function') {
  objectWithGroupBy.groupBy = <T>(items: Iterable<T>, keyOf: (item: T, index: number) => PropertyKey) =>
    Object.fromEntries(mapWithGroupBy.groupBy!(items, keyOf)) as Record<PropertyKey, T[]>;
}
