import { createElement, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Messages } from '../i18n/messages';
import type { ReasonCatalog, VerdictTones } from '../model/types';
import { DecisionBlocksProvider } from '../provider/DecisionBlocksProvider';
import { adoptElementStyles } from './stylesheet';

/** How an attribute's text becomes a prop value. Properties take values as they are. */
export type FieldKind = 'string' | 'number' | 'boolean' | 'json';

export interface Field {
  /** The kebab-case attribute, e.g. `reasons-max`. */
  attribute: string;
  /** The camelCase property on the element, e.g. `reasonsMax`. */
  property: string;
  /** The component prop it feeds; differs from `property` only where HTMLElement owns the name (`title`). */
  prop: string;
  kind: FieldKind;
}

/** `[attribute, kind]` or `[attribute, kind, prop]`. */
export type FieldSpec = readonly [attribute: string, kind: FieldKind, prop?: string];

const camelCase = (attribute: string) =>
  attribute.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

export function fields(specs: readonly FieldSpec[]): readonly Field[] {
  return specs.map(([attribute, kind, prop]) => {
    const property = camelCase(attribute);
    return { attribute, property, prop: prop ?? property, kind };
  });
}

/** Every element also takes the provider settings; they wrap the component in DecisionBlocksProvider. */
const providerFields = fields([
  ['locale', 'string'],
  ['messages', 'json'],
  ['catalog', 'json'],
  ['verdict-tones', 'json'],
]);

// Node has no HTMLElement. The element classes still need something to extend so that importing
// this module during server rendering is harmless; they are only ever constructed in a browser.
const HTMLElementBase: typeof HTMLElement =
  typeof HTMLElement !== 'undefined' ? HTMLElement : (class {} as unknown as typeof HTMLElement);

const accessorsInstalled = new WeakSet<object>();

/**
 * A custom element that renders one React component into its own shadow root. Attributes and
 * properties share one value per field (the last write wins); any change re-renders.
 */
export abstract class DecisionElement extends HTMLElementBase {
  /** The component this element renders. */
  static component: ComponentType<never>;
  /** The component's own fields; the provider fields are added to every element. */
  static fields: readonly Field[] = [];

  static get observedAttributes(): string[] {
    return [...providerFields, ...this.fields].map((field) => field.attribute);
  }

  /** BCP 47 locale for numbers and plural rules (attribute `locale`). */
  declare locale: string | undefined;
  /** Any subset of the English messages (JSON attribute `messages`). */
  declare messages: Partial<Messages> | null | undefined;
  /** Reason codes to add or override (JSON attribute `catalog`). */
  declare catalog: ReasonCatalog | null | undefined;
  /** Extra verdict vocabulary (JSON attribute `verdict-tones`). */
  declare verdictTones: VerdictTones | null | undefined;

  readonly #values = new Map<string, unknown>();
  readonly #mount: HTMLDivElement;
  readonly #layer: HTMLDivElement;
  #root: Root | null = null;
  #renderQueued = false;

  constructor() {
    super();
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptElementStyles(shadow);
    this.#mount = this.ownerDocument.createElement('div');
    this.#mount.className = 'dblk-element-mount';
    // Tooltips portal here, inside the shadow root, so the adopted stylesheet reaches them.
    this.#layer = this.ownerDocument.createElement('div');
    this.#layer.className = 'dblk-element-layer';
    shadow.replaceChildren(this.#mount, this.#layer);
    this.#installAccessors();
  }

  connectedCallback(): void {
    this.#queueRender();
  }

  adoptedCallback(): void {
    // A shadow root that moves to another document (an iframe's) loses the sheet made in the old
    // one: adopt that document's copy.
    if (this.shadowRoot) adoptElementStyles(this.shadowRoot);
  }

  disconnectedCallback(): void {
    // Deferred: a node moved within the page disconnects and reconnects in one task and keeps
    // its tree; unmounting synchronously could also happen inside a host framework's commit.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = null;
    });
  }

  attributeChangedCallback(name: string, _previous: string | null, value: string | null): void {
    const field = this.#fields().find((candidate) => candidate.attribute === name);
    if (!field) return;
    this.#values.set(field.property, this.#parse(field, value));
    this.#queueRender();
  }

  #fields(): readonly Field[] {
    return [...providerFields, ...(this.constructor as typeof DecisionElement).fields];
  }

  #parse(field: Field, text: string | null): unknown {
    if (text === null) return undefined;
    switch (field.kind) {
      case 'string':
        return text;
      case 'number': {
        const number = text.trim() === '' ? Number.NaN : Number(text);
        return Number.isFinite(number) ? number : undefined;
      }
      case 'boolean':
        return text.trim().toLowerCase() !== 'false';
      case 'json':
        if (text.trim() === '') return null;
        try {
          return JSON.parse(text) as unknown;
        } catch (error) {
          console.warn(
            `<${this.localName}>: the "${field.attribute}" attribute is not valid JSON, so it is ignored (${
              error instanceof Error ? error.message : String(error)
            }).`,
          );
          return null;
        }
    }
  }

  /** Property accessors for every field, defined once per class on its prototype. */
  #installAccessors(): void {
    const prototype = Object.getPrototypeOf(this) as object;
    if (!accessorsInstalled.has(prototype)) {
      accessorsInstalled.add(prototype);
      for (const field of this.#fields()) {
        if (Object.prototype.hasOwnProperty.call(prototype, field.property)) continue;
        Object.defineProperty(prototype, field.property, {
          configurable: true,
          enumerable: true,
          get(this: DecisionElement) {
            return this.#values.get(field.property);
          },
          set(this: DecisionElement, value: unknown) {
            this.#values.set(field.property, value);
            this.#queueRender();
          },
        });
      }
    }
    // A property set before the element was defined sits on the instance and hides the
    // accessor: move it through the accessor instead.
    const own = this as unknown as Record<string, unknown>;
    for (const field of this.#fields()) {
      if (!Object.prototype.hasOwnProperty.call(this, field.property)) continue;
      const value = own[field.property];
      delete own[field.property];
      own[field.property] = value;
    }
  }

  #queueRender(): void {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    // Batches the attribute and property writes of one task into one render, and never renders
    // from inside a host framework's commit (where this element's callbacks may run).
    queueMicrotask(() => {
      this.#renderQueued = false;
      if (this.isConnected) this.#render();
    });
  }

  #render(): void {
    const Class = this.constructor as typeof DecisionElement;
    const props: Record<string, unknown> = {};
    for (const field of Class.fields) {
      const value = this.#values.get(field.property);
      if (value !== undefined) props[field.prop] = value;
    }
    const tree = createElement(
      DecisionBlocksProvider,
      {
        locale: this.locale,
        messages: this.messages,
        catalog: this.catalog,
        verdictTones: this.verdictTones,
        tooltipContainer: this.#layer,
      },
      createElement(Class.component as ComponentType<Record<string, unknown>>, props),
    );
    this.#root ??= createRoot(this.#mount);
    const root = this.#root;
    // Synchronous, so the shadow DOM is current once the task that changed a value has ended.
    flushSync(() => root.render(tree));
  }
}
