import { graphql } from '../../../gql';

export const ReminderPreferenceQuery = graphql(`
  query ReminderPreference {
    viewer {
      id
      remindersEnabled
    }
  }
`);
