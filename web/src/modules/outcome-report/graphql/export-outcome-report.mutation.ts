import { graphql } from '../../../gql';

export const ExportOutcomeReportMutation = graphql(`
  mutation ExportOutcomeReport($panelId: ID!, $from: String!, $to: String!, $format: OutcomeReportFormat!) {
    exportOutcomeReport(panelId: $panelId, from: $from, to: $to, format: $format) {
      base64
      filename
      contentType
    }
  }
`);
