import { describe, expect, it } from "vitest";
import { holdingProblem } from "./rules";

const source = { systemId: "register", systemName: "Vehicle register", kind: "source" };
const copy = { systemId: "police", systemName: "Police National Computer", kind: "in-step" };
const replica = { systemId: "tax", systemName: "Tax your vehicle", kind: "replica" };
const live = (fromSystemId: string, toSystemId: string) => ({ fromSystemId, toSystemId, lifecycle: "live" });

describe("the replication rules", () => {
  it("lets a system be the first authoritative source, and refuses a second", () => {
    expect(holdingProblem("Vehicles", { systemId: "register", kind: "source", connection: null }, [])).toBeNull();
    expect(holdingProblem("Vehicles", { systemId: "other", kind: "source", connection: null }, [source])).toEqual({
      field: "kind",
      message: "Vehicle register is already the authoritative source of Vehicles. A data set has one authoritative source",
    });
  });

  it("refuses a system declaring itself both source and replica, or any second way of holding", () => {
    expect(holdingProblem("Vehicles", { systemId: "register", kind: "replica", connection: null }, [source])).toEqual({
      field: "kind",
      message: "This system already holds Vehicles as its authoritative source. A system holds a data set one way only",
    });
    expect(holdingProblem("Vehicles", { systemId: "tax", kind: "in-step", connection: live("register", "tax") }, [source, replica])?.message).toMatch(/already holds Vehicles as a replica/);
  });

  it("keeps a copy in step only through a live connection that reaches the source, either way round", () => {
    expect(holdingProblem("Vehicles", { systemId: "police", kind: "in-step", connection: live("register", "police") }, [source])).toBeNull();
    expect(holdingProblem("Vehicles", { systemId: "police", kind: "in-step", connection: live("police", "register") }, [source])).toBeNull();
    expect(holdingProblem("Vehicles", { systemId: "police", kind: "in-step", connection: null }, [source])?.field).toBe("connectionId");
    expect(holdingProblem("Vehicles", { systemId: "police", kind: "in-step", connection: live("police", "tax") }, [source, replica])).toEqual({
      field: "connectionId",
      message: "Select a connection between this system and Vehicle register, the authoritative source: the one selected does not reach it",
    });
    expect(holdingProblem("Vehicles", { systemId: "police", kind: "in-step", connection: { ...live("register", "police"), lifecycle: "retired" } }, [source])?.message).toBe("Select a connection that is not retired");
  });

  it("accepts a replica with no connection: it is flagged in the report, not refused", () => {
    expect(holdingProblem("Vehicles", { systemId: "other", kind: "replica", connection: null }, [source, copy])).toBeNull();
  });
});
