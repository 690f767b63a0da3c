import { graphql } from '../../../gql';

export const ExportNominalsMutation = graphql(`
  mutation ExportNominals($panelId: ID!, $format: ExportFormat!, $filter: NominalFilter) {
    exportNominals(panelId: $panelId, format: $format, filter: $filter) {
      base64
      contentType
      filename
      rowCount
      personalDataWithheld
    }
  }
`);
