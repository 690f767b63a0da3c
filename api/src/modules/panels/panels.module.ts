import { Module } from '@nestjs/common';
import { PanelMembershipFieldsResolver, PanelsResolver } from './panels.resolver.js';
import { PanelsService } from './panels.service.js';

@Module({ providers: [PanelsResolver, PanelMembershipFieldsResolver, PanelsService] })
export class PanelsModule {}
