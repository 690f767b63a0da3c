import { graphql } from '../../../gql';

export const AccountLinkOpenQuery = graphql(`
  query AccountLinkOpen($input: AccountLinkInput!) {
    accountLinkOpen(input: $input)
  }
`);
