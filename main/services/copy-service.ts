import type { z } from 'zod';
import { IMAGE_CHECKLIST_ITEM, type CopiedImage, type CopyReceipt, type CopyRecord, type CopyRequest } from '../../src/bridge/contract.js';
import type { Attachment, Profile } from '../../src/checks/types.js';
import type { Finding } from '../../src/engine/finding.js';
import { reviewFindings } from './decision-rules.js';
import { ServiceError } from './errors.js';
import type { HistoryService } from './history-service.js';
import { IMAGE_MESSAGES, REFUSALS } from './messages.js';
import type { PackService } from './pack-service.js';

/**
 * "Check & copy": main checks the final text itself with the active pack (the window's own
 * findings are never trusted), refuses while a blocking finding lacks an override with a
 * reason, a warning lacks a decision, or a checklist question is not answered yes; then it
 * writes the audit record into the draft, marks it copied and puts the text on the clipboard.
 */

export interface CopyDeps {
  readonly history: HistoryService;
  readonly packs: PackService;
  readonly profile: () => Profile;
  readonly clock: () => Date;
  readonly randomId: () => string;
  readonly clipboard: { writeText(text: string): void };
}

export interface CopyService {
  copyChecked(request: z.output<typeof CopyRequest>): z.output<typeof CopyReceipt>;
}

const CHECKLIST_TEXT_MAX = 500;

/** What a refusal quotes of a finding: its words, or which picture it is about. */
function labelOf(finding: Finding, attachments: readonly Attachment[]): string {
  if (!finding.attachment) return finding.excerpt;
  return IMAGE_MESSAGES.label(finding.attachment.index, attachments[finding.attachment.index]?.name);
}

/** What the audit record keeps of each picture. */
export function copiedImages(attachments: readonly Attachment[]): CopiedImage[] {
  return attachments.flatMap((attachment, index) =>
    attachment.id === undefined
      ? []
      : [
          {
            index,
            ...(attachment.name !== undefined ? { name: attachment.name } : {}),
            hash: attachment.id,
            ...(attachment.altText ? { altText: attachment.altText } : {}),
            hasLocation: attachment.hasLocation === true,
            locationRemoved: attachment.locationRemoved === true,
            logoMatches: attachment.logoMatches,
          },
        ],
  );
}

export function createCopyService({ history, packs, profile, clock, randomId, clipboard }: CopyDeps): CopyService {
  return {
    copyChecked(request) {
      const draft = history.get(request.draftId);
      const now = clock().toISOString();
      const findings = packs.checker().check(request.text, {
        capacity: request.capacity,
        platform: request.platform,
        at: request.postAt ?? now,
        profile: profile(),
        attachments: draft.attachments,
      });

      const review = reviewFindings(findings, request.decisions);
      const label = (finding: Finding): string => labelOf(finding, draft.attachments);
      if (review.blocked.length > 0) throw new ServiceError('blocked', REFUSALS.blocked(review.blocked.map(label)));

      // A picture brings the question of whose it is; main asks it whatever the window showed.
      const questions = draft.attachments.length > 0 ? [...packs.checklist(), IMAGE_CHECKLIST_ITEM] : packs.checklist();
      const unanswered = questions.filter((item) => !request.checklist.some((answer) => answer.id === item.id && answer.answer === true));
      if (review.unresolved.length > 0) throw new ServiceError('incomplete-checklist', REFUSALS.unresolved(review.unresolved.map(label)));
      if (unanswered.length > 0) throw new ServiceError('incomplete-checklist', REFUSALS.unanswered(unanswered.map((item) => item.text)));

      const pack = packs.info();
      const record: CopyRecord = {
        auditId: randomId(),
        copiedAt: now,
        platform: request.platform,
        capacity: request.capacity,
        postAt: request.postAt,
        text: request.text,
        pack: { id: pack.id, version: pack.version, hash: pack.hash },
        findings,
        decisions: [...review.decisions],
        checklist: questions.map((item) => ({ id: item.id, text: item.text.slice(0, CHECKLIST_TEXT_MAX), answer: true })),
        ...(draft.attachments.length > 0 ? { attachments: copiedImages(draft.attachments) } : {}),
      };

      history.update(draft.id, (current) => ({
        ...current,
        updatedAt: now,
        text: request.text,
        capacity: request.capacity,
        postAt: request.postAt,
        platforms: current.platforms.includes(request.platform) ? current.platforms : [...current.platforms, request.platform],
        decisions: request.decisions,
        copies: [...current.copies, record],
      }));
      history.markOpen(draft.id);

      try {
        clipboard.writeText(request.text);
      } catch (error) {
        throw new ServiceError('internal', REFUSALS.clipboardFailed(error instanceof Error ? error.message : String(error)));
      }
      return { record };
    },
  };
}
