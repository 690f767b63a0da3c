import { graphql } from '../../../gql';

export const AgencyRowFragment = graphql(`
  fragment AgencyRow on Agency {
    id
    name
    kind
    tacticHeadings
    memberCount
    isa {
      status
      allowsPersonalData
    }
  }
`);
