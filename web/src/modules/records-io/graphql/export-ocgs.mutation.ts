import { graphql } from '../../../gql';

// The group list's own filter and sort: the file holds the rows the list shows, in its order.
export const ExportOcgsMutation = graphql(`
  mutation ExportOcgs($panelId: ID!, $format: ExportFormat!, $filter: OcgFilter, $sort: OcgSort!) {
    exportOcgs(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {
      base64
      contentType
      filename
      rowCount
      personalDataWithheld
    }
  }
`);
