import { Module } from '@nestjs/common';
import { CrossPanelMatchesResolver } from './cross-panel-matches.resolver.js';
import { CrossPanelMatchesService } from './cross-panel-matches.service.js';

/** Hits with other panels (hit/no-hit): found by the database, answered by each panel's chair or coordinator. */
@Module({ providers: [CrossPanelMatchesResolver, CrossPanelMatchesService] })
export class CrossPanelMatchesModule {}
