"use client";

import { useEffect, useRef, useState } from "react";
import { ErrorMessage } from "@/components/ErrorMessage";
import { FormGroup, describedBy } from "@/components/FormGroup";
import { Hint } from "@/components/Hint";
import { Label } from "@/components/Label";
import { tooLargeMessage } from "@/lib/openapi/size";

export interface SpecFileInputProps {
  /** The largest file the server accepts (SPEC_MAX_BYTES); the server checks again whatever happens here. */
  maxBytes: number;
  /** The server's message about the file last sent. */
  error?: string;
}

const tooLarge = (input: HTMLInputElement | null, maxBytes: number) => {
  const file = input?.files?.[0];
  return file && file.size > maxBytes ? tooLargeMessage(maxBytes, file.size) : undefined;
};

/**
 * The form's file input. With JavaScript, a file over the limit is reported as soon as it is
 * chosen, and the form is not sent with it (no one waits for megabytes to upload only to be
 * refused): the message is read out as it appears and focus stays on the field.
 */
export function SpecFileInput({ maxBytes, error }: SpecFileInputProps) {
  const input = useRef<HTMLInputElement>(null);
  // What the browser found about the file chosen on this page; until one is chosen, the server's message stands.
  const [found, setFound] = useState<{ message?: string }>();
  const message = found ? found.message : error;
  const checkChosen = () => setFound({ message: tooLarge(input.current, maxBytes) });

  useEffect(() => {
    // A file chosen before the page's script ran is checked as soon as it runs.
    if (input.current?.files?.length) checkChosen();
    const form = input.current?.form;
    if (!form) return;
    const check = (event: SubmitEvent) => {
      const tooBig = tooLarge(input.current, maxBytes);
      if (!tooBig) return;
      event.preventDefault();
      setFound({ message: tooBig });
      input.current?.focus();
    };
    form.addEventListener("submit", check);
    return () => form.removeEventListener("submit", check);
  }, [maxBytes]);

  // The page title starts "Error: " while the browser's own finding stands, as it does for the server's.
  const title = useRef<string>(null);
  useEffect(() => {
    if (!found) return;
    title.current ??= document.title;
    document.title = found.message && !title.current.startsWith("Error: ") ? `Error: ${title.current}` : title.current;
  }, [found]);

  return (
    <FormGroup error={Boolean(message)}>
      <Label htmlFor="file">Upload a file</Label>
      <Hint id="file-hint">A .yaml, .yml or .json file, or a .zip of a description split across several files</Hint>
      <div aria-live="polite">{message ? <ErrorMessage id="file-error">{message}</ErrorMessage> : null}</div>
      <input
        ref={input}
        id="file"
        name="file"
        type="file"
        accept=".yaml,.yml,.json,.zip,application/json,application/yaml,text/yaml,application/zip"
        aria-describedby={describedBy("file-hint", message && "file-error")}
        aria-invalid={message ? true : undefined}
        onChange={checkChosen}
        className="govuk-focus-input block text-base"
      />
    </FormGroup>
  );
}
