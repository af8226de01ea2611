/* eslint-disable @typescript-eslint/ban-ts-comment */
// The decorator writes the static properties objection reads (tableName, modifiers, relationMappings).
import 'reflect-metadata';
import type { Modifiers, Model, RelationMappings } from 'objection';
import type { QueryBuilder } from '../query-builder';

export const TableMetadataKey = Symbol('objection:table');

type TableOptions<T extends Model> = {
  name: string;
  modifiers?: Modifiers<QueryBuilder<T>>;
  disableByUser?: boolean;
  relationMappings?: RelationMappings;
};

export function Table<T extends Model>(options: TableOptions<T>): ClassDecorator {
  return function (constructor) {
    Reflect.defineMetadata(TableMetadataKey, options, constructor.prototype);
    // @ts-ignore
    constructor.tableName = options.name;
    // @ts-ignore
    constructor.idColumn = 'id';
    // @ts-ignore
    constructor.relationMappings = options.relationMappings;
    // @ts-ignore
    constructor.modifiers = options.modifiers;
  };
}
