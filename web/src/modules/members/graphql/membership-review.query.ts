import { graphql } from '../../../gql';

export const MembershipReviewQuery = graphql(`
  query MembershipReview($panelId: ID!) {
    membershipReview(panelId: $panelId) {
      id
      openedAt
      closesAt
      awaitingCount
    }
  }
`);

export const MembersAwaitingConfirmationQuery = graphql(`
  query MembersAwaitingConfirmation($panelId: ID!, $limit: Int!, $offset: Int!) {
    members(panelId: $panelId, awaitingConfirmation: true, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        name
        role
        agency {
          id
          name
        }
      }
    }
  }
`);

export const ConfirmMemberAccessMutation = graphql(`
  mutation ConfirmMemberAccess($input: ConfirmMemberAccessInput!) {
    confirmMemberAccess(input: $input) {
      id
      awaitingCount
    }
  }
`);
