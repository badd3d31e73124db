import type { CheckModule } from './types.js';

/** An identity function that ties `messageId` and `suggestionId` to the keys of `meta`. */
export function defineCheck<MessageId extends string, SuggestionId extends string = never>(
  module: CheckModule<MessageId, SuggestionId>,
): CheckModule<MessageId, SuggestionId> {
  return module;
}
