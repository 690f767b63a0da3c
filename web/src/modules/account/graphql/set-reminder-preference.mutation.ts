import { graphql } from '../../../gql';

export const SetReminderPreferenceMutation = graphql(`
  mutation SetReminderPreference($enabled: Boolean!) {
    setReminderPreference(enabled: $enabled)
  }
`);
