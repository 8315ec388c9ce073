import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, type ValueTransformer } from 'typeorm';

/** numeric columns that are measures, not money (engagement rates): numbers in JS. */
export const numericAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Money: numeric(12,2), read and written as decimal strings (the pg driver never makes it a float). */
export const MoneyColumn = (options: { nullable?: boolean; default?: string } = {}) =>
  Column({ type: 'numeric', precision: 12, scale: 2, nullable: options.nullable ?? false, default: options.default });

export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A row owned by one store (tenant). */
export abstract class TenantEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  storeId!: string;
}
