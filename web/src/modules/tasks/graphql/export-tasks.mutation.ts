import { graphql } from '../../../gql';

export const ExportTasksMutation = graphql(`
  mutation ExportTasks($panelId: ID!, $format: ExportFormat!, $statuses: [TaskStatus!], $agencyId: ID, $ocgId: ID, $overdueOnly: Boolean!) {
    exportTasks(panelId: $panelId, format: $format, statuses: $statuses, agencyId: $agencyId, ocgId: $ocgId, overdueOnly: $overdueOnly) {
      base64
      contentType
      filename
      rowCount
    }
  }
`);
