import { describe, expect, it } from "vitest";
import { documentName, documentText } from "../../src/data/document.js";

describe("documentName", () => {
  it("drops the number iOS gives every file of an export", () => {
    expect(documentName("00000062-Route-Plan.pdf")).toBe("Route-Plan.pdf");
  });

  it("keeps names that only start with digits", () => {
    for (const name of ["2023-budget.pdf", "0000062-plan.pdf", "12345678.pdf", "00000062-", "000000620-plan.pdf"]) {
      expect(documentName(name)).toBe(name);
    }
  });
});

describe("documentText", () => {
  it("takes the page count iOS writes after the name, in any language", () => {
    expect(documentText("Route-Plan.pdf • 3 pages", "00000062-Route-Plan.pdf")).toEqual({ pages: "3 pages", caption: "" });
    expect(documentText("Plan.pdf • 1 Seite", "00000009-Plan.pdf")).toEqual({ pages: "1 Seite", caption: "" });
  });

  it("keeps the sender's caption after the name's line", () => {
    expect(documentText("Plan.pdf • 2 pages\nRead the safety bit", "00000009-Plan.pdf")).toEqual({ pages: "2 pages", caption: "Read the safety bit" });
  });

  it("does not repeat a caption that is only the name", () => {
    expect(documentText("Plan.pdf", "00000009-Plan.pdf")).toEqual({ caption: "" });
    expect(documentText("00000009-Plan.pdf", "00000009-Plan.pdf")).toEqual({ caption: "" });
  });

  it("leaves text that does not start with the name, or says more than a count after it, as the caption", () => {
    expect(documentText("Here is the plan", "00000009-Plan.pdf")).toEqual({ caption: "Here is the plan" });
    expect(documentText("Plan.pdf is attached", "00000009-Plan.pdf")).toEqual({ caption: "Plan.pdf is attached" });
    expect(documentText("Plan.pdf •", "00000009-Plan.pdf")).toEqual({ caption: "Plan.pdf •" });
  });
});
