import { createClient, type ProcedureDetail } from '@dvc-kit/client';
import { DvcDossierForm, DvcProcedurePicker, DvcProvider } from '@dvc-kit/react';
import { useEffect, useState } from 'react';

type Client = ReturnType<typeof createClient>;

/** Where the partner backend says the dvc-kit API is, and a client that asks it for embed tokens. */
async function connect(): Promise<Client> {
  const { apiUrl } = (await (await fetch('/api/config')).json()) as { apiUrl: string };
  return createClient({
    baseUrl: apiUrl,
    // The citizen's token: the backend mints it for this page's origin, no agent point.
    getToken: async () => {
      const response = await fetch('/api/app/embed-session', { method: 'POST' });
      if (!response.ok) throw new Error(`The partner backend answered ${response.status}.`);
      return ((await response.json()) as { token: string }).token;
    },
  });
}

/**
 * A citizen picks a procedure and files a dossier, in React: the kit's components with typed props
 * (`client`, `procedure`) and typed events (`onDvcProcedureSelect`, `onDvcDossierSubmitted`).
 */
export function App() {
  const [client, setClient] = useState<Client>();
  const [procedure, setProcedure] = useState<ProcedureDetail>();
  const [dossierCode, setDossierCode] = useState<string>();

  useEffect(() => {
    void connect().then(setClient);
  }, []);

  return (
    <DvcProvider client={client} theme="vnpost" locale="vi" compact>
      <header className="header">
        <p className="header__brand">VNPost · Dịch vụ công (React)</p>
      </header>
      <main className="main">
        <h1>Nộp hồ sơ trực tuyến</h1>
        {dossierCode ? (
          <p role="status" className="done">
            Đã nộp hồ sơ <strong>{dossierCode}</strong>.
          </p>
        ) : null}
        {!client ? (
          // The kit's components get the client through the provider; a picker left without one warns.
          <p role="status">Đang kết nối…</p>
        ) : procedure ? (
          <>
            <button type="button" className="link-button" onClick={() => setProcedure(undefined)}>
              ← Chọn thủ tục khác
            </button>
            <DvcDossierForm
              procedure={procedure}
              channel="ONLINE"
              draftKey="react"
              onDvcDossierSubmitted={(event) => setDossierCode(event.detail.dossier.code)}
            />
          </>
        ) : (
          <DvcProcedurePicker onDvcProcedureSelect={(event) => setProcedure(event.detail.procedure)} />
        )}
      </main>
    </DvcProvider>
  );
}
