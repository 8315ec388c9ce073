import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The signed PDF, stored once: what GET …/pdf serves from then on and what the audit's hash is of. */
@Entity('contract_documents')
export class ContractDocument {
  @PrimaryColumn({ type: 'uuid' })
  contractId!: string;

  @Column({ type: 'uuid' })
  storeId!: string;

  @Column({ type: 'bytea' })
  pdf!: Buffer;

  @Column({ type: 'text' })
  sha256!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
