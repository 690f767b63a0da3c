import { graphql } from '../../../gql';

export const HitCheckFieldsFragment = graphql(`
  fragment HitCheckFields on HitCheck {
    id
    meetingId
    circulatedAt
    circulatedBy
    agenciesAsked
    agenciesAnswered
    answering
    subjects {
      id
      kind
      reference
      heldBy
      yourAnswer
      yourDetail
      detailsOpen
    }
  }
`);
