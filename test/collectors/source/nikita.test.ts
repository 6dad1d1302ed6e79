import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSnapshot } from '../../../collectors/snapshot.js';
import type { CollectorResult } from '../../../collectors/types.js';
import type { Snapshot } from '../../../engine/snapshot/types.js';
import { collectNikitaSource } from '../../../scripts/fixtures/source.js';
import { factsOf, repoRoot, snapshotSchemaErrors } from './helpers.js';

/** Audit table C.5: file, line, text, plus the enclosing function the heuristic must find. */
const AUDIT_TODOS: [file: string, line: number, text: string, enclosing: string][] = [
  ['agents/text/facts.py', 147, 'Implement actual LLM call', '_call_llm'],
  ['agents/text/handler.py', 132, 'Implement actual storage', '_store_extracted_facts'],
  ['agents/voice/availability.py', 124, 'Implement cooldown tracking', 'is_available'],
  ['agents/voice/context.py', 531, 'Integrate voice with unified pipeline', 'build'],
  ['agents/voice/scheduling.py', 296, 'Implement OutboundCallService', 'execute_due_call'],
  ['agents/voice/service.py', 378, 'Add to voice_calls table', '_log_call_event'],
  ['agents/voice/transcript.py', 344, 'Implement actual LLM summarization', 'summarize'],
  ['api/routes/admin.py', 102, 'Fetch from auth.users', 'get_user_detail'],
  ['api/routes/admin.py', 1091, 'Count errors in last 24 hours', 'get_system_health'],
  ['api/routes/tasks.py', 336, 'Initiate outbound voice call', 'deliver_scheduled_events'],
  ['engine/chapters/boss.py', 74, 'inject UserRepository and fetch user', 'should_trigger_boss'],
  ['engine/chapters/boss.py', 126, 'fetch user chapter from DB', 'get_current_chapter'],
  ['onboarding/voice_flow.py', 468, 'Implement database lookup', 'get_onboarding_state'],
  ['onboarding/voice_flow.py', 499, 'Implement database save', 'save_profile'],
  ['onboarding/voice_flow.py', 505, 'Persist to database', 'complete'],
  ['onboarding/voice_flow.py', 511, 'Implement database update', 'update_phone'],
  ['onboarding/voice_flow.py', 522, 'Implement actual ElevenLabs API call', 'initiate_call'],
  ['pipeline/stages/summary.py', 47, 'Implement full summary generation logic', '_run'],
];
const ROOT = 'fixtures/nikita/source';

/** In a clone git lists the files; in an export without .git the walk does. Both see the same 29 files. */
function expectedLister(): 'git' | 'walk' {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: path.join(repoRoot, ROOT), stdio: 'ignore' });
    return 'git';
  } catch {
    return 'walk';
  }
}

