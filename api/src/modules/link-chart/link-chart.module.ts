import { Module } from '@nestjs/common';
import { LinkChartResolver } from './link-chart.resolver.js';
import { LinkChartService } from './link-chart.service.js';

@Module({ providers: [LinkChartResolver, LinkChartService] })
export class LinkChartModule {}
