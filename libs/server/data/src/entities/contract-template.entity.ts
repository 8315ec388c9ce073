import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from './base.entity';
import type { ContractClause } from './contract.entity';

/** A store's own agreement text: clauses with placeholders, filled when a contract is written. */
@Entity('contract_templates')
@Index(['storeId', 'name'])
@Index('uq_contract_templates_default', ['storeId'], { unique: true, where: 'is_default' })
export class ContractTemplate extends TenantEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  clauses!: ContractClause[];

  /** The one a contract uses when it names none. */
  @Column({ type: 'boolean', default: false })
  isDefault!: boolean;
}
