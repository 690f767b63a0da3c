import { graphql } from '../../../gql';

// The task list's own filter and sort: the file holds the rows the list shows, in its order.
export const ExportTasksMutation = graphql(`
  mutation ExportTasks($panelId: ID!, $format: ExportFormat!, $filter: TaskFilter, $sort: TaskSort!) {
    exportTasks(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {
      base64
      contentType
      filename
      rowCount
    }
  }
`);
