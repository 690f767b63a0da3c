import { graphql } from '../../../gql';

export const RunImportMutation = graphql(`
  mutation RunImport($panelId: ID!, $kind: ImportKind!, $fileName: String!, $fileBase64: String!, $mapping: [ColumnMappingInput!]) {
    runImport(panelId: $panelId, kind: $kind, fileName: $fileName, fileBase64: $fileBase64, mapping: $mapping) {
      imported
      created {
        ocgs
        nominals
        vehicles
        links
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
