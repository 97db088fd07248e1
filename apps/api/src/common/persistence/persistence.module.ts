import { Global, Module } from '@nestjs/common';
import { Transactions } from './transaction';

@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class PersistenceModule {}
