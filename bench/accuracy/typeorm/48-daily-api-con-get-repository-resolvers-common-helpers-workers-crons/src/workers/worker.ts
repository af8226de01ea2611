import type { DataSource } from 'typeorm';

export interface Message {
  data: Buffer;
}

export interface Worker {
  subscription: string;
  handler: (message: Message, con: DataSource, logger: { error: (obj: object, msg: string) => void }) => Promise<void>;
}

export const messageToJson = <T>(message: Message): T => JSON.parse(message.data.toString('utf-8'));
