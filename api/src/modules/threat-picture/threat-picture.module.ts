import { Module } from '@nestjs/common';
import { ThreatPictureResolver } from './threat-picture.resolver.js';
import { ThreatPictureService } from './threat-picture.service.js';

/** The dashboard's figures (issue 6, item 1). */
@Module({ providers: [ThreatPictureResolver, ThreatPictureService], exports: [ThreatPictureService] })
export class ThreatPictureModule {}
