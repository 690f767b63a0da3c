import { Module } from '@nestjs/common';
import { PanelMembershipFieldsResolver, PanelsResolver } from './panels.resolver.js';
import { PanelScoringService } from './panel-scoring.service.js';
import { PanelsService } from './panels.service.js';

@Module({ providers: [PanelsResolver, PanelMembershipFieldsResolver, PanelsService, PanelScoringService] })
export class PanelsModule {}
