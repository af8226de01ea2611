import { BaseEntity, PrimaryGeneratedColumn } from 'typeorm';

export class BaseClassWithoutId extends BaseEntity {
  toJSON(): Record<string, unknown> {
    return { ...this };
  }
}

export class BaseClass extends BaseClassWithoutId {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;
}
