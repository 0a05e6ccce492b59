import { expect } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db";
import { ATTESTED, prepareAssessment, saveAnswers, submitAssessment } from "./assessments";
import { reviewAssessment } from "./review";

/** Takes a new self-assessment of an organisation through to approval, every answer accepted; the approved assessment. */
export async function approveNewAssessment(db: Db, people: { publisher: Viewer; assessor: Viewer }, organisationId: string, now: Date) {
  const prepared = await prepareAssessment(db, people.publisher, organisationId);
  if (!prepared.ok) throw new Error("could not prepare an assessment");
  const id = prepared.assessment.id;
  const answers = Object.fromEntries(ATTESTED.map((c) => [c.id, { text: "We chair the W3C Verifiable Credentials group.", links: "" }]));
  expect(await saveAnswers(db, people.publisher, id, { version: 1, answers })).toMatchObject({ ok: true });
  expect(await submitAssessment(db, people.publisher, id, { version: 2 }, now)).toMatchObject({ ok: true });
  const verdicts = Object.fromEntries(ATTESTED.map((c) => [c.id, { verdict: "accept", comment: "" }]));
  expect(await reviewAssessment(db, people.assessor, id, { version: 3, decision: "approve", verdicts }, now)).toMatchObject({ ok: true });
  return db.assessment.findUniqueOrThrow({ where: { id } });
}
