/**
 * One entry point for every front end (HTTP API, web page, Telegram, Zalo): a message in a
 * conversation → an answer that reads follow-ups in context, with the id to vote on it.
 * The conversation store keeps the turns; the question log (optional) records each one.
 */
import { converse, type ConversationAnswer } from './conversation.js';
import type { AskOptions } from '../answer/engine.js';
import type { QaService } from '../answer/service.js';
import type { Channel, QuestionLog, Vote } from '../db/log.js';
import type { ConversationStore } from './conversations.js';

export interface ChatRequest {
  question: string;
  channel: Channel;
  /** Conversation key ("api:<id>", "tg:<chat>:<user>"); none: a one-off question. */
  conversation?: string;
  /** Chat or client id; only its salted hash is logged. */
  client?: string;
  locality?: string;
  limit?: number;
}

export interface ChatReply extends ConversationAnswer {
  /** Id of the logged question, for 👍/👎 (absent when the log is off). */
  answerId?: string;
}

export interface Chat {
  ask(req: ChatRequest): ChatReply;
  /** Forget a conversation's turns. */
  reset(conversation: string): void;
  /** 👍/👎 on an answer; 'off' when there is no log. */
  vote(input: { answerId: string; vote: Vote; comment?: string }): Promise<'ok' | 'unknown_answer' | 'off'>;
  readonly log: QuestionLog | undefined;
}

export function createChat(deps: { service: QaService; conversations: ConversationStore; log?: QuestionLog }): Chat {
  // deps.service is read per question: the API swaps it when documents are added.
  const { conversations, log } = deps;
  return {
    log,
    ask(req) {
      const opts: AskOptions = { ...(req.locality ? { locality: req.locality } : {}), ...(req.limit ? { limit: req.limit } : {}) };
      let answer: ConversationAnswer;
      if (req.conversation) {
        const done = converse(deps.service, conversations.history(req.conversation), req.question, opts);
        conversations.remember(req.conversation, done.turn);
        answer = done.answer;
      } else answer = deps.service.ask(req.question, opts); // one-off: no context to read or keep
      if (!log) return answer;
      const answerId = log.record({
        channel: req.channel,
        question: req.question,
        ...(answer.resolved ? { resolved: answer.resolved } : {}),
        answered: !answer.abstained,
        intent: answer.intent,
        sources: answer.citations,
        ...(req.conversation ? { conversation: req.conversation } : {}),
        ...(req.client ? { client: req.client } : {}),
      });
      return { ...answer, answerId };
    },
    reset: (key) => conversations.reset(key),
    vote: async (input) => (log ? log.feedback(input) : 'off'),
  };
}
