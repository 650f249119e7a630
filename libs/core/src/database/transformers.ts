import { ValueTransformer } from 'typeorm';

/** numeric columns come back from pg as strings; money is handled as a number of euros with cents. */
export const numeric: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null || v === undefined ? v : Number(v)),
};
