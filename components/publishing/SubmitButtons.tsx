import { Button } from "@/components/Button";

export interface SubmitButtonsProps {
  /** New records and drafts can be published or kept as drafts; published ones are just saved. */
  status: "new" | "draft" | "published";
  cancelHref: string;
}

/** The form's buttons. Each sends `intent`, which says whether to publish. */
export function SubmitButtons({ status, cancelHref }: SubmitButtonsProps) {
  return (
    <div className="mt-8 flex flex-wrap items-center gap-4">
      {status === "published" ? (
        <Button name="intent" value="save">
          Save changes
        </Button>
      ) : (
        <>
          <Button name="intent" value="publish">
            {status === "new" ? "Publish" : "Save and publish"}
          </Button>
          <Button name="intent" value="draft" variant="secondary">
            Save as draft
          </Button>
        </>
      )}
      <a className="govuk-link" href={cancelHref}>
        Cancel
      </a>
    </div>
  );
}
