import type { Problem } from './problems';
import { decodeValuesOf, encodeValuesOf } from './url-codec';
import type { ValueCheck } from './validation';

/** An input parameter of the page, with its type's check (src/parameters/page-parameters.ts at build time, the page's HTML in the browser). */
export interface PageInput {
  name: string;
  example: string;
  /** Only the reader may set it (registry.ts, InputParameter.typedOnly). */
  typedOnly: boolean;
  check: (raw: string) => ValueCheck;
}

/** A value the page computes from its inputs. */
export interface PageDerived {
  name: string;
  from: readonly string[];
  /** Gets the canonical values of `from`; undefined when they give no value. */
  derive: (values: Readonly<Record<string, string>>) => string | undefined;
}

/** What the page's state needs of its parameters: given, never looked up, so that the browser loads only the page's. */
export interface PageParameters {
  inputs: readonly PageInput[];
  derived: readonly PageDerived[];
}

/** What the page shows for one parameter. */
export interface ValueView {
  /** Canonical value when valid, else the raw text. */
  value: string;
  valid: boolean;
  /** What is wrong when not valid (problem-messages.ts puts it in words). */
  problem?: Problem;
  /** Came from the link and the reader has not typed or confirmed it yet. */
  fromLink: boolean;
  /** The reader's own value from an earlier visit (memory), not typed on this page yet. */
  fromMemory: boolean;
}

/**
 * The reader's values on one guide page: where each value came from (link, memory, example),
 * which ones the reader typed, and what the code should show. No DOM: the element drives it.
 */
export class ParameterPage {
  private readonly values = new Map<string, string>();
  private readonly typed = new Set<string>();
  private readonly linked = new Set<string>();
  private readonly ignored: string[] = [];
  private readonly fromMemory = new Set<string>();

  private readonly names: readonly string[];
  private readonly inputs: ReadonlyMap<string, PageInput>;

  /** Link values win over remembered ones, which win over the examples. */
  constructor(
    private readonly parameters: PageParameters,
    search: string,
    memory: Readonly<Record<string, string>>,
  ) {
    this.names = parameters.inputs.map((input) => input.name);
    this.inputs = new Map(parameters.inputs.map((input) => [input.name, input]));
    const fromLink = decodeValuesOf(search, this.names);
    for (const { name, example, typedOnly } of parameters.inputs) {
      // A value the guide runs code from is the reader's to type: a link cannot set it.
      const linkValue = typedOnly ? undefined : fromLink[name];
      if (typedOnly && fromLink[name] !== undefined) this.ignored.push(name);
      const remembered = memory[name];
      if (linkValue !== undefined) {
        this.values.set(name, linkValue);
        if (linkValue === remembered) this.fromMemory.add(name);
        else if (linkValue !== example) this.linked.add(name);
      } else {
        this.values.set(name, remembered ?? example);
        if (remembered !== undefined) this.fromMemory.add(name);
      }
    }
  }

  /** Parameters the link tried to set although only the reader may (the form says to type them). */
  ignoredFromLink(): readonly string[] {
    return this.ignored;
  }

  /** The text in a field. */
  raw(name: string): string {
    return this.values.get(name) ?? this.exampleOf(name);
  }

  /** The reader typed a value: it is theirs now, no longer a link's. */
  type(name: string, raw: string): void {
    this.values.set(name, raw);
    this.typed.add(name);
    this.linked.delete(name);
    this.fromMemory.delete(name);
  }

  /** The reader checked the link's values and keeps them. */
  acceptLinkValues(): void {
    for (const name of this.linked) this.typed.add(name);
    this.linked.clear();
  }

  /** Back to the examples (and nothing of this page remembered). */
  reset(): void {
    for (const name of this.names) this.type(name, this.exampleOf(name));
  }

  /** The memory to keep: earlier values, updated with what the reader typed here; examples are not stored. */
  remembered(memory: Readonly<Record<string, string>>): Record<string, string> {
    const next: Record<string, string> = { ...memory };
    for (const name of this.typed) {
      const value = this.raw(name);
      if (value === this.exampleOf(name)) delete next[name];
      else next[name] = value;
    }
    return next;
  }

  /** Every input and derived value of the page, validated. */
  view(): Record<string, ValueView> {
    const view: Record<string, ValueView> = {};
    const canonical: Record<string, string> = {};
    for (const parameter of this.parameters.inputs) {
      const name = parameter.name;
      const raw = this.raw(name);
      const check = parameter.check(raw);
      if (check.ok) canonical[name] = check.value;
      const origin = { fromLink: this.linked.has(name), fromMemory: this.fromMemory.has(name) };
      view[name] = check.ok ? { value: check.value, valid: true, ...origin } : { value: raw, valid: false, problem: check.problem, ...origin };
    }
    for (const parameter of this.parameters.derived) {
      const ready = parameter.from.every((name) => canonical[name] !== undefined);
      const value = ready ? parameter.derive(canonical) : undefined;
      const origin = {
        fromLink: parameter.from.some((name) => this.linked.has(name)),
        fromMemory: parameter.from.some((name) => this.fromMemory.has(name)),
      };
      view[parameter.name] =
        value === undefined
          ? { value: '', valid: false, problem: { code: 'needsSources', sources: parameter.from }, ...origin }
          : { value, valid: true, ...origin };
    }
    return view;
  }

  /** The page's URL with the values that differ from the examples (not those only the reader may set). */
  href(pathname: string, hash: string): string {
    const values: Record<string, string> = {};
    for (const { name, typedOnly } of this.parameters.inputs) if (!typedOnly) values[name] = this.raw(name);
    return `${pathname}${encodeValuesOf(values, this.parameters.inputs)}${hash}`;
  }

  private exampleOf(name: string): string {
    return this.inputs.get(name)?.example ?? '';
  }
}
