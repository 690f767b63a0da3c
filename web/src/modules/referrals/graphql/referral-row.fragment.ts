import { graphql } from '../../../gql';

export const ReferralRowFragment = graphql(`
  fragment ReferralRow on Referral {
    id
    reference
    status
    createdAt
    summary
    crimeReferences
    fromAgency {
      id
      name
    }
  }
`);
