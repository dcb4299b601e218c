import type { ReactNode } from 'react';

/**
 * One declaration per prop, in the spirit of Radix Themes' `*.props.tsx`: a component's props
 * file lists each prop once (kind, allowed values, default), and the TypeScript types, the
 * runtime fallbacks, the Storybook controls and the custom elements' attributes are all read
 * from it, so they cannot drift apart. What only the docs need (each prop's one-line
 * description, the type shown for data props) is declared next to it in the component's
 * `*.docs.ts`, which the package never imports, so it does not ship at run time.
 */

/** How a custom element reads the prop from its attribute; `false`: property only (functions, nodes from React). */
export type AttributeKind = 'string' | 'number' | 'boolean' | 'json';

interface PropDefBase {
  attribute: AttributeKind | false;
}

export interface EnumPropDef<V extends string | number = string | number> extends PropDefBase {
  kind: 'enum';
  values: readonly V[];
  default?: V;
}

export interface NumberPropDef extends PropDefBase {
  kind: 'number';
  default?: number;
}

export interface BooleanPropDef extends PropDefBase {
  kind: 'boolean';
  default?: boolean;
}

export interface NodePropDef extends PropDefBase {
  kind: 'node';
}

/** Any other value (data, callbacks): `T` types it; its `*.docs.ts` entry names the type for the docs. */
export interface ValuePropDef<T = unknown> extends PropDefBase {
  kind: 'value';
  /** Never set: carries the prop's TypeScript type. */
  readonly value?: T;
}

export type PropDef = EnumPropDef | NumberPropDef | BooleanPropDef | NodePropDef | ValuePropDef;
export type PropDefs = Readonly<Record<string, PropDef>>;

type PropType<D> =
  D extends EnumPropDef<infer V>
    ? V
    : D extends NumberPropDef
      ? number
      : D extends BooleanPropDef
        ? boolean
        : D extends NodePropDef
          ? ReactNode
          : D extends ValuePropDef<infer T>
            ? T
            : never;

/** The props a declaration describes, all optional (every component has a fallback). */
export type PropsOf<Defs extends PropDefs> = { -readonly [K in keyof Defs]?: PropType<Defs[K]> | undefined };

/** A declaration that states its default, so the runtime fallback can rely on it. */
type WithDefault<Def, D> = D extends undefined ? Def : Def & { default: D };

export function enumProp<const V extends string | number, D extends NoInfer<V> | undefined = undefined>(
  values: readonly V[],
  defaultValue: D,
): WithDefault<EnumPropDef<V>, D> {
  const attribute = typeof values[0] === 'number' ? 'number' : 'string';
  const def: EnumPropDef<V> = { kind: 'enum', values, attribute };
  if (defaultValue !== undefined) def.default = defaultValue;
  return def as WithDefault<EnumPropDef<V>, D>;
}

export function numberProp<D extends number | undefined>(defaultValue: D): WithDefault<NumberPropDef, D> {
  const def: NumberPropDef = { kind: 'number', attribute: 'number' };
  if (defaultValue !== undefined) def.default = defaultValue;
  return def as WithDefault<NumberPropDef, D>;
}

export function booleanProp(defaultValue: boolean): BooleanPropDef {
  return { kind: 'boolean', default: defaultValue, attribute: 'boolean' };
}

/** Text or markup; an element takes it as a string attribute. */
export function nodeProp(): NodePropDef {
  return { kind: 'node', attribute: 'string' };
}

export function valueProp<T>(attribute: AttributeKind | false): ValuePropDef<T> {
  return { kind: 'value', attribute };
}

/** The docs of one prop: its line in the docs table, and for data props the type to show. */
export type PropDoc<Def> = Def extends ValuePropDef
  ? { readonly description: string; readonly type: string }
  : { readonly description: string };

/**
 * The docs of a component's props, for Storybook and the docs pages only (`*.docs.ts`): every
 * declared prop needs an entry, and no entry may name a prop that is not declared. Use it with
 * `satisfies`, so that a missing description fails the typecheck.
 */
export type PropDocs<Defs extends PropDefs> = { readonly [K in keyof Defs]: PropDoc<Defs[K]> };

/** A limit prop (reasons shown, rows read): a whole number from `min` up, or Infinity, else the declared default. */
export function limitValue(def: NumberPropDef & { default: number }, value: unknown, min = 0): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min) return def.default;
  return Math.floor(value);
}

/** The prop's value when it is one of the declared ones, else the declared default: JS callers may pass anything. */
export function enumValue<V extends string | number>(def: EnumPropDef<V> & { default: V }, value: unknown): V {
  if (typeof value !== 'number' && typeof value !== 'string') return def.default;
  // Heading levels arrive as digits from attributes; nothing else is converted, because
  // `String()` throws on objects without a prototype.
  return def.values.find((candidate) => String(candidate) === String(value)) ?? def.default;
}
