import { Table } from '../common/objection/decorators/table.decorator';
import { Entity } from './base.entity';

@Table({ name: 'agent_outputs', disableByUser: true })
export class AgentOutput extends Entity {
  id: number;
  lead_id: number;
  kind: string;
  body: string | null;
  created_at: Date;
}
