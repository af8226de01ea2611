import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from "typeorm";

@Entity("leads")
export class Lead {
  @PrimaryColumn({ type: "bigint" })
  id: string;

  // Part of the primary key: the table is partitioned by month on it.
  @PrimaryColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Column({ type: "bigint", name: "user_id" })
  userId: string;

  @Column({ type: "bigint", name: "campaign_id", nullable: true })
  campaignId: string | null;

  @Column({ type: "text" })
  company: string;

  @Column({ type: "text" })
  email: string;

  @Column({ type: "text", default: "new" })
  status: string;

  @OneToMany(() => AgentOutput, (output) => output.lead)
  outputs: AgentOutput[];
}

@Entity("agent_outputs")
export class AgentOutput {
  @PrimaryColumn({ type: "bigint" })
  id: string;

  @CreateDateColumn({ type: "timestamptz", name: "created_at", primary: true })
  createdAt: Date;

  @Column({ type: "bigint", name: "lead_id" })
  leadId: string;

  @Column({ type: "text" })
  kind: string;

  @Column({ type: "text", nullable: true })
  body: string | null;

  @ManyToOne(() => Lead, (lead) => lead.outputs)
  @JoinColumn({ name: "lead_id", referencedColumnName: "id" })
  lead: Lead;
}

@Entity("campaigns")
export class Campaign {
  @PrimaryColumn({ type: "bigint" })
  id: string;

  @PrimaryColumn({ type: "bigint", name: "user_id" })
  userId: string;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "boolean", default: false })
  archived: boolean;
}
