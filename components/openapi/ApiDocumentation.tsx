"use client";

import { Component, useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import { withResolvableRefsOnly } from "@/lib/openapi/render";

type Spec = Record<string, unknown>;
type View = ComponentType<{ spec: Spec; specUrl: string; onReady: () => void; onError: () => void }>;
type State =
  | { phase: "waiting" }
  | { phase: "loading" | "ready"; spec?: Spec; View?: View }
  | { phase: "error"; message: string };

const FAILED = "The interactive documentation could not be shown. You can still download the OpenAPI description.";

/** A spec that breaks Redoc while it draws shows the error message, not an empty page. */
class Contained extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch() {
    this.props.onError();
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * The interactive documentation of an API, drawn by Redoc in the browser. Redoc and the bundled
 * document (which can be many megabytes) are both fetched after the page has loaded, so neither
 * weighs on the page itself. `data-state` says where the interactive view has got to: loading,
 * ready or error. `children` is the documentation the server rendered, when it has been worked
 * out (./ServedDocumentation.tsx): it is shown until the interactive view has drawn (and stays
 * if that fails, or without JavaScript). Without it, until the page's script runs (and if it
 * never does) this says the documentation needs JavaScript.
 */
export function ApiDocumentation({ specUrl, children }: { specUrl: string; children?: ReactNode }) {
  const [state, setState] = useState<State>({ phase: "waiting" });
  const root = useRef<HTMLDivElement>(null);
  // Someone reading the server's documentation with the keyboard keeps their place near it: focus
  // goes to the documentation, not back to the top of the page, when the interactive view takes over.
  const hadFocus = useRef(false);
  useEffect(() => {
    let cancelled = false;
    setState({ phase: "loading" });
    // A plain request, so that it is answered by the page's preload of the same address.
    const spec = fetch(specUrl).then((response) => {
      if (!response.ok) throw new Error(`status ${response.status}`);
      return response.json() as Promise<Spec>;
    });
    Promise.all([spec, import("./ApiDocumentationRedoc")])
      .then(([document, module]) => {
        if (!cancelled) setState({ phase: "loading", spec: withResolvableRefsOnly(document), View: module.default });
      })
      .catch(() => {
        if (!cancelled) setState({ phase: "error", message: FAILED });
      });
    return () => {
      cancelled = true;
    };
  }, [specUrl]);
  const onReady = useCallback(() => {
    hadFocus.current = !!root.current?.contains(document.activeElement);
    setState((s) => (s.phase === "loading" ? { ...s, phase: "ready" } : s));
  }, []);
  useEffect(() => {
    if (state.phase === "ready" && hadFocus.current) root.current?.focus();
  }, [state.phase]);
  const onError = useCallback(() => setState({ phase: "error", message: FAILED }), []);

  const View = state.phase === "loading" || state.phase === "ready" ? state.View : undefined;
  return (
    <div data-testid="api-documentation" data-state={state.phase} ref={root} tabIndex={-1} className="focus:outline-none">
      {state.phase === "waiting" && !children ? <p>The interactive documentation needs JavaScript. You can download the OpenAPI description instead.</p> : null}
      {state.phase === "loading" && !children ? (
        <p role="status" className="text-secondary-text">
          Loading the documentation…
        </p>
      ) : null}
      {state.phase === "error" ? (
        <p role="alert" className="font-bold text-error">
          {state.message}
        </p>
      ) : null}
      {View && (state.phase === "loading" || state.phase === "ready") && state.spec ? (
        <Contained onError={onError}>
          <View spec={state.spec} specUrl={specUrl} onReady={onReady} onError={onError} />
        </Contained>
      ) : null}
      {/* After the interactive view, so that taking it away moves nothing Redoc has scrolled to. */}
      {state.phase !== "ready" ? children : null}
    </div>
  );
}
