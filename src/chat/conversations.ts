/**
 * Recent turns per conversation, in memory (a process on Node, an isolate on Workers),
 * bounded three ways: turns per conversation, idle age, and conversations (least recently
 * used first out). Keys are any string: "api:<id>", "tg:<chat>:<user>", "zalo:<chat>".
 */
import type { Turn } from './conversation.js';

export interface ConversationStore {
  /** The turns of a live conversation, oldest first ([] when unknown or expired). */
  history(key: string): Turn[];
  remember(key: string, turn: Turn): void;
  /** Start over ("/moi", "/new"). */
  reset(key: string): void;
  readonly size: number;
}

export interface ConversationLimits {
  maxTurns?: number;
  /** Idle time after which a conversation is forgotten. */
  maxAgeMs?: number;
  maxConversations?: number;
  now?: () => number;
}

export const CONVERSATION_LIMITS = { maxTurns: 10, maxAgeMs: 30 * 60_000, maxConversations: 10_000 } as const;

export function createConversationStore(limits: ConversationLimits = {}): ConversationStore {
  const maxTurns = limits.maxTurns ?? CONVERSATION_LIMITS.maxTurns;
  const maxAge = limits.maxAgeMs ?? CONVERSATION_LIMITS.maxAgeMs;
  const maxConversations = limits.maxConversations ?? CONVERSATION_LIMITS.maxConversations;
  const now = limits.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  const live = new Map<string, { turns: Turn[]; at: number }>();
  const alive = (key: string): { turns: Turn[]; at: number } | undefined => {
    const c = live.get(key);
    if (c && now() - c.at > maxAge) {
      live.delete(key);
      return undefined;
    }
    return c;
  };
  return {
    history: (key) => [...(alive(key)?.turns ?? [])],
    remember(key, turn) {
      const c = alive(key) ?? { turns: [], at: 0 };
      live.delete(key);
      c.turns = [...c.turns, turn].slice(-maxTurns);
      c.at = now();
      live.set(key, c);
      while (live.size > maxConversations) {
        const oldest = live.keys().next().value;
        if (oldest === undefined) break;
        live.delete(oldest);
      }
    },
    reset(key) {
      live.delete(key);
    },
    get size() {
      return live.size;
    },
  };
}
