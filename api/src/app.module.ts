import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { AccessModule } from './core/access/access.module.js';
import { PermissionGuard } from './core/access/permission.guard.js';
import { AuditModule } from './core/audit/audit.module.js';
import { AuditService } from './core/audit/audit.service.js';
import { EventsModule } from './core/events/events.module.js';
import { AppConfigModule } from './core/config/config.module.js';
import { JobsModule } from './core/jobs/jobs.module.js';
import { LimitsModule } from './core/limits/limits.module.js';
import { PanelReadCache, PanelReadCacheModule } from './core/database/panel-read-cache.js';
import { MailModule } from './core/mail/mail.module.js';
import { ObservabilityModule } from './core/observability/observability.module.js';
import { ReadDatabaseModule } from './core/database/read-database.js';
import { RemindersModule } from './modules/reminders/reminders.module.js';
import { AuthModule } from './core/auth/auth.module.js';
import { OidcModule } from './core/auth/oidc/oidc.module.js';
import { appDatabaseUrl, type AppConfig } from './core/config/config.js';
import { appDataSourceOptions } from './core/database/data-source-options.js';
import { GraphqlExceptionFilter } from './core/errors/graphql-exception.filter.js';
import { createValidationPipe } from './core/errors/validation.pipe.js';
import { ContextFactory } from './core/graphql/context.factory.js';
import { ContextModule } from './core/graphql/context.module.js';
import { graphqlOptions } from './core/graphql/graphql-options.js';
import { AgenciesModule } from './modules/agencies/agencies.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MembersModule } from './modules/members/members.module.js';
import { NominalsModule } from './modules/nominals/nominals.module.js';
import { OcgsModule } from './modules/ocgs/ocgs.module.js';
import { PlacesModule } from './modules/places/places.module.js';
import { TasksModule } from './modules/tasks/tasks.module.js';
import { VehiclesModule } from './modules/vehicles/vehicles.module.js';
import { PanelsModule } from './modules/panels/panels.module.js';
import { AdministrationModule } from './modules/administration/administration.module.js';
import { RecordLinksModule } from './modules/record-links/record-links.module.js';
import { RecordsIoModule } from './modules/records-io/records-io.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { IntelligenceModule } from './modules/intelligence/intelligence.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { DisruptionsModule } from './modules/disruptions/disruptions.module.js';
import { ReferralsModule } from './modules/referrals/referrals.module.js';
import { MinutesModule } from './modules/minutes/minutes.module.js';
import { MeetingsModule } from './modules/meetings/meetings.module.js';
import { EmergingThreatsModule } from './modules/emerging-threats/emerging-threats.module.js';
import { AgendaModule } from './modules/agenda/agenda.module.js';
import { LinkChartModule } from './modules/link-chart/link-chart.module.js';
import { PlacesMapModule } from './modules/places-map/places-map.module.js';
import { AssessmentsModule } from './modules/assessments/assessments.module.js';
import { DataProtectionModule } from './modules/data-protection/data-protection.module.js';
import { ThreatPictureModule } from './modules/threat-picture/threat-picture.module.js';
import { OutcomeReportModule } from './modules/outcome-report/outcome-report.module.js';
import { RegionsModule } from './modules/regions/regions.module.js';
import { HitChecksModule } from './modules/hit-checks/hit-checks.module.js';
import { RecordReviewsModule } from './modules/record-reviews/record-reviews.module.js';
import { CrossPanelMatchesModule } from './modules/cross-panel-matches/cross-panel-matches.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, sqlLogger?: TypeOrmLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(appDataSourceOptions(appDatabaseUrl(config), sqlLogger ? { logger: sqlLogger, logging: ['query'] } : {})),
        AppConfigModule.forRoot(config),
        MailModule,
        JobsModule,
        ObservabilityModule,
        ReadDatabaseModule,
        AccessModule,
        AuditModule,
        AuthModule,
        OidcModule,
        EventsModule,
        ContextModule,
        LimitsModule,
        PanelReadCacheModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [ContextModule],
          inject: [ContextFactory, AuditService, PanelReadCache],
          useFactory: (contexts: ContextFactory, audit: AuditService, kept: PanelReadCache) =>
            graphqlOptions(contexts, audit, kept, config.NODE_ENV === 'production'),
        }),
        HealthModule,
        PanelsModule,
        AdministrationModule,
        AgenciesModule,
        MembersModule,
        SearchModule,
        RecordsIoModule,
        OcgsModule,
        NominalsModule,
        VehiclesModule,
        PlacesModule,
        RecordLinksModule,
        TasksModule,
        IntelligenceModule,
        PlansModule,
        DisruptionsModule,
        ReferralsModule,
        MinutesModule,
        RemindersModule,
        MeetingsModule,
        EmergingThreatsModule,
        AgendaModule,
        LinkChartModule,
        PlacesMapModule,
        AssessmentsModule,
        DataProtectionModule,
        ThreatPictureModule,
        OutcomeReportModule,
        RegionsModule,
        HitChecksModule,
        RecordReviewsModule,
        CrossPanelMatchesModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: PermissionGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}
