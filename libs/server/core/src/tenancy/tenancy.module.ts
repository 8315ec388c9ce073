import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Tenancy } from './tenant-repository';

/** The only way feature modules reach tenant-owned tables. */
@Global()
@Module({
  providers: [{ provide: Tenancy, inject: [DataSource], useFactory: (dataSource: DataSource) => new Tenancy(dataSource) }],
  exports: [Tenancy],
})
export class TenancyModule {}
