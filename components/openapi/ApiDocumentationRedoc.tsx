"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import {
  ApiContentWrap,
  ApiInfo,
  AppStore,
  BackgroundStub,
  ContentItems,
  MenuItems,
  OptionsProvider,
  RedocWrap,
  RightPanel,
  StickyResponsiveSidebar,
  StoreProvider,
  ThemeProvider,
  convertSwagger2OpenAPI,
  type IMenuItem,
  type MenuStore,
  type RedocRawOptions,
} from "redoc";
import { allDrawn, drawnItems, withGroupOf, withNextBatch, type Drawn } from "./batches";

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

/**
 * Redoc's options. The spec is the publisher's text shown to everyone else, so it is untrusted:
 * Redoc sanitises its Markdown with DOMPurify. Search is off because Redoc runs it in a worker
 * made from a blob: URL, which our script policy refuses; its own download button is off because
 * the page offers the files. Colours and type are the catalogue's (app/globals.css).
 */
const OPTIONS: RedocRawOptions = {
  untrustedSpec: true,
  disableSearch: true,
  hideDownloadButton: true,
  hideLoading: true,
  hideFab: true,
  nativeScrollbars: true,
  expandDefaultServerVariables: false,
  theme: {
    colors: {
      // Redoc draws constraint labels in the primary colour at 90 % opacity on a pale tint: dark blue keeps them at AA contrast.
      primary: { main: "#003078" },
      text: { primary: "#0b0c0c", secondary: "#505a5f" },
      // GOV.UK colours that keep the white text of the method badges at AA contrast.
      http: { get: "#00703c", post: "#1d70b8", put: "#4c2c92", patch: "#8a3a0f", delete: "#942514", options: "#505a5f", head: "#505a5f", link: "#1d70b8", basic: "#505a5f" },
    },
    typography: {
      fontFamily: FONT,
      fontSize: "16px",
      headings: { fontFamily: FONT, fontWeight: "700" },
      code: { fontFamily: MONO },
      links: { color: "#1d70b8", visited: "#4c2c92", hover: "#003078" },
    },
    // The active menu item sits on a darker grey: dark blue keeps it at AA contrast.
    sidebar: { backgroundColor: "#f3f2f1", textColor: "#0b0c0c", activeTextColor: "#003078" },
    rightPanel: { backgroundColor: "#0b0c0c", textColor: "#ffffff" },
  },
};

type Spec = Record<string, unknown>;

// Redoc sanitises a spec's Markdown with the dompurify module it requires; requiring it the same
// way gives the same instance, so these hooks apply to Redoc's sanitising. A spec's images are
// dropped (other sites' are refused by our policy anyway, and one pointing at this site would
// make every reader's browser request a URL the publisher chose), except inline data: images,
// which get an empty alt when the publisher gave none.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const DOMPurify: typeof import("dompurify").default = require("dompurify");
DOMPurify.addHook("uponSanitizeElement", (node, data) => {
  if (data.tagName === "img" && !/^data:image\//i.test((node as Element).getAttribute("src") ?? "")) node.parentNode?.removeChild(node);
});
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.nodeName === "IMG" && !node.hasAttribute("alt")) node.setAttribute("alt", "");
});

// Links in the dark right-hand panel are white, as GOV.UK's inverse links: blue fails contrast there.
const panel = (RightPanel as unknown as { styledComponentId: string }).styledComponentId;
const PANEL_LINKS = `.${panel} a, .${panel} a:visited, .${panel} a:hover { color: #ffffff; text-decoration: underline; }`;

/** The catalogue's Redoc: renders a bundled document (already fetched and parsed, from `specUrl`), then says so. */
export default function ApiDocumentationRedoc({ spec, specUrl, onReady, onError }: { spec: Spec; specUrl: string; onReady: () => void; onError: () => void }) {
  const [store, setStore] = useState<AppStore | null>(null);
  useEffect(() => {
    let cancelled = false;
    // Redoc reads OpenAPI 3; a Swagger 2.0 bundle is converted first, in the browser.
    (spec.swagger ? convertSwagger2OpenAPI(spec) : Promise.resolve(spec))
      .then((document) => {
        // Where the document can be downloaded: without it, Redoc makes its own download link by
        // writing out the whole document (JSON.stringify of 13 MB for the GitHub REST API: the
        // best part of a second), even with its download button hidden.
        if (!cancelled) setStore(new AppStore(document as never, undefined, { ...OPTIONS, downloadDefinitionUrl: specUrl }));
      })
      .catch(() => {
        if (!cancelled) onError();
      });
    return () => {
      cancelled = true;
    };
  }, [spec, specUrl, onError]);
  return store ? <Layout store={store} onReady={onReady} /> : null;
}

