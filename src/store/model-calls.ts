import type Database from 'better-sqlite3';

/**
 * Token accounting for calls to a model (sampling). By design there is no column for prompt or
 * response text: what the model was asked and what it said never reaches the database.
 */
export class ModelCallsRepo {
  private readonly insert;
  constructor(db: Database.Database) {
    this.insert = db.prepare('INSERT INTO model_calls (run_id, model, input_tokens, output_tokens, created_at) VALUES (?, ?, ?, ?, ?)');
  }

  record(runId: string | null, model: string, inputTokens: number, outputTokens: number): void {
    this.insert.run(runId, model.slice(0, 200), Math.max(0, Math.round(inputTokens)), Math.max(0, Math.round(outputTokens)), Date.now());
  }
}
