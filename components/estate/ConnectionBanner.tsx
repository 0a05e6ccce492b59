import { NotificationBanner } from "@/components/NotificationBanner";

type Params = Record<string, string | string[] | undefined>;

const MESSAGES: Record<string, string> = {
  added: "The connection has been added. It shows as unconfirmed until a publisher of the other system confirms it.",
  "added-confirmed": "The connection has been added. As you publish for both of its systems, it is confirmed by both ends.",
  saved: "Your changes to the connection have been saved.",
  reconfirm: "Your changes have been saved. As they change what flows or how, the connection is unconfirmed again until a publisher of the other system confirms it.",
  retired: "The connection has been retired. It stays on the record, marked retired.",
  confirmed: "The connection has been confirmed.",
  disputed: "The connection has been marked disputed, with your reason.",
};

/** The green banner after a redirect from a successful action on a connection (`?added=1` and so on). */
export function ConnectionBanner({ params }: { params: Params }) {
  const key = Object.keys(MESSAGES).find((k) => params[k] === "1");
  return key ? <NotificationBanner type="success" heading={MESSAGES[key]} /> : null;
}
