import { graphql } from '../../../gql';

export const SetMemberDisabledMutation = graphql(`
  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {
    setMemberDisabled(input: $input) {
      id
      ...MemberDetails
    }
  }
`);
