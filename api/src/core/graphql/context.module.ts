import { Global, Module } from '@nestjs/common';
import { ContextFactory } from './context.factory.js';

/** The request context for GraphQL and for the HTTP routes that serve documents, from one factory. */
@Global()
@Module({ providers: [ContextFactory], exports: [ContextFactory] })
export class ContextModule {}
