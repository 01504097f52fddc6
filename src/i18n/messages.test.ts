// The two catalogs stay one text in two languages: the same keys, messages that parse, the same placeholders in each,
// and Spanish that keeps the house's words (docs/architecture.md, "Spanish wording"): "tú", never "usted"; the
// organization is "el centro", never "el hub".
import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { en } from "./messages/en.ts";
import { es } from "./messages/es.ts";

type Node = { type: number; value?: unknown; options?: Record<string, { value: Node[] }>; children?: Node[] };

/** The names of every argument a message uses, nested plural and select branches included. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (typeof node.value === "string" && node.type !== 0 && node.type !== 7) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as Node[]);
  return [...names].sort();
}

/** A consent's words at a version that a later version replaced: kept as agreed to, never reworded (decision 0032). */
function isReplacedConsentWording(key: string): boolean {
  const match = /^(privacy\.wording\..+\.v)(\d+)$/.exec(key);
  return match !== null && Object.hasOwn(es, `${match[1]}${Number(match[2]) + 1}`);
}

/** The Spanish text a reader sees: without ICU arguments, web addresses and quoted literal values. */
function readableSpanish(message: string): string {
  return message.replace(/\{[^{}]*\}/g, " ").replace(/\S*\/\S*/g, " ");
}

describe("the message catalogs", () => {
  it("have the same keys in English and Spanish", () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it("use the same placeholders in both languages, and every message parses", () => {
    const spanish = es as Record<string, string>;
    const differing = Object.entries(en)
      .filter(([key, english]) => argumentsOf(spanish[key] ?? "", "es").join() !== argumentsOf(english, "en").join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it("speak to the reader as «tú» and call the organization «el centro» in Spanish", () => {
    // "usted" itself and formal commands with a pronoun attached, which never read as anything else (a bare "elija"
    // may be a third person's subjunctive: "lo que elija compartir").
    const usted =
      /(?<!\p{L})(usted|ustedes|díganos|tómese|cuídese|comuníquese|inténtelo|cópielo|escríbalo|revísela|confírmelo|déjelo|envíelo|inscríbase|agréguela|divídalo|invítelo)(?!\p{L})/iu;
    const hub = /(?<![\w$-])hub(?![\w-])/iu;
    const found = Object.entries(es)
      .filter(([key]) => !isReplacedConsentWording(key))
      .filter(([, message]) => usted.test(readableSpanish(message)) || hub.test(readableSpanish(message)))
      .map(([key]) => key);
    expect(found).toEqual([]);
  });
});