describe('given the nikita scenario (fixtures/nikita/source with the probes of factgate.yaml)', () => {
  let result: CollectorResult;
  beforeAll(async () => {
    result = await collectNikitaSource();
  });

  it('should report exactly the 18 TODOs of audit table C.5, in file and line order, with their enclosing functions', () => {
    expect(factsOf(result).todos).toEqual(
      AUDIT_TODOS.map(([file, line, text, enclosing]) => ({ root: ROOT, file, line, tag: 'TODO', text, enclosing })),
    );
  });

  it('should find 12 files with TODOs, 5 of them in voice_flow.py', () => {
    const todos = factsOf(result).todos;
    expect(new Set(todos.map((t) => t.file)).size).toBe(12);
    expect(todos.filter((t) => t.file === 'onboarding/voice_flow.py').map((t) => t.line)).toEqual([468, 499, 505, 511, 522]);
  });

  it('should report the four webhook probes: the fail-open guard at 509, the compare at 510, no startup assertion, no plain compare', () => {
    expect(factsOf(result).probes).toEqual([
      {
        root: ROOT,
        id: 'webhook-constant-time-compare',
        description: 'The webhook secret header is compared in constant time (hmac.compare_digest)',
        matchCount: 1,
        matches: [{ file: 'api/routes/telegram.py', line: 510, text: 'if not x_telegram_bot_api_secret_token or not hmac.compare_digest(' }],
      },
      {
        root: ROOT,
        id: 'webhook-plain-compare',
        description: 'The webhook secret header compared with == or != (not constant time)',
        matchCount: 0,
        matches: [],
      },
      {
        root: ROOT,
        id: 'webhook-secret-guard',
        description: 'Webhook signature check guarded by "if <secret>:" (fails open when the secret is unset)',
        matchCount: 1,
        matches: [{ file: 'api/routes/telegram.py', line: 509, text: 'if expected_secret:' }],
      },
      {
        root: ROOT,
        id: 'webhook-secret-startup-assertion',
        description: 'Startup fails when the webhook secret is not configured',
        matchCount: 0,
        matches: [],
      },
    ]);
  });

  it('should hold the webhook check of audit C.4 at lines 506-513 and set_webhook with secret_token at 1197', () => {
    const lines = readFileSync(path.join(repoRoot, ROOT, 'api/routes/telegram.py'), 'utf8').split('\n');
    expect(lines.slice(505, 513).map((l) => l.trim())).toEqual([
      '# SEC-01: Verify webhook signature (CRITICAL)',
      'settings = get_settings()',
      'expected_secret = settings.telegram_webhook_secret',
      'if expected_secret:',
      'if not x_telegram_bot_api_secret_token or not hmac.compare_digest(',
      'x_telegram_bot_api_secret_token, expected_secret',
      '):',
      'raise HTTPException(status_code=403, detail="Invalid webhook signature")',
    ]);
    expect(lines[1196]).toBe('    ok = await bot.set_webhook(url=webhook_url, secret_token=settings.telegram_webhook_secret)');
  });

  it('should report spec 037 as superseded by spec 042 with 25 of 32 tasks done, and spec 042 as complete', () => {
    expect(factsOf(result).specs).toEqual([
      {
        root: ROOT,
        file: 'specs/037-pipeline-refactor/spec.md',
        title: 'Spec 037: Pipeline Refactor',
        superseded: true,
        supersededBy: 'specs/042-unified-pipeline/spec.md',
        tasksDone: 25,
        tasksTotal: 32,
      },
      {
        root: ROOT,
        file: 'specs/042-unified-pipeline/spec.md',
        title: 'Spec 042: Unified Pipeline',
        superseded: false,
        supersededBy: null,
        tasksDone: 16,
        tasksTotal: 16,
      },
    ]);
  });

  it('should record the root and target as given, count 29 files and skip none', () => {
    expect(result.source).toMatchObject({ collector: 'source', target: ROOT, status: 'ok', error: null });
    expect(result.source.stats).toEqual({
      lister: expectedLister(),
      files: 29,
      skippedBinary: 0,
      skippedTooLarge: 0,
      skippedNotUtf8: 0,
      skippedUnreadable: 0,
      skippedSymlink: 0,
      skippedSpecial: 0,
      skippedExcluded: 0,
    });
  });

  it('should give facts that validate against schema/snapshot.schema.json', () => {
    expect(snapshotSchemaErrors(assembleSnapshot([result], () => new Date('2026-02-09T11:00:00.000Z')))).toEqual([]);
  });

  it('should give byte-identical facts on a second run', async () => {
    const again = await collectNikitaSource();
    expect(JSON.stringify(factsOf(again))).toBe(JSON.stringify(factsOf(result)));
  });

  const snapshotFile = path.join(repoRoot, 'fixtures/nikita/snapshot.json');
  const committed = existsSync(snapshotFile) ? (JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot) : undefined;
  it.skipIf(!committed?.facts.source)('should match the source facts of fixtures/nikita/snapshot.json (npm run fixtures -- --only source)', () => {
    expect(committed!.facts.source).toEqual(factsOf(result));
  });
});
