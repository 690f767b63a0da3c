import { graphql } from '../../../gql';

export const AssessmentFieldsFragment = graphql(`
  fragment AssessmentFields on AssessmentObject {
    id
    panelId
    periodFrom
    periodTo
    version
    editVersion
    status
    content
    annotations { section text }
    publishedAt
    createdAt
    updatedAt
  }
`);
