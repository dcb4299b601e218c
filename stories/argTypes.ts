import type { ArgTypes } from '@storybook/react-vite';
import type { PropDef, PropDefs, PropDocs } from '../src/components/internal/propDefs';

function typeSummary(def: PropDef, doc: { description: string; type?: string }): string {
  switch (def.kind) {
    case 'enum':
      return def.values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value))).join(' | ');
    case 'node':
      return 'ReactNode';
    case 'value':
      return doc.type ?? 'unknown';
    default:
      return def.kind;
  }
}

function control(def: PropDef) {
  switch (def.kind) {
    case 'enum':
      return { control: { type: 'select' as const }, options: [...def.values] };
    case 'number':
      return { control: { type: 'number' as const } };
    case 'boolean':
      return { control: { type: 'boolean' as const } };
    case 'node':
      return { control: { type: 'text' as const } };
    case 'value':
      if (def.attribute === false) return { control: false as const };
      return { control: { type: def.attribute === 'json' ? ('object' as const) : ('text' as const) } };
  }
}

/**
 * The docs table and controls of a component, from its props declaration and its docs
 * (`*.docs.ts`): description, type, default and options of every prop, so a designer sees what
 * each one does and can try its values.
 */
export function argTypesFrom<Defs extends PropDefs>(defs: Defs, docs: PropDocs<Defs>): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const [name, def] of Object.entries(defs)) {
    const doc: { description: string; type?: string } = docs[name as keyof Defs];
    const fallback = 'default' in def && def.default !== undefined ? String(def.default) : undefined;
    argTypes[name] = {
      description: doc.description,
      ...control(def),
      table: {
        type: { summary: typeSummary(def, doc) },
        ...(fallback === undefined ? {} : { defaultValue: { summary: fallback } }),
      },
    };
  }
  return argTypes;
}
