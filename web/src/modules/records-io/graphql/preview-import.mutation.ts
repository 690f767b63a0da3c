import { graphql } from '../../../gql';

export const PreviewImportMutation = graphql(`
  mutation PreviewImport($panelId: ID!, $kind: ImportKind!, $fileName: String!, $fileBase64: String!, $mapping: [ColumnMappingInput!]) {
    previewImport(panelId: $panelId, kind: $kind, fileName: $fileName, fileBase64: $fileBase64, mapping: $mapping) {
      columns
      rowCount
      valid
      fields {
        field
        label
        required
      }
      mapping {
        column
        field
      }
      suggestedMapping {
        column
        field
      }
      errors {
        row
        column
        field
        message
      }
    }
  }
`);