/** What to draw at first: the first batch, and all of the group the address points at. */
function firstDrawn(menu: MenuStore): Drawn {
  const first = withNextBatch(menu.items, new Map());
  const target = menu.getItemById(decodeURIComponent(window.location.hash.slice(1)));
  return target ? withGroupOf(menu.items, first, target) : first;
}

/**
 * Redoc's own layout (its `Redoc` component) without the two things that reach outside: the
 * publisher's `x-logo` image and the side menu's "API docs by Redocly" footer, whose logo loads
 * from Redocly's CDN. Search is off, so there is no search box either.
 *
 * Redoc draws every operation in full, which takes many seconds for a spec with hundreds of
 * them; so the first operations are drawn at once, and the rest in batches (./batches.ts), each
 * in a task of its own, letting the browser handle what the reader does in between. (As React
 * transitions, a big group was restarted by every interruption and took minutes.) Going to a
 * group not drawn yet draws all of it at once; the browser's scroll anchoring keeps it in view
 * as the batches above it arrive.
 * `aria-busy` stays on until everything is drawn.
 */
function Layout({ store, onReady }: { store: AppStore; onReady: () => void }) {
  const { menu, options } = store;
  const [drawn, setDrawn] = useState(() => firstDrawn(menu));
  const busy = !allDrawn(menu.items, drawn);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    // Three fixes to Redoc's markup, kept as it draws more. Its menu items are named by their
    // summary alone (aria-label), leaving out the method badge and sub-menu shown inside them:
    // WCAG 2.5.3 wants the visible text in the name, so the name comes from the item's text.
    // Its headings start at h1, but the page has its own h1 and the documentation sits under an
    // h2: each is announced two levels down. A wide table in a description (HMRC's lists of test
    // scenarios) scrolls sideways in a box of its own, which keyboard users can only scroll if
    // it can take focus (WCAG 2.1.1).
    const fix = () => {
      element.querySelectorAll("[role=menuitem][aria-label]").forEach((item) => item.removeAttribute("aria-label"));
      element.querySelectorAll("h1:not([aria-level]), h2:not([aria-level]), h3:not([aria-level]), h4:not([aria-level])").forEach((heading) => {
        heading.setAttribute("aria-level", String(Number(heading.tagName[1]) + 2));
      });
      element.querySelectorAll<HTMLTableElement>("table:not([tabindex])").forEach((table) => {
        if (table.scrollWidth > table.clientWidth) table.tabIndex = 0;
      });
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-label"] });
    return () => observer.disconnect();
  }, []);
  // Said before the browser paints, so that the server's documentation this replaces is gone by
  // then: the two are never on screen together.
  useLayoutEffect(() => onReady(), [onReady]);
  useEffect(() => {
    // What Redoc's own component does on mount (scrolling to the address's section among them);
    // effects run after the commit, so the first groups are in the page by now.
    store.onDidMount();
    return () => store.dispose();
  }, [store]);
  useEffect(() => {
    if (!busy) return;
    const task = setTimeout(() => setDrawn((current) => withNextBatch(menu.items, current)));
    return () => clearTimeout(task);
  }, [busy, drawn, menu]);
  const activate = useCallback(
    (item: IMenuItem) => {
      // As Redoc's side menu: a second click on the open group folds it.
      if (item.active && options.menuToggle) return item.expanded ? item.collapse() : item.expand();
      const next = withGroupOf(menu.items, drawn, item);
      if (next !== drawn) flushSync(() => setDrawn(next));
      menu.activateAndScroll(item, true);
    },
    [menu, options, drawn],
  );
  return (
    <ThemeProvider theme={options.theme}>
      <StoreProvider value={store}>
        <OptionsProvider value={options}>
          <style>{PANEL_LINKS}</style>
          <div ref={root}>
            <RedocWrap className="redoc-wrap" aria-busy={busy}>
              <StickyResponsiveSidebar menu={menu} className="menu-content">
                <nav aria-label="Contents of the documentation" className="h-full overflow-y-auto">
                  <MenuItems items={menu.items} onActivate={activate} root />
                </nav>
              </StickyResponsiveSidebar>
              <ApiContentWrap className="api-content">
                <ApiInfo store={store} />
                <ContentItems items={drawnItems(menu.items, drawn) as never} />
              </ApiContentWrap>
              <BackgroundStub />
            </RedocWrap>
          </div>
        </OptionsProvider>
      </StoreProvider>
    </ThemeProvider>
  );
}
