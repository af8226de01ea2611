type JobIo = { runTask<T>(name: string, task: () => Promise<T>): Promise<T> };

type JobDefinition<P> = {
  id: string;
  name: string;
  version: string;
  trigger: { name: string };
  handler: (options: { payload: P; io: JobIo }) => Promise<void>;
};

export const jobs = {
  defineJob<P>(definition: JobDefinition<P>) {
    return definition;
  },
};
