type AnyFn = (args: any) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

type Injected<F extends Record<string, AnyFn>, I> = {
  [K in keyof F]: (args: Omit<Parameters<F[K]>[0], keyof I>) => ReturnType<F[K]>;
};

/** Binds the injected values (e.g. `{ db }`) into every function's single argument object. */
export function injectArguments<F extends Record<string, AnyFn>, I extends object>(functions: F, injected: I): Injected<F, I> {
  return Object.fromEntries(Object.entries(functions).map(([name, fn]) => [name, (args: object) => fn({ ...args, ...injected })])) as Injected<F, I>;
}
