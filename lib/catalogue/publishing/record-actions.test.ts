import { describe, expect, it } from "vitest";
import { ANONYMOUS, userViewer } from "@/lib/auth/viewer";
import { recordActions } from "./record-actions";

const person = (organisationIds: string[], role: "none" | "assessor" | "admin" = "none") => userViewer({ id: "u", name: null, email: null, role, organisationIds });
const published = { slug: "tax", organisationId: "dvla", status: "published", lifecycle: "live" };
const texts = (links: { text: string }[]) => links.map((l) => l.text);

describe("the actions offered on a record page", () => {
  it("offers edit and retire to the owning organisation's publishers and admins", () => {
    expect(recordActions(person(["dvla"]), "api", published)).toEqual([
      { href: "/apis/tax/edit", text: "Edit" },
      { href: "/apis/tax/spec", text: "Add an OpenAPI description" },
      { href: "/apis/tax/retire", text: "Retire" },
      { href: "/apis/tax/history", text: "History" },
    ]);
    expect(texts(recordActions(person([], "admin"), "system", published))).toEqual(["Edit", "Retire", "History"]);
  });

  it("offers only the history to everyone else", () => {
    for (const viewer of [ANONYMOUS, person(["hmrc"]), person([], "assessor")]) expect(texts(recordActions(viewer, "api", published))).toEqual(["History"]);
  });

  it("offers delete only for drafts, and no retire for drafts or retired records", () => {
    expect(texts(recordActions(person(["dvla"]), "api", { ...published, status: "draft" }))).toEqual(["Edit", "Add an OpenAPI description", "Delete draft", "History"]);
    expect(texts(recordActions(person(["dvla"]), "system", { ...published, lifecycle: "retired" }))).toEqual(["Edit", "History"]);
  });
});
