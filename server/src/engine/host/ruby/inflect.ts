/**
 * The parts of ActiveSupport's inflector that Rails uses to turn a model class into a table
 * name (`AgentOutput` → `agent_outputs`, `Person` → `people`) and an association into a class
 * (`has_many :leads` → `Lead`). The rules are ActiveSupport's default English inflections, in
 * the same priority order (first match wins), so table names match what Rails computes.
 */

const UNCOUNTABLE = ['equipment', 'information', 'rice', 'money', 'species', 'series', 'fish', 'sheep', 'jeans', 'police'];

type Rule = readonly [RegExp, string];

const PLURALS: readonly Rule[] = [
  [/(z)ombies$/i, '$1ombies'],
  [/(z)ombie$/i, '$1ombies'],
  [/(m)oves$/i, '$1oves'],
  [/(m)ove$/i, '$1oves'],
  [/(s)exes$/i, '$1exes'],
  [/(s)ex$/i, '$1exes'],
  [/(c)hildren$/i, '$1hildren'],
  [/(c)hild$/i, '$1hildren'],
  [/(m)en$/i, '$1en'],
  [/(m)an$/i, '$1en'],
  [/(p)eople$/i, '$1eople'],
  [/(p)erson$/i, '$1eople'],
  [/(quiz)$/i, '$1zes'],
  [/^(oxen)$/i, '$1'],
  [/^(ox)$/i, '$1en'],
  [/^(m|l)ice$/i, '$1ice'],
  [/^(m|l)ouse$/i, '$1ice'],
  [/(matr|vert|ind)(?:ix|ex)$/i, '$1ices'],
  [/(x|ch|ss|sh)$/i, '$1es'],
  [/([^aeiouy]|qu)y$/i, '$1ies'],
  [/(hive)$/i, '$1s'],
  [/(?:([^f])fe|([lr])f)$/i, '$1$2ves'],
  [/sis$/i, 'ses'],
  [/([ti])a$/i, '$1a'],
  [/([ti])um$/i, '$1a'],
  [/(buffal|tomat)o$/i, '$1oes'],
  [/(bu)s$/i, '$1ses'],
  [/(alias|status)$/i, '$1es'],
  [/(octop|vir)i$/i, '$1i'],
  [/(octop|vir)us$/i, '$1i'],
  [/^(ax|test)is$/i, '$1es'],
  [/s$/i, 's'],
  [/$/, 's'],
];

const SINGULARS: readonly Rule[] = [
  [/(z)ombies$/i, '$1ombie'],
  [/(z)ombie$/i, '$1ombie'],
  [/(m)oves$/i, '$1ove'],
  [/(m)ove$/i, '$1ove'],
  [/(s)exes$/i, '$1ex'],
  [/(s)ex$/i, '$1ex'],
  [/(c)hildren$/i, '$1hild'],
  [/(c)hild$/i, '$1hild'],
  [/(m)en$/i, '$1an'],
  [/(m)an$/i, '$1an'],
  [/(p)eople$/i, '$1erson'],
  [/(p)erson$/i, '$1erson'],
  [/(database)s$/i, '$1'],
  [/(quiz)zes$/i, '$1'],
  [/(matr)ices$/i, '$1ix'],
  [/(vert|ind)ices$/i, '$1ex'],
  [/^(ox)en/i, '$1'],
  [/(alias|status)(es)?$/i, '$1'],
  [/(octop|vir)(us|i)$/i, '$1us'],
  [/^(a)x[ie]s$/i, '$1xis'],
  [/(cris|test)(is|es)$/i, '$1is'],
  [/(shoe)s$/i, '$1'],
  [/(o)es$/i, '$1'],
  [/(bus)(es)?$/i, '$1'],
  [/^(m|l)ice$/i, '$1ouse'],
  [/(x|ch|ss|sh)es$/i, '$1'],
  [/(m)ovies$/i, '$1ovie'],
  [/(s)eries$/i, '$1eries'],
  [/([^aeiouy]|qu)ies$/i, '$1y'],
  [/([lr])ves$/i, '$1f'],
  [/(tive)s$/i, '$1'],
  [/(hive)s$/i, '$1'],
  [/([^f])ves$/i, '$1fe'],
  [/(^analy)(sis|ses)$/i, '$1sis'],
  [/((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$/i, '$1sis'],
  [/([ti])a$/i, '$1um'],
  [/(n)ews$/i, '$1ews'],
  [/(ss)$/i, '$1'],
  [/s$/i, ''],
];

function uncountable(word: string): boolean {
  const w = word.toLowerCase();
  return UNCOUNTABLE.some((u) => w === u || new RegExp(`\\b${u}$`).test(w));
}

function apply(word: string, rules: readonly Rule[]): string {
  if (word === '' || uncountable(word)) return word;
  for (const [re, rep] of rules) if (re.test(word)) return word.replace(re, rep);
  return word;
}

export function pluralize(word: string): string {
  return apply(word, PLURALS);
}

export function singularize(word: string): string {
  return apply(word, SINGULARS);
}

/** `AgentOutput` → `agent_output`, `HTTPRequest` → `http_request`, `Admin::Lead` → `admin/lead`. */
export function underscore(camel: string): string {
  return camel
    .replace(/::/g, '/')
    .replace(/([A-Z\d]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
}

/** `agent_output` → `AgentOutput`. */
export function camelize(snake: string): string {
  return snake
    .split('/')
    .map((part) => part.split('_').map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : '')).join(''))
    .join('::');
}

/** `Admin::Lead` → `Lead`. */
export function demodulize(name: string): string {
  const i = name.lastIndexOf('::');
  return i < 0 ? name : name.slice(i + 2);
}

/** Rails' `undecorated_table_name`: the demodulized class name, underscored and pluralized. */
export function tableize(className: string, pluralizeNames = true): string {
  const base = underscore(demodulize(className));
  return pluralizeNames ? pluralize(base) : base;
}

/** `has_many :agent_outputs` → `AgentOutput`; `belongs_to :person` → `Person`. */
export function classify(name: string): string {
  return camelize(singularize(name));
}
