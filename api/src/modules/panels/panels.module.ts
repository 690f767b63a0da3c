import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { PanelAdminResolver } from './panel-admin.resolver.js';
import { PanelAdminService } from './panel-admin.service.js';
import { PanelMembershipFieldsResolver, PanelsResolver } from './panels.resolver.js';
import { PanelScoringService } from './panel-scoring.service.js';
import { PanelsService } from './panels.service.js';

@Module({
  imports: [MembersModule],
  providers: [PanelsResolver, PanelMembershipFieldsResolver, PanelsService, PanelScoringService, PanelAdminResolver, PanelAdminService],
})
export class PanelsModule {}
