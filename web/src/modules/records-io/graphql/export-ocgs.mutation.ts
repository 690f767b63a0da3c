import { graphql } from '../../../gql';

export const ExportOcgsMutation = graphql(`
  mutation ExportOcgs($panelId: ID!, $format: ExportFormat!, $filter: OcgExportFilter) {
    exportOcgs(panelId: $panelId, format: $format, filter: $filter) {
      base64
      contentType
      filename
      rowCount
      personalDataWithheld
    }
  }
`);
