import { NotificationBanner } from "@/components/NotificationBanner";
import { SummaryList } from "@/components/SummaryList";
import { WarningText } from "@/components/WarningText";

/** A client's id and secret, the only time the secret is shown (only its hash is kept). */
export function SecretShownOnce({ id, name, secret }: { id: string; name: string; secret: string }) {
  return (
    <>
      <NotificationBanner type="success" heading={`Copy the secret for ‘${name}’ now`} />
      <WarningText>This is the only time the secret is shown. Keep it in your pipeline’s secret store. If you lose it, give the client a new secret.</WarningText>
      <SummaryList
        rows={[
          { key: "Client id", value: <code data-testid="client-id">{id}</code> },
          { key: "Client secret", value: <code data-testid="client-secret" className="break-all">{secret}</code> },
        ]}
      />
      <p className="govuk-body">
        Ask <code>/oauth/token</code> for a token with these, as the <a className="govuk-link" href="/developers">developer documentation</a> shows.
      </p>
    </>
  );
}
