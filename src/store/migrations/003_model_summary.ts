/** The model's verdict on a run, shown at the top of its report (and nowhere else). */
export const sql = `ALTER TABLE runs ADD COLUMN model_summary TEXT;`;
